"""Layouts in which whole indicator tables come out of a PDF or Word copy as text.

Each class is a way real tables are printed that once lost the whole table, or all its
kinds: a run-on spaced table whose 类别 is printed on its group's first row only; a figure
cell closed by a bracketed note on how the figure was got or averaged (4.4（两年平均）);
the aim and the result of an indicator in one cell or clause parted by a slash
(6%以上/6.9%) under a legend or header saying so (预期目标/执行情况). The tables and
lists are composed here in the style of county and provincial plans, evaluations and
annual reports, each in two layouts or wordings.
"""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta
from planwatch.extract.tables import recover_tables
from prosefacts import prose_facts
from tablefacts import one_table_facts, table_ctx

BEFORE = "全县经济社会发展的主要目标如下。\n\n"
AFTER = "\n\n第三章 构建现代产业体系\n"


def _facts(line: str, meta: DocumentMeta | None = None) -> set[tuple]:
    return one_table_facts(BEFORE + line + AFTER, meta)


# -- class: a 类别 column printed on its group's first row only ---------------------

CATEGORY_ROWS = [
    ("产业发展", "规模以上工业增加值", "亿元", "118.6", "190"),
    ("", "数字经济核心产业增加值", "亿元", "21.4", "40"),
    ("", "旅游总收入", "亿元", "64", "95"),
    ("社会民生", "城镇登记失业率", "%", "2.8", "3.5"),
    ("", "每千人口执业医师数", "人", "2.6", "3.2"),
    ("生态环境", "森林覆盖率", "%", "61.2", "62"),
]


def _category_expected() -> set[tuple]:
    out = set()
    for _, name, unit, base, aim in CATEGORY_ROWS:
        out.add((name, "actual", "level", 2025, float(base), unit))
        out.add((name, "target", "level", 2030, float(aim), unit))
    return out


def _category_line(cat_word: str, name_word: str, attribute: bool) -> str:
    head = [cat_word, name_word, "单位", "2025年", "2030年"] + (["属性"] if attribute else [])
    cells: list[str] = []
    for i, (cat, *rest) in enumerate(CATEGORY_ROWS):
        cells += ([cat] if cat else []) + rest
        if attribute:
            cells.append("约束性" if i % 2 else "预期性")
    return "表2 某县“十五五”主要指标 " + " ".join(head + cells)


def test_category_on_a_group_first_row_under_lei_bie():
    assert _facts(_category_line("类别", "指标名称", attribute=True)) == _category_expected()


def test_category_on_a_group_first_row_under_ling_yu():
    facts = _facts(_category_line("领域", "指标", attribute=False))
    assert facts == _category_expected()
    # The category's words are no part of any indicator's name.
    assert not any(f[0].startswith(("产业发展", "社会民生", "生态环境")) for f in facts)


# -- class: a figure cell closed by a bracketed note -----------------------------------

# (indicator, unit, 2020 result, latest result as printed, 2025 aim as printed)
NOTE_ROWS = [
    ("地区生产总值增长", "%", "3.6", "5.2（两年平均）", "6左右"),
    ("一般公共预算收入增长", "%", "1.2", "7.4(两年平均)", "6"),
    ("常住人口城镇化率", "%", "58.1", "60.3（预计）", "63"),
    ("城镇调查失业率", "%", "5.1", "4.9", "＜5.5"),
    ("粮食产量", "万吨", "412", "420（初步核算）", "＞415"),
]


def _midterm(year: int) -> DocumentMeta:
    return DocumentMeta(
        doc_type=DocType.MIDTERM_EVALUATION,
        reference_year=year,
        reference_date=f"{year}-10-20",
        period_start=2021,
        period_end=2025,
    )


def _note_expected(latest: int) -> set[tuple]:
    out = set()
    for printed, unit, base, now, aim in NOTE_ROWS:
        name = printed.removesuffix("增长")  # (the growth row's name is its indicator's)
        measure = "growth" if name != printed else "level"
        out.add((name, "actual", measure, 2020, float(base), unit))
        out.add((name, "actual", measure, latest, float(now[:4].rstrip("（(")), unit))
        aim_value = float(aim.strip("＜＞左右"))
        out.add((name, "target", measure, 2025, aim_value, unit))
    return out


def _periods(line: str, meta: DocumentMeta) -> dict[tuple, int | None]:
    text = BEFORE + line + AFTER
    (table,) = recover_tables(text, table_ctx(meta))
    return {(f.indicator, f.year): f.period_start for f in table.facts}


