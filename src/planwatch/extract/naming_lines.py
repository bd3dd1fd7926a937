"""Names set out on a line of their own: a summary or a card of name line / value line, and
a list item's run-in heading.

A page that sets its figures out one to a line (a summary, 科技进步贡献率 / 到2020年达60%; an
一图读懂 card, 地区生产总值 / 1012.6亿元 / 增长6.1%) names each by the line above it; a list
item opening with a name and a full stop (1.地区生产总值。…, ——森林覆盖率。…) names its figures.
"""

from __future__ import annotations

import re

from planwatch.extract.prose_items import ITEM_OPENER
from planwatch.extract.prose_names import NUMBERED_LABEL, clean_name, subject_phrase

# A line that is only a name: short, no sentence or clause punctuation, no digit but inside
# a pollutant's or standard's acronym (PM2.5年均浓度, PM10, SO2 / 控制在28微克/立方米以内).
_NAME_LINE_RE = re.compile(r"(?:[^\d\n。，,;；:：!！?？]|(?<=[A-Za-z])\d+(?:\.\d+)?){2,24}")


# A line that is only figures with their units (1012.6亿元; 45320元 / 24186元).
_FIGURE_LINE_RE = re.compile(
    r"\d+(?:\.\d+)?[^\d\s，。,;；:：!！?？]{0,5}(?:\s*[/／、]\s*\d+(?:\.\d+)?[^\d\s，。,;；:：]{0,5})*"
)


def name_line_before(view: str, s: int) -> str:
    """The name a value's line takes from the line before it when that line is only a
    name (a summary set out as name line / value line: 科技进步贡献率 / 到2020年达60%);
    "" when the sentence does not open its line or the line before is no name."""
    line_start = view.rfind("\n", 0, s) + 1
    if view[line_start:s].strip():
        return ""
    below = _figure_first_name(view, line_start)
    if below is not None:
        return below
    eol = view.find("\n", line_start)
    eol = len(view) if eol < 0 else eol
    after = _FIGURE_THEN_NAME_RE.fullmatch(view, line_start, eol)
    if after is not None:  # (5.6% 地区生产总值增长: a card's figure, its words after it)
        return subject_phrase(after.group("name"))
    numbered = _NUMBERED_FIGURE_RE.fullmatch(view, line_start, eol)
    if numbered is not None:  # (数字1：786.4亿元 / 【原文】…实现地区生产总值786.4亿元)
        return _repeated_name(view, eol, numbered.group("figure"))
    end = line_start - 1
    while end > 0 and not view[end - 1 : end].strip():
        end -= 1  # blank lines between
    start = view.rfind("\n", 0, end) + 1
    line = view[start:end].strip()
    if _FIGURE_LINE_RE.fullmatch(line) and start > 0:
        # A card of name / figure / growth lines (一图读懂: 地区生产总值 / 1012.6亿元 /
        # 增长6.1%): the growth's name is the card's, above its figure.
        end = start - 1
        start = view.rfind("\n", 0, end) + 1
        line = view[start:end].strip()
    if not _NAME_LINE_RE.fullmatch(line):
        # (a paragraph wrapped mid-sentence: …主要经济指标快速增长。全县生产总值由“十五”末的 /
        # 12.8亿元增加到…: the figure's name is its clause's, begun on the line before)
        tail = _WRAPPED_TAIL_RE.search(line)
        if tail is None or not _NAME_LINE_RE.fullmatch(tail.group()):
            return ""
        line = tail.group()
    return subject_phrase(line)


# The clause a prose line breaks off in: after its last stop or comma, to a line end on a word
# that cannot end a clause (由“十五”末的, 达到, 比上年): its figure opens the next line. (A line
# ending on a noun or a verb may be a heading or a caption of its own; a bare name line is read
# whole above.)
_WRAPPED_TAIL_RE = re.compile(
    r"(?<=[。，,;；:：!！?？])[^\d。，,;；:：!！?？]+(?:的|由|从|为|达到|达|至|到|比|较|增加|增长)$"
)


def _lines_around(view: str, at: int, step: int, most: int) -> list[str]:
    """Up to ``most`` lines from the line starting at ``at`` going up (``step`` -1) or
    down (+1), the line itself first, as long as each is a figure or a name line: a card's
    group, which a blank line ends."""
    out: list[str] = []
    pos = at
    while len(out) < most:
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        line = view[pos:end].strip()
        if not line or not (_card_figure(line) or _NAME_LINE_RE.fullmatch(line)):
            break
        out.append(line)
        if step > 0:
            if end >= len(view):
                break
            pos = end + 1
        else:
            if pos == 0:
                break
            pos = view.rfind("\n", 0, pos - 1) + 1
    return out


