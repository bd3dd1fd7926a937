"""``describe``: what a document is about (area, genre, time), as a DocumentMeta.

The one place where a document's genre, reference date, report year and plan
period are decided, each with its evidence; later stages read them from
``ExtractContext.meta`` (``doc_type``, ``reference_year``, ``present_year``,
``reviewed_year``, ``horizon_year``, ``target_year``, ``period_start``/``period_end``)
and decide nothing of it again.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from planwatch.core.data import DocType, DocumentMeta, Evidence
from planwatch.core.normalise import Condensed
from planwatch.describe.asof import with_as_of
from planwatch.describe.body import body_end
from planwatch.describe.doctype import (
    PERIOD_GENRES,
    PLANS_REVIEWING,
    SECTION_NUMBER_RE,
    aim_horizon_period,
    detect_genre,
    opening_view,
    place_in_plan,
    plan_period,
    year_reported,
)
from planwatch.describe.jurisdiction import decide_area
from planwatch.describe.publisher import publisher_area
from planwatch.describe.refdate import ReferenceDate, reference_date
from planwatch.describe.title_lines import joined_title
from planwatch.read.chrome import NAV_LINE_RE, chrome_kind

log = logging.getLogger(__name__)

_TITLE_WORDS_RE = re.compile(r"规划|纲要|政府工作报告|统计公报|两会")
_MAX_TITLE_CHARS = 100


def guess_title(text: str) -> str | None:
    """A title from the text when the reader found none.

    The first line of the opening that names the document's kind (规划, 纲要,
    政府工作报告, 统计公报, 两会), else the first non-empty line. A web page's chrome is
    no title, though a site files its plans under a column named so (首页 > 规划计划,
    当前位置：… | 专项规划, 组配分类：发展规划): read.chrome decides which lines are chrome.
    """
    first = None
    # (Not a web page's tail: its 上一篇/下一篇 and related links name other documents.)
    lines = text[: min(2000, body_end(text))].splitlines()
    for i, line in enumerate(lines):
        s = line.strip(" \t\u3000\xa0")
        if not s or len(s) > _MAX_TITLE_CHARS or chrome_kind(s) or NAV_LINE_RE.search(s):
            continue
        if SECTION_NUMBER_RE.match(s):
            continue  # (一、主要目标完成情况: a heading, the title lost above it)
        first = first or s
        # A sentence that names a plan (…“十三五”规划承上启下的关键一年。) is no title.
        if "。" not in s and _TITLE_WORDS_RE.search(s):
            return joined_title(s, [x.strip(" \t\u3000\xa0") for x in lines[i + 1 : i + 3]])
    return first


def time_frame(doc_type: DocType, ref: ReferenceDate, period: tuple[int, int] | None) -> dict:
    """The DocumentMeta time fields of a document of ``doc_type`` with reference date ``ref``
    and printed plan ``period``: its report year, its period (plan genres only), the
    published date (when printed) and the reference date and year."""
    has_period = doc_type in PERIOD_GENRES and period is not None
    return {
        "year": ref.covered if ref.covered is not None else year_reported(doc_type, ref.year),
        "period_start": period[0] if has_period else None,
        "period_end": period[1] if has_period else None,
        "published": ref.date.iso() if ref.date and ref.printed else None,
        "reference_date": ref.date.iso() if ref.date else None,
        "reference_year": ref.year,
    }


def _period_and_date(
    text: str,
    title: str | None,
    plan_title: str | None,
    view: Condensed,
    doc_type: DocType,
    *,
    plan: bool,
    settled: bool = True,
    sections: bool = False,
) -> tuple[tuple[int, int] | None, ReferenceDate]:
    """The plan period and the reference date read with it. A plan whose date only its
    period gives (nothing printed) and whose opening names its plan only as done is the
    next plan's (``plan_period``'s ``plan``); one dated after that plan stays a look-back
    at it (a 总结 without its title: see ``place_in_plan``) unless its own sections say
    it is a plan (``sections``: headings such as 发展目标, 主要任务 decided its genre) and
    the date falls in the next plan. ``settled``: as ``reference_date``'s."""
    period = plan_period(text, plan_title, view)
    if period is None and doc_type in (DocType.MIDTERM_EVALUATION, DocType.FINAL_EVALUATION):
        period = aim_horizon_period((view or opening_view(text)).text)
    ref = reference_date(text, doc_type, title, period, settled=settled)
    undated = any(e.basis == "plan_period" for e in ref.evidence)
    dated_after = sections and period is not None and (ref.year or 0) > period[1]
    if plan and (undated or dated_after):
        ahead = plan_period(text, plan_title, view, plan=True)
        within = ahead is not None and ahead[0] <= (ref.year or 0) <= ahead[1]
        if ahead != period and (undated or within):
            period, ref = ahead, reference_date(text, doc_type, title, ahead, settled=settled)
    staged = _staged_period(text) if period is None and doc_type in _STAGED_GENRES else None
    if staged is not None:
        period, ref = staged, reference_date(text, doc_type, title, staged, settled=settled)
    return period, ref


