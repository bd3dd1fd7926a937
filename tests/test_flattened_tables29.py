"""Tables flattened as real pages flatten them (round 29), composed here in the style of a
county's plan table and a city's table of its districts (the figures are this file's own):
a plan's main-indicator table run on in one line with its 类别 printed before each group's
first 序号 and a header cell's second line (〔累计〕) as a cell of its own; a table of areas
copied one cell a line, or run on in one line.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text

_PLAN_ROWS = [
    ("经济发展", "1", "地区生产总值", "亿元", "812.4", "1150", "7左右", "预期性"),
    ("", "2", "一般公共预算收入", "亿元", "41.6", "58", "7", "预期性"),
    ("", "3", "常住人口城镇化率", "%", "55.2", "61", "〔5.8〕", "预期性"),
    ("创新驱动", "4", "研发经费投入强度", "%", "1.3", "2", "〔0.7〕", "预期性"),
    ("", "5", "高新技术企业数", "家", "46", "90", "〔44〕", "预期性"),
    ("民生福祉", "6", "城镇调查失业率", "%", "5.1", "<5.5", "—", "预期性"),
]


def _plan_page(sep: str, header: list[str]) -> str:
    cells = header + [c for row in _PLAN_ROWS for c in row if c]
    return "某县“十四五”规划纲要主要指标\n" + sep.join(cells) + "\n"


def test_a_run_on_plan_table_with_its_groups_before_the_numbers_is_read():
    header = ["类别", "序号", "指标", "单位", "2020年", "2025年", "年均增长〔累计〕", "属性"]
    text = _plan_page("   ", header)
    facts = analyse_text("某县规划纲要.txt", text).facts
    gdp = {
        (f.kind, f.year, f.measure.value): f.value for f in facts if f.indicator == "地区生产总值"
    }
    assert gdp[(Kind.ACTUAL, 2020, "level")] == 812.4
    assert gdp[(Kind.TARGET, 2025, "level")] == 1150
    assert {f.indicator for f in facts} >= {"研发经费投入强度", "高新技术企业数", "城镇调查失业率"}


def test_a_header_cells_second_line_run_on_as_its_own_cell_is_the_same_column():
    header = ["类别", "指标", "2020年", "2025年", "年均增速", "〔累计〕", "属性"]
    rows = list(_PLAN_ROWS)
    cells = header + [c for row in rows for c in (row[0], f"{row[2]}（{row[3]}）", *row[4:]) if c]
    text = "某县“十四五”规划纲要主要指标\n" + " ".join(cells) + "\n"
    facts = analyse_text("某县规划纲要.txt", text).facts
    assert {f.value for f in facts if f.indicator.startswith("地区生产总值")} >= {812.4, 1150}
    assert {f.value for f in facts if f.indicator.startswith("研发经费投入强度")} >= {1.3, 2}


_AREA_ROWS = [
    ("全市", "1826.5", "5.6"),
    ("章贡区", "512.3", "6.1"),
    ("南康区", "398.7", "4.9"),
    ("信丰县", "276.4", "5.2"),
    ("大余县", "189.6", "6.8"),
]


def _area_facts(body: str) -> dict[str, dict[str, float]]:
    text = (
        "赣州市2025年国民经济和社会发展统计公报\n"
        "十、区县经济\n"
        "表5  2025年各区县主要经济指标\n" + body + "\n十一、附注\n"
    )
    out: dict[str, dict[str, float]] = {}
    for f in analyse_text("赣州市统计公报.txt", text).facts:
        if f.start > text.index("表5"):
            out.setdefault(f.jurisdiction or "", {})[f.measure.value] = f.value
    return out


def test_an_area_table_one_cell_a_line_is_read():
    cells = ["县区", "地区生产总值（亿元）", "增长（%）"] + [c for row in _AREA_ROWS for c in row]
    facts = _area_facts("\n".join(cells))
    assert facts["信丰县"] == {"level": 276.4, "growth": 5.2}
    assert len(facts) == len(_AREA_ROWS)


def test_an_area_table_run_on_in_one_line_is_read():
    rows = " ".join("   ".join(row) for row in _AREA_ROWS)
    facts = _area_facts("县区   地区生产总值（亿元）   增长（%） " + rows)
    assert facts["大余县"] == {"level": 189.6, "growth": 6.8}
    assert len(facts) == len(_AREA_ROWS)


def test_a_run_on_evaluation_table_with_columns_of_marks_is_read():
    # (超前 符合预期 滞后: columns no word list holds, √ under one of them; the empty cells lost)
    rows = [
        "1 地区生产总值 亿元 925.6 1300 1106.2 √",
        "2 一般公共预算收入 亿元 61.2 85 70.8 √",
        "3 常住人口城镇化率 % 57.4 63 59.1 √",
        "4 森林覆盖率 % 41.3 42 41.8 √",
    ]
    text = (
        "某市“十四五”规划中期评估报告\n"
        "序号 指标 单位 2020年 2025年目标 2022年 超前 符合预期 滞后 " + "  ".join(rows) + "\n"
    )
    facts = analyse_text("某市中期评估报告.txt", text).facts
    gdp = {(f.kind, f.year): f.value for f in facts if f.indicator == "地区生产总值"}
    assert gdp == {
        (Kind.ACTUAL, 2020): 925.6,
        (Kind.TARGET, 2025): 1300,
        (Kind.ACTUAL, 2022): 1106.2,
    }


def test_a_header_line_over_a_body_one_cell_a_line_is_read():
    body = ["用水总量", "亿立方米", "13.2", "13.8以内", "13.05", "约束性"]
    body += ["水土保持率", "%", "98.1", "98.3", "98.2", "预期性"]
    body += ["海堤达标率", "%", "82", "100", "87.5", "预期性"]
    text = (
        "某市“十四五”水利发展规划中期评估报告\n"
        "表1　主要指标进展\n"
        "指标\t单位\t2020年\t2025年目标\t2022年\t属性\n\n" + "\n".join(body) + "\n"
    )
    facts = analyse_text("某市中期评估报告.txt", text).facts
    dams = {(f.kind, f.year): f.value for f in facts if f.indicator == "海堤达标率"}
    assert dams == {(Kind.ACTUAL, 2020): 82, (Kind.TARGET, 2025): 100, (Kind.ACTUAL, 2022): 87.5}


def test_an_html_table_one_cell_a_line_with_blank_lines_and_a_two_line_header_cell():
    # (增长 / （%）: a header cell over two rows, printed on two lines by the converter)
    cells = ["县区", "地区生产总值（亿元）", "增长", "（%）"] + [
        c for row in _AREA_ROWS for c in row
    ]
    facts = _area_facts("\n\n".join(cells))
    assert facts["信丰县"] == {"level": 276.4, "growth": 5.2}


def test_a_captioned_table_of_periods_one_cell_a_line_is_read():
    rows = [("全市", "6.2", "5.8"), ("章贡区", "7.1", "6.6"), ("信丰县", "5.4", "4.9")]
    cells = ["地区", "2025年1-3月", "2024年1-3月"] + [c for row in rows for c in row]
    text = (
        "赣州市2025年一季度各县区主要经济指标\n"
        "指标：规模以上工业增加值_同比增长（%）\n" + "\n".join(cells) + "\n"
    )
    facts = analyse_text("赣州市统计月报.txt", text).facts
    xinfeng = {f.year: f.value for f in facts if f.jurisdiction == "信丰县"}
    assert xinfeng.get(2025) == 5.4


def test_a_bar_parted_row_with_a_thousands_comma_is_no_prose_line():
    # (14，865: a full-width comma grouping thousands; the line's break is the row's, and the
    # rows are not run together as a wrapped sentence's lines would be)
    rows = [
        ("全市", "1826.5", "48，620"),
        ("章贡区", "512.3", "52，140"),
        ("信丰县", "276.4", "39，870"),
    ]
    body = "\n".join(" | ".join(r) for r in rows)
    facts = _area_facts("县区 | 地区生产总值（亿元） | 城镇居民人均可支配收入（元）\n" + body)
    assert facts["信丰县"] == {"level": 39870}


def test_the_wrap_reader_keeps_a_bar_parted_rows_break():
    from planwatch.read.wrap import looks_wrapped, wrap_gaps

    prose = (
        "2025年，全市经济运行总体平稳，地区生产总值按不变价格计算比上年增长5.6%，增速比全省平均"
        "水平高0.3个百分点；分县区看，章贡区、南康区和信丰县增速高于全市平均水平，大余县增速与全市"
        "持平，城乡居民人均可支配收入分别增长5.1%和6.8%，城乡居民收入比进一步缩小，居民消费价格"
        "总水平保持基本稳定，全年城镇新增就业2.6万人，城镇调查失业率控制在5.5%以内，各项民生事业"
        "持续改善，生态环境质量保持全省前列，全市空气质量优良天数比例达到97.2%。"
    )
    lines = [prose[k : k + 30] for k in range(0, len(prose), 30)]
    rows = [
        "县区 | 生产总值（亿元） | 增速（%） | 城镇居民收入（元）",
        "全市 | 1826.5 | 5.6 | 48，620 | 5.1 | 6.8 | 2",
        "章贡区 | 512.3 | 6.1 | 52，140 | 5.3 | 6.6 | 1",
    ]
    text = "\n".join(lines + rows) + "\n"
    assert looks_wrapped(text)
    first_row_end = text.index(rows[1]) + len(rows[1])
    assert not [g for g in wrap_gaps(text) if g[0] == first_row_end]


def test_a_pdf_tables_names_wrapped_in_their_cells_one_cell_a_line():
    # (a 类别 label over two lines, 民生 / 福祉, is the group; a name wrapped at its column's
    # width, 单位地区生产总值二氧 / 化碳排放降低, is one name, not a parent and its sub-row)
    cells = ["类别", "指标名称", "单位", "2025年", "2030年", "属性"]
    cells += ["民生", "福祉", "城镇居民人均可支配", "收入", "元", "45300", "60600", "预期性"]
    cells += ["城镇新增就业", "万人", "[1.6]", "[1.8]", "预期性"]
    cells += ["生态", "环境", "单位地区生产总值二氧", "化碳排放降低", "%", "[15]", "[16]", "约束性"]
    cells += ["森林覆盖率", "%", "21.3", "22", "约束性"]
    text = "某县“十五五”规划纲要\n表1  主要指标\n" + "\n".join(cells) + "\n"
    names = {f.indicator for f in analyse_text("某县规划纲要.txt", text).facts}
    assert names == {
        "城镇居民人均可支配收入",
        "城镇新增就业",
        "单位地区生产总值二氧化碳排放降低",
        "森林覆盖率",
    }
