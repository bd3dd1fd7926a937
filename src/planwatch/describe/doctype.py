"""A document's genre (DocType) and plan period, from its title and opening.

Documents say what they are in their first lines and paragraphs: a report's
title and meeting line, a communiqué's name, a newspaper's bylines and page
chrome, a plan's name. The words that tell each genre apart are data
(``data/genre_cues.csv``, with a note on where they come from); this module
weighs them on the condensed view of the opening (simplified characters, no
pinyin junk, no letter-spacing, see :func:`planwatch.core.normalise.condense`):

* the subject with the most weight wins (work report, communiqué, plan
  outline, evaluation, implementation report, sector plan, statistics news,
  plan table, other); nothing of weight is ``other``;
* a work report told about (bylines, datelines, "作政府工作报告", page chrome)
  more than speaking itself (各位代表, a meeting line) is *work report news*;
  a communiqué cited by a news page is *statistical news*;
* looks back at a plan (执行情况, 成就, 预计完成…) and adjustments of its
  targets (调低…目标) are placed by the reference year: after the plan's last
  year a final evaluation, inside it a mid-term one, in its first year (or
  before) an adjustment is the plan outline itself. A news page that merely
  mentions 十四五 is no plan: its words weigh for its own subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice

import ahocorasick_rs

from planwatch.core.data import PLAN_GENRES, DocType, Evidence
from planwatch.core.normalise import Condensed, condense
from planwatch.core.periods import PLAN_NAME, plan_mentions, plan_years
from planwatch.core.regex import required_words, skipping
from planwatch.describe.body import body_end
from planwatch.describe.dates import (  # noqa: F401  (re-exported for callers of this module)
    DatedText,
    cn_number,
    cn_year,
    date_lines,
    find_dates,
)
from planwatch.describe.plan_period import (  # noqa: F401  (re-exported: describe, meta)
    HEADING_NUMBER,
    OPENING_CHARS,
    PLANS_REVIEWING,
    TITLE_LINE_CHARS,
    aim_horizon_period,
    opening_view,
    plan_period,
)
from planwatch.describe.refdate import reference_date
from planwatch.describe.title_lines import joined_title
from planwatch.read.chrome import chrome_kind

TITLE_LINES = 5  # the first non-empty short lines are the title zone
_MAX_HITS = 3  # a cue counts at most this many times in the opening
_MIN_WEIGHT = 2.0  # below this nothing tells the genre: other
_TITLED_PLAN = 5.0  # (the least a sector plan's title weighs: genre_cues.csv)
_SUMS_UP_RE = re.compile(r"总结(?:了)?(?:去年|上年|过去一年|(?:19|20)\d\d年)")
_HEAD_WEIGHT = 20.0  # a title cue that ends the title (see _TITLE_TAIL_RE)

NEWS, OWN = "news", "own"
_NAMED_COMMUNIQUE_RE = re.compile(r"^[^《\n]*统计公报", re.M)
# A heading of the National Bureau of Statistics' communiqué template standing alone on its line
# (一、综合, 二、农业, 四、固定资产投资): a release's headings are sentences (一、农业生产形势稳定).
_TEMPLATE_HEADING_RE = re.compile(
    r"^\s*[一二三四五六七八九十]{1,2}\s*、\s*(?:综合|农业|工业|建筑业|工业和建筑业|固定资产投资"
    r"|国内贸易|对外经济|开放型经济|财政|金融|财政和金融|人口|人民生活|人口和人民生活"
    r"|交通|邮电|交通和邮电|旅游)\s*$",
    re.M,
)
EVALUATION, ADJUSTMENT = "plan_evaluation", "plan_adjustment"
_PENDING = (EVALUATION, ADJUSTMENT)
# A look back at a plan names one (十四五, 规划, 纲要); progress words with none are of a year's.
_A_PLAN_RE = re.compile(rf"{PLAN_NAME}|规划|纲要")
_YEARS_PLAN = DocType.IMPLEMENTATION_REPORT.value
_PLAN_TOKEN = "<plan>"  # in a cue: a five-year plan's name (core.periods.PLAN_NAME)
# A cue of "plan" weighs for an outline and a sector plan alike (a plan's own sections).
_ANY_PLAN = "plan"
_PLAN_GENRE_NAMES = (DocType.FIVE_YEAR_PLAN.value, DocType.SECTOR_PLAN.value)
_HEADING_CHARS = 60000  # headings are read this far into the body
# A numbered heading on a line of its own (第三章 发展目标, 二、主要目标完成情况, （一）存在的问题),
# its words without the number (plan_period.HEADING_NUMBER): where a document's sections say what
# it does.
# A line opening on a section's number is a heading, never a title (meta.guess_title).
SECTION_NUMBER_RE = re.compile(r"[ \t\u3000\xa0]*" + HEADING_NUMBER)
_HEADING_RE = re.compile(
    r"^[ \t\u3000\xa0]*" + HEADING_NUMBER + r"\s*([^\n。；;，,]{2,30}?)[ \t\u3000\xa0]*$", re.M
)


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading's words (condensed) and their span in the text."""

    text: str
    start: int
    end: int


