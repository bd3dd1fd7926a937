"""Forms of plan outlines and sector plans (round 24), on sentences composed for these
tests in the style of news pages about a province's or a city's sector plan."""

from planwatch.describe import plan_period
from planwatch.pipeline import analyse_text

# A news page: its title gives a figure, not the plan; the plan is named in the body
# with its field between the plan and 规划, and the review names the plan before it.
_SECTOR_NEWS = (
    "某省：力争2025年全省快递业务量达到80亿件\n"
    "2022-06-14 09:30\n"
    "日前，某省人民政府印发《某省“十四五”邮政业发展规划》。"
    "到2025年，全省快递业务量达到80亿件，年均增长12%左右。\n"
    "“十三五”期间，全省快递业务量年均增长31%，超额完成“十三五”规划目标。\n"
)


def test_a_sector_plan_named_with_its_field_names_the_period():
    assert plan_period(_SECTOR_NEWS) == (2021, 2025)


def test_growth_to_the_horizon_of_a_named_sector_plan_starts_with_its_period():
    facts = analyse_text("s.txt", _SECTOR_NEWS).facts
    growth = [f for f in facts if f.value == 12]
    assert growth and all(
        (f.kind.value, f.year, f.period_start) == ("target", 2025, 2021) for f in growth
    )


def test_a_field_word_run_does_not_reach_across_punctuation():
    text = "某市“十三五”以来，交通发展规划有序实施。\n“十四五”时期主要目标\n"
    assert plan_period(text) == (2021, 2025)
