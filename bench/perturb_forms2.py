"""Two more ways real pages flatten a document (round 14), beside ``bench/perturb.py``'s
and ``bench/perturb_forms.py``'s. Each was seen on public pages through the project's
``search`` tool (pages corpus) before it was added; none copies their text.

- ``ocr``: the text layer of a scanned page run through OCR, in which a figure's 0 comes
  out as the letter O (or o) and its 1 as the letter l (or I): 2O23年, l2.5%, 1O.4亿元.
  Pages on OCR post-processing name exactly these confusions (an invoice reader's 0 read
  as o, a statistics office's scanned forms); about one figure in four, one or more of
  its 0s and 1s, the same length (every offset stays where it was).
- ``catalogue``: a government information-disclosure page's catalogue block over the
  title, as a page converted to text prints it: one field a line, its label (索引号：,
  主题分类：, 发文机关：, 发文字号：, 成文日期：, 发布日期：, 有效性：) on one line and its value on
  the next, some with a blank line or a bullet between (a county government's page of
  rules printed so: • 索引号: / 6107280000/2024-001005 / • 主题分类: / …). The values: an
  index number (an organisation code, the year, a serial), the area's office, a 文号 of
  the year, the dates of the gold's ``published`` (no year, 文号 or date where the gold does
  not know its month, as ``web`` dates no page then). The whole block is chrome: no fact is
  to be read from it.

- ``numspace`` (round 21): a PDF text layer's spaces between a figure and the words around
  it, as text extraction from PDFs prints them where the typesetter spaced Latin digits off
  from Chinese (2012 年全市地区生产总值达到 2458.6 亿元，年均增长 12.6%，快于 15% 的规划目标):
  a space before every figure after a Chinese character and after every figure (or its %)
  before one, in prose lines (a clause's comma or a full stop on them) that end a paragraph (a line
  a PDF wrapped would wrap elsewhere once longer); never inside a gold value (its unit stays glued, as the gold
  prints it), so the spaced unit is left to ``spaces``' tables and to the blind sets.

- ``digitlines`` (round 57): a page converted to text by a tool that starts a new line
  wherever the font changes, where the report set its digits in a Latin font: every run of
  digits (with its point, %, ‰, signs, date dashes and Latin letters) that touches a Chinese
  character stands on a line of its own, the words before and after it on the lines around
  it (增长 / 8.2% / ，其中…; a title's 2023 / 年某县…, a meeting line's 2024 / 年 / 1 / 月 /
  20 / 日在…). Seen on a provincial work report's page in the pages corpus
  (round 57's blind set). Runs set apart by spaces only (a year index's 2023 2022 2021) stay
  as they are; a table row laid out with tabs or runs of spaces too. A gold value that runs on
  past its digits (53.1亿元, 6左右) keeps only its digits, as annotators give a figure whose
  unit the converter put on the next line.

Every edit keeps the gold exact (``perturb.apply_edits`` remaps it; ``perturb.validate``
checks the copy).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable

from perturb import Doc, Edit, _inside, _published, is_table_line, lines, protected

# A figure as OCR reads it: the digits of a number (with its decimal point).
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_MISREAD = {"0": ("O", "O", "o"), "1": ("l", "l", "I")}


def ocr(doc: Doc, rng: random.Random) -> list[Edit]:
    """Some figures' 0s and 1s as the letters O/o and l/I (see the module's note)."""
    edits: list[Edit] = []
    for m in _FIGURE.finditer(doc.text):
        at = [i for i in range(m.start(), m.end()) if doc.text[i] in _MISREAD]
        if not at or rng.random() >= 0.25:
            continue
        for i in rng.sample(at, rng.randint(1, len(at))):
            edits.append(Edit(i, i + 1, rng.choice(_MISREAD[doc.text[i]])))
    return edits


_FIELDS = ("索引号", "主题分类", "发文机关", "发文字号", "成文日期", "发布日期", "有效性")
_TOPICS = ("国民经济和社会发展规划", "发展规划", "统计信息", "综合政务", "国民经济管理")
_ISSUERS = {"communique": "统计局", "statistical_news": "统计局"}


def _values(doc: Doc, rng: random.Random) -> dict[str, str]:
    """The fields' values; the year of the index number and the 文号 and the dates only
    where the gold knows the publication's month (a drawn year would date the page
    wrongly), else an index number without a year and no 文号 or date."""
    area = doc.gold.get("jurisdiction") or ""
    date = _published(doc.gold, doc.text, rng)
    issuer = area + _ISSUERS.get(str(doc.gold.get("genre") or ""), "人民政府")
    code = f"{rng.randint(10**9, 10**10 - 1)}"
    serial = f"{rng.randint(1, 99999):05d}"
    values = {
        "索引号": f"{code}/{date[0]}-{serial}" if date else f"{code}-{serial}",
        "主题分类": rng.choice(_TOPICS),
        "发文机关": issuer,
        "有效性": rng.choice(("有效", "")),
    }
    if date:
        values["发文字号"] = f"{area[:1]}政发〔{date[0]}〕{rng.randint(1, 60)}号"
        stamp = f"{date[0]}年{date[1]:02d}月{date[2]:02d}日"
        values["成文日期"] = stamp
        values["发布日期"] = f"{stamp} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    return values


def catalogue(doc: Doc, rng: random.Random) -> list[Edit]:
    """A disclosure page's catalogue block over the title, one field a line (see the
    module's note)."""
    values = _values(doc, rng)
    bullet = rng.choice(("", "• ", "· "))
    gap = rng.choice(("\n", "\n\n"))
    lines = []
    for name in _FIELDS:
        if name not in values and name != "有效性":
            continue
        value = values.get(name, "")
        lines.append(f"{bullet}{name}：" + (f"{gap}{value}" if value else ""))
    if rng.random() < 0.5:
        lines.append(f"{bullet}内容概述：")
    head = "\n".join(lines) + "\n\n"
    # (The document's title line follows the block: it is the document's, as in ``web``.)
    return [Edit(0, 0, head, chrome=((0, len(head) - 2),))]


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile(r"[\u4e00-\u9fff][，。；]")
_PARAGRAPH_END = frozenset("。；：！？”）)")