def headings(text: str) -> list[Heading]:
    """The numbered headings of a document's body (up to its page tail)."""
    body = text[: min(_HEADING_CHARS, body_end(text))]
    return [
        Heading(condense(m[1], spaces=True).text, m.start(1), m.end(1))
        for m in _HEADING_RE.finditer(body)
    ]


@dataclass(frozen=True, slots=True)
class Cue:
    genre: str
    zone: str  # "title" or "text"
    weight: float
    pattern: re.Pattern[str]
    # (A text cue: the words one of which every match holds, None when none can be told,
    # and the pattern led by the characters a match can start with, to scan the opening.)
    words: frozenset[str] | None = None
    scan: re.Pattern[str] | None = None


@cache
def cues() -> tuple[Cue, ...]:
    """The genre cues of ``data/genre_cues.csv``."""
    raw = resources.files("planwatch.data").joinpath("genre_cues.csv").read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines()[1:]:
        if not line.strip() or line.startswith(("#", "genre,")):
            continue
        genre, zone, weight, pattern = line.split(",", 3)
        pattern = pattern.replace(_PLAN_TOKEN, PLAN_NAME)
        compiled = re.compile(pattern, re.M)
        if zone == "text":
            words, scan = required_words(compiled), skipping(compiled)
            out.append(Cue(genre, zone, float(weight), compiled, words, scan))
        else:
            out.append(Cue(genre, zone, float(weight), compiled))
    return tuple(out)


@cache
def _cue_words() -> ahocorasick_rs.AhoCorasick | None:
    """Every text cue's words in one automaton: which of them an opening holds is found
    in one pass, not one substring search per cue."""
    found = sorted({w for c in cues() if c.words for w in c.words})
    return ahocorasick_rs.AhoCorasick(found) if found else None


def _words_in(text: str) -> set[str]:
    """The text cues' words that occur in ``text`` (overlapping occurrences too)."""
    automaton = _cue_words()
    if automaton is None:
        return set()
    return set(automaton.find_matches_as_strings(text, overlapping=True))


@dataclass(frozen=True, slots=True)
class Genre:
    """The genre decided from the words, before the reference year places plan look-backs.

    ``pending`` is ``plan_evaluation`` or ``plan_adjustment`` when the reference
    year decides (see :func:`place_in_plan`); ``evidence`` the deciding cue.
    """

    doc_type: DocType
    pending: str | None
    evidence: Evidence | None
    scores: dict[str, float]


def opening_of(text: str, title: str | None) -> str:
    """The title (if any) and the first ~2,000 characters, which say what a document is."""
    return ((title or "") + "\n" + text[:OPENING_CHARS]).lstrip("\n")


# A table of contents' entry (一、综合……3, 第二章 发展目标 .......... 12) and its heading (目录):
# a cover's contents list the document's headings, not its title.
_CONTENTS_RE = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|-{4,}|_{4,})\s*\d{1,3}$|^目\s*录$")
# A browser's title line prints the page's title and then the site's name after a bar, an
# underscore or a dash (…统计公报_某市人民政府门户网站, …规划 - 某某网): the title is before it.
_SITE_SUFFIX_RE = re.compile(
    r"\s*[_|｜]\s*[^_|｜\n]{2,24}$|\s+[-—–]\s+[^\n]{2,20}(?:网|网站|政府|在线|门户)$"
)


