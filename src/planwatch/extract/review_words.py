"""Words of documents that weigh a plan's results against its aims (mid-term and final
evaluations, implementation reports), read by the sentence reader: a reduction verb that
counts the work done (累计减少贫困人口15.2万人) and the plan quoted as the subject of an aim
(规划原定1.5%的目标), and the planned total of the plan's major projects (《纲要》确定的重大项目
共350项，总投资4860亿元). Grammar words, no phrase of a sample document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planwatch.extract.cues import cues
from planwatch.extract.sentence_start import full_sentence_start

# The units a reduction is counted in as a share or a rate: a fall of the thing (压减15%).
_RATE_UNITS = frozenset({"%", "‰", "个百分点"})
# A base the figure is weighed against (比2015年减少1.2万人, 较上年末减少): a fall against it.
_BASE_RE = re.compile(r"比|较|同比|环比")


def reduction_done(unit: str | None, tokens: Sequence[str], clause: str) -> bool:
    """Whether a reduction verb (the cue words opening a name as a change, down_lead:
    减少, 压减, 精简 …) right before a figure, or opening its name (累计减少贫困人口15.2万人,
    钢铁产能累计压减1900万吨), in a document weighing a plan's results, counts what was
    removed: the work done, a level in the count's unit (the verb kept in a name it opens:
    减少贫困人口), not a fall of the thing. A share or rate (压减15%) or a fall against a
    base (比2015年减少1.2万人; ``clause``: the words before the figure) stays a fall."""
    if unit in _RATE_UNITS or _BASE_RE.search(clause):
        return False
    lead = cues().change_lead_re
    down = [t for t in tokens if {"down", "up"} & set(cues().roles(t))]
    return bool(down) and all((m := lead.fullmatch(t)) and m.group("d") for t in down)


# The plan itself, as the subject of an aim quoted after a result (规划原定1.5%的目标, 规划提出
# 到2025年达到5%, 《纲要》目标为年均增长8%, 按《规划》下降20.5%的要求, 略高于规划预期的
# 5.5%): its title or name and the words quoting it, the only words before such a figure;
# so is the year's aim set at its start (低于6%以上的年初目标, 年初确定的).
_PLAN_REFERENCE_RE = re.compile(
    r"(?:[《〈][^》〉]{0,30}(?:纲要|规划|计划)[》〉]|“[^”]{0,8}”|规划纲要|纲要|规划|年初)"
)
# (比《纲要》确定的年均增速低0.6个百分点: the plan's growth compared with, real2 dev c271;
# 距规划提出的年均增长9%尚有差距: the result's distance to the plan's figure, real6 dev c321.)
# (Or a reason given for a year's aim, in order: 一是与“十四五”规划年均增长…的目标相衔接, 既考虑了
# 与规划纲要…的目标相衔接 — how an annual report explains its draft targets.)
_QUOTING_RE = re.compile(
    r"^(?:[一二三四五六七八九十]是)?(?:既|也)?(?:考虑了?)?(?:已经?|仍|尚|还)?"
    r"(?:按照?|根据|依据|对照|与|和|同|略|稍|明显|均|比|较|距离?)?"
    r"(?:高于|低于|超过|快于|慢于|接近|逼近)?"
    # (已接近规划目标63%, 已超过规划确定的30%, 按规划末年7.5万元的目标: how a story on an
    # evaluation weighs a result against the plan's figure.)
    r"(?:提出|原定|确定|设定|要求|目标|预期|总量|为|是|的|了|中|末年|期末|年均增速|年均增长)*"
    r"(?:(?:仍|尚|还)(?:有|存在)?(?:一定|较大|不小)?的?差距)?$"
)


def plan_reference_only(name: str) -> bool:
    """Whether a figure's name is only the plan quoted as the subject of an aim (规划原定,
    按《规划》, 规划提出, 略高于规划预期, 《纲要》总量): it names no indicator; the aim is of the
    indicator the sentence's result before it named."""
    rest, n = _PLAN_REFERENCE_RE.subn("", name)
    return n > 0 and _QUOTING_RE.match(rest) is not None


# The planned total of a plan's list of major projects, in an evaluation: the clause before
# the value is its total investment (总投资4860亿元, 计划总投资约1124亿元) and the sentence
# names the plan's projects (《纲要》确定的重大项目共350项, 纳入规划的重大工程126个).
_PORTFOLIO_TOTAL_RE = re.compile(r"(?:^|[,，;；])\s*((?:计划)?总投资(?:额)?)(?:为|达|约|共)?\s*$")
_PORTFOLIO_RE = re.compile(r"(?:纲要|规划)[^。;；]{0,12}?重大(?:项目|工程)")


