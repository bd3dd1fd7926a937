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

- ``mirror`` (round 19): a mirror site's copy of the page, in traditional characters with
  pinyin in brackets after some of them, every time they occur (國民經(jīng)濟, 產(chǎn)量,
  2025年3月(yuè)30日), as mirror pages print Chinese text (real ones are among the
  development documents). A seeded seventh of the characters carry it; a syllable from a
  short list stands for the right one (the readers know pinyin only by its form). No
  pinyin inside or right before a gold value, so every value stays as printed; the
  traditional forms are OpenCC's (its ``STCharacters`` table, first form).

Every edit keeps the gold exact (``perturb.apply_edits`` remaps it; ``perturb.validate``
checks the copy).
"""

from __future__ import annotations

import importlib.resources
import random
import re
from collections.abc import Callable

from perturb import Doc, Edit, _published, protected

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


def _traditional() -> dict[str, str]:
    table = importlib.resources.files("opencc") / "dictionary" / "STCharacters.txt"
    out: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, forms = line.partition("\t")
        if len(key) == 1 and forms.split() and len(forms.split()[0]) == 1:
            out[key] = forms.split()[0]
    return out


_SYLLABLES = (
    "chǎn",
    "yè",
    "zhǎng",
    "jīng",
    "jì",
    "wěn",
    "guó",
    "qū",
    "zǒng",
    "gāo",
    "wàn",
    "yì",
    "nóng",
    "shì",
    "xiàn",
    "rén",
    "mín",
    "gōng",
    "shēng",
    "fā",
    "yuè",
    "lǜ",
)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def mirror(doc: Doc, rng: random.Random) -> list[Edit]:
    """The page as a mirror prints it (see the module's note)."""
    table = _traditional()
    marked = {c: rng.choice(_SYLLABLES) for c in sorted(set(_HAN.findall(doc.text)))}
    marked = {c: py for c, py in marked.items() if rng.random() < 0.15}
    values = protected(doc)
    edits: list[Edit] = []
    for m in _HAN.finditer(doc.text):
        i, c = m.start(), m.group()
        near_value = any(a <= i + 1 < b or a <= i < b for a, b in values)
        new = table.get(c, c) + ("" if near_value or c not in marked else f"({marked[c]})")
        if new != c:
            edits.append(Edit(i, i + 1, new))
    return edits


FORMS2: dict[str, Callable[[Doc, random.Random], list[Edit]]] = {
    "ocr": ocr,
    "catalogue": catalogue,
    "mirror": mirror,
}
