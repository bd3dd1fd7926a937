"""Forms of round 57: a report converted to text by a tool that starts a new line wherever
the font changes, so each figure stands on a line of its own (composed here in the style of
a provincial work report and a county communiqué; every figure is this file's own)."""

from __future__ import annotations

import re

from benchscripts import bench_module
from planwatch.core.data import Comparator, Kind, Measure, Span
from planwatch.core.normalise import cut_out
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_runon_spaced import spaced_runon_cells
from planwatch.read.chrome import reading_view
from planwatch.read.digit_lines import digit_line_gaps
from readhelp import analysed as _analysed


def _split(text: str) -> str:
    """``text`` with each Latin run that touches a Chinese character on a line of its own,
    as such a converter prints it (bench/perturb_forms2.py's ``digitlines``, no gold)."""
    perturb = bench_module("perturb")
    gold = {"doc": "t.txt", "passages": [], "facts": []}
    return perturb.perturb(text, gold, ["digitlines"], seed=1).text


def _at(got: dict, printed: str):
    """The fact whose characters open with ``printed`` (a comparator or unit the converter
    put on the next line is the fact's too: 5.2% / 左右)."""
    found = [f for k, f in got.items() if re.match(re.escape(printed) + r"(?![\d.%])", k)]
    assert len(found) == 1, (printed, list(got))
    return found[0]


REPORT = (
    "2024年某省政府工作报告\n"
    "——2024年1月20日在某省第十四届人民代表大会第二次会议上\n"
    "省长 某某\n"
    "各位代表：\n"
    "一、2023年工作回顾\n"
    "这一年，全省上下克难奋进，经济总量稳步扩大，全省生产总值预计增长5.2%左右，工业增加值"
    "增速达到6%以上。全年外贸进出口总额增长4.5%。居民储蓄存款和企业贷款余额依次增长9.8%、8.6%。"
    "城镇新增就业人数32.6万人，调查失业率控制在5.5%以内。\n"
    "二、2024年主要预期目标\n"
    "2024年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长"
    "4%，居民人均可支配收入增长与经济增长同步。\n"
)


def test_a_converted_report_s_figures_read_as_in_the_tidy_report():
    text = _split(REPORT)
    assert "增长\n5.2%\n左右" in text and "——\n2024\n年\n1\n月\n20\n日在" in text
    meta, got = _analysed("a.txt", text)
    assert meta.reference_year == 2024
    grew = _at(got, "5.2%")
    assert grew.kind is Kind.ACTUAL and grew.year == 2023 and grew.comparator is Comparator.APPROX
    assert _at(got, "6%").comparator is Comparator.GE and _at(got, "6%").measure is Measure.GROWTH
    trade = _at(got, "4.5%")
    assert trade.measure is Measure.GROWTH and "进出口" in trade.indicator
    jobless = [f for k, f in got.items() if k.startswith("5.5%\n以内")][0]
    assert jobless.kind is Kind.ACTUAL and jobless.comparator is Comparator.LE
    aim = [f for k, f in got.items() if k.startswith("5.5%\n左右")][0]
    assert aim.kind is Kind.TARGET and aim.year == 2024 and "地区生产总值" in aim.indicator
    assert _at(got, "4%").kind is Kind.TARGET and _at(got, "4%").year == 2024


def test_the_converted_text_gives_the_facts_of_the_tidy_text():
    _, tidy = _analysed("t.txt", REPORT)
    _, split = _analysed("s.txt", _split(REPORT))
    pick = {(f.kind, f.year, f.measure, f.value, f.comparator) for f in tidy.values() if f.year}
    got = {(f.kind, f.year, f.measure, f.value, f.comparator) for f in split.values() if f.year}
    assert pick <= got


