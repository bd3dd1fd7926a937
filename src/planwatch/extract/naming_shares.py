"""A share's name: a figure told as a share of a whole right after the figure it is the share
of (…税收收入16.53亿元，占一般公共预算收入的70.3%; 男性人口a，女性人口b，分别占总人口的c和d),
named by that figure and the whole (税收收入占一般公共预算收入比重): a naming stage of the prose
extractor.
"""

from __future__ import annotations

import re

from planwatch.extract.prose_names import SHARE_LEAD_RE

# A share's name, its subject before 占 (制造业增加值占GDP比重): a second share told after it
# (…提升至27.8%，占全球比重稳定在30%左右) is of the same subject, not of the first share.
_SHARE_NAME_RE = re.compile(r"^(.{2,}?)占[^占]{1,16}?(?:的)?(?:比重|比例)$")


def share_subject(name: str) -> str:
    """The subject of the figure named before a share told with no subject of its own: that
    figure's name, or, when it is itself a share (A占B比重), its subject A."""
    m = _SHARE_NAME_RE.match(name)
    return m.group(1) if m else name


def borrowed_from_share(name: str, said: str, unit: str | None) -> str:
    """The name a figure with none of its own borrows from a share told right before it of
    the figure before that (``name``, A占B比重: A 58.2亿元，占全市总量18.5%): a growth (its
    clause's words before it, ``said``: 同比增长) is A's (，同比增长45.6%: A grew); a change in
    points, any other figure, the share's (，下降0.5个百分点); "" when it borrows so. (A share
    named by itself, 研发经费支出占生产总值比重由1.65%提高到1.73%, lends its whole name.)"""
    return share_subject(name) if unit != "个百分点" and _GROWTH_SAID_RE.search(said) else ""


_GROWTH_SAID_RE = re.compile(r"增长|下降|增速|增幅")


def share_name(before: str, name: str) -> str:
    """The name of a share told with no subject of its own (``name``: 约占全县税收的一半,
    分别占总人口的) of the figure named ``before`` it: 税收收入占全县税收比重."""
    m = SHARE_LEAD_RE.match(name)
    share = name[m.end() - 1 :] if m else name
    return share_subject(before) + share + ("" if share.endswith(("比重", "比例")) else "比重")


def shares_of(items: list[str], subject: str) -> list[str]:
    """The names a list shares out by 分别 (``items``), as shares of the whole told after
    it when the words after 分别 are a share's (一、二、三产业增加值分别占全县生产总值的a、b、c:
    第一产业增加值占全县生产总值比重, …); else the names themselves."""
    after = subject.split("分别", 1)[1].strip() if "分别" in subject else ""
    if not after or not SHARE_LEAD_RE.match(after):
        return items
    return [share_name(item, after) for item in items]


_SHARE = r"\d{1,2}(?:\.\d{1,2})?\s*%"
# Three shares listed: 8.1%、40.2%和51.7% (和, 及 or a list comma before the last).
_THREE_SHARES_RE = re.compile(rf"({_SHARE})\s*、\s*({_SHARE})\s*[、和及]\s*({_SHARE})")


def listed_share(view: str, at: int) -> int:
    """Which of three listed shares (0, 1, 2) the figure at ``at`` is, or -1."""
    for m in _THREE_SHARES_RE.finditer(view, max(0, at - 24), at + 24):
        for k in range(3):
            if m.start(k + 1) == at:
                return k
    return -1
