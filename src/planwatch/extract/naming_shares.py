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


def share_name(before: str, name: str) -> str:
    """The name of a share told with no subject of its own (``name``: 约占全县税收的一半,
    分别占总人口的) of the figure named ``before`` it: 税收收入占全县税收比重."""
    m = SHARE_LEAD_RE.match(name)
    share = name[m.end() - 1 :] if m else name
    return share_subject(before) + share + ("" if share.endswith(("比重", "比例")) else "比重")
