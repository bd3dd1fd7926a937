"""The default prose extractor: quantified facts from the sentences of a document.

For every number in a sentence the extractor decides whether it states a
quantity (not a date, list number, plan name, threshold or streak), reads its
unit and the words around it, and makes a :class:`~planwatch.core.data.Fact`:

* value span: the number with its unit and a trailing 以上/以内/左右 as printed;
* indicator: the clause's words before the value, without leading modal words
  (力争, 实现) and trailing value cues (增长, 达到); when the value comes first
  (建设18公里燃气管道) the noun after it; when a clause has no name of its own
  (…458.51亿元,增长2.8%) the previous figure's, or the subject of the clause before
  without its predicate (全市地区生产总值在全省排名实现争先进位,2020年实现3201亿元); a
  generic word (总投资, 总量, 累计) is completed by the indicator named before it;
  bracketed asides ((2016-2020 年,下同)) never enter a name; a 分别 list is distributed;
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
from planwatch.core.units import UnitInfo, UnitMatch, match_unit_at, unit_info
from planwatch.extract.cues import cues
from planwatch.extract.numbers import NumberMatch, find_numbers, parse_number, to_view
from planwatch.extract.sections import DocFrame, SectionIndex, doc_frame
from planwatch.extract.timewords import TimeMark, TimeState, time_marks

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
    r"^(?:(?:到|至|在|截至)?\s*(?:19|20)\d{2}\s*年(?:底|末|度|初)?(?:以来)?|今年|去年|上年|明年|全年|当年|"
    r"[“”\"\s]*十[一二三四五六七八九]?五[“”\"\s]*(?:时期|期间|期末|末|以来)?|"
    r"(?:过去)?[一二三四五六七八九十两\d]{1,2}年(?:来|以来|间)?|其中|同时|此外|另外)+"
)
# The longest sentence taken for a run-in heading before a paragraph's first statement.
_RUN_IN_HEAD_MAX = 16
_SPACE_RUN_RE = re.compile(r"\s{3,}")
_TRAILING_JUNK = re.compile(r"[\s的有是为在了,，、:：“”\"'‘’《》()（）]+$")
_EDGE_JUNK = re.compile(r"^[\s,，、:：”\"'’)）]+")
_AFTER_NOUN_RE = re.compile(r"^[\u4e00-\u9fff“”\"‘’A-Za-z0-9·()（） ]{2,22}")
_FLOW_START_RE = re.compile(r"^(?:累计|新增|完成|新建|建成|引进|培育|创建)")
_AFTER_STOP_RE = re.compile(
    r"达到|实现|完成|增长|下降|提高|全部|全面|分别|均|投入|建成|开工|动工(?=建设)|(?<!规模)以上|以下|排名|位列|"
    r"位居|居全|"
    r"中(?=[己已有共均])"  # 15 家高新企业中己获认证的…: "among", the items named after are others
)
# Units a figure is stated in only when it measures something (time spans and
# event counters after Chinese numerals are names or slogans: 三年行动, 三次会议).
_CHINESE_SKIP_DIMS = {"count_events", "years", "days", "months", "hours", "minutes", "rank"}
_COUNT_DIMS = {
    "count",
    "count_firms",
    "count_items",
    "count_cases",
    "count_schools",
    "count_dwellings",
    "count_beds",
    "count_vehicles",
    "count_machines",
    "count_ships",
    "count_livestock",
    "count_trees",
    "count_batches",
    "count_events",
}
# Dimensions whose "N unit 以上 + noun" defines a category (亿元以上项目, 60周岁以上老人).
_THRESHOLD_DIMS = {
    "money",
    "money_usd",
    "age",
    "area",
    "mass",
    "power",
    "length",
    "households",
    "people",
    "energy_coal",
    "electricity",
    "years",
}
_THRESHOLD_AFTER = re.compile(
    r"(?:[(（][^)）]{0,12}[)）])?[)）]?\s*(?:及)?(?:以上|以下)的?(?=[\u4e00-\u9fff“])"
)
# A bare 千/百 is a round figure only after an approximating word: 近千亩, 超百亿元.
_ROUND_LEAD = ("近", "超", "逾", "约", "上")
_CLASS_AFTER = re.compile(r"\s*(?:级|乃至)")
_SUFFIX_CMP_RE = re.compile(r"\s*(?:及)?(以上|以内|以下|左右)")
_RANGE_SEP_RE = re.compile(r"\s*[-—–~～至到]\s*")
_DATE_AFTER_RE = re.compile(r"^\s*(?:月|日|号|时|点(?![\d一二三四五六七八九])|周年|世纪|年代)")
_YEARS_OK_RE = re.compile(r"年限|寿命|年龄|工龄|周期|时间")
_TIME_OK_RE = re.compile(r"时间|时限|天数|压缩|缩短|办结|控制在|以内|时长|提速|工作日|用时|缩减")
_RANK_RE = re.compile(
    r"(?:排名|排位|排|居|位居|位列|列|名列|获|进入|跻身|全省|全市|全国|全区|全县|省内|片区|区域)"
    r"[^,，。;；、\n]{0,8}?(?P<val>(?P<pre>第|前)\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})"
    r"(?:\s*(?:位|名)|(?![\d一二三四五六七八九十个批次届期章节条款大类家项种阶档梯队轮])))"
)
# A rank printed with 位 needs no lead word: 跃升至第 59 位.
_RANK_POS_RE = re.compile(
    r"(?P<val>(?P<pre>第)\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})\s*位)"
)
# Fractions: 四分之一 (25 %), and 一半 of a share (约占…的一半: 50 %).
_FRACTION_RE = re.compile(
    r"(?P<den>[二三四五六七八九十]|\d{1,3})分之(?P<num>[一二三四五六七八九十]|\d{1,3})"
)
_HALF_RE = re.compile(r"(?<=[占的])一半")
# Words around a rank that are not part of what is ranked (数量排全省第5 -> 数量).
_RANK_WORDS_RE = re.compile(
    r"(?:排名|排位|排行|排|位居|位列|名列|居|列|获|进入|跻身|跃升至|跃升到|跃升|升至|上升至|上升到|大幅|"
    r"并列|并|全国|全省|全市|全区|全县|省内|[\u4e00-\u9fff]{2}片区|片区|区域|同类|稳|高|均|每年|历年|年度|在|的|"
    r"[\s“”\"])$"
)
# A short bracket inside a sentence (its commas do not end a clause).
_BRACKET_RE = re.compile(r"[(（][^()（）\n]{0,30}[)）]")
# A place word before a lead verb (全市实现地区生产总值): both go.
_AREA_LEAD_RE = re.compile(r"^(?:全市|全区|全县|全镇|我市|我区|我县)(?=实现|完成|累计完成)")
# A trailing 均 (满意率均达100%) is the predicate's "all", not part of the name (人均 is).
_TRAILING_ALL_RE = re.compile(r"(?<!人)均$")
# A streak after the name (住院率连续6 年保持, 增速连续五年在江门地区排名) says how long, not what.
_TRAILING_STREAK_RE = re.compile(
    r"(?:连续|已连续)\s*[\d一二三四五六七八九十两]{1,2}\s*年(?:在[^,，]{0,8})?$"
)
# Where a rank is held, after what is ranked (营商环境创优综合评比在清远市名列第一); 在园幼儿 is a noun.
_RANK_PLACE_RE = re.compile(r"(?<=[\u4e00-\u9fff”])在(?![园站校岗职册读建线营])[^在,，]{1,8}$")
# A share stated after its subject: 约占规上工业总产值的一半 (the share of the previous figure).
_SHARE_LEAD_RE = re.compile(r"^(?:约|均|分别)?占")
# 从/由 + start point before a value: the name stops there (科技支行由 3 家增至 7家).
_FROM_TAIL_RE = re.compile(
    r"(?:从|由)(?:[\s“”\"]*(?:(?:19|20)\d{2}\s*年|十[一二三四五六七八九]?五)[^,，]*)?$"
)
# A rate change word in the name makes a % value a growth (居民消费价格涨幅3%左右).
_GROWTH_NAME_RE = re.compile(r"(?:涨幅|增幅|增速|增长率)$")
# Words in a clause that make its level figure a flow over the period in force
# (新增, 创建, 获…认定, 改造 during 十三五): such figures keep the period's first year.
_FLOW_CLAUSE_RE = re.compile(
    r"累计|新增|完成|引进|新建|建成|投入|培育|创建|招商|共计|合计|总计|新认定|新登记|认定|申报|获|实施|"
    r"改造|盘活|平整|整治|开工|竣工|落地|投产|签约|发放|减免|帮扶|脱贫|培训|招聘|安置"
)
# After a 从/由 value, the word that leads to the second value (调整为, 增至, 跃升至).
_FROM_TO_RE = re.compile(r"至|到|为")
_FROM_TO_AFTER_VALUE_RE = re.compile(r"\d[^,，。;；]*?(?:至|到|为)")
_FANFAN_RE = re.compile(r"翻\s*(?P<n>[一两二三四]|\d)\s*番")
_PERCENT_WORD_RE = re.compile(r"百分之(?P<num>[\d.]+|[零一二三四五六七八九十百点]+)")
_RATIO_RE = re.compile(r"\s*[:：]\s*")
_FLOW_RE = re.compile(
    r"累计|新增|完成|引进|新建|建成|投入|培育|创建|招商|共计|合计|总计|新认定|新登记"
)
_FLOW_MONEY_RE = re.compile(r"投资$|支出$")
# 累计达 before a value states a stock (市场主体累计达57.57万户), not a flow.
_STOCK_NAME_RE = re.compile(r"存量|余额|保有量")
_STOCK_CUMULATIVE_RE = re.compile(r"累计(?:达到|达)")
_BINDING_RE = re.compile(r"约束性|预期性")
# A rank of a count (认定数排名全市第一): after a flow figure it ranks that flow over its period.
# (数量居全省第1 ranks the stock instead).
_COUNT_RANK_RE = re.compile(
    r"(?:认定|新增|申报|引进|培育|创建|获批|入选|签约)(?:数|数量|个数|家数)(?:全[国省市区县])?排名$"
)
# A figure by which a target was beaten (超上级下达目标, 超额完成任务): a change against it.
_EXCESS_RE = re.compile(
    r"^(?:超额?|超出|超过)(?:完成)?(?:上级|省|市|国家)?(?:下达)?的?(?:目标|任务|计划)(?:任务)?$"
)
_FLOW_LEAD_RE = re.compile(r"^(?:累计|共计|合计|总计|共)")
# A lead verb that adds to a stock (全市增加公办幼儿园学位3000 个): the figure is a flow.
_ADD_LEAD_RE = re.compile(r"增加|增设|扩增|新开|新设")

_C = None  # cue tables, loaded on first use


def _cues():
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
    part: int = -1  # index in a ratio 2.4:58.9:38.7 (shares of three sectors)
    parts: int = 0


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
    names: list[str] = field(default_factory=list)  # names of the sentence's figures so far
    prev_roles: set[str] = field(default_factory=set)
    prev_base: int | None = None
    flow: bool = False  # a flow word was seen in the sentence (新增…3 家, 省级 2 家)
    ratio_name: str = ""
    prev_after: bool = False  # the last figure was named by the noun after it
    consumed_end: int = -1  # where the last figure's words end (its value, or the noun after it)
    prev_avg: bool = False  # the previous figure was an average growth (增速排名 ranks it)
    prev_flow: bool = False  # the previous figure was a level over a period (新增, 认定 9 家)


class ProseExtractor:
    """Facts from the sentences of a document (origin ``"prose"``)."""

    name = "prose"

    def extract(self, text: str, ctx: ExtractContext) -> list[Fact]:
        view = to_view(text)
        frame = doc_frame(view, ctx)
        sections = SectionIndex(view, ctx, frame)
        numbers = find_numbers(text)
        starts = [n.span.start for n in numbers]
        # Time expressions of the whole text, read once; each sentence takes its slice.
        marks = DocMarks(time_marks(view))
        toc = ctx.outline.toc
        facts: list[Fact] = []
        para_state = TimeState()
        para_start = -1
        para_open = False  # the paragraph so far is only a run-in heading
        last_kind: dict[int, Kind] = {}  # section start -> kind of its last fact
        for sm in _SENTENCE_RE.finditer(view):
            s, e = sm.start(), sm.end()
            if toc is not None and toc.start <= s < toc.end:
                continue
            # A paragraph's first sentence sets the time for the rest of it (五年来, ...).
            line_start = view.rfind("\n", 0, s) + 1
            sentence_marks = marks.within(s, e)
            if line_start != para_start:
                para_start = line_start
                para_state = TimeState()
                for mark in sentence_marks:
                    if mark.kind != "from":  # a start point (从2015年的…) is no paragraph time
                        para_state = para_state.fold(mark, frame.ref_year)
                first_sentence = True
                # A short run-in heading (创新能力有效提升。2020 年,…) leaves the time open.
                para_open = not sentence_marks and len(view[s:e].strip()) <= _RUN_IN_HEAD_MAX
            elif para_open:
                # After a run-in heading, the next sentence sets the paragraph's time when it
                # opens with a time word (“十三五”期间,…; 2020 年,…), not with a mid-sentence year.
                para_open = False
                lead = sentence_marks[0] if sentence_marks else None
                if (
                    lead is not None
                    and lead.kind != "from"
                    and not view[s : lead.start].strip(' “”"到至截')
                ):
                    for mark in sentence_marks:
                        if mark.kind != "from":
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
            reader = _SentenceReader(
                text,
                view,
                s,
                e,
                ctx,
                frame,
                section.kind,
                base_state,
                last_kind.get(section.start),
                sentence_marks,
            )
            found = reader.read(numbers[lo:hi], extra)
            if found:
                last_kind[section.start] = found[-1].kind
            facts.extend(found)
        return facts


def _special_values(view: str, s: int, e: int) -> list[_Value]:
    """Values that are not plain numbers: ranks, 翻一番, 零 outcomes, 百分之X."""
    out: list[_Value] = []
    ranks = list(_RANK_RE.finditer(view, s, e))
    ranks += [
        m
        for m in _RANK_POS_RE.finditer(view, s, e)
        if not any(r.start("val") <= m.start() < r.end("val") for r in ranks)
    ]
    for m in ranks:
        v = parse_number(m.group("num"))
        if v is None or v <= 0:
            continue
        cmp_ = Comparator.LE if m.group("pre") == "前" else Comparator.EQ
        vs, ve = m.start("val"), m.end("val")
        out.append(
            _Value(
                vs,
                ve,
                m.start("num"),
                m.end("num"),
                v,
                "位",
                unit_info("位"),
                cmp_,
                ve,
                Measure.LEVEL,
            )
        )
    for m in _FRACTION_RE.finditer(view, s, e):
        den, num = parse_number(m.group("den")), parse_number(m.group("num"))
        if not den or num is None or num >= den:
            continue
        out.append(
            _Value(
                m.start(),
                m.end(),
                m.start(),
                m.end(),
                round(num / den * 100, 4),
                "%",
                unit_info("%"),
                None,
                m.end(),
                Measure.LEVEL,
            )
        )
    for m in _HALF_RE.finditer(view, s, e):
        if "占" not in view[max(s, m.start() - 20) : m.start()]:
            continue
        sm = _SUFFIX_CMP_RE.match(view, m.end())
        cmp_ = Comparator.GE if sm and sm.group(1) == "以上" else Comparator.APPROX
        out.append(
            _Value(
                m.start(),
                m.end(),
                m.start(),
                m.end(),
                50.0,
                "%",
                unit_info("%"),
                cmp_,
                m.end(),
                Measure.LEVEL,
            )
        )
    for m in _FANFAN_RE.finditer(view, s, e):
        n = parse_number(m.group("n")) or 1
        out.append(
            _Value(
                m.start(),
                m.end(),
                m.start("n"),
                m.end("n"),
                (2**n - 1) * 100.0,
                "%",
                unit_info("%"),
                None,
                m.end(),
                Measure.GROWTH,
            )
        )
    for m in _cues().zero_re.finditer(view, s, e):
        out.append(
            _Value(
                m.start(),
                m.start() + 1,
                m.start(),
                m.start() + 1,
                0.0,
                "",
                None,
                None,
                m.start() + 1,
                Measure.LEVEL,
            )
        )
    for m in _PERCENT_WORD_RE.finditer(view, s, e):
        v = parse_number(m.group("num").replace("点", "."))
        if v is None:
            continue
        out.append(
            _Value(
                m.start(),
                m.end(),
                m.start("num"),
                m.end("num"),
                v,
                "%",
                unit_info("%"),
                None,
                m.end(),
            )
        )
    return out


class DocMarks:
    """A document's time marks in text order, sliced per sentence by offset."""

    def __init__(self, marks: list[TimeMark]) -> None:
        self.marks = marks
        self.starts = [m.start for m in marks]

    def within(self, s: int, e: int) -> list[TimeMark]:
        """The marks lying wholly inside ``[s, e)``."""
        lo = bisect.bisect_left(self.starts, s)
        hi = bisect.bisect_left(self.starts, e)
        return [m for m in self.marks[lo:hi] if m.end <= e]


