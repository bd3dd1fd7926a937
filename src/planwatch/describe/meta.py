"""``describe``: what a document is about (area, type, time), as a DocumentMeta."""

from __future__ import annotations

import logging
import re

from planwatch.core.data import DocType, DocumentMeta
from planwatch.describe.doctype import (
    detect_doc_type,
    plan_period,
    published_date,
    report_year,
)
from planwatch.describe.jurisdiction import find_jurisdiction

log = logging.getLogger(__name__)

_TITLE_WORDS_RE = re.compile(r"规划|纲要|政府工作报告|统计公报|两会")
_MAX_TITLE_CHARS = 100


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


def describe(text: str, *, name: str, title: str | None = None) -> DocumentMeta:
    """Area, document type, period, year and date of a document's stored ``text``.

    ``name`` is the file name (for log messages); ``title`` is one a reader
    found (HTML <title>, DOCX core title) and is read before the text.
    """
    doc_title = title.strip() if title and title.strip() else guess_title(text)
    area = find_jurisdiction(text, title)
    doc_type = detect_doc_type(text, title)
    period = plan_period(text, title) if doc_type is DocType.FIVE_YEAR_PLAN else None
    meta = DocumentMeta(
        title=doc_title,
        area=area,
        doc_type=doc_type,
        year=report_year(text, doc_type, title),
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        published=published_date(text, doc_type, title),
    )
    if area is None:
        log.info("%s: no administrative area named in the opening text", name)
    return meta
