"""Names of counts and shares of a plan's indicators and of groups, a part of the naming
stage (``prose_naming.choose_name`` calls these): an evaluation's count of indicators by
status is named by the status (4项已提前完成规划目标 -> 提前完成规划目标), a completion rate
after counting them is the indicators' completion rate, and a percentage of a group named
after it is the share of the group that did it (70%的县区通过评估验收 -> 县区通过评估验收比例).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.core.data import DocType
from planwatch.extract.cues import cues, words_re
from planwatch.extract.prose_around import graded_count, status_heading
from planwatch.extract.prose_names import SCOPE_ONLY_RE, clean_name
from planwatch.extract.prose_script import BLANK

if TYPE_CHECKING:  # the reader passes itself; imported for types only (no cycle at run time)
    from planwatch.extract.prose_reader import Reading, SentenceReader

# How counted things fared (data/prose_words.csv "fared": 未…, 滞后…).
FARED_RE = words_re("fared")

# A count of an evaluation's indicators and the status that follows it to the clause's end
# (22项指标达到或快于序时进度, 4项已提前完成规划目标, 2项未完成).
# (A reason may list causes: 3项受疫情、煤价波动等因素影响难以实现预期; a 、 before another
# count ends the status: 4项进展滞后、3项未完成.)
_STATUS_AFTER_RE = re.compile(
    r"(?P<pred>(?:指标)?(?:均|已|仍|则|还)?(?:[\u4e00-\u9fff\ue000“”\d]|、(?!\s*\d)){1,30}?)"
    r"\s*(?=[,，。;；\n(（]|、\s*\d|$)"
)  # (3项进展滞后（…）: the lagging ones named in a bracket


# Why a count of indicators fared so, before its status (2项因统计口径调整暂无法评估, 受疫情
# 影响3项滞后): no part of the status that names the count.
# The circumstance a figure came about in is one too (在疫情冲击下, 在减税降费的双重压力下仍增长
# 0.1%, 在经济下行压力加大的背景下): it names no indicator.
REASON_RE = re.compile(
    r"^(?:(?:因|由于|受)[^,，。;；]{1,14}?(?:调整|变化|影响|冲击|原因)(?:等原因|影响)?"
    r"|在[^,，。;；]{1,24}?(?:压力|背景|形势|情况|冲击|影响|条件)下)"
)
# What may stand before a status word and belongs to it (暂无法评价, 难以实现预期).
_STATUS_HEDGE_RE = re.compile(r"(?:暂|尚|难以|无法|不能)$")
_STATUS_HEDGE_LEAD_RE = re.compile(r"^(?:暂|尚|难以|无法|不能)")


def _without_reason(pred: str) -> str:
    """A count's status without the reason before it (因统计口径调整暂无法评估; 因统计口径
    调整或数据尚未发布暂无法评价; 受疫情、煤价波动等因素影响难以实现预期: any reason, up to the
    first status word after it and its 暂/尚/难以)."""
    stripped = REASON_RE.sub("", pred)
    if not pred.startswith(("因", "由于", "受")):
        return stripped
    if stripped != pred and cues().outcome_re.match(_STATUS_HEDGE_LEAD_RE.sub("", stripped)):
        return stripped  # (受疫情影响进度滞后: the reason ends where the status starts)
    m = cues().outcome_re.search(pred, 2)
    if m is None:
        return stripped
    hedge = _STATUS_HEDGE_RE.search(pred, 0, m.start())
    return pred[hedge.start() if hedge else m.start() :]


def status_counted(reader: SentenceReader, r: Reading) -> bool:
    """Whether a count in ``r``'s clause may count indicators by status: in an evaluation,
    or in a plan's or a work report's look back at a plan (“十三五”规划确定的25项主要指标中，
    22项完成或超额完成) — a clause that names the indicators."""
    frame = reader.frame
    # (An annual plan report counts its year's indicators so too: 11项达到或好于预期.)
    if frame.is_evaluation or frame.doc_type is DocType.IMPLEMENTATION_REPORT:
        return True
    # (So does a work report's look back at its plan, …规划确定的28项主要指标中，预计24项
    # 能够完成, or its news.)
    # (And a statistics page's table of the year's aims: 列入考核的11项指标中，6项完成或超额完成
    # 年度目标, 5项未完成.)
    reviews_plan = frame.is_plan or frame.doc_type in (
        DocType.WORK_REPORT,
        DocType.NEWS,
        DocType.STATISTICAL_COMMUNIQUE,
        DocType.STATISTICAL_NEWS,
        DocType.OTHER,
    )
    return reviews_plan and "指标" in reader.view[reader.s : r.v.start]


def status_name(reader: SentenceReader, r: Reading) -> None:
    """An evaluation's count of indicators by status is named by the status (4项已提前完成
    规划目标 -> 提前完成规划目标, 2项未完成 -> 未完成; written before the count too: 未完成的4项,
    …指标中完成5项、基本完成2项), not by the subject before it; the class of indicators the
    sentence counts them in goes before the status (经济发展类8项指标中完成5项 -> 经济发展类完成)."""
    if _members_moved(reader, r):
        return
    counted = r.v.unit == "项" or (r.v.unit == "个" and "指标" in reader.view[r.cs : r.v.start])
    if not counted or r.v.fixed_name or not status_counted(reader, r):
        return
    # (进度评价为“超前”的7项: the grade; （一）提前完成目标的指标（7项）: the heading's status)
    graded = graded_count(reader.view, reader.s, r.v.start, r.v.end) or status_heading(
        reader.view, reader.s, r.v.start, r.v.end
    )
    name = reader.view[graded[0] : graded[1]] if graded else _status_before(reader, r)
    m = None if name else _STATUS_AFTER_RE.match(reader.view, r.v.after_end, r.ce)
    if m is not None:
        pred = m.group("pred").replace(BLANK, "")
        if not FARED_RE.search(pred) and not cues().outcome_re.search(pred):
            return
        name = _STATUS_LEAD_RE.sub("", _without_reason(pred))
    if len(name) >= 2:
        r.name = _class_counted(reader, r) + name
        if m is not None:
            r.quote_end = max(r.quote_end, m.end("pred"))


# Words before a status that say neither what nor how (均, 已).
_STATUS_LEAD_RE = re.compile(
    r"^(?:均|已|仍|则|还)*(?:于\s*(?:19|20)\d\d\s*年(?:底|末)?)?"
)  # (5项已于2022年底提前完成: the date is the count's time, not its status)
# A status written before its count: the words after the last break (、，； a figure, the 中 of
# …指标中) up to the count, with the estimate or aside word opening them (预计, 其中) cut, or
# the word that makes them what a measure is aimed at (对进展滞后的3项指标实行清单化管理; in a
# call to act, 要对进展滞后的6项指标逐一分析原因).
_STATUS_BEFORE_RE = re.compile(
    r"(?:^|[、,，;；:：\d中])(?:预计|其中|已|(?:要|需|须|应)?(?:对|针对))?(?P<pred>[^、,，;；:：\d中的\s]{2,12})的?\s*$"
)
# What may join status words (完成或超额完成, 基本完成, 进展符合预期, 滞后于预期).
_STATUS_GLUE_RE = re.compile(r"基本|全部|能够|或|和|及|于|预期|进展|规划目标|目标")
# The class of indicators a sentence counts (经济发展类8项指标中…, 资源环境类8项指标全部完成).
# (Or by attribute, the count after: 约束性指标中有11个…，有2个未满足 -> 约束性.)
_CLASS_COUNTED_RE = re.compile(
    r"(?P<cls>[\u4e00-\u9fff]{2,6}类)\s*\d+\s*项(?:主要)?指标|(?P<attr>约束性|预期性)指标中"
)


def _status_before(reader: SentenceReader, r: Reading) -> str:
    """The status written right before a count (未完成的4项 -> 未完成), or ""."""
    m = _STATUS_BEFORE_RE.search(reader.view[r.cs : r.v.start].replace(BLANK, ""))
    if m is None:
        return ""
    pred = m.group("pred")
    words = cues().outcome_re.sub("", FARED_RE.sub("", pred))
    if _STATUS_GLUE_RE.sub("", words) or words == pred:
        return ""  # (words of a status only, one at least)
    return pred


def _class_counted(reader: SentenceReader, r: Reading) -> str:
    """The class of indicators the count is of, named before it in its part of the sentence
    (up to a ；): 经济发展类8项指标中完成5项，…3项未完成 -> 经济发展类; "" if none."""
    view = reader.view
    start = max(view.rfind("；", reader.s, r.v.start), view.rfind(";", reader.s, r.v.start))
    found = [
        m
        for m in _CLASS_COUNTED_RE.finditer(view, max(start, reader.s), r.ce)
        if m.start() < r.v.start
    ]
    return (found[-1].group("cls") or found[-1].group("attr")) if found else ""


# A clause that is only a completion rate (完成率为90.9%, 其中完成率88.6%) and the count of a
# plan's indicators before it in the sentence (33项主要指标, 31项指标完成).
_RATE_CLAUSE_RE = re.compile(r"^(?:其中|总体)?(?:指标)?完成率(?:为|达到|达|是)?$")
_INDICATOR_COUNT_RE = re.compile(r"\d+\s*项(?P<main>主要)?指标")


def completion_rate_name(reader: SentenceReader, r: Reading) -> None:
    """An evaluation's rate of indicators done, stated after counting them (4大类33项主要指标…，
    其余30项指标均已完成，完成率为90.9%): the indicators' completion rate (主要指标完成率),
    not the count's clause before it."""
    if r.v.unit != "%" or r.v.fixed_name or not status_counted(reader, r):
        return
    if not _RATE_CLAUSE_RE.match(reader.view[r.cs : r.v.start].replace(BLANK, "").strip()):
        return
    counts = list(_INDICATOR_COUNT_RE.finditer(reader.view, reader.s, r.cs))
    if counts:
        main = any(m.group("main") for m in counts)
        r.name = "主要指标完成率" if main else "指标完成率"


