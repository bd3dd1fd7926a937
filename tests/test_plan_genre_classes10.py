"""Classes of writing in plans, sector plans, communiqués and news, round 15. Every text is
composed for these tests in the style of official documents and of the pages that copy them.

- A mirror page that inserts pinyin after characters may also lose bytes: a character and
  the opening bracket of its pinyin come out as ``?`` (里程 -> ``?yán)…``). The ``?``, the
  pinyin and its closing bracket are junk inside a word like the whole bracketed syllable
  (``core.normalise``): the name runs across them (高速公路通車…, not only the garbled
  characters after the bracket). A question mark after a word (…吗?) or an ASCII bracket of
  letters with its opening bracket (GDP(2023)) is no junk.
- Who a sentence is about: an area above the document's (its prefecture in a county's page,
  its province in a city's), named in full or short, opening its clause (or after the
  clause's year) with an indicator after it, alone or after a whole-area word (2023年某州
  地区生产总值…, 而某州全州一般公共预算收入…), or opening the clause after one that made
  that level its topic (从全省看，某省高速公路…), states that area's figure, as 全省地区生产
  总值… in a city's report already did. So does a whole area above opening a clause with
  同期 (同期全省民用航空旅客吞吐量…: the level above's figure of the same period, quoted
  beside the document's). A comparison with the area above (增速高于全州, 占全州比重), a rank
  in it (居某州第4位) and a parent written before its child (某州某县…) stay the document's.
- A communiqué or a statistics release sets no aims of its own: an aim it quotes with no year
  (从年度目标完成情况看，年初政府工作报告确定的…增长6%左右; 下一步将紧盯全年…增长8%左右的目标)
  is for the year it reports, not the year after; an aim with its own year (到2025年) keeps it.
- Areas in turn reaching a mark (某市地区生产总值达到…，乙市跨上…台阶，丙市达到…；丁市迈上…新
  台阶): a clause of an area and a verb of reaching names nothing else, so its figure is of the
  indicator named before, as with 首次, 均 (the place_filler words); 跨上 is at least (ge), as
  跨入, 迈上, 站上 are, and 新台阶 after a figure is the mark passed, as 台阶 is.
- A count naming the group a clause measures (全国339个地级及以上城市PM2.5平均浓度为…) is a group
  on a mirror page too, where pinyin stands inside the words after the count (339個(gè)地級(jí)
  及以上城市): the group's words are read without the junk, and the figure's name keeps them.
- After a comparison with a whole area above (低于全省0.55个百分点, 高于全市1.3个百分点),
  officials give that area's own figure in a clause of the area alone (，全省为1.93%; ，全市增长
  4.8% in a district's report): the figure is that area's, as in the bracket form （全省增长
  6.6%）; 全市 in a district of a municipality (重庆市, 天津市) is the municipality. With no
  comparison before it the rule says nothing (the clause keeps its subject as before).
"""

from __future__ import annotations

import pytest

from planwatch.core.normalise import condense
from prosefacts import analysed_facts

_MIRROR = (
    "新華社貴陽3月8日電(記者 王明)記者從全省水利建設推進會上了解到,目前,"
    "全省城鄉供水管網總?yǎo)锍踢_(dá)3.6萬公里,農村自來水普及率達(dá)到91.5%。"
)


def test_garbled_bracket_is_junk_inside_the_word() -> None:
    view = condense(_MIRROR).text
    assert "总锍踢_" in view and "?yǎo)" not in view
    facts = analysed_facts("mirror.txt", _MIRROR)
    name = facts["3.6萬公里"].indicator
    assert name.startswith(("全省城鄉供水管網總", "城鄉供水管網總")), name
    assert facts["91.5%"].indicator.endswith("農村自來水普及率")


def test_question_mark_and_letters_in_brackets_stay() -> None:
    text = "能否实现?(a)方案一：全市GDP(2023)增长5.2%。"
    assert condense(text).text == text


_COUNTY = (
    "平塘县2024年政府工作报告\n"
    "——2024年1月12日在平塘县第十八届人民代表大会第三次会议上\n"
    "2023年，全县地区生产总值增长5.6%，增速高于全州1.1个百分点，居黔南州第4位。\n"
    "据州统计局发布，2023年黔南州地区生产总值增长4.5%，而黔南全州一般公共预算收入增长3.8%。\n"
    "黔南州平塘县规模以上工业增加值增长7.2%，占全州比重为6.1%。\n"
)

_PREFECTURE = "黔南布依族苗族自治州"


@pytest.mark.parametrize(
    ("value", "area"),
    [
        ("5.6%", "平塘县"),
        ("1.1个百分点", "平塘县"),
        ("第4位", "平塘县"),
        ("4.5%", _PREFECTURE),
        ("3.8%", _PREFECTURE),
        ("7.2%", "平塘县"),
        ("6.1%", "平塘县"),
    ],
)
def test_parent_opening_its_clause_with_an_indicator(value: str, area: str) -> None:
    assert analysed_facts("county.txt", _COUNTY)[value].jurisdiction == area


