"""Classes of writing in plans, sector plans, work reports and news, round 13. Every text is
composed for these tests in the style of official documents.

- A figure between a whole area above the document's and 的水平 or its target (与全国2.44%
  的水平差距较大, 高于全国5%左右的预期目标, 与全国6.5%左右的增长目标相衔接) is that area's
  own, quoted for comparison; 全区 in a city's or county's report of an autonomous region
  is the region (高于全区85%的平均水平), in a district's own report the district.
- A whole area above the document's opening its clause after the clause's year (2017年全省
  地区生产总值增长7.0%) is that area's subject as after a comma; so is one a sentence looks at
  (从全国看，…高速公路通车里程达到…): that area's figures, quoted to set the scene.
- An autonomous prefecture written with its short name and 州 (黔东南州, 恩施州) is that
  prefecture: a subject of its figures, one of a list with 分别.
- A list of areas that 分别 follows in its clause gives each area its own figure wherever
  the list stands (力争甲县、乙县地区生产总值分别突破…, 支持甲、乙两地…分别增长…), not
  only opening its clause; a list of ports or parks named after areas is no list of areas.
- A place name running on into another that names an item (a port of two cities' names,
  an airport named after a city and its neighbour: 甲乙港, 甲乙国际机场) is the item's, no
  subject: the figures stay the document's area. So is a place in the area named after it:
  a mountain or scenic area (甲山风景名胜区, 甲山、乙山两大景区), a metropolitan region named
  after its core city (甲市都市圈, 甲大都市区).
- 我国 opening a clause in a local document is the nation (我国“十五五”时期潜在增长率预计…),
  whatever follows; a whole area's average as the base of a ratio (仅为全省平均水平的44%、
  全国平均水平的31%) is no subject: the ratio is the document's.
- A sector plan's title ending in a note of which text it is (…水利发展“十五五”规划（摘要）,
  （征求意见稿）) is still the sector plan's title; an outline's title with the same note
  stays an outline.
- Areas listed before one indicator and 分别 each name that indicator, the clause's verb
  before the first area aside (支持甲市、乙市地区生产总值分别增长…: 甲市地区生产总值, not
  支持甲市).
- A plan's measures chapters — numbered chapters naming neither kind nor time after its aims
  (第二章 主要目标 … 第三章 构建现代化产业体系) — hold the plan's aims: 五年累计推动800家…,
  培育…60家以上 count the plan's own years ahead, not results; before the aims (第一章 发展
  基础) the same words report the plan before.
- News of a work report telling what the report sets (报告提出研发投入强度提高到2.8%, 今年报告
  又提出新建保障性住房5000套) gives the report's aims: targets of the report's year, named
  without 报告提出.
"""

from __future__ import annotations

from factat import fact_at
from planwatch.core.data import DocType, DocumentMeta, Kind
from planwatch.describe.areas import area_by_code
from planwatch.describe.doctype import detect_doc_type
from planwatch.describe.subjects import assign_jurisdictions
from prosefacts import prose_facts

ZHENJIANG = area_by_code("321100")  # 镇江市, a city of 江苏省
BAISE = area_by_code("451000")  # 百色市, a city of 广西壮族自治区
QINGXIU = area_by_code("450103")  # 青秀区, a district of 南宁市 (广西)
HUBEI = area_by_code("420000")
YUNNAN = area_by_code("530000")
KAIFENG = area_by_code("410200")
FUJIAN = area_by_code("350000")
GUANGDONG = area_by_code("440000")
YANBIAN = area_by_code("222400")  # 延边朝鲜族自治州
JIANGXI = area_by_code("360000")


def juris(text: str, values: list[str], area) -> list[str | None]:
    facts = [fact_at(text, v) for v in values]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, area)]


# -- a whole area's level or target written around its figure ---------------------------------


def test_a_figure_before_the_whole_areas_level_or_target_is_that_areas():
    text = "全市研发经费投入强度为1.7%，与全国2.5%的水平相比差距仍然较大。"
    assert juris(text, ["1.7%", "2.5%"], ZHENJIANG) == ["镇江市", "全国"]
    text = "一是地区生产总值增长6%左右，高于全国5%左右的预期目标，体现了勇挑大梁的担当。"
    assert juris(text, ["6%左右", "5%左右"], ZHENJIANG) == ["镇江市", "全国"]
    text = "这一目标与全省6.5%左右的增长目标相衔接。"
    assert juris(text, ["6.5%左右"], ZHENJIANG) == ["江苏省"]


