"""Classes of writing that decide a document's area or a fact's jurisdiction.

Each class is tested in at least two wordings or layouts, with text composed
here in the style of plans, evaluations and communiqués.
"""

from __future__ import annotations

from factat import fact_at
from planwatch.describe.areas import area_by_code
from planwatch.describe.jurisdiction import decide_area
from planwatch.describe.subjects import assign_jurisdictions

ZHENJIANG = area_by_code("321100")  # 镇江市, a city of 江苏省
JIANGSU = area_by_code("320000")
GUANGXI = area_by_code("450000")


def juris(text: str, values: list[str], area) -> list[str | None]:
    facts = [fact_at(text, v) for v in values]
    return [f.jurisdiction for f in assign_jurisdictions(text, facts, area)]


def area_code(text: str) -> str | None:
    area = decide_area(text).area
    return area.code if area else None


# -- a city's document naming several of its counties: the city's -------------------------


def test_a_city_titled_plan_naming_its_counties_as_examples_is_the_citys():
    text = (
        "镇江市“十四五”卫生健康发展规划\n\n"
        "一、发展基础\n"
        "全市医疗卫生机构床位数达到2.1万张。句容市、丹阳市率先建成紧密型县域医共体，"
        "丹阳市基层首诊率达到65%，扬中市家庭医生签约率达到70%。\n"
    )
    assert area_code(text) == "321100"


def test_a_city_titled_report_listing_its_counties_in_a_later_paragraph_is_the_citys():
    text = (
        "镇江市2021年国民经济和社会发展计划执行情况\n"
        "一年来，全市经济运行稳中有进。\n"
        "各地竞相发展，句容市地区生产总值增长8%，句容市、丹阳市入选全省县域经济百强，"
        "句容市新增高新技术企业40家，京口区服务业增长6%。\n"
    )
    assert area_code(text) == "321100"


def test_a_county_titled_with_its_city_stays_the_county():
    # The title names the part (丹阳市) after its whole: the county's document.
    text = (
        "镇江市丹阳市2022年政府工作报告\n"
        "过去一年，全市地区生产总值增长7%，比句容市、扬中市分别高1个和2个百分点。\n"
    )
    assert area_code(text) == "321181"


# -- the average of a whole area above the document's, quoted beside its figure ------------


def test_a_national_average_in_brackets_is_the_nations_figure():
    text = "研发经费投入强度为1.9%，与全国平均水平（2.4%）差距明显。"
    assert juris(text, ["1.9%", "2.4%"], ZHENJIANG) == ["镇江市", "全国"]
    text = "人均预期寿命达到78.1岁，比全国同期平均水平(77.9岁)略高。"
    assert juris(text, ["78.1岁", "77.9岁"], GUANGXI) == ["广西壮族自治区", "全国"]


def test_a_figure_between_the_whole_area_and_its_average_is_that_areas():
    text = "全社会研发经费投入强度达到3.1%，高于全国2.4%的平均水平。"
    assert juris(text, ["3.1%", "2.4%"], ZHENJIANG) == ["镇江市", "全国"]
    text = "城镇化率达到72%，超过全省70.1%的平均水平。"
    assert juris(text, ["72%", "70.1%"], ZHENJIANG) == ["镇江市", "江苏省"]


def test_an_average_of_the_documents_own_level_or_a_gap_to_it_stays_the_documents():
    # In the province's own report 全省 is itself.
    text = "城镇化率达到72%，超过全省70.1%的平均水平。"
    assert juris(text, ["70.1%"], JIANGSU) == ["江苏省"]
    # The gap to an average is the document's figure.
    text = "增速高于全国平均水平1.2个百分点，比全省平均（6.1%）高0.5个百分点。"
    assert juris(text, ["1.2个百分点", "0.5个百分点"], ZHENJIANG) == ["镇江市", "镇江市"]


# -- 分别 with several runs of values, one value per area in each -----------------------------


def test_respective_values_from_and_to_go_to_the_areas_in_each_run():
    text = "各县竞相发展，丹阳市、句容市地区生产总值分别由2015年的900亿元、500亿元增加到1200亿元、700亿元。"
    assert juris(text, ["900亿元", "500亿元", "1200亿元", "700亿元"], ZHENJIANG) == [
        "丹阳市",
        "句容市",
        "丹阳市",
        "句容市",
    ]
    text = (
        "其中，丹阳市、句容市、扬中市分别增长8%、7%和6%，总量分别达到1200亿元、700亿元和500亿元。"
    )
    values = ["8%", "7%", "6%", "1200亿元", "700亿元", "500亿元"]
    assert juris(text, values, ZHENJIANG) == ["丹阳市", "句容市", "扬中市"] * 2


def test_a_figure_after_the_respective_run_in_a_later_clause_is_no_single_areas():
    text = "其中，丹阳市、句容市分别增长8%和7%，合计占全市的45%。"
    assert juris(text, ["8%", "7%", "45%"], ZHENJIANG) == ["丹阳市", "句容市", "镇江市"]