_CITY = (
    "安顺市2023年政府工作报告\n"
    "——2023年1月10日在安顺市第四届人民代表大会第三次会议上\n"
    "过去一年，全市地区生产总值增长4.8%，高于全省0.6个百分点。\n"
    "从全省看，贵州高速公路通车里程突破8300公里。全市高速公路通车里程达到412公里。\n"
    "全年民用航空旅客吞吐量下降18.2%，同期全省民用航空旅客吞吐量下降21.5%。\n"
)


@pytest.mark.parametrize(
    ("value", "area"),
    [
        ("4.8%", "安顺市"),
        ("0.6个百分点", "安顺市"),
        ("8300公里", "贵州省"),
        ("412公里", "安顺市"),
        ("18.2%", "安顺市"),
        ("21.5%", "贵州省"),
    ],
)
def test_province_as_topic_and_same_period(value: str, area: str) -> None:
    assert analysed_facts("city.txt", _CITY)[value].jurisdiction == area


_COMMUNIQUE = (
    "铜川市2023年国民经济和社会发展统计公报\n"
    "铜川市统计局\n2024年3月20日\n"
    "全年全市地区生产总值482.6亿元，比上年增长4.6%。\n"
    "从年度目标完成情况看，年初市政府工作报告确定的地区生产总值增长5.5%左右、"
    "固定资产投资增长8%的目标未能实现。按此测算，实现“十四五”规划到2025年"
    "年均增长6.5%的目标难度较大。\n"
)

_QUARTER = (
    "一季度全市经济运行开局良好\n"
    "发布时间：2023-04-26 来源：汉中市统计局\n"
    "一季度，全市实现地区生产总值312.8亿元，同比增长5.1%。"
    "下一步，全市将紧盯全年地区生产总值增长7%左右的目标，全力稳增长。\n"
)


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        (_COMMUNIQUE, "4.6%", 2023),
        (_COMMUNIQUE, "5.5%左右", 2023),
        (_COMMUNIQUE, "8%", 2023),
        (_COMMUNIQUE, "6.5%", 2025),
        (_QUARTER, "5.1%", 2023),
        (_QUARTER, "7%左右", 2023),
    ],
)
def test_quoted_aims_of_a_statistics_report_are_its_year(text: str, value: str, year: int) -> None:
    fact = analysed_facts("stats.txt", text)[value]
    assert fact.year == year
    assert (fact.kind.value == "target") == (value != "4.6%" and value != "5.1%")


_AREAS_IN_TURN = (
    "湖南省国民经济和社会发展第十四个五年规划纲要\n"
    "第一章 发展基础\n"
    "“十三五”时期，全省地区生产总值年均增长7.6%。长沙市地区生产总值达到12142.5亿元，"
    "岳阳市跨上4000亿元台阶，常德市达到3749.4亿元；衡阳市迈上3500亿元新台阶。\n"
)


@pytest.mark.parametrize(
    ("value", "area", "comparator"),
    [
        ("12142.5亿元", "长沙市", "eq"),
        ("4000亿元", "岳阳市", "ge"),
        ("3749.4亿元", "常德市", "eq"),
        ("3500亿元", "衡阳市", "ge"),
    ],
)
def test_areas_in_turn_reaching_a_mark(value: str, area: str, comparator: str) -> None:
    fact = analysed_facts("plan.txt", _AREAS_IN_TURN)[value]
    assert fact.indicator == "地区生产总值"
    assert fact.jurisdiction == area
    assert fact.comparator.value == comparator


_MIRROR_GROUP = (
    "生態環境狀況公報發布\n"
    "空氣質(zhì)量持續改善。全國339個(gè)地級(jí)及以上城市PM2.5平均濃度為29微克/立方米，"
    "比上年下降3.3%。\n"
)


def test_group_count_on_a_mirror_page() -> None:
    facts = analysed_facts("mirror.txt", _MIRROR_GROUP)
    assert "339個" not in facts
    name = facts["29微克/立方米"].indicator
    assert "地級及以上城市" in name and name.endswith("PM2.5平均濃度"), name


_DISTRICT = (
    "北碚区2023年前三季度经济运行情况\n"
    "发布时间：2023-10-30 来源：北碚区统计局\n"
    "前三季度，全区实现地区生产总值486.2亿元，同比增长5.9%，高于全市1.3个百分点，全市增长4.6%。"
    "全区研究与试验发展经费投入强度为2.1%，低于全市0.3个百分点，全市为2.4%。\n"
)
_CITY_STATS = (
    "邢台市2022年国民经济和社会发展统计公报\n"
    "全市研究与试验发展经费投入强度为1.38%，比上年提高0.17个百分点，但仍低于全省0.55个百分点，"
    "全省为1.93%。\n"
)


@pytest.mark.parametrize(
    ("text", "value", "area"),
    [
        (_DISTRICT, "5.9%", "北碚区"),
        (_DISTRICT, "4.6%", "重庆市"),
        (_DISTRICT, "2.1%", "北碚区"),
        (_DISTRICT, "2.4%", "重庆市"),
        (_CITY_STATS, "1.38%", "邢台市"),
        (_CITY_STATS, "1.93%", "河北省"),
    ],
)
def test_whole_area_clause_after_a_comparison(text: str, value: str, area: str) -> None:
    assert analysed_facts("stats.txt", text)[value].jurisdiction == area