def test_noted_figures_in_a_spaced_runon_table():
    head = "指标 单位 2020年 2022年 2025年目标 属性 进展判断"
    rows = " ".join(" ".join(r) + " 预期性 符合预期" for r in NOTE_ROWS)
    line = f"附表 主要指标进展情况 {head} {rows}"
    assert _facts(line, _midterm(2023)) == _note_expected(2022)
    # A two years' average under 2022年 is the growth of 2021 and 2022.
    assert _periods(line, _midterm(2023))[("地区生产总值", 2022)] == 2021


def test_noted_figures_in_a_table_of_one_row_per_line():
    lines = ["指标名称 | 单位 | 2020年 | 2023年 | 2025年目标"]
    lines += [" | ".join(r) for r in NOTE_ROWS]
    table = "\n".join(lines)
    assert _facts(table, _midterm(2023)) == _note_expected(2023)
    assert _periods(table, _midterm(2023))[("一般公共预算收入", 2023)] == 2022


# -- class: the aim and the result of one indicator parted by a slash -------------------

REPORT = DocumentMeta(
    doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2025, reference_date="2025-01-16"
)


def _kinds(text: str, meta: DocumentMeta = REPORT) -> dict[str, str]:
    return {k: f.kind.value for k, f in prose_facts(text, meta).items()}


def test_slash_pairs_under_a_legend_on_the_line_before():
    text = (
        "一、2024年计划执行情况\n"
        "市人代会确定的年度主要指标完成情况如下（预期目标/执行情况）：\n"
        "地区生产总值增长 5.5%左右/5.8%；城镇新增就业 4.2万人以上/4.6万人；"
        "居民消费价格涨幅 3%以内/0.4%。\n"
    )
    kinds = _kinds(text)
    assert [kinds[k] for k in ("5.5%左右", "4.2万人以上", "3%以内")] == ["target"] * 3
    assert [kinds[k] for k in ("5.8%", "4.6万人", "0.4%")] == ["actual"] * 3


def test_slash_pairs_under_a_legend_in_their_own_paragraph():
    text = (
        "一、2024年计划执行情况\n\n"
        "全年主要指标（计划/完成）：一般公共预算收入增长6%/7.3%，"
        "固定资产投资增长8%以上/9.1%，外贸进出口总额增长5%/3.2%。\n"
    )
    kinds = _kinds(text)
    assert [kinds[k] for k in ("6%", "8%以上", "5%")] == ["target"] * 3
    assert [kinds[k] for k in ("7.3%", "9.1%", "3.2%")] == ["actual"] * 3


def test_slash_pairs_without_a_legend_are_left_to_the_other_rules():
    text = (
        "一、2024年计划执行情况\n"
        "市人代会确定的年度主要指标完成情况如下：\n"
        "地区生产总值增长 5.5%左右/5.8%；城镇新增就业 4.2万人以上/4.6万人。\n"
    )
    with_legend = text.replace("如下：", "如下（预期目标/执行情况）：")
    assert _kinds(with_legend)["5.5%左右"] == "target"
    assert _kinds(text)["5.5%左右"] == "actual"


def _table_kinds(head: str) -> dict[str, tuple[str, str]]:
    text = (
        "一、2024年计划执行情况\n\n"
        f"指标名称 | 单位 | {head}\n"
        "地区生产总值增长 | % | 5.5%左右/5.8%\n"
        "城镇新增就业 | 万人 | 4.2以上/4.6\n"
        "居民消费价格涨幅 | % | 3以内/0.4\n"
        "\n二、2025年工作安排\n"
    )
    (table,) = recover_tables(text, table_ctx(REPORT))
    return {text[f.start : f.end]: (f.indicator, f.kind.value) for f in table.facts}


def test_slash_pairs_in_a_table_under_an_aim_and_result_header():
    for head in ("2024年目标/完成", "预期目标/执行情况"):
        kinds = _table_kinds(head)
        assert kinds == {
            "5.5%左右": ("地区生产总值", "target"),
            "5.8%": ("地区生产总值", "actual"),
            "4.2以上": ("城镇新增就业", "target"),
            "4.6": ("城镇新增就业", "actual"),
            "3以内": ("居民消费价格", "target"),
            "0.4": ("居民消费价格", "actual"),
        }, head