def with_genre(meta: DocumentMeta, doc_type: DocType, text: str, title: str | None) -> DocumentMeta:
    """``meta`` as if ``doc_type`` had been detected: the reference date read again with
    that genre (a work report's meeting line, a communiqué's year after) and the time
    fields decided from it; the other evidence kept."""
    period, ref = _period_and_date(
        text,
        title,
        title or meta.title,
        opening_view(text),
        doc_type,
        plan=doc_type in PLANS_REVIEWING,
    )
    kept = tuple(e for e in meta.evidence if e.field != "reference_date")
    changed = dataclasses.replace(
        meta, doc_type=doc_type, **time_frame(doc_type, ref, period), evidence=kept + ref.evidence
    )
    return with_as_of(changed, text)


def describe(text: str, *, name: str, title: str | None = None) -> DocumentMeta:
    """Area, genre, reference date, year and plan period of a document's stored ``text``.

    ``name`` is the file name (for log messages); ``title`` is one a reader
    found (HTML <title>, DOCX core title) and is read before the text.
    """
    doc_title = title.strip() if title and title.strip() else guess_title(text)
    decided = decide_area(text, title)
    if decided.area is None:
        # (The office whose site carries the page, where the text names no area: .publisher.)
        decided = publisher_area(text)
    area = decided.area
    view = opening_view(text)
    genre = detect_genre(text, title, view)
    # The title line found in the text names the plan even where page chrome (crumbs, a
    # 来源 line) pushes it below the opening lines the period's reader looks at.
    plan = genre.pending is None and genre.doc_type in PLANS_REVIEWING
    period, ref = _period_and_date(
        text,
        title,
        title or doc_title,
        view,
        genre.doc_type,
        plan=plan,
        settled=genre.pending is None,
        sections=genre.evidence is not None and genre.evidence.basis == "heading",
    )
    doc_type = place_in_plan(genre, ref.year, period)
    if doc_type is not genre.doc_type and ref.year is None:
        ref = reference_date(text, doc_type, title, period)
    evidence: list[Evidence] = [*decided.evidence, *ref.evidence]
    if genre.evidence is not None:
        evidence.insert(0, genre.evidence)
    meta = DocumentMeta(
        title=doc_title,
        area=area,
        doc_type=doc_type,
        **time_frame(doc_type, ref, period),
        evidence=tuple(evidence),
    )
    if area is None:
        log.info("%s: no administrative area named in the opening text", name)
    return with_as_of(meta, text)


# A plan naming no plan of its own that sets its aims stage by stage, each stage opening a
# line (到2017年：… / 到2018年：… / 到2020年：…, a county's sector plan): its last stage is its
# horizon, and its period the five years to it (stages within five years of each other).
_STAGED_GENRES = (DocType.FIVE_YEAR_PLAN, DocType.SECTOR_PLAN)
_STAGE_RE = re.compile(r"^[ \t\u3000]*到\s*((?:19|20)\d\d)\s*年\s*[:：，,]", re.M)


def _staged_period(text: str) -> tuple[int, int] | None:
    """The period of a plan setting its aims in two or more stages (see ``_STAGE_RE``)."""
    years = {int(m[1]) for m in _STAGE_RE.finditer(text)}
    if len(years) < 2 or max(years) - min(years) > 4:
        return None  # (到2025年… 到2035年…: a plan's aims and its vision, not stages)
    return max(years) - 4, max(years)
