"""Each fact's own jurisdiction: the area its clause names as the figure's subject."""

from __future__ import annotations

from factat import fact_at as shared_fact_at
from planwatch.core.data import Fact, Kind, Measure
from planwatch.describe.areas import area_by_code
from planwatch.describe.subjects import assign_jurisdictions
from planwatch.pipeline import analyse_text

ZHEJIANG = area_by_code("330000")
JIANGMEN = area_by_code("440700")


def fact_at(text: str, value: str, occurrence: int = 0) -> Fact:
    return shared_fact_at(
        text, value, occurrence, indicator="地区生产总值", kind=Kind.TARGET, measure=Measure.GROWTH
    )


def juris(text, values, area):
    facts = [fact_at(text, v) for v in values]
    return [(f.jurisdiction, f.jurisdiction_code) for f in assign_jurisdictions(text, facts, area)]


def test_a_round_up_gives_each_city_its_figure():
    text = (
        "今年全省各市预期目标陆续公布：杭州地区生产总值增长6.5%左右，宁波增长6.1%，全省增长5.5%。"
    )
    assert juris(text, ["6.5%", "6.1%", "5.5%"], ZHEJIANG) == [
        ("杭州市", "330100"),
        ("宁波市", "330200"),
        ("浙江省", "330000"),  # 全省 opens the clause: back to the document's area
    ]


def test_the_subject_carries_an_evidence_record():
    text = "其中，温州市规模以上工业增加值增长8.2%。"
    (f,) = assign_jurisdictions(text, [fact_at(text, "8.2%")], ZHEJIANG)
    (ev,) = [e for e in f.evidence if e.field == "jurisdiction"]
    assert (ev.basis, ev.text, text[ev.start : ev.end]) == ("clause", "温州市", "温州市")


def test_the_subject_ends_with_its_sentence():
    text = "台州市经济总量突破6000亿元。全年全省生产总值增长6%。"
    assert juris(text, ["6000亿元", "6%"], ZHEJIANG) == [
        ("台州市", "331000"),
        ("浙江省", "330000"),
    ]


def test_towns_parks_ports_and_projects_keep_the_documents_area():
    text = (
        "江门高新区规模以上工业增加值增长9%，江门港货物吞吐量增长4%，广州至江门铁路完成投资12亿元。"
    )
    assert {j for j, _ in juris(text, ["9%", "4%", "12亿元"], JIANGMEN)} == {"江门市"}


def test_an_area_outside_the_document_is_a_subject_only_when_it_opens_the_clause():
    text = "派出医疗队支援湖北抗疫48人，结对帮扶的广西崇左市4个县全部脱贫。"
    assert {j for j, _ in juris(text, ["48人", "4个"], JIANGMEN)} == {"江门市"}


def test_a_round_up_with_no_single_area_names_each_province():
    text = (
        "各地两会陆续召开。浙江省政府工作报告提出，浙江GDP增长5%左右；"
        "湖南省政府工作报告提出，湖南GDP增长6%左右；四川省政府工作报告提出增长7%。"
    )
    analysed = analyse_text("roundup.txt", text)
    assert analysed.document.meta.area is None
    by_value = {f.value: f.jurisdiction for f in analysed.facts if f.unit == "%"}
    assert by_value == {5.0: "浙江省", 6.0: "湖南省", 7.0: "四川省"}


def test_a_bare_county_short_name_is_not_a_subject():
    # 德昌 here is a company; 德昌县 is a county of 四川.
    text = "德昌、优美科等企业投资额均超30亿元。"
    assert juris(text, ["30亿元"], JIANGMEN) == [("江门市", "440700")]


def test_a_list_of_areas_is_no_single_subject():
    text = "推进蓬江区、江海区、新会区7个综合公园建设。"
    assert juris(text, ["7个"], JIANGMEN) == [("江门市", "440700")]


