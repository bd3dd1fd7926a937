"""``describe``: what a document is about (area, genre, time), as a DocumentMeta.

The one place where a document's genre, reference date, report year and plan
period are decided, each with its evidence; later stages read them from
``ExtractContext.meta`` (``doc_type``, ``reference_year``, ``present_year``,
``reviewed_year``, ``horizon_year``, ``target_year``, ``period_start``/``period_end``)
and decide nothing of it again.
"""

from __future__ import annotations

import logging
import re

from planwatch.core.data import DocType, DocumentMeta, Evidence
from planwatch.describe.doctype import detect_genre, opening_view, place_in_plan, plan_period
from planwatch.describe.jurisdiction import decide_area
from planwatch.describe.refdate import reference_date

log = logging.getLogger(__name__)

_TITLE_WORDS_RE = re.compile(r"规划|纲要|政府工作报告|统计公报|两会")
_MAX_TITLE_CHARS = 100
# Genres that carry a plan period; the rest have a report year instead.
_PLAN_GENRES = frozenset(
    {
        DocType.FIVE_YEAR_PLAN,
        DocType.PLAN_TABLE,
        DocType.PLAN_REVISION,
        DocType.SECTOR_PLAN,
        DocType.MIDTERM_EVALUATION,
        DocType.FINAL_EVALUATION,
    }
)
_NO_REPORT_YEAR = frozenset(
    {DocType.FIVE_YEAR_PLAN, DocType.PLAN_TABLE, DocType.PLAN_REVISION, DocType.SECTOR_PLAN}
)


def guess_title(text: str) -> str | None:
    """A title from the text when the reader found none.

    The first line of the opening that names the document's kind (规划, 纲要,
    政府工作报告, 统计公报, 两会), else the first non-empty line.
    """
    first = None
    for line in text[:2000].splitlines():
        s = line.strip(" \t\u3000\xa0")
        if not s or len(s) > _MAX_TITLE_CHARS:
            continue
        first = first or s
        if _TITLE_WORDS_RE.search(s):
            return s
    return first


def _report_year(doc_type: DocType, ref_year: int | None) -> int | None:
    """The year a report is about: a communiqué covers the year before it is published."""
    if ref_year is None or doc_type in _NO_REPORT_YEAR:
        return None
    return ref_year - 1 if doc_type is DocType.STATISTICAL_COMMUNIQUE else ref_year


def describe(text: str, *, name: str, title: str | None = None) -> DocumentMeta:
    """Area, genre, reference date, year and plan period of a document's stored ``text``.

    ``name`` is the file name (for log messages); ``title`` is one a reader
    found (HTML <title>, DOCX core title) and is read before the text.
    """
    doc_title = title.strip() if title and title.strip() else guess_title(text)
    decided = decide_area(text, title)
    area = decided.area
    view = opening_view(text)
    genre = detect_genre(text, title, view)
    period = plan_period(text, title, view)
    ref = reference_date(text, genre.doc_type, title, period)
    doc_type = place_in_plan(genre, ref.year, period)
    if doc_type is not genre.doc_type and ref.year is None:
        ref = reference_date(text, doc_type, title, period)
    has_period = doc_type in _PLAN_GENRES and period is not None
    evidence: list[Evidence] = [*decided.evidence, *ref.evidence]
    if genre.evidence is not None:
        evidence.insert(0, genre.evidence)
    meta = DocumentMeta(
        title=doc_title,
        area=area,
        doc_type=doc_type,
        year=_report_year(doc_type, ref.year),
        period_start=period[0] if has_period else None,
        period_end=period[1] if has_period else None,
        published=ref.date.iso() if ref.date and ref.printed else None,
        reference_date=ref.date.iso() if ref.date else None,
        reference_year=ref.year,
        evidence=tuple(evidence),
    )
    if area is None:
        log.info("%s: no administrative area named in the opening text", name)
    return meta
