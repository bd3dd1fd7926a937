"""A generic word completed by what it belongs to: a naming stage of the prose extractor.

总投资, 累计, 产值, 增速 name nothing alone (whose total, whose output?): the word is
completed by the project the line is about, the noun after 的 the value describes, the group
the sentence counts among, or the nearest indicator named before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.extract.cues import cues, words_re
from planwatch.extract.naming_compared import unranked
from planwatch.extract.project_names import project_line, project_size
from planwatch.extract.prose_names import (
    SentenceState,
    clean_name,
    completed,
    group_among,
    previous_clause_name,
    sentence_subject,
    subject_phrase,
)
from planwatch.extract.time_words import pattern

if TYPE_CHECKING:  # the reader passes itself; imported for types only (no cycle at run time)
    from planwatch.extract.prose_reader import Reading, SentenceReader

# Generic words that name an indicator's whole total (总量), never a part of it.
_WHOLE_MEASURES = frozenset({"总量"})
# A name of a rate or a share (开工率, 完成率, 占比): what the clause before measured as a rate is
# no owner of an amount counted after it (开、复工率79%，完成投资90.5亿元: probe round 26).
_RATE_END_RE = re.compile(r"(?:率|比重|比例|占比)$")
# 又/再 before the flow a generic word counts (…累计完成交通投资2396亿元；今年上半年又完成投资
# 612亿元): more of the paragraph's last figure, whatever the sentence.
_AGAIN_RE = re.compile(r"[又再](?:次)?(?:完成|实现|投入|新增|引进|累计)")
# A 专栏 box's title line (专栏3　“十五五”…工程) and a run-in heading opening a line of a box
# (（一）产业项目。): what a project total with no project of its own on the line belongs to.
_BOX_TITLE_LINE_RE = re.compile(r"[ \t　]*专栏\s*\d{0,2}\s*(?P<title>[^\n]{2,30}?)\s*$")
_RUN_IN_RE = re.compile(
    r"[ \t　]*[（(][一二三四五六七八九十]{1,3}[)）]\s*(?P<title>[^。：:\n\d]{2,12})[。：:]"
)
_PLAN_WORDS_RE = re.compile(r"^(?:[“\"]\s*)?十\s*[一二三四五]\s*五\s*(?:[”\"]\s*)?(?:时期|期间)?")
_PROGRAMME_END_RE = pattern("programme_end", "$")
# Investment alone growing by a rate is the economy's fixed-asset investment, unless a project,
# a branch or a kind of investment owns it (工业投资, 项目投资, 民间投资).
_INVESTMENT = "投资"
_FIXED_INVESTMENT = "固定资产投资"
_OWNS_INVESTMENT_RE = words_re("investment_owner", "(?:{})$")


def complete_generic(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """``r.name`` completed when it is only a generic word (the lead verb stays when it
    makes the word: 完成率, 完成投资)."""
    if _is_generic(r):
        verb = clean_name(r.name_raw, keep_lead=True)
        generic = verb if cues().generic_re.match(verb) else r.name
        subject = _generic_subject(reader, r, st)
        if generic == _INVESTMENT and r.v.unit == "%" and not _OWNS_INVESTMENT_RE.search(subject):
            # (规模以上工业增加值增长13.8%，投资增长21.3%，消费增长…: the economy's investment, one of
            # the three it is driven by, not an investment of the figure named before.)
            r.name = _FIXED_INVESTMENT
            return
        r.name = completed(generic, subject)
    elif (opened := _pace_compared(r)) is not None:
        # (固定资产投资增长8.1%，增速比1—2月加快0.2个百分点: the pace of the figure told before
        # it in its sentence or, called back, in its paragraph; not the words of a clause naming
        # none: 经济增速回落，增速低于全国0.8个百分点.)
        subject = st.prev_name if not r.inherited else ""
        if not subject and opened.end():  # (这一增速: the one just told)
            subject = reader.para_name
        if subject and not _PACE_OPENS_RE.match(subject):
            own = r.name[opened.end() :].replace("分别", "", 1)
            r.name = unranked(subject, r.v.unit) + own


# A pace word opening a name that goes on to what it is compared with (增速比一季度加快, 增幅比全国
# 高, 增速分别高于全省): whose pace, the clause does not say; the 分别 goes (a name is each
# figure's).
# (Or called back, 这一增速高于全国平均增速0.6个百分点: the pace of the figure before.)
_PACE_OPENS_RE = re.compile(r"^(?:这一|这个|该|此)?(?=(?:增速|增幅)(?:分别)?[比较高低快慢同])")


def _pace_compared(r: Reading) -> re.Match[str] | None:
    """The opening of a name that is a pace compared (see ``_PACE_OPENS_RE``; its demonstrative,
    if any), None for any other name."""
    if not r.name or r.inherited or r.v.fixed_name is not None or r.v.unit == "位":
        return None
    return _PACE_OPENS_RE.match(r.name)


def _is_generic(r: Reading) -> bool:
    v = r.v
    return bool(
        r.name
        and not r.inherited
        and not r.list_only
        and not r.after_name
        and v.fixed_name is None
        and v.part < 0
        and not (v.unit == "位" and v.fixed_measure is not None)
        and "分别" not in r.subject
        and "each" not in r.roles
        and cues().generic_re.match(r.name)
    )


def _generic_subject(reader: SentenceReader, r: Reading, st: SentenceState) -> str:
    """What a generic word (总投资, 产值, 累计) belongs to: the noun after 的 when the value
    describes it (投资超50亿元的新材料等…项目落地), else the group the sentence counts among
    (…重大工程项目中，…), else the nearest indicator named before it in the sentence, else
    the subject of the previous clause."""
    view, v = reader.view, r.v
    project = project_line(view, v.start)
    if project:
        return project  # 市人民医院新院区：新增床位1200张，总投资约15亿元: the project's
    if project_size(r.name):
        # (…。年产15万吨高档文化用纸项目，总投资22亿元；…: that project's; else 专栏3　…扩容工程 /
        # …新增学位…，计划总投资…: the programme's total)
        owner = _project_item(view, reader.s, r.cs) or _box_programme(view, v.start)
        if owner:
            return owner
    if view[v.after_end : v.after_end + 1] == "的":
        _, ce = reader.clause_of(v.after_end)
        after = subject_phrase(view[v.after_end + 1 : ce])
        if 2 <= len(after) <= 20:
            return after
    among = group_among(view, reader.s, r.cs)
    if among:
        return among  # (…重大工程项目中，已建成31项，…，累计完成投资1183亿元: the group's)
    subject = sentence_subject(st) or previous_clause_name(view, reader.s, r.cs)
    if subject and r.v.unit != "%" and _RATE_END_RE.search(subject):
        subject = ""  # (开工率79%，完成投资90.5亿元: a rate owns no amount; the word stays bare)
    if not subject and view[reader.s - 1 : reader.s] in ("；", ";") and _measure_only(r.name):
        # (蔬菜种植面积13.3千公顷，增长0.4%；产量47.6万吨: a communiqué's crop, its area then,
        # after the semicolon, its output: the measure is of what the sentence before was about.)
        subject = unranked(reader.para_name, r.v.unit)
    if not subject and (r.name in _WHOLE_MEASURES or _AGAIN_RE.search(r.name_raw)):
        # (A total with no owner in its sentence is of the paragraph's last figure: 地区生产总值
        # …两年平均增长6.6%。2022年总量达到372.4亿元. Not 增速: a bare 增速 names the pace of
        # whatever the paragraph is about, and the paragraph's last figure may be another's.)
        subject = unranked(reader.para_name, r.v.unit)
    return subject


def _measure_only(name: str) -> bool:
    """Whether a name is a measure noun and nothing else (产量, 总产值: ``measure_noun``)."""
    m = cues().measure_noun_re.search(name)
    return m is not None and m.start() == 0


def _box_programme(view: str, pos: int) -> str:
    """The programme a 专栏 box's line is about when the line names no project of its own:
    its run-in heading (（一）产业项目。), or, on the line right under the box's title, the
    title when it names a programme (专栏3　“十五五”…扩容工程); else ""."""
    line = view.rfind("\n", 0, pos) + 1
    above = view.rfind("\n", 0, max(line - 1, 0)) + 1
    title = _BOX_TITLE_LINE_RE.match(view, above, max(line - 1, above)) if line else None
    run_in = _RUN_IN_RE.match(view, line, pos)
    if run_in is not None and (title is not None or _box_above(view, line)):
        return run_in.group("title").replace(" ", "")
    if title is None:
        return ""
    name = _PLAN_WORDS_RE.sub("", title.group("title").replace(" ", ""))
    return name if _PROGRAMME_END_RE.search(name) else ""


# A project's name opening an item of a box's list (年产15万吨高档文化用纸项目，总投资22亿元；
# 城区集中供热二期工程，新增供热面积…，总投资6.5亿元): what its sizes and total are of.
_PROJECT_ITEM_RE = re.compile(
    r"[^，,；;。：:\n]{2,40}?(?:项目|工程|医院|中心|电站|基地|园区?|管网|学校|枢纽|大桥|隧道)"
    r"(?:[(（][^()（）]{0,12}[)）])?(?=[，,])"
)
_ITEM_START_RE = re.compile(r"[；;。：:\n]")


def _project_item(view: str, s: int, cs: int) -> str:
    """The project named by the first clause of the list item holding the clause at ``cs``
    (items parted by semicolons, after a run-in heading or a colon), when a clause before
    the value's opens the item; else ""."""
    starts = [m.end() for m in _ITEM_START_RE.finditer(view, max(0, s - 200), cs)]
    start = starts[-1] if starts else s
    if start >= cs - 1:
        return ""
    m = _PROJECT_ITEM_RE.match(view, start, cs)
    return m.group().strip() if m is not None else ""


