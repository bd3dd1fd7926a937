"""Modality of a prose figure: target or result, and the words that decided it.

The clause decides first, its section next, the genre last:

0. an aim named right after the value (10%左右的目标) makes it an aim; the first value of
   a change 从 A 到 B (增速将从9.2%调整到7%) is where things stand: a result;
1. a part-year (上半年, 前三季度) is a result so far;
2. an estimate (预计) of a past or the current year is a result; 预计到2025年 is an aim;
3. a time expression: a target horizon (到2025年, 明年) makes an aim, a year the document
   reviews or earlier (去年, 2023年 in a report of 2024) a result, a year after the
   document's target year an aim;
4. a target cue before the value (目标, 力争, 预期, 确保, 计划, 争取, 将, 控制在);
5. the document's own target year named in the sentence (2024年 in a report delivered
   early in 2024) is an aim unless a result cue (实现, 完成, 同比) says the year is over;
6. the section's role (回顾 / 主要成绩 vs 主要预期目标 / 工作安排), except that an
   evaluation's headings naming aims (均超规划预期) do not make its figures aims, while its
   closing section on what is to be done (下一步工作建议, 后半程实施的主要举措) does;
7. a result cue (实现, 已, 同比, 比上年);
8. the kind of the section's previous figure; the target year in force (from a heading
   or the paragraph) makes an aim; then the genre's default.

Each decision carries an :class:`~planwatch.core.data.Evidence` naming the deciding words
and their span in the stored text, and so does the year (:func:`decide_year`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from planwatch.core.data import DocType, Evidence, Kind
from planwatch.extract.aim_leads import aims_led_in
from planwatch.extract.aim_others import GAP_AFTER_AIM_RE, aim_of_another
from planwatch.extract.aim_results import result_after_aim
from planwatch.extract.aim_stated import aim_set_for_year
from planwatch.extract.cues import cues, words_re
from planwatch.extract.prose_around import AIM_ASIDE, around_value, cue_spans, share_of_aim
from planwatch.extract.prose_around import kind_evidence as _ev
from planwatch.extract.prose_special import in_quotes_or_title
from planwatch.extract.review_words import plan_portfolio
from planwatch.extract.sections import DocFrame, SectionInfo
from planwatch.extract.time_words import pattern
from planwatch.extract.timewords import TimeState

__all__ = ["AIM_ASIDE", "ahead_heading", "decide_kind", "decide_year", "share_of_aim"]

# Words that review how an aim fared (目标完成情况, 完成计划的131%): the figure is a result.
_REVIEWED_RE = words_re("reviewed")
# Aim words that strive (确保, 力争), whose 完成 after them is what they strive for.
_STRIVING_RE = words_re("striving")


def decide_kind(
    view: str,
    s: int,
    v_start: int,
    state: TimeState,
    frame: DocFrame,
    section: SectionInfo,
    inherited: Kind | None,
    v_end: int | None = None,
) -> tuple[Kind, Evidence]:
    """The kind of a figure at ``[v_start, v_end)`` in the sentence starting at ``s``."""
    around = around_value(view, s, v_start, v_end, frame)
    if around is not None:
        return around
    portfolio = plan_portfolio(view, s, v_start, frame.is_evaluation)
    if portfolio is not None:  # 《纲要》确定的重大项目共350项，总投资4860亿元: planned
        return Kind.TARGET, _ev(view, "cue", portfolio)
    found = _cues_of_the_value(view, s, v_start)
    gap = _gap_to_aim(view, s, found.get("t"), v_start)
    if gap is not None and not (frame.is_plan and state.future):
        return Kind.ACTUAL, _ev(view, "cue", gap)  # 高于规划目标2.6个百分点: how far off
    # (A plan's aim set against another's for the years ahead, 十五五时期…年均增长6%左右，高于
    # 全省预期目标0.5个百分点: the margin aimed at, an aim as the figure before it is.)
    if "t" in found and _aim_gap(view, s, found["t"]) is not None:
        del found["t"]  # (占计划总投资的62%，完成征地拆迁4360亩: no aim is set by it)
    time_ev = _ev(view, "time_word", state.src)
    own_clause_aim = _own_clause_aim(view, state, frame, found, s, v_start)
    if own_clause_aim is not None:
        # 1.地区生产总值：年度目标增长6%左右 under 2027年计划执行情况, 力争全年增长6%左右 under
        # 下半年工作安排: the aim word of the value's own clause beats a year in force before.
        return Kind.TARGET, _ev(view, "cue", own_clause_aim)
    if state.part and _part_of_aims_heading(state, section, s):
        state = replace(state, explicit=False, part=False)  # (the part ahead decides nothing)
    if state.part:
        return Kind.ACTUAL, time_ev
    if _estimate_governs(view, found, state, frame):
        if _after_present(state, frame):  # 预计2030年可达到45.2%: a projection, an aim's year
            return Kind.TARGET, _ev(view, "cue", found["e"])
        return Kind.ACTUAL, _ev(view, "cue", found["e"])
    if state.future:
        return Kind.TARGET, time_ev
    if _plan_span_ahead(view, state, frame, section):
        # 五年累计新增就业50万人 under a plan's aims: the plan's own years, looking ahead.
        return Kind.TARGET, _ev(view, "section", section.cue)
    aim_span = _aim_span(view, state, frame, found.get("t"))
    if aim_span is not None:
        # 规划目标五年累计225万人 in an evaluation: the aim over the plan's own years.
        return Kind.TARGET, _ev(view, "cue", aim_span)
    if inherited is Kind.TARGET and "a" not in found and _breaks_down_before(view, s):
        return Kind.TARGET, Evidence("kind", "context")  # (…目标2600亿元。其中，高速公路1500亿元)
    timed = _by_year(state, frame) if not _year_in_progress(view, state, frame) else None
    planned = aim_set_for_year(view, state, found, s, v_start)
    if timed == Kind.ACTUAL and planned is not None:
        # 2016年拟安排赤字2.18万亿元: an aim set for a year now over is still an aim.
        return Kind.TARGET, _ev(view, "cue", planned)
    if timed is not None:
        return timed, time_ev
    done = result_after_aim(view, found.get("t"), v_start, _year_ahead(state, frame, section))
    if done is not None:  # 规划目标6.5%，实际完成5.7%: the result clause governs its figure
        return Kind.ACTUAL, _ev(view, "cue", done)
    if "t" in found:
        return Kind.TARGET, _ev(view, "cue", found["t"])
    own_year = _own_year(state, frame)
    if own_year and state.src is not None and s <= state.src[0] < v_start:
        # The document's own year named in the sentence: an aim unless said to be over
        # (a plan's own horizon is ahead whatever the verb: 五年累计完成投资…以上).
        if "a" in found and not frame.is_plan:
            return Kind.ACTUAL, _ev(view, "cue", found["a"])
        if section.kind is None:
            return Kind.TARGET, time_ev
    by_section = _section_kind(view, section, frame)
    if by_section is not None:
        return by_section
    if "a" in found:
        return Kind.ACTUAL, _ev(view, "cue", found["a"])
    if inherited is not None:
        return inherited, Evidence("kind", "context")
    if own_year:
        return Kind.TARGET, time_ev
    return frame.default_kind(), Evidence("kind", "genre_default", frame.doc_type.value)


# A year named whole by its number (2024年), not a time in it or up to it.
_WHOLE_YEAR_RE = re.compile(r"\s*(?:19|20)\d\d\s*年\s*")
# A sentence breaking down the figure before it (其中，…).
_OF_WHICH_RE = re.compile(r"\s*其中\s*[,，:：]?")


def _breaks_down_before(view: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens with 其中 after a full stop: the parts of the
    figure the sentence before ended on, aims of an aim whatever the year says of results
    (not after a clause, 年度计划为增长8%，未完成；其中…, whose parts are the result's)."""
    before = view[max(0, s - 8) : s].rstrip()
    return before.endswith(("。", "！")) and _OF_WHICH_RE.match(view, s) is not None


