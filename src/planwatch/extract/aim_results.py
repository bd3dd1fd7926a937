"""A result stated after an aim in one sentence (计划增长5%，完成106.7亿元，增长9.2%): the
clause of what was done governs its figures, split from ``prose_modality``."""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.extract.cues import cues


@lru_cache(maxsize=1)
def _result_clause_re() -> re.Pattern[str]:
    """A clause opening with a result word, its figure close after it (，实际完成5.7%,
    ，完成投资46亿元): a named indicator between (，实现城镇新增就业1万人 in a list of aims)
    makes it no contrast with the aim before."""
    by_role = cues().by_role
    words = "|".join(map(re.escape, sorted(by_role["result_after_aim"], key=len, reverse=True)))
    lead = "|".join(map(re.escape, sorted(by_role["result_lead"], key=len, reverse=True)))
    return re.compile(rf"[,，;；]\s*((?:{lead})?(?:{words}))值?[^\d,，。;；]{{0,4}}(?=\d|$)")


def result_after_aim(
    view: str, aim: tuple[int, int] | None, v_start: int, ahead: bool = False
) -> tuple[int, int] | None:
    """The span of the result word when the figure at ``v_start`` opens a clause stating what
    was done, after an aim cue and the aim's own figure in the same sentence, or follows
    such a clause with no aim word after it (计划增长5%，完成106.7亿元，增长9.2%: the growth
    of what was done); else None. In the year's work ``ahead`` (:func:`_year_ahead`) the
    clauses after the aim word are more of the aim (今年将…计划新开工项目80个，完成投资
    95亿元): none is what was done."""
    if aim is None or ahead:
        return None
    clauses = list(_result_clause_re().finditer(view, aim[1], v_start))
    m = clauses[-1] if clauses else None  # (the last result clause before the figure)
    if m is None or not any(ch.isdigit() for ch in view[aim[1] : m.start()]):
        return None  # (the aim's figure stands between the aim cue and the clause)
    return m.span(1)