def _run_end(lines: list[str]) -> str:
    """The last of ``lines`` (a figure's line first) that goes on alternating figure and
    name lines from the first."""
    k = 1
    while k < len(lines) and _card_figure(lines[k]) != _card_figure(lines[k - 1]):
        k += 1
    return lines[k - 1]


_CARD_MAX = 40  # (how many lines of a card are looked at, each way)
# A card's line of a figure with its unit then its words after a space (5.6% 地区生产总值增长,
# 1.2万人 城镇新增就业, 286.4亿元　地区生产总值　增长6.2%; not a section's number, 07 人口).
_FIGURE_THEN_NAME_RE = re.compile(
    r"\s*\d+(?:\.\d+)?[^\d\s，。,;；:：!！?？]{1,5}[ \t\u3000]+(?P<name>[^\d\s。，,;；:：!！?？]{2,24})"
    r"(?:[ \t\u3000]+[^\d\s][^\n]*)?\s*"  # (…　增长6.2%: the figure's growth after its words)
)
_YEAR_OPEN_RE = re.compile(r"(?:19|20)\d{2}\s*年")
# A 十个数字 page's numbered figure on a line of its own, its words in the lines after it that
# say the figure again (数字1：786.4亿元 / 【原文】2021年全区实现地区生产总值786.4亿元，…).
_NUMBERED_FIGURE_RE = re.compile(
    rf"\s*{NUMBERED_LABEL}\s*(?P<figure>\d+(?:\.\d+)?[^\d\s，。,;；:：]{{0,5}})\s*"
)
REPEAT_WINDOW = 160
_CLAUSE_BEFORE_RE = re.compile(r"[^，。,;；:：\n]*$")
# The verb reaching the figure said again (首次突破, 达到, 完成): no part of its name.
_REACHED_TAIL_RE = re.compile(
    r"(?:首次|累计|全年|同比)?(?:突破|达到|达|实现|完成|为|增至|增加到|提高到|降至|超过)\s*$"
)


def numbered_figure(view: str, s: int) -> bool:
    """Whether the sentence at ``s`` is a 十个数字 page's numbered figure (数字1：786.4亿元)."""
    return _NUMBERED_FIGURE_RE.match(view, s) is not None


def _repeated_name(view: str, at: int, figure: str) -> str:
    """The words before ``figure`` said again in its clause within the lines after ``at``."""
    found = view.find(figure, at, at + REPEAT_WINDOW)
    if found < 0:
        return ""
    m = _CLAUSE_BEFORE_RE.search(view, max(at, found - 40), found)
    return clean_name(_REACHED_TAIL_RE.sub("", m.group())) if m else ""


def _card_figure(line: str) -> bool:
    """Whether a card's line is a figure (5.6%, 1360亿元), not a year's heading (2023年成绩单)."""
    return _FIGURE_LINE_RE.fullmatch(line) is not None and not _YEAR_OPEN_RE.match(line)


def _figure_first_name(view: str, line_start: int) -> str | None:
    """The name of a figure line in a card set out figure first (图解: 5.6% / 地区生产总值增长 /
    1360亿元 / 一般公共预算收入): the line after it, when the group's run of figure and name
    lines, alternating, starts with a figure, or ends with a name under a heading; else None
    (a card set out name first names each figure by the line above)."""
    down = _lines_around(view, line_start, 1, _CARD_MAX)
    if len(down) < 2 or not _card_figure(down[0]) or _card_figure(down[1]):
        return None
    top = _run_end(_lines_around(view, line_start, -1, _CARD_MAX))
    if _card_figure(top):
        return subject_phrase(down[1])
    # (Or it ends with a name under its last figure, a heading above it that is no indicator:
    # 经济运行 / 6.2% / 地区生产总值增长 / … / 社会消费品零售总额增长. A card set out name first
    # opens on an indicator: 地区生产总值增长 / 5%左右 / … / 居民人均可支配收入增长 / 与经济增长同步.)
    if _card_figure(_run_end(down)) or _catalog_named(top):
        return None
    return subject_phrase(down[1])


# A list item opening with a number and a short name run in before its first full stop or
# colon (1.地区生产总值。规划目标为…; （三）森林覆盖率。2017年达到…; 4.固定资产投资：年度目标…):
# the figures of the item are the name's. A numbered bullet only: an unnumbered run-in
# phrase is a slogan as often as a name.
# (An evaluation's item may mark the indicator's attribute, 森林覆盖率（约束性）, and a name
# may hold a figure of its own inside it: 每千人口拥有3岁以下婴幼儿托位数.)
_NAME_CH = r"[^\d\s。，,;；:：!！?？“”\"]"
_ITEM_HEAD_RE = re.compile(
    r"\s*(?:\d{1,2}\s*[.、．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|"
    rf"[一二三四五六七八九十]{{1,3}}\s*、)\s*(?P<name>{_NAME_CH}{{2,24}}?(?:\d{{1,2}}{_NAME_CH}{{2,12}}?)?)"
    r"\s*(?:[（(](?:约束性|预期性)(?:指标)?[)）])?\s*(?:$|[:：](?=\s*\S))"
)


