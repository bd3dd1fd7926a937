"""A text on drafting a plan is written before the plan begins.

News of a county's or a bureau's work on its next plan (全县“十五五”规划编制工作推进会,
“十五五”规划编制进度) is dated, where it prints no date, by the plan it names; but the plan is
being drafted, not in force: the text is of the year before the plan's first (the 十五五
plans are drafted in 2025). A plan's own preface says how it was made (根据…建议编制,
编制形成《…纲要》), in the past: those words are not here. The words of drafting in progress
are ``drafting`` in ``data/time_words.csv``.
"""

from __future__ import annotations

import re
from functools import cache

from planwatch.core.datafiles import records
from planwatch.core.periods import PLAN_NAME


@cache
def _drafting_re() -> re.Pattern[str]:
    words = sorted(
        (r["word"] for r in records("time_words.csv") if r["role"] == "drafting"),
        key=len,
        reverse=True,
    )
    alt = "|".join(map(re.escape, words))
    # (The plan's own name just before: a plan's tasks of drafting others, 加快编制国土空间
    # 规划, are no drafting of the plan.)
    return re.compile(rf"(?:{PLAN_NAME})[”\"]?[^，,。；;\n]{{0,10}}?(?:{alt})")


def drafting(view: str) -> re.Match[str] | None:
    """The first words in ``view`` that tell of a plan being drafted, or None."""
    return _drafting_re().search(view)
