"""Forms of round 45, composed here in the style of work summaries, statistics news and
plan reviews (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed


def test_each_share_listed_after_the_first_is_a_share_of_the_aim():
    # (A summary of the year written in it: its plain figures default to the year's aims, but a
    # part done of the aim is a result, the second of a list as much as the first.)
    text = (
        "某县人社局2023年工作总结。全年城镇新增就业2.6万人，失业人员再就业0.9万人，"
        "分别完成全年目标的118.2%、104.7%；农民工转移就业完成全年目标的96.5%。\n"
    )
    _, got = _analysed("s.txt", text)
    assert {got[t].kind.value for t in ("118.2%", "104.7%", "96.5%")} == {"actual"}
