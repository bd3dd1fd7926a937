"""Forms of plan outlines and sector plans (round 23), on sentences composed for these
tests in the style of a city's 十五五 outline and a county's 十四五 sector plan."""

from planwatch.pipeline import analyse_text

_AIMS15 = (
    "某市国民经济和社会发展第十五个五年规划纲要\n\n第三节 “十五五”时期经济社会发展主要目标\n\n"
)


def _facts(text: str) -> dict[str, tuple]:
    return {
        text[f.start : f.end]: (f.indicator, f.kind.value, f.year)
        for f in analyse_text("o.txt", text).facts
    }


def test_an_estimate_in_brackets_dates_only_its_own_figure():
    text = _AIMS15 + (
        "（三）民生福祉持续增进。城乡居民收入年均增长6.5%左右（2025年预计为31200元），"
        "城镇调查失业率控制在5%以内，人均预期寿命提高到80.2岁。\n"
    )
    facts = _facts(text)
    assert facts["31200元"][1:] == ("actual", 2025)
    assert facts["5%以内"][1:] == ("target", 2030)
    assert facts["80.2岁"][1:] == ("target", 2030)


def test_a_bracket_with_no_figure_of_its_own_still_dates_what_follows():
    text = _AIMS15 + "到2030年，全市（含新区）森林覆盖率达到48%。\n"
    assert _facts(text)["48%"][1:] == ("target", 2030)


_SECTOR = (
    "某县“十四五”水利发展规划\n\n二、发展基础与目标\n\n"
    "（一）发展基础。截至2020年底，全县有效灌溉面积达到41万亩，水库总库容1.2亿立方米。\n\n"
)


def test_a_run_in_aims_heading_under_a_review_and_aims_chapter_states_aims():
    text = _SECTOR + (
        "（二）发展目标。到2025年，基本建成现代化水利基础设施体系。"
        "有效灌溉面积达到45万亩，水库总库容达到1.5亿立方米。\n"
    )
    facts = _facts(text)
    assert facts["41万亩"][1:] == ("actual", 2020)
    assert facts["45万亩"][1:] == ("target", 2025)
    assert facts["1.5亿立方米"][1:] == ("target", 2025)


def test_a_run_in_review_heading_keeps_the_present():
    text = _SECTOR + (
        "（二）发展环境。“十四五”时期，全县水利发展面临新的形势。农田灌溉水有效利用系数仅为0.52。\n"
    )
    assert _facts(text)["0.52"][1] == "actual"


def test_a_span_counted_up_in_the_review_of_the_plan_before_is_of_those_years():
    text = (
        "某县国民经济和社会发展第十三个五年规划纲要\n\n第三节 主要目标\n\n"
        "“十二五”期间，全县地区生产总值年均增长10.5%；五年累计新增城镇就业1.8万人。"
        "综合考虑今后五年发展环境和条件，到2020年全县地区生产总值达到150亿元。\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("r.txt", text).facts}
    jobs = facts["1.8万人"]
    assert (jobs.kind.value, jobs.year, jobs.period_start) == ("actual", 2015, 2011)
    assert facts["150亿元"].kind.value == "target"


def test_a_span_counted_up_under_a_plans_aims_is_its_own_years_ahead():
    text = (
        "某县国民经济和社会发展第十四个五年规划纲要\n\n第三节 主要目标\n\n"
        "五年累计新增城镇就业2万人以上。\n"
    )
    jobs = {text[f.start : f.end]: f for f in analyse_text("r.txt", text).facts}["2万人以上"]
    assert (jobs.kind.value, jobs.year, jobs.period_start) == ("target", 2025, 2021)


def test_a_count_of_the_plans_tasks_or_works_is_no_fact():
    text = _AIMS15 + (
        "《纲要》围绕产业升级、城乡融合、民生改善等方面部署了15项重点任务，"
        "谋划了一批重大项目，全市森林覆盖率达到52%。\n"
    )
    facts = _facts(text)
    assert "15项" not in facts and "52%" in facts


def test_a_flow_aimed_at_after_a_review_of_the_plan_before_is_over_the_plans_years():
    text = _SECTOR + (
        "（二）发展目标。到2025年，基本建成现代化水利基础设施体系。新建小型水库6座。\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("h.txt", text).facts}
    aim = facts["6座"]
    assert (aim.kind.value, aim.year, aim.period_start) == ("target", 2025, 2021)


_PROVINCE = "湖南省“十四五”生态环境保护规划\n\n三、主要目标\n\n"


def test_a_lists_unit_written_once_after_its_last_member_is_every_members():
    text = _PROVINCE + "到2025年，全省三类县城污水处理率分别达到95、92和90%以上。\n"
    facts = {text[f.start : f.end]: f for f in analyse_text("p.txt", text).facts}
    assert [(f.value, f.unit) for f in facts.values()] == [(95, "%"), (92, "%"), (90, "%")]


def test_the_count_of_the_areas_listed_is_no_part_of_each_areas_name():
    text = _PROVINCE + "常德、益阳、郴州三市细颗粒物浓度到2025年分别降至36、35和33微克/立方米。\n"
    names = [f.indicator for f in analyse_text("p.txt", text).facts]
    assert names == ["常德细颗粒物浓度", "益阳细颗粒物浓度", "郴州细颗粒物浓度"]
