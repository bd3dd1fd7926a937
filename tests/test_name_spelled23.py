"""An area's output named by its abbreviation after the area's word (round 23), composed in
the style of a statistical release's lead and a communiqué's sentences (the figures are this
file's own): 全市GDP and 全市人均GDP are the area's 地区生产总值 and 人均地区生产总值, as the body
writes them; GDP without the area's word and GDP inside a longer name stay as printed."""

from __future__ import annotations

from planwatch.extract.name_spelled import spelled_out
from prosefacts import COMMUNIQUE_2023, prose_facts


def test_area_word_and_abbreviation_are_spelled_out():
    assert spelled_out("全市GDP") == "地区生产总值"
    assert spelled_out("全县人均GDP") == "人均地区生产总值"
    assert spelled_out("GDP") == "GDP"
    assert spelled_out("人均GDP") == "人均GDP"
    assert spelled_out("单位GDP能耗") == "单位GDP能耗"
    assert spelled_out("全市GDP比重") == "全市GDP比重"


def test_release_lead_names_the_output_in_full():
    text = "前三季度全市GDP同比增长6.2%。全市人均GDP为81240元，增长5.7%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["6.2%"].indicator == "地区生产总值"
    assert facts["81240元"].indicator == "人均地区生产总值"
    assert facts["5.7%"].indicator == "人均地区生产总值"
