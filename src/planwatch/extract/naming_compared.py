"""Names of figures told against another figure or area, a part of the naming stage
(``prose_naming.choose_name`` calls these): a rank is named with the whole area it is taken
in (增速居全省第3位 -> 增速全省排名), a figure given as a share of something with what it is
of (仅相当于全省的82% -> …相当于全省水平), a wider area's level quoted in brackets after the
area compared with (比全国平均水平（77.9岁）) with the indicator named before, and the gap to
an aim told after the aim (距42%的规划目标尚差0.7个百分点) as that indicator's gap.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.core.data import Measure
from planwatch.describe.areas import scan_names
from planwatch.describe.subject_rules import COMPARED_WITH_WHOLE_RE, WHOLE_WORDS
from planwatch.extract.prose_names import SentenceState, previous_clause_name, sentence_subject

if TYPE_CHECKING:  # the reader passes itself; imported for types only (no cycle at run time)
    from planwatch.extract.prose_reader import Reading, SentenceReader


# The whole area a rank is taken in (居全省第3位, 在全国31个省份中居第21位, 位居全国第一), and
# the group of its members counted with it (在全省11个设区市中): gold and officials name a rank
# by what is ranked and where (经济总量全省位次), the count of members is no part of it.
_RANK_SCOPE_RE = re.compile(r"(?<=.)全[国省区市州县盟]")
_RANK_GROUP_RE = re.compile(
    r"在全[国省区市州县盟][\d一二三四五六七八九十百]+\s*个?[^,，。;；\d]{1,8}?中"
)
_INNER_RANK_RE = re.compile(r"全[国省区市州县盟]排名")


def ranked_in(name: str, subject: str) -> str:
    """A rank's name with the whole area it is ranked in before 排名 (增速居全省第3位 ->
    增速全省排名): the last 全省/全国… of the words before the rank that does not open them
    (全市营商环境评价位列第4位: the document's own scope, no group ranked in)."""
    if not name.endswith("排名"):
        return name
    # (…总量全省排名 + 增速: the rank before, completing a generic word, is no part of it.)
    head = _INNER_RANK_RE.sub("", _RANK_GROUP_RE.sub("", name[:-2]))
    # (…增速比1-10月提高0.5个百分点，排名全市第二: the pace is ranked, not its change.)
    head = _PACE_COMPARED_TAIL_RE.sub("", head)
    scopes = _RANK_SCOPE_RE.findall(subject)
    scope = scopes[-1] if scopes and scopes[-1] not in head else ""
    return head + scope + "排名" if len(head) >= 2 else name


_RANK_END_RE = re.compile(r"(?:全[国省区市州县盟])?排名$")
GAP_TO_AIM = "距规划目标差距"  # (what a gap to an aim is named after its indicator: gap_to_aim)


def unranked(name: str, unit: str | None) -> str:
    """A rank's name borrowed by a figure that is no rank (…总量全省排名，今年前三季度增长2.6%):
    what was ranked; a pace change's name (…增速比1—8月回落) by a figure that is no change in
    points (其中9月当月增长8.2%): what changed pace."""
    if unit != "个百分点":
        m = _PACE_CHANGED_END_RE.search(name)
        if m is not None and m.start() >= 2:
            return name[: m.start()]
    if name.endswith(GAP_TO_AIM) and len(name) > len(GAP_TO_AIM) + 1:
        return name[: -len(GAP_TO_AIM)]  # (…还差147.4亿元，后三年需年均增长…: the indicator's)
    if unit == "位":
        return name
    head = _RANK_END_RE.sub("", name)
    return head if len(head) >= 2 else name


# A figure as a share of another, or of another area's level (仅相当于全国平均水平的78%,
# 相当于地区生产总值的1.17%): the words softening it (仅, 仍, 约) name nothing.
_EQUIVALENT_RE = re.compile(r"(?:仅|仍|约|只|已)*相当于(?P<of>.*)$")
_WHOLE_AREA_RE = re.compile(r"全[国省区市州县盟]")


def equivalent_name(name: str, before: str) -> str:
    """The name of a figure given as a share of something (…相当于全省的82%): what it is of
    the figure named before it when none opens the clause (…12.5亿元，相当于地区生产总值的
    1.17%), and the share's noun: an area's 水平 (相当于全省 -> 相当于全省水平), else 比重."""
    m = _EQUIVALENT_RE.search(name)
    if m is None or not m.group("of"):
        return name
    head = name[: m.start()] or before
    if not head:
        return name
    of = m.group("of")
    if not of.endswith(("水平", "比重", "比例")):
        of += "水平" if _WHOLE_AREA_RE.fullmatch(of) else "比重"
    return head + "相当于" + of


# A wider area's level quoted in brackets after the area it is compared with (比全国平均水平
# （77.9岁）高0.7岁, 低于全省平均水平（64.5%）3.3个百分点, 比全国（2.64%）低, 好于全省平均
# 水平（33微克/立方米）), or after a second area compared with (比全国（6.9%）和全区（7.6%）).
_COMPARED_AREA_RE = re.compile(
    r"(?:比|较|高于|低于|好于|优于|差于|快于|慢于|超过|相当于|与|[)）]\s*(?:和|及|、))"
    r"\s*全[国省市区州县](?:同期)?(?:平均水平|平均增速|平均增幅|平均|水平|增速)?\s*[（(]\s*$"
)
# The same for an earlier part of the same year quoted in brackets after the pace is compared
# with it (较上半年（4.8%）提高1.4个百分点, 比1—8月（5.1%）回落, 较一季度（-10.8%）回升): the
# indicator named before, at that earlier part's pace (comm25: county monthly releases).
_COMPARED_PERIOD_RE = re.compile(
    r"(?:比|较|高于|低于|快于|慢于)\s*(?:一季度|上半年|前三季度|上季度|上月|上期"
    r"|1\s*[-—–~至]\s*\d{1,2}\s*月份?|一至[一二三四五六七八九十]{1,2}月份?)"
    r"\s*(?:增速|水平)?\s*[（(]\s*$"
)


def level_compared_with(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """A level quoted in brackets after the wider area a figure is compared with is that
    area's figure of the indicator named before (人均预期寿命), not the comparison's words."""
    view, v = reader.view, r.v
    lo = max(r.cs, v.start - 16)
    m = _COMPARED_AREA_RE.search(view, lo, v.start) or _COMPARED_PERIOD_RE.search(view, lo, v.start)
    if m is None:
        return
    if view[v.end : v.end + 2].lstrip()[:1] not in ")）":
        return
    named = st.prev_name or sentence_subject(st)
    if named:
        r.name = named
    if "增" in m.group() or (st.prev_measure == Measure.GROWTH and m.re is _COMPARED_PERIOD_RE):
        r.roles = r.roles | {"rate"}  # (a pace quoted: the figure is a growth, as the one before)


# A whole area's own figure in brackets after a comparison with it (快于全省平均水平0.6个百分点
# （全省年均增长6.6%）): the name left is the area's word alone; the figure is of the indicator
# the comparison was of (the name before, up to its comparison words).
_AREA_ONLY_RE = re.compile(r"全[国省区市州县盟]|我国")
_AREA_LEAD_RE = re.compile(r"^(?:全[省市区县州盟旗]|我[省市区县州盟旗])")
_COMPARISON_RE = re.compile(r"(?:快于|慢于|高于|低于|超过|高出|低出|比|较)全?[^,，。;；]*$")


def quoted_area_name(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """The name of a whole area's figure quoted in brackets (see above)."""
    view, v = reader.view, r.v
    if not _AREA_ONLY_RE.fullmatch(r.name) or view[v.end : v.end + 2].lstrip()[:1] not in ")）":
        return
    opened = max(view.rfind("（", r.cs, v.start), view.rfind("(", r.cs, v.start))
    if opened < 0 or not _AREA_ONLY_RE.match(view, opened + 1):
        return
    named = unranked(_COMPARISON_RE.sub("", st.prev_name or sentence_subject(st)), None)
    named = _AREA_LEAD_RE.sub("", named)  # (全市进出口总额…: the document's scope, not the area's)
    if len(named) >= 2:
        r.name = named


# The same decision for the clause form (level_compared_with and quoted_area_name above are
# its bracket forms): after a comparison with the area above
# (高于全省0.3个百分点, 低于全省平均水平0.55个百分点) officials give that area's own figure in a
# clause naming the area alone (，全省同期增长5.5%; ，全省为1.93%; ，全市增长4.8%): the figure is
# the indicator compared, the area's (real2 dev c271, c273, c275; prose_naming._compared).
# The area alone: 全省, 全市同期, 全国平均水平, with 为/是 or a growth verb after it.
# (Its jurisdiction, the area's: describe.subject_rules.average_quoted, with the same words.)
_CLAUSE_AREA_RE = re.compile(
    rf"^(?:{WHOLE_WORDS})(?:同期|平均水平?|平均)?(?:为|是|增长|增速为?|下降)?$"
)
# A comparison with such an area earlier in the sentence.
_CLAUSE_COMPARED_RE = COMPARED_WITH_WHOLE_RE


def compared_area_only(name: str, view: str, s: int, cs: int) -> bool:
    """Whether a clause's name is only the area that the sentence compared a figure with
    before the clause (see above)."""
    if not _CLAUSE_AREA_RE.match(name):
        return False
    return _CLAUSE_COMPARED_RE.search(view, s, cs) is not None


# How far a figure falls short of its aim, told after the aim (距2.5%的规划目标相差0.05个百分点,
# 距42%的目标尚差0.7个百分点, 与规划目标5000亿元相差约1789亿元), and the gap's words read
# after the aim's own value (45%的目标仅差2个百分点: no name of the 45%).
_GAP_BEFORE_RE = re.compile(r"目标[^,，。;；]{0,14}?(?:相差|差距|差)(?:约|近|了)?\s*$")
_GAP_NAME_RE = re.compile(r"^(?:尚|仅|还|只)?相?差\d")
# Or left (目标还有3.1个百分点的差距): 还有 after the aim, 差距 after the gap.
_GAP_LEFT_RE = re.compile(r"目标[^,，。;；\d]{0,3}(?:还|尚|仍)有(?:近|约|将近)?\s*$")
_GAP_WORD_AFTER_RE = re.compile(r"[\s\ue000]*的?差距")  # (\ue000: a line break blanked)
_AIM_END_RE = re.compile(r"(?:的)?(?:规划|预期|年度)?目标(?:值)?$")
# A name of its own closed by the gap's words (社会消费品零售总额距目标尚差): the indicator's gap
# (not …与预期目标相差, a comparison named as printed: gap_to_aim).
_OWN_GAP_RE = re.compile(
    r"(?:距离?|离)(?:(?:19|20)\d{2}年)?的?(?:规划|预期|年度|五年)?目标(?:值)?"
    r"(?:尚|还|仍)?(?:相差|差距|差)(?:约|近)?$"
)
_GAP_CLAUSE_RE = re.compile(r"\s*(?:还|尚|仍)?(?:相差|差)(?:约|近|了)?\s*")
_AIM_CLAUSE_END_RE = re.compile(r"目标(?:值)?\s*[,，]\s*$")
_AIM_LEAD_RE = re.compile(r"(?:距离?|离|与)?(?:(?:19|20)\d{2}年)?的?(?:规划|预期|年度)?目标")


# Words that only set a figure against an aim or a rank (对照2025年…的目标, 按规划到2020年达到…,
# 与《规划》提出的…目标相比仍差, 稳居全市各区县第一，…, 未达到规划目标…): evaluations weigh a
# figure so, the indicator named before it (real32 and eval dev halves: 对照/还差/按规划 read
# as names).
_COMPARE_FRAME_RE = re.compile(
    r"(?:对照|按照?(?:规划|《[^》]{1,12}》|纲要|目标)|(?:距离?|离)(?:规划)?(?:目标)?"
    r"|与(?:《[^》]{1,12}》|规划|纲要)?[^,，。;；\d]{0,8}?相比(?:仍|还|尚)?差?"
    r"|(?:仍|还|尚)差|稳居[^,，。;；\d]{0,12}|(?:未|没有)(?:达到|完成)(?:规划|预期|年度)?目标"
    r"|比(?:计划|规划|目标)(?:少|多|低|高)"
    # (…修订为1762.91亿元，比原公布数增加11.36亿元: a revision against the figure first published)
    r"|(?:比|较)(?:原公布数|原公布|初步核算数|快报数|原数)(?:增加|减少|提高|降低|上调|下调)?"
    r"|(?:超额|提前)(?:完成|实现)?[^,，。;；\d]{0,8}?(?:任务|目标)?|(?:完成|实现)[^,，。;；\d]{0,6}?(?:任务|目标)"
    r"|(?:滞后于|快于|慢于|低于|高于|好于|差于)(?:规划|纲要|预期|年度)(?:目标|预期)?"
    r"|与(?:《[^》]{1,12}》|规划|纲要)(?:提出|确定|设定)?的?[^,，。;；\d]{0,6}?差距(?:较大|较小|明显|很大)?)"
)


def compare_frame_only(name: str) -> bool:
    """Whether a name is only words setting its figure against an aim or a rank (对照, 按规划,
    还差, 稳居全市各区县): it names no indicator."""
    return _COMPARE_FRAME_RE.fullmatch(name) is not None


# The comparison closing a name (年均增速与规划目标相比还差0.9个百分点; a base year or census:
# 常住人口与2010年第六次全国人口普查相比): what is compared is before it.
_COMPARED_TAIL_RE = re.compile(
    r"与(?:《[^》]{1,12}》|规划|纲要)?(?:(?:19|20)\d\d\s*年)?"
    r"(?:第[一二三四五六七八九十]次全国[^,，。;；\d与]{2,6}?普查(?:时|结果)?)?"
    r"[^,，。;；\d与]{0,8}?相比(?:仍|还|尚)?差?$"
)


def compared_head(name: str) -> str:
    """``name`` without the comparison closing it (年均增速与规划目标相比还差 -> 年均增速)."""
    m = _COMPARED_TAIL_RE.search(name)
    return name[: m.start()] if m is not None and m.start() >= 2 else name


def gap_to_aim(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """The gap between a figure and its aim is the gap of the indicator named before it in
    the sentence (森林覆盖率距规划目标差距), not the words of the aim."""
    own = _OWN_GAP_RE.search(r.name) if r.name and not r.inherited else None
    if own is not None and own.start() >= 2:  # (社会消费品零售总额距目标尚差323.2亿元)
        r.name = r.name[: own.start()] + GAP_TO_AIM
        r.roles = r.roles | {"gap"}
        return
    if not st.names:
        return
    subject = _AIM_END_RE.sub("", sentence_subject(st) or st.prev_name)
    if len(subject) < 2:
        return
    before = _GAP_BEFORE_RE.search(reader.view, r.cs, r.v.start) and (
        r.inherited or not r.name or _AIM_LEAD_RE.match(r.name)
    )  # (地区生产总值增速与预期目标相差0.3个百分点: a name of its own stays)
    left = _GAP_LEFT_RE.search(reader.view, r.cs, r.v.start) and _GAP_WORD_AFTER_RE.match(
        reader.view, r.v.end
    )  # (距…47%的目标还有3.1个百分点的差距: the gap's words after the gap)
    after = _GAP_CLAUSE_RE.fullmatch(reader.view, r.cs, r.v.start) and _AIM_CLAUSE_END_RE.search(
        reader.view, max(0, r.cs - 40), r.cs
    )  # (对照2025年760亿元的目标，还差167.2亿元: the gap in a clause of its own)
    if before or left or after:
        r.name = subject + GAP_TO_AIM
        r.roles = r.roles | {"gap"}  # (a distance: a change in the figure's unit, prose_measure)
    elif _GAP_NAME_RE.match(r.name):
        r.name = subject


# A growth's change against an earlier part of the year, named by the comparison alone
# (比上半年加快0.3个百分点, 增速比1—8月回落0.2个百分点, 降幅比上半年收窄0.6个百分点, 涨幅比
# 上月扩大, 增速较一季度、上半年分别提高1.1个和0.6个百分点): how statistics releases follow
# a growth; the change is of that growth, with the pace word the release uses (增速 when none
# follows a growth; a rate's own change, 比上年同期提高, needs none). A comparison with the
# area above is prose_naming._compared's.
_PACE_WORD = r"增速|增幅|降幅|涨幅|跌幅"
_EARLIER = (
    r"上半年|下半年|第?[一二三四1-4]\s*季度|前[一二三两1-3]\s*季度|1\s*[-—–~至]\s*1?\d\s*月份?"
    r"|前\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*个月|上月|上季度?|(?:上年|去年)(?:同期|全年)?"
)
# A pace moved against an earlier part of the year printed in % (增速较一季度回升4.8%, 较上月回落
# 0.8%; a release's 个百分点 otherwise): how far the rate moved, a change; its word says which way
# (prose_measure), and the growth before names it (pace_change_name).
PACE_MOVED_RE = re.compile(
    rf"(?:较|比)(?:{_EARLIER})(?:分别)?(?P<w>回升|回落|加快|放缓|减缓|收窄|扩大)了?\s*$"
)
_PACE_CHANGE_RE = re.compile(
    rf"^(?P<pace>{_PACE_WORD})?(?:分别)?(?P<rest>(?:比|较)(?:{_EARLIER})(?:[、和及](?:{_EARLIER}))*"
    r"(?:加快|提高|提升|上升|回升|回落|放缓|下降|扩大|收窄|加速|减缓)?)$"
)
_OWN_PACE_RE = re.compile(rf"(?:{_PACE_WORD})(?:(?:比|较)[^,，。;；]*)?$")
_PACE_CHANGED_END_RE = re.compile(rf"(?:{_PACE_WORD})(?:比|较)(?:{_EARLIER})[^,，。;；]*$")
# The comparison with an earlier part of the year closing a pace's name (增速比1-10月, 降幅比
# 上月收窄): before a rank that follows it, no part of what is ranked (ranked_in; comm25:
# county monthly releases ranking each pace in the city, …比1-10月提高0.5个百分点，排名全市第二).
_PACE_COMPARED_TAIL_RE = re.compile(rf"(?<=(?:{_PACE_WORD}))(?:比|较)(?:{_EARLIER})[^,，。;；]*$")


def pace_change_name(r: Reading, st: SentenceState) -> None:
    """Name a change in points told only by what it is compared with (see above) after the
    growth named before it in the sentence: that growth's pace and the comparison (a move
    printed in % after a growth in %, 同比下降18.2%，较一季度回升1.8%, too)."""
    moved = r.v.unit == "%" and st.prev_measure == Measure.GROWTH and PACE_MOVED_RE.search(r.pre)
    if r.v.unit != "个百分点" and not moved:
        return
    m = _PACE_CHANGE_RE.match(r.name)
    if m is None:
        return
    pace = m.group("pace") or ("增速" if st.prev_measure == Measure.GROWTH else "")
    subject = sentence_subject(st)
    if not subject or _PACE_CHANGE_RE.match(subject):
        return
    head = _OWN_PACE_RE.sub("", subject)  # (…增速比上半年加快: the growth's own name)
    if len(head) >= 2:
        r.name = head + pace + m.group("rest")


# A comparison naming only its base (同第五次全国人口普查…的333586人相比): the figure before's name alone.
_BASE_ONLY = r"[与同][^,，]{1,30}?相比"
# A plan period named as a base (比“十五”末期, 较“十二五”时期): its end or its years.
_PLAN_BASE = r"[比较与]\s*[“\"]?十[一二三四五六七八九]?五[”\"]?"
# A name that is only a comparison (分别高于全国全省, 分别比全国、全省高, 与全国平均水平相比高出; a
# base named by its census: 比2010年第六次全国人口普查结果, 第六次全国人口普查时相比): of the
# figure named before.
_COMPARE_LEAD_RE = re.compile(
    r"^(?:分别|均)?(?:高于|低于|高出|低出|快于|慢于|超出|差(?=[^,，]{0,8}?(?:目标|预期|计划))|"
    + _BASE_ONLY
    + r"|[比较与]\s*(?:19|20)\d\d\s*年|[比较]全[国省市州区县盟]|第[一二三四五六七八九十]次[^,，]{0,8}普查"
    # (比“十五”末期增长2.6倍: the plan before's end, a base)
    + r"|"
    + _PLAN_BASE
    + r"(?:期末|末期|末|时期|期间))"
)


_BASE_ONLY_RE = re.compile(_BASE_ONLY)
# A base of a plan period's end alone (比“十五”末期): the figure before's name alone.
_PLAN_BASE_RE = re.compile(_PLAN_BASE + r"(?:期末|末期|末)(?:相比)?")
# A growth word alone before a comparison (增速高于全省1.8个百分点): whose growth is compared.
_GROWTH_COMPARED_RE = re.compile(r"^(?:年均)?(?:增速|增幅)(?=高于|低于|高出|快于|慢于|超出)")
# Or a rate word alone (…增长5.6%，增速高于全省1.1个百分点: the figure named before says
# whose; against an earlier part of the year, naming_compared.pace_change_name's).
_RATE_ALONE_RE = re.compile(r"^(?:年均)?(?:增速|增幅|降幅|涨幅)$")


# A subject named by its own change over an earlier time (增速比上半年加快, 增幅较一季度回落):
# what is compared next is the figure itself, before 比/较.
_CHANGED_SINCE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:比|较)(?:上半年|一季度|前三季度|上年|去年|上月|1[—-]\d{1,2}月)"
    r"(?:加快|提高|回落|放缓|上升|下降|扩大|收窄|提升)$"
)


def compared_name(view: str, s: int, r: Reading, st: SentenceState) -> None:
    """分别高于全国全省5.9和2.9个百分点: the difference of the figure named before; so too
    增速高于全省1.8个百分点, the growth of the figure named before (``view`` from ``s``: the
    sentence; the clause before names it when the sentence has named nothing)."""
    if r.inherited:
        return
    if _GROWTH_COMPARED_RE.match(r.name) or _RATE_ALONE_RE.match(r.name):
        subj = sentence_subject(st)  # (only a figure's, named earlier in the sentence)
    elif _COMPARE_LEAD_RE.match(r.name):
        subj = sentence_subject(st) or previous_clause_name(view, s, r.cs)
    elif compared_area_only(r.name, view, s, r.cs):
        r.name = sentence_subject(st) or r.name
        return
    else:
        return
    # (增速比上半年加快0.4个百分点，高于全省0.2个百分点: the growth compared, not its change.)
    subj = _CHANGED_SINCE_RE.sub("", subj) if subj else subj
    # (…，高于上年0.6个百分点，高于全省1.3个百分点: each compares the figure, not the last gap.)
    subj = _GAP_TAIL_RE.sub("", subj) if subj else subj
    if subj and not r.name.startswith(subj):  # (同…的333586人相比: the base, named as its figure)
        r.name = subj + (
            ""
            if _BASE_ONLY_RE.fullmatch(r.name) or _PLAN_BASE_RE.fullmatch(r.name)
            else re.sub(r"^(?:分别|均)", "", r.name)
        )


# Areas said to beat or trail the whole's average before their own growths (突泉县、扎赉特旗高于全盟
# 平均水平，同比分别增长193.5%、99.5%): the comparison names the areas, not what grew.
_AVERAGE_FRAME_RE = re.compile(
    r"(?P<areas>[^,，。;；\d]{0,30}?)(?:分别|均)?(?:高于|低于|快于|慢于|超过)"
    r"全[国省市州区县盟旗][^,，。;；\d]{0,4}?平均(?:水平|增速|值)?"
)


def average_frame_name(r: Reading, para_name: str, prev_name: str) -> None:
    """A % figure named only by its areas' place against the whole's average takes the
    indicator its paragraph (or the figure before) names."""
    if r.v.unit != "%" or not _average_frame(r.name):
        return
    r.name = next((n for n in (prev_name, para_name) if n and not _average_frame(n)), r.name)


def _average_frame(name: str) -> bool:
    """Whether ``name`` is only areas set against the whole's average (突泉县、扎赉特旗高于全盟
    平均水平)."""
    m = _AVERAGE_FRAME_RE.fullmatch(name)
    if m is None:
        return False
    rest = m["areas"]
    for start, end, _rows in reversed(list(scan_names(rest))):
        rest = rest[:start] + rest[end:]
    return not rest.strip("、和及，, ")


# What a growth is set against: the year before, or the whole area.
_GAP_YARDSTICK = r"(?:上年|去年|全[国省市州区县盟旗])"
# A gap already named after the figure (地区生产总值高于上年): the figure's name before it.
_GAP_TAIL_RE = re.compile(rf"(?<=..)(?:高于|低于|快于|慢于){_GAP_YARDSTICK}$")


# A sentence opening on a comparison with no subject (。高于上年0.6个百分点，高于全省…, a
# report's figure followed by a full stop where a comma was meant): of the figure before it.
_OPENING_COMPARISON_RE = re.compile(
    rf"\s*(?:分别|均)?(?:高于|低于|高出|低出|快于|慢于){_GAP_YARDSTICK}"
)


_FIGURE_STOP_RE = re.compile(r"[\d%％]\s*。\s*$")  # (the sentence before ends on its figure)


def opens_on_comparison(view: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens on a comparison that names nothing compared,
    right after a sentence ending on its figure."""
    return _OPENING_COMPARISON_RE.match(view, s) is not None and bool(
        _FIGURE_STOP_RE.search(view, max(0, s - 4), s)
    )