class _SentenceReader:
    """Reads the values of one sentence into facts."""

    def __init__(
        self,
        text: str,
        view: str,
        s: int,
        e: int,
        ctx: ExtractContext,
        frame: DocFrame,
        section_kind: Kind | None,
        base_state: TimeState,
        inherited_kind: Kind | None,
        marks: list[TimeMark],
    ) -> None:
        self.text, self.view, self.s, self.e = text, view, s, e
        self.ctx, self.frame = ctx, frame
        self.section_kind = section_kind
        self.base_state = base_state
        self.inherited_kind = inherited_kind
        self.marks = marks
        # A comma inside a bracket, (2016-2020 年,下同), does not end a clause.
        inside = {i for m in _BRACKET_RE.finditer(view, s, e) for i in range(m.start(), m.end())}
        self.clause_starts = [s] + [
            i + 1
            for i in range(s, e)
            if view[i] in _CLAUSE_DELIMS and i not in inside and not _is_ratio_colon(view, i)
        ]

    # -- finding values ---------------------------------------------------------------------

    def _values(self, numbers: list[NumberMatch], extra: list[_Value]) -> list[_Value]:
        view = self.view
        ratios = self._ratio_values(numbers)
        taken: list[tuple[int, int]] = [(v.num_start, v.num_end) for v in extra + ratios]
        taken += [(n.span.start, n.span.end) for n in numbers if n.span.start in self._ratio_taken]
        vals: list[_Value] = list(extra) + ratios
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
        return [
            v
            for v in kept
            if not _in_quotes_or_title(view, v.num_start, self.s)
            or v.fixed_measure is not None
            and v.value == 0
        ]

    def _ratio_values(self, numbers: list[NumberMatch]) -> list[_Value]:
        """Values of ratios: 2.4:58.9:38.7 (one share in % per number), 2.01:1 and 1:1.25
        (one value, no unit); other two-part ratios (times, scales) are no facts."""
        view = self.view
        out: list[_Value] = []
        self._ratio_taken: set[int] = set()
        i = 0
        while i < len(numbers):
            chain = [numbers[i]]
            while i + len(chain) < len(numbers):
                rr = _RATIO_RE.match(view, chain[-1].span.end)
                nxt = numbers[i + len(chain)]
                if not (rr and rr.end() > chain[-1].span.end and nxt.span.start == rr.end()):
                    break
                chain.append(nxt)
            if len(chain) < 2 or any(n.chinese for n in chain):
                i += 1
                continue
            self._ratio_taken.update(n.span.start for n in chain)
            info = unit_info("%")
            if len(chain) >= 3 and match_unit_at(view, chain[-1].span.end) is None:
                for k, n in enumerate(chain):
                    out.append(
                        _Value(
                            n.span.start,
                            n.span.end,
                            n.span.start,
                            n.span.end,
                            n.value,
                            "%",
                            info,
                            None,
                            n.span.end,
                            part=k,
                            parts=len(chain),
                        )
                    )
            elif len(chain) == 2 and (chain[1].value == 1 or chain[0].value == 1):
                # The span is the whole ratio, so that its other part never enters the name
                # (医护比达到1:1.25 -> 医护比).
                n = chain[0] if chain[1].value == 1 else chain[1]
                rs, re_ = chain[0].span.start, chain[1].span.end
                out.append(_Value(rs, re_, rs, re_, n.value, None, None, None, re_))
            i += len(chain)
        return out

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
        if (
            um is not None
            and um.info.dimension == "scale"
            and view[um.end : um.end + 1] in ("多", "余")
        ):
            # 2万多名: the scale, 多, then the counter.
            um2 = match_unit_at(view, um.end + 1, skip_spaces=False)
            both = unit_info(um.info.printed + um2.info.printed) if um2 else None
            if both is not None:
                um = UnitMatch(both, um.start, um2.end)
                approx_more = True
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
            if not any(ch in "零〇一二两三四五六七八九" for ch in n.raw) and not (
                n.raw in ("百", "千") and view[ns - 1 : ns] in _ROUND_LEAD and dim != "scale"
            ):
                return None  # 千亩茶园, 百县千镇: a bare 千/百 is a name, not a count
            if dim in _CHINESE_SKIP_DIMS or (dim in _COUNT_DIMS and value < 10):
                return None
            if (
                value < 10
                and info.unit not in ("%", "倍")
                and not (info.factor >= 1e4 and dim != "scale")
            ):
                return None  # 二元结构, 三大: small Chinese numerals are mostly names
        if dim in _THRESHOLD_DIMS and _THRESHOLD_AFTER.match(view, unit_end):
            return None
        if _CLASS_AFTER.match(view, unit_end) or view[max(0, ns - 3) : ns].endswith(
            ("乃至", "乃至超")
        ):
            return None  # 超五百亿乃至超千亿的产业集群, 50亿元乃至100亿元项目: size classes
        if dim == "count_events" and view.startswith(("会议", "全会"), unit_end):
            return None
        sm = _SUFFIX_CMP_RE.match(view, end)
        after_end = end
        if sm and not paren_unit:
            word = sm.group(1)
            comparator = {
                "以上": Comparator.GE,
                "以内": Comparator.LE,
                "以下": Comparator.LE,
                "左右": Comparator.APPROX,
            }[word]
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
        prev_end = prev_after_end = -1
        clauses = [self._clause_of(v.start) for v in values]
        for i, v in enumerate(values):
            cs, ce = clauses[i]
            if prev_end > v.start:  # the last figure's noun comes after this one: 240公顷(3600亩)
                prev_end = prev_after_end
            seg_start = max(cs, prev_end) if prev_end >= cs else cs
            left = sum(1 for c in clauses[i:] if c == (cs, ce))  # values left in the clause
            fact = self._fact(v, seg_start, cs, ce, st, left)
            prev_end, prev_after_end = max(v.after_end, st.consumed_end), v.after_end
            if fact is not None:
                facts.append(fact)
        return facts

    def _fact(
        self, v: _Value, seg_start: int, cs: int, ce: int, st: _SentenceState, left: int = 1
    ) -> Fact | None:
        view, C = self.view, _cues()
        pre = _mask_asides(view[seg_start : v.start])
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
        list_only = (
            not name and seg_start > cs and all(ch in _LIST_SEPS + "(（)）≥≤＞＜" for ch in pre)
        )
        # 分别: distribute the values over the names listed before it.
        if "分别" in subject or "each" in roles:
            items_src = subject.split("分别")[0]
            items = [_clean_name(x) for x in re.split(r"[、和及与]", items_src) if _clean_name(x)]
            items = _share_heads(items)
            if len(items) >= 2:
                st.dist_items, st.dist_index, st.dist_clause = items, 0, cs
                name = items[0]
            elif not name and left >= 2 and len(st.names) >= left:
                # The figures came first (A 211个, B 1247亿元, 分别增长7.1%和4.2%): one each.
                st.dist_items, st.dist_index, st.dist_clause = st.names[-left:], 0, cs
                name = st.dist_items[0]
        elif list_only and st.dist_items and st.dist_clause == cs:
            st.dist_index += 1
            if st.dist_index < len(st.dist_items):
                name = st.dist_items[st.dist_index]
        # The value first, its noun after (建设18公里燃气管道, 推动40个工业项目动工).
        after_name = ""
        quote_end = v.end
        consumed_extra = 0
        if v.fixed_name is None:
            k = v.after_end
            rest = view[k:ce]
            if rest[:1] in "(（":
                close = re.match(r"[(（][^)）]{0,16}[)）]", rest)
                if close:
                    k += close.end()
                    rest = view[k:ce]
            am = _AFTER_NOUN_RE.match(rest)
            if am and not rest.startswith(("的", "、", "和", " ")):
                nxt = re.search(r"\d+(?:\.\d+)?(?![\dA-Za-z.])", am.group())
                cand = am.group()[: nxt.start()] if nxt else am.group()  # up to the next figure
                stop = _AFTER_STOP_RE.search(cand)
                among = 0  # 高新企业中: the 中 goes with this noun, not with the next name
                if stop:
                    among = 1 if stop.group() == "中" else 0
                    cand = cand[: stop.start()]
                cand = _TRAILING_JUNK.sub("", cand)
                cand = re.sub(r"[和及与、\s]+$", "", cand)
                cue = C.token_re.match(cand)
                if cue and (len(cue.group()) >= 2 or cue.group() in "至到为"):
                    cand = ""  # 由 3 家增至 7家: a cue word, not a noun
                if len(cand.replace(" ", "")) >= 2 and _CJK.search(cand):
                    after_name = cand.replace(" ", "")
                    quote_end = k + am.start() + len(cand)
                    if among and cand == am.group()[: len(cand)]:
                        consumed_extra = among
        inherited = False
        if after_name and not list_only:
            name = (name + after_name) if name else after_name
        elif after_name and st.prev_after and not any(ch in "(（)）" for ch in pre):
            name = after_name  # 1.17万个党组织、2万多名机关党员干部: each figure names its noun
        if not name:
            if st.prev_name:
                name, inherited = st.prev_name, True
            else:
                name = _previous_clause_name(view, self.s, cs)
        if (
            name
            and not inherited
            and not list_only
            and not after_name
            and v.fixed_name is None
            and v.part < 0
            and not (v.unit == "位" and v.fixed_measure is not None)
            and "分别" not in subject
            and "each" not in roles
            and C.generic_re.match(name)
        ):
            # 总投资, 累计, 产值 name nothing alone: whose total, whose output?
            # The lead verb stays when it makes the word (完成率, 完成投资).
            verb = _clean_name(name_raw, keep_lead=True)
            name = _completed(
                verb if C.generic_re.match(verb) else name, self._generic_subject(v, st, cs)
            )
        if v.fixed_name:
            name = v.fixed_name
        zero_unit = ""
        if v.fixed_measure is not None and v.value == 0 and v.unit == "":
            # 零填埋: the outcome named after 零 belongs to the name.
            zm = re.match(r"[\u4e00-\u9fff]{1,4}", view[v.end : v.end + 4])
            if zm:
                name = _clean_name(subject) + zm.group()
                if zm.group().startswith(tuple(C.by_role.get("zero_people", ()))):
                    zero_unit = "人"  # 零死亡, 零感染 count people
                quote_end = (
                    v.end
                    + zm.end()
                    + (1 if view[v.end + zm.end() : v.end + zm.end() + 1] == "”" else 0)
                )
        if "、" in name:
            # 五大万亩园区全部纳入…、累计平整土地: a new clause after the list comma.
            last = name.rsplit("、", 1)[1]
            if _FLOW_START_RE.match(last) and len(last) >= 4:
                name = last
        share_of_prev = False
        if v.unit == "位" and v.fixed_measure is not None:
            name = self._rank_name(subject, st) or name
        elif v.part >= 0:
            if v.part == 0 and name and not inherited:
                st.ratio_name = name
            base = st.ratio_name or name
            if v.parts == 3 and "产业" in base:
                name = f"第{'一二三'[v.part]}产业比重"  # 三次产业比重 2.4:58.9:38.7
            else:
                name = base
        elif _SHARE_LEAD_RE.match(name) and st.prev_name and not inherited:
            # 约占规上工业总产值的一半: the share of the figure named before.
            share = re.sub(r"^(?:约|均|分别)", "", name)
            name = st.prev_name + share + ("" if share.endswith(("比重", "比例")) else "比重")
            share_of_prev = True
        excess = bool(name) and _EXCESS_RE.match(name) is not None and not inherited
        if excess:
            # 超上级下达目标1.31万亩: by how much the figure before beat its target.
            subj = _FLOW_LEAD_RE.sub("", _sentence_subject(st) or st.prev_name)
            name = subj + name if subj and not name.startswith(subj) else name
        if not name:
            return None
        # Measure and sign.
        measure = v.fixed_measure or (Measure.CHANGE if excess else Measure.LEVEL)
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
        unit = zero_unit or v.unit
        if v.fixed_measure is None:
            if unit == "倍":
                measure = Measure.GROWTH
            elif last_dir is not None:
                measure = Measure.GROWTH if unit in ("%", "‰") else Measure.CHANGE
                sign = last_dir
            elif unit == "个百分点":
                measure = Measure.CHANGE
            elif unit == "%" and ("rate" in roles or _GROWTH_NAME_RE.search(name)):
                measure = Measure.GROWTH
            elif (
                inherited
                and st.prev_measure is not None
                and unit == st.prev_unit
                or list_only
                and st.prev_measure is not None
                and unit == st.prev_unit
            ):
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
        from_state: TimeState | None = None
        from_end = -1
        for mark in self.marks:
            if mark.start >= v.start:
                break
            if mark.kind == "from":
                from_state, from_end = state, mark.end
            elif from_state is not None and mark.kind != "base":
                from_state = None  # 从2015年的2.83%增长到2019年的4.23%: the end has its own year
            state = state.fold(mark, self.frame.ref_year)
            if mark.kind in ("base", "baseplan") and mark.start >= cs:
                base_year = mark.year
        if (
            from_state is not None
            and seg_start > from_end
            and _FROM_TO_AFTER_VALUE_RE.search(view, from_end, v.start)
        ):
            # 从2015年的第77位跃升至第59位: the second value is not at the start point.
            state = from_state
        kind = self._kind(v, state, seg_start)
        year = state.year if state.year is not None else self.frame.default_year(kind)
        period_start = state.period_start
        if (list_only or inherited) and measure == st.prev_measure:
            # 分别年均增长15.9%、7.5%: list members share the first one's cue words.
            roles |= st.prev_roles & {"avg", "yoy"}
            if base_year is None:
                base_year = st.prev_base
        avg = "avg" in roles
        implied_start = (
            state.period_start is not None
            and re.search(r"(?:由|从)\s*$", view[seg_start : v.start]) is not None
            and _FROM_TO_RE.search(view, v.after_end, min(ce, v.after_end + 6)) is not None
        )
        if implied_start:
            # 科技支行由 3 家增至 7家 in a 十三五 review: the first value is at the period's start.
            year = state.period_start - 1
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
        elif implied_start or v.part >= 0:
            period_start = None
        elif v.unit == "位":
            # A rank held every year (每年均稳居全市第一) or a rank of an average growth.
            if not (
                re.search(r"每年|年均|历年", view[cs : v.start])
                or st.prev_avg
                or any(m.kind == "range" and m.start < v.start for m in self.marks)
                or st.prev_flow
                and _COUNT_RANK_RE.search(name)
            ):
                period_start = None
        else:
            clause = _STOCK_CUMULATIVE_RE.sub("", view[cs:ce])
            clause_flow = bool(_FLOW_CLAUSE_RE.search(clause) or _ADD_LEAD_RE.search(subject))
            money_flow = (
                v.unit_info is not None
                and v.unit_info.dimension == "money"
                and bool(_FLOW_MONEY_RE.search(name))
            )
            zero = v.fixed_measure is not None and v.value == 0  # 人员零死亡 over the period
            # After 新增…207公里, a total that "reaches" a length or count is a stock
            # (总里程达591公里); an amount of money of the new items is still a flow.
            to_level = any("to" in C.roles(t) and t not in ("的", "了", "在") for t in tokens)
            carried = st.flow and not (
                to_level and (v.unit_info is None or v.unit_info.dimension != "money")
            )
            if not (clause_flow or avg or money_flow or carried or zero):
                period_start = None
            elif (
                not avg
                and (v.unit in ("%", "‰") or _STOCK_NAME_RE.search(name))
                and not (share_of_prev and st.prev_flow)
            ):
                # Rates and stocks are at a date (完成率为119.61%, 存量215家); the share of a
                # flow just named (9家企业被认定…,占全市四分之一) covers the flow's period.
                period_start = None
            if view[v.after_end : v.after_end + 1] == "的":
                period_start = None  # 投资额均超30亿元的龙头项目: describes items, not a flow
            if clause_flow:
                st.flow = True
            if (
                period_start is None
                and kind == Kind.TARGET
                and self.frame.is_plan
                and year == self.frame.period_end
                and self.frame.period_start is not None
                and (clause_flow or money_flow)
                and v.unit not in ("%", "‰")
                and not _STOCK_NAME_RE.search(name)
                and view[v.after_end : v.after_end + 1] != "的"
            ):
                # A plan's flow target (到2025年,新增学位3000个) is over the plan period.
                period_start = self.frame.period_start
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
        st.prev_roles, st.prev_base = roles, base_year
        st.consumed_end = (
            quote_end + consumed_extra if after_name and not list_only else v.after_end
        )
        st.prev_after = bool(after_name)
        st.prev_avg = avg and measure == Measure.GROWTH
        st.prev_flow = measure == Measure.LEVEL and period_start is not None and v.unit != "位"
        st.names.append(name)
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

    def _rank_name(self, subject: str, st: _SentenceState) -> str:
        """What a rank ranks: the subject without rank words (数量排全省 -> 数量), completed
        by the sentence's subject when it is only a generic word, plus 排名."""
        r, prev = subject.strip(), None
        while r != prev:
            prev = r
            r = _RANK_WORDS_RE.sub("", r)
            r = _FROM_TAIL_RE.sub("", r).rstrip()
            r = re.sub(r"排名$", "", r)
            r = _RANK_PLACE_RE.sub("", r)  # 综合评比在清远市 -> 综合评比
        r = _clean_name(r)
        for op, cl in _PAIRS:  # 参加 “ 省考 ” 获…第一名: the quote stripped with 获 closes again
            if r.count(op) > r.count(cl) and cl in subject[subject.rfind(op) :]:
                r = r.rstrip() + cl
        # The figure ranked: the nearest earlier name that is not a list member (新增国家级…).
        subj = _sentence_subject(st, whole_only=True) or st.prev_name
        if not r:
            head = st.prev_name
        elif (len(r) <= 2 or _cues().generic_head_re.match(r)) and subj:
            head = subj + r
        else:
            head = r
        if not head:
            return ""
        return head if head.endswith("排名") else head + "排名"

    def _generic_subject(self, v: _Value, st: _SentenceState, cs: int) -> str:
        """What a generic word (总投资, 产值, 累计) belongs to: the noun after 的 when the value
        describes it (投资超百亿元的亚太纸业等…项目落地), else the nearest indicator named
        before it in the sentence, else the subject of the previous clause."""
        view = self.view
        if view[v.after_end : v.after_end + 1] == "的":
            _, ce = self._clause_of(v.after_end)
            after = _subject_phrase(view[v.after_end + 1 : ce])
            if 2 <= len(after) <= 20:
                return after
        return _sentence_subject(st) or _previous_clause_name(view, self.s, cs)

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
        if (
            frame.doc_type == DocType.WORK_REPORT
            and state.explicit
            and state.year == ref
            and not C.actual_re.search(before)
        ):
            # A report is delivered early in its year: figures for that year are aims
            # (2024年政府工作报告: 2024年地区生产总值增长6%左右).
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
_MONEY_NAME_RE = re.compile(
    r"元|收入|产值|总值|投资|额|资金|支出|GDP|收益|利润|税|增加值|销售|贷款|存款|融资"
)


