"""Tests of the read stage on real corpus text: text, HTML, PDF, DOCX and bad input."""

from __future__ import annotations

import codecs
import html
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planwatch.core.data import ReadResult
from planwatch.core.errors import (
    BinaryFileError,
    CorruptFileError,
    DecodeError,
    EmptyFileError,
    InputError,
    ScannedPdfError,
    TooLargeError,
    UnsupportedFormatError,
)
from planwatch.options import Options
from planwatch.read import SUPPORTED_SUFFIXES, read_bytes, read_path
from readfixtures import (
    CORPUS,
    GROUP_1,
    HEADER,
    NEWS_002,
    PARA_AFTER,
    PARA_BEFORE,
    PLAN_000,
    ROWS,
    TABLE_TITLE,
    docx_bytes,
    pdf_bytes,
    plan_page_html,
    plan_table_html,
)

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def corpus_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def assert_cell_spans(result: ReadResult) -> None:
    """The span invariant: every cell's span shows exactly the cell's text."""
    for table in result.tables:
        assert table.span.of(result.text)
        for cell in table.cells:
            shown = cell.span.of(result.text)
            if "\n" in cell.text:
                # A PDF cell wrapped over lines (研究与试验发展 / 经费投入强度(%)): the text layer
                # may print other cells' words between its pieces; the span runs from the
                # first piece to the last and shows every piece in order (read.pdf).
                assert result.format == "pdf"
                pieces = [p.strip() for p in cell.text.split("\n") if p.strip()]
                assert shown.startswith(pieces[0]) and shown.endswith(pieces[-1])
                at = 0
                for piece in pieces:
                    at = shown.index(piece, at) + len(piece)
            else:
                assert shown == cell.text
            assert table.span.contains(cell.span) or not cell.text


def grid(result: ReadResult, index: int = 0) -> dict[tuple[int, int], tuple[str, int, int]]:
    """(row, col) -> (text, rowspan, colspan) of one table."""
    return {(c.row, c.col): (c.text, c.rowspan, c.colspan) for c in result.tables[index].cells}


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    table = [HEADER] + [list(r) for r in ROWS]
    return pdf_bytes([["第一章 发展基础与发展环境", PARA_BEFORE[:38]], [TABLE_TITLE]], table)


# --- plain text ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_corpus_text_is_stored_exactly(path: Path) -> None:
    result = read_path(path)
    assert result.text == corpus_text(path)
    assert (result.format, result.encoding, result.tables) == ("txt", "utf-8", ())


def test_crlf_text_keeps_offsets(tmp_path: Path) -> None:
    excerpt = corpus_text(NEWS_002)[:1500].replace("\n", "\r\n")
    path = tmp_path / "news_crlf.txt"
    path.write_bytes(excerpt.encode("utf-8"))
    text = read_path(path).text
    assert text == excerpt and "\r\n" in text
    i = text.index("贯彻新发展理念 推动高质量发展")
    # The offset indexes the file decoded without newline translation.
    with open(path, encoding="utf-8", newline="") as fh:
        assert fh.read()[i : i + 7] == "贯彻新发展理念"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    excerpt = corpus_text(PLAN_000)[:3000]
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + excerpt.encode("utf-8"))
    result = read_path(path)
    assert result.text == excerpt
    assert result.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_gb_encoded_copy_of_corpus(tmp_path: Path, codec: str) -> None:
    # 002 is a news page; GBK/GB2312 lack a few of its symbols (no-break space, bullet).
    excerpt = corpus_text(NEWS_002)[:4000].encode(codec, "ignore").decode(codec)
    assert len(excerpt) > 3000 and "鹤山" in excerpt
    path = tmp_path / f"news_{codec}.txt"
    path.write_bytes(excerpt.encode(codec))
    result = read_path(path)
    assert result.text == excerpt
    assert result.encoding == "gb18030"


