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
* anything else, or no comparable years: 定性目标, shown with the indicator's actuals —
  unless a results document says in words that the task is done (…改造任务完成): then
  提前实现 before the target year, 完成 at it (:func:`stated_done`).

Where the words come from: a plan table's text cell is no fact, so
:mod:`plan_words` reads them from the plan's stored tables into
:class:`QualitativeTarget` records, which the ledger carries
(``Ledger.qualitative``). Words in prose (保持在合理区间 in a sentence) are not read yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from planwatch.core.data import Binding, DocType, Fact, Kind, Measure
from planwatch.core.normalise import fold
from planwatch.evaluate.ledger import Chosen, Ledger
from planwatch.evaluate.model import Judgement, Status
from planwatch.evaluate.rules import AHEAD_PP, APPROX_BAND_PP, fmt_pct, geometric_mean_growth
from planwatch.evaluate.words import related_indicator, says, words
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
    own = {y: mine[y] for y in mine if first <= y <= last}
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


# Genres that state goals, not results: their 完成 is an aim.
_GOAL_GENRES = frozenset(
    {
        DocType.FIVE_YEAR_PLAN.value,
        DocType.PLAN_TABLE.value,
        DocType.PLAN_REVISION.value,
        DocType.SECTOR_PLAN.value,
    }
)
# The shortest run of the indicator's name a clause must repeat to speak of it (中心城区,
# 老旧小区): two words, so one shared word (改造, 比例) never decides.
MIN_NAME_RUN = 4
_CLAUSE_END = "，,。；;！!？?\n"


@dataclass(frozen=True, slots=True)
class DoneClause:
    """A clause of a results document saying a target's task is done."""

    doc: DocRow
    start: int
    end: int
    text: str
    year: int


def stated_done(ledger: Ledger, q: QualitativeTarget, first: int, as_of: int) -> DoneClause | None:
    """The latest clause of a results document issued from ``first`` to the year after
    ``as_of`` (a communiqué or work report reviews the year before it) that names the
    target's indicator (a run of :data:`MIN_NAME_RUN` characters of its name, on the
    folded view) and says the task is done, not aimed at."""
    name = fold(q.indicator)
    found = None
    read = [(d, year) for d, year in _results_documents(ledger) if first <= year <= as_of + 1]
    ledger.read_texts(d.id for d, _ in read)  # one query for the documents, not one each
    for d, year in read:
        text = ledger.text_of(d.id)
        if "完成" not in text and "完工" not in text:
            continue  # the same characters in both scripts: most documents stop here
        for start, end in _done_clauses(_folded(text), name):
            if found is None or year > found.year:
                found = DoneClause(d, start, end, text[start:end], year)
    return found


def _results_documents(ledger: Ledger) -> list[tuple[DocRow, int]]:
    """The ledger's documents that state results (no goal genre) with the year they were
    issued, in the ledger's order."""
    out = []
    for d in ledger.docs.values():
        year = d.year or _year_of(d.published)
        if d.doc_type not in _GOAL_GENRES and year is not None:
            out.append((d, year))
    return out


def judge_done(
    ledger: Ledger, q: QualitativeTarget, words_: str, base_year: int | None, as_of: int | None
) -> tuple[Judgement, DoneClause] | None:
    """A target in words that a results document says is done: 提前实现 before its
    year, 完成 at it; None when no document says so."""
    if base_year is None or as_of is None or q.year is None:
        return None
    done = stated_done(ledger, q, base_year + 1, as_of)
    if done is None:
        return None
    status = Status.ACHIEVED_EARLY if as_of < q.year else Status.MET
    text = f"定性目标：{words_}；{done.doc.name}称“{done.text}”"
    return Judgement(status, basis="completion stated in words", explanation=text), done


def _done_clauses(view: str, name: str) -> list[tuple[int, int]]:
    out = []
    for word in words("done"):
        at = view.find(word)
        while at >= 0:
            start = max(view.rfind(c, 0, at) for c in _CLAUSE_END) + 1
            ends = [e for e in (view.find(c, at) for c in _CLAUSE_END) if e >= 0]
            end = min(ends) if ends else len(view)
            clause = view[start:end]
            if not says(clause, "not_done") and _longest_run(name, clause) >= MIN_NAME_RUN:
                out.append((start, end))
            at = view.find(word, at + 1)
    return out


@lru_cache(maxsize=32)
def _folded(text: str) -> str:
    """The folded view, once per document for all the rows of an evaluation."""
    return fold(text)


def _longest_run(a: str, b: str) -> int:
    """The length of the longest common substring of ``a`` and ``b``."""
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def _year_of(date: str | None) -> int | None:
    head = str(date or "")[:4]
    return int(head) if head.isdigit() else None
