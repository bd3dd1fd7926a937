"""Text as real pages give it, second part: one decision for page chrome, and words cut
by a hard wrap.

Page chrome is decided by one function (``read.chrome.chrome_kind``) over one data file;
the reading view, the reference date and the title zone must agree on which lines are
chrome. A PDF's text layer cuts words at the page's edge (地区生 / 产总值); the sentence
reader must read them as the tidy text reads them. Documents are composed here.
"""

from __future__ import annotations

from planwatch.core.data import DocType, Document
from planwatch.core.normalise import BLANK
from planwatch.describe.body import _page_tail
from planwatch.describe.doctype import _title_zone
from planwatch.describe.refdate import reference_date
from planwatch.pipeline import analyse_read, analyse_text, extract_facts
from planwatch.read.chrome import CHROME_KINDS, chrome_kind, chrome_lines, reading_view

# ----------------------------------------------------------------- one place for chrome

HEAD = [
    "当前位置：首页 > 政务公开 > 规划计划",
    "某某市2023年国民经济和社会发展计划执行情况",
    "发布时间：2024-02-06 09:30  来源：某某市发展和改革委员会  浏览次数：812",
    "【字体：大 中 小】",
]
BODY = [
    "一、2023年计划执行情况",
    "2023年，全市地区生产总值达到1846.2亿元，比上年增长5.8%；一般公共预算收入"
    "132.4亿元，增长6.6%；社会消费品零售总额748.9亿元，增长7.1%。",
    "— 2 —",
    "二、2024年主要目标",
    "2024年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入"
    "增长5%左右，社会消费品零售总额增长6.5%左右。",
]
TAIL = [
    "分享到：微信 微博",
    "【打印本页】【关闭窗口】",
    "相关链接",
    "· 某某市2022年经济运行情况  2022-07-15",
]


def test_chrome_kind_names_each_kind_by_its_form():
    assert chrome_kind("— 12 —") == "page_number"
    assert chrome_kind("  第 3 页 共 20 页\u3000") == "page_number"
    assert chrome_kind(HEAD[2]) == "page_head"
    assert chrome_kind("【打印】【关闭】") == "page_head"
    assert chrome_kind("分享到：微信 微博") == "page_tail"
    assert chrome_kind("首页 > 新闻中心 > 图片新闻") == "crumb"
    assert chrome_kind(HEAD[1]) is None
    assert chrome_kind(BODY[1]) is None
    assert chrome_kind("") is None
    assert set(CHROME_KINDS) == {
        "page_number",
        "bare_number",
        "page_head",
        "page_tail",
        "crumb",
        "page_fold",
    }


def test_a_long_line_is_no_chrome_whatever_it_holds():
    line = "来源：" + "全市地区生产总值比上年增长5.8%，" * 12
    assert chrome_kind(line) is None