def numspace(doc: Doc, rng: random.Random) -> list[Edit]:
    """Figures spaced off from the words around them in prose (see the module's note)."""
    edits: list[Edit] = []
    guard = protected(doc)
    for a, b in lines(doc.text):
        line = doc.text[a:b]
        if is_table_line(line) or not _SENTENCE.search(line):
            continue  # (a table's row or a heading: its cells are spaced by ``spaces``)
        if line.rstrip()[-1:] not in _PARAGRAPH_END:
            continue  # (a line a PDF wrapped: longer, it would have wrapped elsewhere)
        for j in range(a + 1, b):
            left, right = doc.text[j - 1], doc.text[j]
            spaced = (_CJK_CHAR.match(left) and right.isdigit()) or (
                (left.isdigit() or left == "%") and _CJK_CHAR.match(right)
            )
            if spaced and right.isascii() | left.isascii() and not _inside(j, guard):
                edits.append(Edit(j, j, " "))
    return edits


# A run a PDF sets in its Latin font: digits with their point, signs and Latin letters.
_LATIN_RUN = re.compile(r"[0-9A-Za-z.%‰+:/-]*[0-9][0-9A-Za-z.%‰+:/-]*")


def digitlines(doc: Doc, rng: random.Random) -> list[Edit]:
    """Each Latin run of a prose or title line on a line of its own (see the module's note).

    A gold value that runs on past its digits (53.1亿元, 6左右) keeps only its digits, as
    annotators give a figure whose unit the converter put on the next line; a run inside
    a gold value after its first character (〔18〕, 约6%) is left as printed.
    """
    doc.gold = json.loads(json.dumps(doc.gold))  # (values are cut: the caller's gold stays)
    starts = {f["start"]: f for f in doc.gold["facts"]}
    guard = protected(doc)
    edits: list[Edit] = []
    for a, b in lines(doc.text):
        if a == b or is_table_line(doc.text[a:b]):
            continue
        for m in _LATIN_RUN.finditer(doc.text, a, b):
            s, e = m.span()
            if _inside(s, guard) or (e < b and _inside(e, guard) and s not in starts):
                continue
            if doc.text[s - 1 : s].isascii() and doc.text[e : e + 1].isascii():
                continue  # (a font change parts a run from Chinese, not from spaces)
            if s > a and doc.text[s - 1] != "\n":
                edits.append(Edit(s, s, "\n"))
            if e < b:
                fact = starts.get(s)
                if fact is not None and len(fact["value_text"]) > e - s:
                    fact["value_text"] = fact["value_text"][: e - s]
                edits.append(Edit(e, e, "\n"))
    return edits


FORMS2: dict[str, Callable[[Doc, random.Random], list[Edit]]] = {
    "ocr": ocr,
    "catalogue": catalogue,
    "numspace": numspace,
    "digitlines": digitlines,
}