def _scale_unit(scale: str, name: str) -> str:
    """The unit of a bare 万/亿 from the indicator's words: 人口65万 -> 万人."""
    if _VISITS_NAME_RE.search(name):
        return scale + "人次"
    if _PEOPLE_NAME_RE.search(name):
        return scale + "人"
    if _MONEY_NAME_RE.search(name):
        return scale + "元"
    return scale


def _is_ratio_colon(view: str, i: int) -> bool:
    """Whether the colon at ``i`` joins the parts of a ratio (2.4:58.9), not two clauses."""
    if view[i] not in ":：":
        return False
    a = view[max(0, i - 2) : i].strip()
    b = view[i + 1 : i + 3].strip()
    return bool(a) and bool(b) and a[-1].isdigit() and b[0].isdigit()


# A per-capita base at the start of a name: 每千常住人口, 每万人, 每百户.
_PER_CAPITA_RE = re.compile(
    r"^每[十百千万]{1,2}(?:[\u4e00-\u9fff]{0,4}?(?:人口|居民|人|户|老人|儿童))"
)


def _share_heads(items: list[str]) -> list[str]:
    """List items that share the last item's head: 省、市重点项目 -> 省重点项目, 市重点项目."""
    if len(items) < 2:
        return items
    last = items[-1]
    out = []
    for it in items[:-1]:
        if len(it) < len(last) and len(it) <= 2 and last[len(it) :]:
            out.append(it + last[len(it) :])
        else:
            out.append(it)
    out.append(last)
    # 每千常住人口执业医师数和注册护士数: the per-capita base of the first item is everyone's.
    per = _PER_CAPITA_RE.match(out[0])
    if per and len(out[0]) > per.end():
        out = [out[0]] + [
            it if it.startswith(("每", "人均")) else per.group() + it for it in out[1:]
        ]
    return out


