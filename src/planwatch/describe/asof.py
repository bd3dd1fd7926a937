"""The as-of year of a review: the year whose results a document reports by default.

A mid-term evaluation or an implementation report is dated by its genre and month
(``DocumentMeta.reviewed_year``): one published from October on (a mid-term
evaluation of unknown month too) reviews its own year. When the document says it
reports as of an earlier year, in a statement opening a clause (截至2022年底，…,
到2022年末，…; a 十四五 mid-term evaluation written in October 2023 counting its
indicators as of the end of 2022), that year dates its undated results instead:
the latest such year within the plan and before the genre's year (without a plan
period, only the year before it). A deadline (2022年底前) is an aim and says nothing.

Measured against the gold (devcorpus dev, composed dev), weaker evidence does not
carry: an evaluation that counts 两年多来 / 两年半 reports cumulative figures as of
its own year, and one whose latest full year named is the year before still gives
its indicator counts (37项指标达到进度要求) as of its own year; so only a statement
moves the year. The time words here are grammar, not phrases of a sample document.
"""

from __future__ import annotations

import dataclasses
import re

from planwatch.core.data import DocType, DocumentMeta, Evidence
from planwatch.core.normalise import fold

# How far into a document its as-of evidence is looked for (evaluations are short;
# a long report has dated itself in its first pages).
_AS_OF_CHARS = 30000
_AS_OF_GENRES = frozenset({DocType.MIDTERM_EVALUATION, DocType.IMPLEMENTATION_REPORT})
_Y = r"((?:19|20)\d{2})"
# 截至2022年底， / 截止到2022年末， / 到2022年底，: a statement opening a clause (its comma)
# dates what follows; one inside a clause (截至2022年底已达到…) dates that figure only,
# and a deadline (2022年底前) is an aim.
_STATEMENT_RE = re.compile(rf"(?:截至|截止到?|到)\s*{_Y}\s*年\s*(?:底|末)\s*[,，]")


def _ev(basis: str, text: str, start: int, end: int) -> Evidence:
    return Evidence("as_of_year", basis, text[start:end], start, end)


def as_of_evidence(text: str, meta: DocumentMeta) -> tuple[int, Evidence] | None:
    """The year ``text`` states it reports as of, when that is earlier than the genre's
    reviewed year and within the plan (see the module doc), with the statement."""
    if meta.doc_type not in _AS_OF_GENRES:
        return None
    genre_year = meta.reviewed_year
    if genre_year is None:
        return None
    first = meta.period_start if meta.period_start is not None else genre_year - 1
    view = fold(text[:_AS_OF_CHARS])
    best: re.Match[str] | None = None
    for m in _STATEMENT_RE.finditer(view):
        if first <= int(m[1]) < genre_year and (best is None or int(m[1]) > int(best[1])):
            best = m  # (the latest year stated: 截至2021年底 of one figure, 截至2022年底 of all)
    return (int(best[1]), _ev("as_of_statement", text, *best.span())) if best else None


def with_as_of(meta: DocumentMeta, text: str) -> DocumentMeta:
    """``meta`` with its as-of year decided again from ``text`` (see the module doc)."""
    found = as_of_evidence(text, dataclasses.replace(meta, as_of_year=None))
    kept = tuple(e for e in meta.evidence if e.field != "as_of_year")
    if found is None:
        return dataclasses.replace(meta, as_of_year=None, evidence=kept)
    year, ev = found
    return dataclasses.replace(meta, as_of_year=year, evidence=(*kept, ev))