# What an estimate says its figure will do (预计…将/可/能达到): no aim of its own.
_ESTIMATE_VERB_RE = re.compile(r"将|可|能|可以|将会")


def _estimate_governs(
    view: str, found: dict[str, tuple[int, int]], state: TimeState, frame: DocFrame
) -> bool:
    """Whether the estimate cue (预计) decides the kind: no aim cue after it (预计…力争…),
    but for the estimate's own verb (预计2013年利用外资将达到4.7亿元), and a time not ahead
    or the current year's."""
    if "e" not in found:
        return False
    if "t" in found and found["t"][0] > found["e"][0] and not _estimate_verb(view, found):
        return False
    return not state.future or _estimate_of_now(state, frame)


def _estimate_verb(view: str, found: dict[str, tuple[int, int]]) -> bool:
    """Whether the target cue is the estimate's own verb, after 预计 (预计…将达到)."""
    aim, estimate = found.get("t"), found.get("e")
    if aim is None or estimate is None or estimate[0] > aim[0]:
        return False
    return _ESTIMATE_VERB_RE.fullmatch(view, *aim) is not None


def _cues_of_the_value(view: str, s: int, v_start: int) -> dict[str, tuple[int, int]]:
    """The sentence's last cues before the value (:func:`.prose_around.cue_spans`), or the
    words leading its aims in before a colon (:func:`.aim_leads.aims_led_in`), without
    a target cue that was another figure's aim (1.3万人（年度目标1.2万人），失业率2.8%); a
    target cue leading the sentence before that one still governs (甲县锚定增长6.5%的目标，
    社会消费品零售总额增长7%以上: the round-up's aims, one after another)."""
    found = cue_spans(view, s, v_start)
    if "t" in found and (
        _DONE_AIM_RE.search(view, max(s, found["t"][0] - 16), found["t"][0])
        or _MET_AIM_RE.search(view, max(s, found["t"][0] - 12), found["t"][0])
        and _CLAUSE_END_RE.match(view, found["t"][1])
        or _REACHED_BY_RE.match(view, found["t"][1], v_start)
        and _REACHED_RE.search(view, max(s, found["t"][0] - 16), found["t"][0])
        or _EFFORT_RE.search(view, max(s, found["t"][0] - 12), found["t"][1])
        and "了" in view[found["t"][1] : v_start]
    ):
        found["a"] = found.pop("t")  # (超额完成目标较多的地区：北京（超额32.95%）: how it fared)
    if "t" in found and aim_of_another(view, s, found["t"], v_start):
        earlier = cue_spans(view, s, found["t"][0]).get("t")
        del found["t"]
        if earlier is not None and not aim_of_another(view, s, earlier, v_start):
            found["t"] = earlier
    if not found and (led := aims_led_in(view, s, v_start)) is not None:
        found["t"] = led  # (…作政府工作报告，展示了…的大蓝图：…开工建设5万套以上；…)
    return found


