"""Classes of writing in plan outlines and sector plans, round 11. Every text is composed
for these tests in the style of 规划纲要 and 专项规划 issued as official documents.

- A plan's look at where it stands (第二节 发展环境, 二、面临形势, （三）面临的挑战, 面临的
  机遇和挑战) reports the present: its figures of no time of their own (人均地区生产总值
  仅相当于全国平均水平的70%) are results of the year before the plan, even when the
  paragraph opens on the plan's own years as its setting (“十五五”时期，我市发展面临的
  环境…); a sentence looking ahead itself (预计到2030年…；…可能回落至…) keeps them.
- A web page's navigation line opening it (首页 > 统计公报 > 山东 > 潍坊, 当前位置：首页 >
  江苏 > 扬州 > …) says where the site files the page — a county's communiqué or report
  under its city — not what it is about: its names are no votes and the title is the
  line after it.
- A count of areas written with the bracketed kinds they include (5个县（市、区）通过…认定,
  10个县（市、区）中7个通达铁路) counts the noun with its bracket: the bracket's 、 does
  not cut the name, and a count of some among them (…中7个) names what those did.
- The aim a plan's look back at the plan before quotes with its figure is that plan's, for
  the year in force, and named by the figure it is compared with: the figure after the aim
  it is (与规划目标1.5%相差…, 虽较规划目标2.3%仍有差距), between 与 and 的目标 (与2.3%的
  目标相差…), after the aim a share of it was done of (完成规划目标6000公里的105.2%: the
  share is a result) or after 实现 (虽未实现规划确定的2%的目标).
"""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, Kind
from planwatch.describe.jurisdiction import decide_area
from prosefacts import prose_facts

# A city's 十五五 outline (2026-2030), issued early in 2026: it stands on 2025.
OUTLINE_2026 = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN,
    reference_year=2026,
    year=2026,
    period_start=2026,
    period_end=2030,
    reference_date="2026-02-10",
)
# A county's 十四五 sector plan (2021-2025), issued in 2021: it stands on 2020.
SECTOR_2021 = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN,
    reference_year=2021,
    year=2021,
    period_start=2021,
    period_end=2025,
    reference_date="2021-09-01",
)


def _is(fact, kind: Kind, year: int) -> None:
    assert (fact.kind, fact.year) == (kind, year), (fact.kind, fact.year, fact.evidence)


def test_a_plans_environment_section_reports_the_year_before_the_plan():
    text = (
        "第一章　发展基础和发展环境\n第二节　发展环境\n"
        "“十五五”时期，我市发展面临的环境更加复杂。从市内看，全市人均地区生产总值"
        "仅相当于全国平均水平的72%左右，工业投资占固定资产投资的比重仍在38%左右，"
        "高新技术企业只有412家。\n"
    )
    facts = prose_facts(text, OUTLINE_2026)
    for value in ("72%左右", "38%左右", "412家"):
        _is(facts[value], Kind.ACTUAL, 2025)


def test_a_sector_plans_challenges_section_reports_its_base_year():
    text = (
        "一、发展基础\n“十三五”期间，全县卫生健康事业稳步发展。\n"
        "二、面临的机遇和挑战\n"
        "“十四五”时期，全县卫生健康事业发展处于重要机遇期。对照群众需求，"
        "每千人口执业（助理）医师数为2.1人，低于全省平均水平0.6人；"
        "基层医疗卫生机构诊疗量占比仅为48%。\n"
    )
    facts = prose_facts(text, SECTOR_2021)
    for value in ("2.1人", "48%"):
        _is(facts[value], Kind.ACTUAL, 2020)


def test_a_sentence_looking_ahead_in_the_environment_section_keeps_the_plans_years():
    text = (
        "第二节　发展环境\n"
        "“十五五”时期，我市仍处于重要战略机遇期。全市常住人口城镇化率仅为61%。"
        "据测算，预计到2030年全市地区生产总值可达6500亿元左右；"
        "如外需持续偏弱，年均增速可能回落至4.5%左右。\n"
    )
    facts = prose_facts(text, OUTLINE_2026)
    _is(facts["61%"], Kind.ACTUAL, 2025)
    _is(facts["6500亿元左右"], Kind.TARGET, 2030)
    growth = facts["4.5%左右"]
    _is(growth, Kind.TARGET, 2030)
    assert growth.period_start == 2026


def test_the_plans_own_target_section_keeps_the_paragraphs_years():
    # Under a heading of aims the paragraph's setting dates its figures as before.
    text = (
        "第三节　主要目标\n"
        "“十五五”时期，我市经济社会发展要努力实现以下目标。"
        "全市常住人口城镇化率达到66%，研发经费投入强度达到3%。\n"
    )
    facts = prose_facts(text, OUTLINE_2026)
    _is(facts["66%"], Kind.TARGET, 2030)
    _is(facts["3%"], Kind.TARGET, 2030)


