"""The year of a people's congress session a text names (省十四届人大二次会议), the year of
the report read to it (step 5 of ``refdate``).
"""

from __future__ import annotations

import re
from functools import cache

from planwatch.core.datafiles import records
from planwatch.describe.dates import cn_number
from planwatch.describe.year_words import first_reviewed, reviewed_year

# 全国第十四届人民代表大会第二次会议, 省十四届人大二次会议, and the news' word order
# 十四届全国人大二次会议 (the term before 全国).
_CONGRESS_RE = re.compile(
    r"(?:(?:省|自治区|全国|(?<=北京|天津|上海|重庆)市)\s*第?\s*([一二三四五六七八九十]{1,3})\s*届\s*"
    r"|第?\s*([一二三四五六七八九十]{1,3})\s*届\s*全国\s*)"
    r"(?:人民代表大会|人大)\s*(?!常务委员会|常委会)第?\s*([一二三四五六七八九十]{1,3})\s*次\s*会议"
)
# A session's aims told done (较好地完成了…会议确定的主要目标任务): the report is a year later.
_DONE_BEFORE_RE = re.compile(r"(?:完成|实现)了?[^，。；]{0,4}$")
_SET_THERE_RE = re.compile(r"\s*(?:所)?(?:确定|提出)的")
_SINCE_RE = re.compile(r"\s*以来")
# A session named as where a leader spoke (贯彻习近平总书记在参加十三届全国人大二次会议福建代表团
# 审议时的重要讲话精神): a past meeting every report of the years after it cites, not its own.
_SPOKE_AT_RE = re.compile(r"[^。；;，,\n]{0,20}?(?:审议|期间|上)(?:时)?的?(?:重要)?讲话")
_ATTENDED_RE = re.compile(r"在(?:参加|出席)[^。；;，,]{0,6}$")
# A report looking back on the government's term (过去五年, 五年工作回顾, 本届政府).
_TERM_REVIEW_RE = re.compile(r"过去五年|五年(?:来|工作回顾)|本届政府")
# The 6th terms (1983) opened together, every 5 years since; a few congresses count their own
# (西藏, 宁夏, the four municipalities: data/congress_terms.csv, read as the national count);
# an unlisted one founded later (海南省第六届人大 sat in 2018): a term below the 9th (1998)
# in a page of this century is such a province's, whose year the term does not tell.
_FIRST_SYNCHRONISED_TERM = 9


def congress_year(view: str) -> tuple[int, int, int] | None:
    """The year of a national or provincial people's congress session ``view`` names, with
    its span (上海市十三届人大一次会议: 2008's, its terms two ahead of the national count)."""
    for m in _CONGRESS_RE.finditer(view):
        if _ATTENDED_RE.search(view, max(0, m.start() - 10), m.start()) or _SPOKE_AT_RE.match(
            view, m.end()
        ):
            continue  # (a speech given there: see _SPOKE_AT_RE)
        term, session = cn_number(m[1] or m[2]), cn_number(m[3])
        if m[1] and not m[0].startswith("全国"):
            term = term and term + _terms_behind(view, m.start())  # (the national count's)
        if term and session and term >= _FIRST_SYNCHRONISED_TERM and session >= 1:
            # (A session past the fifth follows an extra one held between two of the
            # yearly five: 福建省第十三届人大第六次会议 sat in January 2022, its term's last.)
            year = 1953 + 5 * term + min(session, 5) - 1
            if _SINCE_RE.match(view, m.end()) or (
                _DONE_BEFORE_RE.search(view, max(0, m.start() - 8), m.start())
                and _SET_THERE_RE.match(view, m.end())
            ):  # (完成了省十届人大五次会议确定的目标任务: the aims of the year after it; of
                # its first session, in a review of the term, the term's: five years on; so
                # is a time since a session, 自治区十届人大一次会议以来的五年)
                year += 5 if session == 1 and _TERM_REVIEW_RE.search(view) else 1
            elif session >= 2 and _reviewed_after(view) == year - 1:
                year -= 1  # (an extra session earlier in the term: see _reviewed_after)
            return year, m.start(), m.end()
    return None


def _reviewed_after(view: str) -> int | None:
    """The year after the one the text reviews (2020年成就：…), when it states one: a
    congress that held an extra session between two yearly ones counts each later session
    one ahead (陕西省第十三届人大第五次会议 sat in January 2021, reviewing 2020), so the
    year the text reviews tells a session a year early from its number."""
    m = first_reviewed(view)
    return reviewed_year(m) + 1 if m else None


@cache
def _behind() -> dict[str, int]:
    """Region name -> how many terms its congress counts behind the national one
    (data/congress_terms.csv)."""
    return {r["name"]: int(r["behind"]) for r in records("congress_terms.csv")}


def _terms_behind(view: str, at: int) -> int:
    """How many terms behind the national count the congress named at ``at`` is: that of a
    region counting its own (西藏自治区第十一届…: 2018's), named right before its 自治区 or
    市, or, for a bare 自治区, last in the sentence before it (西藏自治区主席…向自治区第十二届
    人民代表大会第四次会议作政府工作报告: 2026's); else 0 (新华社北京3月5日电 十四届全国
    人大…: the national count)."""
    before = view[max(0, at - 4) : at]
    for name, behind in _behind().items():
        if before.endswith((name, name + "回族")):
            return behind
    if not view.startswith("自治区", at):
        return 0
    sentence = view[max(0, at - _SENTENCE_BACK) : at].rsplit("。", 1)[-1]
    named = [(sentence.rfind(name), behind) for name, behind in _behind().items()]
    last = max(named, default=(-1, 0))
    return last[1] if last[0] >= 0 else 0


_SENTENCE_BACK = 80  # how far back a bare congress's region is looked for in its sentence
