"""Normalised views of the stored text, for matching words and numbers.

A *view* is a string the same length as the stored text in which characters
are replaced one for one, so an offset in the view is the same offset in the
stored text and nothing needs mapping back. Cue words, units, time words and
catalog names are matched on the view; spans always index the stored text.

:func:`fold` is the view every matcher uses: full-width forms made ASCII and
(from OpenCC's character table) traditional characters made simplified.
"""

from __future__ import annotations

import re

# Full-width forms -> ASCII, one character for one. The ratio sign ∶ (U+2236)
# stands for a colon in ratios such as 7.1∶54.6∶38.4.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－＋\u3000∶", "0123456789.,%-+ :")
_FULLWIDTH_RE = re.compile("[０-９．，％－＋\u3000∶]")


def fold(text: str) -> str:
    """The matching view of ``text``: same length, one character for one."""
    return text.translate(_FULLWIDTH) if _FULLWIDTH_RE.search(text) else text
