"""A document's genre and reference date, decided from evidence that survives the ways
real pages differ: a page posted again with later dates, links to other documents under
the body, a title lost or only in the page's chrome, a cover and contents on top, a
newspaper's lead over a reprint, the date line moved to a 落款 at the end.

Every text here is composed in the style of such pages (areas and figures invented)."""

from __future__ import annotations

from planwatch.core.data import DocType
from planwatch.describe.meta import describe
from planwatch.describe.posting import posted_later, signature
from planwatch.describe.refdate import reference_date
from planwatch.pipeline import analyse_text

_COMMUNIQUE_BODY = (
    "2023年，全县上下坚持稳中求进工作总基调，经济运行总体平稳。\n"
    "一、综合\n"
    "初步核算，全年全县地区生产总值215.6亿元，比上年增长5.2%。\n"
    "二、农业\n"
    "全年粮食总产量18.3万吨，比上年增长1.1%。\n"
    "三、工业和建筑业\n"
    "全年规模以上工业增加值比上年增长6.4%。\n"
)


def _ref(meta) -> list[str]:
    return [e.basis for e in meta.evidence if e.field == "reference_date"]


# -- the page's dates against the document's own ------------------------------------


def test_a_reposted_page_keeps_the_documents_own_issue_line():
    text = (
        "更新时间：2025-06-12 09:30  【打印】【关闭】\n"
        "某县2023年国民经济和社会发展统计公报\n"
        "某县统计局\n"
        "2024年3月20日\n\n" + _COMMUNIQUE_BODY
    )
    meta = describe(text, name="c.txt")
    assert meta.doc_type is DocType.STATISTICAL_COMMUNIQUE
    assert meta.reference_date == "2024-03-20"
    assert _ref(meta)[0] == "issue_line"


def test_a_page_date_after_the_titles_year_is_a_repost():
    text = "某县2023年国民经济和社会发展统计公报\n发布时间：2026-05-10 09:00\n\n" + _COMMUNIQUE_BODY
    meta = describe(text, name="c.txt")
    assert meta.reference_year == 2024  # the communiqué of 2023, published the year after
    assert meta.year == 2023


def test_of_two_page_dates_the_first_posting_counts():
    text = (
        "某市召开经济工作会议\n"
        "发布时间：2023-02-01 10:00  来源：某市日报\n"
        "更新时间：2025-06-01 16:20\n\n"
        "会议总结了过去一年的工作，部署了今年的重点任务。"
    )
    ref = reference_date(text, DocType.NEWS)
    assert ref.date is not None and ref.date.iso() == "2023-02-01"
    assert ref.evidence[0].basis == "page_date"
    assert ref.printed


def test_an_outline_reposted_inside_its_plan_is_dated_by_its_plan():
    text = (
        "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "发布时间：2023-05-06 11:00  来源：某县发展和改革局\n\n"
        "第一章 发展基础\n“十三五”时期，全县经济总量稳步扩大。\n"
        "第二章 发展目标\n到2025年，地区生产总值年均增长6%左右。\n"
    )
    meta = describe(text, name="p.txt")
    assert meta.doc_type is DocType.FIVE_YEAR_PLAN
    assert meta.reference_year == 2021


def test_an_outline_page_after_its_plan_ended_is_still_a_look_back():
    # (doctype.place_in_plan: an outline talked about after its plan is a final evaluation)
    assert not posted_later(2026, None, DocType.FIVE_YEAR_PLAN, (2021, 2025))
    assert posted_later(2023, None, DocType.FIVE_YEAR_PLAN, (2021, 2025))
    assert not posted_later(2022, None, DocType.SECTOR_PLAN, (2021, 2025))
    assert posted_later(2025, (2024, "title"), DocType.STATISTICAL_COMMUNIQUE, None)
    assert posted_later(2025, (2024, "reviewed_year"), DocType.NEWS, None)
    assert not posted_later(2024, (2024, "reviewed_year"), DocType.NEWS, None)
    assert not posted_later(2025, (2024, "text_year"), DocType.OTHER, None)


