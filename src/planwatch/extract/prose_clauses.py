"""The clauses of a sentence the prose reader reads: where they start, the bracketed
asides inside it, and what a clause says of all its figures, each found once per sentence
or clause however many figures it holds (:mod:`.prose_reader` asks per figure)."""

from __future__ import annotations

import re

from planwatch.core.data import Binding
from planwatch.core.normalise import BLANK
from planwatch.core.numerals import is_group_comma
from planwatch.extract.prose_names import CLAUSE_DELIMS, SentenceState
from planwatch.extract.prose_values import is_ratio_colon

# A short bracket inside a sentence (its commas do not end a clause).
# A bracket of a note up to 40 characters, its commas inside (（2016年地区生产总值经国家统计局统一
# 核实，修订为981.52亿元）, a communiqué's revision); a longer one is a clause of its own.
_BRACKET_RE = re.compile(r"[(（][^()（）\n]{0,40}[)）]")
_CLAUSE_DELIM_RE = re.compile(f"[{re.escape(CLAUSE_DELIMS)}]")
_BINDING_RE = re.compile(r"约束性|预期性")


def clauses_of(view: str, s: int, e: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The brackets of the sentence ``view[s:e]`` and the starts of its clauses."""
    # A comma inside a bracket, (2016-2020 年,下同), does not end a clause.
    brackets = [(m.start(), m.end()) for m in _BRACKET_RE.finditer(view, s, e)]
    delims = [m.start() for m in _CLAUSE_DELIM_RE.finditer(view, s, e)]
    if brackets:  # (most sentences have none: no bracket test per delimiter)
        delims = [i for i in delims if not any(a <= i < b for a, b in brackets)]
    # (Nor does a comma inside a figure, 7,070: core.numerals.is_group_comma.)
    return brackets, [s] + [
        i + 1 for i in delims if not is_ratio_colon(view, i) and not is_group_comma(view, i)
    ]


def left_in_clause(clauses: list[tuple[int, int]]) -> list[int]:
    """For each value's clause (values in text order, so a clause's values are adjacent),
    how many values of that clause are left from it on, itself included: one pass from the
    end, not a count per value."""
    left = [1] * len(clauses)
    for i in range(len(clauses) - 2, -1, -1):
        if clauses[i] == clauses[i + 1]:
            left[i] = left[i + 1] + 1
    return left


class ClauseBindings:
    """Whether a clause calls its figures binding (约束性) or expected (预期性), read once
    per clause of a sentence."""

    def __init__(self, view: str) -> None:
        self.view = view
        self._known: dict[int, Binding | None] = {}

    def of(self, cs: int, ce: int) -> Binding | None:
        """The binding the clause ``[cs, ce)`` names, None when it names none."""
        if cs in self._known:
            return self._known[cs]
        bm = _BINDING_RE.search(self.view, cs, ce)
        found = None
        if bm is not None:
            found = Binding.BINDING if bm.group() == "约束性" else Binding.EXPECTED
        self._known[cs] = found
        return found


class Aside:
    """A bracketed aside holding figures of its own (按土地总面积1250平方公里计算): they are
    named inside it, and the figure after it goes on from the one before it, as if the
    aside were not there (覆盖率达21.3%(…)，同比提高了0.62个百分点 is the rate's change)."""

    _KEPT = ("prev_name", "prev_quote_start", "prev_measure", "prev_sign", "prev_unit")

    def __init__(self, view: str, brackets: list[tuple[int, int]]) -> None:
        self.view, self.brackets = view, brackets
        self.inside: tuple[int, int] | None = None
        self.saved: tuple = ()

    def enter(self, pos: int, st: SentenceState) -> int:
        """Move to the value at ``pos``; the earliest start of its words (-1: no limit)."""
        here = next(((a, b) for a, b in self.brackets if a < pos < b), None)
        if here is not None and here != self.inside:
            if self.inside is None:
                self.saved = tuple(getattr(st, k) for k in self._KEPT)
            self.inside = here
        elif here is None and self.inside is not None:
            for k, val in zip(self._KEPT, self.saved, strict=True):
                setattr(st, k, val)
            self.inside = None
        if here is None or not self.view[here[0] + 1 : pos].strip():
            return -1  # (no words before it in the aside: it restates the figure, 240公顷(3600亩))
        return here[0] + 1


def figure_asides(brackets: list[tuple[int, int]], starts: list[int]) -> list[tuple[int, int]]:
    """The sentence's brackets that hold a figure of their own (居民人均可支配收入年均增长6%左右
    （2025年预计为28600元），常住人口城镇化率…提高到62%以上): the time words and cues inside such an
    aside date and qualify its own figures only, not the figures after it."""
    if not brackets:
        return []
    return [(a, b) for a, b in brackets if any(a < p < b for p in starts)]


def shut_asides(asides: list[tuple[int, int]], pos: int) -> list[tuple[int, int]]:
    """The figure asides closed before ``pos``."""
    return [(a, b) for a, b in asides if b <= pos]


def without_asides(view: str, shut: list[tuple[int, int]]) -> str:
    """``view`` with the insides of the asides ``shut`` blanked (same length, so offsets
    hold): the words a figure after them is read with."""
    if not shut:
        return view
    parts: list[str] = []
    last = 0
    for a, b in shut:
        parts += [view[last : a + 1], BLANK * (b - a - 2)]
        last = b - 1
    parts.append(view[last:])
    return "".join(parts)
