"""Genre, reference date and plan period decided once by describe, on text written for the tests."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta
from planwatch.describe import describe
from planwatch.describe.doctype import detect_genre
from planwatch.describe.refdate import reference_date

# One short opening per genre, in the manner of each kind of document.
GENRES = [
    (
        "2024年某某市政府工作报告\n——2024年1月10日在某某市第十届人民代表大会第三次会议上\n"
        "市长 某某\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n"
        "一、2023年工作回顾\n全市地区生产总值增长5.1%。",
        DocType.WORK_REPORT,
        2024,
    ),
    (
        "某省两会开幕 省长作政府工作报告\n本报讯(记者 某某)1月15日上午,某省第十四届人民代表大会"
        "第二次会议开幕。省长某某作政府工作报告。他说,2023年,全省地区生产总值增长5.5%。",
        DocType.NEWS,
        2024,
    ),
    (
        "某某县2022年国民经济和社会发展统计公报\n发布时间:2023-03-20 10:00\n"
        "一、综合\n初步核算,全年地区生产总值120.5亿元,比上年增长4.2%。年末常住人口30.1万人。",
        DocType.STATISTICAL_COMMUNIQUE,
        2023,
    ),
    (
        "某某市国民经济和社会发展第十五个五年规划纲要\n\n二〇二六年二月\n\n"
        "“十五五”时期经济社会发展的主要目标\n到2030年,地区生产总值年均增长5%左右。",
        DocType.FIVE_YEAR_PLAN,
        2026,
    ),
    (
        "某某市国民经济和社会发展第十四个五年规划纲要(2023年修订)\n\n"
        "根据形势变化,对部分指标作出调整。",
        DocType.PLAN_REVISION,
        2023,  # the year in its title line (no date printed)
    ),
    (
        "关于某某市“十四五”规划纲要实施中期评估情况的报告\n2023年8月25日\n"
        "规划实施两年多来,主要指标总体符合时间过半、任务过半的要求。",
        DocType.MIDTERM_EVALUATION,
        2023,
    ),
    (
        "某某省“十三五”规划纲要实施总结评估报告\n"
        "“十三五”时期,全省地区生产总值年均增长6.8%,规划确定的主要目标基本完成。",
        DocType.FINAL_EVALUATION,
        2021,
    ),
    (
        "关于某某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "2023年,全市地区生产总值增长5.0%,2024年预期增长5.5%左右。",
        DocType.IMPLEMENTATION_REPORT,
        2024,
    ),
    (
        "某某省综合交通运输专项规划\n本专项规划依据《某某省交通强省建设纲要》编制,"
        "到2025年,高速公路通车里程达到9000公里。",
        DocType.SECTOR_PLAN,
        None,
    ),
    (
        "国家统计局:2023年末全国常住人口城镇化率66.2%\n来源:某某网 发布时间:2024-03-01 09:12:30\n"
        "2月29日,国家统计局公布了《2023年国民经济和社会发展统计公报》。",
        DocType.STATISTICAL_NEWS,
        2024,
    ),
    (
        "某某省高质量发展指标解释\n指标名称 计量单位 目标值 属性\n地区生产总值 亿元 10000 预期性",
        DocType.PLAN_TABLE,
        None,
    ),
    ("关于开展消防安全检查的通知\n各单位:\n请于本月底前完成自查。", DocType.OTHER, None),
]


@pytest.mark.parametrize(("text", "genre", "year"), GENRES, ids=[g.value for _, g, _ in GENRES])
def test_every_genre_is_told_apart(text, genre, year):
    meta = describe(text, name="t.txt")
    assert meta.doc_type is genre
    assert meta.reference_year == year
    if genre is not DocType.OTHER:
        ev = next(e for e in meta.evidence if e.field == "genre")
        assert text[ev.start : ev.end] == ev.text  # evidence spans index the text


def test_a_news_page_that_mentions_the_plan_is_no_plan():
    text = (
        "某市两会开幕\n本报记者 某某\n2月3日上午,某市第九届人民代表大会第四次会议开幕,"
        "市长作政府工作报告。报告指出,2022年是“十四五”规划实施的关键之年,全市生产总值增长4%。"
    )
    meta = describe(text, name="n.txt")
    assert meta.doc_type is DocType.NEWS
    assert (meta.reference_year, meta.reference_date) == (2023, "2023-02-03")
    assert meta.reviewed_year == 2022 and meta.target_year == 2023


def test_traditional_script_with_pinyin_junk_reads_like_simplified():
    text = (
        "政 府 工 作 報 告\n——2016年3月9日在某縣第十七屆人民代表大會第五次會議上\n"
        "各位代表:\n現(xiàn)在,我代表縣人民政府向大會作工作報告,請予審議。"
    )
    meta = describe(text, name="tw.txt")
    assert meta.doc_type is DocType.WORK_REPORT
    assert meta.reference_date == "2016-03-09"
    ev = next(e for e in meta.evidence if e.field == "reference_date")
    assert ev.basis == "meeting_line" and text[ev.start : ev.end] == "2016年3月9日"


@pytest.mark.parametrize(
    ("text", "iso", "basis"),
    [
        ("某区两会特刊\n2023 年 2 月 25 日\n区长作报告。", "2023-02-25", "issue_line"),
        (
            "政府工作报告\n(2024年1月23日在某市第九届人民代表大会第四次会议上)\n",
            "2024-01-23",
            "meeting_line",
        ),
        (
            "政府工作报告\n——二〇二四年一月二十三日在某县人民代表大会上\n",
            "2024-01-23",
            "meeting_line",
        ),
        # (A web page's own date: the page's posting, read where the document prints none.)
        ("某县新闻\n发布日期：２０２３年０３月１５日\n正文", "2023-03-15", "page_date"),
        ("某市新闻 2024/01/23 10:15\n正文", "2024-01-23", "page_date"),
        ("某市规划纲要\n\n二〇二一年六月\n\n目录", "2021-06", "issue_line"),
        ("标题\n稿源时间:2019-01-31 04:02:08 来源:某网\n正文", "2019-01-31", "page_date"),
        ("关于开展工作的说明\n一、2024年工作回顾\n全年完成任务。", "2025", "reviewed_year"),
        ("某市工作要点\n2025年主要预期目标\n地区生产总值增长5%。", "2025", "target_year"),
    ],
)
def test_reference_date_sources(text, iso, basis):
    ref = reference_date(text, DocType.WORK_REPORT)
    assert ref.date is not None and ref.date.iso() == iso
    assert ref.evidence[0].basis == basis


def test_a_dateline_takes_its_year_from_the_report_it_tells_about():
    text = "某社某地1月26日电 (记者 某某)某省省长作政府工作报告:2020年,全省生产总值增长3.7%。"
    ref = reference_date(text, DocType.NEWS)
    assert ref.date is not None and ref.date.iso() == "2021-01-26"
    assert [e.basis for e in ref.evidence] == ["dateline", "reviewed_year"]


def test_plan_look_backs_are_placed_by_the_reference_year():
    looking_back = (
        "某省“十二五”经济社会发展成就发布\n2016-02-04 10:00\n五年来全省生产总值年均增长9%。"
    )
    assert describe(looking_back, name="a").doc_type is DocType.FINAL_EVALUATION
    midway = "某市拟调低“十二五”经济增速预期目标\n2013-09-25 08:00\n将原定目标调整为8%。"
    assert describe(midway, name="b").doc_type is DocType.MIDTERM_EVALUATION
    at_start = "多地调低“十二五”经济增速目标\n2011-01-18 17:40\n多个省份的目标低于上一个五年。"
    assert describe(at_start, name="c").doc_type is DocType.FIVE_YEAR_PLAN


def test_reviewed_and_target_years_by_genre():
    report = DocumentMeta(doc_type=DocType.WORK_REPORT, reference_year=2024)
    assert (report.reviewed_year, report.target_year) == (2023, 2024)
    communique = DocumentMeta(
        doc_type=DocType.STATISTICAL_COMMUNIQUE, year=2022, reference_year=2023
    )
    # (It sets no aims of its own: one it quotes with no year is of the year it covers.)
    assert (communique.reviewed_year, communique.target_year) == (2022, 2022)
    assert communique.present_year == 2022  # (a communiqué speaks from the year it covers)
    plan = DocumentMeta(
        doc_type=DocType.FIVE_YEAR_PLAN, period_start=2026, period_end=2030, reference_year=2026
    )
    assert (plan.reviewed_year, plan.target_year) == (2025, 2030)
    assert DocumentMeta().reviewed_year is None and DocumentMeta().target_year is None


def test_a_provincial_congress_session_gives_the_year():
    # Provincial and national congress terms open together every five years (13th: 2018).
    text = "某省两会\n1月18日上午,某某省第十三届人民代表大会第五次会议开幕,省长作政府工作报告。"
    meta = describe(text, name="c.txt")
    assert (meta.doc_type, meta.reference_date) == (DocType.NEWS, "2022-01-18")
    assert "congress_session" in [e.basis for e in meta.evidence]


def test_a_national_congress_session_in_the_news_word_order_gives_the_year():
    # The wire's order puts the term before 全国 (十三届全国人大二次会议, 2019); the page
    # names no year, only 今年's aims.
    text = (
        "3月5日上午,十三届全国人大二次会议在人民大会堂开幕,国务院总理作政府工作报告。\n"
        "报告提出,今年发展主要预期目标是:国内生产总值增长6%-6.5%;城镇新增就业1100万人以上。"
    )
    meta = describe(text, name="n.txt")
    assert (meta.doc_type, meta.reference_date) == (DocType.NEWS, "2019-03-05")
    assert "congress_session" in [e.basis for e in meta.evidence]
    # A city's congress is numbered its own way: no year from it.
    city = "某市两会\n1月18日上午,某某市第十三届人民代表大会第五次会议开幕,市长作政府工作报告。"
    assert describe(city, name="m.txt").reference_year is None
    # Standing-committee sessions are no yearly sessions.
    standing = "某某省第十三届人大常委会第五次会议审议了规划纲要中期评估报告。"
    assert reference_date(standing, DocType.NEWS).year is None


def test_a_communique_without_its_title_is_known_by_its_template():
    text = (
        "2022年,全县上下坚持稳中求进。\n一、综合\n全年地区生产总值86.2亿元,比上年增长4.1%。\n"
        "二、农业\n全年粮食产量12.3万吨。\n注:本公报中数据均为初步统计数。"
    )
    meta = describe(text, name="c.txt")
    assert meta.doc_type is DocType.STATISTICAL_COMMUNIQUE
    assert (meta.year, meta.reference_year) == (2022, 2023)  # covers 2022, published after it


@pytest.mark.parametrize(
    "title",
    ["某某市“十四五”综合交通运输发展规划", "某某省生态环境保护规划(2021-2025年)"],
)
def test_a_sector_plan_citing_the_outline_is_a_sector_plan(title):
    text = (
        f"首页 > 政务公开 > 规划计划\n{title}\n"
        "根据《某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》,制定本规划。"
        "规划期为2021-2025年。"
    )
    meta = describe(text, name="s.txt")
    assert meta.doc_type is DocType.SECTOR_PLAN
    assert (meta.period_start, meta.period_end) == (2021, 2025)


def test_the_outline_named_as_the_development_plan_stays_an_outline():
    text = "某某市国民经济和社会发展规划\n第十四个五年规划和二〇三五年远景目标纲要\n规划期为2021-2025年。"
    assert describe(text, name="o.txt").doc_type is DocType.FIVE_YEAR_PLAN


def test_yearly_targets_adjusted_are_no_plan_adjustment():
    text = (
        "多省份下调今年经济增长目标\n本报记者 某某\n1月20日,多地两会公布政府工作报告,"
        "某省今年生产总值增长目标由去年的6.5%调整为6%左右。"
    )
    assert describe(text, name="y.txt").doc_type is DocType.NEWS


def test_a_plan_table_saved_on_its_own_is_a_plan_table_of_its_period():
    text = (
        "表:某市“十四五”规划主要指标\n序号 |\n指 标 |\n单位 |\n属性 |\n2020年 |\n2025年 |\n"
        "1 |\n地区生产总值增长 |\n% |\n预期性 |\n6 |\n6左右 |\n"
    )
    meta = describe(text, name="t.txt")
    assert meta.doc_type == DocType.PLAN_TABLE
    assert (meta.period_start, meta.period_end) == (2021, 2025)


# A title names what the document is in its last words: an evaluation of an outline names
# the outline first (…远景目标纲要实施中期评估报告), and its opening quotes the outline's aims.
_OUTLINE_WORDS = (
    "\n一、规划实施总体情况\n《纲要》提出了“十四五”时期经济社会发展的主要目标和远景目标,"
    "第十四个五年规划纲要确定的主要发展目标总体进展顺利。"
)


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        (
            "某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施中期评估报告",
            DocType.MIDTERM_EVALUATION,
        ),
        (
            "某某县第十四个五年规划和二〇三五年远景目标纲要中期评估的报告（征求意见稿）",
            DocType.MIDTERM_EVALUATION,
        ),
        (
            "某某省国民经济和社会发展第十三个五年规划纲要实施总结评估报告（摘要）",
            DocType.FINAL_EVALUATION,
        ),
        (
            "关于某某市第十四个五年规划和二〇三五年远景目标纲要实施中期评估情况的报告",
            DocType.MIDTERM_EVALUATION,
        ),
        (
            "某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            DocType.FIVE_YEAR_PLAN,
        ),
    ],
)
def test_the_title_head_noun_tells_an_evaluation_from_the_outline_it_names(title, genre):
    assert detect_genre(title + _OUTLINE_WORDS).doc_type is genre


def test_the_title_after_a_pages_chrome_still_names_the_document():
    text = (
        "欢迎访问本网站\n发布时间：2028年11月30日\n"
        "关于某某省国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要实施中期评估的报告"
        + _OUTLINE_WORDS
    )
    assert detect_genre(text).doc_type is DocType.MIDTERM_EVALUATION


def test_a_years_aims_for_its_economy_give_the_year_a_look_back_at_them_does_not():
    aims = (
        "市政府召开常务会议\n"
        "会议研究了2025年经济社会发展主要预期目标:全市地区生产总值增长5.5%左右,"
        "一般公共预算收入增长5%。"
    )
    assert describe(aims, name="a.txt").reference_year == 2025
    met = (
        "市政府召开常务会议\n"
        "会议指出,2024年经济社会发展主要预期目标全面完成,全市地区生产总值增长5.8%。"
    )
    bases = [e.basis for e in describe(met, name="b.txt").evidence if e.field == "reference_date"]
    assert "target_year" not in bases


def test_a_news_sites_posting_stamp_with_a_two_digit_year_dates_the_page():
    text = (
        "“十三五”时期全区经济社会发展成就显著\n"
        "某某新闻网  20-11-05 09:42  【打印本页】  来源:某某日报\n"
        "五年来,全区地区生产总值年均增长6.2%,预计2020年达到1.7万亿元。\n"
    )
    meta = describe(text, name="s.txt")
    assert meta.reference_date == "2020-11-05"
    assert "page_date" in [e.basis for e in meta.evidence if e.field == "reference_date"]
