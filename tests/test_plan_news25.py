"""Round 25's forms of news about a new plan's aims in its first year (a transition year's
two-sessions pages), on text written for these tests; no sentence copied."""

from __future__ import annotations

from planwatch.pipeline import analyse_text


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("n.txt", text).facts}


def test_a_line_stating_the_vision_against_its_base_heads_no_section():
    # A card's line quoting the plan's vision (2035年…比2020年翻一番) dates its own figure;
    # the plan's aims listed under it stay the plan's (2026-2030), not the vision's year.
    text = (
        "2026-01-20 来源：临川日报\n临川市第九届人民代表大会第五次会议今天开幕，会议审查临川市"
        "“十五五”规划纲要草案。纲要草案提出，今后五年全市经济实力明显增强。\n"
        "【“十五五”规划纲要草案部分目标】\n2035年人均地区生产总值比2020年翻一番\n"
        "数字经济核心产业增加值占地区生产总值比重达到15%。\n"
        "单位地区生产总值二氧化碳排放累计降低16%\n研发经费投入年均增长8%以上\n"
    )
    facts = _facts(text)
    assert (facts[(100.0, "%")].year, facts[(100.0, "%")].period_start) == (2035, 2021)
    assert facts[(15.0, "%")].year == 2030
    assert (facts[(-16.0, "%")].year, facts[(-16.0, "%")].period_start) == (2030, 2026)