def test_a_gap_or_the_documents_own_target_stays_the_documents():
    text = "地区生产总值增长7.2%，高于全国1.2个百分点，完成了7%的预期目标。"
    assert juris(text, ["7.2%", "1.2个百分点", "7%"], ZHENJIANG) == ["镇江市"] * 3


def test_the_whole_region_in_a_city_of_an_autonomous_region_is_the_region():
    text = "农村自来水普及率达到88%，高于全区86%的平均水平。"
    assert juris(text, ["88%", "86%"], BAISE) == ["百色市", "广西壮族自治区"]
    # In a district's own report 全区 is the district itself.
    assert juris(text, ["88%", "86%"], QINGXIU) == ["青秀区", "青秀区"]


# -- a whole area as the subject of its clause -----------------------------------------------


def test_a_whole_area_after_the_clauses_year_is_that_areas_subject():
    text = "全市地区生产总值增长6.1%。2023年全省地区生产总值增长5.8%，我市增速高于全省。"
    assert juris(text, ["6.1%", "5.8%"], ZHENJIANG) == ["镇江市", "江苏省"]
    text = "2024年全国居民人均可支配收入41314元，全市居民人均可支配收入56000元。"
    assert juris(text, ["41314元", "56000元"], ZHENJIANG) == ["全国", "镇江市"]


def test_the_whole_area_a_sentence_looks_at_is_its_subject():
    text = (
        "从全国看，2020年全国铁路营业里程达到14.6万公里，民用运输机场达到241个。"
        "全市铁路营业里程达到420公里。"
    )
    assert juris(text, ["14.6万公里", "241个", "420公里"], ZHENJIANG) == ["全国", "全国", "镇江市"]
    text = "从全省看，货物进出口总额增长4%；从全市看，货物进出口总额增长9%。"
    assert juris(text, ["4%", "9%"], ZHENJIANG) == ["江苏省", "镇江市"]


# -- an autonomous prefecture by its short name and 州 ----------------------------------------


def test_a_prefecture_by_its_short_name_and_zhou_is_the_prefecture():
    text = "全省农村居民人均可支配收入增长8.1%，其中恩施州增长9.2%。"
    assert juris(text, ["8.1%", "9.2%"], HUBEI) == ["湖北省", "恩施土家族苗族自治州"]
    text = "其中大理州、楚雄州旅游总收入分别增长12.5%和10.8%。"
    assert juris(text, ["12.5%", "10.8%"], YUNNAN) == ["大理白族自治州", "楚雄彝族自治州"]


# -- a list of areas that 分别 follows -------------------------------------------------------


def test_a_list_of_areas_that_fenbie_follows_gives_each_its_figure_wherever_it_stands():
    text = "壮大县域经济，力争杞县、通许县地区生产总值分别达到420亿元和380亿元。"
    assert juris(text, ["420亿元", "380亿元"], KAIFENG) == ["杞县", "通许县"]
    text = "深化都市圈建设，支持泉州、漳州一般公共预算收入分别增长5%和6%左右。"
    assert juris(text, ["5%", "6%左右"], FUJIAN) == ["泉州市", "漳州市"]


def test_ports_named_after_areas_with_fenbie_stay_the_documents():
    text = "全省港口能力提升，福州港、厦门港货物吞吐量分别达到3亿吨和2.2亿吨。"
    assert juris(text, ["3亿吨", "2.2亿吨"], FUJIAN) == ["福建省", "福建省"]


# -- an item named after two areas -------------------------------------------------------------


def test_a_name_running_on_into_an_item_named_after_another_area_is_no_subject():
    text = "全省进出口总额增长3%。广州深圳港口群集装箱吞吐量达到6500万标箱，增长5%。"
    assert juris(text, ["6500万标箱", "5%"], GUANGDONG) == ["广东省", "广东省"]
    text = "（二）枢纽建设提速。广州佛山国际机场建成后旅客吞吐能力达到8000万人次。"
    assert juris(text, ["8000万人次"], GUANGDONG) == ["广东省"]
    # A city's own figure keeps its subject.
    text = "广州地区生产总值增长4.6%。"
    assert juris(text, ["4.6%"], GUANGDONG) == ["广州市"]


def test_a_mountain_or_scenic_area_named_after_a_county_keeps_the_documents_area():
    text = "全州接待游客增长15%。长白山景区接待游客310万人次，增长21%。"
    assert juris(text, ["310万人次", "21%"], YANBIAN) == ["延边朝鲜族自治州"] * 2


