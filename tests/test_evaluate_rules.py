"""The arithmetic of each status rule, pinned with numbers worked out by hand.

Growth rates are percentages (6.0 = 6%); progress is a fraction.
"""

from __future__ import annotations

import pytest

from docrows import doc_row
from planwatch.core.data import Area, Comparator, Fact, Kind, Measure
from planwatch.evaluate import Status, evaluate_ledger, rules
from planwatch.evaluate.ledger import Ledger, LedgerFact
from planwatch.store.repo import DocRow

# ---- average annual growth -------------------------------------------------


def test_geometric_mean_of_yearly_rates():
    # 2021 8.3%, 2022 3.0%: (1.083 * 1.03) ** 0.5 - 1 = 1.11549 ** 0.5 - 1 = 5.6168%
    assert rules.geometric_mean_growth([8.3, 3.0]) == pytest.approx(5.616760, abs=1e-5)


def test_growth_target_behind_with_needed_growth_for_the_remaining_years():
    # 年均增长6% over 2021-2025 (B=2020, T=2025), reported 2021 8.3%, 2022 3.0%.
    # realised = 5.6168% < 6% - 0.1pp -> behind.
    # needed 2023-2025 = (1.06^5 / (1.083*1.03)) ^ (1/3) - 1
    #                  = (1.3382256 / 1.11549) ^ (1/3) - 1 = 6.2563%
    j = rules.average_growth(6.0, 2020, 2025, {2021: 8.3, 2022: 3.0}, 2022)
    assert j.status == Status.BEHIND
    assert j.realised_growth == pytest.approx(5.616760, abs=1e-5)
    assert j.needed_growth == pytest.approx(6.256266, abs=1e-5)
    assert j.expected_progress == pytest.approx(2 / 5)
    assert "2023-2025年需年均增长6.26%" in j.explanation


def test_growth_target_within_tolerance_is_on_track():
    # realised 5.95% is 0.05pp short of 6%: inside the 0.1pp tolerance.
    assert rules.average_growth(6.0, 2020, 2025, {2021: 5.95}, 2021).status == Status.ON_TRACK
    # ... but not inside a tolerance of 0.
    j = rules.average_growth(6.0, 2020, 2025, {2021: 5.95}, 2021, tolerance_pp=0.0)
    assert j.status == Status.BEHIND


def test_missing_year_is_left_out_of_the_mean_and_assumed_at_target_for_needed_growth():
    # 2021 not reported, 2022 2.8% (鹤山市's case): realised = 2.8%;
    # needed 2023-2025 = (1.06^5 / (1.06 * 1.028)) ^ (1/3) - 1 = (1.26247696/1.028)^(1/3) - 1
    #                  = 7.0887%
    j = rules.average_growth(6.0, 2020, 2025, {2022: 2.8}, 2022)
    assert j.status == Status.BEHIND
    assert j.realised_growth == pytest.approx(2.8)
    assert j.needed_growth == pytest.approx(7.088651, abs=1e-5)
    assert "2021年无数据" in j.explanation


def test_negative_growth_years():
    # 年均增长5%, 2021 -2% (a fall), 2022 +1%: realised = (0.98*1.01)^0.5 - 1 = -0.5113%
    # needed = (1.05^5 / 0.9898)^(1/3) - 1 = 8.8428%
    j = rules.average_growth(5.0, 2020, 2025, {2021: -2.0, 2022: 1.0}, 2022)
    assert j.status == Status.BEHIND
    assert j.realised_growth == pytest.approx(-0.511307, abs=1e-5)
    assert j.needed_growth == pytest.approx(8.842794, abs=1e-5)


def test_a_decline_aimed_at_flips_the_comparison():
    # Lower is better, target -3% a year; 2021 -4%, 2022 -3.5%: realised -3.7503% is a
    # steeper fall than aimed at by 0.75 points (over the 0.5 margin) -> 快于预期;
    # needed = (0.97^5/(0.96*0.965))^(1/3)-1 = -2.4965%
    j = rules.average_growth(-3.0, 2020, 2025, {2021: -4.0, 2022: -3.5}, 2022, direction="lower")
    assert j.status == Status.AHEAD
    assert j.realised_growth == pytest.approx(-3.750325, abs=1e-5)
    assert j.needed_growth == pytest.approx(-2.496537, abs=1e-5)


