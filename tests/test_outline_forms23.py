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
