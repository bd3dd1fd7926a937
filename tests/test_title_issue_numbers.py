"""A portal prints a notice's issue number in brackets after its title (…关于印发某规划的
通知（某政办发〔2022〕55号）), and a 解读 page names the document it explains by its number
(解读文件：某政发〔2023〕37号 …): the year in the brackets is the year the document was
issued (refdate._DOC_NUMBER_RE); one cited inside 《》 in a sentence is not. Texts composed
for these tests in the style of county portals; areas real, numbers invented."""

from planwatch.describe.meta import describe

_NOTICE = (
    "{title}\n"
    "“十四五”时期是全面建设社会主义现代化国家新征程的第一个五年。为做好全市“十四五”"
    "交通运输发展工作，根据上级规划要求，制定本规划。\n"
    "规划基准年为2020年，规划期为2021—2025年。\n"
)


def _year(title: str) -> int | None:
    return describe(_NOTICE.format(title=title), name="n.txt").reference_year


def test_the_number_after_a_notices_title_gives_its_year():
    title = (
        "天长市人民政府办公室关于印发天长市“十四五”交通运输发展规划的通知（天政办秘〔2022〕41号）"
    )
    assert _year(title) == 2022


def test_a_jiedu_pages_number_gives_its_year():
    title = (
        "解读文件：天政发〔2023〕18号 天长市人民政府关于印发天长市“十四五”交通运输发展规划的通知"
    )
    assert _year(title) == 2023


def test_a_number_cited_in_a_sentence_does_not():
    title = "根据《滁州市人民政府关于印发交通规划的通知》（滁政〔2023〕9号），制定本规划"
    assert _year(title) != 2023
