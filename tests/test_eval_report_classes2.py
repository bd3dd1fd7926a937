"""More classes of writing of plan evaluations and plan-implementation reports, in text
composed for these tests in the style such reports are published in: a web page's
navigation line above the report, an as-of date to the month (截至2023年6月底), a review
heading naming the plan still under way (“十四五”重大项目推进情况), and a tab-delimited
table whose header cells hold line breaks (2024年 / 预期目标), each in two wordings or
layouts."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Measure, Outline, Span
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_find import find_text_tables
from planwatch.extract.table_header import ColumnRole, HeaderCell, _role, _years_over_words
from planwatch.extract.table_header_cells import header_pieces
from planwatch.extract.tables import recover_tables
from planwatch.extract.timewords import time_marks
from prosefacts import analysed_facts as _facts
from prosefacts import prose_facts as facts_of

MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2023,
    reference_date="2023-08-20",
    period_start=2021,
    period_end=2025,
)
REPORT = DocumentMeta(
    doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2025, reference_date="2025-01-15"
)


# -- a web page's navigation line is page chrome, never the time of what follows ----------


def test_the_position_line_of_a_page_is_no_time():
    assert time_marks("当前位置：首页 > 规划计划") == []
    assert time_marks("您当前的位置：首页") == []
    # (当前 in a sentence is still now.)
    assert [m.kind for m in time_marks("当前，全市经济运行总体平稳")] == ["now"]


def test_an_evaluation_under_a_navigation_line_dates_its_results_by_its_review():
    for nav in ("當前位置：首頁 > 規劃計劃 > 規劃評估", "您的位置：首页 > 政务公开 > 规划评估"):
        text = (
            f"{nav}\n"
            "某市国民经济和社会发展第十三个五年规划纲要实施中期评估报告\n"
            "——2018年9月20日在某市人民代表大会常务委员会会议上\n\n"
            "一、《纲要》实施总体情况\n"
            "（一）结构调整步伐加快。常住人口城镇化率达到64.9%，每万人发明专利拥有量12.4件。\n"
        )
        facts = _facts("nav.txt", text)
        for value in ("64.9%", "12.4件"):
            assert (facts[value].kind, facts[value].year) == (Kind.ACTUAL, 2017), (nav, value)


# -- an as-of date named to its month is a look back ---------------------------------------


def test_an_as_of_date_to_the_month_already_passed_dates_results():
    facts = facts_of(
        "三、重大项目推进情况\n截至2023年6月底，已开工项目87个，开工率72.5%。\n", MIDTERM
    )
    for value in ("87个", "72.5%"):
        assert (facts[value].kind, facts[value].year) == (Kind.ACTUAL, 2023), value
    facts = facts_of("截止2023年7月末，全县规模以上工业企业达到186家。\n", MIDTERM)
    assert (facts["186家"].kind, facts["186家"].year) == (Kind.ACTUAL, 2023)


def test_a_date_to_the_month_still_ahead_stays_an_aim():
    # A report delivered in January: June of its year is still ahead.
    facts = facts_of("截至2025年6月底，力争新开工项目120个以上。\n", REPORT)
    assert facts["120个以上"].kind == Kind.TARGET
    # A horizon (到…) to the month is no as-of date.
    facts = facts_of("到2025年6月底，全县新建5G基站300个。\n", MIDTERM)
    assert facts["300个"].kind == Kind.TARGET


# -- a review heading naming its plan still under way: progress so far ---------------------


def test_a_review_heading_naming_the_plan_under_way_dates_progress_so_far():
    facts = facts_of(
        "专栏2　“十四五”重大项目推进情况\n"
        "纳入规划的重大项目累计完成投资318亿元，其中，产业项目完成投资97亿元。\n",
        MIDTERM,
    )
    for value in ("318亿元", "97亿元"):
        f = facts[value]
        assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2022, 2021), value
    facts = facts_of(
        "四、“十四五”规划主要任务实施情况\n（一）基础设施。两年新建改造农村公路392公里。\n",
        MIDTERM,
    )
    assert (facts["392公里"].kind, facts["392公里"].year) == (Kind.ACTUAL, 2022)


def test_an_ended_plan_or_a_clauses_own_horizon_is_left_alone():
    final = DocumentMeta(
        doc_type=DocType.FINAL_EVALUATION,
        reference_year=2021,
        reference_date="2021-04-10",
        period_start=2016,
        period_end=2020,
    )
    facts = facts_of("一、“十三五”重大项目推进情况\n重大项目累计完成投资1260亿元。\n", final)
    assert (facts["1260亿元"].kind, facts["1260亿元"].year) == (Kind.ACTUAL, 2020)
    # Under a heading of the plan under way, a clause's own horizon still makes an aim.
    facts = facts_of(
        "专栏1　“十四五”重大项目推进情况\n预计到2025年重大项目累计完成投资900亿元以上。\n",
        MIDTERM,
    )
    assert (facts["900亿元以上"].kind, facts["900亿元以上"].year) == (Kind.TARGET, 2025)


# -- a tab table whose header cells hold line breaks ---------------------------------------

REPORT_TABLE = (
    "表1\u30002024年主要指标执行情况和2025年预期目标\n"
    "指标名称（单位）\t2024年\n预期目标\t2024年\n执行情况\t2025年\n预期目标\n"
    "地区生产总值增长（%）\t5.5左右\t5.1\t5左右\n"
    "粮食产量（万吨）\t380以上\t386.2\t380以上\n"
    "注：2024年执行情况为预计数。\n"
)
MIDTERM_TABLE = (
    "表2　规划主要指标进展\n"
    "指标\t单位\t2020年\n基期值\t2025年\n目标值\t2022年\n完成值\n"
    "常住人口城镇化率\t%\t58.3\t63\t60.1\n"
    "森林覆盖率\t%\t37.2\t38\t37.9\n"
)


def _cells(text: str, meta: DocumentMeta) -> dict[str, tuple]:
    (table,) = recover_tables(text, ExtractContext(doc="t", meta=meta, outline=Outline()))
    return {text[f.start : f.end]: (f.kind, f.measure, f.year) for f in table.facts}


def test_a_tab_header_with_line_breaks_in_its_cells_is_read_one_cell_a_column():
    (block,) = find_text_tables(REPORT_TABLE)
    assert [c.text for c in block.header] == [
        "指标名称（单位）",
        "2024年预期目标",
        "2024年执行情况",
        "2025年预期目标",
    ]
    got = _cells(REPORT_TABLE, REPORT)
    assert got["5.5左右"] == (Kind.TARGET, Measure.GROWTH, 2024)
    assert got["5.1"] == (Kind.ACTUAL, Measure.GROWTH, 2024)
    assert got["5左右"] == (Kind.TARGET, Measure.GROWTH, 2025)
    assert got["386.2"] == (Kind.ACTUAL, Measure.LEVEL, 2024)


def test_a_broken_header_with_a_unit_column_keeps_each_years_role():
    (block,) = find_text_tables(MIDTERM_TABLE)
    assert len(block.header) == 5
    got = _cells(MIDTERM_TABLE, MIDTERM)
    assert got["58.3"] == (Kind.ACTUAL, Measure.LEVEL, 2020)
    assert got["63"] == (Kind.TARGET, Measure.LEVEL, 2025)
    assert got["60.1"] == (Kind.ACTUAL, Measure.LEVEL, 2022)


def test_lines_after_a_header_that_do_not_join_to_the_rows_width_are_no_header():
    # A narrow header line over rows of another width: not a broken header (no table).
    text = "指标\t2024年\n预期目标\n地区生产总值增长（%）\t5.5\t5.1\t5\n"
    assert find_text_tables(text) == []


def test_a_name_column_giving_its_rows_units_in_brackets_is_the_name_column():
    assert _role("指标名称（单位）") is ColumnRole.NAME
    assert _role("指标(计量单位)") is ColumnRole.NAME
    assert _role("单位") is ColumnRole.UNIT
    assert _role("计量单位") is ColumnRole.UNIT


# -- a flattened evaluation table: header cells two lines high, a column of labels ---------

FLAT_TABLE = (
    "表1　规划主要指标中期进展情况\n"
    "指标\n2020年\n基期值\n2025年\n目标值\n2022年\n实际值\n属性\n进展\n情况\n"
    "地区生产总值年均增长（%）\n4.2\n6.5左右\n5.8\n预期性\n滞后\n"
    "常住人口城镇化率（%）\n48.9\n54\n51.2\n预期性\n符合预期\n"
    "森林覆盖率（%）\n61.3\n62\n62.4\n约束性\n提前完成\n"
    "单位地区生产总值能耗降低（%）\n—\n〔13.5〕\n〔5.2〕\n约束性\n符合预期\n"
    "注：〔 〕内为五年累计数。\n"
)
# The same class laid out another way: no 属性 column, the labels' column headed 进展,
# the year cells two lines high with 实际, 目标 and 完成.
FLAT_TABLE_2 = (
    "表2　主要指标实施进展\n"
    "指标名称\n2020年\n实际\n2025年\n目标\n2022年\n完成\n进展\n"
    "人均地区生产总值（万元）\n5.6\n8\n6.7\n基本符合\n"
    "研发经费投入强度（%）\n1.4\n2.2\n1.5\n滞后\n"
)


def test_a_flattened_header_two_lines_high_is_read_one_cell_a_column():
    (block,) = find_text_tables(FLAT_TABLE)
    assert block.header[-1].text == "进展情况"  # (进展 / 情况: one cell in two lines)
    got = _cells(FLAT_TABLE, MIDTERM)
    assert got["4.2"] == (Kind.ACTUAL, Measure.GROWTH, 2020)
    assert got["6.5左右"] == (Kind.TARGET, Measure.GROWTH, 2025)
    assert got["5.8"] == (Kind.ACTUAL, Measure.GROWTH, 2022)
    assert got["48.9"] == (Kind.ACTUAL, Measure.LEVEL, 2020)
    assert got["54"] == (Kind.TARGET, Measure.LEVEL, 2025)
    assert got["〔13.5〕"] == (Kind.TARGET, Measure.CHANGE, 2025)
    assert got["〔5.2〕"] == (Kind.ACTUAL, Measure.CHANGE, 2022)
    got = _cells(FLAT_TABLE_2, MIDTERM)
    assert got["5.6"] == (Kind.ACTUAL, Measure.LEVEL, 2020)
    assert got["8"] == (Kind.TARGET, Measure.LEVEL, 2025)
    assert got["1.5"] == (Kind.ACTUAL, Measure.LEVEL, 2022)


def test_the_labels_column_of_an_evaluation_table_ends_no_row_and_states_no_figure():
    ctx = ExtractContext(doc="t", meta=MIDTERM, outline=Outline())
    for text in (FLAT_TABLE, FLAT_TABLE_2):
        (table,) = recover_tables(text, ctx)
        names = {f.indicator for f in table.facts}
        assert not any(label in name for name in names for label in ("滞后", "符合", "提前"))
    assert len(_cells(FLAT_TABLE, MIDTERM)) == 11  # (the dash states nothing)


def test_a_lone_bare_year_beside_an_aim_column_stays_a_column_of_its_own():
    def cells(*texts: str) -> list[HeaderCell]:
        return [HeaderCell(t, Span(i * 10, i * 10 + len(t))) for i, t in enumerate(texts)]

    def joined(*texts: str) -> list[str]:
        return [c.text for c in _years_over_words(cells(*texts))]

    # 2015年 | 规划目标 | 2020年完成: one bare year, a column of its own.
    assert joined("指标", "2015年", "规划目标", "2020年完成") == [
        "指标",
        "2015年",
        "规划目标",
        "2020年完成",
    ]
    # 2020年 | 2025年 | 年均增长: a growth column is no year's lower half.
    assert joined("指标", "2020年", "2025年", "年均增长") == [
        "指标",
        "2020年",
        "2025年",
        "年均增长",
    ]
    assert joined("指标", "2020年", "基期值", "2025年", "目标值") == [
        "指标",
        "2020年基期值",
        "2025年目标值",
    ]


def test_a_short_first_row_name_under_a_header_is_no_piece_of_it():
    def cell(t: str, at: int) -> TextCell:
        return TextCell(t, Span(at, at + len(t)))

    header = [cell("指标", 0), cell("2025年", 3), cell("属性", 9)]
    body = [cell("人口", 12), cell("52", 15), cell("预期性", 18)]
    assert header_pieces(header, body) == (header, body)
    # A header word broken in two: its lower half, or both halves, opened the body.
    got, rest = header_pieces([*header, cell("进展", 12)], [cell("情况", 15), *body])
    assert (got[-1].text, rest) == ("进展情况", body)
    got, rest = header_pieces(header, [cell("评估", 12), cell("结果", 15), *body])
    assert (got[-1].text, rest) == ("评估结果", body)


# -- a count of indicators by how they fared, in an evaluation and in an annual report -----


def test_a_count_of_indicators_is_named_by_its_status_whatever_the_reason_before_it():
    facts = facts_of("25项主要指标中，2项因统计制度改革暂无法评价。\n", MIDTERM)
    assert facts["2项"].indicator == "暂无法评价"
    facts = facts_of("另有1项由于监测点位调整尚无法评估。\n", MIDTERM)
    assert facts["1项"].indicator == "尚无法评估"


def test_a_count_of_indicators_whose_status_names_the_aims_year():
    facts = facts_of("森林覆盖率等4项已提前完成2025年目标。\n", MIDTERM)
    assert facts["4项"].indicator == "提前完成2025年目标"


def test_an_annual_reports_count_of_its_years_indicators_is_named_by_its_status():
    facts = facts_of(
        "从主要指标完成情况看，年初确定的14项主要指标中，10项达到或好于预期，"
        "固定资产投资、一般公共预算收入等4项未达预期。\n",
        REPORT,
    )
    assert facts["10项"].indicator == "达到或好于预期"
    assert facts["4项"].indicator == "未达预期"
    assert facts["10项"].kind == facts["4项"].kind == Kind.ACTUAL


# -- an evaluation without its title: its look back and its count of indicators ------------


def test_an_untitled_evaluation_is_told_by_its_look_back_and_its_indicator_counts():
    from planwatch.describe import describe

    for opening in (
        "一、规划实施总体情况\n“十四五”规划纲要实施以来，全市上下攻坚克难，规划确定的主要目标任务"
        "总体进展顺利。《纲要》确定的25项主要指标中，19项符合或快于预期，4项滞后。\n",
        "《纲要》实施两年多来，全县坚持稳中求进，规划实施总体符合预期。纲要设定的22项指标中，"
        "16项进展符合预期，3项滞后，地区生产总值年均增长6.8%。\n",
    ):
        assert describe(opening, name="e.txt", title=None).doc_type is DocType.MIDTERM_EVALUATION


def test_an_outline_reviewing_the_plan_before_stays_an_outline():
    from planwatch.describe import describe

    text = (
        "某市国民经济和社会发展第十五个五年规划纲要\n"
        "第一章　发展基础\n“十四五”规划实施以来，全市地区生产总值年均增长6.1%。\n"
        "第二章　主要目标\n到2030年，地区生产总值达到5200亿元。\n"
    )
    assert describe(text, name="o.txt", title=None).doc_type is DocType.FIVE_YEAR_PLAN


# -- the plan's remaining years, counted from the year under way ---------------------------


def test_the_plans_last_years_from_an_evaluation_of_late_in_the_year_start_that_year():
    late = DocumentMeta(
        doc_type=DocType.MIDTERM_EVALUATION,
        reference_year=2023,
        reference_date="2023-11-28",
        period_start=2021,
        period_end=2025,
    )
    # (The aim's indicator named: a clause holding a figure is no name, round 50.)
    facts = facts_of("要实现地区生产总值年均增长7%的规划目标，后三年需年均增长7.6%以上。\n", late)
    f = facts["7.6%以上"]
    assert (f.kind, f.year, f.period_start) == (Kind.TARGET, 2025, 2023)
    facts = facts_of("建议后三年力争一般公共预算收入年均增长6%左右。\n", late)
    f = facts["6%左右"]
    assert (f.kind, f.year, f.period_start) == (Kind.TARGET, 2025, 2023)
    # A final evaluation's 后三年 look back on the plan's last years.
    final = DocumentMeta(
        doc_type=DocType.FINAL_EVALUATION,
        reference_year=2021,
        reference_date="2021-03-15",
        period_start=2016,
        period_end=2020,
    )
    f = facts_of("后三年全市地区生产总值年均增长6.2%。\n", final)["6.2%"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2020, 2018)


# -- a PDF table's unit column beside names, under a header two lines high ----------------


def test_a_unit_one_space_after_the_name_is_the_unit_columns_under_a_two_line_header():
    for lower in ("　　　　　　（2020年）", "　　　　　　　（目标）"):
        text = (
            "表　主要指标中期进展\n"
            "指标 单位 2015年 规划目标 2017年 属性 评价\n"
            f"{lower}\n"
            "服务业增加值比重 % 48.6 52 50.9 预期性 符合预期\n"
            "森林覆盖率 % 21.3 23 22.1 约束性 符合预期\n"
        )
        (table,) = recover_tables(text, ExtractContext(doc="t", meta=MIDTERM, outline=Outline()))
        units = {text[f.start : f.end]: (f.indicator, f.unit) for f in table.facts}
        assert units["50.9"] == ("服务业增加值比重", "%"), lower
        assert units["22.1"] == ("森林覆盖率", "%"), lower


# -- an evaluation's numbered indicator items: attribute marks, a figure inside the name ---


def test_an_items_heading_with_its_attribute_names_the_items_figures():
    for head in ("6.空气质量优良天数比率（约束性）。", "（6）空气质量优良天数比率(约束性指标)："):
        facts = facts_of(f"{head}规划目标92%，2022年为93.1%，符合预期。\n", MIDTERM)
        assert facts["92%"].indicator == facts["93.1%"].indicator == "空气质量优良天数比率", head
        assert (facts["92%"].kind, facts["93.1%"].kind) == (Kind.TARGET, Kind.ACTUAL)


def test_an_items_heading_with_a_figure_inside_its_name_names_the_items_figures():
    for head, name, aim, done in (
        (
            "9.每千人口拥有3岁以下婴幼儿托位数。",
            "每千人口拥有3岁以下婴幼儿托位数",
            "4.5个",
            "2.1个",
        ),
        ("（9）65岁以上老年人健康管理率：", "65岁以上老年人健康管理率", "72%", "68.4%"),
    ):
        facts = facts_of(f"{head}规划目标{aim}，2022年为{done}，进展滞后。\n", MIDTERM)
        assert facts[aim].indicator == facts[done].indicator == name, head
    # A numbered sentence that states a figure is no heading.
    facts = facts_of("3.2022年地区生产总值增长6%。全年完成投资12亿元。\n", MIDTERM)
    assert facts["6%"].indicator == "地区生产总值"


# -- a comparison's base stated with its own amount -----------------------------------------


def test_a_bases_own_amount_before_the_change_is_the_base_years():
    facts = facts_of("2022年全县规模以上工业企业达到215家，比2020年的154家增加61家。\n", MIDTERM)
    assert (facts["154家"].year, facts["215家"].year) == (2020, 2022)
    assert (facts["61家"].year, facts["61家"].measure) == (2022, Measure.CHANGE)
    facts = facts_of(
        "2022年全市地区生产总值达到392.4亿元，较2020年的338.6亿元增加53.8亿元。\n", MIDTERM
    )
    assert (facts["338.6亿元"].kind, facts["338.6亿元"].year) == (Kind.ACTUAL, 2020)
    assert facts["53.8亿元"].year == 2022


def test_a_count_of_years_before_an_average_is_no_part_of_the_name():
    facts = facts_of(
        "一般公共预算收入两年平均增长4.8%。规模以上工业增加值三年年均增长9.2%。\n", MIDTERM
    )
    assert facts["4.8%"].indicator == "一般公共预算收入"
    assert facts["9.2%"].indicator == "规模以上工业增加值"
    assert (facts["4.8%"].measure, facts["4.8%"].period_start) == (Measure.GROWTH, 2021)
