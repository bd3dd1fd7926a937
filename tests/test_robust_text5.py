"""Reading rules for the ways real pages print text that round 14's robustness bench
measured: a hard-wrapped page whose line ends with a sentence's full stop in the middle of
a paragraph, a mirror's pinyin cut by a wrap, an OCR'd scan's letters in figures, a
disclosure page's catalogue printed one field a line. Every text here is composed for the
test."""

from __future__ import annotations

from planwatch.core.normalise import BLANK, condense
from planwatch.pipeline import analyse_bytes
from planwatch.read.chrome import chrome_lines, reading_view
from planwatch.read.figures import read_misread
from planwatch.read.wrap import in_word_gap


def _facts(text: str, name: str = "t.txt") -> dict[float, tuple[str, int | None]]:
    facts = analyse_bytes(text.encode("utf-8"), name).facts
    return {f.value: (str(f.kind.value), f.year) for f in facts}


# --- a full stop at the page's edge inside a paragraph --------------------------------

WIDTH = 24
# A county's outline saved from a PDF's text layer: paragraphs open indented with two
# ideographic spaces, lines are 24 characters; in the first paragraph a sentence ends right
# at the page's edge and the paragraph runs on under it.
PARAGRAPHS = (
    "回顾“十三五”，全县坚持工业强县、生态立县，经济总量稳步扩大，发展质量提升，"
    "城乡面貌大变样。五年间，全县财政总收入从8.6亿元增长到15.2亿元，接待游客人次"
    "年均增长12.4%。",
    "“十四五”时期，全县将坚持稳中求进，着力推动高质量发展，确保地区生产总值年均增长"
    "6.5%，到2025年一般公共预算收入达到12亿元。",
    "今后五年，全县将深化重点领域改革，持续优化营商环境，扩大有效投资，激发市场主体活力，"
    "增强县域经济综合实力。",
    "当前，全县发展仍面临一些困难和问题，产业结构不够合理，创新能力不强，民生领域还有"
    "短板，需要在今后工作中认真加以解决。",
    "为此，必须坚持新发展理念，加快构建现代产业体系，持续增进民生福祉，推进县域治理现"
    "代化，奋力开创各项事业新局面。",
)


def _printed(indent: str) -> str:
    """The paragraphs printed 24 characters a line, each opening with ``indent`` in place of
    two ideographic spaces (the same line breaks either way)."""
    lines = []
    for p in PARAGRAPHS:
        s = "\u3000\u3000" + p
        lines += [s[i : i + WIDTH] for i in range(0, len(s), WIDTH)]
    return "\n".join(x.replace("\u3000\u3000", indent) for x in lines) + "\n"


def test_a_full_stop_at_the_page_edge_runs_on_in_a_text_that_indents_its_paragraphs():
    text = _printed("\u3000\u3000")
    edge = text.index("大变样。\n") + len("大变样。")
    assert len(text[text.rfind("\n", 0, edge) + 1 : edge]) == WIDTH
    view = reading_view(text, "txt")
    assert view.wrapped
    assert view.joined[edge] == " "  # the paragraph runs on under the full stop
    # A paragraph's last line (short of the edge) keeps its break, and so does the line
    # before an indented one.
    end = text.index("12.4%。\n") + len("12.4%。")
    assert view.joined[end] == "\n"


def test_where_paragraphs_open_unindented_a_full_stop_at_the_edge_keeps_its_break():
    text = _printed("")
    edge = text.index("大变样。\n") + len("大变样。")
    view = reading_view(text, "txt")
    assert view.joined[edge] == "\n"


def test_the_figures_after_the_full_stop_keep_the_paragraphs_period():
    got = _facts(_printed("\u3000\u3000"))
    assert got.get(15.2) == ("actual", 2020), got.get(15.2)


# --- a mirror's pinyin cut by a wrap -------------------------------------------------


def test_pinyin_cut_by_a_wrap_is_junk_still():
    # The wrap's line break reads as a space inside the brackets, or as BLANK between the
    # character and its bracket (read.wrap.in_word_gap): the word reads without the junk.
    assert condense("铁路營(y íng)業(yè)里程").text == "铁路营业里程"
    assert condense(f"人口占{BLANK}(zhan)全國(guo)").text == "人口占全国"
    assert condense("口(kou) (kou)總量").text == "口总量"
    # An English gloss of two words is no syllable of pinyin.
    assert condense("人工智能(AI model)").text == "人工智能(AI model)"


def test_a_wrap_between_a_word_and_its_bracket_reads_across():
    text = "常住人口占\n(zhan)全省的12.5%"
    at = text.index("\n")
    assert in_word_gap(text, at, at + 1)
    text = "比上年提高(ti)\n高0.6个百分点"
    at = text.index("\n")
    assert in_word_gap(text, at, at + 1)


# --- an OCR'd scan's letters in figures -----------------------------------------------

OCR = (
    "某县2O23年国民经济和社会发展统计公报\n"
    "初步核算，2O23年全县地区生产总值完成1O6.5亿元，比上年增长l2.3%。"
    "粮食总产量2l.4万吨，新建5G基站l个。\n"
)


def test_letters_an_ocr_scan_printed_for_digits_read_as_the_digits():
    got = _facts(OCR)
    assert got.get(106.5) == ("actual", 2023), got
    assert got.get(12.3) == ("actual", 2023), got
    assert got.get(21.4) == ("actual", 2023), got


def test_words_with_letters_and_digits_keep_their_letters():
    for text in ("PM2.5平均浓度", "CO2排放", "O2O模式", "4A级景区", "I类水体", "ISO 9001认证"):
        assert read_misread(text) == text
    # A Chinese numeral has no Arabic digit; the same length always.
    assert read_misread("二〇二三年") == "二〇二三年"
    assert read_misread("增长l.5%，（l）") == "增长1.5%，（1）"


# --- a disclosure page's catalogue one field a line -----------------------------------

CATALOGUE = (
    "• 索引号：\n\n"
    "1234509876/2024-00215\n"
    "• 主题分类：\n\n"
    "综合政务\n"
    "• 发文机关：\n\n"
    "某市统计局\n"
    "• 成文日期：\n\n"
    "2024年03月18日\n"
    "• 有效性：\n\n"
    "某市2023年国民经济和社会发展统计公报\n"
    "2023年，全市地区生产总值达到1865.2亿元，比上年增长5.6%。\n"
)


def test_a_catalogues_values_are_chrome():
    blanked = [CATALOGUE[a:b] for a, b in chrome_lines(CATALOGUE)]
    assert blanked == ["1234509876/2024-00215", "综合政务", "某市统计局", "2024年03月18日"]
    meta = analyse_bytes(CATALOGUE.encode("utf-8"), "t.txt").document.meta
    assert meta.title == "某市2023年国民经济和社会发展统计公报"
    assert _facts(CATALOGUE).get(1865.2) == ("actual", 2023)


def test_a_label_of_another_kind_keeps_the_line_under_it():
    # A news page's empty 来源: over the meeting line: no catalogue.
    text = "某市政府工作报告\n\n来源：\n\n——2024年1月8日在某市第十六届人民代表大会上\n"
    assert chrome_lines(text) == []
