"""News of the Party centre's meetings (中共中央政治局召开会议…全体会议在北京召开) is the
nation's, not Beijing's, where the meeting is held: 中共中央 weighs for the nation as the
State Council does (``nation_issuer`` in data/area_cues.csv); a local 建议 quoting
《中共中央关于…的建议》 and speaking of itself (全县, 我县) stays local. Texts composed for
these tests in the style of wire news and a county's 建议; areas real."""

from planwatch.describe.meta import describe

_CENTRE = (
    "中共中央政治局3月28日召开会议，研究部署深化改革有关重大问题。"
    "会议决定，党的全体会议于4月中旬在北京召开。\n"
    "会议听取了有关文件稿征求意见情况的报告，决定根据会议讨论的意见修改后提请全会审议。\n"
)

_COUNTY = (
    "中共泾县委关于制定国民经济和社会发展第十五个五年规划的建议\n"
    "根据《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》，"
    "结合我县实际，就制定全县“十五五”规划提出如下建议。\n"
    "“十四五”时期，全县经济社会发展取得显著成就，我县综合实力迈上新台阶。\n"
)


def test_the_party_centres_meeting_news_is_the_nations():
    meta = describe(_CENTRE, name="c.txt")
    assert meta.area is not None and meta.area.code == "000000"


def test_a_county_proposal_quoting_the_centre_stays_the_countys():
    meta = describe(_COUNTY, name="j.txt")
    assert meta.area is not None and meta.area.code == "341823"
