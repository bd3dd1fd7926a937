"""A delegation of another area's office, named in full as it arrives: not the issuer.

Local news tells of an inspection or a survey from the level above (某市人大常委会调研组到某县
调研…, 省政府督导组来我县督导…): the visiting office is named in full with its area, and
the words after the area (人大常委会, 政府) are those that make a name the document's issuer
(``jurisdiction.ISSUER_RE``). But the office goes on into its delegation (调研组, 督导组,
检查组 …): the visitor, whose area is not what the story is about (the county visited,
which says 我县, 全县). A delegation's office keeps the vote of a name, not an issuer's.
The words are ``delegation`` in ``data/area_cues.csv``.
"""

from __future__ import annotations

import functools
import re

from planwatch.describe.area_words import area_cues

# How far after an office's name its delegation word may stand (某市人大常委会财经委调研组).
_REACH = 12


@functools.cache
def _delegation_re() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, area_cues()["delegation"]))
    return re.compile(rf"[^\n，,。；;：:、“”《》]{{0,{_REACH}}}?(?:{alt})")


def is_delegation(view: str, end: int) -> bool:
    """Whether the office named from ``view[end:]`` on (人大常委会…, 政府…) goes on into a
    visiting delegation (调研组, 督导组 …) rather than issuing the text."""
    return _delegation_re().match(view, end) is not None
