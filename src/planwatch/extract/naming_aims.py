"""An aim quoted after a result, named by the result's indicator: a naming stage of the prose
extractor (moved out of :mod:`.prose_naming`, which it serves).

Reviews weigh a result against the aim it beat or missed, the aim's figure after the
result's in the same sentence and framed only by words that say it is an aim (距1.5%的规划
目标, 控制在4.2%的目标以内, 超额完成省下达的17%的约束性目标, 已提前实现规划目标（5件）):
that figure is the aim of the indicator the sentence named before it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from planwatch.core.data import Measure
from planwatch.extract.cues import cues
from planwatch.extract.prose_around import quota_frame
from planwatch.extract.prose_names import CJK, SentenceState, sentence_subject

if TYPE_CHECKING:  # the reader passes itself; imported for types only (no cycle at run time)
    from planwatch.extract.prose_reader import Reading, SentenceReader


# An aim named after a value by words that say only what kind of aim it is (的规划目标, 的年均
# 增长目标, 的目标任务).
# (Or the plan's expectation or pace: 的规划预期, 的规划进度. Or the kind of aim a review
# names it by: 的约束性目标, 的计划目标, 的调控目标 — how annual plan reports and final
# evaluations weigh a result against what was set: 超额完成省下达的17%的约束性目标. Or the aim as
# first set, 与年均增长9.5%的原定目标存在较大差距, as a note adjusting a plan's targets weighs the
# results against it: real19 dev c501.)
HOLLOW_AIM_AFTER_RE = re.compile(
    r"(?:[ \u3000]?(?:的|之))?(?:(?:(?:19|20)\d\d年的?)?"
    r"(?:原定|规划|预期|控制|年度|发展|年均|增长|增速|下降|降低|计划|调控|约束性|预期性)*"
    r"目标(?:任务)?|任务|规划(?:预期|进度)|(?:规划|预期|目标)增速)"  # (滞后于6.5%的规划增速, 接近7%的2025年目标;
    # 完成市下达的14%任务: the task handed down, an aim)
)


@lru_cache(maxsize=1)
def _AIM_FRAME_RE() -> re.Pattern[str]:
    words = sorted(cues().by_role.get("aim_frame", ()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def aim_of_the_figure_before(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """A value named only by the words that frame it as an aim, after a figure of the
    sentence (研发投入强度为0.9%，距1.5%的规划目标差距较大; 失业率3.8%，控制在4.2%的目标以内;
    年均增长10.8%，低于年均增长12%的规划目标): the aim of the indicator named before it."""
    if r.cs <= reader.s or not st.names or r.inherited:
        return
    # (A name only of the words framing the aim needs no aim noun after the value: 失业率5.1%，
    # 控制在规划确定的5.5%以内.)
    if not _frame_only(r.name) and not HOLLOW_AIM_AFTER_RE.match(reader.view, r.v.after_end):
        return  # (8%的经济增速预期目标: the noun after 的 names the value itself)
    if r.name and not _AIM_FRAME_RE().search(r.name) and not _frame_leftover(r):
        return  # (服务业增加值增长7%的目标: the value's own indicator)
    subject = sentence_subject(st) or st.prev_name
    if subject:
        r.name = subject
        if st.prev_measure == Measure.GROWTH and r.v.unit == "%" == st.prev_unit:
            # (能耗下降15.2%，超过下达的14%的目标: the aim of a growth is a growth, its size.)
            r.roles = r.roles | {"rate"}


def quota_name(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """A quota's figure named with the words framing it (用水总量控制在自治区下达的16.5亿立方米
    以内 -> 用水总量控制在自治区下; 完成省下达的10%的减排目标 -> 省下): the indicator before
    the frame, or the one the sentence named before it."""
    frame = quota_frame(reader.view, r.cs, r.v.start, r.v.end)
    if frame is None or r.v.fixed_name:
        return
    cut = reader.view[frame[0] : frame[1] - 1]  # (up to 下: 达 is read as a cue word)
    if cut.endswith(r.name):
        name = ""
    elif r.name.endswith(cut):
        name = r.name[: -len(cut)]
    else:
        return
    if len(CJK.findall(name)) < 2:
        name = sentence_subject(st) or st.prev_name or ""
        if name and st.prev_measure == Measure.GROWTH and r.v.unit == "%" == st.prev_unit:
            r.roles = r.roles | {"rate"}  # (the quota of a fall told before: its size)
    if name:
        r.name = name


# The plan that set an aim, in words around the aim's frame (规划确定的, 《纲要》提出的).
_SETTER_RE = re.compile(r"[《》“”\"]|规划|纲要|提出|设定|的")
_SET_BY_RE = re.compile(r"规划|纲要|原定|确定|提出|设定")
_NAMED_AIM_RE = re.compile(r"目标|进度")


def _frame_only(name: str) -> bool:
    """Whether a name is only words framing an aim and the plan that set it (控制在规划确定,
    低于《纲要》提出): it names no indicator."""
    if not _SET_BY_RE.search(name) or _NAMED_AIM_RE.search(name):
        return False  # (完成规划目标2000万亩的109%, 完成进度为: the aim's or progress's name)
    return not _SETTER_RE.sub("", _AIM_FRAME_RE().sub("", name))


# An aim noun joined after the value's frame (市下任务 of 完成市下达的14%任务).
_AIM_NOUN_END_RE = re.compile(r"(?:目标)?任务$|目标$")


def _frame_leftover(r: Reading) -> bool:
    """A name of a few characters left over from aim-framing words cut before it (完成省下达的
    下降3.6%的年度目标 -> 省下): no indicator of its own."""
    name = _AIM_NOUN_END_RE.sub("", r.name)  # (市下任务: the aim noun after the value joined)
    return len(name) <= 3 and _AIM_FRAME_RE().search(r.name_raw) is not None


# Aim words closing the words before a bracket (已提前实现规划目标（5件）, 完成年度目标(8%)).
_AIM_BEFORE_BRACKET_RE = re.compile(r"目标\s*[（(]\s*$")


def aim_in_brackets(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """A value in brackets right after aim words (每万人口发明专利拥有量达到5.6件，已提前实现
    规划目标（5件）): the aim of the indicator named before it in the sentence."""
    if r.inherited or r.v.fixed_name or not st.names:
        return
    if not _AIM_BEFORE_BRACKET_RE.search(reader.view, max(reader.s, r.v.start - 8), r.v.start):
        return
    subject = sentence_subject(st) or st.prev_name
    if subject:
        r.name = subject
