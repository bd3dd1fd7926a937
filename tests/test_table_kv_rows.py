"""Indicator rows printed one a line (``name（unit）：label value；label value``) read as
a table: the labels head the columns, the header decision says each one's year and kind.

The lines are composed in the style of plans and evaluations that list their indicator
table instead of printing it; prose lines of a similar look must not be read so.
"""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta
from planwatch.extract.table_kv_rows import find_kv_runs
from planwatch.extract.tables import recover_tables
from tablefacts import table_ctx

BEFORE = "二、发展目标\n到2030年，主要指标安排如下。\n"
AFTER = "三、主要任务\n加快建设现代化产业体系。\n"


def _facts(text: str, meta: DocumentMeta | None = None) -> set[tuple]:
    out = set()
    for table in recover_tables(text, table_ctx(meta)):
        for f in table.facts:
            got = (f.indicator, f.kind.value, f.measure.value, f.year, f.value, f.unit)
            out.add((*got, f.binding.value if f.binding else None, text[f.span.start : f.span.end]))
    return out


def test_year_labels_parted_by_semicolons_under_a_titled_run() -> None:
    text = (
        BEFORE + "“十五五”卫生健康事业发展主要指标\n"
        "1．人均预期寿命（岁）：2025年79.1；2030年80.2；属性 预期性\n"
        "2．婴儿死亡率（‰）：2025年3.6；2030年＜3.5；属性 约束性\n"
        "3．每千人口执业（助理）医师数（人）：2025年3.4；2030年3.9；属性 预期性\n" + AFTER
    )
    (table,) = recover_tables(text, table_ctx())
    assert table.layout == "kv"
    assert table.title == "“十五五”卫生健康事业发展主要指标"
    got = _facts(text)
    assert ("人均预期寿命", "actual", "level", 2025, 79.1, "岁", "expected", "79.1") in got
    assert ("人均预期寿命", "target", "level", 2030, 80.2, "岁", "expected", "80.2") in got
    assert ("婴儿死亡率", "target", "level", 2030, 3.5, "‰", "binding", "3.5") in got
    assert any(f[0] == "每千人口执业（助理）医师数" and f[3] == 2030 for f in got)
    assert len(got) == 6


def test_base_and_target_labels_parted_by_commas() -> None:
    text = (
        BEFORE + "1. 全区常住人口城镇化率（%）：基期值63.4，目标值69，属性：预期性\n"
        "2. 研发经费投入强度（%）：基期值2.1，目标值2.8，属性：预期性\n"
        "3. 单位地区生产总值能耗（吨标准煤/万元）：基期值0.41，目标值0.36，属性：约束性\n" + AFTER
    )
    meta = DocumentMeta(period_start=2026, period_end=2030)
    got = _facts(text, meta)
    assert ("研发经费投入强度", "actual", "level", 2025, 2.1, "%", "expected", "2.1") in got
    assert ("研发经费投入强度", "target", "level", 2030, 2.8, "%", "expected", "2.8") in got
    assert (
        "单位地区生产总值能耗",
        "target",
        "level",
        2030,
        0.36,
        "吨标准煤/万元",
        "binding",
        "0.36",
    ) in got
    assert len(got) == 6


def test_evaluation_lines_with_results_and_a_status_left_unread() -> None:
    text = (
        "二、主要指标进展情况\n"
        "1.全县生产总值（亿元）：2020年310.5，2025年目标450，2023年实际382.6，进展符合预期；\n"
        "2.城乡居民人均可支配收入（元）：2020年24100，2025年目标33000，2023年实际29300，进展滞后；\n"
        "3.森林覆盖率（%）：2020年41.2，2025年目标42，2023年实际41.8，进展符合预期（约束性）。\n"
        "三、存在的问题\n"
    )
    meta = DocumentMeta(doc_type=DocType.MIDTERM_EVALUATION, period_start=2021, period_end=2025)
    got = _facts(text, meta)
    assert ("全县生产总值", "target", "level", 2025, 450.0, "亿元", None, "450") in got
    assert ("全县生产总值", "actual", "level", 2023, 382.6, "亿元", None, "382.6") in got
    assert ("森林覆盖率", "actual", "level", 2023, 41.8, "%", "binding", "41.8") in got
    assert len(got) == 9  # (进展… is a label, no figure)


def test_runs_need_three_lines_of_one_form_one_after_another() -> None:
    two = (
        "1．粮食产量（万吨）：2025年52；2030年55；属性 约束性\n"
        "2．耕地保有量（万亩）：2025年180；2030年180；属性 约束性\n"
    )
    assert find_kv_runs(BEFORE + two + AFTER) == []
    parted = (
        two
        + "加快推进高标准农田建设。\n"
        + "3．农作物耕种收综合机械化率（%）：2025年80；2030年85\n"
    )
    assert find_kv_runs(parted) == []
    # A blank line between lines keeps them one run.
    spaced = two.replace("\n", "\n\n") + "3．农作物耕种收综合机械化率（%）：2025年80；2030年85\n"
    (run,) = find_kv_runs(spaced)
    assert len(run.lines) == 3


def test_prose_lines_with_colons_and_figures_are_not_read() -> None:
    prose = (
        "主要成效：全市生产总值达到2650亿元，年均增长6.8%；\n"
        "民生改善：城镇新增就业2.1万人，居民收入稳步增长；\n"
        "生态环境：空气质量优良天数比例达到88%，水质持续改善；\n"
        "2023年：全市完成固定资产投资520亿元。\n"
        "（一）产业发展（亿元）：今年以来增长较快，结构不断优化；\n"
    )
    assert find_kv_runs(BEFORE + prose + AFTER) == []
    assert _facts(BEFORE + prose + AFTER) == set()


def test_every_figure_indexes_the_stored_text() -> None:
    text = (
        "  1、新增城镇就业人数（万人）：2025年5.2；2030年5.5\n"
        "  2、城镇调查失业率（%）：2025年5.1；2030年＜5.5\n"
        "  3、居民人均可支配收入（元）：2025年48200；2030年65000\n"
    )
    (run,) = find_kv_runs(text)
    for line in run.lines:
        assert text[line.span.start : line.span.end] == text[line.span.start :].split("\n")[0]
        for item in line.items:
            assert text[item.label.span.start : item.label.span.end] == item.label.text
            assert text[item.value.span.start : item.value.span.end] == item.value.text
    assert [c.text for c in run.block.header] == ["2025年", "2030年"]
