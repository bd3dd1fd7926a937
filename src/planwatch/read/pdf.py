"""PDF files: the text layer in reading order (pdfplumber), tables where located.

The stored text is each page's ``extract_text()`` joined with ``"\\n"``. Ruled
tables that pdfplumber finds become :class:`~planwatch.core.data.SourceTable`
records when every non-empty cell's text can be located, in order, in the
page's text (then spans index the stored text); otherwise the table's grid is
skipped and its text simply stays part of the page text.
"""

from __future__ import annotations

import bisect
import io
import logging
import re
from collections.abc import Sequence

from planwatch.core.data import ReadResult, SourceTable, Span, TableCell
from planwatch.core.errors import CorruptFileError, ScannedPdfError, TooLargeError
from planwatch.read.layout import GridCell

log = logging.getLogger(__name__)

PAGE_SEP = "\n"
# "%%EOF" must close the file (within its last bytes) or the file was cut short.
_EOF_WINDOW = 4096
_CID = re.compile(r"\(cid:\d+\)")


def read_pdf(data: bytes, name: str, max_pages: int) -> ReadResult:
    """Read a PDF's text layer. Raises CorruptFileError, ScannedPdfError, TooLargeError."""
    _check_envelope(data, name)
    import pdfplumber  # imported here: pdfminer is slow to import and only PDFs need it

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n_pages = len(pdf.pages)
            if n_pages > max_pages:
                raise TooLargeError(
                    name,
                    f"the PDF has {n_pages} pages, over the limit of {max_pages}; "
                    "split it or raise Options.max_pdf_pages",
                )
            if n_pages == 0:
                raise CorruptFileError(name, "the PDF has no pages; download it again")
            parts: list[str] = []
            tables: list[SourceTable] = []
            offset = 0
            for page in pdf.pages:
                columns = _column_split(page)
                if columns is None:
                    page_text = page.extract_text() or ""
                    tables.extend(_page_tables(page, page_text, offset))
                else:  # a two-column page: the left column, then the right one
                    page_text = "\n".join(page.crop(box).extract_text() or "" for box in columns)
                parts.append(page_text)
                offset += len(page_text) + len(PAGE_SEP)
                page.flush_cache()  # keep memory flat on long documents
    except (CorruptFileError, TooLargeError):
        raise
    except Exception as exc:
        raise CorruptFileError(name, _describe_failure(exc)) from None
    text = PAGE_SEP.join(parts)
    visible = "".join(text.split())
    if not visible:
        raise ScannedPdfError(
            name,
            "scanned PDF, no text layer: run OCR first (e.g. `ocrmypdf -l chi_sim "
            "in.pdf out.pdf`) and read the OCR'd file",
        )
    cid_chars = sum(len(m) for m in _CID.findall(text))
    if cid_chars > 0.5 * len(visible):
        raise CorruptFileError(
            name,
            "the PDF's fonts have no Unicode mapping, so its text reads as (cid:N) codes; "
            "run OCR on it (e.g. `ocrmypdf --force-ocr -l chi_sim`) or find another copy",
        )
    return ReadResult(text=text, format="pdf", tables=tuple(tables))


def _check_envelope(data: bytes, name: str) -> None:
    """Refuse files that are not PDFs or were cut short, before pdfminer guesses at them."""
    if b"%PDF-" not in data[:1024]:
        head = data[:40].decode("latin-1").strip()
        hint = " (an HTML page: the download failed?)" if "<" in head[:20] else ""
        raise CorruptFileError(
            name,
            f"not a PDF: no %PDF header, it starts with {head[:20]!r}{hint}; "
            "download the file again",
        )
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise CorruptFileError(
            name, "truncated PDF: no %%EOF end marker, the file was cut short; download it again"
        )


def _describe_failure(exc: Exception) -> str:
    kind = exc.__class__.__name__
    if "Password" in kind or "Encrypt" in kind:
        return "the PDF is encrypted or password-protected; save an unprotected copy"
    detail = str(exc).splitlines()[0][:120] if str(exc) else ""
    return f"the PDF is corrupt ({kind}: {detail}); download it again or re-save it"


# A two-column page: an empty vertical band in the middle of the page, with
# running text (lines of at least _COLUMN_LINE characters) on both sides.
_GAP_ZONE = (0.35, 0.65)
_MIN_GAP = 12.0  # points
_COLUMN_LINE = 10
_COLUMN_LINES = 5


def _column_split(page) -> tuple[tuple[float, float, float, float], ...] | None:
    """The two column boxes of a page printed in two columns, else None.

    Pages with ruling lines (tables) are read whole: a table's columns are not
    text columns.
    """
    if page.objects.get("line") or page.objects.get("rect"):
        return None
    words = page.extract_words()
    if len(words) < 2 * _COLUMN_LINES:
        return None
    width = float(page.width)
    lo, hi = int(_GAP_ZONE[0] * width), int(_GAP_ZONE[1] * width)
    covered = [False] * (hi - lo)
    for w in words:
        for x in range(max(lo, int(w["x0"])), min(hi, int(w["x1"]) + 1)):
            covered[x - lo] = True
    gap = _widest_gap(covered)
    if gap is None or gap[1] - gap[0] < _MIN_GAP:
        return None
    cut = lo + (gap[0] + gap[1]) / 2
    top, bottom = float(page.bbox[1]), float(page.bbox[3])
    left = (float(page.bbox[0]), top, cut, bottom)
    right = (cut, top, float(page.bbox[2]), bottom)
    for box in (left, right):
        text = page.crop(box).extract_text() or ""
        running = [x for x in text.split("\n") if len(x.strip()) >= _COLUMN_LINE]
        if len(running) < _COLUMN_LINES:
            return None
    return left, right