# An aim said to be met before the aim word, in its clause (超额完成了…节能目标, 提前两年实现翻番
# 目标): how it fared.
_DONE_AIM_RE = re.compile(
    r"(?:超额|提前(?:[一二两三四五\d]个?年)?|全面|均已|已经|已)(?:完成|实现)了?[^,，;；。:：]{0,10}$"
)
# An aim met, closing its clause with no figure of its own (工业投资实现倍增目标，全年完成…; 完成“十一五”
# 规划目标，比上年末增加…; not
# 力争实现…目标, 要实现…目标, 为实现上述目标, 有望实现…目标): the clauses after it tell what was
# done.
_MET_AIM_RE = re.compile(r"(?<![争保要将为力以能可望须需])(?:实现|完成)了?[^\d,，;；。:：]{0,8}$")
_CLAUSE_END_RE = re.compile(r"[，,;；。]")
# The years of effort a result took, told done after it (通过两年努力，…创成了…): no aim.
_EFFORT_RE = re.compile(
    r"(?:经过|通过)(?:[一二两三四五六七八九十几多\d]+年)?(?:的)?(?:不懈|共同)?努力$"
)
# The aim a counted noun reached, in a relative clause before it (达到功能区水质目标的站位67个):
# the things that reached it, counted.
_REACHED_RE = re.compile(r"(?<![争保要将])(?:达到|实现)[^,，;；。:：的]{0,12}$")
_REACHED_BY_RE = re.compile(r"的[^\d,，;；。:：的有为是共]{1,8}$")
# A bare span of years (五年, 5年) with no word that makes it a look back (过去, 近, 来).
_BARE_SPAN_RE = re.compile(r"\s*(?:[一二三四五六七八九十两]|\d{1,2})\s*年\s*")