def test_growth_target_already_exceeded_is_achieved_early():
    # 年均20% over 5 years needs a factor 1.2^5 = 2.48832; three years at 60% give
    # 1.6^3 = 4.096 > 2.48832 -> achieved early.
    j = rules.average_growth(20.0, 2020, 2025, {2021: 60.0, 2022: 60.0, 2023: 60.0}, 2023)
    assert j.status == Status.ACHIEVED_EARLY


def test_growth_target_judged_at_the_end_is_met_or_missed():
    rates = {2021: 6.0, 2022: 6.0, 2023: 6.0, 2024: 6.0, 2025: 6.0}
    assert rules.average_growth(6.0, 2020, 2025, rates, 2025).status == Status.MET
    rates[2025] = 1.0  # mean (1.06^4 * 1.01)^(1/5) - 1 = 5.0% < 6%
    j = rules.average_growth(6.0, 2020, 2025, rates, 2025)
    assert j.status == Status.MISSED
    assert j.needed_growth is None


def test_no_reported_rate_is_no_data():
    assert rules.average_growth(6.0, 2020, 2025, {2020: 2.3}, 2022).status == Status.NO_DATA


# ---- level targets ---------------------------------------------------------


def test_level_target_linear_for_rates():
    # 城镇化率 63.02% (2020) -> 65% (2025); 2022 at 63.5%.
    # expected progress = 2/5 = 40% (linear); actual = (63.5-63.02)/(65-63.02) = 0.48/1.98 = 24.24%
    j = rules.level_progress(63.02, 2020, 65.0, 2025, 63.5, 2022, geometric=False)
    assert j.expected_progress == pytest.approx(0.4)
    assert j.actual_progress == pytest.approx(0.48 / 1.98)
    assert j.expected_value == pytest.approx(63.812)
    assert j.status == Status.BEHIND


def test_level_target_geometric_for_money():
    # 100亿元 (2020) -> 150亿元 (2025): expected at 2022 = 100 * 1.5^(2/5) = 117.6079;
    # expected progress = 17.6079/50 = 35.22%; an actual 118 (36%) is on track.
    j = rules.level_progress(100.0, 2020, 150.0, 2025, 118.0, 2022, geometric=True)
    assert j.expected_value == pytest.approx(117.607902, abs=1e-5)
    assert j.expected_progress == pytest.approx(0.352158, abs=1e-5)
    assert j.actual_progress == pytest.approx(0.36)
    assert j.status == Status.ON_TRACK


def test_level_target_already_exceeded_is_achieved_early():
    # 每万人口发明专利 4.9 target for 2025 from 2.0; 2022 already 5.2.
    j = rules.level_progress(2.0, 2020, 4.9, 2025, 5.2, 2022, geometric=False)
    assert j.status == Status.ACHIEVED_EARLY
    assert j.gap == pytest.approx(0.3)


def test_level_target_downwards_for_lower_is_better():
    # PM2.5 25 -> 20 ug/m3; 2022 at 23: progress (23-25)/(20-25) = 40% = time elapsed 40%.
    j = rules.level_progress(25.0, 2020, 20.0, 2025, 23.0, 2022, geometric=False, direction="lower")
    assert j.actual_progress == pytest.approx(0.4)
    assert j.status == Status.ON_TRACK
    # 2025 at 21: the end year and above the target -> missed.
    end = rules.level_progress(25.0, 2020, 20.0, 2025, 21.0, 2025, geometric=False)
    assert end.status == Status.MISSED


# ---- cumulative targets ----------------------------------------------------


def test_change_target_progress_against_the_change():
    # 平均受教育年限 11.8 (2020) [+0.2] by 2025; 2023 at 11.9: half the change in 3/5 of the time.
    j = rules.change_progress(0.2, 11.8, 2020, 2025, 11.9, 2023)
    assert j.actual_progress == pytest.approx(0.5)
    assert j.expected_progress == pytest.approx(0.6)
    assert j.status == Status.BEHIND
    assert j.gap == pytest.approx(-0.1)


def test_period_total_is_judged_on_pace_and_missing_years_do_not_count_as_zero():
    # 十四五时期城镇新增就业1.5万人 (2021-2025): 2021 0.32, 2023 0.30 (2022 missing).
    # Done 0.62 = 41.3% of the target; 2 reported years of 5 = 40% -> on track.
    j = rules.cumulative_sum(1.5, 2021, 2025, {2021: 0.32, 2023: 0.30}, 2023)
    assert j.actual_progress == pytest.approx(0.62 / 1.5)
    assert j.expected_progress == pytest.approx(0.4)
    assert j.status == Status.ON_TRACK
    assert "2022年无数据" in j.explanation
    done = rules.cumulative_sum(1.5, 2021, 2025, {2021: 0.8, 2022: 0.8}, 2022)
    assert done.status == Status.ACHIEVED_EARLY


