"""Times of day (09:30, 14:22:31): the one reading every stage uses.

A page's posting line puts a clock after its date (发布时间：2024-01-09 14:22:31); the
describe stage reads such a date as the page's, and the extractor must not read the clock
as a ratio (14:22). Both ask the same question of the text after a date, answered here.
"""

from __future__ import annotations

import re

# Hours 0-23 (8:16:33 or 08:16:33), two-digit minutes and seconds 00-59 (as posting lines
# write them), with an ASCII or a full-width colon; not a longer run of digits (58:420) and not
# one-digit minutes (1:1 after a date is still a ratio).
_CLOCK_RE = re.compile(r"\s*([01]?\d|2[0-3])[:：]([0-5]\d)(?:[:：]([0-5]\d))?(?!\d)")


def clock_at(text: str, pos: int = 0) -> re.Match[str] | None:
    """The time of day at ``pos`` (after optional spaces), or None."""
    return _CLOCK_RE.match(text, pos)
