"""Areas: boundary-safe names, false friends, datelines and sources, the nation, round-ups."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planwatch.describe.areas import (
    NATION_CODE,
    area_by_code,
    areas_by_name,
    is_false_friend,
    scan_names,
)
from planwatch.describe.jurisdiction import decide_area, find_jurisdiction

DATA = Path(__file__).resolve().parents[1] / "src/planwatch/data"


def names_in(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in scan_names(text)]


# -- false friends ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("完善目标任务和政策措施，推动高质量发展。", "和政"),  # 和政县
        ("全面推进乡村振兴和新型城镇化建设。", "兴和"),  # 兴和县
        ("统筹发展和安全，守牢底线。", "和安"),  # 和安县
        ("创建国家级示范县两个。", "范县"),  # 范县 (a full name)
        ("加快珠江西岸先进装备制造产业带建设。", "江西"),  # 江西省
        ("地区生产总值突破万亿大关。", "大关"),  # 大关县
        ("新增城镇就业1.2万人。", "增城"),  # 增城区
        ("在市委和县委的领导下开展工作。", "和县"),  # 和县
        ("在固定资产投资中，工业投资增长3.5%。", "资中"),  # 资中县 (comm25, a communiqué's section)
    ],
)
def test_false_friends_are_not_areas(text, name):
    assert name not in names_in(text)
    assert find_jurisdiction(text) is None


def test_every_false_friend_in_the_data_file_is_rejected_and_real_names_still_match():
    rows = list(csv.DictReader((DATA / "area_false_friends.csv").open(encoding="utf-8")))
    assert rows
    for r in rows:
        word, name = r["word"], r["name"]
        at = word.index(name)
        assert is_false_friend(word, at, at + len(name)), r
        assert r["note"], r  # every entry says why
    # The real areas are still found where they are meant.
    assert "范县" in names_in("范县人民政府发布")
    assert "江西" in names_in("江西经济保持增长")
    assert "和政县" in names_in("和政县2023年政府工作报告")
    assert "资中县" in names_in("资中县2024年国民经济和社会发展统计公报")


# -- datelines, sources, outlets, spam -----------------------------------------------


def test_a_dateline_is_not_the_documents_area():
    text = (
        "新华社南京3月2日电 记者从省政府获悉，湖北省国民经济和社会发展"
        "第十四个五年规划纲要提出，湖北省地区生产总值年均增长6%左右。"
    )
    assert find_jurisdiction(text).code == "420000"


def test_source_lines_and_outlets_are_not_the_documents_area():
    text = (
        "来源：上海发布\n"
        "香港商报网讯\n"
        "芜湖市人民政府日前印发通知，芜湖市统计局公布，全市规模以上工业增加值增长8%。"
    )
    assert find_jurisdiction(text).code == "340200"


def test_an_outlet_named_after_a_city_does_not_outvote_the_body():
    text = "深圳热线\n长沙市统计局发布：长沙市地区生产总值增长4.8%。"
    assert find_jurisdiction(text).code == "430100"


def test_a_spam_title_line_does_not_outvote_the_body():
    text = (
        "北京赛车 上海快三 广东十一选五 重庆时时彩 天津快乐十分\n"
        "长沙市人民政府发布2023年国民经济运行情况。长沙市地区生产总值增长4.8%。"
    )
    assert find_jurisdiction(text).code == "430100"


def test_a_short_county_name_without_evidence_is_a_word():
    # 安泽 here is part of a person's name, not 安泽县.
    text = "省发展改革委主任李安泽介绍，《江西省国民经济和社会发展第十四个五年规划纲要》……"
    assert find_jurisdiction(text).code == "360000"


def test_a_port_named_after_a_province_is_not_the_area():
    text = "全市开通天津港、大连港海铁联运班列，赤峰至天津港班列常态化运行。赤峰经济稳步增长。"
    area = find_jurisdiction(text)
    assert area is not None and area.code == "150400"


# -- the nation ----------------------------------------------------------------------


def test_the_nation_tops_the_hierarchy():
    nation = area_by_code(NATION_CODE)
    assert nation.name == "全国" and nation.level == "nation" and nation.parents == ()
    assert area_by_code("440000").parents == ((NATION_CODE, "全国"),)
    assert areas_by_name("全国") == (nation,)
    # 全国 in running text is never scanned as an area name.
    assert names_in("居全国第三位") == []


@pytest.mark.parametrize(
    "text",
    [
        "国家统计局今日发布报告：2022年全国居民人均可支配收入增长5%。",
        "国务院公布落实情况：我国国内生产总值增长6.9%，全国城镇新增就业1300万人。",
    ],
)
def test_a_national_document_is_about_the_nation(text):
    decision = decide_area(text)
    assert decision.area.code == NATION_CODE
    assert any(
        ev.field == "area" and text[ev.start : ev.end] == ev.text for ev in decision.evidence
    )


def test_a_local_document_quoting_the_centre_stays_local():
    text = (
        "认真落实党中央、国务院决策部署，全县上下团结奋斗，全县地区生产总值增长6%，"
        "增速居全国县域前列。平利县人民政府。"
    )
    assert find_jurisdiction(text).code == "610926"


# -- round-ups -----------------------------------------------------------------------


def test_a_round_up_of_several_provinces_has_no_single_area():
    text = (
        "各地两会陆续召开。浙江省政府工作报告提出，浙江GDP增长5%左右；"
        "湖南省政府工作报告提出，湖南GDP增长6%左右；四川省政府工作报告提出增长6%。"
    )
    assert find_jurisdiction(text) is None


def test_a_province_naming_its_capital_is_the_province():
    text = "我省五年发展成就发布。合肥市经济总量占全省比重提高，我省地区生产总值增长8%，我省……"
    assert find_jurisdiction(text).code == "340000"


def test_evidence_of_a_named_area_points_at_its_words():
    text = "江门市人民政府关于2024年国民经济和社会发展计划执行情况的报告"
    decision = decide_area(text)
    assert decision.area.code == "440700"
    (ev, *_) = decision.evidence
    assert (ev.field, ev.basis, text[ev.start : ev.end]) == ("area", "text", "江门市")


# -- paragraphs, venues, pinyin junk, documents that name no area -------------------------


def test_a_first_line_that_is_a_paragraph_is_no_title():
    # The regional sessions meet in the capital; the text speaks of the region
    # (自治区政府, 我区): the document is the region's, not the capital's.
    text = (
        "1月20日至26日，自治区两会在银川召开，自治区主席代表自治区政府作政府工作报告。回顾了过去五年。\n"
        "五年来，我区经济实力显著增强，我区地区生产总值年均增长7%。\n"
    )
    assert find_jurisdiction(text).code == "640000"


def test_a_short_title_line_still_decides():
    text = "银川两会特别报道\n会议听取了政府工作报告，全市地区生产总值增长6%。\n"
    assert find_jurisdiction(text).code == "640100"


def test_pinyin_inside_a_name_does_not_hide_the_area():
    text = (
        "截至年末，湖(hu)南(nan)省常住人口6568万人，比上年减少54万人。"
        "湖(hu)南(nan)省城镇化率提高0.8个百分点。"
    )
    decision = decide_area(text)
    assert decision.area.code == "430000"
    (ev, *_) = decision.evidence
    assert text[ev.start : ev.end] == "湖(hu)南(nan)省"


def test_two_provinces_quoted_from_their_own_communiques_are_a_round_up():
    text = (
        "据《2023年湖南省国民经济和社会发展统计公报》，湖南省常住人口6568万人，湖南城镇化率61%。\n"
        "据《2023年江西省国民经济和社会发展统计公报》，江西省常住人口4515万人。\n"
    )
    assert find_jurisdiction(text) is None


def test_a_list_of_many_provinces_is_a_round_up():
    text = (
        "各地两会公布了去年的经济数据。广东GDP居首位，广东增速4.8%；江苏紧随其后。"
        "此外，山东、浙江、河南、四川的GDP也超过5万亿元，湖北、福建排在其后。"
    )
    assert find_jurisdiction(text) is None


def test_one_bare_short_name_running_into_a_firms_name_is_no_area():
    # Nothing names the city (全市, 市委 only); a firm named after another city
    # must not become the document's area.
    text = (
        "全市上下认真落实市委、市政府决策部署，全市经济稳中提质。"
        "东莞立信制衣、新材料二期等52个亿元以上项目开工建设。"
    )
    assert find_jurisdiction(text) is None


def test_one_bare_short_name_standing_alone_is_the_fallback_area():
    text = "在区委、区政府领导下，全区上下奋力建设“五个禅城”。全区生产总值增长6%。"
    assert find_jurisdiction(text).code == "440604"


def test_a_text_naming_no_area_takes_its_source_outlets_province_at_its_own_level():
    text = (
        "来源：遵义日报\n"
        "昨日，省政府向省人大常委会报告规划实施情况。全省生产总值年均增长10%，"
        "全省城镇化率提高5个百分点，全省新增就业90万人。\n"
    )
    decision = decide_area(text)
    assert decision.area.code == "520000"  # 遵义 (a city) rolled up to 贵州, as 全省 says
    assert text[decision.evidence[0].start : decision.evidence[0].end] == "遵义"


def test_a_source_line_at_another_level_or_with_no_self_reference_gives_no_area():
    county = "来源：遵义日报\n全县上下奋力拼搏，全县生产总值增长8%，全县财政收入增长5%。\n"
    assert find_jurisdiction(county) is None  # a city's paper cannot say which county
    silent = "来源：遵义日报\n生产总值增长8%，财政收入增长5%。\n"
    assert find_jurisdiction(silent) is None


def test_a_name_in_the_body_outvotes_the_source_line():
    text = "来源：遵义日报\n六盘水市人民政府工作报告：全市生产总值增长8%，全市财政收入增长5%。\n"
    assert find_jurisdiction(text).code == "520200"


def test_one_hierarchy_for_is_under_and_the_codes_inside():
    from planwatch.describe.areas import NATION_CODE, codes_under, is_under

    assert is_under("440784", "440700") and is_under("440784", "440000")
    assert is_under("440784", NATION_CODE) and not is_under("440784", "440784")
    assert not is_under("440784", "450000")
    inside = codes_under("440700")
    assert "440784" in inside and "440700" not in inside and "441882" not in inside


def test_documents_of_the_nation_and_of_a_province_are_found_by_code(tmp_path):
    from planwatch.ingest import ingest
    from planwatch.options import Options
    from planwatch.store.repo import Store

    (tmp_path / "r.txt").write_text(
        "鹤山市人民政府工作报告\n过去一年，全市地区生产总值增长3%。\n", encoding="utf-8"
    )
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        ingest([str(tmp_path / "r.txt")], store, Options(workers=1, show_progress=False))
        for area in ("440784", "440700", "440000", "000000", "广东省"):
            assert len(store.texts_containing(["地区生产总值"], area=area)) == 1, area
        assert not store.texts_containing(["地区生产总值"], area="450000")