def test_gb18030_four_byte_characters(tmp_path: Path) -> None:
    text = "鹤山市㘵𠀾村常住人口城镇化率达63.02%。"  # rare hanzi outside GBK
    result = read_bytes(text.encode("gb18030"), "rare.txt")
    assert result.text == text


def test_big5_traditional_text_is_detected() -> None:
    text = "鶴山市國民經濟和社會發展第十四個五年規劃。地區生產總值年均增長6%左右。" * 5
    result = read_bytes(text.encode("big5"), "hk.txt")
    assert result.text == text
    assert result.encoding == "big5"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    excerpt = corpus_text(PLAN_000)[:2000]
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    data = bom + excerpt.encode(codec)
    result = read_bytes(data, "plan16.txt")
    assert result.text == excerpt
    assert result.encoding.startswith("utf-16")


# --- bad input ----------------------------------------------------------------------------


def raises(exc_type: type[InputError], data: bytes, name: str, *words: str, **kw) -> InputError:
    with pytest.raises(exc_type) as info:
        read_bytes(data, name, **kw)
    message = str(info.value)
    assert message.startswith(name + ": ")
    assert "\n" not in message
    for word in words:
        assert word in message, message
    return info.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyFileError, match=r"empty\.txt: the file is empty \(0 bytes\)"):
        read_path(path)


def test_whitespace_only_file() -> None:
    raises(EmptyFileError, "\r\n  \u3000\n".encode(), "blank.txt", "only whitespace")


def test_png_renamed_txt() -> None:
    raises(BinaryFileError, PNG_HEADER + bytes(200), "chart.txt", "PNG image", "not text")


def test_pdf_renamed_txt(plan_pdf: bytes) -> None:
    raises(BinaryFileError, plan_pdf, "plan.txt", "a PDF file")


def test_nul_bytes_are_binary() -> None:
    data = "地区生产总值".encode() + b"\x00\x01\x02\x00" * 50
    raises(BinaryFileError, data, "dump.txt", "NUL bytes")


def test_control_bytes_are_binary() -> None:
    data = bytes(random.Random(7).choice(range(1, 9)) for _ in range(500)) + b"text"
    raises(BinaryFileError, data, "noise.txt", "control bytes")


def test_undecodable_high_bytes() -> None:
    rng = random.Random(1)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    raises(DecodeError, data, "garbled.txt", "no supported encoding", "UTF-8")


def test_utf8_with_one_cut_character_is_read_with_replacement(caplog) -> None:
    # A scrape cut inside the last character: 2 of its 3 bytes remain.
    text = corpus_text(NEWS_002)
    data = text.encode("utf-8") + "鹤".encode()[:2]
    result = read_bytes(data, "cut.txt")
    assert result.text == text + "\ufffd"
    assert result.encoding == "utf-8"
    assert "cut.txt: 1 invalid UTF-8 byte sequence" in caplog.text


def test_random_valid_gb_pairs_are_not_chinese() -> None:
    # Bytes that GB18030 decodes (lead 0x81-0xFE, trail 0x81-0xFE) but that are noise.
    rng = random.Random(3)
    data = b"".join(
        bytes([rng.randrange(0x81, 0xFF), rng.randrange(0x81, 0xFF)]) for _ in range(800)
    )
    with pytest.raises(DecodeError):
        read_bytes(data, "noise_gb.txt")


