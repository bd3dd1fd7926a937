"""Reading rules for the ways real pages print text that round 13's robustness bench
measured: a hard-wrapped line ending with a clause's semicolon, a page's chrome (a page
mark, a mobile page's fold) cutting a sentence in a tidy text, a news page's chrome lines,
Markdown emphasis. Every text here is composed for the test."""

from __future__ import annotations

from planwatch.core.normalise import BLANK
from planwatch.pipeline import analyse_bytes
from planwatch.read.chrome import reading_view


def _facts(text: str, name: str = "t.txt") -> list[tuple[float, str | None, str, str, int]]:
    facts = analyse_bytes(text.encode("utf-8"), name).facts
    return [(f.value, f.unit, f.indicator, str(f.kind.value), f.year) for f in facts]


# --- a hard-wrapped line ending with a semicolon --------------------------------------

# A work report's review, saved from a PDF's text layer: lines of 30 characters, a line
# ending with a clause's semicolon (；) in the middle of the sentence the year opens.
WRAPPED = (
    "2024年1月8日，某市第十六届人民代表大会第三次会议开幕，市长作政府工作报告。\n"
    "报告指出，2023年，全市上下攻坚克难，经济社会持续健康发\n"
    "展，主要指标好于预期。全年完成地区生产总值2856亿元，增长\n"
    "6.1%；固定资产投资1320亿元，增长8.2%；一般公共预算收\n"
    "入185.6亿元，增长7.4%，其中税收收入132.4亿元；\n"
    "社会消费品零售总额1105亿元，增长6.8%；城镇居民人均可支\n"
    "配收入4.6万元，增长5.3%；城镇登记失业率控制在3.2%以内；\n"
    "居民消费价格指数为102.1，单位地区生产总值能耗下降3%。\n"
    "报告提出，2024年全市经济社会发展的主要预期目标是：地区生\n"
    "产总值增长6%左右；一般公共预算收入增长5%；全社会研发投入\n"
    "强度达到2.6%；社会消费品零售总额增长7%；进出口总额增长3%；\n"
    "城镇新增就业5.2万人以上；居民消费价格涨幅3%左右；粮食产量\n"
    "稳定在合理水平；节能减排完成省下达的任务。\n"
)


def test_a_wrapped_line_ending_with_a_semicolon_runs_on_in_its_sentences_cue():
    got = {v: (k, y) for v, _u, _i, k, y in _facts(WRAPPED)}
    # The clauses after a line ending with ； stay in the sentence 主要预期目标 opens: 2024
    # targets, as the clauses before the break are.
    for value in (6.0, 2.6, 5.2):
        assert got.get(value) == ("target", 2024), (value, got.get(value))
    for value in (1105.0, 4.6, 3.2, 102.1):
        assert got.get(value) == ("actual", 2023), (value, got.get(value))


def test_the_semicolon_rule_only_joins_wrapped_texts():
    # A tidy text's line ending with ； (a list of clauses, one a line) keeps its break.
    tidy = "主要预期目标：\n地区生产总值增长6%左右；\n城镇新增就业5万人以上；\n"
    view = reading_view(tidy, "txt")
    assert view.joined == view.plain
    wrapped = reading_view(WRAPPED, "txt")
    assert wrapped.wrapped
    cut = WRAPPED.index("；\n社会消费品") + 1
    assert wrapped.joined[cut] == " " and WRAPPED[cut] == "\n"


# --- page chrome cutting a sentence in a tidy text -----------------------------------

# A plan evaluation saved from a PDF one paragraph a line: page marks (with the running
# title) fall inside two paragraphs' lines and between two paragraphs.
TITLE = "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告"
PAGED = (
    f"{TITLE}\n"
    "一、主要指标完成情况\n"
    "规划实施以来，全市经济运行总体平稳。2023年全市地区生产总值达到2315.6亿元，"
    "年均增长5.8%，一般公共预算收入由2020年的\n"
    "— 3 —\n"
    f"{TITLE}\n"
    "168.2亿元增加到2023年的201.5亿元，年均增长6.2%。\n"
    "二、存在的问题\n"
    "研发经费投入强度为2.1%，距规划提出的2.8%目标仍有差距；常住人口城镇化率达到63.4%，比\n"
    "— 4 —\n"
    f"{TITLE}\n"
    "规划基期提高2.6个百分点。\n"
    "— 5 —\n"
    f"{TITLE}\n"
    "三、下一步工作建议\n"
    "力争到2025年全市地区生产总值达到2600亿元左右，研发经费投入强度达到2.5%。\n"
)


def test_a_page_mark_cutting_a_sentence_is_read_across():
    got = {(v, u, i) for v, u, i, _k, _y in _facts(PAGED)}
    # 由2020年的 / page mark / 168.2亿元: the figure stays its sentence's (its indicator);
    # 比 / page mark / 规划基期提高2.6个百分点: the change stays its indicator's.
    assert (168.2, "亿元", "一般公共预算收入") in got
    assert (2.6, "个百分点", "常住人口城镇化率") in got


