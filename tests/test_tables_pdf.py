"""PDF text: sentences wrapped at the page edge, tall table cells, two-column pages."""

from __future__ import annotations

import io

from planwatch.core.data import ReadResult
from planwatch.pipeline import analyse_bytes, analyse_read
from planwatch.read.wrap import join_wrapped
from readfixtures import pdf_bytes

SENTENCE = (
    "二〇二五年全县坚持生态优先绿色发展,全年完成植树造林1.2万亩、新造林抚育600公顷,"
    "森林覆盖率达到52.4%,城市空气质量优良天数比率为93.1%,主要河流断面水质全部达标。"
)


def _wrapped(width: int) -> list[str]:
    return [SENTENCE[i : i + width] for i in range(0, len(SENTENCE), width)]


def test_join_wrapped_keeps_offsets_and_joins_only_inside_sentences():
    lines = _wrapped(SENTENCE.index("600"))
    text = (
        "某县统计公报\n"
        + "\n".join(lines)
        + "\n一、农业\n序号 指标 2025年\n1 粮食产量(万吨) 12.5\n"
    )
    view = join_wrapped(text)
    assert len(view) == len(text)
    assert "新造林抚育 600公顷" in view
    # The title, the heading and the table rows keep their line breaks.
    assert view.startswith("某县统计公报\n")
    assert view.endswith("\n一、农业\n序号 指标 2025年\n1 粮食产量(万吨) 12.5\n")
    assert [i for i, ch in enumerate(text) if ch != view[i]] == [
        i for i, ch in enumerate(text) if ch == "\n" and view[i] == " "
    ]


def test_a_figure_wrapped_onto_the_next_line_keeps_its_name():
    text = (
        "某县2025年国民经济和社会发展统计公报\n" + "\n".join(_wrapped(SENTENCE.index("600"))) + "\n"
    )
    analysed = analyse_read(ReadResult(text=text, format="pdf"), "g.pdf", sha256="x")
    by_value = {f.value: f for f in analysed.facts}
    assert text[by_value[600].start : by_value[600].end] == "600公顷"
    assert by_value[600].indicator == "新造林抚育"


def _two_column_pdf() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 11)
    left = _wrapped(12)
    right = [
        "全县粮食总产量达到12.5万",
        "吨,比上年增长2.1%,蔬",
        "菜产量达到8.6万吨,水产",
        "品产量达到3.2万吨,畜牧",
        "业保持稳定发展的良好势头",
        "农业现代化水平不断提升。",
    ]
    for k, line in enumerate(left):
        c.drawString(40, 780 - 18 * k, line)
    for k, line in enumerate(right):
        c.drawString(330, 780 - 18 * k, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_two_column_page_is_read_column_by_column():
    analysed = analyse_bytes(_two_column_pdf(), "two.pdf")
    text = analysed.document.text
    # The left column whole, then the right one: sentences stay in order.
    assert "".join(text[: text.index("全县粮食总产量")].split()) == SENTENCE
    values = {f.value for f in analysed.facts}
    assert {1.2, 600, 52.4, 93.1, 12.5, 8.6} <= values


def test_tall_table_cells_keep_their_grid():
    # Name and header cells wrapped inside a ruled table: the reader's grid is kept.
    grid = [
        ["序号", "指标", "2025年", "2030年", "年均\n增长", "属性"],
        ["1", "地区生产总值(亿元)", "320", "430", "6左右", "预期性"],
        ["2", "研究与试验发展\n经费投入强度(%)", "1.85", "2.5", "—", "预期性"],
    ]
    data = pdf_bytes([["某县“十五五”主要指标"]], table=grid)
    analysed = analyse_bytes(data, "plan.pdf")
    assert len(analysed.document.tables) == 1
    facts = {(f.indicator, f.year, f.measure.value): f.value for f in analysed.facts}
    assert facts[("研究与试验发展经费投入强度", 2025, "level")] == 1.85
    assert facts[("研究与试验发展经费投入强度", 2030, "level")] == 2.5
    assert facts[("地区生产总值", 2030, "growth")] == 6