def test_a_heading_keeps_its_line_over_a_paragraph_opening_with_a_year():
    text = _split(
        "某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "一、2023年计划执行情况\n"
        "2023年全市地区生产总值增长5.1%，完成年度计划。固定资产投资增长3.2%，社会消费品零售总额增长"
        "7.4%，城镇新增就业5.6万人，居民消费价格上涨0.4%。\n"
        "二、2024年主要目标\n"
        "2024年全市地区生产总值增长5.5%左右，固定资产投资增长5%，城镇新增就业5万人以上。\n"
    )
    gaps = digit_line_gaps(text)
    heading_end = text.index("年计划执行情况") + len("年计划执行情况")
    assert not any(a == heading_end for a, _ in gaps)
    assert any(a == heading_end - len("年计划执行情况") - 1 for a, _ in gaps)  # (2023 / 年…)
    _, got = _analysed("h.txt", text)
    assert _at(got, "5.1%").kind is Kind.ACTUAL and _at(got, "5.1%").year == 2023
    assert _at(got, "5%").kind is Kind.TARGET and _at(got, "5%").year == 2024


def test_a_table_one_cell_a_line_is_no_converted_text():
    # (Figures alone on lines, but among a table's cells, no clause beside them.)
    cells = "\n".join(
        f"{name}\n{unit}\n{a}\n{b}\n预期性"
        for name, unit, a, b in [
            ("地区生产总值", "亿元", "3145", "4400"),
            ("人均地区生产总值", "元", "52300", "70000"),
            ("一般公共预算收入", "亿元", "210.5", "300"),
            ("常住人口城镇化率", "%", "61.2", "65"),
            ("城镇新增就业", "万人", "5.1", "25"),
            ("森林覆盖率", "%", "40.1", "42"),
        ]
    )
    text = "某县“十四五”规划主要指标\n指标\n单位\n2020年\n2025年\n属性\n" + cells + "\n"
    assert digit_line_gaps(text) == []


def test_a_date_s_numbers_alone_on_lines_are_joined_in_any_text():
    text = (
        "2021\n年某县国民经济和社会发展统计公报\n某县统计局\n2022年3月\n"
        "全年全县地区生产总值86.3亿元，比上年增长7.1%。\n"
    )
    assert digit_line_gaps(text) == [(4, 5)]
    view = reading_view(text, "txt")
    assert view.described.startswith("2021 年某县")
    _, got = _analysed("d.txt", text)
    assert got["86.3亿元"].year == 2021 and got["86.3亿元"].kind is Kind.ACTUAL


def test_a_year_over_a_column_s_年均_is_no_date():
    text = "指标\n2020\n年均增长\n地区生产总值\n6.5\n"
    assert digit_line_gaps(text) == []


def test_a_spaced_header_with_words_to_the_line_s_end_and_no_rows_is_no_table():
    # (Short words after the header and nothing after them: before, an IndexError.)
    line = "序号 指标 单位 2020年 2025年 属性 超前 符合 滞后"
    assert spaced_runon_cells(line, TextCell(line, Span(0, len(line)))) is None


def test_a_year_in_brackets_alone_on_its_line_is_joined_to_both_sides():
    text = "2-3  各县市主要经济指标（\n2025\n年）\n指标名称\n地区生产总值\n"
    gaps = digit_line_gaps(text)
    bracket = text.index("（") + 1
    assert (bracket, bracket + 1) in gaps and (bracket + 5, bracket + 6) in gaps


_HAN_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def _hard_wrapped(paragraph: str, width: int = 36) -> str:
    """``paragraph`` cut into lines of ``width`` characters as a PDF's page prints them
    (a cut next to a figure moves past it: a break there is read as the converter's)."""
    lines, pos = [], 0
    while pos < len(paragraph):
        end = min(pos + width, len(paragraph))
        while end < len(paragraph) and not _HAN_PAIR_RE.fullmatch(paragraph[end - 1 : end + 1]):
            end += 1
        lines.append(paragraph[pos:end])
        pos = end
    return "\n".join(lines) + "\n"


