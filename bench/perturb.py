"""Transform a document and its gold file the way real pages flatten text.

Real PDF and web text differs from tidy text in document-independent ways: hard line
breaks inside paragraphs, page chrome between lines, spaced-out headings, full-width
digits, tables one cell per line or run together, web-page chrome around the body. Each
transformation here is one of them, applied to a document we may develop on, with every
gold offset remapped exactly, so a score on the copy tells how much the reader loses to
that way of flattening alone. Stdlib only; seeded and deterministic.

Transformations (``--ops``, applied in the order given; the forms added in round 12 —
``thousands``, ``mixdigits``, ``footnotes``, ``midpage``, ``htmlcells``, ``word``,
``unitline`` — and in rounds 13 and 14 are described in ``bench/perturb_forms.py`` and
``bench/perturb_forms2.py``; round 16's forms of a document's title, date and wrapping —
``notitle``, ``chrometitle``, ``repost``, ``newslead``, ``cover``, ``dateend``, ``header`` —
in ``bench/perturb_docs.py``):

- ``wrap``: a hard line break every 28–40 characters inside prose lines, as a PDF text
  layer prints a page's lines. A break may fall anywhere in a word (地区生产\\n总值) and
  next to a number, never inside a run of digits and number marks (0-9 . % , full-width
  forms) nor inside a gold value (the number with its unit), and never before closing
  punctuation (Chinese typesetting keeps 。，、；：∶）” on the line before). Only prose
  lines (holding ，。； and fewer than five spaces) are wrapped: table rows, delimited or
  run on, print as rows.
- ``pages``: page chrome between lines every 600–1,000 characters (a page): a page number (``— 12 —``,
  ``-3-``, ``- 3 -``, ``第 3 页 共 20 页``, a bare ``12``), then sometimes a running header
  repeating the document's title and a footer naming a website of the area.
- ``spaces``: short all-CJK lines and table cells (headings, 指标 / 单位) spaced out
  (主 要 指 标); in about a third of the lines ASCII digits and number marks made
  full-width (６．５％), in another third spaces made non-breaking and the line indented
  with two ideographic or non-breaking spaces.
- ``cells``: each table (consecutive delimited lines) one cell per line or its rows run
  together on one line with single spaces.
- ``markdown``: each table (consecutive delimited lines) as a web page converted to
  text prints it: ``| a | b |`` rows, a ``|---|---|`` rule under the first row.
- ``web``: a web page's chrome before the body (breadcrumbs, the title, a
  发布时间/来源/浏览次数 line, 字号) and after it (分享到, 打印/关闭, a 相关链接 list whose
  items carry dates of other years). The 发布时间 is the gold's ``published`` date (no
  发布时间 where the gold does not know its month), the source an office that publishes the
  genre (统计局 for communiqués), the breadcrumb's column one any document is filed under.

Every inserted stretch of chrome is listed in the output gold under ``perturb.chrome``
(new offsets), so a bench can count facts read from chrome. Every output is validated:
each fact's ``value_text`` is at its ``start``, each quote is in the text, passages are in
bounds.

CLI: ``python bench/perturb.py DOC GOLD OUTDIR --ops wrap,pages --seed 1``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

OPS = ("wrap", "pages", "spaces", "cells", "web", "markdown")

_NUMBERISH = set("0123456789.%,，．％０１２３４５６７８９")
_NO_LINE_START = set("。，、；：∶？！）》」』”’,.;:?!)%％")
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
_CELL_SEP = re.compile(r"\t| {2,}|\u3000+|\|")
_PROSE = re.compile("[，。；]")  # a line of sentences (a run-on table row has none)
_FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``new`` (``start == end``: an insertion)."""

    start: int
    end: int
    new: str
    # The new text is page or web chrome: all of it (True), or these (start, end) of it.
    chrome: bool | tuple[tuple[int, int], ...] = False


@dataclass
class Doc:
    """A document's text and gold (a dict in the GOLD_SPEC format)."""

    text: str
    gold: dict
    chrome: list[list[int]] = field(default_factory=list)


class PerturbError(Exception):
    """A transformed copy that breaks the gold (a bug here, never in the input)."""


# ---------------------------------------------------------------- applying edits


