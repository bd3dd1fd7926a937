"""Core types of planwatch: spans, documents, outlines, tables and facts.

Every other module speaks in these types. They are frozen: a stage that wants
to change a record makes a new one (``dataclasses.replace``).

The span rule
-------------
A :class:`Span` is a pair of character offsets into a document's **stored
text** (a Python ``str``): ``start`` is inclusive, ``end`` is exclusive, so
``text[span.start:span.end]`` is exactly the characters it covers. Offsets are
code points, not bytes. For a plain UTF-8 text file the stored text is the
file decoded with no newline translation
(``open(p, encoding="utf-8", newline="").read()``), so offsets index the file.
Nothing downstream of reading ever rewrites the stored text; normalised views
(full-width digits, spaces removed) map their offsets back to it.
"""

from __future__ import annotations

import bisect
import dataclasses
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# The tables' types live in their own module for size; they are named here like every core type.
from planwatch.core.quickinit import quick_init
from planwatch.core.tabledata import GridCell as GridCell
from planwatch.core.tabledata import SourceTable as SourceTable
from planwatch.core.tabledata import TableCell as TableCell
from planwatch.core.tabledata import TableRecord as TableRecord


class Kind(StrEnum):
    """Whether a figure reports what happened or what is aimed at."""

    ACTUAL = "actual"  # achieved or estimated (预计) result
    TARGET = "target"  # 目标, 力争, 到2025年, a table's target column


class Measure(StrEnum):
    """How a figure relates to its indicator."""

    LEVEL = "level"  # an amount or rate in its unit (458.51亿元, 63.02%)
    GROWTH = "growth"  # a relative % change (增长2.8%, 年均增长6%)
    CHANGE = "change"  # an absolute difference against a base (提高2个百分点, [1.98])


class Comparator(StrEnum):
    """How the stated value bounds the quantity."""

    EQ = "eq"
    GE = "ge"  # 以上, 不少于, 超过, 突破
    LE = "le"  # 以内, 不超过, 控制在
    APPROX = "approx"  # 左右, 约


class Binding(StrEnum):
    """Plan indicator attribute, where the document states it."""

    EXPECTED = "expected"  # 预期性
    BINDING = "binding"  # 约束性


class DocType(StrEnum):
    """What kind of document a file is (its genre).

    The values are the genre names of GOLD_SPEC.md (``genre`` of a gold file),
    so a document's genre can be scored against gold as it is.
    """

    WORK_REPORT = "work_report"  # 政府工作报告 (the report text)
    NEWS = "work_report_news"  # news about a work report or the two sessions
    STATISTICAL_COMMUNIQUE = "communique"  # 统计公报
    FIVE_YEAR_PLAN = "plan_outline"  # 五年规划纲要
    PLAN_TABLE = "plan_table"  # a plan's indicator table on its own
    PLAN_REVISION = "plan_revision"  # 规划纲要(2022年更新), 调整
    MIDTERM_EVALUATION = "plan_midterm_evaluation"  # 规划实施中期评估
    FINAL_EVALUATION = "plan_final_evaluation"  # 规划实施总结评估
    IMPLEMENTATION_REPORT = "plan_implementation_report"  # 计划执行情况与计划草案
    SECTOR_PLAN = "sector_plan"  # 专项规划 (transport, ecology, regional …)
    STATISTICAL_NEWS = "statistical_news"  # ministries' bulletins, statistics news
    OTHER = "other"

    @property
    def label(self) -> str:
        """The genre's Chinese name, as users read it."""
        return _DOC_TYPE_LABELS[self]


_DOC_TYPE_LABELS = {
    DocType.WORK_REPORT: "政府工作报告",
    DocType.NEWS: "两会及工作报告新闻",
    DocType.STATISTICAL_COMMUNIQUE: "统计公报",
    DocType.FIVE_YEAR_PLAN: "五年规划纲要",
    DocType.PLAN_TABLE: "规划指标表",
    DocType.PLAN_REVISION: "规划纲要修订",
    DocType.MIDTERM_EVALUATION: "规划中期评估",
    DocType.FINAL_EVALUATION: "规划总结评估",
    DocType.IMPLEMENTATION_REPORT: "计划执行情况报告",
    DocType.SECTOR_PLAN: "专项规划",
    DocType.STATISTICAL_NEWS: "统计新闻",
    DocType.OTHER: "其他",
}


