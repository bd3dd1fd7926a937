"""A count of people named only by what they achieved (累计脱贫1.86万人, 全年512人稳定脱贫):
the people are the outcome's (脱贫人口), as the statistics count them: a naming stage of the
prose extractor. The outcome words are ``people_outcome`` in ``data/prose_words.csv``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planwatch.core.normalise import fold
from planwatch.extract.cues import words_re

if TYPE_CHECKING:
    from planwatch.extract.prose_reader import Reading

_OUTCOME_END_RE = words_re("people_outcome", "(?:{})$")
_PEOPLE_RE = words_re("people_noun")


def people_outcome_name(r: Reading) -> None:
    """Name a count of people (its unit 人, 万人) whose name is an outcome with no people noun
    (稳定脱贫, 两年累计脱贫) after the outcome's people: 稳定脱贫人口."""
    unit = r.v.unit or ""
    if not unit.endswith("人") or not r.name:
        return
    folded = fold(r.name)
    if _OUTCOME_END_RE.search(folded) and not _PEOPLE_RE.search(folded):
        r.name += "人口"