def _lines_of(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def test_the_reading_view_the_date_and_the_title_zone_agree_on_chrome():
    text = "\n".join(HEAD + BODY + TAIL) + "\n"
    kinds = {pos: chrome_kind(line) for pos, line in _lines_of(text)}
    # The reading view blanks exactly the page-number lines (no running line recurs here).
    numbers = {pos for pos, k in kinds.items() if k == "page_number"}
    assert {a for a, _ in chrome_lines(text)} == numbers
    assert reading_view(text, "txt").plain.count("— 2 —") == 0
    # The reference date stops at the first tail line in the text's second half.
    tail = _page_tail(text, len(text))
    assert tail == min(pos for pos, k in kinds.items() if k == "page_tail")
    assert text[tail:].startswith(TAIL[0])
    # The title zone holds no line any kind of chrome is.
    zone = _title_zone(text).split("\n")
    assert zone[0] == HEAD[1]
    assert all(chrome_kind(line) is None for line in zone)
    chrome_heads = [line for pos, line in _lines_of(text) if kinds[pos] and pos < tail]
    assert not set(chrome_heads) & set(zone)


def test_tail_links_over_the_body_end_nothing_and_are_no_title():
    text = "\n".join(["分享到：微信 微博", *HEAD[1:], *BODY]) + "\n"
    assert _page_tail(text, len(text)) is None
    assert _title_zone(text).split("\n")[0] == HEAD[1]


def test_the_reference_date_reads_no_date_of_the_tail():
    body = "某某县经济运行总体平稳\n" + BODY[1][6:] + "\n" + BODY[4][5:] + "\n"
    text = body + "\n".join(TAIL) + "\n"
    assert _page_tail(text, len(text)) == len(body)
    assert reference_date(text, DocType.NEWS).year is None
    # (The same page without its tail lines is dated by the related item's date.)
    assert reference_date(body + TAIL[-1] + "\n", DocType.NEWS).year == 2022


def test_extract_facts_reads_the_view_it_is_given():
    text = "\n".join(HEAD + BODY) + "\n"
    done = analyse_text("c.txt", text)
    doc: Document = done.document
    view = reading_view(text, doc.format)
    assert extract_facts(doc, view=view) == list(done.facts)
    # An empty view reads nothing: the view passed is the one read.
    empty = " " * len(text)
    assert extract_facts(doc, view=type(view)(empty, empty, False, empty)) == []


# ----------------------------------------------------------------- words cut by a wrap

# A district's implementation report (composed): each line hard-wrapped at 30 characters,
# so that words fall apart at the line ends.
REVIEW = (
    "某某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
    "2023年，面对复杂严峻的外部环境，全区上下坚持稳中求进工作总基调，经济运行"
    "总体平稳。全年实现地区生产总值1286.4亿元，比上年增长6.2%；规模以上工业增加值"
    "增长7.9%；固定资产投资比上年增长4.6%；社会消费品零售总额达到512.7亿元，增长"
    "8.3%；一般公共预算收入完成86.5亿元，增长5.1%；城镇居民人均可支配收入达到"
    "52136元，增长5.4%；农村居民人均可支配收入达到28470元，增长7.2%。全年新增城镇"
    "就业1.82万人，城镇调查失业率控制在5.3%以内，单位地区生产总值能耗下降3.1%，"
    "空气质量优良天数比例达到86.7%，森林覆盖率提高到41.6%。\n"
)


_NUMBERISH = set("0123456789.%")


def _hard_wrap(text: str, width: int) -> str:
    """Each line broken every ``width`` characters, never inside a number nor before
    closing punctuation (as Chinese typesetting keeps it on the line before)."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            k = width
            while k < len(line) and (
                line[k - 1] in _NUMBERISH and line[k] in _NUMBERISH or line[k] in "，。；、："
            ):
                k += 1
            out.append(line[:k])
            line = line[k:]
        out.append(line)
    return "\n".join(out)


def _facts(text: str) -> dict[tuple[str, float], tuple[str, int | None, str]]:
    out = {}
    for f in analyse_text("r.txt", text).facts:
        key = ("".join(text[f.start : f.end].split()), f.value)
        out[key] = (f.kind.value, f.year, f.indicator)
    return out


def _cut_words(text: str, width: int) -> list[str]:
    """The words a wrap at ``width`` cuts between two Chinese characters."""
    lines = _hard_wrap(text, width).split("\n")
    return [
        a[-3:] + b[:3]
        for a, b in zip(lines, lines[1:], strict=False)
        if a and b and "\u4e00" <= a[-1] <= "\u9fff" and "\u4e00" <= b[0] <= "\u9fff"
    ]


def test_a_wrap_inside_a_word_is_bridged_by_a_blank_in_the_reading_view():
    wrapped = _hard_wrap(REVIEW, 30)
    view = reading_view(wrapped, "txt")
    assert view.wrapped
    assert len(view.words) == len(view.joined) == len(wrapped)
    for i, ch in enumerate(wrapped):
        if ch == "\n" and view.joined[i] == " ":
            han = "\u4e00" <= wrapped[i - 1] <= "\u9fff" and "\u4e00" <= wrapped[i + 1] <= "\u9fff"
            assert view.words[i] == (BLANK if han else " ")
        else:
            assert view.words[i] == view.joined[i]
    # The described view (genre, date, outline) keeps spaces: letter-spaced titles
    # are read there through the condensed view.
    assert BLANK not in view.joined


def test_names_and_cues_read_across_a_word_cut_by_a_wrap():
    for width in (29, 30, 31):
        wrapped = _hard_wrap(REVIEW, width)
        assert _cut_words(REVIEW, width)  # (the wrap does cut words)
        tidy, read = _facts(REVIEW), _facts(wrapped)
        assert read == tidy
        for f in analyse_text("r.txt", wrapped).facts:
            assert BLANK not in f.indicator
            assert all(BLANK not in (e.text or "") for e in f.evidence)


def test_a_pdf_s_text_layer_reads_across_a_cut_word():
    from planwatch.core.data import ReadResult

    wrapped = _hard_wrap(REVIEW, 30)
    tidy = {(f.value, f.kind, f.year, f.indicator) for f in analyse_text("r.txt", REVIEW).facts}
    done = analyse_read(ReadResult(text=wrapped, format="pdf"), "r.pdf", sha256="0")
    assert {(f.value, f.kind, f.year, f.indicator) for f in done.facts} == tidy


# A city's mid-term evaluation (composed), its as-of statement cut by the wrap (截 / 至).
MIDTERM = (
    "某某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
    "一、总体进展\n"
    "《纲要》实施以来，全市上下认真贯彻落实党中央、国务院和省委、省政府决策部署，"
    "评估结果表明，截至2022年底，《纲要》确定的25项主要指标中，18项进展符合或好于预期，"
    "其中地区生产总值年均增长6.4%，一般公共预算收入年均增长5.2%，常住人口城镇化率"
    "达到61.3%，森林覆盖率达到38.6%，城镇居民人均可支配收入达到45620元，农村居民人均"
    "可支配收入达到21350元，单位地区生产总值能耗累计下降9.2%，空气质量优良天数比例"
    "达到88.1%，每千人口拥有执业（助理）医师数达到2.9人，新增城镇就业累计达到12.6万人。\n"
)


def test_a_statement_cut_by_a_wrap_still_dates_the_evaluation():
    from planwatch.core.data import ReadResult

    tidy = analyse_text("m.txt", MIDTERM).document.meta
    assert tidy.as_of_year == 2022
    wrapped = _hard_wrap(MIDTERM, 23)  # (at 23 characters a line ends in 截)
    assert "截\n至2022" in wrapped
    done = analyse_read(ReadResult(text=wrapped, format="txt"), "m.txt", sha256="0")
    meta = done.document.meta
    assert (meta.doc_type, meta.as_of_year) == (tidy.doc_type, 2022)
    ev = next(e for e in meta.evidence if e.field == "as_of_year")
    assert ev.start is not None and ev.end is not None
    assert "".join(wrapped[ev.start : ev.end].split()).startswith("截至2022年底")
    assert {(f.value, f.kind, f.year) for f in done.facts} == {
        (f.value, f.kind, f.year) for f in analyse_text("m.txt", MIDTERM).facts
    }


# ----------------------------------------------------------------- bare page numbers

# An evaluation's indicator table laid out with tabs (composed), over two pages.
TABLE_HEAD = "指标\t2020年\t2025年目标\t2022年\t属性\t进展"
TABLE_ROWS = [
    "地区生产总值年均增长（%）\t4.1\t7左右\t6.8\t预期性\t符合预期",
    "人均地区生产总值（万元）\t8.6\t11\t9.7\t预期性\t符合预期",
    "常住人口城镇化率（%）\t58.2\t63\t60.4\t预期性\t符合预期",
    "城镇调查失业率（%）\t—\t<5.5\t5.1\t预期性\t符合预期",
    "森林覆盖率（%）\t36.5\t37\t36.8\t约束性\t符合预期",
]
TABLE_DOC = [
    "某某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告",
    "一、主要指标进展情况",
    "表1 主要指标实施进展",
    TABLE_HEAD,
]


def _table_facts(text: str) -> set[tuple]:
    return {(f.indicator, f.kind, f.year, f.value) for f in analyse_text("t.txt", text).facts}


def test_a_bare_page_number_between_two_rows_of_a_tab_table_is_chrome():
    tidy = "\n".join(TABLE_DOC + TABLE_ROWS) + "\n"
    # The page breaks after the third row: its number, then the running header (the
    # section heading, which the text prints above the table too).
    paged = "\n".join(TABLE_DOC + TABLE_ROWS[:3] + ["12", TABLE_DOC[1]] + TABLE_ROWS[3:]) + "\n"
    spans = chrome_lines(paged)
    assert [paged[a:b] for a, b in spans] == ["12", TABLE_DOC[1]]
    assert chrome_kind("12") == "bare_number"
    assert len(_table_facts(tidy)) >= 12
    assert _table_facts(paged) == _table_facts(tidy)


def test_a_bare_number_among_cells_one_a_line_is_a_cell():
    cells = ["指标", "2020年", "2025年", "地区生产总值（亿元）", "860", "1200", "森林覆盖率（%）"]
    text = "\n".join(TABLE_DOC[:3] + cells + ["36", "37"]) + "\n"
    assert chrome_lines(text) == []
    # Nor is a bare number under prose a page number by itself.
    prose = BODY[1] + "\n12\n" + BODY[4] + "\n"
    assert chrome_lines(prose) == []


# ----------------------------------------------------------------- letter-spaced cells


def test_a_letter_spaced_unit_cell_is_its_unit():
    from planwatch.core.units import normalise_unit

    assert normalise_unit("亿 元") == normalise_unit("亿\u3000元") == "亿元"
    assert normalise_unit(" 公 里 ") == "公里"
    assert normalise_unit("未 完 成") is None
    rows = [
        "指标\t单位\t2020年\t2025年",
        "地区生产总值\t亿元\t860.5\t1200",
        "粮食产量\t万吨\t52.3\t55",
        "高速公路通车里程\t公里\t412\t520",
    ]
    tidy = "\n".join([*TABLE_DOC[:3], *rows]) + "\n"
    spaced = (
        tidy.replace("\t亿元", "\t亿 元").replace("\t万吨", "\t万 吨").replace("\t公里", "\t公 里")
    )
    facts = {(f.indicator, f.year, f.value, f.unit) for f in analyse_text("u.txt", tidy).facts}
    assert ("地区生产总值", 2020, 860.5, "亿元") in facts
    assert {
        (f.indicator, f.year, f.value, f.unit) for f in analyse_text("u.txt", spaced).facts
    } == facts


# ----------------------------------------------------------------- the page's width


def _pdf_wrap(text: str, width: float) -> str:
    """``text`` wrapped as a PDF prints it: a line holds ``width`` full-width characters,
    a half-width digit or mark taking half of one (so a line of figures holds more
    characters); never inside a number nor before closing punctuation."""
    out = []
    for line in text.split("\n"):
        while line:
            used, k = 0.0, 0
            while k < len(line) and used < width:
                used += 0.5 if line[k].isascii() else 1.0
                k += 1
            while k < len(line) and (
                line[k - 1] in _NUMBERISH and line[k] in _NUMBERISH or line[k] in "，。；、："
            ):
                k += 1
            out.append(line[:k])
            line = line[k:]
    return "\n".join(out)


# A plan's review paragraph (composed): words mostly, with a run of figures.
NARRATIVE = (
    "某某县“十四五”规划纲要实施中期评估报告\n"
    "一、规划实施总体情况\n"
    "规划实施以来，全县上下坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻"
    "新发展理念，主动融入新发展格局，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，"
    "克服了疫情冲击、需求收缩、供给冲击等多重困难，经济社会发展保持了总体平稳、稳中有进的良好"
    "态势，规划确定的主要目标任务进展顺利，为全面完成规划目标打下了坚实基础。两年来，全县地区"
    "生产总值由2020年的218.6亿元增加到2022年的256.3亿元，年均增长7.2%，一般公共预算收入"
    "由12.4亿元增加到14.9亿元，年均增长9.6%，城镇居民人均可支配收入由36120元增加到41530元。"
    "同时也要看到，县域经济总量不大、产业结构不优、创新能力不强、城乡区域发展不平衡等问题依然"
    "存在，部分指标进展滞后，需要在规划后半程集中力量加以解决。\n"
)


def test_lines_as_wide_as_the_page_run_on_though_lines_of_figures_hold_more():
    wrapped = _pdf_wrap(NARRATIVE, 26)
    widths = sorted(len(x) for x in wrapped.split("\n") if len(x) >= 8)
    page = max(set(widths), key=widths.count)
    assert 0.85 * widths[int(0.9 * (len(widths) - 1))] > page  # (figures widen lines)
    view = reading_view(wrapped, "txt")
    assert view.wrapped
    body = wrapped.index("规划实施以来")
    for i, ch in enumerate(wrapped[body:-1], body):
        if ch == "\n":
            assert view.joined[i] == " ", wrapped[i - 10 : i + 10]
    assert _facts(wrapped) == _facts(NARRATIVE)


def test_a_year_cut_from_its_nian_by_a_wrap_is_read_with_it():
    # (A wrap falls after 2025 and before 年, as a PDF line may end on a number.)
    text = NARRATIVE.replace(
        "打下了坚实基础。", "打下了坚实基础，25项主要指标中有6项已提前完成2025年目标。"
    )
    at = text.index("2025年目标") + 4
    wrapped = _pdf_wrap(text[:at] + "\n" + text[at:], 26)
    assert "2025\n年" in wrapped
    view = reading_view(wrapped, "txt")
    i = wrapped.index("2025\n年") + 4
    assert view.words[i] == BLANK and view.joined[i] == " "
    # A number and its unit keep a space (the unit reader passes over spaces).
    assert all(
        view.words[k] == " "
        for k, ch in enumerate(wrapped)
        if ch == "\n" and wrapped[k - 1 : k].isdigit() and wrapped[k + 1 : k + 2] in "亿万元"
    )
    read = _facts(wrapped)
    assert read == _facts(text)
    assert read[("6项", 6.0)][2] == "提前完成2025年目标"


def test_a_number_and_its_unit_parted_by_a_page_break_read_as_one():
    wrapped = _pdf_wrap(NARRATIVE, 27)
    line = next(x for x in wrapped.split("\n") if x.endswith("收入由12.4"))
    paged = wrapped.replace(line + "\n", line + "\n\n— 2 —\n\n", 1)
    assert "12.4\n\n— 2 —\n\n亿元" in paged
    view = reading_view(paged, "txt")
    assert view.plain.count("— 2 —") == 0
    at = paged.index("12.4\n") + 4
    assert set(view.words[at : paged.index("亿元", at)]) == {BLANK}
    # (The value's span runs over the page break: its text holds the page's number.)
    read = {(k[0].replace("—2—", ""), k[1]): v for k, v in _facts(paged).items()}
    assert read == _facts(NARRATIVE)
    assert read[("12.4亿元", 12.4)][2] == "一般公共预算收入"
