"""A county's news of a delegation from the city above (某市人大常委会调研组来某县调研) names
the visiting office in full; its 人大常委会 no longer makes the city the issuer when the
office goes on into its delegation (describe.visitors). Stories composed for these tests in
the style of county news; areas real, names and figures invented."""

from planwatch.describe.visitors import is_delegation
from planwatch.pipeline import analyse_text

_STORY = (
    "宜昌市人大常委会调研组来远安县调研“十四五”规划实施情况\n"
    "6月12日，市人大常委会副主任带领调研组来我县调研“十四五”规划纲要实施情况。"
    "调研组先后察看了产业园区和重点项目现场，听取了县政府关于全县规划实施情况的汇报。"
    "调研组认为，我县主要指标进展总体符合预期。"
    "远安县人大常委会将持续跟踪监督，推动规划目标任务如期完成。\n"
)


def test_a_visiting_delegation_leaves_the_story_to_the_county_visited():
    meta = analyse_text("v.txt", _STORY).document.meta
    assert meta.area is not None and meta.area.code == "420525"


def test_the_citys_own_congress_still_issues_its_text():
    text = "宜昌市人大常委会召开会议审议“十四五”规划实施情况\n会议听取了市政府的报告。全市主要指标进展顺利。\n"
    meta = analyse_text("w.txt", text).document.meta
    assert meta.area is not None and meta.area.code == "420500"


def test_the_words_of_a_delegation():
    view = "宜昌市人大常委会调研组来远安县"
    assert is_delegation(view, 3)
    assert is_delegation("某市政府督导组", 2)
    assert not is_delegation("宜昌市人大常委会召开会议", 3)