def test_a_signature_at_the_end_dates_the_document():
    text = (
        "关于加快推进交通基础设施建设的实施意见\n\n"
        "一、总体要求\n到2027年，全市高速公路通车里程达到600公里。\n"
        "二、保障措施\n各县区要加强组织领导，确保各项任务落到实处。\n"
        + "各有关部门要按照职责分工，细化工作措施，加强协调配合，形成工作合力。\n"
        * 40
        + "\n某市人民政府\n"
        "二〇二四年一月二十三日\n"
        "（此件公开发布）\n"
    )
    found = signature(text)
    assert found is not None and found.date.iso() == "2024-01-23"
    assert text[found.start : found.end] == "二〇二四年一月二十三日"
    ref = reference_date(text, DocType.SECTOR_PLAN, period=(2023, 2027))
    assert ref.date is not None and ref.date.iso() == "2024-01-23"
    assert ref.evidence[0].basis == "signature"


def test_a_date_inside_the_last_sentence_is_no_signature():
    text = "一、主要目标\n全市地区生产总值增长5%。\n截至2023年12月，全市新增就业1.2万人。\n"
    assert signature(text) is None


# -- links to other documents under the body -----------------------------------------


def test_previous_and_next_links_name_no_genre_and_no_date():
    text = (
        "某市召开2024年全市经济工作会议\n"
        "1月15日上午，全市经济工作会议召开。市长在会上说，今年全市地区生产总值预期增长6%左右。\n"
        "会议要求，各地各部门要狠抓落实，确保完成全年目标任务。\n\n"
        "上一篇：某市2021年国民经济和社会发展统计公报\n"
        "下一篇：关于某市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
    )
    meta = describe(text, name="n.txt")
    assert meta.doc_type not in (DocType.STATISTICAL_COMMUNIQUE, DocType.IMPLEMENTATION_REPORT)
    assert meta.reference_year == 2024


# -- the title lost, or only in the page's chrome -------------------------------------

_PLAN_SECTIONS = (
    "第一章 发展基础\n"
    "一、“十三五”发展成就\n"
    "“十三五”时期，全市交通固定资产投资累计完成420亿元，是“十二五”时期的1.6倍。\n"
    "第二章 总体要求\n"
    "一、指导思想\n坚持以人民为中心，统筹发展和安全。\n"
    "二、发展目标\n到2025年，全市高速公路通车里程达到560公里。\n"
    "第三章 重点任务\n一、完善综合交通网络\n加快高速公路和普通干线公路建设。\n"
    "第四章 保障措施\n一、加强组织领导\n建立健全规划实施协调机制。\n"
)


def test_a_plan_without_its_title_is_told_by_its_sections():
    meta = describe(_PLAN_SECTIONS, name="p.txt")
    # (its look back at the plan before it is the plan's 发展基础, not an evaluation)
    assert meta.doc_type in (DocType.FIVE_YEAR_PLAN, DocType.SECTOR_PLAN)
    assert any(e.field == "genre" and e.basis == "heading" for e in meta.evidence)


def test_an_evaluation_without_its_title_is_told_by_its_sections():
    text = (
        "某县人民政府办公室 2023年9月\n\n"
        "“十四五”规划实施以来，全县上下认真贯彻落实规划确定的各项目标任务，取得积极进展，"
        "总体符合预期，为完成规划目标打下了坚实基础，但也存在一些不容忽视的问题和短板。\n"
        "一、主要指标完成情况\n"
        "规划确定的25项主要指标中，18项符合或快于预期，4项滞后于预期。\n"
        "二、重点任务推进情况\n产业转型升级稳步推进。\n"
        "三、存在的主要问题\n经济总量偏小，创新能力不强。\n"
        "四、下一步工作建议\n聚焦重点领域，狠抓项目建设。\n"
    )
    meta = describe(text, name="e.txt")
    assert meta.doc_type is DocType.MIDTERM_EVALUATION
    assert meta.reference_year == 2023


