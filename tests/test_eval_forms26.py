"""Round 26's forms of evaluations, seen on public pages of several areas and years
(mid-term evaluations setting their first years' results side by side, then the plan's aim),
on documents written for these tests: no sentence copied."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.describe.meta import describe
from planwatch.pipeline import analyse_text


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("s.txt", text).facts}


# A county's mid-term evaluation dated in the autumn of the plan's third year: the results of
# the plan's first two years listed together, a year list opening each clause.
TWO_YEARS = (
    "石门县“十五五”规划纲要实施中期评估报告\n"
    "2028年9月\n"
    "一、主要指标完成情况\n"
    "2026年、2027年，全县森林覆盖率分别为58.3%、58.9%，规划期末目标为60%。\n"
    "2026年和2027年全县常住人口城镇化率分别达到52.6%和53.8%。\n"
)


def test_a_list_of_years_opening_a_clause_dates_the_review_as_of_its_last_year():
    meta = describe(TWO_YEARS, name="s.txt")
    assert meta.reviewed_year == 2027
    facts = _facts(TWO_YEARS)
    for value, year in ((58.3, 2026), (58.9, 2027), (52.6, 2026), (53.8, 2027)):
        f = facts[(value, "%")]
        assert (f.kind, f.year) == (Kind.ACTUAL, year)
    aim = facts[(60.0, "%")]
    assert (aim.kind, aim.year) == (Kind.TARGET, 2030)


# A district's evaluation setting each result beside the plan's aim for its end, clause after
# clause: the aim's words date their own figure only.
RESULT_BESIDE_AIM = (
    "东湖区“十五五”规划纲要实施中期评估报告\n"
    "2028年11月\n"
    "2027年，全区研发经费投入强度为2.4%，规划期末目标为2.8%；常住人口城镇化率为71.5%，"
    "规划期末目标为74%；细颗粒物平均浓度为31微克/立方米，期末预期目标为28微克/立方米。\n"
)


def test_the_plans_end_naming_an_aim_dates_that_aim_only():
    facts = _facts(RESULT_BESIDE_AIM)
    for value in (2.4, 71.5):
        f = facts[(value, "%")]
        assert (f.kind, f.year) == (Kind.ACTUAL, 2027)
    for value in (2.8, 74.0):
        f = facts[(value, "%")]
        assert (f.kind, f.year) == (Kind.TARGET, 2030)
    got = [f for f in analyse_text("s.txt", RESULT_BESIDE_AIM).facts if f.value == 31.0]
    assert [(f.kind, f.year) for f in got] == [(Kind.ACTUAL, 2027)]


# A result that is a share, then a second share of the same subject told with no subject of
# its own: the second is that subject's share of another whole, not a share of the first share.
SECOND_SHARE = (
    "南岭市“十五五”规划纲要实施中期评估报告\n"
    "2028年11月\n"
    "2027年，全市先进制造业增加值占规模以上工业增加值比重提升至46.3%，占全省比重达到8.7%。\n"
)


def test_a_second_share_after_a_share_is_of_the_first_shares_subject():
    facts = _facts(SECOND_SHARE)
    first, second = facts[(46.3, "%")], facts[(8.7, "%")]
    assert first.indicator == "先进制造业增加值占规模以上工业增加值比重"
    assert second.indicator == "先进制造业增加值占全省比重"


# Results of the plan's first years each beside the aim for its end, the clauses parted by
# semicolons: the aim closing one clause gives its kind to none of the results after it.
AIM_THEN_LIST = (
    "西峰省“十五五”规划纲要实施中期评估报告\n"
    "2028年11月\n"
    "2026年、2027年，全省地级城市细颗粒物浓度分别较2025年下降5.2%、8.4%，规划期末目标为下降10%；"
    "县级城市集中式饮用水水源达标率分别为95.1%、96.3%，规划期末目标为98%。\n"
)


def test_the_aim_closing_a_clause_is_not_the_kind_of_the_next_clauses_results():
    facts = _facts(AIM_THEN_LIST)
    for value in (95.1, 96.3):
        assert facts[(value, "%")].kind is Kind.ACTUAL
    assert facts[(98.0, "%")].kind is Kind.TARGET
    assert facts[(-10.0, "%")].kind is Kind.TARGET


# Three years' results listed for one indicator, then, after a semicolon, for another with no
# year of its own: the years listed first are the second list's too, one each.
YEARS_OVER_CLAUSES = (
    "北川省“十五五”规划纲要实施中期评估报告\n"
    "2028年11月\n"
    "2026年、2027年、2028年上半年，全省规模以上工业增加值分别增长6.8%、7.1%、6.5%；"
    "高技术制造业增加值占比分别为16.2%、17.0%、17.4%。\n"
)


def test_years_listed_before_a_semicolon_share_out_the_next_clauses_list():
    facts = _facts(YEARS_OVER_CLAUSES)
    got = [facts[(v, "%")].year for v in (16.2, 17.0, 17.4)]
    assert got == [2026, 2027, 2028]
