"""Forms of 十五五 outlines and sector plans (round 25, second pass), on tables and
sentences composed for these tests in the style of published ones."""

from planwatch.core.data import Span
from planwatch.extract.table_header import HeaderCell, columns_from_cells
from planwatch.pipeline import analyse_text


def _by_value(name: str, text: str) -> dict[float, tuple]:
    return {
        f.value: (f.kind.value, f.measure.value, f.year, f.period_start)
        for f in analyse_text(name, text).facts
    }


# A web page's indicator table with a two-level header: 基期 over the base year alone,
# 规划目标 over the target year and the growth column.
_BASE_GROUP_TABLE = (
    "某市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要\n"
    "第二节　“十五五”时期主要目标\n"
    "表1　某市“十五五”时期经济社会发展主要指标\n"
    "类别\t指标\t单位\t基期\t规划目标\t属性\n"
    "2025年\t2030年\t年均增长〔累计〕\n"
    "经济发展\t地区生产总值\t亿元\t4870\t6320\t5左右\t预期性\n"
    "常住人口城镇化率\t%\t71.3\t74\t〔2.7〕\t预期性\n"
    "绿色生态\t森林覆盖率\t%\t38.6\t39.5\t〔0.9〕\t约束性\n"
)


def test_a_base_group_heads_the_base_year_alone():
    facts = _by_value("t.txt", _BASE_GROUP_TABLE)
    assert facts[4870] == ("actual", "level", 2025, None)
    assert facts[6320] == ("target", "level", 2030, None)
    assert facts[74] == ("target", "level", 2030, None)
    assert facts[39.5] == ("target", "level", 2030, None)
    assert facts[5][:2] == ("target", "growth")


def test_two_target_groups_still_share_their_columns_evenly():
    cells = ["指标", "单位", "规划目标", "实际完成", "2025年", "年均增长", "2023年", "年均增长"]
    cols = columns_from_cells([HeaderCell(c, Span(0, 0)) for c in cells], None)
    assert [c.label for c in cols][2:] == [
        "规划目标 / 2025年",
        "规划目标 / 年均增长",
        "实际完成 / 2023年",
        "实际完成 / 年均增长",
    ]


# A 十四五 outline's review of 脱贫攻坚: a count of counties opening its clause, all of them
# doing what the clause says, after a count of villages named the same way.
_POVERTY_REVIEW = (
    "某州国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "“十三五”时期，脱贫攻坚取得决定性成就，累计实现4.3万贫困人口脱贫、"
    "152个贫困村出列，4个县全部脱贫摘帽。\n"
)


def test_a_one_character_level_that_all_did_names_its_count():
    facts = {f.value: f for f in analyse_text("o.txt", _POVERTY_REVIEW).facts}
    assert "村" in facts[152].indicator
    assert "县" in facts[4].indicator and "脱贫摘帽" in facts[4].indicator
    assert facts[4].kind.value == "actual" and facts[4].year == 2020


# An outline's aims after a lead-in ending in a full stop: the first clause names the base
# year's figure as the basis (在2020年…的基础上) and the aim's year; the clauses after the
# semicolon are aims of that year, not figures of the base year.
_BASIS_AIMS = (
    "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "“十四五”时期全市经济社会发展要努力实现以下主要目标。\n"
    "综合实力实现新跨越。地区生产总值年均增长6%左右，在2020年2100.5亿元的基础上，"
    "到2025年达到2800亿元左右；规模以上工业增加值年均增长7%，一般公共预算收入突破260亿元。\n"
)


def test_a_base_years_figure_as_basis_leaves_the_aims_after_it_in_the_aim_year():
    facts = _by_value("o.txt", _BASIS_AIMS)
    assert facts[2100.5] == ("actual", "level", 2020, None)
    assert facts[2800] == ("target", "level", 2025, None)
    assert facts[7] == ("target", "growth", 2025, 2021)
    assert facts[260] == ("target", "level", 2025, None)


# A sector plan's 专栏 box: the programme is named only in the box's title, the line under
# it gives the programme's planned total after counts of what it adds.
_BOX_TITLE_TOTAL = (
    "某市“十五五”卫生健康事业发展规划\n"
    "专栏2　基层医疗服务提升工程\n"
    "“十五五”期间，新建改扩建社区卫生服务中心40个，新增床位3000张、"
    "家庭医生团队500个，计划总投资36亿元。\n"
)
# A box of major projects whose lines open on run-in headings (（一）…。), each with its total.
_BOX_RUN_IN_TOTAL = (
    "某县国民经济和社会发展第十五个五年规划纲要\n"
    "专栏 1 “十五五”时期重大项目\n"
    "（一）产业项目。实施新材料产业园、食品加工园等项目52个，总投资310亿元。\n"
    "（二）民生项目。推进县医院新院区、城南学校等项目27个，总投资64亿元。\n"
)


def _names(text: str) -> dict[float, str]:
    return {f.value: f.indicator for f in analyse_text("p.txt", text).facts}


def test_a_project_total_under_a_box_title_naming_a_programme_is_the_programmes():
    names = _names(_BOX_TITLE_TOTAL)
    assert names[36].startswith("基层医疗服务提升工程") and names[36].endswith("总投资")


def test_a_project_total_on_a_box_line_with_a_run_in_heading_is_the_headings():
    names = _names(_BOX_RUN_IN_TOTAL)
    assert names[310] == "产业项目总投资"
    assert names[64] == "民生项目总投资"


def test_a_project_total_outside_a_box_keeps_its_subject():
    text = _BOX_TITLE_TOTAL.replace("专栏2　基层医疗服务提升工程\n", "")
    assert "提升工程" not in _names(text)[36]
