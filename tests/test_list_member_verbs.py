"""A list member's change verb before its abbreviated points (…、下降0.6个、提高0.8个百分点)
is one of the change verbs of ``data/prose_cues.csv`` (roles up and down), not a list of
its own (review round 25). Composed text in the style of a work report (the figures are
this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text


def _units(text: str) -> dict[float, str]:
    return {f.value: f.unit for f in analyse_text("c.txt", text).facts}


def test_members_written_with_le_take_the_points_at_the_end():
    text = "2030年，三次产业增加值比重较上年分别下降了0.2个、下降了0.4个、提高了0.6个百分点。\n"
    assert _units(text) == {-0.2: "个百分点", -0.4: "个百分点", 0.6: "个百分点"}


def test_any_change_verb_of_the_cues_serves_a_member():
    text = "2030年，两项比重较上年分别提升0.3个、下滑0.7个百分点。\n"
    assert _units(text) == {0.3: "个百分点", -0.7: "个百分点"}
