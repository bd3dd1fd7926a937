"""Tables of annual plan-implementation reports (计划执行情况与计划草案), composed for these
tests: the reviewed year's aim beside what was done, and the next year's plan; cells with a
note on how the figure was got (2.6（预计）)."""

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Outline
from planwatch.extract.table_cells import CellClass, classify, read_value
from planwatch.extract.tables import recover_tables

META = DocumentMeta(
    doc_type=DocType("plan_implementation_report"),
    reference_year=2024,
    reference_date="2024-01-20",
)


def _facts(text: str) -> set[tuple]:
    (table,) = recover_tables(text, ExtractContext("t.txt", META, Outline()))
    return {
        (
            text[f.start : f.end],
            f.indicator,
            f.kind.value,
            f.measure.value,
            f.year,
            f.period_start,
            f.comparator.value,
        )
        for f in table.facts
    }


def test_three_figure_columns_plan_result_and_next_plan():
    text = (
        "一、2023年计划执行情况\n"
        "指标\t2023年计划\t2023年预计完成\t2024年计划\n"
        "港口货物吞吐量增长(%)\t6左右\t5.2\t6左右\n"
        "城镇调查失业率(%)\t5.5以内\t5.1\t5.5以内\n"
        "新增城镇就业(万人)\t12\t12.6\t12以上\n"
        "二、2024年计划草案\n"
    )
    got = _facts(text)
    assert ("6左右", "港口货物吞吐量", "target", "growth", 2023, None, "approx") in got
    assert ("5.2", "港口货物吞吐量", "actual", "growth", 2023, None, "eq") in got
    assert ("6左右", "港口货物吞吐量", "target", "growth", 2024, None, "approx") in got
    assert ("5.5以内", "城镇调查失业率", "target", "level", 2023, None, "le") in got
    assert ("12.6", "新增城镇就业", "actual", "level", 2023, None, "eq") in got
    assert ("12以上", "新增城镇就业", "target", "level", 2024, None, "ge") in got
    assert len(got) == 9  # every cell of the three rows, once


def test_a_cell_with_a_note_on_how_it_was_got_states_its_figure():
    for cell in ("2.6（预计）", "2.6(初步核算)", "2.6 （快报数）"):
        v = read_value(cell)
        assert v is not None and v.value == 2.6, cell
        assert cell[v.start : v.end] == "2.6"
        assert classify(cell) is CellClass.NUMBER
    # Other words in brackets after a figure are no note: the cell is no one figure.
    assert read_value("2.6（含港口）") is None
    text = (
        "指标  单位  2023年预期目标  2023年执行情况\n"
        "地区生产总值增长  %  6左右  5.4\n"
        "一般公共预算收入增长  %  5  3.1（预计）\n"
        "新增城镇就业  万人  12以上  12.6\n"
    )
    assert ("3.1", "一般公共预算收入", "actual", "growth", 2023, None, "eq") in _facts(text)


MIDTERM_TABLE = (
    "附表  “十四五”主要指标中期完成情况\n"
    "序号 指标 2020年 2025年目标 2022年 属性\n"
    "1 港口货物吞吐量(万吨) 8650 11000 9420 预期性\n"
    "2 湿地保护率(%) 52.1 55 53.6 约束性\n"
    "3 城乡居民收入倍差 1.82 1.75 1.79 预期性\n"
    "三、存在的问题\n"
)


def _kinds(meta: DocumentMeta) -> dict[str, tuple[str, int | None]]:
    (table,) = recover_tables(MIDTERM_TABLE, ExtractContext("t.txt", meta, Outline()))
    return {MIDTERM_TABLE[f.start : f.end]: (f.kind.value, f.year) for f in table.facts}


def test_a_bare_reviewed_year_column_of_an_evaluation_holds_results():
    meta = DocumentMeta(
        doc_type=DocType("plan_midterm_evaluation"),
        reference_year=2023,
        reference_date="2023-10-12",
        period_start=2021,
        period_end=2025,
    )
    got = _kinds(meta)
    assert got["9420"] == got["53.6"] == got["1.79"] == ("actual", 2022)
    assert got["11000"] == ("target", 2025)
    assert got["8650"] == ("actual", 2020)


def test_the_same_column_in_a_plan_is_an_interim_aim():
    meta = DocumentMeta(
        doc_type=DocType("plan_outline"),
        reference_year=2021,
        reference_date="2021-02-20",
        period_start=2021,
        period_end=2025,
    )
    assert _kinds(meta)["9420"] == ("target", 2022)