def _box_above(view: str, line: int) -> bool:
    """Whether a 专栏 title opens one of the few lines above ``line`` (a box's lines)."""
    start = line
    for _ in range(6):
        start = view.rfind("\n", 0, max(start - 1, 0)) + 1
        if _BOX_TITLE_LINE_RE.match(view, start, view.find("\n", start)):
            return True
        if start == 0:
            return False
    return False


# The construction firms a communiqué counts the industry's output by (全年全县资质等级以上建筑业企业
# 完成建筑业总产值…, 具有资质等级的总承包和专业承包建筑业企业完成总产值…: the National Bureau of
# Statistics' template): the figure is the industry's output, 建筑业总产值, as the statistics name it.
# Their profits, taxes and contracts likewise (…建筑业企业实现利润总额 -> 建筑业企业利润总额).
_FIRMS_OUTPUT_RE = re.compile(
    r"(?:具有)?(?:资质)?(?:等级)?(?:以上)?的?(?:总承包和专业承包)?建筑业?企业(?:共)?(?:完成|实现)?"
    r"(?:建筑业)?(?P<what>总产值|利润总额|利税总额|签订合同额|新签合同额)$"
)
_FIRMS_NAMES = {"总产值": "建筑业总产值"}


def firms_output_name(name: str) -> str:
    """``name`` as the statistics name it when it is the construction firms' output or
    profits (全县资质等级以上建筑业企业完成总产值 -> 建筑业总产值); else ``name``."""
    m = _FIRMS_OUTPUT_RE.search(name)
    if m is None:
        return name
    return _FIRMS_NAMES.get(m["what"], "建筑业企业" + m["what"])