def test_a_converted_pdf_s_own_wraps_are_read_once_its_figures_are_joined():
    # (A PDF's lines cut at the page's edge, inside words, and its figures on lines of
    # their own: the page's lines show once the figures are joined.)
    paragraph = (
        "2023年，全县上下坚持稳中求进工作总基调，经济运行总体平稳，全年完成地区生产总值128.6亿元，"
        "增长6.9%；全部财政收入15.3亿元，增长12.4%，其中一般公共预算收入9.06亿元，增长10.7%；"
        "固定资产投资增长7.8%；社会消费品零售总额52.4亿元，增长9.1%；城镇和农村居民人均可支配收入"
        "分别达到28650元和14320元，分别增长7.9%和8.6%。全年新增城镇就业3200人，城镇登记失业率控制"
        "在3.5%以内，居民消费价格上涨1.8%，森林覆盖率达到35.2%，空气质量优良天数比例达到86.4%，"
        "比上年提高2.1个百分点；新建改建农村公路120公里，新增高标准农田4.2万亩，粮食总产量稳定在"
        "38.6万吨，连续多年保持稳定。全年接待游客526.3万人次，实现旅游收入48.7亿元，分别增长"
        "12.5%和15.2%；新增市场主体3862户，其中新增企业1126户，民营经济增加值占地区生产总值的比重"
        "达到58.3%。"
    )
    pdf = "2023年全县经济运行情况\n\n" + _hard_wrapped(paragraph)
    text = _split(pdf)
    assert reading_view(text, "txt").wrapped
    _, tidy = _analysed("t.txt", paragraph)
    _, got = _analysed("w.txt", text)
    for printed in ("128.6", "52.4", "3200", "48.7"):
        fact, want = _at(got, printed), _at(tidy, printed)
        assert (fact.kind, fact.year, fact.measure) == (want.kind, want.year, want.measure)
        assert fact.indicator.replace("\ue000", "") == want.indicator, printed


def test_a_converted_text_with_windows_line_ends_reads_as_with_unix_ones():
    unix = _split(REPORT)
    windows = unix.replace("\n", "\r\n")
    _, a = _analysed("u.txt", unix)
    _, b = _analysed("w.txt", windows)
    key = lambda f: (f.kind, f.year, f.measure, f.value, f.comparator, f.indicator)
    assert sorted(map(key, a.values())) == sorted(map(key, b.values()))
    assert digit_line_gaps("2021\r\n年某县统计公报\r\n") == [(4, 6)]


def test_the_lined_view_maps_its_offsets_back_to_the_text_s():
    text = "增长\r\n8.2%\r\n，其中\n11%\n以上。\n下一段"
    gaps = [(2, 4), (8, 10), (13, 14), (17, 18)]
    view = cut_out(text, gaps)
    assert view.text == "增长8.2%，其中11%以上。\n下一段"
    for i, ch in enumerate(view.text):
        assert text[view.offsets[i]] == ch
    inside = {j for a, b in gaps for j in range(a, b)}
    for j, ch in enumerate(text):
        if j not in inside:
            assert view.text[view.index(j)] == ch
    last = view.text.index("\n")
    assert view.span(last, last + 1) == (text.rindex("\n"), text.rindex("\n") + 1)


def test_an_ocr_d_date_s_month_of_letters_only_dates_the_page():
    # (An OCR'd page's dateline: the month's 1s and 0 read as the letters l, I and o.)
    for dateline, date in (
        ("发布时间：2019年lI月16日", "2019-11-16"),
        ("发布日期：2019-Io-16", "2019-10-16"),
    ):
        text = (
            f"某市“十三五”规划纲要实施中期评估报告\n{dateline}\n"
            "评估显示，2018年全市地区生产总值1921.8亿元，两年年均增长7.9%，"
            "略低于年均增长9%左右的规划目标；森林覆盖率达到44.9%。\n"
        )
        meta, got = _analysed("o.txt", text)
        assert meta.reference_date == date
        assert got["1921.8亿元"].year == 2018 and got["1921.8亿元"].kind is Kind.ACTUAL
    assert reading_view("2019年lI月16日", "txt").plain == "2019年11月16日"
    assert reading_view("I类水体，O型血", "txt").plain == "I类水体，O型血"


def test_an_ocr_d_row_number_of_letters_only_is_its_digits():
    # (A table printed one cell a line from an OCR'd scan: row 11's number read as Il.)
    assert reading_view("10\n城镇登记失业率\nIl\n城镇居民人均可支配收入\n", "txt").plain == (
        "10\n城镇登记失业率\n11\n城镇居民人均可支配收入\n"
    )
    # (Roman numerals alone on a line keep their letters: II, I.)
    assert reading_view("三类\nII\nI\n", "txt").plain == "三类\nII\nI\n"
