"""A newspaper reprinting a document whole says so over it (现将全文刊发如下): the text is
the document, not a story about it. Texts composed in the style of real pages."""

from planwatch.core.data import DocType
from planwatch.describe import detect_genre

# A communiqué's body whose title line the reprint left out.
_BODY = (
    "某市统计局\n\n"
    "2023年，全市地区生产总值达到1286亿元，比上年增长5.4%。全年粮食总产量86.2万吨。"
    "规模以上工业增加值增长6.8%。社会消费品零售总额512亿元，增长7.1%。\n"
)


def test_a_reprint_said_to_be_whole_is_the_document():
    page = (
        "某市日报  2024年3月21日  第05版：要闻\n本报讯（记者 张明）现将全文刊发如下。\n\n" + _BODY
    )
    assert detect_genre(page).doc_type is DocType.STATISTICAL_COMMUNIQUE


def test_a_story_quoting_the_communique_stays_news():
    page = (
        "某市日报  2024年3月21日  第05版：要闻\n本报讯（记者 张明）记者从市统计局获悉，"
        "据《某市2023年国民经济和社会发展统计公报》，全市地区生产总值增长5.4%。\n"
    )
    assert detect_genre(page).doc_type is DocType.STATISTICAL_NEWS