def plan_portfolio(view: str, s: int, v_start: int, evaluation: bool) -> tuple[int, int] | None:
    """The span of 总投资 when the value is the planned total of the plan's major projects in
    an evaluation (a target over the plan's years, whatever date the box is as of); else None."""
    if not evaluation:
        return None
    m = _PORTFOLIO_TOTAL_RE.search(view, max(s, v_start - 12), v_start)
    if m is None or _PORTFOLIO_RE.search(view, s, m.start(1)) is None:
        return None
    return m.span(1)


# Where a sentence starts, for the plan's projects named before a figure past a semicolon;
# or a paragraph, when the plan's projects are its subject (纳入《纲要》的重大项目126个，总投资
# 1124亿元。截至2023年6月底，已开工98个…；累计完成投资436亿元…。其中，交通项目…).
_SENTENCE_END_RE = re.compile(r"[。\n]")
_PORTFOLIO_WINDOW = 120
_PORTFOLIO_OPENS_RE = re.compile(r"[^。\n]{0,8}?(?:纲要|规划)[^。;；\n]{0,12}?重大(?:项目|工程)")


def portfolio_progress(view: str, v_start: int) -> bool:
    """Whether the figure at ``v_start`` reports on the plan's major projects its sentence
    names before it (《纲要》确定的186个重大项目中，已开工162个…；累计完成投资4230亿元), or
    its paragraph opens on (纳入《纲要》的重大项目126个。…累计完成投资436亿元): their progress,
    counted as of the writing of an evaluation."""
    lo = max(0, v_start - _PORTFOLIO_WINDOW)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(view, lo, v_start)]
    if _PORTFOLIO_RE.search(view, ends[-1] if ends else lo, v_start) is not None:
        return True
    para = view.rfind("\n", 0, v_start) + 1
    if para >= lo and _PORTFOLIO_OPENS_RE.match(view, para) is not None:
        return True
    return _projects_paragraph(view, para, v_start) and _progress_sentence(view, v_start)


# A paragraph on the plan's major projects, headed so by its run-in heading (（七）重大项目加快
# 推进。…, 重大工程项目扎实推进。…) and naming the plan's projects in its next sentence: its
# figures of work done on projects (建成, 通车, 完成投资) come after the date they are counted
# as of (截至2023年6月底，…), however far into the paragraph.
_PROJECTS_HEADING_RE = re.compile(r"[^。\n]{0,8}?重大(?:工程)?(?:项目|工程)[^。\n]{0,8}?。")
_PROGRESS_RE = re.compile(r"建成|通车|竣工|投产|开工|完成投资|投入使用")
_PROJECTS_PARAGRAPH_MAX = 400


def _projects_paragraph(view: str, para: int, v_start: int) -> bool:
    """Whether the paragraph at ``para`` opens with a run-in heading naming major projects
    followed by the plan's projects (see above), within reach of ``v_start``."""
    if v_start - para > _PROJECTS_PARAGRAPH_MAX:
        return False
    head = _PROJECTS_HEADING_RE.match(view, para)
    return head is not None and _PORTFOLIO_OPENS_RE.match(view, head.end()) is not None


def _progress_sentence(view: str, v_start: int) -> bool:
    """Whether the sentence before ``v_start`` tells of work done on projects (建成通车)."""
    start = full_sentence_start(view, v_start)
    return _PROGRESS_RE.search(view, start, v_start) is not None


# 截至2022年底 (截至2023年6月底, 到2022年末) earlier in the figure's paragraph, before a semicolon
# the reader splits clauses at or in the sentence before one opening 其中: the date the plan's
# projects are counted as of.
_AS_OF_RE = re.compile(
    r"(?:截至|截止到?|到)\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?\s*(?:底|末)?"
)


def portfolio_as_of(view: str, v_start: int) -> int | None:
    """The year of the last as-of date in the paragraph before ``v_start`` (within the
    window the plan's projects are looked for in), for a figure reporting on them
    (:func:`portfolio_progress`); else None."""
    para = view.rfind("\n", 0, v_start) + 1
    reach = (
        _PROJECTS_PARAGRAPH_MAX if _projects_paragraph(view, para, v_start) else _PORTFOLIO_WINDOW
    )
    lo = max(para, v_start - reach)
    found = list(_AS_OF_RE.finditer(view, lo, v_start))
    return int(found[-1][1]) if found else None