def protected(doc: Doc) -> list[tuple[int, int]]:
    """Spans no edit may fall inside: every gold value with its unit."""
    return sorted((f["start"], f["start"] + len(f["value_text"])) for f in doc.gold["facts"])


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


def apply_edits(doc: Doc, edits: Iterable[Edit]) -> Doc:
    """The document with ``edits`` made (non-overlapping) and its gold remapped."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.start < a.end:
            raise PerturbError(f"overlapping edits at {a.start} and {b.start}")
    values = protected(doc)
    for e in ordered:
        if len(e.new) != e.end - e.start and any(
            a < e.end and e.start < b and (e.start > a or e.end < b or e.start == e.end)
            for a, b in values
        ):
            raise PerturbError(f"an edit at {e.start} changes the length of a value")
    pieces: list[str] = []
    chrome: list[list[int]] = []
    pos, delta = 0, 0
    for e in ordered:
        pieces.append(doc.text[pos : e.start])
        parts = ((0, len(e.new)),) if e.chrome is True else e.chrome or ()
        chrome.extend([e.start + delta + a, e.start + delta + b] for a, b in parts)
        pieces.append(e.new)
        delta += len(e.new) - (e.end - e.start)
        pos = e.end
    pieces.append(doc.text[pos:])
    text = "".join(pieces)

    def new(offset: int, after_insert: bool = False) -> int:
        return _shift(offset, ordered, after_insert)

    gold = json.loads(json.dumps(doc.gold))
    for p in gold.get("passages", []):
        p["start"], p["end"] = new(p["start"], after_insert=True), new(p["end"])
    for f in gold["facts"]:
        old_end = f["start"] + len(f["value_text"])
        q0 = _quote_start(doc.text, f)
        f["start"] = new(f["start"], after_insert=True)
        f["value_text"] = text[f["start"] : new(old_end)]
        if q0 is not None:
            f["quote"] = text[new(q0, after_insert=True) : new(q0 + len(f["quote"]))]
    old_chrome = [[new(a, True), new(b)] for a, b in doc.chrome]
    return Doc(text, gold, sorted(old_chrome + chrome))


def _shift(offset: int, ordered: list[Edit], after_insert: bool) -> int:
    """The new offset of original ``offset``: edits wholly before it move it; an
    insertion exactly at it moves it only when ``after_insert`` (a start stays with the
    character it points at; an end stays before what is inserted after it)."""
    delta = 0
    for e in ordered:
        if e.end < offset or (e.end == offset and (e.start < e.end or after_insert)):
            delta += len(e.new) - (e.end - e.start)
        elif e.start >= offset:
            break
        elif e.start < offset < e.end:
            raise PerturbError(f"offset {offset} inside an edit at {e.start}")
    return offset + delta


def _quote_start(text: str, fact: dict) -> int | None:
    """Where the fact's quote stands: the occurrence that holds the value."""
    quote, start = fact.get("quote") or "", fact["start"]
    if not quote:
        return None
    i = text.find(quote, max(0, start - len(quote)))
    while i != -1 and i <= start:
        if i + len(quote) >= start + len(fact["value_text"]):
            return i
        i = text.find(quote, i + 1)
    return None


def validate(doc: Doc) -> None:
    """Every fact's value at its start, every quote holding its value, passages in bounds."""
    n = len(doc.text)
    for p in doc.gold.get("passages", []):
        if not 0 <= p["start"] <= p["end"] <= n:
            raise PerturbError(f"passage {p['id']} out of bounds")
    for f in doc.gold["facts"]:
        s, v = f["start"], f["value_text"]
        if doc.text[s : s + len(v)] != v:
            raise PerturbError(f"value {v!r} not at {s}")
        if f.get("quote") and v not in f["quote"]:
            raise PerturbError(f"quote {f['quote']!r} lost value {v!r}")


