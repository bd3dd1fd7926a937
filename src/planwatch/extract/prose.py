"""The default prose extractor: quantified facts from the sentences of a document.

For every number in a sentence the extractor decides whether it states a
quantity (not a date, list number, plan name, threshold or streak), reads its
unit and the words around it, and makes a :class:`~planwatch.core.data.Fact`:

* value span: the number with its unit and a trailing 以上/以内/左右 as printed;
* indicator: the clause's words before the value, without leading modal words
  (力争, 实现) and trailing value cues (增长, 达到); when the value comes first
  (建设18公里燃气管道) the noun after it; when a clause has no name of its own
  (…458.51亿元,增长2.8%) the previous figure's; a 分别 list is distributed;
* measure and sign from the cue right before the value (增长 -> growth,
  提高…个百分点 -> change, 下降 -> negative, 降至 -> level);
* year and period from time words (:mod:`planwatch.extract.timewords`) read in
  the section, paragraph and sentence, in that order;
* kind from the sentence's cue words, the year against the document's
  reference year, and the section (:mod:`planwatch.extract.sections`).

Everything is computed on a view of the text with full-width digits made ASCII
(same length), so offsets index the stored text.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from planwatch.core.data import (
    Binding,
    Comparator,
    DocType,
    ExtractContext,
    Fact,
    Kind,
    Measure,
)
from planwatch.extract.cues import cues
from planwatch.extract.numbers import NumberMatch, find_numbers, parse_number, to_view
from planwatch.extract.sections import DocFrame, SectionIndex, doc_frame
from planwatch.extract.timewords import TimeState, time_marks
from planwatch.extract.units import UnitInfo, match_unit_at, unit_info

log = logging.getLogger(__name__)

_SENTENCE_RE = re.compile(r"[^。;；!！?？\n]+")
_CLAUSE_DELIMS = ",，:：;；。\n"
_LIST_SEPS = "、和及与 "
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BULLET_RE = re.compile(
    r"^[\s●•·▪■◆◇○★☆\-—>》]*(?:\d{1,2}\s*[.、．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|"
    r"[一二三四五六七八九十]{1,3}\s*、)?[\s●•·]*"
)
_LEAD_TIME_RE = re.compile(
    r"^(?:(?:到|至|在|截至)?\s*(?:19|20)\d{2}\s*年(?:底|末|度|初)?|今年|去年|上年|明年|全年|当年|"
    r"[“”\"\s]*十[一二三四五六七八九]?五[“”\"\s]*(?:时期|期间|期末|末|以来)?|"
    r"(?:过去)?[一二三四五六七八九十两\d]{1,2}年(?:来|以来|间)?|其中|同时|此外|另外)+"
)
_TRAILING_JUNK = re.compile(r"[\s的有是为在了,，、:：“”\"'‘’《》()（）]+$")
_EDGE_JUNK = re.compile(r"^[\s,，、:：”\"'’)）]+")
_AFTER_NOUN_RE = re.compile(r"^[\u4e00-\u9fff“”\"‘’A-Za-z0-9·()（）]{2,16}")
_AFTER_STOP_RE = re.compile(
    r"达到|实现|完成|增长|下降|提高|全部|全面|分别|均|投入|建成|开工|动工(?=建设)|以上|以下"
)
# Units a figure is stated in only when it measures something (time spans and
# event counters after Chinese numerals are names or slogans: 三年行动, 三次会议).
_CHINESE_SKIP_DIMS = {"count_events", "years", "days", "months", "hours", "minutes", "rank"}
_COUNT_DIMS = {
    "count", "count_firms", "count_items", "count_cases", "count_schools", "count_dwellings",
    "count_beds", "count_vehicles", "count_machines", "count_ships", "count_livestock",
    "count_trees", "count_batches", "count_events",
}  # fmt: skip
# Dimensions whose "N unit 以上 + noun" defines a category (亿元以上项目, 60周岁以上老人).
_THRESHOLD_DIMS = {"money", "money_usd", "age", "area", "mass", "power", "length", "households",
                   "people", "energy_coal", "electricity", "years"}  # fmt: skip
_THRESHOLD_AFTER = re.compile(r"(?:[(（][^)）]{0,12}[)）])?[)）]?\s*(?:及)?(?:以上|以下)的?(?=[\u4e00-\u9fff“])")
_SUFFIX_CMP_RE = re.compile(r"\s*(以上|以内|以下|左右)")
_RANGE_SEP_RE = re.compile(r"\s*[-—–~～至到]\s*")
_DATE_AFTER_RE = re.compile(r"^\s*(?:月|日|号|时|点(?![\d一二三四五六七八九])|周年|世纪|年代)")
_YEARS_OK_RE = re.compile(r"年限|寿命|年龄|工龄|周期|时间")
_TIME_OK_RE = re.compile(r"时间|时限|天数|压缩|缩短|办结|控制在|以内|时长|提速|工作日|用时|缩减")
_RANK_RE = re.compile(
    r"(?:排名|排位|排|居|位居|位列|列|名列|获|进入|跻身|全省|全市|全国|全区|全县|省内|片区|区域)"
    r"[^,，。;；、\n]{0,8}?(?P<val>(?P<pre>第|前)\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:位|名)?)"
    r"(?![\d一二三四五六七八九十个批次届期章节条款大类家项种阶档梯队轮])"
)
_FANFAN_RE = re.compile(r"翻\s*(?P<n>[一两二三四]|\d)\s*番")
_PERCENT_WORD_RE = re.compile(r"百分之(?P<num>[\d.]+|[零一二三四五六七八九十百点]+)")
_RATIO_RE = re.compile(r"\s*[:：]\s*")
_FLOW_RE = re.compile(r"累计|新增|完成|引进|新建|建成|投入|培育|创建|招商|共计|合计|总计|新认定|新登记")
_BINDING_RE = re.compile(r"约束性|预期性")

_C = None  # cue tables, loaded on first use


def _cues():  # noqa: ANN202 - tiny accessor
    global _C
    if _C is None:
        _C = cues()
    return _C


@dataclass(slots=True)
class _Value:
    """A number judged to state a quantity, before it becomes a Fact."""

    start: int  # value span (number, unit, trailing comparator word)
    end: int
    num_start: int
    num_end: int  # end of the number (or of the range's last number)
    value: float
    unit: str | None
    unit_info: UnitInfo | None
    comparator: Comparator | None = None  # from a suffix (以上) or the range
    after_end: int = 0  # where the unit and any trailing comparator end
    fixed_measure: Measure | None = None  # 翻一番, ranks, zero
    fixed_name: str | None = None


@dataclass(slots=True)
class _SentenceState:
    prev_name: str = ""
    prev_quote_start: int = -1
    prev_measure: Measure | None = None
    prev_sign: int = 1
    prev_unit: str | None = None
    dist_items: list[str] = field(default_factory=list)
    dist_index: int = 0
    dist_clause: int = -1


class ProseExtractor:
    """Facts from the sentences of a document (origin ``"prose"``)."""

    name = "prose"

    def extract(self, text: str, ctx: ExtractContext) -> list[Fact]:
        view = to_view(text)
        frame = doc_frame(view, ctx)
        sections = SectionIndex(view, ctx, frame)
        numbers = find_numbers(text)
        starts = [n.span.start for n in numbers]
        toc = ctx.outline.toc
        facts: list[Fact] = []
        para_state = TimeState()
        para_start = -1
        last_kind: dict[int, Kind] = {}  # section start -> kind of its last fact
        for sm in _SENTENCE_RE.finditer(view):
            s, e = sm.start(), sm.end()
            if toc is not None and toc.start <= s < toc.end:
                continue
            # A paragraph's first sentence sets the time for the rest of it (五年来, ...).
            line_start = view.rfind("\n", 0, s) + 1
            if line_start != para_start:
                para_start = line_start
                para_state = TimeState()
                for mark in time_marks(view, s, e):
                    para_state = para_state.fold(mark, frame.ref_year)
                first_sentence = True
            else:
                first_sentence = False
            lo = bisect.bisect_left(starts, s)
            hi = bisect.bisect_left(starts, e)
            extra = _special_values(view, s, e)
            if lo == hi and not extra:
                continue
            section = sections.at(s)
            base_state = section.state
            if not first_sentence and para_state.explicit:
                base_state = para_state
            reader = _SentenceReader(text, view, s, e, ctx, frame, section.kind, base_state,
                                     last_kind.get(section.start))
            found = reader.read(numbers[lo:hi], extra)
            if found:
                last_kind[section.start] = found[-1].kind
            facts.extend(found)
        return facts


def _special_values(view: str, s: int, e: int) -> list[_Value]:
    """Values that are not plain numbers: ranks, 翻一番, 零 outcomes, 百分之X."""
    out: list[_Value] = []
    for m in _RANK_RE.finditer(view, s, e):
        v = parse_number(m.group("num"))
        if v is None or v <= 0:
            continue
        cmp_ = Comparator.LE if m.group("pre") == "前" else Comparator.EQ
        vs, ve = m.start("val"), m.end("val")
        out.append(_Value(vs, ve, m.start("num"), m.end("num"), v, "位", unit_info("位"), cmp_,
                          ve, Measure.LEVEL))
    for m in _FANFAN_RE.finditer(view, s, e):
        n = parse_number(m.group("n")) or 1
        out.append(_Value(m.start(), m.end(), m.start("n"), m.end("n"), (2**n - 1) * 100.0, "%",
                          unit_info("%"), None, m.end(), Measure.GROWTH))
    for m in _cues().zero_re.finditer(view, s, e):
        out.append(_Value(m.start(), m.start() + 1, m.start(), m.start() + 1, 0.0, "", None, None,
                          m.start() + 1, Measure.LEVEL))
    for m in _PERCENT_WORD_RE.finditer(view, s, e):
        v = parse_number(m.group("num").replace("点", "."))
        if v is None:
            continue
        out.append(_Value(m.start(), m.end(), m.start("num"), m.end("num"), v, "%",
                          unit_info("%"), None, m.end()))
    return out


class _SentenceReader:
    """Reads the values of one sentence into facts."""

    def __init__(self, text: str, view: str, s: int, e: int, ctx: ExtractContext,
                 frame: DocFrame, section_kind: Kind | None, base_state: TimeState,
                 inherited_kind: Kind | None) -> None:  # fmt: skip
        self.text, self.view, self.s, self.e = text, view, s, e
        self.ctx, self.frame = ctx, frame
        self.section_kind = section_kind
        self.base_state = base_state
        self.inherited_kind = inherited_kind
        self.marks = time_marks(view, s, e)
        self.clause_starts = [s] + [i + 1 for i in range(s, e) if view[i] in _CLAUSE_DELIMS]

    # -- finding values ---------------------------------------------------------------------

    def _values(self, numbers: list[NumberMatch], extra: list[_Value]) -> list[_Value]:
        view = self.view
        taken: list[tuple[int, int]] = [(v.num_start, v.num_end) for v in extra]
        vals: list[_Value] = list(extra)
        skip_until = -1
        for i, n in enumerate(numbers):
            ns, ne = n.span.start, n.span.end
            if ns < skip_until or any(a <= ns < b for a, b in taken):
                continue
            v = self._value_of(n, numbers[i + 1 :])
            if v is None:
                continue
            if v.num_end > ne:
                skip_until = v.num_end
            vals.append(v)
        vals.sort(key=lambda v: v.start)
        # Drop values overlapping an earlier one (a rank also seen as a number, ...).
        kept: list[_Value] = []
        for v in vals:
            if kept and v.start < kept[-1].end:
                continue
            kept.append(v)
        return [v for v in kept if not _in_quotes_or_title(view, v.num_start, self.s)
                or v.fixed_measure is not None and v.value == 0]

    def _value_of(self, n: NumberMatch, following: list[NumberMatch]) -> _Value | None:
        view = self.view
        ns, ne = n.span.start, n.span.end
        before = view[ns - 1] if ns > 0 else ""
        if before == "第" or before == "+" or (before and _LATIN.match(before)):
            return None
        if before in ".．" and ns >= 2 and view[ns - 2].isdigit():
            return None  # 2.0 after a name ("数字政府"2.0) or a version number
        if n.chinese and n.raw in ("零", "〇"):
            return None
        after = view[ne : ne + 12]
        if after[:1] == "+" or _DATE_AFTER_RE.match(after):
            return None
        pos = ne
        approx_more = False
        if view[pos : pos + 1] in ("多", "余"):
            pos += 1
            approx_more = True
        um = match_unit_at(view, pos)
        unit_end = um.end if um else pos
        paren_unit = False
        if um is None and view[pos : pos + 1] in (")", "）"):
            um = match_unit_at(view, pos + 1, skip_spaces=False)
            paren_unit = um is not None
            unit_end = pos  # the value is the number itself: (5000)亩
        if um is None and _LATIN.match(view[ne : ne + 1] or " "):
            return None  # 5G, 3A
        value = n.value
        info = um.info if um else None
        comparator: Comparator | None = Comparator.GE if approx_more else None
        end = unit_end if not paren_unit else ne
        num_end = ne
        # Ranges 6%-7%, 8%—8.5%: one fact at the lower bound, comparator ge.
        rm = _RANGE_SEP_RE.match(view, unit_end) if following else None
        if rm and following and following[0].span.start == rm.end():
            nxt = following[0]
            um2 = match_unit_at(view, nxt.span.end)
            if (info is None or (um2 and um2.info.unit == info.unit)) and nxt.value > value:
                if info is None and um2 is not None:
                    info = um2.info
                end = um2.end if um2 else nxt.span.end
                num_end = nxt.span.end
                comparator = Comparator.GE
        # Ratios 2.4:58.9:38.7 (shares, %) and 2.01:1 (one value, no unit).
        ratio = _RATIO_RE.match(view, ne)
        if info is None and ratio and following and following[0].span.start == ratio.end():
            parts, last = 2, following[0]
            for nxt in following[1:]:
                rr = _RATIO_RE.match(view, last.span.end)
                if not (rr and nxt.span.start == rr.end()):
                    break
                parts, last = parts + 1, nxt
            if parts >= 3:
                info = unit_info("%")
            elif following[0].value != 1:
                return None
            return _Value(ns, ne, ns, ne, value, info.unit if info else None, info, None, ne)
        if ratio and before in ":：" and info is None:
            return None
        if info is None:
            # A bare number: a list member borrowing the unit of the next (9.3、0.6个百分点).
            k = ne
            while k < len(view) and view[k] in "、和及 ":
                k += 1
            if k > ne and following and following[0].span.start == k:
                um2 = match_unit_at(view, following[0].span.end)
                if um2 is not None and um2.info.dimension not in ("years",):
                    info = um2.info
            if info is None:
                return None
        dim = info.dimension
        if dim == "years" and (value >= 1900 or not _YEARS_OK_RE.search(view, self.s, ns)):
            return None
        if dim in ("days", "months", "hours", "minutes") and not _TIME_OK_RE.search(
            view, max(self.s, ns - 30), min(self.e, ns + 20)
        ):
            return None
        if n.chinese:
            if not any(ch in "零〇一二两三四五六七八九" for ch in n.raw):
                return None  # 千亩茶园, 百县千镇: a bare 千/百 is a name, not a count
            if dim in _CHINESE_SKIP_DIMS or (dim in _COUNT_DIMS and value < 10):
                return None
            if value < 10 and info.unit not in ("%", "倍") and not (
                info.factor >= 1e4 and dim != "scale"
            ):
                return None  # 二元结构, 三大: small Chinese numerals are mostly names
        if dim in _THRESHOLD_DIMS and _THRESHOLD_AFTER.match(view, unit_end):
            return None
        if dim == "count_events" and view.startswith(("会议", "全会"), unit_end):
            return None
        sm = _SUFFIX_CMP_RE.match(view, end)
        after_end = end
        if sm and not paren_unit:
            word = sm.group(1)
            comparator = {"以上": Comparator.GE, "以内": Comparator.LE, "以下": Comparator.LE,
                          "左右": Comparator.APPROX}[word]  # fmt: skip
            end = sm.end()
            after_end = end
        elif paren_unit and um is not None:
            after_end = um.end
        if info.multiplier != 1:
            value = round(value * info.multiplier, 10)
        return _Value(ns, end, ns, num_end, value, info.unit, info, comparator, after_end)

    # -- reading a value's words ---------------------------------------------------------

    def _clause_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.clause_starts, pos) - 1
        cs = self.clause_starts[i]
        ce = self.clause_starts[i + 1] - 1 if i + 1 < len(self.clause_starts) else self.e
        return cs, ce

    def read(self, numbers: list[NumberMatch], extra: list[_Value]) -> list[Fact]:
        values = self._values(numbers, extra)
        if not values:
            return []
        st = _SentenceState()
        facts: list[Fact] = []
        prev_end = -1
        for v in values:
            cs, ce = self._clause_of(v.start)
            seg_start = max(cs, prev_end) if prev_end >= cs else cs
            fact = self._fact(v, seg_start, cs, ce, st)
            prev_end = v.after_end
            if fact is not None:
                facts.append(fact)
        return facts

    def _fact(self, v: _Value, seg_start: int, cs: int, ce: int, st: _SentenceState) -> Fact | None:
        view, C = self.view, _cues()
        pre = view[seg_start : v.start]
        bullet = _BULLET_RE.match(pre)
        lead_off = bullet.end() if bullet else 0
        pre = pre[lead_off:]
        chain_m = C.chain_re.search(pre)
        chain = pre[chain_m.start() :] if chain_m else ""
        subject = pre[: chain_m.start()] if chain_m else pre
        tokens = C.token_re.findall(chain)
        roles = {r for t in tokens for r in C.roles(t)}
        if any(t.startswith(("比", "较")) and len(t) > 1 for t in tokens):
            roles.add("base")
        # Names: strip time words and empty lead words, then trailing junk.
        name_raw = subject
        name = _clean_name(name_raw)
        name_start = seg_start + lead_off + (len(subject) - len(subject.lstrip()))
        list_only = not name and seg_start > cs and all(ch in _LIST_SEPS + "(（)）" for ch in pre)
        # 分别: distribute the values over the names listed before it.
        if "分别" in subject or "each" in roles:
            items_src = subject.split("分别")[0]
            items = [_clean_name(x) for x in re.split(r"[、和及与]", items_src) if _clean_name(x)]
            if len(items) >= 2:
                st.dist_items, st.dist_index, st.dist_clause = items, 0, cs
                name = items[0]
        elif list_only and st.dist_items and st.dist_clause == cs:
            st.dist_index += 1
            if st.dist_index < len(st.dist_items):
                name = st.dist_items[st.dist_index]
        # The value first, its noun after (建设18公里燃气管道, 推动40个工业项目动工).
        after_name = ""
        quote_end = v.end
        if v.fixed_name is None:
            k = v.after_end
            rest = view[k:ce]
            if rest[:1] in "(（":
                close = re.match(r"[(（][^)）]{0,16}[)）]", rest)
                if close:
                    k += close.end()
                    rest = view[k:ce]
            am = _AFTER_NOUN_RE.match(rest)
            if am and not rest.startswith(("的", "、", "和")):
                cand = am.group()
                stop = _AFTER_STOP_RE.search(cand)
                if stop:
                    cand = cand[: stop.start()]
                cand = _TRAILING_JUNK.sub("", cand)
                if len(cand) >= 2 and _CJK.search(cand):
                    after_name = cand
                    quote_end = k + am.start() + len(cand)
        inherited = False
        if after_name and not list_only:
            name = (name + after_name) if name else after_name
        if not name:
            if st.prev_name:
                name, inherited = st.prev_name, True
            else:
                name = _previous_clause_name(view, self.s, cs)
        if v.fixed_name:
            name = v.fixed_name
        if v.fixed_measure is not None and v.value == 0 and v.unit == "":
            # 零填埋: the outcome named after 零 belongs to the name.
            zm = re.match(r"[\u4e00-\u9fff]{1,4}", view[v.end : v.end + 4])
            if zm:
                name = _clean_name(subject) + zm.group()
                quote_end = v.end + zm.end() + (1 if view[v.end + zm.end() : v.end + zm.end() + 1] == "”" else 0)
        if not name:
            return None
        # Measure and sign.
        measure = v.fixed_measure or Measure.LEVEL
        sign = 1
        last_dir = None
        for t in tokens:
            rs = C.roles(t)
            if "up" in rs:
                last_dir = 1
            elif "down" in rs:
                last_dir = -1
            elif "to" in rs and last_dir is not None and t not in ("了",):
                last_dir = None  # 增长到: reaches a level
        unit = v.unit
        if v.fixed_measure is None:
            if unit == "倍":
                measure = Measure.GROWTH
            elif last_dir is not None:
                measure = Measure.GROWTH if unit in ("%", "‰") else Measure.CHANGE
                sign = last_dir
            elif unit == "个百分点":
                measure = Measure.CHANGE
            elif inherited and st.prev_measure is not None and unit == st.prev_unit:
                measure, sign = st.prev_measure, st.prev_sign
            elif list_only and st.prev_measure is not None and unit == st.prev_unit:
                measure, sign = st.prev_measure, st.prev_sign
        if v.unit_info is not None and v.unit_info.dimension == "scale":
            unit = _scale_unit(v.unit_info.unit, name)
        value = v.value * sign if measure != Measure.LEVEL else v.value
        # Comparator.
        comparator = v.comparator
        if comparator is None:
            for t in reversed(tokens):
                rs = C.roles(t)
                if "ge" in rs:
                    comparator = Comparator.GE
                elif "le" in rs:
                    comparator = Comparator.LE
                elif "approx" in rs:
                    comparator = Comparator.APPROX
                if comparator:
                    break
        comparator = comparator or Comparator.EQ
        # Time.
        state = self.base_state
        base_year = None
        for mark in self.marks:
            if mark.start >= v.start:
                break
            state = state.fold(mark, self.frame.ref_year)
            if mark.kind in ("base", "baseplan") and mark.start >= seg_start:
                base_year = mark.year
        kind = self._kind(v, state, seg_start)
        year = state.year if state.year is not None else self.frame.default_year(kind)
        period_start = state.period_start
        avg = "avg" in roles
        if measure == Measure.GROWTH:
            if "yoy" in roles:
                period_start = None
            elif base_year is not None:
                period_start = base_year + 1
            elif avg:
                if period_start is None and self.frame.is_plan and kind == Kind.TARGET:
                    period_start = self.frame.period_start
                    year = state.year if state.explicit else self.frame.period_end
            else:
                period_start = None
        elif measure == Measure.CHANGE:
            if base_year is not None:
                period_start = base_year + 1
            elif "yoy" in roles:
                period_start = None
        else:
            if not (_FLOW_RE.search(name) or _FLOW_RE.search(chain)):
                period_start = None
        if period_start is not None and year is not None and period_start > year:
            period_start = None
        quote = self.view[max(self.s, min(name_start, v.start)) : quote_end]
        binding = None
        bm = _BINDING_RE.search(view, cs, ce)
        if bm:
            binding = Binding.BINDING if bm.group() == "约束性" else Binding.EXPECTED
        q_start = name_start if not inherited else min(st.prev_quote_start, name_start)
        q_start = max(self.s, min(q_start, v.start))
        del quote
        st.prev_name = name
        st.prev_quote_start = q_start
        st.prev_measure, st.prev_sign, st.prev_unit = measure, sign, unit
        return Fact(
            doc=self.ctx.doc,
            start=v.start,
            end=v.end,
            quote_start=q_start,
            quote_end=max(quote_end, v.end),
            indicator=name,
            kind=kind,
            measure=measure,
            value=value,
            unit=unit,
            year=year,
            period_start=period_start,
            comparator=comparator,
            binding=binding,
            origin="prose",
        )

    def _kind(self, v: _Value, state: TimeState, seg_start: int) -> Kind:
        frame, C = self.frame, _cues()
        if frame.doc_type == DocType.STATISTICAL_COMMUNIQUE:
            return Kind.ACTUAL
        ref = frame.ref_year
        before = self.view[self.s : v.start]
        if "预计" in before:
            return Kind.ACTUAL
        if state.future:
            return Kind.TARGET
        if state.explicit and state.year is not None and ref is not None:
            if state.year < ref:
                return Kind.ACTUAL
            if state.year > ref:
                return Kind.TARGET
        if C.target_re.search(before):
            return Kind.TARGET
        if self.section_kind is not None:
            return self.section_kind
        if C.actual_re.search(before):
            return Kind.ACTUAL
        if self.inherited_kind is not None:
            return self.inherited_kind
        if state.explicit and state.year == ref:
            return Kind.TARGET
        return frame.default_kind()


_PEOPLE_NAME_RE = re.compile(r"人口|人数|就业|人才|人员|居民|劳动力|职工|学生|游客|旅客|群众")
_VISITS_NAME_RE = re.compile(r"人次|客流|接待")
_MONEY_NAME_RE = re.compile(r"元|收入|产值|总值|投资|额|资金|支出|GDP|收益|利润|税|增加值|销售|贷款|存款|融资")


def _scale_unit(scale: str, name: str) -> str:
    """The unit of a bare 万/亿 from the indicator's words: 人口65万 -> 万人."""
    if _VISITS_NAME_RE.search(name):
        return scale + "人次"
    if _PEOPLE_NAME_RE.search(name):
        return scale + "人"
    if _MONEY_NAME_RE.search(name):
        return scale + "元"
    return scale


