"""A rank in a named list or evaluation (round 28), in sentences composed here in the style of
county news on rankings (the figures are this file's own): 慈溪市在全国百强县中排名第6位. The
words before the rank were cut to the area ranked (慈溪市排名, then 慈溪市全国排名), which names
nothing; the list the area is ranked in (在…中, when it is no whole area and its members such as
在全省16市中) is what ranks it, and the area is the figure's jurisdiction.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_NEWS = (
    "慈溪市人民政府 > 慈溪要闻\n"
    "2025-11-24 来源：慈溪日报\n"
    "　　日前，2025年度县域经济百强研究成果发布。慈溪市在全国百强县中排名第6位，较上年上升1位。"
    "全县在全省县域营商环境评价中位列第3位。"
    "地区生产总值增速在全省90个县（市、区）中排名第12位。\n"
)


def _facts() -> dict[str, object]:
    return {_NEWS[f.start : f.end]: f for f in analyse_text("news.txt", _NEWS).facts}


def test_the_list_an_area_is_ranked_in_names_the_rank():
    facts = _facts()
    rank = facts["第6位"]
    assert "全国百强县" in rank.indicator
    assert "慈溪" not in rank.indicator
    assert (rank.unit, rank.kind.value) == ("位", "actual")
    assert "营商环境评价" in facts["第3位"].indicator


def test_a_whole_area_and_its_members_still_name_nothing_ranked():
    # (在全省90个县（市、区）中 is where the pace is ranked; the pace is what is.)
    assert facts_name("第12位").startswith("地区生产总值增速")


def facts_name(value: str) -> str:
    return _facts()[value].indicator  # type: ignore[attr-defined]