def _title_zone(view: str) -> str:
    """The first short non-empty lines of a view (where titles and headlines stand)."""
    lines = []
    for line in view[:OPENING_CHARS].splitlines():
        s = _SITE_SUFFIX_RE.sub("", line.strip())
        # Page chrome (navigation crumbs 首页 > 新闻, a page's head lines 发布时间/来源/浏览次数,
        # 字号, page numbers, share and print links: read.chrome), one-word chrome (打印, 关闭),
        # a table of contents and sentences (with a full stop) are no titles.
        if (
            3 < len(s) <= TITLE_LINE_CHARS
            and "。" not in s
            and chrome_kind(s) is None
            and not _CONTENTS_RE.search(s)
        ):
            lines.append(s)
        if len(lines) >= TITLE_LINES or (len(s) > TITLE_LINE_CHARS and "。" in s):
            break  # (the body has begun: a heading or a table's caption under it is no title)
    return "\n".join(lines)


def _weigh(
    view: Condensed, title: str | None, heads: list[Heading] = ()
) -> tuple[dict[str, float], dict[str, Evidence]]:
    """Each genre's weight in the title, the opening and the headings (``heads``), and its
    strongest cue as evidence."""
    head = _title_zone((condense(title, spaces=True).text + "\n" if title else "") + view.text)
    title = _head_line(head)
    scores: dict[str, float] = {}
    best: dict[str, tuple[float, Evidence]] = {}
    present = _words_in(view.text)
    for cue in cues():
        ev = None
        if cue.zone == "heading":
            found_heads = [h for h in heads if cue.pattern.search(h.text)]
            hits = min(len(found_heads), _MAX_HITS)
            if found_heads:
                h = found_heads[0]
                ev = Evidence("genre", "heading", h.text, h.start, h.end)
        elif cue.zone == "title":
            hits = 1 if cue.pattern.search(head) else 0
            m = cue.pattern.search(view.text) if hits else None
        else:
            # (A text holding none of the words every match holds is not scanned: most
            # openings have no match of most cues.)
            # (Only the first _MAX_HITS matches count: the scan stops at the last of them.)
            found = (
                list(islice(cue.scan.finditer(view.text), _MAX_HITS))
                if cue.words is None or not cue.words.isdisjoint(present)
                else []
            )
            hits, m = min(len(found), _MAX_HITS), (found[0] if found else None)
        if not hits:
            continue
        gained = cue.weight * hits
        if cue.zone == "title" and title is not None and _ends_at(cue.pattern, *title):
            gained += _HEAD_WEIGHT  # the title's head noun: what the document is
        if ev is None and m is not None:
            start, end = view.span(m.start(), m.end())
            basis = "title" if cue.zone == "title" else "cue"
            ev = Evidence("genre", basis, m.group(), start, end)
        for genre in _PLAN_GENRE_NAMES if cue.genre == _ANY_PLAN else (cue.genre,):
            scores[genre] = scores.get(genre, 0.0) + gained
            if ev is not None and gained > best.get(genre, (0.0, None))[0]:
                best[genre] = (gained, ev)
    return scores, {g: ev for g, (_, ev) in best.items()}


# A title names what the document is in its last words, before a closing 的报告 (or the 的通知,
# 的决定 a government issues a text with: 关于印发《…纲要》的通知 is the outline, 关于调整《…纲要》
# 部分主要指标的通知 the adjustment) or a note
# in brackets saying which text it is or its years (…纲要实施中期评估报告（摘要）: an
# evaluation of the outline, not the outline it names first; a revision's (2023年修订) is
# no such note): a title cue ending the title weighs more than the outline words it quotes.
_TITLE_TAIL_RE = re.compile(
    r"(?:情况表?)?》?(?:的)?(?:报告|说明|通知|决定|决议)?\s*(?:[(（](?:摘要|全文|征求意见稿|草案|送审稿|公示稿|节选|简本"
    r"|(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)\d{2}\s*年?)[)）])?\s*$"
)


