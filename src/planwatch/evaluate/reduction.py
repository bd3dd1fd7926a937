"""Reductions (单位GDP能耗降低, 下降): one sign convention from the text to the rule.

Documents state a fall three ways: a table's ``[14]`` under a name that says 降低
(stored +14, measure change), prose 累计降低14% or 下降2.1% (stored −14, −2.1, as
the fact schema stores declines) and 降低17.6 under a reduction name (stored +17.6).
For an indicator the catalog flags ``reduction`` they all mean the same thing: the
*size of the fall*. :func:`fall_size` reads every figure that way (positive = fell;
a clause saying the figure rose makes it negative), and :func:`reduction` judges
the falls:

* a cumulative target D (累计降低14%, ``[14]``) against yearly falls dᵢ: the fall
  achieved is ``1 − Π(1 − dᵢ)``; the path the plan implies is the constant yearly
  fall that reaches D, so after k of n years ``1 − (1 − D)^(k/n)`` is due;
* an average yearly target (年均下降3%) is the cumulative ``1 − (1 − g)^n``;
* progress = achieved / D against due / D, with the same bands as level targets.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from planwatch.evaluate.model import Judgement, Status
from planwatch.evaluate.rules import (
    DEFAULT_PROGRESS_TOLERANCE,
    fmt_pct,
    pace_status,
    progress_band,
)
from planwatch.evaluate.words import says


def fall_size(value: float, clause: str) -> float:
    """The size of a fall (percent, positive when the quantity fell) from a stored figure.

    A negative value is a decline stored with its sign (下降2.1% → −2.1). A positive
    one is a fall printed under a name that says 降低 (``[14]``, 降低17.6) unless its
    clause speaks only of a rise.
    """
    if value < 0:
        return -value
    if says(clause, "rose") and not says(clause, "fell"):
        return -value
    return value


def cumulative_fall(falls: list[float]) -> float:
    """Yearly falls (percent) accumulated: 1 − Π(1 − dᵢ), in percent."""
    return (1 - math.prod(1 - d / 100 for d in falls)) * 100


def reduction(
    target: float,
    base_year: int,
    target_year: int,
    falls: Mapping[int, float],
    as_of: int,
    *,
    cumulative: bool,
    comparator: str = "eq",
    tolerance: float = DEFAULT_PROGRESS_TOLERANCE,
) -> Judgement:
    """A reduction target (percent fall over (B, T], or per year) against yearly falls."""
    span = target_year - base_year
    last = min(as_of, target_year)
    reported = {y: falls[y] for y in range(base_year + 1, last + 1) if y in falls}
    if not reported or span <= 0:
        return Judgement(
            Status.NO_DATA,
            basis="yearly falls accumulated",
            explanation=f"{base_year + 1}年以来无降幅数据，无法判断",
        )
    goal = target / 100 if cumulative else 1 - (1 - target / 100) ** span
    done = cumulative_fall(list(reported.values())) / 100
    elapsed = max(reported) - base_year
    due = 1 - (1 - goal) ** (elapsed / span)
    progress, expected = done / goal, due / goal
    n = len(reported)
    avg = (1 - (1 - done) ** (1 / n)) * 100
    projected = (1 - (1 - avg / 100) ** span) * 100
    remaining = target_year - max(reported)
    needed = None
    if remaining > 0 and done < 1:
        needed = (1 - ((1 - goal) / (1 - done)) ** (1 / remaining)) * 100
    missing = [y for y in range(base_year + 1, max(reported) + 1) if y not in reported]
    yrs = "、".join(f"{y}年{fmt_pct(d)}" for y, d in sorted(reported.items()))
    aim = f"累计降低{fmt_pct(goal * 100)}" + ("" if cumulative else f"（年均{fmt_pct(target)}）")
    text = (
        f"{base_year + 1}-{max(reported)}年累计下降{fmt_pct(done * 100)}（{yrs}），"
        f"完成{aim}目标的{progress:.0%}，时间进度对应{expected:.0%}"
    )
    if missing:
        text += f"（{'、'.join(map(str, missing))}年无数据）"
    if last >= target_year and not missing:
        status = Status.MET if done >= goal - 1e-9 else Status.MISSED
    elif done >= goal - 1e-9:
        status = Status.ACHIEVED_EARLY
    else:
        band, ahead = progress_band(comparator, tolerance)
        status = pace_status(progress - expected, band, ahead)
        if needed is not None:
            text += f"；{max(reported) + 1}-{target_year}年需年均下降{fmt_pct(needed)}"
    return Judgement(
        status,
        expected_progress=expected,
        actual_progress=progress,
        realised_growth=avg,
        needed_growth=needed,
        expected_value=due * 100,
        gap=(done - goal) * 100,
        basis="yearly falls accumulated",
        explanation=text,
        projected=projected,
        projected_meets=projected >= goal * 100 - 1e-9,
    )
