"""An area's output named by its abbreviation after the area's word (round 23), composed in
the style of a statistical release's lead and a communiqué's sentences (the figures are this
file's own): 全市GDP and 全市人均GDP are the area's 地区生产总值 and 人均地区生产总值, as the body
writes them (round 50: where it writes them); GDP without the area's word and GDP inside a
longer name stay as printed."""

from __future__ import annotations

from planwatch.extract.name_spelled import spelled_out
from prosefacts import COMMUNIQUE_2023, prose_facts


def test_area_word_and_abbreviation_are_spelled_out():
    body = "初步核算，全市地区生产总值3210.5亿元。"  # (the name the document writes out)
    assert spelled_out("全市GDP", body) == "地区生产总值"
    assert spelled_out("全县人均GDP", body) == "人均地区生产总值"
    assert spelled_out("GDP", body) == "GDP"
    assert spelled_out("人均GDP", body) == "人均GDP"
    assert spelled_out("单位GDP能耗", body) == "单位GDP能耗"
    assert spelled_out("全市GDP比重", body) == "全市GDP比重"
    # (Round 50: a document that never writes the name out keeps its own, 全市GDP.)
    assert spelled_out("全市GDP", "全市GDP增长6%。") == "全市GDP"


def test_release_lead_names_the_output_in_full():
    text = (
        "前三季度全市GDP同比增长6.2%。全市人均GDP为81240元，增长5.7%。"
        "初步核算，前三季度全市地区生产总值2318.6亿元。"
    )
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["6.2%"].indicator == "地区生产总值"
    assert facts["81240元"].indicator == "人均地区生产总值"
    assert facts["5.7%"].indicator == "人均地区生产总值"