@quick_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a decision was taken: the words that decided it, where they stand.

    ``field`` names what was decided (``kind``, ``year``, ``area``, ``genre``,
    ``reference_date``, ``jurisdiction``); ``basis`` says what kind of evidence
    it was: ``time_word`` (到2025年, 去年), ``cue`` (力争, 预计, 比上年),
    ``section`` (a heading's role: 回顾 / 主要预期目标), ``table_column``,
    ``dateline``, ``meeting_line``, ``title``, ``genre_default`` (the clause and
    its section were silent) or ``user`` (set by the user). ``text`` is the
    deciding words as printed and ``start``/``end`` their span in the stored
    text (both ``None`` for a default or a user setting).
    """

    field: str
    basis: str
    text: str = ""
    start: int | None = None
    end: int | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "basis": self.basis,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@quick_init
@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters ``[start, end)`` of a document's stored text (end exclusive)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The characters this span covers in ``text``."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Area:
    """An administrative division: 6-digit code, name and its parents.

    ``parents`` runs from the nearest parent outwards, e.g. for 鹤山市:
    ``(("440700", "江门市"), ("440000", "广东省"))``.
    """

    code: str
    name: str
    level: str  # "nation" | "province" | "city" | "county"
    parents: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What a document is about: area, type, time. Filled by ``describe``."""

    title: str | None = None
    area: Area | None = None
    doc_type: DocType = DocType.OTHER
    year: int | None = None  # report year (work report, communiqué, news)
    period_start: int | None = None  # plan period (2021 for 十四五)
    period_end: int | None = None  # plan period end (2025 for 十四五)
    published: str | None = None  # ISO date where the text states it
    # The date the document was delivered or published (YYYY, YYYY-MM or
    # YYYY-MM-DD), against which its time words resolve, and the year it gives.
    reference_date: str | None = None
    reference_year: int | None = None
    # Why each field has its value (field names as in Evidence.field).
    evidence: tuple[Evidence, ...] = ()
    # Fields the user set (--area/--type/--year/--published, metadata.csv, a
    # correction); they win over detection.
    user_set: frozenset[str] = frozenset()
    # The year a mid-term evaluation or implementation report reports as of, when its
    # own text says it is the year before the genre's (describe/asof.py; evidence
    # field "as_of_year"); None when the genre's year stands.
    as_of_year: int | None = None

    @property
    def reviewed_year(self) -> int | None:
        """The year whose results the document reports when a clause names none.

        A report delivered early in year Y (work report, its news, an
        implementation report, statistics news, a mid-term evaluation) reviews
        Y-1, one delivered from October on reviews Y itself (a report of December
        2018 reports 2018); a communiqué reviews the year it covers; a final
        evaluation its plan's last year; a plan looks back from its base year (the
        year before its first). A mid-term evaluation or implementation report that
        says otherwise (截至2022年底，…; 2023年上半年…执行情况) reviews ``as_of_year``.
        """
        if self.doc_type is DocType.STATISTICAL_COMMUNIQUE and self.year is not None:
            return self.year
        if self.doc_type in PLAN_GENRES and self.period_start:
            return self.period_start - 1
        if self.doc_type is DocType.FINAL_EVALUATION and self.period_end:
            return self.period_end
        if self.as_of_year is not None:
            return self.as_of_year  # (the document says so itself: describe/asof.py)
        return self.genre_reviewed_year

    @property
    def genre_reviewed_year(self) -> int | None:
        """``reviewed_year`` from the genre and the reference date alone."""
        ref = self.reference_year if self.reference_year is not None else self.year
        if ref is None:
            return None
        if self.doc_type is DocType.MIDTERM_EVALUATION and self.reference_month == 0:
            # A mid-term evaluation whose month is unknown is made in the second half of
            # its plan's third year and reports as of that year (两年半, 截至目前).
            return ref
        return ref if self.reference_month >= _LATE_MONTH else ref - 1

    @property
    def target_year(self) -> int | None:
        """The year the document's targets are for when a clause names none.

        A work report, its news or an implementation report sets targets for
        the year after the one it reviews (delivered in Y: Y, in December Y: Y+1);
        plans and their evaluations for the plan's last year. Communiqués and
        statistics news set none of their own: an aim they quote with no year
        (年初政府工作报告确定的…增长6%左右, 全年…增长9%左右的目标) is the year's they
        report, not the year after it.
        """
        if self.doc_type in (DocType.WORK_REPORT, DocType.NEWS, DocType.IMPLEMENTATION_REPORT):
            return self.horizon_year
        if self.doc_type in (DocType.STATISTICAL_COMMUNIQUE, DocType.STATISTICAL_NEWS):
            return self.reviewed_year
        if self.doc_type in PLAN_GENRES or self.doc_type in (
            DocType.MIDTERM_EVALUATION,
            DocType.FINAL_EVALUATION,
        ):
            return self.period_end
        return None

    @property
    def horizon_year(self) -> int | None:
        """The last year the document speaks of as present: a year named after it is an aim.

        A plan's (and a final evaluation's) is its last year; a report on the first
        part of a year (evidence ``part_year_review``, or a statistics release on the
        year's first quarters, ``part_year_release``: its 全年 aims; or a story of the year
        so far, ``year_so_far``) that year; any other
        document's the year after the one it reviews.
        """
        if self.doc_type in PLAN_GENRES or self.doc_type is DocType.FINAL_EVALUATION:
            if self.period_end:
                return self.period_end
        reviewed = self.reviewed_year
        if self.as_of_year is not None and any(
            e.field == "as_of_year" and e.basis in _PART_YEAR_BASES for e in self.evidence
        ):
            return reviewed  # (a report on the first part of a year sets that year's aims)
        return reviewed + 1 if reviewed is not None else None

    @property
    def present_year(self) -> int | None:
        """The year 今年 means in the text: the reference year; a plan speaks from its first
        year, unless it states results as of a later year's end (截至2011年底 in a plan of
        2011-2015: evidence ``closed_year``), then from the year after; a communiqué from the
        year it covers (published in March 2024 on 2023, its 上年 is 2022: 由上年的2.07缩小至
        2.03)."""
        if self.doc_type in PLAN_GENRES and self.period_start:
            closed = any(e.basis == "closed_year" for e in self.evidence)
            if closed and self.reference_year and self.reference_year > self.period_start:
                return self.reference_year
            return self.period_start
        if self.doc_type is DocType.STATISTICAL_COMMUNIQUE and self.year is not None:
            return self.year
        return self.reference_year if self.reference_year is not None else self.year

    @property
    def reference_month(self) -> int:
        """The month of the reference date (0 when only a year or nothing is known)."""
        date = self.reference_date or ""
        return int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else 0


# The as-of evidence of a document on the first part of a year or the year so far
# (describe/asof.py, describe/release_year.py): its aims are that year's.
_PART_YEAR_BASES = frozenset({"part_year_review", "part_year_release", "year_so_far"})
# A document delivered from this month on reviews its own year (a report of December 2018
# reports 2018); earlier in the year it reviews the year before (GOLD_SPEC, last lines).
_LATE_MONTH = 10


# Genres that state a plan (its period decides their years).
# The plans themselves: a period and no report year (evaluations of a plan have both).
PLAN_GENRES = frozenset(
    {DocType.FIVE_YEAR_PLAN, DocType.PLAN_REVISION, DocType.PLAN_TABLE, DocType.SECTOR_PLAN}
)


@dataclass(frozen=True, slots=True)
class UserMeta:
    """What the user said about a document (--area/--type/--year/--published,
    a metadata.csv row, a correction); ``None`` fields are left to detection."""

    area: Area | None = None
    doc_type: DocType | None = None
    year: int | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD

    def merged_over(self, other: UserMeta | None) -> UserMeta:
        """These settings, with ``other``'s filling the fields left open."""
        if other is None:
            return self
        return UserMeta(
            area=self.area or other.area,
            doc_type=self.doc_type or other.doc_type,
            year=self.year if self.year is not None else other.year,
            published=self.published or other.published,
        )

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.area, self.doc_type, self.year, self.published))