def _mask_asides(s: str) -> str:
    """``s`` with its bracketed asides ((下同), (2016-2020 年,下同)) blanked, same length, so
    that they neither become nor break a name (年均(…)增长 is still a run of cue words)."""
    return _cues().aside_re.sub(lambda m: " " * len(m.group()), s)


def _clean_name(s: str, keep_lead: bool = False) -> str:
    """A name without bullets, leading time and lead words (unless ``keep_lead``), and
    trailing particles."""
    C = _cues()
    prev = None
    s = _SPACE_RUN_RE.sub("", s.strip())  # a blanked aside inside the name
    while s != prev:
        prev = s
        b = _BULLET_RE.match(s)
        if b and b.end():
            s = s[b.end() :]
        s = _LEAD_TIME_RE.sub("", s)
        s = _AREA_LEAD_RE.sub("", s)
        if not keep_lead:
            s = C.lead_re.sub("", s)
        s = _TRAILING_ALL_RE.sub("", s)
        s = _TRAILING_STREAK_RE.sub("", s)
        s = _EDGE_JUNK.sub("", s)
        s = _strip_tail(s)
        s = _FROM_TAIL_RE.sub("", s)
    if len(s) > 24:
        s = s[-24:]
        # Not from inside a bracket: (鹤山)精细化工… -> 精细化工…
        for op, cl in _PAIRS:
            c = s.find(cl)
            if c >= 0 and op not in s[:c]:
                s = s[c + 1 :]
        s = _EDGE_JUNK.sub("", s)
    return s if _CJK.search(s) else ""