def test_a_browser_title_with_the_sites_name_still_names_the_document():
    text = (
        "某市“十四五”规划纲要实施中期评估报告_某市人民政府门户网站\n"
        "当前位置：首页 > 政务公开 > 规划计划 > 某市“十四五”规划纲要实施中期评估报告\n\n"
        "“十四五”规划纲要实施以来，全市经济社会发展取得新成效，地区生产总值年均增长6.1%。\n"
    )
    assert describe(text, name="e.txt").doc_type is DocType.MIDTERM_EVALUATION


# -- a cover and contents, a newspaper's reprint --------------------------------------


def test_a_cover_and_table_of_contents_are_no_title():
    text = (
        "某市统计局\n二〇二四年三月\n\n目  录\n\n"
        "一、综合…………………………3\n二、农业………………8\n三、工业和建筑业……………12\n\n"
        "某市2023年国民经济和社会发展统计公报\n\n" + _COMMUNIQUE_BODY
    )
    meta = describe(text, name="c.txt")
    assert meta.doc_type is DocType.STATISTICAL_COMMUNIQUE
    assert meta.reference_year == 2024


def test_a_newspapers_reprint_of_a_work_report_is_the_report():
    text = (
        "某某日报  第03版：要闻\n"
        "本报讯（记者 王某 通讯员 李某）现将全文刊发如下。\n\n"
        "各位代表：\n"
        "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协各位委员提出意见。\n"
        "一、2023年工作回顾\n"
        "过去一年，全市地区生产总值增长5.6%，一般公共预算收入增长7.2%。\n"
    )
    meta = describe(text, name="r.txt")
    assert meta.doc_type is DocType.WORK_REPORT
    assert meta.reference_year == 2024


def test_a_communique_under_a_newspapers_lead_is_the_communique():
    text = "某某日报  第05版：要闻\n本报讯（记者 张某）现将全文刊发如下。\n\n" + _COMMUNIQUE_BODY
    assert describe(text, name="c.txt").doc_type is DocType.STATISTICAL_COMMUNIQUE


def test_a_statistical_release_with_sentence_headings_is_no_communique():
    text = (
        "某市统计局：一季度全市经济运行开局良好\n"
        "某市统计局公布最新数据显示，一季度全市经济运行稳中有进。\n"
        "一、农业生产形势稳定\n一季度，全市农林牧渔业总产值增长3.8%。\n"
        "二、工业生产较快增长\n一季度，全市规模以上工业增加值增长7.1%。\n"
    )
    assert describe(text, name="s.txt").doc_type is DocType.STATISTICAL_NEWS


# -- a hard-wrapped page: its head line is not joined to the title ---------------------


def test_a_wrapped_pages_head_line_stays_apart_from_its_title():
    body = (
        "“十二五”时期，面对复杂多变的宏观环境，全市上下紧紧围绕加快发\n"
        "展这一主题，认真实施规划纲要，经济社会发展取得显著成就，主要\n"
        "目标任务基本完成，30项主要指标中，24项完成或超额完成，4项基\n"
        "本完成，2项未完成，为下一个五年发展奠定了坚实的基础。全市地\n"
        "区生产总值达到949.3亿元，年均增长9.1%，人均地区生产总值达\n"
        "到21880元，一般公共预算收入达到82.6亿元，是2010年的2.3倍。\n"
    )
    text = (
        "某市国民经济和社会发展第十二个五年规划纲要实施情况总结评估报告\n"
        "发布日期：2016-01-22  来源：某市发展和改革局  浏览次数：1436\n\n" + body
    )
    meta = analyse_text("e.txt", text).document.meta
    assert meta.doc_type is DocType.FINAL_EVALUATION
    assert meta.reference_date == "2016-01-22"