def _head_line(head: str) -> tuple[str, frozenset[int]] | None:
    """The title line of a title zone and where its head noun may end: the first line a
    title cue matches in (a page's chrome may stand before it, 欢迎您; headings after it do
    not count). The head noun ends before 的报告 and a bracketed note, before or after 情况
    (…中期评估情况的报告, …计划执行情况)."""
    lines = head.split("\n")
    for i, line in enumerate(lines):
        if not any(c.zone == "title" and c.pattern.search(line) for c in cues()):
            continue
        line = joined_title(line, lines[i + 1 : i + 3])
        tail = _TITLE_TAIL_RE.search(line)
        at = tail.start() if tail else len(line)
        return line, frozenset({at, at + 2} if line.startswith("情况", at) else {at})
    return None


def _ends_at(pattern: re.Pattern[str], line: str, ends: frozenset[int]) -> bool:
    """Whether a match of ``pattern`` in ``line`` ends at one of ``ends`` (the head noun;
    overlapping matches count: 五年规划纲要 ends in 规划纲要)."""
    suffix = _suffix(pattern)
    return any(suffix.search(line, 0, end) for end in ends)


@cache
def _suffix(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` anchored at the end of the searched stretch."""
    return re.compile(f"(?:{pattern.pattern})$", pattern.flags)


def detect_genre(text: str, title: str | None = None, view: Condensed | None = None) -> Genre:
    """The genre of a document from the words of its title, its opening and its headings
    (see the module doc).

    ``view`` is :func:`opening_view` of ``text`` when the caller has it already.
    """
    view = view or opening_view(text)
    scores, evidence = _weigh(view, title, headings(text))
    subjects = {g: w for g, w in scores.items() if g not in (NEWS, OWN)}
    if not subjects or max(subjects.values()) < _MIN_WEIGHT:
        return Genre(DocType.OTHER, None, None, scores)
    _named_look_back(subjects)
    subject = max(subjects, key=lambda g: (subjects[g], g))
    if subject in _PLAN_GENRE_NAMES:
        # (A tie with a look back: a plan's own text seldom judges how its aims fare; but one
        # closing the plan before, “十三五”胜利收官！迈入“十四五”…, opens the next plan's news.)
        tied = [g for g in (EVALUATION, *_NAMED_LOOK_BACKS) if subjects.get(g) == subjects[subject]]
        own = [g for g in tied if g == EVALUATION or _of_own_plan(evidence[g], text, title, view)]
        subject = own[0] if own else subject
    if subject == EVALUATION and subjects.get(_YEARS_PLAN) and not _A_PLAN_RE.search(view.text):
        subject = _YEARS_PLAN  # (序时进度 of the year's aims, no plan named: its implementation)
    if (
        subject in (DocType.SECTOR_PLAN.value, DocType.PLAN_TABLE.value)
        and subjects.get(DocType.FIVE_YEAR_PLAN.value) == (subjects[subject])
    ):
        # (Nothing names a sector: the plan's own sections weigh for both alike. A sector
        # plan names its field; the area's plan is the outline. An outline prints its
        # indicators' table too.)
        subject = DocType.FIVE_YEAR_PLAN.value
    news, own = scores.get(NEWS, 0.0), scores.get(OWN, 0.0)
    if subject == DocType.SECTOR_PLAN.value and news >= subjects[subject] < _TITLED_PLAN:
        if _SUMS_UP_RE.search(view.text):  # (…奋力推动交通建设攻坚大会战, told of a meeting
            # summing up last year's work: its field's words, no plan's title)
            return Genre(DocType.NEWS, None, evidence.get(NEWS), scores)
    pending = subject if subject in _PENDING else None
    if subject == DocType.WORK_REPORT.value:
        # A report's own text says 各位代表 / 请予审议; a page telling about it does not.
        doc_type = DocType.WORK_REPORT if own > news else DocType.NEWS
    elif subject == DocType.STATISTICAL_COMMUNIQUE.value:
        # The communiqué itself names itself in a title line (a page citing it puts it in
        # 《》), or, its title lost, goes through its template's sections (一、综合 / 二、农业);
        # a newspaper reprinting it whole says so (全文刊发如下: an ``own`` cue).
        named = bool(
            _NAMED_COMMUNIQUE_RE.search(_title_zone(view.text) + "\n" + (title or ""))
            or len(_TEMPLATE_HEADING_RE.findall(view.text)) >= 2
        )
        told = news > own or scores.get(DocType.STATISTICAL_NEWS.value, 0.0) > 0
        cited = not named and told
        doc_type = DocType.STATISTICAL_NEWS if cited else DocType.STATISTICAL_COMMUNIQUE
    elif pending:
        doc_type = DocType.MIDTERM_EVALUATION
    else:
        doc_type = DocType(subject)
    return Genre(doc_type, pending, evidence.get(subject), scores)


_NAMED_LOOK_BACKS = (DocType.MIDTERM_EVALUATION.value, DocType.FINAL_EVALUATION.value)


def _of_own_plan(ev: Evidence, text: str, title: str | None, view: Condensed) -> bool:
    """Whether a look back's cue (``ev``) names the plan the document is of."""
    named = {plan_years(m.number) for m in plan_mentions(condense(ev.text).text)}
    return plan_period(text, title, view) in named


def _named_look_back(subjects: dict[str, float]) -> None:
    """Give a look back named mid-term or final (中期评估, 总结评估) the weight of the words
    of any look back at a plan (实施情况, 完成情况, 符合预期; in place): they tell one
    document, which its name places, not a rival to the plan it reviews."""
    named = [g for g in _NAMED_LOOK_BACKS if subjects.get(g)]
    if named and subjects.get(EVALUATION):
        top = max(named, key=lambda g: (subjects[g], g))
        subjects[top] += subjects[EVALUATION]


def place_in_plan(genre: Genre, ref_year: int | None, period: tuple[int, int] | None) -> DocType:
    """The genre once the reference year is known, for look-backs at a plan and adjustments.

    A look back (``plan_evaluation``) after the plan's last year is a final
    evaluation, else a mid-term one; an adjustment of targets in the plan's
    first year or before is the plan outline, later a mid-term evaluation; a
    plan outline or a sector's plan talked about after its plan ended is a final evaluation.
    """
    if ref_year is None or period is None:
        return genre.doc_type
    start, end = period
    if genre.pending == EVALUATION:
        return DocType.FINAL_EVALUATION if ref_year >= end else DocType.MIDTERM_EVALUATION
    if genre.pending == ADJUSTMENT:
        return DocType.FIVE_YEAR_PLAN if ref_year <= start else DocType.MIDTERM_EVALUATION
    if genre.doc_type in (DocType.FIVE_YEAR_PLAN, DocType.SECTOR_PLAN) and ref_year > end:
        return DocType.FINAL_EVALUATION  # (2013年至2017年清洁空气行动计划 told of in 2018)
    return genre.doc_type


def detect_doc_type(text: str, title: str | None = None) -> DocType:
    """What kind of document this is, from its title and opening (no reference year)."""
    return detect_genre(text, title).doc_type


# -- the year and date (kept for callers; the reference date decides them) ----------

# Genres that carry a plan period; the rest have a report year instead (an evaluation
# has both: the plan's period and the year it reports on).
PERIOD_GENRES = PLAN_GENRES | {DocType.MIDTERM_EVALUATION, DocType.FINAL_EVALUATION}


def year_reported(doc_type: DocType, ref_year: int | None) -> int | None:
    """The year a report is about, from its reference year: a communiqué covers the year
    before it is published; a plan has no report year (None)."""
    if ref_year is None or doc_type in PLAN_GENRES:
        return None
    return ref_year - 1 if doc_type is DocType.STATISTICAL_COMMUNIQUE else ref_year


def report_year(text: str, doc_type: DocType, title: str | None = None) -> int | None:
    """The year a report is delivered, a communiqué covers or a news page is dated; None for plans."""
    if doc_type in PLAN_GENRES:
        return None
    return year_reported(doc_type, reference_date(text, doc_type, title).year)


def published_date(text: str, doc_type: DocType, title: str | None = None) -> str | None:
    """ISO date (or year-month) the text prints for the document itself, else None."""
    ref = reference_date(text, doc_type, title)
    return ref.date.iso() if ref.date and ref.printed else None
