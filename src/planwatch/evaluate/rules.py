"""The arithmetic of each status rule, on plain numbers.

Conventions: growth rates are percentages as documents print them (6.0 = 6%);
progress is a fraction (0.4 = 40% of the way from base to target); ``direction``
is the catalog's "higher" / "lower" (None: treat as higher — the target says
which way to go). Each rule returns a :class:`~planwatch.evaluate.model.Judgement`
whose ``explanation`` is one Chinese sentence a planning bureau would write.

Rules follow DESIGN.md "Evaluation semantics":

* :func:`average_growth` — 年均增长 g from base year B to target year T, judged on
  the geometric mean of the reported yearly rates; growth needed in the remaining
  years ``((1+g)^(T-B) / Π(1+r_i))^(1/(T-y)) - 1``.
* :func:`level_progress` — a level target with a base value: expected value
  interpolated (geometric for money/output, linear for rates and shares),
  progress ``(actual-base)/(target-base)`` against time elapsed ``(y-B)/(T-B)``.
* :func:`change_progress` — a cumulative [change] target: progress against the change.
* :func:`cumulative_sum` — a period total (十四五时期新增就业1.5万人): yearly amounts summed,
  judged on their pace.
* :func:`bound` — ceilings (le) and floors (ge): met or missed now.
* :func:`one_year` — a one-year target against that year's result: met / missed, by how much.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from planwatch.evaluate.model import Judgement, Status

DEFAULT_TOLERANCE_PP = 0.1  # percentage points a growth rate may fall short and still count
DEFAULT_PROGRESS_TOLERANCE = 0.02  # share of the way to target a level may lag and still count
# The bands of the official labels (DESIGN.md "Evaluation semantics", README "What on
# track means"). A growth rate within the lower band of its target is 基本符合预期; one
# above the target by the upper margin is 快于预期. 左右 makes the target a range, so
# both widen (5左右 reads as 4.5-5.5); 以上 and an exact figure keep the rounding band.
APPROX_BAND_PP = 0.5  # 左右: half a point either side of a growth target
AHEAD_PP = 0.5  # growth above the target (or above a 左右 range) by this is 快于预期
# The same for progress (share of the way from base to target) against time elapsed.
APPROX_PROGRESS_BAND = 0.10  # 左右: ten points of the way either side of the time path
AHEAD_PROGRESS = 0.10  # progress ahead of the time path by this is 快于预期
APPROX_REACHED = 0.01  # 左右: within 1% of the target value counts as reached
# Units whose quantities grow multiplicatively (money, output, volumes): interpolate
# geometrically. Rates, shares, per-capita counts of facilities: linearly.
GEOMETRIC_UNITS = frozenset(
    {
        "亿元",
        "万元",
        "元",
        "万亿元",
        "亿美元",
        "万美元",
        "美元",
        "万吨",
        "吨",
        "亿千瓦时",
        "万千瓦时",
        "万吨标准煤",
        "万人次",
        "亿人次",
        "万标箱",
        "万辆",
        "亿立方米",
    }
)


def sign(direction: str | None) -> int:
    """+1 when higher is better (or unknown), -1 when lower is better."""
    return -1 if direction == "lower" else 1


def fmt_pct(x: float | None, digits: int = 2) -> str:
    """6.0 -> '6%', 7.0946 -> '7.09%' (percent numbers, trailing zeros dropped)."""
    if x is None:
        return "—"
    s = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return f"{s}%"


def fmt_num(x: float | None, unit: str | None = None) -> str:
    if x is None:
        return "—"
    s = f"{x:,.4f}".rstrip("0").rstrip(".") if abs(x) < 1e6 else f"{x:,.0f}"
    return f"{s}{unit or ''}"


def growth_band(comparator: str, tolerance_pp: float) -> tuple[float, float]:
    """(lower band, upper margin) in percentage points for a growth target."""
    if comparator == "approx":
        band = max(tolerance_pp, APPROX_BAND_PP)
        return band, band + AHEAD_PP
    return tolerance_pp, AHEAD_PP


def progress_band(comparator: str, tolerance: float) -> tuple[float, float]:
    """(lower band, upper margin) as shares of the way from base to target."""
    if comparator == "approx":
        band = max(tolerance, APPROX_PROGRESS_BAND)
        return band, band + AHEAD_PROGRESS
    return tolerance, AHEAD_PROGRESS


def pace_status(gap: float, band: float, ahead: float) -> Status:
    """滞后 below the band, 快于预期 above the margin, else 基本符合预期.

    ``gap`` is how far the realised figure stands above what time elapsed asks
    for (growth in points, or progress in shares of the way).
    """
    if gap < -band - 1e-12:
        return Status.BEHIND
    if gap >= ahead - 1e-12:
        return Status.AHEAD
    return Status.ON_TRACK


def geometric_mean_growth(rates: list[float]) -> float:
    """Average yearly growth (%) over yearly rates (%): (Π(1+r_i))^(1/n) - 1."""
    if not rates:
        raise ValueError("no rates")
    prod = math.prod(1 + r / 100 for r in rates)
    if prod <= 0:
        raise ValueError("a fall of 100% or more has no geometric mean")
    return (prod ** (1 / len(rates)) - 1) * 100


def needed_growth(
    target_pct: float, total_years: int, factor_so_far: float, remaining: int
) -> float:
    """Yearly growth (%) needed in ``remaining`` years to reach (1+g)^total from ``factor_so_far``.

    ``factor_so_far`` is Π(1+r_i) over the years already reported.
    """
    if remaining <= 0:
        raise ValueError("no remaining years")
    goal = (1 + target_pct / 100) ** total_years
    return ((goal / factor_so_far) ** (1 / remaining) - 1) * 100


def average_growth(
    target_pct: float,
    base_year: int,
    target_year: int,
    yearly: Mapping[int, float],
    as_of: int,
    *,
    direction: str | None = "higher",
    tolerance_pp: float = DEFAULT_TOLERANCE_PP,
    basis: str = "reported real growth rates",
    comparator: str = "eq",
) -> Judgement:
    """An average annual growth target g over (B, T], judged on yearly rates up to ``as_of``.

    Years after B without a reported rate are left out of the realised mean and,
    for the growth needed, assumed to have grown at g (said in the explanation).
    With ``direction="lower"`` (a rate of decline aimed at, e.g. energy use) the
    comparison flips: the realised rate must be at or below g.
    """
    span = target_year - base_year
    last = min(as_of, target_year)
    years = list(range(base_year + 1, last + 1))
    reported = {y: yearly[y] for y in years if y in yearly}
    missing = [y for y in years if y not in yearly]
    if not reported:
        return Judgement(
            Status.NO_DATA,
            basis=basis,
            explanation=f"{base_year + 1}年以来无增速数据，无法判断",
        )
    rates = [reported[y] for y in sorted(reported)]
    realised = geometric_mean_growth(rates)
    factor = math.prod(1 + r / 100 for r in rates) * (1 + target_pct / 100) ** len(missing)
    elapsed = last - base_year
    s = sign(direction)
    band, ahead = growth_band(comparator, tolerance_pp)
    gap = s * (realised - target_pct)
    ok = gap >= -band
    # Cumulative factor reached the whole period's goal before the end?
    reached = s * (math.log(factor) - span * math.log1p(target_pct / 100)) >= 0 and not missing
    needed = None
    remaining = target_year - last
    if remaining > 0:
        needed = needed_growth(target_pct, span, factor, remaining)
    miss_note = f"（{'、'.join(str(y) for y in missing)}年无数据，按目标增速计）" if missing else ""
    yrs = "、".join(f"{y}年{fmt_pct(reported[y])}" for y in sorted(reported))
    if last >= target_year:
        status = Status.MET if ok else Status.MISSED
        verb = "完成" if ok else "未完成"
        text = f"期内年均增长{fmt_pct(realised)}（{yrs}），{verb}年均{fmt_pct(target_pct)}的目标"
    elif reached and remaining > 0 and s * target_pct > 0:
        status = Status.ACHIEVED_EARLY
        text = f"累计增长已达到全期目标，年均{fmt_pct(realised)}（{yrs}）"
    else:
        status = pace_status(gap, band, ahead)
        cmp = "不低于" if ok else "低于"
        if s < 0:
            cmp = "不高于" if ok else "高于"
        text = (
            f"已实现年均增长{fmt_pct(realised)}（{yrs}），{cmp}年均{fmt_pct(target_pct)}的目标"
            f"{miss_note}；{last + 1}-{target_year}年需年均增长{fmt_pct(needed)}"
        )
    return Judgement(
        status,
        expected_progress=elapsed / span if span else None,
        actual_progress=None,
        realised_growth=realised,
        needed_growth=needed,
        basis=basis,
        explanation=text,
        projected=realised,
        projected_meets=ok,
    )


def interpolate(base: float, target: float, frac: float, *, geometric: bool) -> float:
    """The value a trajectory base→target should have reached after ``frac`` of the period."""
    if geometric and base > 0 and target > 0:
        return base * (target / base) ** frac
    return base + (target - base) * frac


def level_progress(
    base: float,
    base_year: int,
    target: float,
    target_year: int,
    actual: float,
    actual_year: int,
    *,
    geometric: bool,
    direction: str | None = "higher",
    tolerance: float = DEFAULT_PROGRESS_TOLERANCE,
    comparator: str = "eq",
) -> Judgement:
    """A level target reached from a base: progress against time elapsed.

    Expected progress is the share of the way an interpolated trajectory has
    covered by ``actual_year`` (geometric trajectories cover less early on);
    actual progress is ``(actual-base)/(target-base)``. Reaching the target before
    ``target_year`` is 提前实现.
    """
    span = target_year - base_year
    frac = min(max((actual_year - base_year) / span, 0.0), 1.0) if span > 0 else 1.0
    expected_value = interpolate(base, target, frac, geometric=geometric)
    if target == base:
        expected_progress, actual_progress = frac, (1.0 if actual == target else 0.0)
    else:
        expected_progress = (expected_value - base) / (target - base)
        actual_progress = (actual - base) / (target - base)
    # Which way the target points: the sign of (target - base); the catalog direction
    # only breaks the tie of a target equal to its base (hold the level).
    s = 1 if target > base else -1 if target < base else sign(direction)
    slack = abs(target) * APPROX_REACHED if comparator == "approx" else 0.0
    reached = s * (actual - target) >= -slack
    band, ahead = progress_band(comparator, tolerance)
    projected = project_level(base, actual, actual_year - base_year, span, geometric=geometric)
    basis = "geometric trajectory" if geometric else "linear trajectory"
    prog = f"完成进度{actual_progress:.0%}（时间进度对应{expected_progress:.0%}）"
    if actual_year >= target_year:
        status = Status.MET if reached else Status.MISSED
        verb = "达到" if reached else "未达到"
        text = f"{actual_year}年为{fmt_num(actual)}，{verb}目标{fmt_num(target)}"
    elif reached:
        status = Status.ACHIEVED_EARLY
        text = f"{actual_year}年已达{fmt_num(actual)}，提前实现{target_year}年目标{fmt_num(target)}"
    else:
        status = pace_status(actual_progress - expected_progress, band, ahead)
        ok = status != Status.BEHIND
        text = (
            f"{actual_year}年为{fmt_num(actual)}，{prog}，"
            f"{'符合或快于' if ok else '慢于'}预期（预期应达{fmt_num(expected_value)}）"
        )
    return Judgement(
        status,
        expected_progress=expected_progress,
        actual_progress=actual_progress,
        expected_value=expected_value,
        gap=actual - target,
        basis=basis,
        explanation=text,
        projected=projected,
        projected_meets=None if projected is None else s * (projected - target) >= -slack,
    )


def project_level(
    base: float, actual: float, elapsed: int, span: int, *, geometric: bool
) -> float | None:
    """The value in the target year if the pace base→actual over ``elapsed`` years goes on."""
    if elapsed <= 0 or span <= 0:
        return None
    if geometric and base > 0 and actual > 0:
        return base * (actual / base) ** (span / elapsed)
    return base + (actual - base) * span / elapsed


def change_progress(
    change: float,
    base: float,
    base_year: int,
    target_year: int,
    actual: float,
    actual_year: int,
    *,
    tolerance: float = DEFAULT_PROGRESS_TOLERANCE,
    comparator: str = "eq",
) -> Judgement:
    """A cumulative change target (提高2个百分点, [1.98]): realised change against the change."""
    j = level_progress(
        base,
        base_year,
        base + change,
        target_year,
        actual,
        actual_year,
        geometric=False,
        tolerance=tolerance,
        comparator=comparator,
    )
    realised = actual - base
    text = f"{base_year}年以来变化{fmt_num(realised)}，目标变化{fmt_num(change)}；" + j.explanation
    return Judgement(
        j.status,
        expected_progress=j.expected_progress,
        actual_progress=j.actual_progress,
        expected_value=j.expected_value,
        gap=realised - change,
        basis="change against base",
        explanation=text,
        projected=None if j.projected is None else j.projected - base,
        projected_meets=j.projected_meets,
    )


def cumulative_sum(
    target: float,
    first_year: int,
    target_year: int,
    amounts: Mapping[int, float],
    as_of: int,
    *,
    tolerance: float = DEFAULT_PROGRESS_TOLERANCE,
    comparator: str = "eq",
) -> Judgement:
    """A total over a period (十四五时期累计新增就业1.5万人) from yearly amounts.

    Judged on pace: the reported years' average against target / period length,
    so a missing year neither counts as zero nor blocks the judgement.
    """
    n_total = target_year - first_year + 1
    last = min(as_of, target_year)
    years = [y for y in range(first_year, last + 1) if y in amounts]
    if not years:
        return Judgement(
            Status.NO_DATA,
            basis="sum of yearly amounts",
            explanation=f"{first_year}年以来无逐年数据，无法判断",
        )
    done = sum(amounts[y] for y in years)
    actual_progress = done / target if target else None
    expected_progress = len(years) / n_total
    missing = [y for y in range(first_year, last + 1) if y not in amounts]
    note = f"（{'、'.join(str(y) for y in missing)}年无数据）" if missing else ""
    if done >= target:
        status = Status.MET if last >= target_year else Status.ACHIEVED_EARLY
    elif last >= target_year and not missing:
        status = Status.MISSED
    elif actual_progress is None:
        status = Status.NO_DATA
    else:
        band, ahead = progress_band(comparator, tolerance)
        status = pace_status(actual_progress - expected_progress, band, ahead)
    projected = done / len(years) * n_total
    text = (
        f"{years[0]}-{years[-1]}年累计{fmt_num(done)}{note}，完成目标{fmt_num(target)}的"
        f"{actual_progress:.0%}，已报告年份对应时间进度{expected_progress:.0%}"
    )
    return Judgement(
        status,
        expected_progress=expected_progress,
        actual_progress=actual_progress,
        gap=done - target,
        basis="sum of yearly amounts",
        explanation=text,
        projected=projected,
        projected_meets=projected >= target * (1 - tolerance),
    )


def bound(
    limit: float,
    comparator: str,
    actual: float,
    actual_year: int,
    *,
    tolerance: float = 0.0,
    final: bool = True,
    hold: bool = False,
) -> Judgement:
    """A ceiling (``le``: 控制在…以内) or floor (``ge``: 不低于) on the latest actual.

    ``final`` (the target year reached, or a one-year target): 完成 / 未完成. At
    mid-term a breach is 滞后 (there is time to recover); a ceiling that holds, or a
    floor to hold (``hold``: a target at or below its base), is 基本符合预期; a floor
    still to reach that is reached is 提前实现.
    """
    if comparator == "le":
        ok = actual <= limit + tolerance
        words = ("控制在", "以内") if ok else ("超出上限", "")
    else:
        ok = actual >= limit - tolerance
        words = ("不低于", "") if ok else ("低于下限", "")
    text = f"{actual_year}年为{fmt_num(actual)}，{words[0]}{fmt_num(limit)}{words[1]}"
    if final:
        status = Status.MET if ok else Status.MISSED
    elif not ok:
        status = Status.BEHIND
    else:
        status = Status.ON_TRACK if comparator == "le" or hold else Status.ACHIEVED_EARLY
    return Judgement(status, gap=actual - limit, basis="bound on latest actual", explanation=text)


def one_year(
    target: float,
    comparator: str,
    actual: float | None,
    year: int,
    *,
    direction: str | None = "higher",
    tolerance: float = DEFAULT_TOLERANCE_PP,
    percent: bool = True,
) -> Judgement:
    """A one-year target against that year's result: met / missed and by how much.

    ``le`` is a ceiling whatever the direction; otherwise the catalog direction says
    whether the result must reach the target from below (higher) or above (lower).
    ``approx`` (左右) and ``eq`` both count as met within ``tolerance``.
    """
    if actual is None:
        return Judgement(
            Status.NO_DATA, basis="one-year result", explanation=f"{year}年结果尚未公布"
        )
    gap = actual - target
    if comparator == "approx" and percent:
        tolerance = max(tolerance, APPROX_BAND_PP)
    if comparator == "le":
        ok = gap <= tolerance
    else:
        ok = sign(direction) * gap >= -tolerance
    unit = "个百分点" if percent else ""
    diff = f"{'高' if gap >= 0 else '低'}{fmt_num(abs(gap))}{unit}"
    shown = fmt_pct(actual) if percent else fmt_num(actual)
    aim = fmt_pct(target) if percent else fmt_num(target)
    text = f"{year}年实际{shown}，目标{aim}，{diff}，{'完成' if ok else '未完成'}"
    return Judgement(
        Status.MET if ok else Status.MISSED, gap=gap, basis="one-year result", explanation=text
    )


def units_compatible(a: str | None, b: str | None) -> bool:
    """Whether two printed units can be divided one by the other (same unit or unknown)."""
    return a == b or a is None or b is None
