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


NEWS_DRAFT = (
    "2026年1月20日，临川市第九届人民代表大会第五次会议开幕，市长作政府工作报告。\n"
    "报告介绍，市政府编制了《临川市国民经济和社会发展第十五个五年规划纲要（草案）》，"
    "提交大会审查。这里就主要目标作简要介绍。\n"
    "主要目标指标\n"
    "创新驱动方面\n"
    "其中，提出研发经费投入年均增长8%以上\n"
    "绿色低碳方面\n"
    "单位地区生产总值能耗累计降低13%，常住人口城镇化率达到68%\n"
    "报告提出，今年全市地区生产总值增长6%左右；新增城镇就业1.2万人。\n"
)


def test_a_new_plans_outline_draft_told_of_heads_its_aims():
    facts = _facts(NEWS_DRAFT)
    assert (facts[(8.0, "%")].year, facts[(8.0, "%")].period_start) == (2030, 2026)
    assert (facts[(-13.0, "%")].year, facts[(-13.0, "%")].period_start) == (2030, 2026)
    assert facts[(68.0, "%")].year == 2030
    # The year's own work after it: the page's year again.
    assert facts[(6.0, "%")].year == 2026
    assert facts[(1.2, "万人")].year == 2026


def test_the_draft_proposing_in_a_paragraph_dates_the_sentences_after_it():
    text = (
        "2026年1月20日，临川市第九届人民代表大会第五次会议开幕，市长作政府工作报告。\n"
        "报告说，《纲要（草案）》细化提出18项主要指标，经济发展方面提出3项指标。"
        "创新驱动方面，提出研发经费投入年均增长8%以上，数字经济核心产业增加值占比达到12%。\n"
    )
    facts = _facts(text)
    assert (facts[(8.0, "%")].year, facts[(8.0, "%")].period_start) == (2030, 2026)
    assert facts[(12.0, "%")].year == 2030


def test_a_report_asking_for_the_draft_to_be_reviewed_with_it_keeps_its_own_years():
    text = (
        "政府工作报告\n——2026年1月12日在临川县第九届人民代表大会第五次会议上\n"
        "各位代表：\n现在，我代表县人民政府向大会报告工作，请连同《临川县国民经济和社会发展"
        "第十五个五年规划纲要（草案）》一并审议。\n"
        "二、2026年重点工作\n全县新增城镇就业1.1万人，城镇调查失业率控制在5.5%以内。\n"
    )
    facts = _facts(text)
    assert facts[(1.1, "万人")].year == 2026
