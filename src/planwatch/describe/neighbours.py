"""Areas named as neighbours, in a place's description: not the document's area.

A yearbook's or a county's profile opens on where the place lies and what borders it
(某县位于…，东与甲市、乙县为邻，南与丙县相依，西连丁旗，北与某国接壤): every neighbour is
written in full, often more of them than the place's own name, yet none is what the page is
about. A name in a clause opening on a direction and a word of bordering (东与, 西连, 北靠,
南邻), or closing on one (为邻, 接壤, 交界), is no vote; nor is a place the profile gives its
distance to (距某市219公里), nor a peer its figures passed or trail (总量首次超过某县, 仅次于
某区). The words are ``neighbour_before`` and ``neighbour_after`` in ``data/area_cues.csv``.
"""

from __future__ import annotations

import functools
import re

from planwatch.describe.area_words import area_cues

# How long a clause of neighbours may run on each side of a name (东与甲市、乙县、丙县为邻).
_REACH = 40


@functools.cache
def _before_re() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, area_cues()["neighbour_before"]))
    return re.compile(
        rf"(?:^|[\n，,。；;])\s*(?:[东南西北]{{1,2}}[面部边侧]?|东南西北|四周|周边)(?:{alt})"
        rf"[^\n，,。；;]{{0,{_REACH}}}$"
    )


@functools.cache
def _after_re() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, area_cues()["neighbour_after"]))
    return re.compile(rf"[^\n，,。；;]{{0,{_REACH}}}?(?:{alt})")


# A distance to a place (距包头市219公里, 离某市中心城区30公里): a landmark, no vote either.
_DISTANCE_BEFORE_RE = re.compile(r"(?:距|离)(?:离)?[^\n，,。；;\d]{0,12}$")
_DISTANCE_AFTER_RE = re.compile(r"[^\n，,。；;\d]{0,12}?\d+(?:\.\d+)?\s*(?:公里|千米|km|里)")


# A peer the page's area is measured against (总量首次超过肥东县, 仅次于某区): no vote either.
_PEER_BEFORE_RE = re.compile(r"(?:超过|超越|赶超|仅次于|领先于?|落后于?)\s*$")


def is_neighbour(view: str, start: int, end: int) -> bool:
    """Whether the name at ``view[start:end]`` stands in a clause naming neighbours, or
    places the page measures its distance to, or a peer it passed or trails."""
    if _before_re().search(view, max(0, start - _REACH - 8), start):
        return True
    if _PEER_BEFORE_RE.search(view, max(0, start - 6), start):
        return True
    if _DISTANCE_BEFORE_RE.search(view, max(0, start - 14), start):
        return _DISTANCE_AFTER_RE.match(view, end) is not None
    return _after_re().match(view, end) is not None


# The place a profile describes, opening it (【概况】某旗位于…, 某县地处…): the page's subject.
_PROFILED_BEFORE_RE = re.compile(r"(?:^|[\n。】])\s*$")
_PROFILED_AFTER_RE = re.compile(
    r"\s*(?:[(（][^()（）\n]{0,12}[)）])?\s*(?:位于|地处|坐落于|坐落在)"  # (…(简称察右后旗)位于)
)


def is_profiled(view: str, start: int, end: int) -> bool:
    """Whether the name at ``view[start:end]`` opens a description of where it lies."""
    return bool(_PROFILED_AFTER_RE.match(view, end) and _PROFILED_BEFORE_RE.search(view, 0, start))
