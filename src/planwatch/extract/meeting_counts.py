"""The meeting's own head count: how a people's congress or a conference is opened in news.

A story on a congress opening counts its members at the meeting (大会应出席代表396人，实际出席
371人; 会议应到委员45名，实到42名; 列席人员30人; 因事因病请假14人, 缺席53人 between them): a
count at the meeting's date, which is the page's date, not the year the report reviews (a work
report delivered in January reviews the year before, but its meeting sits in January). Every
other figure keeps its year. So are what the members hand in at the meeting (代表建议126件).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.core.data import Evidence

if TYPE_CHECKING:  # types only
    from planwatch.extract.numbers import Value
    from planwatch.extract.sections import DocFrame
    from planwatch.extract.timewords import TimeState

# Who attends (代表, 委员, 人员, 成员) with how they attend, right before the count; with 会议,
# 大会 or 本次 between (本次大会应出席代表). 实到 alone is a meeting's only with its attendants
# named in the sentence (实到外资 is foreign investment, not a head count).
_ATTENDED_RE = re.compile(
    r"(?:应|实际?|共有|共|因事因病|因病因事|因事|因病|因故)?"
    r"(?:出席|列席|到会|参会|应到|实到|实有|请假|缺席)(?:会议|大会)?的?"
    # (应出席会议的十四届人大代表367人: the congress's term before its members)
    r"(?:(?:[一二三四五六七八九十]{1,3}届)?(?:人大|政协)?(?:代表|委员)|人员|成员|嘉宾)?(?:共|为|有)?\s*$"
    # (代表名额为338名, 现在实有代表334名: the congress's seats and its members at the meeting)
    r"|(?:代表|委员)名额(?:为|是|共)?\s*$"
)
# (Or the meeting itself: 本次大会应到362人，实到336人.)
_ATTENDANTS_RE = re.compile(r"代表|委员|人员|成员|大会|会议")
# Or the attendants after the count, coming to the meeting (来自各条战线的230名人大代表出席
# 会议, 160多名代表与会): the count's own sentence names the meeting.
# (…的354名市人大代表，肩负着…的重托，汇聚一堂: the level's congress named, gathered after a clause;
# 233名区二届人大代表出席大会: its term too.)
_ATTENDANTS_AFTER_RE = re.compile(
    r"\s*(?:多|余)?名?(?:[省市县区州旗]?(?:第?[一二三四五六七八九十]{1,3}届)?(?:人大|政协))?(?:代表|委员)"
    r"(?:[^，,。；;]{0,12}?(?:出席|列席|与会|参会|到会|参加|齐聚|汇聚|欢聚)|[^。；;]{0,16}?(?:会议|大会|会场)"
    r"|[^。；;]{0,24}?(?:齐聚|汇聚|欢聚)一堂)"
)
# Or the attendants named before the count and coming after it (辖区各类代表共231人出席).
# Or the public let in to hear the meeting or guests asked to it (并有49名市民旁听大会, 大会还邀请了
# 18名荣誉市民参加): how a congress's opening is told too.
_GUESTS_AFTER_RE = re.compile(r"\s*(?:多|余)?名[^，,。；;\d]{0,8}?(?:旁听|列席)")
_ATTENDING_AFTER_RE = re.compile(r"\s*(?:多|余)?人\s*(?:出席|列席|与会|参会|到会)")
_INVITED_RE = re.compile(r"(?:大会|会议)还?邀请了?\s*$")
_TO_ATTEND_RE = re.compile(r"\s*(?:多|余)?名[^，,。；;\d]{0,8}?(?:参加|出席|列席)")
_NEAR = 24  # (how far back in the sentence the attendants may be named: 应到代表186人，实到172人)
# What the members hand in at the meeting, counted (大会秘书处共收到代表建议126件, 代表们围绕…共
# 提出建议186件, 收到议案12件): counted at the meeting too.
_HANDED_IN_RE = re.compile(
    r"(?:收到|提出|提交|征集)[^，,。；;\d]{0,6}?(?:建议|议案|提案|意见)(?:和(?:建议|意见))?\s*(?:共|为)?\s*$"
)


def meeting_year(
    view: str, s: int, v: Value, frame: DocFrame, state: TimeState
) -> tuple[int | None, Evidence] | None:
    """The page's year for a head count at the meeting (see above) when no time is named
    for it; else None."""
    if state.explicit or frame.ref_year is None:
        return None
    if v.unit in ("件", "条"):
        h = _HANDED_IN_RE.search(view, max(s, v.start - 20), v.start)
        return None if h is None else (frame.ref_year, _ev(view, h.start(), h.end()))
    if v.unit != "人":
        return None
    invited = _INVITED_RE.search(view, max(s, v.start - 8), v.start)
    if invited is not None and _TO_ATTEND_RE.match(view, v.num_end):
        return frame.ref_year, _ev(view, invited.start(), invited.end())
    m = _ATTENDED_RE.search(view, max(s, v.start - 16), v.start)
    if m is None or m.start() == m.end():
        m = _ATTENDANTS_AFTER_RE.match(view, v.num_end) or _GUESTS_AFTER_RE.match(view, v.num_end)
        if m is not None:  # (the attendants named after the count, with the meeting)
            return frame.ref_year, _ev(view, m.start(), m.end())
        m = _ATTENDING_AFTER_RE.match(view, v.num_end)
        if m is None:
            return None
    # (How they attend named around the count, the attendants in the sentence before it.)
    if _ATTENDANTS_RE.search(view, max(s, v.start - _NEAR), v.start) is None:
        return None
    return frame.ref_year, _ev(view, m.start(), m.end())


def _ev(view: str, a: int, b: int) -> Evidence:
    return Evidence("year", "cue", view[a:b], a, b)