def test_a_metropolitan_region_named_after_its_city_keeps_the_documents_area():
    text = "区域发展更加协调。赣州都市区地区生产总值占全省比重达到20%左右。"
    assert juris(text, ["20%左右"], JIANGXI) == ["江西省"]
    text = "九江都市圈常住人口达到520万人。"
    assert juris(text, ["520万人"], JIANGXI) == ["江西省"]


# -- the country speaking of itself; an average as a ratio's base ------------------------------


def test_the_country_speaking_of_itself_opening_a_clause_is_the_nation():
    text = "从外部环境看，我国“十五五”时期潜在增长率预计在4.5%左右，全市仍处于重要机遇期。"
    assert juris(text, ["4.5%左右"], JIANGXI) == ["全国"]
    text = "我国人口老龄化程度加深，65岁以上人口占比达到15.4%。全省城镇化率达到63%。"
    assert juris(text, ["15.4%", "63%"], JIANGXI) == ["全国", "江西省"]


def test_a_whole_areas_average_as_the_base_of_a_ratio_is_no_subject():
    text = "全市人均地区生产总值仅为全省平均水平的51.2%、全国平均水平的38.6%。"
    assert juris(text, ["51.2%", "38.6%"], ZHENJIANG) == ["镇江市", "镇江市"]


# -- a sector plan's title with a note of which text it is -------------------------------------


def test_a_sector_plans_title_with_a_note_is_a_sector_plan():
    body = "\n一、发展回顾\n“十四五”时期，全市水利建设完成投资52亿元。\n二、主要目标\n"
    for note in ("（摘要）", "（征求意见稿）", "(2026-2030年)"):
        title = "镇江市水利发展“十五五”规划" + note
        assert detect_doc_type(title + body) is DocType.SECTOR_PLAN, note
    title = "镇江市国民经济和社会发展第十五个五年规划纲要（摘要）"
    assert detect_doc_type(title + body) is DocType.FIVE_YEAR_PLAN


# -- areas listed before one indicator and 分别 ------------------------------------------------

REPORT_2024 = DocumentMeta(
    doc_type=DocType.WORK_REPORT,
    reference_year=2024,
    year=2024,
    reference_date="2024-01-20",
)


def test_areas_listed_after_a_verb_before_one_indicator_each_name_it():
    text = "深化都市圈建设，支持泉州、漳州地区生产总值分别增长6.5%和7%左右。\n"
    facts = prose_facts(text, REPORT_2024)
    assert facts["6.5%"].indicator == "泉州地区生产总值"
    assert facts["7%左右"].indicator == "漳州地区生产总值"


# -- a plan's measures chapters after its aims ---------------------------------------------------

OUTLINE_2026 = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN,
    reference_year=2026,
    year=2026,
    period_start=2026,
    period_end=2030,
    reference_date="2026-02-10",
)


def test_a_plans_measures_chapters_after_its_aims_hold_aims():
    text = (
        "第一章 发展基础\n“十四五”时期，全市累计推动620家企业实施数字化改造。\n"
        "第二章 总体要求和主要目标\n到2030年，地区生产总值突破5000亿元。\n"
        "表1 主要指标\n指标\t单位\t2025年\t2030年\t属性\n"
        "地区生产总值\t亿元\t3900\t5000\t预期性\n森林覆盖率\t%\t41.2\t41.5\t约束性\n"
        "第三章 推进产业转型升级\n实施技术改造行动，五年累计推动800家企业实施数字化改造。"
        "培育专精特新企业60家以上。\n"
    )
    facts = prose_facts(text, OUTLINE_2026)
    assert facts["620家"].kind is Kind.ACTUAL
    for value in ("800家", "60家以上"):
        assert (facts[value].kind, facts[value].year) == (Kind.TARGET, 2030), value


# -- news of a work report: what the report sets ------------------------------------------------

NEWS_2024 = DocumentMeta(
    doc_type=DocType.NEWS,
    reference_year=2024,
    year=2024,
    reference_date="2024-01-18",
)


def test_what_a_report_sets_in_news_of_it_is_an_aim_of_its_year():
    text = (
        "代表们表示，去年全市企业利润增长了12%。\n"
        "报告提出研发投入强度提高到2.8%，一位代表说：“今年报告又提出新建保障性住房5000套，"
        "这让我们很受鼓舞。”\n"
    )
    facts = prose_facts(text, NEWS_2024)
    assert facts["12%"].kind is Kind.ACTUAL
    assert (facts["2.8%"].kind, facts["2.8%"].year) == (Kind.TARGET, 2024)
    assert facts["2.8%"].indicator == "研发投入强度"
    assert facts["5000套"].kind is Kind.TARGET