def test_an_area_an_extractor_named_without_a_code_is_resolved():
    text = "今年目标：地区生产总值增长6%左右。"
    named = fact_at(text, "6%").with_(jurisdiction="杭州市")
    other = fact_at(text, "6%").with_(jurisdiction="某某园区")  # no area: the document's
    (a, b) = assign_jurisdictions(text, [named, other], ZHEJIANG)
    assert (a.jurisdiction, a.jurisdiction_code) == ("杭州市", "330100")
    assert (b.jurisdiction, b.jurisdiction_code) == ("浙江省", "330000")


def test_areas_named_only_by_facts_are_areas_of_the_store(tmp_path):
    from fastapi.testclient import TestClient

    from planwatch.ingest import ingest
    from planwatch.options import Options
    from planwatch.store.repo import FactFilter, Store
    from planwatch.web.app import create_app

    (tmp_path / "zj.txt").write_text(
        "浙江省人民政府工作报告\n今年全省预期目标：全省地区生产总值增长5.5%左右。"
        "其中，杭州市地区生产总值增长6.5%左右。\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store(url) as store:
        ingest([str(tmp_path / "zj.txt")], store, Options(workers=1, show_progress=False))
        assert "330100" in {a.code for a in store.areas()}
        (hz,) = store.facts(FactFilter(jurisdiction="330100"))
        assert hz.fact.value == 6.5
    page = TestClient(create_app(url, upload_dir=tmp_path / "up"), base_url="http://localhost").get(
        "/areas/330100"
    )
    assert page.status_code == 200 and "杭州市" in page.text


# -- round-ups without one area, pinyin junk, officials, areas set aside -------------------


def test_in_a_round_up_each_paragraph_keeps_its_area_across_sentences():
    text = (
        "湖南省常住人口6568万人。其中城镇人口4013万人，城镇化率61.1%。\n"
        "江西省常住人口4515万人。城镇化率62.4%，是除湖南省外增幅最大的省份。\n"
    )
    assert juris(text, ["4013万人", "61.1%", "4515万人", "62.4%"], None) == [
        ("湖南省", "430000"),
        ("湖南省", "430000"),
        ("江西省", "360000"),
        ("江西省", "360000"),  # 除湖南省外 sets 湖南 aside; it names no subject
    ]


def test_a_document_with_its_own_area_does_not_carry_a_subject_across_sentences():
    text = "台州市经济总量突破6000亿元。其中工业增加值增长6%。"
    assert juris(text, ["6%"], ZHEJIANG) == [("浙江省", "330000")]


def test_a_name_with_pinyin_inside_is_the_subject_and_its_evidence_spans_the_junk():
    text = "截至年末，江(jiang)门(men)市常住人口482万人。"
    (f,) = assign_jurisdictions(text, [fact_at(text, "482万人")], None)
    assert (f.jurisdiction, f.jurisdiction_code) == ("江门市", "440700")
    (ev,) = [e for e in f.evidence if e.field == "jurisdiction"]
    assert text[ev.start : ev.end] == "江(jiang)门(men)市"


def test_another_city_named_with_its_official_is_the_subject():
    text = "会上，与会的台州市副市长表示：五年间台州市的增速将为年均7%。"
    assert juris(text, ["7%"], JIANGMEN) == [("台州市", "331000")]


def test_a_quote_before_its_speaker_in_a_round_up_is_the_speakers_areas():
    text = "“我们定的增速是8%。”温州市副市长表示，温州将加快转型。\n"
    assert juris(text, ["8%"], None) == [("温州市", "330300")]


def test_in_a_round_up_a_list_of_areas_stops_the_paragraphs_subject():
    text = "湖南省常住人口6568万人。此外，江西、安徽的城镇化率均超过60%。城镇新增就业50万人。\n"
    assert juris(text, ["6568万人", "60%", "50万人"], None) == [
        ("湖南省", "430000"),
        ("江西省、安徽省", None),  # the figure the two share (GOLD_SPEC: one fact naming both)
        (None, None),  # the next sentence: neither province alone
    ]


def test_a_list_opening_its_clause_is_the_joint_subject_of_a_shared_figure():
    text = "全省经济稳步回升，成都增长7%，德阳和绵阳均突破3000亿元。"
    sichuan = area_by_code("510000")
    assert juris(text, ["7%", "3000亿元"], sichuan) == [
        ("成都市", "510100"),
        ("德阳市、绵阳市", None),
    ]
    (fact,) = assign_jurisdictions(text, [fact_at(text, "3000亿元")], sichuan)
    ev = fact.evidence[-1]
    assert (ev.field, ev.text, text[ev.start : ev.end]) == (
        "jurisdiction",
        "德阳和绵阳",
        "德阳和绵阳",
    )


def test_a_list_with_respective_figures_gives_no_joint_subject():
    # 分别: each area has its own figure, not one they share: the first to the
    # first area, the second to the second.
    text = "北京、上海分别增长5%和6%。"
    assert juris(text, ["5%", "6%"], None) == [("北京市", "110000"), ("上海市", "310000")]


def test_a_joint_subject_ends_with_its_clause_unless_the_next_says_they_share():
    text = "南京、苏州突破2万亿元，均高于上年，12个县入选百强县。"
    jiangsu = area_by_code("320000")
    assert juris(text, ["2万亿元", "12个"], jiangsu) == [
        ("南京市、苏州市", None),
        ("江苏省", "320000"),
    ]
    text = "北京、上海目标为5%左右，均较去年的6%有所下调。"
    assert juris(text, ["5%", "6%"], None) == [("北京市、上海市", None)] * 2
    text = "北京、上海经济平稳，地区生产总值均增长3%，成都增长5%。"
    assert juris(text, ["3%", "5%"], None) == [("北京市、上海市", None), ("成都市", "510100")]


def test_a_count_of_provinces_is_a_figure_about_the_nation():
    text = "浙江增长6%，全年有12个省份未完成增长目标，8个省区市上调了目标。"
    facts = [fact_at(text, "12个"), fact_at(text, "8")]
    got = assign_jurisdictions(text, facts, None)
    assert [(f.jurisdiction, f.jurisdiction_code) for f in got] == [("全国", "000000")] * 2
    assert got[0].evidence[-1].text == "省份"
    text = "全年有14個(gè)省份未完成目标。"  # pinyin after the unit
    assert juris(text, ["14個"], None) == [("全国", "000000")]
    # A count of a province's own projects (省重点项目) is no count of provinces.
    text = "全省推进29个省重点项目建设。"
    assert juris(text, ["29个"], area_by_code("420000")) == [("湖北省", "420000")]


def test_a_regional_plans_figures_are_its_regions():
    text = "粤港澳大湾区建设目标\n到2025年，区域经济总量达到15万亿元。广东省常住人口达到1.3亿人。\n"
    got = assign_jurisdictions(text, [fact_at(text, "15万亿元"), fact_at(text, "1.3亿人")], None)
    assert [(f.jurisdiction, f.jurisdiction_code) for f in got] == [
        ("粤港澳大湾区", None),
        ("广东省", "440000"),  # a province named in the paragraph is its figure's subject
    ]
    ev = got[0].evidence[-1]
    assert (ev.basis, text[ev.start : ev.end]) == ("title", "粤港澳大湾区")


def test_a_region_outside_the_title_or_in_an_areas_document_is_no_default():
    text = "全市推进工作。\n融入粤港澳大湾区，地区生产总值增长6%。\n"
    assert juris(text, ["6%"], None) == [(None, None)]
    text = "粤港澳大湾区建设推进会\n全市地区生产总值增长6%。\n"
    assert juris(text, ["6%"], JIANGMEN) == [("江门市", "440700")]


def test_a_clause_counting_the_areas_just_named_is_their_joint_subject():
    text = "广东省生产总值突破12万亿元。江苏紧随其后。两省占全国的比重都超过了10%。\n"
    assert juris(text, ["12万亿元", "10%"], None) == [
        ("广东省", "440000"),
        ("广东省、江苏省", None),
    ]


def test_a_count_word_needs_that_many_areas_of_its_level_in_the_paragraph():
    # Only one province named before 两省 in the paragraph; 成都 is a city.
    text = "成都增长6%。\n四川省增长7%。两省合作项目超过30个。\n"
    assert juris(text, ["30个"], None) == [(None, None)]
    # 三市 after two cities: no joint subject.
    text = "南京增长6%，苏州增长7%。三市合计完成投资500亿元。\n"
    assert juris(text, ["500亿元"], None) == [(None, None)]


# -- a whole area above the document's, quoted for comparison --------------------------------

HESHAN = area_by_code("440784")


def test_the_nation_quoted_for_comparison_is_the_nations_figure():
    text = (
        "全年全市居民人均可支配收入38210元，增长5.6%；"
        "全国居民人均可支配收入35128元，增长5.1%。同期全国平均增速为5.2%。"
    )
    assert juris(text, ["38210元", "5.6%", "35128元", "5.1%", "5.2%"], JIANGMEN) == [
        ("江门市", "440700"),
        ("江门市", "440700"),
        ("全国", "000000"),
        ("全国", "000000"),  # the clause after goes on about the nation
        ("全国", "000000"),
    ]


def test_the_province_quoted_in_a_citys_report_is_the_provinces_figure():
    text = "全市规模以上工业增加值增长7.1%，全省规模以上工业增加值增长4.4%；我市增速快2.7个百分点。"
    assert juris(text, ["7.1%", "4.4%", "2.7个百分点"], JIANGMEN) == [
        ("江门市", "440700"),
        ("广东省", "440000"),
        ("江门市", "440700"),  # 我市 gives the figure back
    ]
    # In the province's own report 全省 is itself.
    assert juris(text, ["4.4%"], area_by_code("440000")) == [("广东省", "440000")]


def test_comparisons_with_a_whole_area_stay_the_documents():
    text = (
        "全市地区生产总值增长6.1%，高于全国平均水平1.2个百分点，居全省第3位；"
        "与同期全国平均水平相比高出0.8个百分点。全国每卖出5台空调就有1台产自本市。"
    )
    values = ["6.1%", "1.2个百分点", "3位", "0.8个百分点", "5台"]
    assert {j for j, _ in juris(text, values, HESHAN)} == {"鹤山市"}


def test_a_place_naming_a_listed_firm_is_no_subject():
    text = "江门华力制药、新会精工材料二期等36个亿元以上项目开工建设。"
    assert juris(text, ["36个"], area_by_code("440000")) == [("广东省", "440000")]
    # A list of figures is a list of subjects, not of firms.
    text = "其中，江门地区生产总值增长6.5%、佛山增长6%。"
    assert juris(text, ["6.5%"], area_by_code("440000")) == [("江门市", "440700")]


def test_a_variant_character_in_a_name_is_still_the_area():
    # 陜 (U+965C) printed for 陕 in a round-up of provinces (no single area).
    text = "各地成绩单陆续公布。重庆市研发经费支出增长19%。陜西省普惠性幼儿园覆盖率接近60%。"
    assert juris(text, ["19%", "60%"], None) == [("重庆市", "500000"), ("陕西省", "610000")]


GUANGDONG = area_by_code("440000")


def test_respectively_gives_each_listed_area_its_own_figure():
    text = (
        "分地区看，广州、深圳、佛山分别增长4.6%、6.0%和4.0%，分别高于全省0.3、1.7和负0.3个百分点。"
    )
    assert juris(text, ["4.6%", "6.0%", "4.0%", "0.3、", "1.7"], GUANGDONG)[:3] == [
        ("广州市", "440100"),
        ("深圳市", "440300"),
        ("佛山市", "440600"),
    ]
    text = "广州市、深圳市地区生产总值分别增长4.6%和6.0%，分别高于全省1.2和2.6个百分点。"
    assert juris(text, ["4.6%", "6.0%", "1.2", "2.6"], GUANGDONG) == [
        ("广州市", "440100"),
        ("深圳市", "440300"),
        ("广州市", "440100"),
        ("深圳市", "440300"),
    ]


def test_respectively_with_fewer_values_than_areas_pairs_none():
    text = "广州、深圳、佛山分别增长4.6%和6.0%。"
    assert {j for j, _ in juris(text, ["4.6%", "6.0%"], GUANGDONG)} == {"广东省"}