def test_the_cut_is_joined_in_the_words_view_only_where_a_sentence_runs_on():
    view = reading_view(PAGED, "txt")
    assert len(view.words) == len(PAGED) and not view.wrapped
    # The break before a heading after a page mark stays (the paragraph ended: 。).
    heading = PAGED.index("三、下一步")
    assert view.words[heading - 1] == "\n"
    cut = PAGED.index("由2020年的\n") + len("由2020年的")
    assert "\n" not in view.words[cut : PAGED.index("168.2亿元")]
    # The described view (titles, headings, outline) keeps a tidy text's lines.
    assert view.described == view.plain


def test_a_page_mark_ending_the_text_leaves_the_cut_before_it_read_across():
    # The last page's mark is the text's last line (no line break after it): nothing
    # follows it to join, and the cut by an earlier page mark is still read across.
    ended = PAGED + "— 6 —"
    view = reading_view(ended, "txt")
    assert len(view.words) == len(ended)
    cut = ended.index("由2020年的\n") + len("由2020年的")
    assert "\n" not in view.words[cut : ended.index("168.2亿元")]
    assert view.words[len(PAGED) - 1] == "\n"  # (the break before the last mark stays)


def test_a_tidy_text_without_chrome_keeps_its_lines():
    text = PAGED.replace("— 3 —\n", "").replace("— 4 —\n", "").replace("— 5 —\n", "")
    view = reading_view(text, "txt")
    assert view.words == view.plain == text


# --- a news or mobile page's chrome inside the body ---------------------------------

NEWS = (
    "某县召开2024年经济工作会议\n"
    "会议指出，2023年全县地区生产总值完成386.4亿元，增长6.3%；一般公共预算收入\n"
    "展开剩余68%\n"
    "完成21.6亿元，增长8.1%。\n"
    "下载某县融媒客户端，随时随地看新闻！\n"
    "会议提出，2024年全县地区生产总值增长6%左右，一般公共预算收入增长7%。\n"
    "（责任编辑：周敏）\n"
)


def test_a_mobile_pages_fold_and_app_line_are_no_text():
    facts = _facts(NEWS)
    values = {v for v, *_ in facts}
    assert 68.0 not in values  # (展开剩余68%: the page's, not the county's)
    assert (21.6, "亿元", "一般公共预算收入", "actual", 2023) in facts
    view = reading_view(NEWS, "txt")
    for line in ("展开剩余68%", "下载某县融媒客户端，随时随地看新闻！"):
        at = NEWS.index(line)
        assert view.plain[at : at + len(line)].strip() == ""


# --- Markdown emphasis ----------------------------------------------------------------

BOLD = (
    "某市2023年政府工作报告\n"
    "**一、2023年工作回顾**\n"
    "过去一年，全市**地区生产总值增长5.6%**，*一般公共预算收入完成96.3亿元*，"
    "城镇新增就业2.4万人。\n"
    "**二、2024年主要预期目标**\n"
    "地区生产总值增长5.5%左右，**城镇新增就业2.2万人以上**。\n"
)


def test_emphasis_marks_are_read_as_blank():
    from planwatch.read.markup import blank_emphasis

    view = blank_emphasis(BOLD)
    assert len(view) == len(BOLD) and "*" not in view
    assert "\n  一、2023年工作回顾  \n" in view
    assert "，\ue000一般公共预算收入完成96.3亿元\ue000，" not in view  # (a clause's edge: spaces)
    assert "全市\ue000\ue000地区生产总值" in view
    # Two footnote stars of one line are no italic pair; read.figures reads them.
    note = "注：*为快报数。全年进出口总额186.2亿元*。\n"
    assert blank_emphasis(note) == note


def test_a_bold_text_gives_the_figures_of_the_same_text_unmarked():
    assert _facts(BOLD) == _facts(BOLD.replace("*", ""))


def test_a_ratio_cut_after_its_colon_by_a_page_mark_runs_on():
    text = (
        "某县“十四五”规划实施情况中期评估报告\n"
        "规划实施以来，全县产业结构持续优化，三次产业结构由2020年的12.1：\n"
        "— 2 —\n"
        "40.3：47.6调整为2023年的10.4：41.2：48.4，服务业增加值占比提高0.8个百分点。\n"
    )
    view = reading_view(text, "txt")
    cut = text.index("12.1：") + len("12.1：")
    assert "\n" not in view.words[cut : text.index("40.3：")]


# --- an indicator's line wrapped over lines -------------------------------------------

