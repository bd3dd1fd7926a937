"""Builders of test documents for tests/test_read.py, from real corpus text.

Each builder returns the bytes of a realistic file: an HTML article page with
site chrome and a merged-cell indicator table, a PDF made with reportlab's
built-in Chinese CID font, a DOCX made with python-docx. The table rows are
those of 鹤山市“十四五”经济社会发展主要指标表 in
/work/shared/corpus/000_78da752c5f85d6f1.txt.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
if not CORPUS.exists():  # the repository keeps a copy
    CORPUS = Path(__file__).resolve().parents[1] / "examples"
PLAN_000 = CORPUS / "000_78da752c5f85d6f1.txt"
NEWS_002 = CORPUS / "002_4b074d73fc3d7590.txt"

TABLE_TITLE = "鹤山市“十四五”经济社会发展主要指标表"
# The paragraph just before the table in 000, and one from its 民生 chapter.
PARA_BEFORE = (
    "区域发展形成新格局。中心城区、副中心辐射带动作用和中心镇节点支撑作用显著增强,"
    "新型城镇化加快推进,城乡区域发展协调性明显增强,“三带”“三心”良性互动。"
)
PARA_AFTER = (
    "坚持把民生事业摆在更加突出的位置,基本服务领域主要指标均达到或超过全省平均水平。"
    "“十三五”时期,全市人民生活水平不断提高,居民人均可支配收入增速持续高于经济增速。"
)
HEADER = ["序号", "指标", "2020年", "2025年", "年均增长[累计]", "属性"]
# (序号, 指标, 2020年, 2025年, 年均增长[累计], 属性) as in the source; "" = empty cell.
ROWS = [
    ("1", "地区生产总值增长(%)", "", "", "6左右", "预期性"),
    ("2", "全员劳动生产率增长(%)", "", "", "4.7左右", "预期性"),
    ("3", "常住人口城镇化率(%)", "63.02", "65", "[1.98]", "预期性"),
    ("8", "城镇登记失业率(%)", "控制在3.0以内", "控制在3.0以内", "", "预期性"),
    ("9", "劳动年龄人口平均受教育年限(年)", "11.8", "12", "[0.2]", "约束性"),
]
GROUP_1 = "一、经济发展"
GROUP_3 = "三、民生福祉"


def plan_table_html() -> str:
    """The indicator table as HTML: a two-row header with colspan, a group row with
    colspan, and the 属性 column merged down (rowspan) over rows 1-2."""
    e = html.escape
    out = ["<table border='1'>", "<tr>"]
    out += [f"<th rowspan='2'>{e(h)}</th>" for h in HEADER[:2]]
    out += ["<th colspan='3'>指标值</th>", "<th rowspan='2'>属性</th></tr>", "<tr>"]
    out += [f"<th>{e(h)}</th>" for h in HEADER[2:5]] + ["</tr>"]
    out.append(f"<tr><td colspan='6'>{e(GROUP_1)}</td></tr>")
    for i, row in enumerate(ROWS[:3]):
        cells = "".join(f"<td>{e(c)}</td>" for c in row[:5])
        if i == 0:
            cells += f"<td rowspan='2'>{e(row[5])}</td>"
        elif i == 2:
            cells += f"<td>{e(row[5])}</td>"
        out.append(f"<tr>{cells}</tr>")
    out.append(f"<tr><td colspan='6'>{e(GROUP_3)}</td></tr>")
    for row in ROWS[3:]:
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def plan_page_html(charset: str = "utf-8") -> str:
    """A government article page: header nav, breadcrumb, share bar, script, footer."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}">
<title>鹤山市国民经济和社会发展第十四个五年规划_鹤山市人民政府门户网站</title>
<style>.nav {{ color: red }} body {{ font: 14px }}</style>
<script>var nav = "首页 政务公开"; document.write("广告");</script>
</head><body>
<div class="header"><div class="logo">鹤山市人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li>
<li><a href="/bs">政务服务</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zw">规划计划</a></div>
<div class="article">
<h1>鹤山市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</h1>
<div class="info">发布时间：2021-07-01　来源：鹤山市发展和改革局 【字体：大 中 小】</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
<div id="zoom" class="TRS_Editor">
<p>&nbsp;&nbsp;&nbsp;&nbsp;{PARA_BEFORE}</p>
<p style="text-align:center"><strong>{TABLE_TITLE}</strong></p>
{plan_table_html()}
<p>　　{PARA_AFTER}</p>
<script>console.log("统计代码 12345");</script>
</div>
</div></div>
<div class="footer"><p>主办：鹤山市人民政府办公室 版权所有</p>
<p>粤ICP备05084406号 网站标识码：4407840001</p></div>
</body></html>"""


def pdf_bytes(
    lines_per_page: list[list[str]],
    table: list[list[str]] | None = None,
    merges: list[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> bytes:
    """A PDF in reportlab's built-in Chinese font STSong-Light; ``table`` (rows of
    cells) is drawn as a ruled grid on the last page, below its lines, with
    ``merges`` as reportlab SPAN commands ((col, row) of the first and last cell)."""
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, lines in enumerate(lines_per_page):
        c.setFont("STSong-Light", 11)
        y = 800
        for line in lines:
            c.drawString(50, y, line)
            y -= 18
        if table and i == len(lines_per_page) - 1:
            t = Table(table)
            t.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), "STSong-Light", 9),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ]
                    + [("SPAN", first, last) for first, last in merges]
                )
            )
            _, h = t.wrapOn(c, 500, 700)
            t.drawOn(c, 50, y - h - 10)
        c.showPage()
    c.save()
    return buf.getvalue()


def docx_bytes() -> bytes:
    """A DOCX: title paragraph, paragraph, the indicator table with a horizontally
    merged group row and a vertically merged 属性 cell, then a paragraph."""
    import docx

    d = docx.Document()
    d.core_properties.title = "鹤山市“十四五”规划纲要"
    d.add_paragraph(PARA_BEFORE)
    d.add_paragraph(TABLE_TITLE)
    rows = [HEADER, [GROUP_1] + [""] * 5] + [list(r) for r in ROWS[:3]]
    t = d.add_table(rows=len(rows), cols=6)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    t.cell(1, 0).merge(t.cell(1, 5))  # group row across all columns
    t.cell(2, 5).merge(t.cell(3, 5))  # 预期性 down over rows 1 and 2
    t.cell(2, 5).text = "预期性"
    d.add_paragraph("")  # an empty paragraph, as authors leave them
    d.add_paragraph(PARA_AFTER)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