# --- a web page's navigation line ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "首页 > 统计数据 > 江西 > 赣州\n2022年信丰县国民经济和社会发展统计公报\n"
            "发布时间：2023-04-02\n2022年，全县上下稳中求进。经赣州市统计局统一核算，"
            "全县实现地区生产总值250.3亿元，比上年增长4.6%。\n",
            "360722",
        ),
        (
            "首頁 > 統計數據 > 江西 > 贛州\n2022年信豐縣國民經濟和社會發展統計公報\n"
            "經贛州市統計局統一核算，全縣實現地區生產總值250.3億元。\n",
            "360722",
        ),
        (
            "繁體 | 简体　当前位置：首页 > 江苏 > 扬州 > 政务公开\n宝应县2023年政府工作报告\n"
            "——2023年1月10日在宝应县第十八届人民代表大会第三次会议上\n"
            "各位代表：过去一年，在扬州市委市政府坚强领导下，全县经济稳中有进。\n",
            "321023",
        ),
    ],
)
def test_a_pages_navigation_line_names_where_it_is_filed_not_its_area(text, code):
    decided = decide_area(text)
    assert decided.area is not None and decided.area.code == code
    assert all(ev.start is None or ev.start > text.index("\n") for ev in decided.evidence)


def test_a_navigation_line_naming_the_area_itself_still_agrees():
    text = (
        "首页 > 河北 > 唐山 > 乐亭县\n乐亭县2018年国民经济和社会发展统计公报\n"
        "2018年，全县地区生产总值增长7.1%。\n"
    )
    assert decide_area(text).area.code == "130225"


# --- a count of 县（市、区） -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "words"),
    [
        (
            "全市已有5个县（市、区）通过国家义务教育优质均衡发展县评估认定。",
            "5个",
            ("县（市、区）", "优质均衡发展县评估认定"),
        ),
        (
            "全市累计有7个县（市、区）通过省级全域旅游示范区验收。",
            "7个",
            ("县（市、区）", "全域旅游示范区验收"),
        ),
    ],
)
def test_a_count_of_counties_with_their_bracketed_kinds_is_named_whole(sentence, value, words):
    text = "一、发展基础\n“十四五”期间，" + sentence + "\n"
    fact = prose_facts(text, OUTLINE_2026)[value]
    assert all(w in fact.indicator for w in words), fact.indicator
    _is(fact, Kind.ACTUAL, 2025)


def test_some_among_the_counted_counties_name_what_they_did():
    text = (
        "一、发展基础\n“十三五”期间，全市铁路营业里程达到486公里，"
        "实现10个县（市、区）中7个通达铁路、4个通达高铁。\n"
    )
    facts = prose_facts(text, SECTOR_2021)
    assert "10个" not in facts  # (the group the 7 and the 4 are counted in: group_counts)
    assert facts["7个"].indicator.endswith("通达铁路")
    assert facts["4个"].indicator == "通达高铁"


# --- the aims a plan's look back quotes ------------------------------------------------------

# A province's 十四五 outline (2021-2025): its look back is at 十三五, ending in 2020.
OUTLINE_2021 = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN,
    reference_year=2021,
    year=2021,
    period_start=2021,
    period_end=2025,
    reference_date="2021-02-01",
)


def test_an_aim_quoted_with_the_gap_to_it_is_the_earlier_plans():
    text = (
        "第一章　发展基础\n“十三五”时期，主要指标大多完成。其中，研发经费投入强度2020年为"
        "1.12%，与规划目标1.6%相差0.48个百分点；万人发明专利拥有量达到6.2件，虽较规划"
        "目标8件仍有差距。城镇化率2020年为58.4%，与60%的目标相差1.6个百分点。\n"
    )
    facts = prose_facts(text, OUTLINE_2021)
    for value, name in (("1.6%", "研发经费投入强度"), ("8件", "万人发明专利拥有量")):
        aim = facts[value]
        _is(aim, Kind.TARGET, 2020)
        assert aim.indicator == name, aim.indicator  # (its kind says it is the aim)
    _is(facts["60%"], Kind.TARGET, 2020)
    assert facts["60%"].indicator.startswith("城镇化率")
    _is(facts["0.48个百分点"], Kind.ACTUAL, 2020)


def test_an_aim_a_share_was_done_of_or_not_reached_is_the_earlier_plans():
    text = (
        "第一章　发展基础\n“十三五”时期，全省铁路营业里程达到5100公里，完成规划目标4800公里"
        "的106.3%；累计建成高标准农田1900万亩，完成规划目标1800万亩的105.6%。"
        "研发经费投入强度提高到1.7%，虽未实现规划确定的2.2%的目标，但增幅居全国前列。\n"
    )
    facts = prose_facts(text, OUTLINE_2021)
    for aim in ("4800公里", "1800万亩", "2.2%"):
        _is(facts[aim], Kind.TARGET, 2020)
    for share in ("106.3%", "105.6%"):
        _is(facts[share], Kind.ACTUAL, 2020)