def _plan_span_ahead(view: str, state: TimeState, frame: DocFrame, section: SectionInfo) -> bool:
    """Whether a bare span (五年累计…) read as a look back stands under a plan's aims, where
    it counts the plan's own years ahead."""
    if not (frame.is_plan and section.kind == Kind.TARGET and state.retro and state.src):
        return False
    if state.anchored:
        return False  # (“十二五”期间，…五年累计减少农村贫困人口2.1万人: the years reviewed)
    return _BARE_SPAN_RE.fullmatch(view, state.src[0], state.src[1]) is not None


# Between an aim word and the bare span it opens (规划目标五年累计, 目标为五年): a copula.
_AIM_SPAN_GAP_RE = re.compile(r"\s*(?:为|是|[:：])?\s*")


def _aim_span(
    view: str, state: TimeState, frame: DocFrame, aim: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The aim word's span when, in an evaluation of a plan, it opens a bare span of years
    (规划目标五年累计225万人, 目标为五年累计降低10%): the plan's own years, an aim, not a look
    back from the evaluation's year; else None."""
    if not (frame.is_evaluation and frame.period_end is not None and state.retro):
        return None
    src = state.src
    if aim is None or src is None or not _BARE_SPAN_RE.fullmatch(view, src[0], src[1]):
        return None
    return aim if _AIM_SPAN_GAP_RE.fullmatch(view, aim[1], src[0]) else None


# What ends a clause between an aim word and its value (a label's colon does not:
# 目标值：6%).


def _own_clause_aim(
    view: str,
    state: TimeState,
    frame: DocFrame,
    found: dict[str, tuple[int, int]],
    s: int,
    v_start: int,
) -> tuple[int, int] | None:
    """The target cue standing in the value's own clause, with no result cue after it, when
    the time in force was not named in the sentence (a heading's or paragraph's year);
    else None."""
    aim = found.get("t")
    # (过去一年…，计划总投资850亿元: a look back keeps its figures its own; not one named in a
    # sentence before, …两年累计仅下降4.1%。评估建议，…确保…年均增长8%以上: the advice's aim)
    if aim is None or (state.retro and state.explicit and not _named_before(state, s)):
        return None
    if _estimate_verb(view, found):
        return None  # (预计地区生产总值将达到1400亿元: 将 of the estimate, no aim)
    if _got_under_review(view, aim, state, frame):
        return None  # (全年争取上级资金12亿元 under last year's review: what was got)
    if state.src is not None and s <= state.src[0] < v_start:
        # A time named in the sentence: only one an earlier clause names (2017年达到70.1%，
        # 规划目标为71%) leaves the aim's clause to its cue.
        if state.future or not _CLAUSE_END_RE.search(view, state.src[1], aim[0]):
            if not (_present_aim(state, frame) or _part_s_aim(view, state, found, v_start)):
                return None
    done = found.get("a")
    if done is not None and done[0] > aim[0] and view[aim[1] : done[0]].strip():
        return None  # (not the aim's own verb right after it: 确保完成, 力争实现)
    if _CLAUSE_END_RE.search(view, aim[1], v_start) or _secured(view, aim):
        return None
    if in_quotes_or_title(view, aim[0], s):
        return None  # (新增“万人计划”人才3名: the aim word is part of a programme's name)
    if (
        _LISTED_RE.search(view, aim[1], v_start)
        and not _NAMED_MEMBER_RE.search(view, aim[1], v_start)
        and not _EACH_RE.match(view, aim[1])
    ):
        # (完成年度投资计划的131%、123%: the aim was of the list's first figure; but 确保地区生产
        # 总值增长5.5%以上、固定资产投资增长7%: each member named, the aim word governs them all)
        return None
    if _REVIEWED_RE.match(view, aim[1]) and not _STRIVING_RE.fullmatch(view, *aim):
        return None  # (目标完成率达到104%: how the aim fared; not 确保完成, the aim's own verb)
    if _aim_gap(view, s, aim) is not None or _gap_word_in_clause(view, s, aim):
        return None  # (高于规划目标2.6个百分点, 低于年均增长12%的规划目标1.2个百分点: a gap)
    return aim


def _present_aim(state: TimeState, frame: DocFrame) -> bool:
    """Whether the time named with an aim word is the year of writing itself, under review
    in a document that reports its own year (今年我们要确保地区生产总值增长6%以上 quoted in a
    statistics release): the aim word decides, as a year ahead's would."""
    if state.retro or state.part or state.year is None or state.year != frame.ref_year:
        return False
    return frame.review_year == frame.ref_year


def _part_s_aim(
    view: str, state: TimeState, found: dict[str, tuple[int, int]], v_start: int
) -> bool:
    """Whether a part of the year named in the sentence has its own aim, the aim word right
    before the figure and no result word (二季度社会消费品零售总额目标增速8.2%): the part's
    aim, not its result."""
    aim = found["t"]
    if not state.part or "a" in found or v_start < aim[1]:
        return False
    return v_start - aim[1] <= _AIM_TO_VALUE or _AIMS_LISTED_RE.fullmatch(view, aim[1], v_start)


_AIM_TO_VALUE = 4  # (目标增速8.2%, 预期目标22.19亿元: the aim word names the figure)
# The figures listed after the aim word before this one (增速目标分别为15%、15%、13%, 预期目标
# 22.19亿元、增速6.5%): each member of the list is an aim of the part as the first is.
_AIMS_LISTED_RE = re.compile(
    r"(?:分别)?(?:为|是)?(?:[^、,，;；。:：\d]{0,4}[-\d.]+[^、,，;；。:：\d]{0,3}、)+"
    r"[^、,，;；。:：\d]{0,4}"
)


def _got_under_review(view: str, aim: tuple[int, int], state: TimeState, frame: DocFrame) -> bool:
    """Whether the aim word at ``aim`` also says what was got (争取: ``data/prose_cues.csv``
    got_aim) and the time in force is a year the document reviews: what was got that year."""
    if view[aim[0] : aim[1]] not in cues().by_role["got_aim"] or state.future:
        return False
    return _by_year(state, frame) == Kind.ACTUAL


def _gap_word_in_clause(view: str, s: int, aim: tuple[int, int]) -> bool:
    """Whether a comparison word (低于, 高于, 距) stands in the aim word's clause before it,
    figures between included (低于年均增长12%的规划目标)."""
    ends = list(_CLAUSE_END_RE.finditer(view, s, aim[0]))
    start = ends[-1].end() if ends else s
    for m in words_re("aim_gap", "({})").finditer(view, start, aim[0]):
        if not _SHARE_NOUN_RE.search(view[max(0, m.start(1) - 1) : m.end(1) + 1]):
            return True
    return False


# Between an aim word and the gap measured against it: 尚差, 还有, 低, 仅差 (no figure).
_GAP_BETWEEN_RE = re.compile(r"[^\d,，。;；、]{0,4}")


def _gap_to_aim(
    view: str, s: int, aim: tuple[int, int] | None, v_start: int
) -> tuple[int, int] | None:
    """The span of the comparison word when the value is a gap or share measured against
    the aim word right before it (高于规划目标2.6个百分点, 比计划低1.8个百分点,
    占年度计划的108.5%); else None."""
    if aim is None or _AIMS_COMPARED_RE.search(view, s, aim[0]):
        return None  # (增长5%左右的目标，比上年计划目标低1个百分点: one aim against another)
    after = GAP_AFTER_AIM_RE.fullmatch(view, aim[1], v_start)
    if after is not None:  # 与规划目标（1.5%）相差0.57个百分点: how far off, after the aim
        return after.span(1)
    if _GAP_BETWEEN_RE.fullmatch(view, aim[1], v_start) is None:
        return None
    return _aim_gap(view, s, aim)


# An aim set for the coming year compared with last year's (a report's reasons for its plan
# draft: 固定资产投资增长5%左右的目标，比上年计划目标低1个百分点): the gap is between aims.
_AIMS_COMPARED_RE = re.compile(
    r"\d[^,，。;；\d]{0,4}的(?:预期|计划|年度)?目标\s*[,，]\s*(?:比|较)[^,，。;；\d]{0,4}$"
)


# 争取到位, 争取了: secured, not striven for (争取到2030年 is a horizon, read as a time).
_GOT = frozenset({"到位", "了"}) | {"到" + ch for ch in "了手的资项专"}

# A figure and a list mark between the aim word and the value: the value continues a list.
_LISTED_RE = re.compile(r"\d[^,，;；。]*?[、和及]")
# The last member of such a list named by words of its own (、固定资产投资增长) before its figure.
_NAMED_MEMBER_RE = re.compile(r"、\s*[\u4e00-\u9fff]{2}[^,，;；。、\d]*$")
# An aim word handing its figures out over names before it (增速目标分别为15%、13%): every
# member of the list is an aim.
_EACH_RE = re.compile(r"\s*(?:分别|依次)")


def _secured(view: str, aim: tuple[int, int]) -> bool:
    """Whether the aim word tells what was got, not striven for: 争取到位 after it, or a
    total or done word before it (共争取用地指标, 累计争取资金, 已争取: prose_words.csv
    ``secured_lead``)."""
    if view[aim[1] : aim[1] + 2] in _GOT:
        return True
    lead = words_re("secured_lead", "(?:{})$")  # (compiled once: words_re is cached)
    return lead.search(view, max(0, aim[0] - 3), aim[0]) is not None


def _aim_gap(view: str, s: int, aim: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a word that measures against the aim word at ``aim`` (高于规划目标,
    距2030年目标, 比计划低), in the aim's clause; else None."""
    figure = _AIM_FIGURE_RE.search(view, max(s, aim[0] - _GAP_WINDOW), aim[0])
    start = max(s, aim[0] - _GAP_WINDOW - (len(figure.group()) if figure else 0))
    while (m := _aim_gap_re().search(view, start, aim[0])) is not None:
        if _CLAUSE_END_RE.search(view, m.end(1), aim[0]):
            return None
        if not _SHARE_NOUN_RE.search(view[max(0, m.start(1) - 1) : m.end(1) + 1]):
            return m.span(1)
        start = m.start(1) + 1  # (占比目标, 比重: a share's name, no comparison)
    return None


_SHARE_NOUN_RE = re.compile(r"占比|比重|比例|比率")


# How far before an aim word its comparison word may stand (距2030年规划目标), the aim's
# own figure right before the aim word not counted (距2025年46%的目标).
_GAP_WINDOW = 10
_AIM_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?\s*[%％]?\s*的?\s*$")


def _aim_gap_re() -> re.Pattern[str]:
    # (The aim's year and figure may stand between: 距2025年46%的目标仅差4.4个百分点.)
    return words_re("aim_gap", r"({})(?:[^\d,，。;；]|(?:19|20)\d\d年|\d+(?:\.\d+)?)*$")


def _year_ahead(state: TimeState, frame: DocFrame, section: SectionInfo) -> bool:
    """Whether a figure stands in the work a report sets for the year ahead (a work report's
    or an implementation report's plan for the year): the time in force is after the year
    it reviews (今年 in a work report, 2026年工作安排) or a horizon (明年, 到2027年), or its
    section is one of aims. A look back (过去一年) or the year under review, where 计划…，
    完成… pairs an aim with what was done, is none (a part-year is a result before this step);
    nor is an evaluation (its headings of aims name the aims it reviews)."""
    if frame.is_evaluation or state.retro:
        return False
    if state.future or section.kind == Kind.TARGET:
        return True
    year, reviewed = state.year, frame.review_year
    return state.explicit and year is not None and reviewed is not None and year > reviewed


def _part_of_aims_heading(state: TimeState, section: SectionInfo, s: int) -> bool:
    """Whether a part-year in force was named by a heading of aims (下半年工作安排): the part
    ahead, not a result so far."""
    src = state.src
    return (
        section.kind == Kind.TARGET and src is not None and src[1] <= s and src[0] >= section.start
    )


def _section_kind(view: str, section: SectionInfo, frame: DocFrame) -> tuple[Kind, Evidence] | None:
    """The kind the section's heading gives (step 6): its role, but an evaluation's headings
    name the aims it reviews (多数指标好于规划预期) unless they look ahead (四、下一步工作建议:
    what is to be done, aims)."""
    if section.kind is not None and not (section.kind == Kind.TARGET and frame.is_evaluation):
        return section.kind, _ev(view, "section", section.cue)
    ahead = ahead_heading(view, section) if frame.is_evaluation else None
    return None if ahead is None else (Kind.TARGET, _ev(view, "section", ahead))


# The heading line of a section; the words that make an evaluation's section a look ahead.
_HEADING_CHARS = 60
_AHEAD_HEAD_RE = pattern("head_ahead")


def ahead_heading(view: str, section: SectionInfo) -> tuple[int, int] | None:
    """The span of the words of the section's heading line that make it a look ahead in an
    evaluation (四、下一步工作建议, 三、后三年工作建议: ``data/time_words.csv`` head_ahead);
    None when the heading says none, is a review's, looks back first (三、存在的主要问题和
    后三年工作建议: the problems found, as ``sections`` dates them) or the section has no
    heading of its own."""
    end = view.find("\n", section.start, section.start + _HEADING_CHARS)
    if end < 0 or section.kind == Kind.ACTUAL:
        return None
    m = _AHEAD_HEAD_RE.search(view, section.start, end)
    if m is None:
        return None
    src = section.state.src
    if section.state.retro and src is not None and section.start <= src[0] < m.start():
        return None  # (a look back named before: the problems found, then what to do)
    return m.span()


def _own_year(state: TimeState, frame: DocFrame) -> bool:
    """Whether the time in force is the document's own year (the year its aims are for by
    default), named as such: a look back to it (截至2023年6月底) names no aim."""
    explicit = state.explicit and not state.retro
    if explicit and state.under_way(frame.ref_year) and not (frame.is_plan or frame.is_evaluation):
        return False  # (“十三五”期间…实现… in a news page of 2020: the plan's years so far)
    return explicit and state.year is not None and state.year == frame.target_year


def _after_present(state: TimeState, frame: DocFrame) -> bool:
    """Whether the year named is after the document's present year (an estimate of it is
    a projection: GOLD_SPEC counts 预计 of a past or the current year as a result)."""
    now = frame.ref_year
    if not state.explicit or state.year is None or now is None or state.retro:
        return False
    return state.year > max(now, frame.review_year or now)


def _named_before(state: TimeState, s: int) -> bool:
    """Whether the time in force was named in a sentence before the one starting at ``s``."""
    return state.src is not None and state.src[1] <= s


def _estimate_of_now(state: TimeState, frame: DocFrame) -> bool:
    """Whether an evaluation's 预计到 names the year it is written in (预计到2023年底…, an
    evaluation of 2023): an estimate of the current year, a result (GOLD_SPEC), though 到
    reads as a horizon. Asked only of a horizon in force (``state.future``)."""
    now = frame.ref_year
    return (
        frame.is_evaluation
        and state.explicit
        and state.year is not None
        and now is not None
        and state.year <= now
    )


def _by_year(state: TimeState, frame: DocFrame) -> Kind | None:
    """The kind a named year gives on its own: reviewed years are over, years after the
    document's horizon are aims; None for the years in between (the clause decides)."""
    if not state.explicit or state.year is None:
        return None
    if frame.review_year is not None and state.year <= frame.review_year:
        return Kind.ACTUAL
    if state.retro and frame.ref_year is not None and state.year <= frame.ref_year:
        # (A look back ends by the time of writing: 两年平均增长5.1% after 今年一季度 in a
        # final evaluation written in the new plan's first year is a result so far.)
        return Kind.ACTUAL
    horizon = frame.period_end if frame.is_plan and frame.period_end else frame.target_year
    if horizon is not None and state.year > horizon:
        return Kind.TARGET
    return None


def _year_in_progress(view: str, state: TimeState, frame: DocFrame) -> bool:
    """Whether the whole year named is the one a report or story of its first part or its
    year so far is written in, results and aims both its own (2024年，…力争完成投资970亿元
    after 今年以来…): neither over nor ahead by the year alone. A time in it (截至今年8月底)
    is so far."""
    if state.retro or state.part or frame.is_plan or frame.is_evaluation or state.src is None:
        return False
    if not _WHOLE_YEAR_RE.fullmatch(view, *state.src):
        return False
    if frame.doc_type in (DocType.STATISTICAL_NEWS, DocType.STATISTICAL_COMMUNIQUE):
        return False  # (a statistics release reports what was done: 实现旅游总收入77.71亿元)
    return state.year == frame.review_year == frame.target_year == frame.ref_year


def decide_year(
    view: str, state: TimeState, frame: DocFrame, kind: Kind
) -> tuple[int | None, Evidence]:
    """The year of a figure: the time expression in force, else the document's default
    year for its kind (the reviewed year for results, the target year for aims)."""
    if kind == Kind.ACTUAL and state.before_aim is not None:
        # (距2030年目标尚差0.6个百分点: the gap is now, not in the aim's year.)
        return decide_year(view, state.before_aim, frame, kind)
    if kind == Kind.TARGET and state.ended_aim is not None and not state.future:
        # (…；2025年预期目标为增长5%左右，报告同时提出规上工业增加值增长7%左右: the aim's year.)
        return decide_year(view, state.ended_aim, frame, kind)
    if state.year is not None and not ((state.part or state.retro) and kind == Kind.TARGET):
        # (A part-year or a look back in force says nothing of the year an aim is for.)
        return state.year, _ev(view, "time_word", state.src, "year")
    year = frame.default_year(kind)
    planned = (frame.is_plan or frame.is_evaluation) and frame.period_end is not None
    basis = "plan_period" if planned and kind == Kind.TARGET else frame.ref_basis
    text = "" if frame.ref_year is None else str(frame.ref_year)
    return year, Evidence("year", basis if year is not None else "genre_default", text)
