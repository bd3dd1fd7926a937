"""A mirror site's copy of a page (round 19), beside ``bench/perturb.py``'s forms.

Public copies of government pages are often a content farm's mirror: the page turned into
traditional characters and, to fool search engines, a word's pinyin inserted after some
of its characters — 地區(qū)生產總值, 據(ju)…統計公報(bao), 人口(kou)(kou). Much of the
devcorpus is such pages (seen through the project's ``search`` tool and in
``../shared/devcorpus``); none of their text is copied here.

- ``mirror``: every character turned into its traditional form (OpenCC's
  ``STCharacters.txt``, the first candidate: one character for one, so every offset stays),
  then pinyin in brackets after every occurrence of a few of the document's characters
  (about one distinct character in eight), with or without tone marks as one site prints
  them, sometimes twice. Pinyin never goes inside a gold value (its digits and unit); the
  traditional unit (萬元, 億元) is the value's own text.

Every edit keeps the gold exact (``perturb.apply_edits`` remaps it; ``perturb.validate``
checks the copy).
"""

from __future__ import annotations

import functools
import importlib.resources
import random
from collections.abc import Callable

from perturb import Doc, Edit, protected
from pypinyin import Style, pinyin

_PINYIN_SHARE = 8  # one distinct character in this many gets its pinyin
_TWICE = 0.3  # how often a site prints it twice: 口(kou)(kou)


@functools.cache
def _to_traditional() -> dict[str, str]:
    """OpenCC's simplified → traditional characters (the first candidate of each)."""
    table = importlib.resources.files("opencc") / "dictionary" / "STCharacters.txt"
    out = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        simplified, _, candidates = line.partition("\t")
        first = candidates.split(" ")[0]
        if len(simplified) == 1 and len(first) == 1 and first != simplified:
            out[simplified] = first
    return out


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def mirror(doc: Doc, rng: random.Random) -> list[Edit]:
    """The page as a mirror site prints it (see the module's note)."""
    table = _to_traditional()
    han = sorted({ch for ch in doc.text if _is_han(ch)})
    chosen = set(rng.sample(han, len(han) // _PINYIN_SHARE)) if han else set()
    style = rng.choice((Style.TONE, Style.NORMAL))
    sounds = {ch: pinyin(ch, style=style)[0][0] for ch in chosen}
    values = protected(doc)
    edits = []
    for i, ch in enumerate(doc.text):
        new = table.get(ch, ch)
        if ch in sounds and not any(a <= i < b for a, b in values):
            mark = f"({sounds[ch]})"
            new += mark * 2 if rng.random() < _TWICE else mark
        if new != ch:
            edits.append(Edit(i, i + 1, new))
    return edits


MIRROR: dict[str, Callable[[Doc, random.Random], list[Edit]]] = {"mirror": mirror}