# An evaluation's indicators one a line (名称（单位）：2020年…，2025年目标…，2023年实际…),
# the whole text hard-wrapped at 30 characters as a PDF's text layer saved as text.
KV_LINES = (
    "某市“十四五”规划纲要实施中期评估报告\n"
    "规划实施以来，全市上下认真贯彻落实市委市政府决策部署，统筹推进稳增长、\n"
    "促改革、调结构、惠民生、防风险各项工作，规划确定的主要目标任务总体进展\n"
    "顺利，经济社会发展取得新的成效。评估显示，截至2023年底，规划确定的\n"
    "25项主要指标中，有18项达到或超过预期进度，有5项进度滞后，另有2项\n"
    "因统计口径调整暂无法评估。主要指标分述如下：\n"
    "1.地区生产总值（亿元）：2020年1850.2，2025年目标2600，\n"
    "2023年实际2210.5，进展符合预期；\n"
    "2.常住人口城镇化率（%）：2020年58.3，2025年目标63，2023\n"
    "年实际60.9，进展符合预期；\n"
    "3.森林覆盖率（%）：2020年35.2，2025年目标36.5，2023年实\n"
    "际35.9，进展基本符合预期。\n"
)
KV_TIDY = (
    "某市“十四五”规划纲要实施中期评估报告\n"
    "规划实施以来，全市上下认真贯彻落实市委市政府决策部署，统筹推进稳增长、"
    "促改革、调结构、惠民生、防风险各项工作，规划确定的主要目标任务总体进展"
    "顺利，经济社会发展取得新的成效。评估显示，截至2023年底，规划确定的"
    "25项主要指标中，有18项达到或超过预期进度，有5项进度滞后，另有2项"
    "因统计口径调整暂无法评估。主要指标分述如下：\n"
    "1.地区生产总值（亿元）：2020年1850.2，2025年目标2600，2023年实际2210.5，进展符合预期；\n"
    "2.常住人口城镇化率（%）：2020年58.3，2025年目标63，2023年实际60.9，进展符合预期；\n"
    "3.森林覆盖率（%）：2020年35.2，2025年目标36.5，2023年实际35.9，进展基本符合预期。\n"
)


def test_an_indicators_line_wrapped_over_lines_reads_as_the_line_it_was():
    view = reading_view(KV_LINES, "txt")
    assert view.wrapped and len(view.tables) == len(KV_LINES)
    got = {(v, i, k, y) for v, _u, i, k, y in _facts(KV_LINES)}
    want = {(v, i, k, y) for v, _u, i, k, y in _facts(KV_TIDY)}
    kv = {x for x in want if x[0] in (1850.2, 2600.0, 2210.5, 58.3, 63.0, 60.9, 35.2, 36.5)}
    assert len(kv) >= 6
    assert kv <= got


def test_a_wrapped_texts_run_on_table_rows_keep_their_lines_for_the_table_reader():
    rows = "指标名称 2020年 2025年目标 2023年完成\n地区生产总值（亿元） 1850.2 2600 2210.5\n"
    view = reading_view(KV_LINES + rows, "txt")
    assert view.tables.endswith(rows)


def test_a_wrap_right_inside_a_bracket_keeps_the_aside_one():
    # 289天（ / 2022年为276天）: the aside's year dates no figure after it.
    text = WRAPPED.replace(
        "6.1%；固定资产投资1320亿元，增长8.2%；一般公共预算收\n入185.6亿元，增长7.4%，",
        "6.1%；全市空气质量持续明显好转，优良天数达到289天（\n"
        "2022年为276天），一般公共预算收入185.6亿元，增\n长7.4%，",
    )
    view = reading_view(text, "txt")
    at = text.index("（\n2022") + 1
    assert view.words[at] == BLANK
    got = {v: (k, y) for v, _u, _i, k, y in _facts(text)}
    assert got[289.0] == ("actual", 2023) and got[185.6] == ("actual", 2023)


def test_footnote_stars_glued_to_figures_are_no_italic_pair():
    from planwatch.read.markup import blank_emphasis

    for line in (
        "由2020年的1680.3亿元*增加到2023年的2215.7亿元，人均达到4.4万元*；\n",
        "排名由第15位提升2*~3位*。\n",
        "增长6.2%*，其中高新技术企业19家*、\n",
    ):
        assert blank_emphasis(line) == line


def test_a_run_on_table_row_before_a_fold_is_not_joined_to_the_paragraph_after():
    text = (
        "某市2023年国民经济和社会发展计划执行情况\n"
        "表1 主要指标执行情况 指标 预期目标 执行情况 生产总值增长(%) 6 4.1 居民收入增长(%) 6 5.2\n"
        "点击展开全文\n"
        "全年全市生产总值达到3215.6亿元，同比增长4.1%，总量居全省第三位。\n"
    )
    view = reading_view(text, "txt")
    at = text.index("\n点击展开全文")
    assert view.words[at] == "\n"