def test_truncated_pdf(plan_pdf: bytes) -> None:
    raises(CorruptFileError, plan_pdf[: len(plan_pdf) // 2], "cut.pdf", "truncated PDF")


def test_pdf_with_garbage_body(plan_pdf: bytes) -> None:
    # Header and end marker intact, the middle destroyed: pdfminer fails, we wrap it.
    data = plan_pdf[:20] + bytes(range(256)) * 4 + b"\n%%EOF\n"
    with pytest.raises(CorruptFileError) as info:
        read_bytes(data, "broken.pdf")
    assert str(info.value).startswith("broken.pdf: ")


def test_html_saved_as_pdf() -> None:
    data = b"<!DOCTYPE html><html><body>404 Not Found</body></html>"
    raises(CorruptFileError, data, "plan.pdf", "not a PDF", "HTML page")


def test_scanned_pdf_without_text_layer() -> None:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(50, 50, 400, 600, fill=1)  # an "image" of a page: no text objects
    c.showPage()
    c.save()
    raises(ScannedPdfError, buf.getvalue(), "scan.pdf", "scanned PDF, no text layer", "OCR")


def test_pdf_page_limit(plan_pdf: bytes) -> None:
    raises(TooLargeError, plan_pdf, "plan.pdf", "2 pages", options=Options(max_pdf_pages=1))


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(corpus_text(PLAN_000).encode())
    with pytest.raises(
        TooLargeError, match=r"plan\.txt: the file has 172996 bytes, over the limit"
    ):
        read_path(path, Options(max_file_bytes=100_000))
    raises(
        TooLargeError,
        b"x" * 101,
        "b.txt",
        "over the limit of 100",
        options=Options(max_file_bytes=100),
    )


def test_text_over_char_limit() -> None:
    data = corpus_text(NEWS_002).encode()
    raises(
        TooLargeError,
        data,
        "news.txt",
        "characters, over the limit",
        options=Options(max_text_chars=1000),
    )


def test_default_limit_refuses_51mb_file_without_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: quick to make, 51 MiB long
        fh.truncate(51 * 1024 * 1024)

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened despite its size")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(TooLargeError, match=r"huge\.txt: the file has 53477376 bytes"):
        read_path(path)


def test_broken_docx_zip() -> None:
    data = docx_bytes()
    raises(CorruptFileError, data[: len(data) // 2], "cut.docx", "zip archive is broken")
    raises(CorruptFileError, b"PK\x03\x04" + bytes(300), "junk.docx", "zip archive is broken")


def test_docx_that_is_not_a_zip() -> None:
    raises(CorruptFileError, "鹤山市".encode() * 50, "notes.docx", "not a DOCX file")
    raises(CorruptFileError, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old.docx", ".doc")


def test_docx_with_broken_xml_inside_valid_zip() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document>鹤山市 not xml")
    raises(CorruptFileError, buf.getvalue(), "bad.docx", "DOCX file is broken", "re-save")


_PLAN_PDF = pdf_bytes([[TABLE_TITLE, PARA_BEFORE[:30]]], [HEADER] + [list(r) for r in ROWS[:2]])
_PLAN_DOCX = docx_bytes()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["x.txt", "x.html", "x.pdf", "x.docx"]),
    st.sampled_from(["pdf", "docx", "html"]),
    st.lists(st.tuples(st.floats(0.02, 0.98), st.binary(min_size=1, max_size=8)), max_size=6),
)
# (A mangled PDF whose table the reader takes as two tall columns of wrapped cells.)
@example("x.pdf", "pdf", [(0.8357001257356867, b"!G38a")])
def test_mangled_files_raise_input_errors_only(name: str, source: str, edits) -> None:
    """Whatever the bytes, a reader returns a result or raises an InputError subclass."""
    data = bytearray(
        {"pdf": _PLAN_PDF, "docx": _PLAN_DOCX, "html": plan_page_html().encode()}[source]
    )
    for where, junk in edits:
        i = int(where * len(data))
        data[i : i + len(junk)] = junk
    try:
        result = read_bytes(bytes(data), name)
    except InputError as exc:
        assert str(exc).startswith(name + ": ")
    else:
        assert result.text.strip()
        assert_cell_spans(result)


def test_html_with_no_content() -> None:
    page = (
        "<html><head><title>鹤山市人民政府</title><script>var a='正文';</script></head>"
        "<body><div class='nav'><a href='/'>首页</a><a href='/x'>政务公开</a></div>"
        "<style>p{}</style></body></html>"
    )
    raises(CorruptFileError, page.encode(), "blank.html", "yields no text")


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    raises(
        UnsupportedFormatError,
        b"\xd0\xcf\x11\xe0",
        "plan.doc",
        "unsupported file type (.doc)",
        ".docx",
    )
    raises(UnsupportedFormatError, b"abc", "README", "no extension")
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        read_path(tmp_path / "missing.txt")
    assert {".txt", ".html", ".htm", ".pdf", ".docx"} <= SUPPORTED_SUFFIXES


# --- HTML ---------------------------------------------------------------------------------


def test_html_article_page_keeps_content_and_table() -> None:
    result = read_bytes(plan_page_html().encode("utf-8"), "plan.html")
    text = result.text
    assert result.format == "html" and result.encoding == "utf-8"
    assert result.title == "鹤山市国民经济和社会发展第十四个五年规划_鹤山市人民政府门户网站"
    # Chrome, scripts and styles are gone.
    for junk in (
        "首页",
        "政务服务",
        "分享到",
        "微博",
        "ICP",
        "版权所有",
        "console",
        "document.write",
        "font:",
        "统计代码",
        "门户网站",
        "字体",
    ):
        assert junk not in text, junk
    # Content in document order, the table exactly once between its paragraphs.
    assert text.startswith("鹤山市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n")
    assert "发布时间：2021-07-01" in text
    order = [text.index(s) for s in (PARA_BEFORE, TABLE_TITLE, "序号\n指标", "约束性", PARA_AFTER)]
    assert order == sorted(order)
    assert text.count("常住人口城镇化率(%)") == 1
    assert "常住人口城镇化率(%)\n63.02\n65\n[1.98]\n预期性\n\n三、民生福祉\n\n8\n" in text
    assert_cell_spans(result)


def test_html_table_grid_with_rowspan_and_colspan() -> None:
    result = read_bytes(plan_page_html().encode(), "plan.html")
    assert len(result.tables) == 1
    table = result.tables[0]
    assert (table.n_rows, table.n_cols) == (9, 6)
    g = grid(result)
    assert g[(0, 0)] == ("序号", 2, 1)
    assert g[(0, 2)] == ("指标值", 1, 3)
    assert g[(0, 5)] == ("属性", 2, 1)
    assert [g[(1, c)][0] for c in (2, 3, 4)] == ["2020年", "2025年", "年均增长[累计]"]
    assert g[(2, 0)] == (GROUP_1, 1, 6)
    assert g[(3, 5)] == ("预期性", 2, 1)  # merged down over rows 1 and 2 of the body
    assert (4, 5) not in g  # covered by the merge: not repeated
    assert [g[(5, c)][0] for c in range(6)] == list(ROWS[2])
    assert g[(7, 2)][0] == g[(7, 3)][0] == "控制在3.0以内"
    empty = [c for c in table.cells if not c.text]
    assert empty and all(len(c.span) == 0 for c in empty)
    assert table.span.of(result.text).startswith("序号") and table.span.of(result.text).endswith(
        "约束性"
    )


def test_html_gbk_page_with_meta_charset() -> None:
    page = plan_page_html(charset="gb2312").replace(PARA_AFTER, PARA_AFTER + "㘵")  # GB18030-only
    result = read_bytes(page.encode("gb18030"), "plan_gbk.htm")
    assert result.encoding == "gb18030"
    assert PARA_BEFORE in result.text and PARA_AFTER + "㘵" in result.text
    assert_cell_spans(result)


def test_html_layout_table_and_wrapped_chinese_lines() -> None:
    page = f"""<html><head><title>鹤山两会</title></head><body>
    <table width="100%"><tr><td class="left"><a href="/a">上一版</a> <a href="/b">下一版</a></td>
    <td><p>今年,鹤山将坚持稳字当头、稳中求进,完整、准确、全面贯彻新发展理念,
       纵深推进制造业当家“一把手”工程,全力冲刺全国工业百强县。</p>
    {plan_table_html()}
    <p>地区生产总值增长 6% 左右。</p></td></tr></table></body></html>"""
    result = read_bytes(page.encode(), "news.html")
    # Source line wraps between Chinese characters vanish; spaces between Latin/digits stay.
    assert "全面贯彻新发展理念,纵深推进制造业当家" in result.text
    assert "地区生产总值增长 6% 左右。" in result.text
    assert len(result.tables) == 1  # the layout table is not a SourceTable
    assert grid(result)[(5, 1)][0] == "常住人口城镇化率(%)"
    assert "上一版" not in result.text
    assert_cell_spans(result)


def test_html_table_page_with_short_intro() -> None:
    page = f"""<html><head><title>主要指标</title></head><body>
    <div class="topnav"><a href="/">首页</a><a href="/tj">统计数据</a><a href="/gk">信息公开</a></div>
    <div class="title"><h1>{TABLE_TITLE}</h1></div>
    <div class="txt"><p>单位：%</p></div>
    <div class="tbl">{plan_table_html()}</div>
    <div id="ft">Copyright 鹤山市统计局 粤ICP备05084406号</div></body></html>"""
    result = read_bytes(page.encode(), "stats.html")
    assert result.text.startswith(TABLE_TITLE + "\n\n单位：%\n\n序号\n指标\n")
    assert result.text.endswith("约束性")
    assert len(result.tables) == 1 and "首页" not in result.text
    assert_cell_spans(result)


def test_html_old_style_page_with_br_paragraphs() -> None:
    paragraphs = [p for p in corpus_text(NEWS_002).split("\n") if len(p.strip()) > 40][:6]
    content = "<br>\n<br>\n".join(html.escape(p.strip()) for p in paragraphs)
    page = f"""<html><head>
    <meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>鹤山两会</title></head>
    <body><table><tr><td><a href="/">首页</a> | <a href="/b">上一版</a> | <a href="/c">下一版</a></td></tr>
    <tr><td><font size="3">{content}</font></td></tr>
    <tr><td>主办单位：鹤山市融媒体中心 技术支持：某公司</td></tr></table></body></html>"""
    data = page.encode("gb18030", "ignore")
    result = read_bytes(data, "news.htm")
    assert result.encoding == "gb18030"
    expected = [" ".join(p.replace("\xa0", " ").split()) for p in paragraphs]
    assert result.text.split("\n\n") == expected


cell_text = st.text(alphabet="地区生产总值增长率0123456789.%()[]左右 ", max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(
            st.tuples(cell_text, st.integers(1, 3), st.integers(1, 3)), min_size=1, max_size=4
        ),
        min_size=1,
        max_size=5,
    )
)
def test_html_random_tables_keep_span_invariant(rows) -> None:
    body = "".join(
        "<tr>" + "".join(f"<td rowspan={r} colspan={c}>{t}</td>" for t, r, c in row) + "</tr>"
        for row in rows
    )
    page = f"<html><body><p>{PARA_BEFORE}</p><table>{body}</table><p>{PARA_AFTER}</p></body></html>"
    result = read_bytes(page.encode(), "t.html")
    assert_cell_spans(result)
    for table in result.tables:
        positions = {(c.row, c.col) for c in table.cells}
        assert len(positions) == len(table.cells)  # no two cells placed on one grid slot
        written = [c for c in table.cells if c.text]
        assert [c.span.start for c in written] == sorted(c.span.start for c in written)


# --- PDF ----------------------------------------------------------------------------------


def test_pdf_chinese_text_round_trips(plan_pdf: bytes) -> None:
    result = read_bytes(plan_pdf, "plan.pdf")
    assert result.format == "pdf" and result.encoding is None
    pages = result.text.split("\n")
    assert pages[0] == "第一章 发展基础与发展环境"
    assert pages[1] == PARA_BEFORE[:38]
    assert pages[2] == TABLE_TITLE  # page 2 follows page 1 after one "\n"
    assert "3 常住人口城镇化率(%) 63.02 65 [1.98] 预期性" in result.text
    assert "8 城镇登记失业率(%) 控制在3.0以内 控制在3.0以内 预期性" in result.text


def test_pdf_table_cells_are_located(plan_pdf: bytes) -> None:
    result = read_bytes(plan_pdf, "plan.pdf")
    assert len(result.tables) == 1
    table = result.tables[0]
    assert (table.n_rows, table.n_cols) == (6, 6)
    g = grid(result)
    assert [g[(0, c)][0] for c in range(6)] == HEADER
    assert [g[(3, c)][0] for c in range(6)] == list(ROWS[2])
    assert g[(1, 2)][0] == "" and g[(1, 4)][0] == "6左右"
    assert_cell_spans(result)
    # The "1" of row 1 is the row's number, not the "1" inside "2020年" or "[1.98]".
    one = next(c for c in table.cells if (c.row, c.col) == (1, 0))
    assert result.text[one.span.start : one.span.end + 2] == "1 地"


def test_pdf_merged_cells() -> None:
    rows = [HEADER, [GROUP_1, "", "", "", "", ""], list(ROWS[2])]
    data = pdf_bytes([[TABLE_TITLE]], rows, merges=[((0, 1), (5, 1))])
    result = read_bytes(data, "merged.pdf")
    g = grid(result)
    assert g[(1, 0)] == (GROUP_1, 1, 6)
    assert [g[(2, c)][0] for c in range(6)] == list(ROWS[2])
    assert_cell_spans(result)


def test_pdf_table_with_multiline_cell_keeps_its_grid() -> None:
    # A wrapped cell's lines interleave with its row's other cells in the text layer:
    # its pieces are found one by one and its span runs from the first to the last.
    rows = [HEADER, ["1", "地区生产总值\n增长(%)", "", "", "6左右", "预期性"], list(ROWS[2])]
    result = read_bytes(pdf_bytes([[TABLE_TITLE]], rows), "wrapped.pdf")
    assert "地区生产总值\n1 增长(%) 6左右 预期性" in result.text
    assert "3 常住人口城镇化率(%) 63.02 65 [1.98] 预期性" in result.text
    (table,) = result.tables
    name = next(c for c in table.cells if c.text == "地区生产总值\n增长(%)")
    assert result.text[name.span.start : name.span.end] == "地区生产总值\n1 增长(%)"


# --- DOCX ---------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_in_body_order() -> None:
    result = read_bytes(docx_bytes(), "plan.docx")
    text = result.text
    assert result.format == "docx" and result.title == "鹤山市“十四五”规划纲要"
    assert text.startswith(PARA_BEFORE + "\n\n" + TABLE_TITLE + "\n\n序号\n指标\n")
    assert text.endswith("预期性\n\n" + PARA_AFTER)
    assert text.count("预期性") == 2  # the merged 属性 cell is written once, plus row 3's
    assert text.count(GROUP_1) == 1  # the merged group row once, not six times


def test_docx_merged_cells() -> None:
    result = read_bytes(docx_bytes(), "plan.docx")
    assert len(result.tables) == 1
    table = result.tables[0]
    assert (table.n_rows, table.n_cols) == (5, 6)
    g = grid(result)
    assert [g[(0, c)][0] for c in range(6)] == HEADER
    assert g[(1, 0)] == (GROUP_1, 1, 6)
    assert g[(2, 5)] == ("预期性", 2, 1)
    assert (3, 5) not in g
    assert [g[(4, c)][0] for c in range(6)] == list(ROWS[2])
    assert_cell_spans(result)


def test_read_path_dispatches_each_format(tmp_path: Path, plan_pdf: bytes) -> None:
    files = {
        "a.docx": docx_bytes(),
        "b.pdf": plan_pdf,
        "c.HTML": plan_page_html().encode(),
        "d.md": corpus_text(NEWS_002).encode(),
    }
    formats = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        result = read_path(tmp_path / name)
        formats.append(result.format)
        assert "常住人口城镇化率" in result.text or "鹤山" in result.text
    assert formats == ["docx", "pdf", "html", "txt"]
    assert os.path.getsize(tmp_path / "b.pdf") == len(plan_pdf)