@quick_init
@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the outline.

    ``span`` covers the heading line; ``section`` runs from the heading to the
    start of the next heading of the same or a higher level (or the end of
    the text). ``level`` 1 is the outermost level used in the document.
    ``marker`` is the numbering as printed (第一章, 一、, (一), 1.).
    """

    level: int
    marker: str
    title: str
    span: Span
    section: Span


@dataclass(frozen=True, slots=True)
class Outline:
    """The structure of a document, as spans of its stored text.

    ``toc`` is the table of contents (not content) when there is one;
    ``paragraphs`` and ``sentences`` exclude it.
    """

    headings: tuple[Heading, ...] = ()
    toc: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    # Heading starts in text order, for a binary search (derived; not compared).
    _starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.headings, key=lambda h: h.span.start))
        if ordered != self.headings:
            object.__setattr__(self, "headings", ordered)
        object.__setattr__(self, "_starts", tuple(h.span.start for h in ordered))

    def headings_at(self, offset: int) -> tuple[Heading, ...]:
        """The chain of headings whose section holds ``offset``, outermost first.

        A binary search finds the last heading before ``offset``; walking back
        from it meets the enclosing heading of each level in turn, so the cost
        is the headings of the current chapter, not of the whole document.
        """
        i = bisect.bisect_right(self._starts, offset) - 1
        chain: list[Heading] = []
        level = None
        while i >= 0:
            h = self.headings[i]
            if (level is None or h.level < level) and h.section.start <= offset < h.section.end:
                chain.append(h)
                level = h.level
                if level <= 1:
                    break
            i -= 1
        return tuple(reversed(chain))


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What a reader returns: the stored text and the tables it saw."""

    text: str
    format: str  # "txt" | "html" | "pdf" | "docx"
    encoding: str | None = None  # for text and HTML files
    tables: tuple[SourceTable, ...] = ()
    title: str | None = None  # e.g. HTML <title>, DOCX core title
    # What an HTML page's <meta> tags say of it: its publication date (YYYY-MM-DD) and its
    # site's name; the describe stage falls back on them where the text says nothing.
    published: str | None = None
    site: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A stored document: its immutable text plus what the stages learned."""

    name: str  # the source file's name, as in facts' ``doc``
    text: str
    sha256: str
    format: str
    path: str | None = None
    encoding: str | None = None
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    outline: Outline = field(default_factory=Outline)
    tables: tuple[SourceTable, ...] = ()
    recovered: tuple[TableRecord, ...] = ()  # indicator tables as read (stored at ingest)


@quick_init
@dataclass(frozen=True, slots=True)
class Fact:
    """A quantified figure, grounded to its characters.

    ``text[start:end]`` is the value with its unit as printed (``458.51亿元``,
    ``6左右``, ``[1.98]``); ``text[quote_start:quote_end]`` is the clause or
    table row it was read from. Field names are the fact schema of DESIGN.md.
    """

    doc: str
    start: int
    end: int
    quote_start: int
    quote_end: int
    indicator: str
    kind: Kind
    measure: Measure
    value: float
    unit: str | None
    year: int | None = None
    period_start: int | None = None
    comparator: Comparator = Comparator.EQ
    binding: Binding | None = None
    jurisdiction: str | None = None
    jurisdiction_code: str | None = None
    indicator_id: str | None = None
    origin: str = "prose"  # "prose" | "table": which extractor found it
    # Filled by the resolve stage: how sure the catalog match is, and the value
    # converted to the indicator's canonical unit (亿元, 公顷, ...). Not exported
    # with the DESIGN.md record; ``value``/``unit`` stay as printed.
    indicator_confidence: float | None = None
    canonical_value: float | None = None
    canonical_unit: str | None = None
    # Why the fact has its kind and year (and jurisdiction): see Evidence.
    evidence: tuple[Evidence, ...] = ()

    # The exported record carries exactly the DESIGN.md field names.
    RECORD_FIELDS = (
        "doc",
        "start",
        "end",
        "quote_start",
        "quote_end",
        "jurisdiction",
        "jurisdiction_code",
        "indicator",
        "indicator_id",
        "kind",
        "measure",
        "year",
        "period_start",
        "value",
        "unit",
        "comparator",
        "binding",
    )

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def comparable_value(self) -> float:
        """The value in the indicator's canonical unit where it was converted, else as printed."""
        return self.canonical_value if self.canonical_value is not None else self.value

    @property
    def comparable_unit(self) -> str | None:
        """The unit of :attr:`comparable_value`."""
        return self.canonical_unit if self.canonical_value is not None else self.unit

    @property
    def quote(self) -> Span:
        return Span(self.quote_start, self.quote_end)

    def to_record(self) -> dict[str, Any]:
        """The fact as a plain dict with the DESIGN.md field names."""
        rec: dict[str, Any] = {}
        for name in self.RECORD_FIELDS:
            v = getattr(self, name)
            rec[name] = v.value if isinstance(v, StrEnum) else v
        return rec

    @staticmethod
    def of_values(values: Sequence[Any]) -> Fact:
        """A fact from its field values in field order (``dataclasses.fields(Fact)``),
        each slot set directly as :meth:`with_` does: for readers building thousands
        of stored facts (the same fact ``Fact(*values)`` makes, at half the cost)."""
        fact = _NEW(Fact)
        for put, value in zip(_FACT_PUT, values, strict=True):
            put(fact, value)
        return fact

    def with_(self, **changes: Any) -> Fact:
        """The fact with ``changes`` (field=value); TypeError for an unknown field.

        Stages copy facts thousands of times a document: each set of fields changed gets
        a copier of its own, made once (:func:`_copier`), that sets every slot directly
        (a frozen class's own __init__ goes through object.__setattr__ field by field,
        ``dataclasses.replace`` checks every field in Python first).
        """
        copy = _COPIERS.get(tuple(changes))
        if copy is None:
            copy = _copier(tuple(changes))
        return copy(self, *changes.values())