# -- bare short names that their number follows are a list of areas -------------------------


def test_short_names_counted_after_them_are_the_joint_subject():
    text = "确保年内再减贫1万人，丹阳、句容两市贫困发生率降至1%以下。"
    assert juris(text, ["1%"], ZHENJIANG) == ["丹阳市、句容市"]
    text = "2020年丹阳、句容、扬中三市地区生产总值分别达到1300亿元、750亿元和560亿元。"
    assert juris(text, ["1300亿元", "750亿元", "560亿元"], ZHENJIANG) == [
        "丹阳市",
        "句容市",
        "扬中市",
    ]


def test_a_count_that_does_not_fit_the_list_makes_no_subject():
    # Three names, "两市": not a count of this list.
    text = "2020年丹阳、句容、扬中两市地区生产总值合计达到2050亿元。"
    assert juris(text, ["2050亿元"], ZHENJIANG) == ["镇江市"]


# -- a place name that names an item opens a clause of the document's area ------------------

HENAN = area_by_code("410000")
XINJIANG = area_by_code("650000")


def test_an_item_named_after_a_city_ends_the_citys_subject():
    text = "郑州市生产总值突破1万亿元，郑州航空港经济综合实验区进出口总额完成3000亿元。"
    assert juris(text, ["1万亿元", "3000亿元"], HENAN) == ["郑州市", "河南省"]
    text = "开封市新增市场主体3万户；开封经济技术开发区实际利用外资增长12%。"
    assert juris(text, ["3万户", "12%"], HENAN) == ["开封市", "河南省"]


def test_an_item_before_a_list_of_areas_leaves_the_lists_figures_to_them():
    text = "郑州航空港货邮吞吐量增长10%。其中，开封市、洛阳市分别增长6%和7%。"
    assert juris(text, ["10%", "6%", "7%"], HENAN) == ["河南省", "开封市", "洛阳市"]


def test_a_name_in_brackets_after_an_item_is_no_subject():
    text = "对外开放扩大，中欧班列（乌鲁木齐）开行1200列；新增市场主体20万户。"
    assert juris(text, ["1200列", "20万户"], XINJIANG) == ["新疆维吾尔自治区"] * 2
    text = "航空网络加密，国际货运航线(喀什)增至6条，口岸进出口总额增长9%。"
    assert juris(text, ["6条", "9%"], XINJIANG) == ["新疆维吾尔自治区"] * 2


def test_a_lake_named_after_a_county_is_no_subject():
    huaian = area_by_code("320800")
    text = "全市林木覆盖率达到24%，洪泽湖、白马湖生态修复取得成效，累计造林12万亩。"
    assert juris(text, ["24%", "12万亩"], huaian) == ["淮安市", "淮安市"]


# -- the document's own area in short, shared with a district's name ------------------------


def test_the_documents_short_name_is_the_document_not_its_namesake_district():
    huaian = area_by_code("320800")  # 淮安市, with a district 淮安区
    text = "平安淮安建设深入推进，公众安全感达到98%。淮安区地区生产总值增长6%。"
    assert juris(text, ["98%", "6%"], huaian) == ["淮安市", "淮安区"]
    text = "（一）综合实力。淮安综合实力稳步提升，地区生产总值达到4000亿元；淮安区增长6%。"
    assert juris(text, ["4000亿元", "6%"], huaian) == ["淮安市", "淮安区"]


# -- the level above's requirement or total, quoted in a local document ---------------------


def test_the_nations_or_provinces_requirement_is_that_areas_target():
    text = (
        "从发展要求看，国家要求到2025年高中阶段毛入学率达到92%以上、特殊教育入学率达到97%，"
        "全省提出新增劳动力平均受教育年限达到14年，我市各项指标已高于要求。"
    )
    values = ["92%", "97%", "14年"]
    assert juris(text, values, ZHENJIANG) == ["全国", "全国", "江苏省"]
    text = "国家明确到2025年单位地区生产总值能耗下降13.5%；全市能耗下降14%。"
    assert juris(text, ["13.5%", "14%"], ZHENJIANG) == ["全国", "镇江市"]


def test_the_nations_total_opening_a_clause_is_the_nations_figure():
    text = "从全国看，我国经济总量2020年突破100万亿元；从我区看，全区地区生产总值增长3%。"
    assert juris(text, ["100万亿元", "3%"], GUANGXI) == ["全国", "广西壮族自治区"]
    # The state as a word inside a clause (国家级) makes no subject.
    text = "全区新增国家级高新技术企业300家，国家级开发区达到15个。"
    assert juris(text, ["300家", "15个"], GUANGXI) == ["广西壮族自治区"] * 2


def test_a_counted_list_after_a_verb_is_its_object_not_a_subject():
    text = "全市新增口袋公园16个，推进丹阳、句容两市5个综合公园建设。"
    assert juris(text, ["16个", "5个"], ZHENJIANG) == ["镇江市", "镇江市"]