_PAIRS = (("“", "”"), ("(", ")"), ("（", "）"), ("《", "》"), ("‘", "’"))


def _strip_tail(s: str) -> str:
    """``s`` without trailing particles and punctuation, except a closing quote or bracket that
    closes one opened in the name (做到“两个维护”, 以省内县(市)排名)."""
    m = _TRAILING_JUNK.search(s)
    if not m:
        return s
    head, tail = s[: m.start()], m.group().lstrip()
    for op, cl in _PAIRS:
        if tail.startswith(cl) and head.count(op) > head.count(cl):
            return head.rstrip() + cl
    return head


def _previous_clause_name(view: str, s: int, cs: int) -> str:
    """The subject of the clause before ``cs`` in the same sentence, without its predicate
    (全市地区生产总值在全省排名实现争先进位, 2020年实现3201亿元 -> 全市地区生产总值)."""
    if cs <= s:
        return ""
    ps = max(view.rfind(d, s, cs - 1) for d in _CLAUSE_DELIMS)
    ps = s if ps < s else ps + 1
    return _subject_phrase(view[ps : cs - 1])


def _subject_phrase(text: str) -> str:
    """The noun phrase a clause starts with: its cleaned words before the predicate (在, 位居,
    实现, 不断 …); a predicate word in the first two characters is part of the noun."""
    name = _clean_name(_mask_asides(text))
    m = _cues().predicate_re.search(name, 2)
    if m:
        name = _clean_name(name[: m.start()])
    # A long list ends in its head noun: …民生保障等十大领域重大项目工程包 -> 十大领域重大项目工程包.
    items, _, head = name.rpartition("等")
    return head if len(name) > 12 and "、" in items and len(head) >= 4 else name


def _sentence_subject(st: _SentenceState, whole_only: bool = False) -> str:
    """The nearest figure named before in the sentence by a real indicator name (not a generic
    word); ``whole_only`` also passes over list members (新增国家级, 省级) and short names."""
    C = _cues()
    for n in reversed(st.names):
        if C.generic_re.match(n):
            continue
        if whole_only and (len(n) < 4 or n.startswith(("新增", "其中"))):
            continue
        return n
    return ""


def _completed(generic: str, subject: str) -> str:
    """A generic word completed by its subject: 新增技改项目 + 总投资, 固定资产投资 + 总量;
    a subject that already ends with the word (固定资产投资 + 投资) stands alone."""
    if not subject:
        return generic
    if subject.endswith(generic):
        return subject
    # 粮食种植面积, 总产量 -> 粮食种植总产量: one measure noun replaces the other.
    C = _cues()
    own = C.measure_noun_re.search(subject)
    if own and C.measure_noun_re.search(generic):
        subject = subject[: own.start()] or subject
    return subject + generic


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


from planwatch.extract.base import register  # noqa: E402 - registers itself once the class exists

register("prose", ProseExtractor)
