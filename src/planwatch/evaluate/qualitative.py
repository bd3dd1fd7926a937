"""Qualitative and relative targets: rows, judged against the related indicator if possible.

A plan table says 与经济增长基本同步 for income growth, 高于GDP增长 for productivity,
保持在合理区间, 确保完成国家下达任务. Such a target has no figure of its own, so it is
a :class:`QualitativeTarget` (the words, where they stand, the indicator) rather
than a fact. :func:`judge_qualitative` turns it into a row:

* **in step** (同步): the indicator's growth against the related indicator's (经济增长
  → GDP) over the years both report: within half a point below it (the 左右 band)
  or faster is 基本符合预期 / 快于预期 (快于经济增长 is how officials praise it); further
  below is 滞后;
* **above** (高于, 快于): faster than the related indicator's growth, else 滞后;
* anything else, or no comparable years: 定性目标, shown with the indicator's actuals.

Where the words come from: a plan table's text cell is no fact, so
:mod:`plan_words` reads them from the plan's stored tables into
:class:`QualitativeTarget` records, which the ledger carries
(``Ledger.qualitative``). Words in prose (保持在合理区间 in a sentence) are not read yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from planwatch.core.data import Binding, Fact, Kind, Measure
from planwatch.evaluate.ledger import Chosen, Ledger
from planwatch.evaluate.model import Judgement, Status
from planwatch.evaluate.rules import AHEAD_PP, APPROX_BAND_PP, fmt_pct, geometric_mean_growth
from planwatch.evaluate.words import related_indicator, says
from planwatch.store.repo import DocRow


@dataclass(frozen=True, slots=True)
class QualitativeTarget:
    """A target stated in words: the words' span, the indicator and the period."""

    doc: DocRow
    start: int  # the words (与经济增长基本同步) in the stored text
    end: int
    quote_start: int  # the table row or clause
    quote_end: int
    indicator: str
    indicator_id: str | None
    year: int | None  # the target year (2025)
    period_start: int | None = None
    binding: Binding | None = None
    measure: Measure = Measure.GROWTH  # what the words speak of (income growth)

    def as_fact(self, text: str) -> Fact:
        """A fact-shaped record for the row (value 0: it has none; ``qualitative`` says so)."""
        return Fact(
            doc=self.doc.name,
            start=self.start,
            end=self.end,
            quote_start=self.quote_start,
            quote_end=self.quote_end,
            indicator=self.indicator,
            kind=Kind.TARGET,
            measure=self.measure,
            value=0.0,
            unit=None,
            year=self.year,
            period_start=self.period_start,
            binding=self.binding,
            indicator_id=self.indicator_id,
        )


def relation(words: str) -> tuple[str, str | None]:
    """("in_step" | "above" | "qualitative", the related catalog id)."""
    related = related_indicator(words)
    if related and says(words, "in_step"):
        return "in_step", related
    if related and says(words, "above"):
        return "above", related
    return "qualitative", None


def judge_qualitative(
    ledger: Ledger, q: QualitativeTarget, words: str, base_year: int | None, as_of: int | None
) -> tuple[Judgement, list[Chosen], str]:
    """The judgement, the figures it used (subject then related), and the rule name."""
    kind, related = relation(words)
    iid = q.indicator_id or ""
    mine = ledger.yearly(iid, q.measure.value) if iid else {}
    first = (base_year or 0) + 1
    last = min(as_of or 0, q.year or 0)
    own = {y: c for y, c in mine.items() if first <= y <= last}
    shown = f"定性目标：{words}"
    if kind == "qualitative" or related is None:
        return (
            Judgement(Status.NO_DATA, basis="qualitative", explanation=shown),
            list(own.values()),
            "qualitative",
        )
    other = ledger.yearly(related, Measure.GROWTH.value)
    years = sorted(y for y in own if y in other)
    if not years:
        why = f"{shown}；暂无可比较的增速"
        return (
            Judgement(Status.NO_DATA, basis="relative", explanation=why),
            list(own.values()),
            kind,
        )
    a = geometric_mean_growth([own[y].fact.value for y in years])
    b = geometric_mean_growth([other[y].fact.value for y in years])
    gap = a - b
    if kind == "in_step":
        status = (
            Status.BEHIND
            if gap < -APPROX_BAND_PP
            else Status.AHEAD
            if gap >= AHEAD_PP
            else Status.ON_TRACK
        )
    else:
        status = Status.ON_TRACK if gap > 0 else Status.BEHIND
    span = f"{years[0]}-{years[-1]}年年均" if len(years) > 1 else f"{years[0]}年"
    text = (
        f"{shown}；{span}增长{fmt_pct(a)}，对照指标增长{fmt_pct(b)}，"
        f"{'快于' if gap > 0 else '慢于' if gap < 0 else '等于'}{fmt_pct(abs(gap))[:-1]}个百分点"
    )
    used = [own[y] for y in years] + [other[y] for y in years]
    j = Judgement(status, realised_growth=a, gap=gap, basis="relative", explanation=text)
    return j, used, kind