def _no_field(name: str) -> Any:
    raise TypeError(f"Fact has no field {name!r}")


_FACT_NAMES = tuple(f.name for f in dataclasses.fields(Fact))
_FACT_VALUES = operator.attrgetter(*_FACT_NAMES)
_FACT_AT = {name: i for i, name in enumerate(_FACT_NAMES)}
_FACT_PUT = tuple(getattr(Fact, name).__set__ for name in _FACT_NAMES)
# Fact.with_'s copiers, by the fields changed in the order given (a few dozen sets).
_COPIERS: dict[tuple[str, ...], Any] = {}


def _copier(names: tuple[str, ...]) -> Any:
    """A function (fact, *values) -> the fact with the fields ``names`` set to ``values``:
    every slot set directly, no loop (Fact checks nothing on construction, no
    __post_init__, so the copy is the one __init__ would make)."""
    for name in names:
        if name not in _FACT_AT:
            _no_field(name)
    space: dict[str, Any] = {"_new": _NEW, "_fact": Fact}
    args = [f"_v{i}" for i in range(len(names))]
    lines = ["    f = _new(_fact)"]
    for i, slot in enumerate(_FACT_NAMES):
        space[f"_put{i}"] = _FACT_PUT[i]
        # (A field named twice cannot be: keyword arguments are distinct.)
        value = args[names.index(slot)] if slot in names else f"old.{slot}"
        lines.append(f"    _put{i}(f, {value})")
    source = f"def copy(old, {', '.join(args)}):\n" + "\n".join([*lines, "    return f"])
    exec(source, space)  # (as quick_init makes a constructor)
    _COPIERS[names] = space["copy"]
    return space["copy"]


_NEW = object.__new__


@dataclass(frozen=True, slots=True)
class ExtractContext:
    """What an extractor knows about the document besides its text."""

    doc: str
    meta: DocumentMeta
    outline: Outline
    tables: tuple[SourceTable, ...] = ()
