"""A document that writes no area's name: its parts listed in short, its province's 简称."""

from __future__ import annotations

import csv
from pathlib import Path

from planwatch.describe.area_hints import (
    abbreviated_lists,
    listed_area,
    province_abbreviations,
)
from planwatch.describe.areas import load_table
from planwatch.describe.jurisdiction import decide_area

DATA = Path(__file__).resolve().parents[1] / "src/planwatch/data"


def test_a_counted_list_of_a_provinces_cities_names_the_province():
    assert listed_area("长株潭", "province").name == "湖南省"
    assert listed_area("长株潭", "city") is None  # three cities, no one city
    assert listed_area("蓬江江海新会", "city") is None  # characters, not parts, must be distinct


def test_a_counted_list_of_a_citys_counties_names_the_city():
    # 蓬江区, 江海区 and 新会区 of 江门市, each by its first character.
    assert listed_area("蓬江新", "city").name == "江门市"


def test_two_characters_for_one_part_are_no_list():
    # 南 and 沙 both abbreviate 南沙区 only: two characters need two parts.
    assert listed_area("南沙", "city") is None


def test_a_list_is_read_only_with_a_count_of_its_own_length():
    view = "全市上下推动蓬江新三区融合发展，三大攻坚战取得成效。"
    ((start, end, row),) = abbreviated_lists(view, ("city", "province"))
    assert (view[start:end], row.name) == ("蓬江新三区", "江门市")
    assert abbreviated_lists("推动蓬江新两区融合发展。", ("city",)) == []
    assert abbreviated_lists("推动蓬江新四区融合发展。", ("city",)) == []


def test_a_city_report_naming_no_area_takes_the_city_its_parts_list_names():
    text = (
        "一、主要指标完成情况\n全市地区生产总值增长6.5%，我市经济运行稳中向好。"
        "蓬江新三区协同发展，城镇化率达到72%。"
    )
    decision = decide_area(text)
    assert decision.area.code == "440700"
    assert decision.evidence[0].text == "蓬江新三区"


def test_a_province_speaking_of_itself_takes_its_one_abbreviation():
    text = (
        "省发展改革委向省人大常委会报告。全省生产总值增长8%，我省城镇居民收入增长9%。"
        "实施黔货出山行动，全省旅游总收入增长15%。"
    )
    decision = decide_area(text)
    assert decision.area.code == "520000"
    assert decision.evidence[0].text == "黔"


def test_an_abbreviation_needs_the_text_to_speak_as_a_province():
    # A city speaks (全市, 我市): 黔 alone does not make it the province's.
    assert decide_area("全市生产总值增长8%，我市推动黔货出山。").area is None


def test_two_provinces_abbreviated_give_none():
    view = "全省生产总值增长8%，我省深化沪黔合作，全省旅游收入增长9%。"
    assert province_abbreviations(view) == []
    assert decide_area(view).area is None


def test_an_abbreviation_inside_an_area_name_is_that_name():
    # 鄂 in 鄂尔多斯 is the city's name, not 湖北's 简称.
    assert province_abbreviations("全省加快鄂尔多斯能源基地建设，我省投资增长8%。") == []


def test_a_named_area_wins_over_every_hint():
    text = "贵阳市人民政府工作报告\n全市生产总值增长8%，我市推动长株潭三市合作。"
    assert decide_area(text).area.code == "520100"


def test_every_abbreviation_in_the_data_file_is_one_character_of_a_province():
    rows = list(csv.DictReader((DATA / "area_abbreviations.csv").open(encoding="utf-8")))
    table = load_table()
    assert rows
    for r in rows:
        assert len(r["abbreviation"]) == 1, r
        assert table.by_code[r["code"]].level == "province", r
        assert r["note"], r


def test_the_detected_area_is_recorded_with_its_words_and_shown(tmp_path):
    from click.testing import CliRunner

    from planwatch.cli import cli
    from planwatch.describe import describe

    text = "江门市2023年政府工作报告\n全市地区生产总值增长5%。\n"
    meta = describe(text, name="r.txt")
    (ev,) = [e for e in meta.evidence if e.field == "area"]
    assert (ev.basis, ev.text, text[ev.start : ev.end]) == ("text", "江门市", "江门市")
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["--db", str(db), "ingest", "--no-progress", str(tmp_path)]).exit_code
        == 0
    )
    shown = runner.invoke(cli, ["--db", str(db), "show", "r.txt"]).output
    assert "江门市 440700 → 广东省 440000 → 全国 000000  (from 江门市 at 0)" in shown
