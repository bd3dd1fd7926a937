"""Text as it comes out of real PDFs and web pages reads as the tidy text does.

Each rule is tried on documents composed here in two layouts: hard line breaks inside
paragraphs (a PDF's text layer saved as text), page chrome between lines (page numbers,
a running header, a footer), and the facts must be those of the same text laid out tidy.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text
from planwatch.read.chrome import blank_chrome, chrome_lines, reading_view
from planwatch.read.wrap import looks_wrapped

# A county's work report (composed): title, meeting line, a review and a targets part.
REPORT = [
    "某某县2024年政府工作报告",
    "——2024年1月18日在某某县第十八届人民代表大会第四次会议上",
    "一、2023年工作回顾",
    "过去一年，全县经济运行稳中向好，全年实现地区生产总值312.6亿元，比上年增长6.1%；"
    "规模以上工业增加值增长8.4%，社会消费品零售总额达到96.3亿元，增长7.2%；"
    "一般公共预算收入18.7亿元，增长5.5%；城镇居民人均可支配收入达到45210元，"
    "农村居民人均可支配收入达到23180元，分别增长5.3%和7.1%。",
    "二、2024年主要目标",
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值"
    "增长7%以上，社会消费品零售总额增长6.5%，一般公共预算收入增长5%，城镇调查失业率"
    "控制在5.5%以内，单位地区生产总值能耗完成上级下达的任务。",
]

# A city's communiqué (composed): a ratio that a line break can fall after.
COMMUNIQUE = [
    "某某市2023年国民经济和社会发展统计公报",
    "某某市统计局",
    "2024年3月20日",
    "一、综合",
    "初步核算，全年全市实现地区生产总值2846.3亿元，按不变价格计算，比上年增长5.6%。"
    "分产业看，第一产业增加值210.5亿元，增长3.9%；第二产业增加值1102.7亿元，增长6.3%；"
    "第三产业增加值1533.1亿元，增长5.4%。三次产业结构由上年的7.6：39.1：53.3调整为"
    "7.4：38.7：53.9。全年全市常住人口城镇化率达到66.52%，比上年末提高0.81个百分点。",
]


_NUM = set("0123456789.")


def _wrap(lines: list[str], width: int, *, after: str | None = None, apart: bool = False) -> str:
    """The lines hard-wrapped at ``width`` characters (a break never inside a number;
    ``apart``: never before one nor within three characters after it, where its unit
    and comparator stand); ``after``: also break right after this text."""
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        pos = 0
        while pos < len(line):
            end = min(pos + width, len(line))
            if after and after in line[pos : end + len(after)]:
                end = min(end, line.index(after, pos) + len(after))
            while 0 < end < len(line) and (
                line[end - 1] in _NUM
                and line[end] in _NUM
                or apart
                and (line[end] in _NUM or any(c in _NUM for c in line[end - 3 : end]))
            ):
                end += 1
            while end < len(line) and line[end] in "，。；、％%":
                end += 1
            out.append(line[pos:end])
            pos = end
    return "\n".join(out) + "\n"


def _facts(name: str, text: str) -> dict[tuple[str, float], tuple[str, int | None, str]]:
    """Each fact as (value text, value) -> (kind, year, indicator), spaces and line
    breaks taken out of the texts (a break may fall between a number and its unit)."""
    out = {}
    for f in analyse_text(name, text).facts:
        key = ("".join(text[f.start : f.end].split()), f.value)
        out[key] = (f.kind.value, f.year, "".join(f.indicator.split()))
    return out


def _plain(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_a_hard_wrapped_report_reads_as_its_tidy_text():
    tidy = _facts("r.txt", _plain(REPORT))
    wrapped = _wrap(REPORT, 31)
    assert looks_wrapped(wrapped) and not looks_wrapped(_plain(REPORT))
    assert len(tidy) >= 14
    assert _facts("r.txt", wrapped) == tidy


def test_a_hard_wrapped_communique_with_a_ratio_broken_after_its_colon():
    tidy = _facts("c.txt", _plain(COMMUNIQUE))
    wrapped = _wrap(COMMUNIQUE, 26, after="7.6：")
    assert "7.6：\n39.1" in wrapped
    assert looks_wrapped(wrapped)
    got = _facts("c.txt", wrapped)
    assert got == tidy
    assert got[("2846.3亿元", 2846.3)][:2] == ("actual", 2023)


def test_the_meeting_line_under_a_wrapped_title_stays_its_own_line():
    wrapped = _wrap(REPORT, 24)
    meta = analyse_text("r.txt", wrapped).document.meta
    assert meta.reference_year == 2024
    assert meta.doc_type.value == "work_report"


def test_a_table_laid_out_with_spaces_is_no_wrapped_text():
    rows = [
        f"{n}  指标名称第{n}项            万元      {100 + n}      {120 + n}" for n in range(1, 12)
    ]
    text = _plain(["表1  主要指标", *rows, "注：表中数据为初步统计数。"])
    assert not looks_wrapped(text)
    assert reading_view(text, "txt").joined == text


def _paged(lines: list[str], every: int, chrome: list[str]) -> str:
    """Every ``every`` lines, the page's chrome lines (``{n}``: the page number)."""
    out = []
    for i, line in enumerate(lines):
        if i and i % every == 0:
            out.extend(c.format(n=i // every) for c in chrome)
        out.append(line)
    return "\n".join(out) + "\n"


def test_page_numbers_and_a_running_title_between_wrapped_lines_are_passed_over():
    # (A page break between a number and its unit leaves a run of blanks between them,
    # which the sentence reader does not bridge: the breaks here fall between words.)
    lines = _wrap(REPORT, 28, apart=True).splitlines()
    paged = _paged(lines, 5, ["— {n} —", REPORT[0]])
    found = [paged[a:b] for a, b in chrome_lines(paged)]
    assert "— 1 —" in found and REPORT[0] in found
    assert found.count(REPORT[0]) == (len(lines) - 1) // 5  # the title at the top is kept
    # The same facts as the wrapped text without its chrome, and the same outline.
    unpaged = "\n".join(lines) + "\n"
    assert _facts("r.txt", paged) == _facts("r.txt", unpaged)
    assert len(_facts("r.txt", paged)) >= 14

    def titles(text: str) -> list[str]:
        return [h.title for h in analyse_text("r.txt", text).document.outline.headings]

    assert titles(paged) == titles(unpaged) == ["2023年工作回顾", "2024年主要目标"]


def test_a_page_footer_and_page_of_pages_between_paragraphs_of_tidy_text():
    paged = _paged(COMMUNIQUE, 2, ["第 {n} 页 共 3 页", "某某市人民政府门户网站"])
    spans = chrome_lines(paged)
    assert [paged[a:b] for a, b in spans] == [
        "第 1 页 共 3 页",
        "某某市人民政府门户网站",
        "第 2 页 共 3 页",
        "某某市人民政府门户网站",
    ]
    blank = blank_chrome(paged)
    assert len(blank) == len(paged) and "门户网站" not in blank
    assert _facts("c.txt", paged) == _facts("c.txt", _plain(COMMUNIQUE))


def test_a_dash_or_a_lone_number_in_the_body_is_no_page_chrome():
    text = _plain(
        [
            "某某县2025年主要指标",
            "指标",
            "2025年",
            "地区生产总值",
            "12",
            "——全县上下团结一心",
            "-3-",
        ]
    )
    # One dashed number with no running line is a page number; a lone 12 (a table cell)
    # and a dash opening a sentence are not.
    assert [text[a:b] for a, b in chrome_lines(text)] == ["-3-"]


# --- web-page chrome ------------------------------------------------------------------

_HEAD = [
    "当前位置：首页 > 政务公开 > 信息公开目录",
    "发布时间：{date} 09:30  来源：{source}  浏览次数：1234",
    "【字体：大 中 小】",
    "【打印】【关闭】",
]


def _page(body: list[str], date: str, source: str, tail: list[str]) -> str:
    head = [line.format(date=date, source=source) for line in _HEAD]
    return "\n".join([*head, "", *body, "", *tail]) + "\n"


def _meta(name: str, text: str):
    return analyse_text(name, text).document.meta


def test_a_communique_page_without_its_title_stays_a_communique():
    body = COMMUNIQUE[3:]  # (an excerpt: no title line)
    tidy = _meta("c.txt", _plain(body))
    paged = _meta("c.txt", _page(body, "2024-03-20", "某某市统计局", ["分享到：微信 微博"]))
    assert tidy.doc_type.value == paged.doc_type.value == "communique"


def test_page_head_lines_do_not_push_the_title_out_of_the_title_zone():
    # An official document's header and number stand over its title.
    body = [
        "某某县人民政府文件",
        "某政发〔2023〕12号",
        "某某县国民经济和社会发展第十四个五年规划纲要实施中期评估报告",
        "“十四五”规划纲要实施以来，全县上下攻坚克难，地区生产总值年均增长6.3%。",
    ]
    tidy = _meta("e.txt", _plain(body))
    paged = _meta("e.txt", _page(body, "2023-09-12", "某某县发展和改革局", []))
    assert tidy.doc_type.value == paged.doc_type.value == "plan_midterm_evaluation"


def test_the_dates_of_a_page_s_related_links_are_not_its_date():
    body = COMMUNIQUE[3:]
    for tail in (
        ["相关链接", "· 某某市召开2025年经济运行分析会  2025-04-02"],
        ["分享到：微信 微博 QQ空间", "【打印本页】【关闭窗口】", "某某市2026年工作要点 2026-01-05"],
    ):
        # No date in the page's head: the year comes from the body, not the links.
        page = "\n".join(["当前位置：首页 > 统计信息", "", *body, "", *tail]) + "\n"
        meta = _meta("c.txt", page)
        assert meta.reference_year == _meta("c.txt", _plain(body)).reference_year
        assert meta.reference_year not in (2025, 2026)