# ---- bounds and one-year targets -------------------------------------------


def test_ceiling_and_floor_are_met_or_missed_now():
    # 城镇登记失业率控制在3%以内: 2.36% met, 3.2% missed.
    assert rules.bound(3.0, "le", 2.36, 2020).status == Status.MET
    over = rules.bound(3.0, "le", 3.2, 2021)
    assert over.status == Status.MISSED
    assert over.gap == pytest.approx(0.2)
    # 森林覆盖率 floor 49%: 52.4% met.
    assert rules.bound(49.0, "ge", 52.4, 2022).status == Status.MET


def test_one_year_growth_target_met_or_missed_by_how_much():
    # 地区生产总值增长8%: 8.3% met (+0.3pp); 2.8% missed (-5.2pp).
    met = rules.one_year(8.0, "eq", 8.3, 2023)
    assert met.status == Status.MET and met.gap == pytest.approx(0.3)
    missed = rules.one_year(8.0, "eq", 2.8, 2023)
    assert missed.status == Status.MISSED and missed.gap == pytest.approx(-5.2)
    assert "低5.2个百分点" in missed.explanation
    assert rules.one_year(8.0, "eq", None, 2023).status == Status.NO_DATA
    # A CPI 涨幅 of 3%左右 (lower is better): 2.5% is met, 3.5% missed.
    assert rules.one_year(3.0, "approx", 2.5, 2021, direction="lower").status == Status.MET
    # 3左右 is the range 2.5-3.5 (the 左右 band is half a point): 3.5 is in, 3.6 out
    assert rules.one_year(3.0, "approx", 3.5, 2021, direction="lower").status == Status.MET
    assert rules.one_year(3.0, "approx", 3.6, 2021, direction="lower").status == Status.MISSED
    assert rules.one_year(3.0, "eq", 3.2, 2021, direction="lower").status == Status.MISSED


# ---- a constructed ledger: real vs nominal, conflicts ------------------------

AREA = Area("440784", "鹤山市", "county", (("440700", "江门市"), ("440000", "广东省")))


def _doc(i: int, name: str, doc_type: str, year=None, start=None, end=None) -> DocRow:
    return doc_row(AREA, i, name, doc_type, year, start, end)


PLAN = _doc(1, "plan.txt", "plan_outline", None, 2021, 2025)
REPORT_2022 = _doc(2, "report2022.txt", "work_report", 2022)
REPORT_2023 = _doc(3, "report2023.txt", "work_report", 2023)


def _fact(kind, measure, value, unit, year, period_start=None, iid="gdp", comparator="eq"):
    return Fact(
        doc="x",
        start=0,
        end=1,
        quote_start=0,
        quote_end=1,
        indicator="地区生产总值",
        kind=Kind(kind),
        measure=Measure(measure),
        value=value,
        unit=unit,
        year=year,
        period_start=period_start,
        comparator=Comparator(comparator),
        indicator_id=iid,
        canonical_value=value,
        canonical_unit=unit,
    )


def _ledger(*items: tuple[DocRow, Fact]) -> Ledger:
    facts = tuple(LedgerFact(i, d, f) for i, (d, f) in enumerate(items, 1))
    return Ledger(AREA, {d.id: d for d, _ in items}, facts, text_of=lambda _i: "年均增长6%")


def test_growth_target_uses_reported_rates_not_nominal_levels():
    # Nominal GDP 374.76 -> 458.51 over 2020-2022 would be 10.61% a year; the reported
    # real rates 2021 8.3%, 2022 3.0% give 5.6168%: within the half-point band of 6%左右
    # -> 基本符合预期 (on the nominal ratio it would read 快于预期).
    ledger = _ledger(
        (PLAN, _fact("target", "growth", 6.0, "%", 2025, 2021, comparator="approx")),
        (PLAN, _fact("actual", "level", 374.76, "亿元", 2020)),
        (REPORT_2022, _fact("actual", "growth", 8.3, "%", 2021)),
        (REPORT_2023, _fact("actual", "level", 458.51, "亿元", 2022)),
        (REPORT_2023, _fact("actual", "growth", 3.0, "%", 2022)),
    )
    (row,) = evaluate_ledger(ledger, PLAN, as_of=2022).rows
    assert row.status == Status.ON_TRACK
    assert row.realised_growth == pytest.approx(5.616760, abs=1e-5)
    assert row.basis == "reported yearly growth rates"


