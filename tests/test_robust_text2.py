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
from planwatch.describe.doctype import _title_zone
from planwatch.describe.refdate import _page_tail, reference_date
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
    assert set(CHROME_KINDS) == {"page_number", "page_head", "page_tail", "crumb"}


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