# A dash item whose run-in heading is an indicator the catalog knows (——单位地区生产总值能耗。
# 2021—2022年累计下降7.4%…; ——森林覆盖率。达到33.2%…: how evaluations go through their
# indicators one by one); a dash item's heading that is no indicator is a slogan
# (——经济发展取得新成效。), its figures named in their own clauses.
_DASH_HEAD_RE = re.compile(
    rf"\s*(?:——|—|－－)\s*(?P<name>{_NAME_CH}{{2,24}}?)"
    r"\s*(?:[（(](?:约束性|预期性)(?:指标)?[)）])?\s*(?:$|[:：](?=\s*\S))"
)


# A point of a list run on in a paragraph whose heading is an indicator the catalog knows
# (（四）难以完成的指标。一是全社会固定资产投资。受…影响，…；二是研发经费投入强度。预计2025年为
# 0.58%…): the point's figures are the indicator's, as a dash item's are; a point that is a
# slogan (一是经济增速低于预期。) names nothing.
_POINT_HEAD_RE = re.compile(rf"\s*{ITEM_OPENER}\s*(?P<name>{_NAME_CH}{{2,16}}?)\s*$")


def _catalog_named(name: str) -> bool:
    """Whether the catalog knows ``name`` as an indicator's."""
    from planwatch.catalog.resolve import resolve  # (a sibling layer; loaded once)

    return resolve(name) is not None


def catalog_headed(name: str) -> bool:
    """Whether ``name`` opens with an indicator the catalog knows (地方一般公共预算收入扣除留抵
    退税: the indicator and how it is counted)."""
    return any(_catalog_named(name[:k]) for k in range(len(name), 3, -1))


def item_heading(view: str, s: int, e: int) -> str:
    """The indicator a numbered list item names in its run-in heading when the sentence
    ``[s, e)`` opens with that heading (the whole sentence, ending in a full stop with more
    text after it on its line; or its first clause, ending in a colon), else "". A dash
    item's heading, and a run-on point's (二是研发经费投入强度。), count when it is an
    indicator the catalog knows."""
    m = _ITEM_HEAD_RE.match(view, s, e)
    known = False  # (a dash item's heading the catalog knows is a name whatever its words)
    if m is None:
        m = _DASH_HEAD_RE.match(view, s, e) or _POINT_HEAD_RE.match(view, s, e)
        known = m is not None and _catalog_named(m.group("name"))
        if not known:
            return ""
    assert m is not None
    if m.end() == e and (view[e : e + 1] != "。" or not view[e + 1 : e + 2].strip()):
        return ""
    name = m.group("name")
    # (实际利用外资: a lead word opening the name, 实际, is the indicator's own)
    return name if known or name.endswith(subject_phrase(name)) else ""


# A name that is only how its figure is counted over time (累计, 两年累计, 年均): no indicator.
_PERIOD_ONLY_RE = re.compile(r"(?:[一二三四五两\d]年)?(?:累计|年均|平均|合计|共计)")


def period_only(name: str) -> bool:
    """Whether ``name`` only says how its figure is counted over time (a list item's figure
    under its heading: ——单位地区生产总值能耗。2021—2022年累计下降7.4%)."""
    return _PERIOD_ONLY_RE.fullmatch(name) is not None


# A name that is only the whole area or a group of its parts (全县, 三市一县合计): who did it.
_AREA_ONLY_RE = re.compile(
    r"(?:全[国省区市州县盟旗镇乡]|(?:[一二三四五六七八九十两]{1,2}[市县区旗])+)(?:合计|共计|总计|共)?"
)
# A list item's run-in label: the indicator, a colon (——地方财政一般预算收入：三市一县…).
_ITEM_LABEL_RE = re.compile(r"[\s\-—－–●·•*]*([^\d\s。，,;；:：!！?？]{2,20})\s*[:：]\s*")


def item_label(view: str, s: int, name_start: int, name: str) -> str:
    """The label a list item runs in with (地方财政一般预算收入：三市一县合计58.2亿元;
    社会消费品零售总额：全县完成12.5亿元) when what names its figure after the colon is only
    the area or a group of its parts: the figure is the label's; "" otherwise."""
    if not _AREA_ONLY_RE.fullmatch(name):
        return ""
    m = _ITEM_LABEL_RE.fullmatch(view, s, name_start)
    return clean_name(m.group(1)) if m else ""
