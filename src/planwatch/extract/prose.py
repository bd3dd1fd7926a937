"""The default prose extractor: quantified facts from the sentences of a document.

The extractor runs in stages, each a module with its own tests:

* **time expressions** (:mod:`.timewords`): years, ranges, plan periods, relative words
  (去年, 今年, 过去一年), part-years and target horizons, read once for the whole text and
  resolved against the document's reference year (:mod:`.sections`);
* **values** (:mod:`.prose_values`): which numbers state a quantity, with unit and span;
* **names** (:mod:`.prose_naming`, :mod:`.prose_names`): the indicator a value measures;
* **modality** (:mod:`.prose_modality`): target or result and the year, each with the
  words that decided it (:class:`~planwatch.core.data.Evidence`);
* **period** (:mod:`.prose_period`): a single year or a first and last year;
* **assembly** (:mod:`.prose_reader`): one sentence's values into facts.

This module walks the sentences and keeps the time a paragraph sets: its first sentence's
time words, and a topic time that opens a clause (2014年, …) for the sentences after it.
Everything is matched on the normalised view of the text (:func:`planwatch.core.normalise.fold`:
full-width forms made ASCII, traditional characters made simplified; same length), so
offsets index the stored text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from planwatch.core.data import ExtractContext, Fact, Kind, Span
from planwatch.core.normalise import fold, han_years
from planwatch.extract.aim_compared import weighed_against
from planwatch.extract.aim_leads import aims_run_in
from planwatch.extract.clause_topic import clause_topic
from planwatch.extract.gap_named import gap_base
from planwatch.extract.naming_lines import REPEAT_WINDOW, item_heading, numbered_figure
from planwatch.extract.naming_roundup import places_go_on
from planwatch.extract.numbers import NumberRow, as_matches, scan_numbers
from planwatch.extract.paragraph_time import ParagraphTime, breaks_down, goes_on
from planwatch.extract.prose_around import NEED_PACE
from planwatch.extract.prose_firstpass import maybe_values
from planwatch.extract.prose_items import opens_item, opens_later_item, time_of_earlier_item
from planwatch.extract.prose_modality import AIM_ASIDE
from planwatch.extract.prose_reader import SentenceReader
from planwatch.extract.prose_script import DocumentWords, in_document_words, unwrapped_words
from planwatch.extract.prose_special import SPECIAL_HINT, special_values
from planwatch.extract.prose_values import Value, sentence_values
from planwatch.extract.sections import SectionIndex, SectionInfo, doc_frame, setting_ahead
from planwatch.extract.sentence_start import full_sentence_start
from planwatch.extract.timewords import TimeMark, TimeState, time_marks

_SENTENCE_RE = re.compile(r"[^。;；!！?？\n]+")
# Marks that name no time of their own (同比, 比上年: against the year before the one in force).
_NO_TIME_KINDS = frozenset({"relbase", "base", "baseval"})
# The longest line read as an item of a list (•聚焦农业农村方面的6件) rather than a paragraph.
_ITEM_MAX = 40
# The bits of what a sentence holds (_sentences_to_read): a number that can be a value,
# the hint of a special value.
_VALUE, _SPECIAL = 1, 2


def _list_item(view: str, s: int) -> bool:
    """Whether the paragraph starting its sentence at ``s`` is a short item of a list (•聚焦
    交通方面的10件): one clause of at most ``_ITEM_MAX`` characters, no full stop; or breaks
    down the figures of the one before (其中，海南为9.5%左右: paragraph_time.breaks_down), or
    goes on a round-up's list of areas (上海为5.5%以上，…: naming_roundup.places_go_on). Such
    an item goes on in the kind of the lines before it; a paragraph of its own decides again."""
    end = view.find("\n", s)
    line = view[s : end if end >= 0 else len(view)].strip()
    short = len(line) <= _ITEM_MAX and "。" not in line
    return short or breaks_down(view, s) or places_go_on(view, s)


def _aim_named_after(view: str, fact: Fact) -> bool:
    """Whether the fact's kind was decided by words after its value (距3.4%的规划目标): an aim
    quoted for comparison, which says nothing of the kind of the sentences after it; so is
    an aim in a bracket beside a result (增长6.3%（预期目标为7%左右）), and the plan's aim a
    result is weighed against (已超过规划提出的62%的目标; 城乡居民收入…分别达到… after it are
    results again)."""
    kind_ev = next((ev for ev in fact.evidence if ev.field == "kind"), None)
    if kind_ev is None:
        return False
    if kind_ev.basis in (AIM_ASIDE, NEED_PACE):
        # (…后三年需年均增长10.4%才能完成目标；城镇居民人均可支配收入31240元: a pace the aim
        # needs, in its clause only; the items after it report results again.)
        return True
    if weighed_against(view, kind_ev):
        return True
    if kind_ev.basis == "time_word" and kind_ev.start is not None:
        # (…，规划期末目标为下降20%；劣Ⅴ类水体比例分别为…: the aim set beside the result
        # before it, dated by the plan's end naming it, carries to no clause after it.)
        return _PLAN_END_AIM_RE.match(view, kind_ev.start, kind_ev.end + 6) is not None
    return kind_ev.basis == "cue" and kind_ev.start >= fact.end


def _years_shared_out(view: str, marks: DocMarks, s: int, e: int) -> list[TimeMark]:
    """The years listed to open a sentence's first clause (2021年、2022年、2023年上半年，A分别
    为…；), or right after its subject (A2016年、2017年和2018年上半年分别增长…；), for a clause
    after its semicolon that names no year and shares out a 分别 list (…；B分别为…): its
    figures are of those years one each too; so for a later sentence of the paragraph that
    names no year either (…。城镇新增就业分别为…), the sentences between naming none. None
    elsewhere."""
    if "分别" not in view[s:e] or any(m.kind in ("year", "range") for m in marks.within(s, e)):
        return []
    first = full_sentence_start(view, s)
    if first < s:
        return _years_listed(view, marks, first, s)
    line = view.rfind("\n", 0, s) + 1
    while first > line:  # (the paragraph's sentences before, nearest first)
        first = full_sentence_start(view, first - 1)
        if any(m.kind in ("year", "range") for m in marks.within(first, s)):
            return _years_listed(view, marks, first, s)
    return []


def _years_listed(view: str, marks: DocMarks, first: int, s: int) -> list[TimeMark]:
    """The years listed at the start of the sentence from ``first`` (after its subject),
    when two or more; else none."""
    listed: list[TimeMark] = []
    at = first + len(_LIST_LEAD_RE.match(view, first, s).group())  # type: ignore[union-attr]
    for m in marks.within(first, s):
        if not listed and m.kind in ("year", "range") and _SUBJECT_RE.fullmatch(view, at, m.start):
            at = m.start  # (the first clause's subject before its years)
        if m.kind not in ("year", "range") or m.start != at:
            break
        if m.kind == "range" and "、" not in view[m.start : m.end]:
            return []  # (2021—2022年: a span, not years listed)
        listed.append(m)
        at = m.end + len(_LIST_JOIN_RE.match(view, m.end, s).group())  # type: ignore[union-attr]
    return listed if len(listed) >= 2 else []


# What may lead a list of years opening a sentence (其中，), and what joins its years.
_LIST_LEAD_RE = re.compile(r"\s*(?:其中\s*[,，]?\s*)?")
_LIST_JOIN_RE = re.compile(r"\s*(?:[、和及与]\s*)?")
# The subject a clause may open with before its years (固定资产投资2016年、…): words only.
_SUBJECT_RE = re.compile(r"[\u4e00-\u9fff（）()]{1,16}")


# The plan's end naming the aim of its own clause (规划期末目标为, 期末预期目标值).
_PLAN_END_AIM_RE = re.compile(r"(?:规划)?期末\s*的?(?:规划|预期)?目标")


def _sentences_to_read(
    view: str,
    spans: list[tuple[int, int]],
    marks: list[int],
    values: list[int],
    special: list[int],
    starts: list[int],
) -> tuple[bytearray, bytearray]:
    """Per sentence (``spans``, in text order): ``read``, 1 when it must be read: the first
    sentence of a line, or one where a time mark, a number that can be a value or a
    special value starts (``marks``, ``values``, ``special``: sorted offsets). Any other
    sentence, read, would change nothing: it neither opens a paragraph nor holds a time or
    a value. And ``holds``: bit ``_VALUE`` when a value's number starts inside the
    sentence, bit ``_SPECIAL`` when a special value's hint does (the two things a read
    sentence is asked about, answered here once for all). Found by bisecting each offset
    and line break into the sentence starts (``starts``: each span's start), not by testing
    every sentence."""
    read = bytearray(len(spans))
    holds = bytearray(len(spans))
    if not spans:
        return read, holds
    first = starts[0]
    read[0] = 1
    last = len(spans) - 1
    for found, bit in ((marks, 0), (values, _VALUE), (special, _SPECIAL)):
        for pos in found:
            i = bisect.bisect_right(starts, pos) - 1 if pos >= first else 0
            read[i] = 1
            if bit and pos >= first and pos < spans[i][1]:
                holds[i] |= bit  # (an offset between two sentences is inside neither)
    line = view.find("\n")
    while line >= 0:
        i = bisect.bisect_right(starts, line)  # (the first sentence after the break)
        if i > last:
            break
        read[i] = 1
        line = view.find("\n", starts[i])
    return read, holds


def _values_of(
    view: str,
    spans: list[tuple[int, int]],
    holds: bytearray,
    numbers: list[NumberRow],
    maybe: list[bool],
) -> dict[int, list[Value]]:
    """The values of each sentence that ``holds`` a number that can be one or a special
    value's hint (:func:`sentence_values`: they depend on the sentence alone), by sentence
    index; a sentence found to hold none has its ``holds`` cleared (it is read for its time
    words only, and a paragraph of such sentences is passed over: ``_quiet_paragraphs``)."""
    starts = [n[0] for n in numbers]
    out: dict[int, list[Value]] = {}
    for i, bits in enumerate(holds):
        if not bits:
            continue
        s, e = spans[i]
        extra = special_values(view, s, e) if bits & _SPECIAL else []
        if extra or bits & _VALUE:
            lo = bisect.bisect_left(starts, s)
            hi = bisect.bisect_left(starts, e, lo)
            found = sentence_values(view, s, e, as_matches(numbers[lo:hi]), extra, maybe[lo:hi])
            if found:
                out[i] = found
                continue
        holds[i] = 0
    return out


def _quiet_paragraphs(
    view: str,
    spans: list[tuple[int, int]],
    read: bytearray,
    holds: bytearray,
    keep: range,
    starts: list[int],
) -> list[int]:
    """The first sentences of the paragraphs (lines) whose sentences hold no value and no
    special value, each passed over unread (its ``read`` marks cleared): such a paragraph
    makes no fact, and what it leaves for the paragraphs after it is only that a new
    paragraph began (:meth:`ParagraphTime.pass_over`). Unless the next one goes on in its
    time (其中, …), or is a contents list: then it is read. ``keep``: the sentences of the
    contents list and the one after it, read as before; ``starts``: each span's start, as
    :func:`_sentences_to_read` bisects them. (About three in four sentences visited before
    were of such paragraphs.)"""
    firsts = [0]
    last = len(spans) - 1
    line = view.find("\n", spans[0][1]) if spans else -1
    while line >= 0:
        i = bisect.bisect_right(starts, line, firsts[-1])  # (the first sentence after the break)
        if i > last:
            break
        firsts.append(i)
        line = view.find("\n", spans[i][1])
    quiet: list[int] = []
    for k, a in enumerate(firsts):
        b = firsts[k + 1] if k + 1 < len(firsts) else len(spans)
        if holds.count(0, a, b) < b - a or (a < keep.stop and keep.start < b):
            continue
        if b < len(spans) and (b in keep or goes_on(view, spans[b][0])):
            continue  # (a contents list passed over, the paragraph after it may go on)
        if b < len(spans) and _AIMS_LEAD_END_RE.search(view, spans[b - 1][0], spans[b - 1][1]):
            continue  # (…主要预期目标是： its time read, for the aims listed after it)
        read[a:b] = bytes(b - a)
        quiet.append(a)
    return quiet


def _to_visit(read: bytearray, para: ParagraphTime) -> Iterator[int]:
    """The indices of the sentences to visit: those ``read`` marks, and the one after a
    run-in heading (``para.open`` once the sentence before is done). The others are passed
    over without a step of the loop each (about half the sentences of a plan)."""
    n = len(read)
    i = read.find(1)
    while 0 <= i < n:
        yield i
        i = i + 1 if para.open else read.find(1, i + 1)


class DocMarks:
    """A document's time marks in text order, sliced per sentence by offset."""

    def __init__(self, marks: list[TimeMark]) -> None:
        self.marks = marks
        self.starts = [m.start for m in marks]

    def within(self, s: int, e: int) -> list[TimeMark]:
        """The marks lying wholly inside ``[s, e)``."""
        lo = bisect.bisect_left(self.starts, s)
        if lo == len(self.starts) or self.starts[lo] >= e:
            return []  # (most sentences hold no time word)
        hi = bisect.bisect_left(self.starts, e, lo)
        return [m for m in self.marks[lo:hi] if m.end <= e]


def _numbered_as_said_again(view: str, facts: list[Fact]) -> list[Fact]:
    """A 十个数字 page's numbered figure (数字8：7.5%) is the figure its lines after say again
    (【原文】今年…预期增长7.5%): of that figure's kind and time, which its own line does not say."""
    at = {f.start: f for f in facts}
    out = []
    for f in facts:
        line = view.rfind("\n", 0, f.start) + 1
        if numbered_figure(view, line):
            eol = view.find("\n", f.end)
            said = view.find(view[f.start : f.end], eol, eol + REPEAT_WINDOW) if eol > 0 else -1
            again = at.get(said)
            if again is not None:
                own = tuple(e for e in f.evidence if e.field not in ("kind", "year"))
                timing = tuple(e for e in again.evidence if e.field in ("kind", "year"))
                f = f.with_(
                    kind=again.kind,
                    year=again.year,
                    period_start=again.period_start,
                    evidence=own + timing,
                )
        out.append(f)
    return out


# A sentence going through the parts of the year (分季度看，一季度增长5.2%，上半年增长5.6%…).
_BY_PARTS_RE = re.compile(r"\s*(?:分季度|从季度|分月份?|逐季)看?\s*[,，]")


# A paragraph leading aims in on the lines after it (建议2023年全市…的主要预期目标是：): its
# time is the aims' (their paragraphs, 一是…, name none of their own).
_AIMS_LEAD_END_RE = re.compile(r"(?:目标|目标任务|预期目标)\s*(?:是|为|如下)?\s*[:：]\s*$")


def _undated(marks: list[TimeMark], ctx: ExtractContext) -> list[TimeMark]:
    """The marks but those of the document's own date line (某县经济社会发展情况（2013年4月）
    run into its first paragraph): the date it was written, no time of the figures after it."""
    lines = [
        (ev.start, ev.end)
        for ev in ctx.meta.evidence
        if ev.field == "reference_date"
        and ev.basis in ("issue_line", "meeting_line")
        and ev.start is not None
        and ev.end is not None
    ]
    return [m for m in marks if not any(a <= m.start < b for a, b in lines)] if lines else marks


def _base_state(
    view: str,
    span: tuple[int, int],
    first_sentence: bool,
    para: ParagraphTime,
    section: SectionInfo,
    marks: DocMarks,
    own: list[TimeMark],
) -> TimeState:
    """The time a sentence at ``span`` reads its figures in before its own marks (``own``,
    with the years shared out to it; ``marks``, the document's): its section's, the
    paragraph's after its first sentence, or a clause topic before it."""
    s, e = span
    frame = para.frame
    base_state = section.state
    if not first_sentence and para.state.explicit:
        # (…；二是…: a time named inside an earlier item is not this one's; a sentence
        # looking ahead itself keeps its own setting.)
        ahead = marks.within(full_sentence_start(view, s), e)
        if not time_of_earlier_item(view, para.para_start, s, para.state.src) and not setting_ahead(
            frame, section, para.state, ahead, aims_run_in(view, para.para_start)
        ):
            base_state = para.state
    if first_sentence or opens_later_item(view, s):
        return base_state
    timed = [m for m in own if m.kind not in _NO_TIME_KINDS]
    if not timed:
        return clause_topic(view, s, marks, frame, base_state) or base_state
    if all(m.kind == "span" and m.year is None for m in timed):
        # (2012年全县…；…两年累计完成268.5亿元: a span counts back from the whole year
        # opening its sentence, not from a part of a year; a length of years, from the
        # horizon opening it too: 到2020年，…；…五年累计突破400亿元.)
        topic = clause_topic(view, s, marks, frame, base_state)
        whole_year = topic is not None and topic.explicit and topic.period_start is None
        lasting = all(m.lasting for m in timed)
        if whole_year and not (topic.part or topic.retro or (topic.future and not lasting)):
            return topic
    return base_state


def _parts_name(view: str, s: int, first: str) -> str:
    """The name of a sentence going through the year's parts: its paragraph's first figure's
    (…地区生产总值46872.3亿元，…。三次产业结构为…。分季度看，一季度增长5.2%: the GDP's quarters,
    not the last-named 第三产业比重); "" for any other sentence."""
    return first if first and _BY_PARTS_RE.match(view, s) else ""


def _point_heading(view: str, s: int, e: int) -> str:
    """The indicator a run-on point's heading sentence ``[s, e)`` names (二是研发经费投入强度。,
    a sentence holding no figure, so never read itself: the next one takes its name)."""
    return item_heading(view, s, e) if opens_item(view, s) else ""


def _walk(
    view: str, numbers: list[NumberRow], marks: DocMarks, toc: Span | None
) -> tuple[list[tuple[int, int]], bytearray, dict[int, list[Value]], list[int]]:
    """The sentences' spans, which to read (``_sentences_to_read``), the values of each
    holding one (``_values_of``) and the first sentences of the paragraphs passed over
    (``_quiet_paragraphs``)."""
    # A first pass: which numbers can be values at all; a sentence holding none of them
    # (and no special value) is not read (most numbers are list numbers and names: 一体化).
    maybe = maybe_values(view, numbers)
    value_starts = [n[0] for n, ok in zip(numbers, maybe, strict=True) if ok]
    special_starts = [m.start() for m in SPECIAL_HINT.finditer(view)]
    spans = [sm.span() for sm in _SENTENCE_RE.finditer(view)]
    starts = [s for s, _ in spans]
    # Only a sentence that opens a line, holds a time mark or a number that can be a
    # value (or follows a run-in heading) changes what the loop keeps; the others are
    # passed over unread (about half the sentences of a plan).
    read, holds = _sentences_to_read(
        view, spans, marks.starts, value_starts, special_starts, starts
    )
    keep = range(0)
    if toc is not None:  # (the sentence after a contents list opens a paragraph)
        after_toc = bisect.bisect_left(spans, (toc.end, -1))
        if after_toc < len(spans):
            read[after_toc] = 1
        keep = range(bisect.bisect_left(spans, (toc.start, -1)), after_toc + 1)
    values = _values_of(view, spans, holds, numbers, maybe)
    return spans, read, values, _quiet_paragraphs(view, spans, read, holds, keep, starts)


class ProseExtractor:
    """Facts from the sentences of a document (origin ``"prose"``)."""

    name = "prose"

    def extract(self, text: str, ctx: ExtractContext) -> list[Fact]:
        # The matching view: folded, pinyin junk blanked; same length, so offsets index ``text``.
        folded = han_years(fold(text))  # (二〇三五年 read as 2035年)
        words = DocumentWords(text, folded)
        view = unwrapped_words(words.blanked(folded))  # (比上年增 长: a PDF's wrap inside)
        frame = doc_frame(ctx.meta)
        sections = SectionIndex(view, ctx, frame)
        numbers = scan_numbers(text)  # (rows: matches are made for the sentences read)
        # Time expressions of the whole text, read once; each sentence takes its slice.
        marks = DocMarks(_undated(time_marks(view), ctx))
        toc = ctx.outline.toc
        spans, read, values, quiet = _walk(view, numbers, marks, toc)
        facts: list[Fact] = []
        para = ParagraphTime(view, frame)
        # Section start -> kind of its last fact in this paragraph: a new paragraph decides
        # its kind again from its own words, its section and the genre, not the last one's.
        last_kind: dict[int, Kind] = {}
        para_name = ""  # the paragraph's last figure's name, for a sentence naming none
        para_first = ""  # its first figure's name, for its parts (分季度看，一季度增长…)
        prev_names: list[str] = []  # the names of the figures of its sentence before
        head_line = -2  # the line whose run-in heading set ``para_name``
        # Paragraphs holding no value are passed over whole, in text order before the
        # sentence visited after them: only a new paragraph's start is kept of them.
        q = 0
        for i in _to_visit(read, para):
            while q < len(quiet) and quiet[q] <= i:
                if quiet[q] < i and para.pass_over(spans[quiet[q]][0]) and last_kind:
                    if not _list_item(view, spans[quiet[q]][0]):
                        last_kind.clear()
                q += 1
            s, e = spans[i]
            if toc is not None and toc.start <= s < toc.end:
                continue
            sentence_marks = _years_shared_out(view, marks, s, e) + marks.within(s, e)
            first_sentence = para.enter(s, e, sentence_marks, sections)
            line = view.rfind("\n", 0, s)
            # A numbered item's run-in heading names its figures (1.地区生产总值。…); the
            # sentence after a run-in heading is a first sentence too, of the same line. (A
            # dash item going on a look back's time still heads its own line: ——社会消费品
            # 零售总额。2022年达到… after ——固定资产投资。两年累计完成….)
            opens_line = line != head_line and not view[line + 1 : s].strip()
            heading = item_heading(view, s, e) if first_sentence or opens_line else ""
            if not heading and i and "\n" not in view[spans[i - 1][1] : s]:
                heading = _point_heading(view, *spans[i - 1])  # (二是研发经费投入强度。预计…)
            if first_sentence and (heading or line != head_line) or heading:
                # (平均每年增加60.4万人 opening a line after …十年共增加604.3万人: the paragraph
                # goes on the figure named before it)
                kept = para_name if not heading and _MOVE_OPENS_RE.match(view, s) else ""
                para_name, head_line = heading or kept, line
            if first_sentence or heading:
                # (a paragraph of the year's parts, 分季度看，一季度增长5.1%…, after the one
                # naming the figure: its parts, under the name the paragraph before opened on)
                prev_names = []
                para_first = "" if heading or not _BY_PARTS_RE.match(view, s) else para_first
                if last_kind and not _list_item(view, s):  # (nothing to forget: not asked)
                    last_kind.clear()
            if i in values:
                section = sections.at(s)
                base_state = _base_state(
                    view, (s, e), first_sentence, para, section, marks, sentence_marks
                )
                inherited = None if opens_later_item(view, s) else last_kind.get(section.start)
                reader = SentenceReader(
                    view, s, e, ctx, frame, section, base_state, inherited, sentence_marks,
                )  # fmt: skip
                reader.para_name = _parts_name(view, s, para_first) or para_name
                reader.prev_names = prev_names
                found = reader.read_values(values[i])
                prev_names = [f.indicator for f in found]
                carried = [f for f in found if not _aim_named_after(view, f)]
                if carried:
                    last_kind[section.start] = carried[-1].kind
                named = [f for f in found if f.start not in reader.plan_shares]
                if named:  # (a gap's name without its direction: gap_named)
                    para_name = gap_base(named[-1].indicator)
                if found:
                    para_first = para_first or found[0].indicator
                facts.extend(found)
            para.leave(s, sentence_marks)
        return in_document_words(words, _numbered_as_said_again(view, facts))


# A paragraph opening on how a figure moved, with no name of its own (平均每年增加…, 年均增长…;
# a phone's layout of one clause a line: …收入33.2亿元 / 增长10.5%).
_MOVE_OPENS_RE = re.compile(
    r"\s*(?:(?:平均)?(?:每年|年均)(?:增加|增长|减少|下降|提高|降低)"
    r"|(?:同比|比上年)?(?:增长|下降)\s*-?[\d.]+\s*[%％]\s*$)",
    re.M,
)


from planwatch.extract.base import register  # noqa: E402 - registers itself once the class exists

register("prose", ProseExtractor)