def _widest_gap(covered: list[bool]) -> tuple[int, int] | None:
    """The widest run of uncovered positions, as (first, end)."""
    best: tuple[int, int] | None = None
    start = None
    for i, c in enumerate([*covered, True]):
        if not c and start is None:
            start = i
        elif c and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return best


def _page_tables(page, page_text: str, offset: int) -> list[SourceTable]:
    """Ruled tables on ``page`` whose cells can be located in ``page_text``."""
    if not (page.objects.get("line") or page.objects.get("rect")):
        return []  # pdfplumber's default strategy needs ruling lines
    found: list[SourceTable] = []
    try:
        page_tables = page.find_tables()
    except Exception:
        log.debug("table finding failed on page %s", page.page_number, exc_info=True)
        return []
    for table in page_tables:
        try:
            grid = _grid(table)
            if grid is None:
                continue
            cursor = _text_above(page, table, page_text)
            located = _locate(grid[0], page_text, cursor, offset)
        except Exception:
            log.debug("table on page %s skipped", page.page_number, exc_info=True)
            continue
        if located is not None and any(c.text for c in located):
            found.append(SourceTable(_cover(located), tuple(located), grid[1], grid[2]))
    return found


def _grid(table) -> tuple[list[GridCell], int, int] | None:
    """Grid-placed cells from pdfplumber's cell boxes (merged cells span several lines)."""
    texts = table.extract()
    boxes: list[tuple[tuple[float, float, float, float], str]] = []
    for row, row_texts in zip(table.rows, texts, strict=True):
        for box, text in zip(row.cells, row_texts, strict=True):
            if box is not None:
                boxes.append((box, (text or "").strip()))
    if not boxes:
        return None
    xs = sorted({round(v, 1) for b, _ in boxes for v in (b[0], b[2])})
    ys = sorted({round(v, 1) for b, _ in boxes for v in (b[1], b[3])})
    cells = []
    for (x0, top, x1, bottom), text in boxes:
        c0 = bisect.bisect_left(xs, round(x0, 1))
        c1 = bisect.bisect_left(xs, round(x1, 1))
        r0 = bisect.bisect_left(ys, round(top, 1))
        r1 = bisect.bisect_left(ys, round(bottom, 1))
        cells.append(GridCell(r0, c0, text, max(1, r1 - r0), max(1, c1 - c0)))
    return cells, max(len(ys) - 1, 1), max(len(xs) - 1, 1)


def _text_above(page, table, page_text: str) -> int:
    """Offset in ``page_text`` where the table's lines start (0 when unsure)."""
    top = table.bbox[1]
    if top <= page.bbox[1] + 1:
        return 0
    above = page.crop((page.bbox[0], page.bbox[1], page.bbox[2], top)).extract_text() or ""
    return len(above) if above and page_text.startswith(above) else 0


def _locate(
    cells: Sequence[GridCell], page_text: str, cursor: int, offset: int
) -> list[TableCell] | None:
    """Find each cell's text in reading order; None if any non-empty cell is missing."""
    placed = []
    for cell in sorted(cells, key=lambda c: (c.row, c.col)):
        if not cell.text:
            span = Span(offset + cursor, offset + cursor)
        elif "\n" in cell.text:
            found = _locate_wrapped(cell.text, page_text, cursor)
            if found is None:
                return None
            (start, end), cursor = found
            span = Span(offset + start, offset + end)
        else:
            m = _cell_pattern(cell.text).search(page_text, cursor)
            if m is None:
                return None
            span = Span(offset + m.start(), offset + m.end())
            cursor = m.end()
        placed.append(TableCell(cell.row, cell.col, cell.text, span, cell.rowspan, cell.colspan))
    return placed


def _locate_wrapped(text: str, page_text: str, cursor: int) -> tuple[tuple[int, int], int] | None:
    """A cell wrapped over lines (研究与试验发展 / 经费投入强度(%)): ((start, end), next cursor).

    The text layer puts a tall cell's lines above, on and below its row's line,
    so the pieces are found one by one: the last from the cursor on, the ones
    before it backwards. The span runs from the first piece to the last; the
    row's other cells are looked for after the first piece.
    """
    pieces = [p.strip() for p in text.split("\n") if p.strip()]
    m = _cell_pattern(pieces[-1]).search(page_text, cursor)
    if m is None:
        return None
    start, end = m.start(), m.end()
    for piece in reversed(pieces[:-1]):
        at = page_text.rfind(piece, 0, start)
        if at < 0:
            return None
        start = at
    return (start, end), start + len(pieces[0])


def _cell_pattern(text: str) -> re.Pattern[str]:
    # A number cell must not match inside a longer number ("1" in "2021").
    before = r"(?<![0-9A-Za-z.])" if text[0].isalnum() else ""
    after = r"(?![0-9A-Za-z.])" if text[-1].isalnum() else ""
    return re.compile(before + re.escape(text) + after)


def _cover(cells: Sequence[TableCell]) -> Span:
    spans = [c.span for c in cells if c.text]
    return Span(min(s.start for s in spans), max(s.end for s in spans))


# A line that ends a sentence, a heading or a cell: its line break is real.