# ---------------------------------------------------------------- lines and tables


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    out, pos = [], 0
    for m in re.finditer(r"\r?\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def is_table_line(line: str) -> bool:
    """A delimited table row: tabs, bars, or three or more cells set apart by spaces."""
    s = line.strip()
    return "\t" in s or s.count("|") >= 2 or len(_CELL_SEP.split(s)) >= 3


def _number_run(text: str, pos: int) -> bool:
    """A break at ``pos`` would split a number (or a number from its mark)."""
    return 0 < pos < len(text) and text[pos - 1] in _NUMBERISH and text[pos] in _NUMBERISH


# ---------------------------------------------------------------- transformations


def wrap(doc: Doc, rng: random.Random) -> list[Edit]:
    """Hard line breaks inside prose lines (see the module's note)."""
    width = rng.randint(28, 40)
    guard = protected(doc)
    edits: list[Edit] = []
    for a, b in lines(doc.text):
        line = doc.text[a:b]
        if b - a <= width or is_table_line(line) or not _PROSE.search(line) or line.count(" ") >= 5:
            continue
        pos = a + width
        while pos < b - 2:
            p = pos
            while p < b - 1 and (
                _inside(p, guard) or _number_run(doc.text, p) or doc.text[p] in _NO_LINE_START
            ):
                p += 1
            if p >= b - 1:
                break
            edits.append(Edit(p, p, "\n"))
            pos = p + width
    return edits


_PAGE_NUMBER = ("— {n} —", "-{n}-", "- {n} -", "第 {n} 页 共 {t} 页", "{n}")


def title_of(text: str) -> str:
    """The document's first short line, as a running header repeats it."""
    for a, b in lines(text):
        s = text[a:b].strip()
        if 4 <= len(s) <= 40:
            return s
    return ""


def pages(doc: Doc, rng: random.Random) -> list[Edit]:
    """Page chrome between lines (see the module's note)."""
    ls = lines(doc.text)
    every = rng.randint(600, 1000)  # characters a page
    form = rng.choice(_PAGE_NUMBER)
    total = len(doc.text) // every + 1
    title = title_of(doc.text)
    site = f"{doc.gold.get('jurisdiction') or ''}人民政府网站"
    header, footer = rng.random() < 0.6, rng.random() < 0.5
    guard = protected(doc)
    edits = []
    k, next_break = 0, every
    for at, _ in ls[1:]:
        if at < next_break or _inside(at, guard):
            continue
        k, next_break = k + 1, at + every
        chrome = [form.format(n=k, t=total)]
        if footer:
            chrome.append(site)
        if header and title:
            chrome.append(title)
        edits.append(Edit(at, at, "\n".join(chrome) + "\n", chrome=True))
    return edits


def _cells(line: str, base: int) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _CELL_SEP.finditer(line):
        out.append((base + pos, base + m.start()))
        pos = m.end()
    out.append((base + pos, base + len(line)))
    return out


def spaces(doc: Doc, rng: random.Random) -> list[Edit]:
    """Spaced headings and header cells, full-width figures, non-breaking spaces."""
    edits: list[Edit] = []
    guard = protected(doc)
    for a, b in lines(doc.text):
        line = doc.text[a:b]
        for c0, c1 in _cells(line, a) if is_table_line(line) else [(a, b)]:
            cell = doc.text[c0:c1].strip()
            if _CJK.match(cell) and (len(cell) <= 4 or not is_table_line(line)):
                off = doc.text.index(cell, c0)
                edits.extend(
                    Edit(off + j, off + j, " ")
                    for j in range(1, len(cell))
                    if not _inside(off + j, guard)
                )
        if any(e.start >= a and e.start <= b for e in edits[-1:]):
            continue
        roll = rng.random()
        if roll < 0.33:
            for j in range(a, b):
                ch = doc.text[j]
                if ch in "0123456789.%" and (ch not in ".%" or _number_run(doc.text, j)):
                    edits.append(Edit(j, j + 1, ch.translate(_FULLWIDTH)))
        elif roll < 0.66 and b > a and not is_table_line(line):
            for j in range(a, b):
                if doc.text[j] == " " and not _inside(j, guard):
                    edits.append(Edit(j, j + 1, "\xa0"))
            indent = rng.choice(("\u3000\u3000", "\xa0\xa0"))
            if not _inside(a, guard):  # (a value wrapped over two lines: 15.\n8%)
                edits.append(Edit(a, a, indent))
    return edits


def tables(text: str) -> list[list[tuple[int, int]]]:
    """Runs of two or more consecutive table lines."""
    out: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for a, b in lines(text):
        if is_table_line(text[a:b]):
            run.append((a, b))
            continue
        if len(run) >= 2:
            out.append(run)
        run = []
    if len(run) >= 2:
        out.append(run)
    return out


def cells(doc: Doc, rng: random.Random) -> list[Edit]:
    """Each table one cell per line, or its rows run together (see the module's note)."""
    edits: list[Edit] = []
    for run in tables(doc.text):
        one_per_line = rng.random() < 0.5
        for k, (a, b) in enumerate(run):
            line = doc.text[a:b]
            for m in _CELL_SEP.finditer(line):
                new = "\n" if one_per_line else " "
                edits.append(Edit(a + m.start(), a + m.end(), new))
            if not one_per_line and k + 1 < len(run):
                edits.append(Edit(b, run[k + 1][0], " "))
    return edits


def markdown(doc: Doc, rng: random.Random) -> list[Edit]:
    """Each table as a web page converted to text prints it: Markdown rows (| a | b |),
    a |---| rule under the first row (see the module's note)."""
    edits: list[Edit] = []
    last_end = -1
    for run in tables(doc.text):
        # A run within a few lines of the last is the same table (a header printed over
        # lines of its own): a converter rules it once, under its first row.
        follows = last_end >= 0 and doc.text.count("\n", last_end, run[0][0]) <= 3
        last_end = run[-1][1]
        if any("|" in doc.text[a:b] for a, b in run):
            continue  # (already bars)
        for k, (a, b) in enumerate(run):
            line = doc.text[a:b]
            lead = len(line) - len(line.lstrip())
            body_end = a + len(line.rstrip())
            seps = [m for m in _CELL_SEP.finditer(line) if a + m.end() <= body_end]
            edits.append(Edit(a, a + lead, "| "))
            edits.extend(Edit(a + m.start(), a + m.end(), " | ") for m in seps if m.start() >= lead)
            rule = "\n|" + "---|" * (len(seps) + 1) if k == 0 and not follows else ""
            edits.append(Edit(body_end, b, " |" + rule))
    return edits


_RELATED = (
    "{area}召开{y}年经济运行分析会",
    "关于公布{area}{y}年重点建设项目名单的通知",
    "{area}{y}年政府信息公开工作年度报告",
    "{y}年{area}国民经济主要指标季度数据",
    "{area}举行{y}年度重点工作推进会",
)


def _published(gold: dict, text: str, rng: random.Random) -> tuple[int, int, int] | None:
    """The page's publication date: the gold's ``published`` (a day missing is drawn);
    None when the gold does not know its month (a drawn month would date the page
    wrongly: a report of early 2018 posted in a drawn November reviews another year)."""
    parts = [int(x) for x in re.findall(r"\d+", str(gold.get("published") or ""))]
    if len(parts) < 2:
        return None
    day = parts[2] if len(parts) > 2 else rng.randint(1, 28)
    return parts[0], parts[1], day


# The office a page names as its source, by the gold's genre (as sites file them); the
# column of the breadcrumb is one a site files any document under.
_SOURCE = {"communique": "统计局", "statistical_news": "统计局"}
_PLAN_SOURCE = "发展和改革委员会"
_COLUMNS = ("政府信息公开", "信息公开目录", "法定主动公开内容")


def web(doc: Doc, rng: random.Random) -> list[Edit]:
    """A web page's chrome before and after the body (see the module's note)."""
    area = doc.gold.get("jurisdiction") or ""
    genre = str(doc.gold.get("genre") or "")
    source = _SOURCE.get(genre) or (_PLAN_SOURCE if "plan" in genre else "人民政府办公室")
    date = _published(doc.gold, doc.text, rng)
    stamp = (
        f"发布时间：{date[0]}-{date[1]:02d}-{date[2]:02d} "
        f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  "
        if date
        else ""
    )
    head = [
        rng.choice(("", "当前位置：")) + "首页 > 政务公开 > " + rng.choice(_COLUMNS),
        title_of(doc.text),
        f"{stamp}来源：{area}{source}  浏览次数：{rng.randint(100, 9999)}",
        rng.choice(("【字体：大 中 小】", "字号变大 | 字号变小", "【打印】【关闭】")),
        "",
    ]
    first = re.search(r"(?:19|20)\d{2}", doc.text)
    base = date[0] if date else int(first.group()) if first else 2020
    years = [base + k for k in (-2, -1, 1, 2)]
    rng.shuffle(years)
    related = []
    for t, yy in zip(rng.sample(_RELATED, 3), years, strict=False):
        when = f"{yy}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        related.append(f"· {t.format(area=area, y=yy)}  {when}")
    tail = ["", "分享到：微信 微博 QQ空间", "【打印本页】【关闭窗口】", "相关链接", *related]
    end = len(doc.text)
    # The page's title line repeats the document's first line: not chrome (a title's
    # figures are facts, GOLD_SPEC); the lines around it are.
    crumb = len(head[0]) + 1
    after_title = crumb + len(head[1]) + 1
    head_parts = ((0, crumb), (after_title, len("\n".join(head)) + 1))
    return [
        Edit(0, 0, "\n".join(head) + "\n", chrome=head_parts),
        Edit(end, end, "\n" + "\n".join(tail) + "\n", chrome=True),
    ]


TRANSFORMS: dict[str, Callable[[Doc, random.Random], list[Edit]]] = {
    "wrap": wrap,
    "pages": pages,
    "spaces": spaces,
    "cells": cells,
    "web": web,
    "markdown": markdown,
}

# The forms of rounds 12 and 13 (bench/perturb_forms.py) and 14 (bench/perturb_forms2.py)
# use this module's helpers.
sys.path.insert(0, str(Path(__file__).resolve().parent))
if __name__ == "__main__":
    sys.modules.setdefault("perturb", sys.modules["__main__"])
from perturb_docs import DOC_FORMS  # noqa: E402
from perturb_forms import FORMS  # noqa: E402
from perturb_forms2 import FORMS2  # noqa: E402
from perturb_mirror import MIRROR  # noqa: E402

TRANSFORMS.update(FORMS)
TRANSFORMS.update(FORMS2)
TRANSFORMS.update(DOC_FORMS)
TRANSFORMS.update(MIRROR)
ALL_OPS = OPS + tuple(FORMS) + tuple(FORMS2) + tuple(DOC_FORMS) + tuple(MIRROR)


def perturb(text: str, gold: dict, ops: Iterable[str], seed: int) -> Doc:
    """``text`` and ``gold`` transformed by ``ops`` in order, validated."""
    doc = Doc(text, gold)
    for op in ops:
        rng = random.Random(f"{seed}:{op}:{gold.get('doc', '')}")
        doc = apply_edits(doc, _dedupe(TRANSFORMS[op](doc, rng)))
        validate(doc)
    doc.gold["perturb"] = {"ops": list(ops), "seed": seed, "chrome": doc.chrome}
    return doc


def _dedupe(edits: list[Edit]) -> list[Edit]:
    """Edits in order, dropping any that overlaps one kept before it."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if out and (e.start < out[-1].end or (e.start == out[-1].start == e.end)):
            continue
        out.append(e)
    return out


def perturb_file(doc_path: Path, gold_path: Path, out_dir: Path, ops: list[str], seed: int):
    """Write the transformed document and gold into ``out_dir/docs`` and ``out_dir/gold``."""
    with open(doc_path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = perturb(text, gold, ops, seed)
    (out_dir / "docs").mkdir(parents=True, exist_ok=True)
    (out_dir / "gold").mkdir(parents=True, exist_ok=True)
    with open(out_dir / "docs" / doc_path.name, "w", encoding="utf-8", newline="") as fh:
        fh.write(doc.text)
    (out_dir / "gold" / gold_path.name).write_text(
        json.dumps(doc.gold, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("doc", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path, help="folder: writes docs/<name> and gold/<name>")
    ap.add_argument("--ops", default="wrap", help=f"comma-separated, of {', '.join(ALL_OPS)}")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    ops = [o for o in args.ops.split(",") if o]
    bad = [o for o in ops if o not in TRANSFORMS]
    if bad:
        print(f"unknown transformation: {', '.join(bad)}", file=sys.stderr)
        return 2
    perturb_file(args.doc, args.gold, args.out, ops, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