# The group a share counts and what it did, after 的 to the clause's end (的县区通过评估验收).
_GROUP_DID_RE = re.compile(
    r"的(?P<did>[\u4e00-\u9fff\ue000“”()（）、]{3,30}?)\s*(?=[,，。;；\n]|$)"
)


# Words that make the noun after 的 a measure or an aim, not a group (8%的经济增速预期目标).
_MEASURE_WORD_RE = re.compile(r"目标|指标|增速|增长|速度|比重|率|水平|规模|任务")


def share_of_group(reader: SentenceReader, r: Reading) -> None:
    """A percentage of a group named after it (力争全市70%的县区通过评估验收, 90%以上的行政村
    建成…), with no name before it but the area's scope: the share of the group that did
    it (县区通过评估验收比例)."""
    if r.v.unit != "%":
        return
    m = _GROUP_DID_RE.match(reader.view, r.v.after_end, r.ce)
    if m is None:
        return
    did = clean_name(m.group("did").replace(BLANK, ""))
    # (The name so far: none, the area's scope, or the group alone read after 的.)
    own = r.name and not SCOPE_ONLY_RE.fullmatch(r.name) and not did.startswith(r.name)
    if len(did) >= 4 and not own and not _MEASURE_WORD_RE.search(m.group("did")):
        r.name = did + "比例"
        r.quote_end = max(r.quote_end, m.end("did"))


# The members of a group counted by how they moved, the rest of the clause after the count
# (40个工业行业大类中有31个行业增加值实现增长, 15种主要工业产品中10种产品产量呈增长态势): what is
# counted is the members that grew, their move and all.
_MEMBERS_MOVED_RE = re.compile(
    r"\s*(?P<what>[\u4e00-\u9fff]{1,12}?(?:实现|保持|呈|为)?正?(?:增长|下降)(?:态势)?)\s*(?=[,，;；。]|$)"
)
_MEMBER_UNITS = frozenset({"个", "种", "家", "项", "户"})


def _members_moved(reader: SentenceReader, r: Reading) -> bool:
    """Name a count of a group's members by how they moved (see above), when a group is
    named before it in the sentence (…中有, …中): 行业增加值实现增长. Else False."""
    if r.v.unit not in _MEMBER_UNITS or r.v.fixed_name:
        return False
    if "中" not in reader.view[max(reader.s, r.v.start - 4) : r.v.start]:
        return False
    m = _MEMBERS_MOVED_RE.match(reader.view, r.v.after_end, r.ce)
    if m is None:
        return False
    r.name = m.group("what").replace(BLANK, "")
    r.quote_end = max(r.quote_end, m.end("what"))
    return True
