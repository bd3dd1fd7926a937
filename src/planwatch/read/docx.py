"""Word (.docx) files: paragraphs and tables in body order, merged cells kept once.

The body's XML children are walked in order (``w:p``, ``w:tbl``, and content
controls ``w:sdt`` that wrap them), so tables sit among the paragraphs where
the author put them. Table grids honour ``w:gridBefore`` (rows starting late),
``w:gridSpan`` (horizontal merge: colspan) and ``w:vMerge`` (vertical merge:
the cell that restarts the merge gets the rowspan; continuation cells are not
repeated). Text is written by :class:`~planwatch.read.layout.TextBuilder`.
"""

from __future__ import annotations

import io
import logging
import zipfile

from planwatch.core.data import ReadResult
from planwatch.core.errors import CorruptFileError, EmptyFileError, TooLargeError
from planwatch.read.layout import GridCell, TextBuilder

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _SDT, _SDT_CONTENT = f"{_W}p", f"{_W}tbl", f"{_W}sdt", f"{_W}sdtContent"
_TR, _TC, _TC_PR, _TR_PR = f"{_W}tr", f"{_W}tc", f"{_W}tcPr", f"{_W}trPr"
_VAL = f"{_W}val"
# Decompressed parts may be at most this many times the file limit (zip-bomb guard).
_MAX_INFLATION = 20
# ...and never more than this in all, whatever the file limit (memory of one upload).
_MAX_UNPACKED = 256 * 1024 * 1024
# The parts lxml parses: a DOM costs several times the XML's size in memory.
_MAX_XML = 64 * 1024 * 1024
_XML_PARTS = (".xml", ".rels")
_CHUNK = 1 << 20


def read_docx(data: bytes, name: str, max_bytes: int) -> ReadResult:
    """Read a .docx file. Raises CorruptFileError, EmptyFileError, TooLargeError."""
    _check_zip(data, name, max_bytes)
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
        builder = TextBuilder()
        _walk(document.element.body, builder)
        title = (document.core_properties.title or "").strip() or None
    except Exception as exc:
        raise CorruptFileError(
            name,
            f"the DOCX file is broken ({exc.__class__.__name__}); "
            "open and re-save it in Word/WPS, or save it as PDF",
        ) from None
    text = builder.text()
    if not text.strip():
        raise EmptyFileError(name, "the DOCX file holds no text (only images?); check the file")
    return ReadResult(text=text, format="docx", tables=builder.tables(), title=title)


def _check_zip(data: bytes, name: str, max_bytes: int) -> None:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise CorruptFileError(
            name, "this is an old binary Word .doc file named .docx; save it as .docx or PDF"
        )
    if not data.startswith(b"PK"):
        raise CorruptFileError(name, "not a DOCX file (a DOCX is a ZIP archive); download it again")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise CorruptFileError(
            name, f"the DOCX zip archive is broken or truncated ({exc}); download it again"
        ) from None
    if "word/document.xml" not in {i.filename for i in infos}:
        raise CorruptFileError(name, "the ZIP archive holds no word/document.xml: not a DOCX file")
    # python-docx holds every part in memory and lxml parses the XML ones: bound both.
    limit = min(_MAX_INFLATION * max_bytes, _MAX_UNPACKED)
    _check_inflation(data, infos, name, limit, min(limit, _MAX_XML))


def _check_inflation(
    data: bytes, infos: list[zipfile.ZipInfo], name: str, limit: int, xml_limit: int
) -> None:
    """Refuse a zip whose parts unpack to more than ``limit`` bytes (XML parts: ``xml_limit``).

    The declared sizes are checked first; then every part is inflated in
    chunks and counted, stopping at the limit, so memory never holds more
    than one chunk whatever the headers claim.
    """
    declared = sum(i.file_size for i in infos)
    if declared > limit:
        raise _bomb(name, declared, limit)
    declared_xml = sum(i.file_size for i in infos if i.filename.endswith(_XML_PARTS))
    if declared_xml > xml_limit:
        raise _bomb(name, declared_xml, xml_limit, "of XML")
    total = xml = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in infos:
                is_xml = info.filename.endswith(_XML_PARTS)
                with zf.open(info) as part:
                    while chunk := part.read(_CHUNK):
                        total += len(chunk)
                        xml += len(chunk) if is_xml else 0
                        if total > limit:
                            raise _bomb(name, total, limit)
                        if xml > xml_limit:
                            raise _bomb(name, xml, xml_limit, "of XML")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFileError(
            name, f"the DOCX zip archive is broken or truncated ({exc}); download it again"
        ) from None


def _bomb(name: str, size: int, limit: int, what: str = "") -> TooLargeError:
    what = f" {what}" if what else ""
    return TooLargeError(
        name,
        f"the DOCX unpacks to more than {limit} bytes{what} ({size} or more); "
        "refusing it as a possible zip bomb",
    )


def _walk(container, builder: TextBuilder) -> None:
    for child in container.iterchildren():
        if child.tag == _P:
            builder.add_block(_paragraph_text(child))
        elif child.tag == _TBL:
            cells, n_rows, n_cols = _table_grid(child)
            builder.add_table(cells, n_rows, n_cols)
        elif child.tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                _walk(content, builder)


def _paragraph_text(p) -> str:
    from docx.text.paragraph import Paragraph

    return Paragraph(p, None).text


def _cell_text(tc) -> str:
    # Every paragraph in the cell, nested tables included, one per line (TextBuilder joins them).
    return "\n".join(_paragraph_text(p) for p in tc.iter(_P))


def _int_val(parent, tag: str, default: int) -> int:
    if parent is None:
        return default
    el = parent.find(f"{_W}{tag}")
    if el is None:
        return default
    try:
        return max(0, int(el.get(_VAL, default)))
    except ValueError:
        return default


def _table_grid(tbl) -> tuple[list[GridCell], int, int]:
    """Grid-placed cells of a ``w:tbl``: gridSpan -> colspan, vMerge -> rowspan."""
    cells: list[GridCell] = []
    # column -> index in ``cells`` of the cell whose vertical merge is still open there
    open_merge: dict[int, int] = {}
    n_cols = 0
    rows = list(tbl.iterchildren(_TR))
    for r, tr in enumerate(rows):
        c = _int_val(tr.find(_TR_PR), "gridBefore", 0)
        for tc in tr.iterchildren(_TC):
            pr = tc.find(_TC_PR)
            span = max(1, _int_val(pr, "gridSpan", 1))
            vmerge = pr.find(f"{_W}vMerge") if pr is not None else None
            merge_val = vmerge.get(_VAL) if vmerge is not None else None
            if vmerge is not None and merge_val != "restart" and c in open_merge:
                i = open_merge[c]
                above = cells[i]
                cells[i] = GridCell(
                    above.row, above.col, above.text, r - above.row + 1, above.colspan
                )
            else:
                cells.append(GridCell(r, c, _cell_text(tc), 1, span))
                if vmerge is not None:
                    open_merge[c] = len(cells) - 1
                else:
                    open_merge.pop(c, None)
            c += span
        n_cols = max(n_cols, c)
    return cells, len(rows), n_cols