def _clean_name(s: str) -> str:
    """A name without bullets, leading time and lead words, and trailing particles."""
    C = _cues()
    prev = None
    s = s.strip()
    while s != prev:
        prev = s
        b = _BULLET_RE.match(s)
        if b and b.end():
            s = s[b.end() :]
        s = _LEAD_TIME_RE.sub("", s)
        s = C.lead_re.sub("", s)
        s = _EDGE_JUNK.sub("", s)
        s = _TRAILING_JUNK.sub("", s)
    if len(s) > 24:
        s = s[-24:]
    return s if _CJK.search(s) else ""


def _previous_clause_name(view: str, s: int, cs: int) -> str:
    """The name-like text of the clause before ``cs`` in the same sentence."""
    if cs <= s:
        return ""
    ps = max(view.rfind(d, s, cs - 1) for d in _CLAUSE_DELIMS)
    ps = s if ps < s else ps + 1
    return _clean_name(view[ps : cs - 1])


_OPEN_QUOTES = "“《"
_CLOSE_QUOTES = {"“": "”", "《": "》"}


def _in_quotes_or_title(view: str, pos: int, s: int) -> bool:
    """Whether ``pos`` is inside a short “…” or a 《…》 (a name, not a figure)."""
    for op in _OPEN_QUOTES:
        o = view.rfind(op, max(s, pos - 15), pos)
        if o < 0:
            continue
        cl = _CLOSE_QUOTES[op]
        c_before = view.find(cl, o, pos)
        if c_before >= 0:
            continue
        c = view.find(cl, pos, pos + 15)
        if c >= 0:
            return True
    return False


from planwatch.extract.base import register  # noqa: E402

register("prose", ProseExtractor)
