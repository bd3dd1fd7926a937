"""A clause naming only the whole area a figure was just compared with.

After a comparison with the area above (高于全省0.3个百分点, 低于全省平均水平0.55个百分点)
officials give that area's own figure in a clause of its own that names the area alone
(，全省同期增长5.5%; ，全省为1.93%; ，全市增长4.8%): the figure is the same indicator as
the one compared, the area's. Seen in real2 dev c271, c273 and c275 (three model pages:
a city's mid-term evaluation, a district's news page, a city's sector plan).
"""

from __future__ import annotations

import re

# The area alone: 全省, 全市同期, 全国平均水平, with 为/是 or a growth verb after it.
_AREA_ONLY_RE = re.compile(
    r"^(?:全国|全省|全区|全市|全州|全盟)(?:同期|平均水平?|平均)?(?:为|是|增长|增速为?|下降)?$"
)
# A comparison with such an area earlier in the sentence.
_COMPARED_RE = re.compile(
    r"(?:高于|低于|高出|快于|慢于|超出|比)(?:全国|全省|全区|全市|全州|全盟)[^。；;]{0,12}?个?百分点"
)


def compared_area_only(name: str, view: str, s: int, cs: int) -> bool:
    """Whether a clause's name is only the area that the sentence compared a figure with
    before the clause (see the module doc)."""
    if not _AREA_ONLY_RE.match(name):
        return False
    return _COMPARED_RE.search(view, s, cs) is not None