def test_growth_target_falls_back_to_nominal_levels_and_says_so():
    # No rate reported: (458.51/374.76)^(1/2) - 1 = 1.223476^(1/2) - 1 = 10.6109%
    # -> 4.6 points above 6%: 快于预期, on the basis of nominal levels.
    ledger = _ledger(
        (PLAN, _fact("target", "growth", 6.0, "%", 2025, 2021)),
        (PLAN, _fact("actual", "level", 374.76, "亿元", 2020)),
        (REPORT_2023, _fact("actual", "level", 458.51, "亿元", 2022)),
    )
    (row,) = evaluate_ledger(ledger, PLAN, as_of=2022).rows
    assert row.status == Status.AHEAD
    assert row.realised_growth == pytest.approx(10.610866, abs=1e-5)
    assert row.basis.startswith("nominal levels")
    assert "按名义总量折算" in row.explanation


def test_conflicting_actuals_prefer_the_later_document_and_list_both():
    # 2022 growth: 预计 3.5% in the 2022 report, final 3.0% in the 2023 report.
    ledger = _ledger(
        (PLAN, _fact("target", "growth", 6.0, "%", 2025, 2021)),
        (REPORT_2022, _fact("actual", "growth", 3.5, "%", 2022)),
        (REPORT_2023, _fact("actual", "growth", 3.0, "%", 2022)),
    )
    (row,) = evaluate_ledger(ledger, PLAN, as_of=2022).rows
    assert row.realised_growth == pytest.approx(3.0)
    roles = {(s.doc, s.role) for s in row.sources}
    assert ("report2023.txt", "actual") in roles and ("report2022.txt", "conflict") in roles
    assert any("数值不一致" in n for n in row.notes)


def test_only_base_year_data_is_no_data():
    ledger = _ledger(
        (PLAN, _fact("target", "level", 65.0, "%", 2025, iid="urbanisation_rate_resident")),
        (PLAN, _fact("actual", "level", 63.02, "%", 2020, iid="urbanisation_rate_resident")),
        (REPORT_2023, _fact("actual", "growth", 3.0, "%", 2022)),
    )
    (row,) = evaluate_ledger(ledger, PLAN, as_of=2022).rows
    assert row.status == Status.NO_DATA
    assert "仅有基期" in row.explanation
    assert row.base_value == pytest.approx(63.02)


def test_a_target_below_its_base_is_a_floor():
    # 森林覆盖率 52.43 (2020) -> 49 (2025, 约束性): a floor to hold; 2022 at 52.0 holds it:
    # at mid-term that is 基本符合预期 (a line held is never "achieved early").
    iid = "forest_coverage"
    ledger = _ledger(
        (PLAN, _fact("target", "level", 49.0, "%", 2025, iid=iid)),
        (PLAN, _fact("actual", "level", 52.43, "%", 2020, iid=iid)),
        (REPORT_2023, _fact("actual", "level", 52.0, "%", 2022, iid=iid)),
    )
    (row,) = evaluate_ledger(ledger, PLAN, as_of=2022).rows
    assert row.kind == "bound"
    assert row.status == Status.ON_TRACK


def test_a_plan_target_for_a_flow_indicator_is_a_total_over_the_period():
    # 增加义务教育公办学位8700个 (十四五): the years' new places add up; the 十三五 total
    # (11000 in 2020) is no base to interpolate from.
    iid = "new_compulsory_school_places"
    ledger = _ledger(
        (PLAN, _fact("target", "level", 8700, "个", 2025, iid=iid)),
        (PLAN, _fact("actual", "level", 11000, "个", 2020, iid=iid, comparator="ge")),
        (REPORT_2022, _fact("actual", "level", 2000, "个", 2021, iid=iid)),
        (REPORT_2023, _fact("actual", "level", 1500, "个", 2022, iid=iid)),
    )
    (row,) = evaluate_ledger(ledger, PLAN, as_of=2022).rows
    assert row.kind == "cumulative"
    # 3500 of 8700 (40.2%) after 2 of 5 years (40%): on pace
    assert row.actual_progress == pytest.approx(3500 / 8700, abs=1e-4)
    assert row.status == Status.ON_TRACK
