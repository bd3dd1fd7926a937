"""Normalised views of the stored text, for matching words and numbers.

A *view* is a string the same length as the stored text in which characters
are replaced one for one, so an offset in the view is the same offset in the
stored text and nothing needs mapping back. Cue words, units, time words and
catalog names are matched on the view; spans always index the stored text.

:func:`fold` is the view every matcher uses: full-width forms made ASCII and
traditional characters made simplified. The traditional → simplified table is
OpenCC's character table ``TSCharacters.txt`` (Open Chinese Convert, Apache
2.0), read from the ``opencc-python-reimplemented`` package that ships it; only
its one-character entries are used, taking the first simplified form where it
lists several, so the view keeps the text's length. Variant characters fold too: OpenCC's regional forms (経, 衞), the Kangxi
radicals and compatibility ideographs PDF text layers print (⾼ for 高), and
the few listed in ``data/variant_chars.csv`` (陜 for 陕); see
``data/variants.md``. It is built once, on first use.

Text scraped from mirrors also carries junk *inside* words — pinyin after a
character (``地區(qū)``, ``國(guo)民``) — which no one-for-one view can remove.
:func:`condense` gives a shorter view without it, with the offset of every view
character in the stored text, so a match in the condensed view maps back to a
span of the stored text (:meth:`Condensed.span`).
"""

from __future__ import annotations

import bisect
import importlib.resources
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from planwatch.core.datafiles import records
from planwatch.core.quickinit import quick_init

# Full-width forms -> ASCII, one character for one. The ratio sign ∶ (U+2236)
# stands for a colon in ratios such as 7.1∶54.6∶38.4; the care-of sign ℅ (U+2105) is
# what some county pages print for a per cent sign (增长15℅), as its look is close.
FULLWIDTH_FROM = "０１２３４５６７８９．，％－＋\u3000∶℅"
FULLWIDTH_TO = "0123456789.,%-+ :%"


def _opencc_pairs() -> dict[str, str]:
    """OpenCC's traditional → simplified character pairs (one character each side)."""
    table = importlib.resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    pairs: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        simplified = values.split()[0] if values.split() else ""
        if len(key) == 1 and len(simplified) == 1 and key != simplified:
            pairs[key] = simplified
    return pairs


# OpenCC's tables of regional forms (standard traditional -> Japanese, Taiwan or
# Hong Kong form), read backwards so a variant folds to the standard character.
_OPENCC_VARIANTS = ("JPVariants.txt", "TWVariants.txt", "HKVariants.txt")
# Blocks whose characters Unicode decomposes (NFKC) to one unified ideograph:
# Kangxi radicals and compatibility ideographs, which PDF text layers print
# for ordinary characters (⾼ for 高).
_NFKC_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _variant_pairs(ts: dict[str, str]) -> dict[str, str]:
    """Variant characters -> simplified, one character each side (see ``data/variants.md``).

    A regional variant of OpenCC's tables is folded only when it is no
    character of simplified Chinese (outside GB 2312) and its standard form
    folds to one that is: 芸 (Japanese for 藝) stays 芸, 経 becomes 经.
    """
    pairs: dict[str, str] = {}
    folder = importlib.resources.files("opencc") / "dictionary"
    for name in _OPENCC_VARIANTS:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            for variant in values.split():
                target = ts.get(key, key)
                if len(key) == 1 and len(variant) == 1 and variant not in ts:
                    if not _in_gb2312(variant) and _in_gb2312(target):
                        pairs.setdefault(variant, target)
    for lo, hi in _NFKC_BLOCKS:
        for code in range(lo, hi + 1):
            ch = chr(code)
            unified = unicodedata.normalize("NFKC", ch)
            if len(unified) == 1 and unified != ch:
                pairs[ch] = ts.get(unified, unified)
    for rec in records("variant_chars.csv"):
        pairs[rec["variant"]] = rec["standard"]
    return pairs


def _small_form_pairs() -> dict[str, str]:
    """Unicode's small form variants (U+FE50–FE6B: ﹙%﹚, ﹐, ﹔) as the brackets and marks
    they stand for (NFKC's one-character forms). Some publishing systems and converted
    PDFs print a table header's unit brackets and list commas in them."""
    pairs = {}
    for code in range(0xFE50, 0xFE6C):
        ch = chr(code)
        to = unicodedata.normalize("NFKC", ch)
        if len(to) == 1 and to != ch:
            pairs[ch] = to
    return pairs


@cache
def _mapping() -> tuple[dict[int, str], frozenset[str]]:
    """The translation table of fold, and the characters it replaces."""
    pairs = _opencc_pairs()
    pairs.update(_variant_pairs(pairs))
    pairs.update(zip(FULLWIDTH_FROM, FULLWIDTH_TO, strict=True))
    pairs.update(_small_form_pairs())
    assert all(len(k) == 1 and len(v) == 1 for k, v in pairs.items())  # views keep length
    return {ord(k): v for k, v in pairs.items()}, frozenset(pairs)


# Any character outside the Basic Multilingual Plane (compatibility ideographs, rare).
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


@cache
def _replaced_re() -> re.Pattern[str]:
    """One character class of the Basic Multilingual Plane characters fold replaces.

    re tests a class of such characters with a bitmap, in C, whatever its size (one
    holding characters beyond the plane is tested range by range, hundreds of times
    slower: those are found by ``_ASTRAL_RE`` instead).
    """
    _, replaced = _mapping()
    bmp = sorted(ch for ch in replaced if ord(ch) < 0x10000)
    return re.compile("[" + "".join(re.escape(ch) for ch in bmp) + "]")


# What a view puts where the stored text has something inside a word that is no part of
# it (pinyin a mirror inserted, 地區(qū)生產; a line break a PDF wrapped a word at, 地区生
# / 产总值): a private-use character, which no cue, unit or name pattern matches (spaces
# would, and slow the cue-chain search), and which readers of words pass over and names
# drop (planwatch.extract.prose_script, prose_names).
BLANK = "\ue000"


def fold(text: str) -> str:
    """The matching view of ``text``: same length, one character for one.

    Full-width digits, signs and spaces become ASCII; traditional characters
    become simplified (地區生產總值 → 地区生产总值).
    """
    if len(text) >= _WHOLE_TEXT:
        return _fold_whole(text)
    if len(text) >= _KEPT_FROM:
        return _fold_kept(text)
    return _fold(text)


def fold_slice(text: str, start: int, end: int) -> str:
    """``fold(text[start:end])``, cut from the whole text's matching view when that is kept
    (a document's: stages look at many small windows of it, a figure's surroundings).
    fold maps character for character, so the cut is the window's own view."""
    if len(text) >= _WHOLE_TEXT:
        return _fold_whole(text)[start:end]
    return fold(text[start:end])


# Texts at least this long are whole documents (or large parts of them): several
# stages fold the same document (prose, tables, area markers, names), so the last
# few are kept rather than translated again; sentences and words are not kept.
_WHOLE_TEXT = 4096
_WHOLE_TEXTS_KEPT = 4


# Above this many distinct characters to replace, one translate beats a replace each.
_REPLACE_EACH_MAX = 24


# From this many characters on, a text is folded as a document is (_fold_long): the
# set's membership scan makes a string of every character it looks at (a Han character
# is no cached one), a regex class tests them in place, ten times faster on a paragraph.
_SCAN_LONG = 64


def _fold(text: str) -> str:
    if len(text) >= _SCAN_LONG:
        return _fold_long(text)
    table, replaced = _mapping()
    # The membership scan runs in C and is far cheaper than translating: text
    # with nothing to replace (most simplified text) is returned as it is.
    return text if replaced.isdisjoint(text) else text.translate(table)


# A year written in Chinese digits (二〇三五年, 二零二五年: outlines' 远景目标 and formal
# dates), for the prose stages' view: read as its Arabic digits, same length, so every
# year pattern finds it. (Only 20xx: 二〇 or 二零 then two digits, before 年. Not part of
# fold: describe reads Chinese-digit dates, 二〇二一年六月, as they are printed.)
# (Its zeros typed as Arabic ones too, 二00七年, as pages converted from old scripts print them;
# and a year of the last century, 一九九八年.)
_HAN_YEAR_RE = re.compile(
    r"(?:二[〇零0][〇零0一二三四五六七八九]|一九[〇零0一二三四五六七八九])[〇零0一二三四五六七八九](?=\s*年)"
)
_HAN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def han_years(text: str) -> str:
    """``text`` with each year in Chinese digits as its Arabic digits (二〇三五年 → 2035年);
    same length."""
    if "〇" not in text and "零" not in text and "二0" not in text and "一九" not in text:
        return text
    return _HAN_YEAR_RE.sub(lambda m: m.group().translate(_HAN_DIGITS), text)


def _fold_long(text: str) -> str:
    table, replaced = _mapping()
    # translate looks up every character in a dict (a document of 60,000 characters
    # takes 20 ms); a simplified text holds none or a handful of distinct characters
    # to replace (a full-width comma, a variant), found by one scan in C, and
    # str.replace of each runs at memory speed. Replacing one after another equals
    # one translate unless a replacement is itself replaced (a chain): then translate.
    if _ASTRAL_RE.search(text) is not None:
        return text if replaced.isdisjoint(text) else text.translate(table)
    found = folded_away(text)  # (no astral character: one scan of the class)
    if not found:
        return text
    targets = [table[ord(ch)] for ch in found]
    if len(found) > _REPLACE_EACH_MAX or not replaced.isdisjoint(targets):
        return text.translate(table)
    for ch, to in zip(found, targets, strict=True):
        text = text.replace(ch, to)
    return text


_fold_whole = lru_cache(maxsize=_WHOLE_TEXTS_KEPT)(_fold_long)


def folded_away(text: str) -> frozenset[str]:
    """The characters of ``text`` that :func:`fold` replaces (a full-width comma, 產), found
    by one scan in C (a whole document's kept: its fold found them first)."""
    if len(text) >= _WHOLE_TEXT:
        return _folded_away_whole(text)
    return _folded_away(text)


def _folded_away(text: str) -> frozenset[str]:
    if _ASTRAL_RE.search(text) is not None:
        return _mapping()[1].intersection(text)
    return frozenset(_replaced_re().findall(text))


_folded_away_whole = lru_cache(maxsize=_WHOLE_TEXTS_KEPT)(_folded_away)


# A short document (a news page, a communiqué's summary: under _WHOLE_TEXT) is folded
# whole by a dozen stages too, and a long paragraph by several: the last few texts from
# this length on are kept apart from the documents' (which they would push out).
_KEPT_FROM = 512
_fold_kept = lru_cache(maxsize=_WHOLE_TEXTS_KEPT)(_fold_long)


# Pinyin (with or without tone marks) in brackets right after a Han character:
# 地區(qū), 國(guo), 萬(wàn), repeated as in 省(sheng)(sheng). Up to 6 letters: the
# longest pinyin syllable.
_PINYIN = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ"
_PY = rf"[{_PINYIN}]{{1,6}}"
# The letters of pinyin, for stages that clean names of it (extract.prose_script).
PINYIN_LETTERS = _PINYIN
# A hard-wrapped copy's line break may fall inside the brackets (營(y / íng)業), between
# the character and its bracket or between two brackets (占 / (zhan), 口(kou) / (kou)): the
# reading view makes it a space or BLANK (read.wrap.join_gaps), so a gap of those may stand
# there, one inside the brackets (still at most 6 letters). The bracket comes first and
# the look back at the character before it after, so the engine jumps from bracket to
# bracket.
_GAP = f"[ {BLANK}]"
_PY_GAPPED = (
    rf"(?=(?:{_GAP}*[{_PINYIN}]){{1,6}}{_GAP}*[)）]){_GAP}*[{_PINYIN}]+"
    rf"(?:{_GAP}+[{_PINYIN}]+)?{_GAP}*"
)
_BRACKETED = rf"(?:\({_PY_GAPPED}\)|（{_PY_GAPPED}）)"
# A mirror that lost bytes prints a character's next character and the bracket opening its
# pinyin as ? (通車?yán)…): the ?, the syllable and its closing bracket are junk as well.
_JUNK_RE = re.compile(
    rf"(?:\((?<=[\u3400-\u9fff]\(){_PY_GAPPED}\)|（(?<=[\u3400-\u9fff]（){_PY_GAPPED}）"
    rf"|\?(?<=[\u3400-\u9fff]\?){_PY}\)"
    rf"|{BLANK}(?<=[\u3400-\u9fff]{BLANK}){BLANK}*{_BRACKETED})"
    rf"(?:{_GAP}*{_BRACKETED})*"
)


@quick_init
@dataclass(frozen=True, slots=True)
class Condensed:
    """A view of a text with junk inside words removed, and the way back.

    ``text`` is the condensed view (folded, see :func:`fold`); ``offsets[i]``
    is the offset in the stored text of ``text[i]`` (a ``range`` when nothing was
    removed: the identity, made without an int per character), and ``offsets`` has one
    more entry, the stored text's length, so that ``span`` works for matches
    ending at the end of the view.
    """

    text: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The stored text's ``[start, end)`` covering view characters ``[start, end)``.

        The span runs from the first to the last character matched, so junk
        inside the match (``區(qū)域``) lies inside the span.
        """
        if end <= start:
            at = self.offsets[start]
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1

    def index(self, offset: int) -> int:
        """The view's index of the stored text's ``offset`` (inside a stretch taken out: the
        view character after it, where the stretch was)."""
        return bisect.bisect_left(self.offsets, offset)


def cut_out(text: str, spans: Sequence[tuple[int, int]]) -> Condensed:
    """``text`` without the stretches ``spans`` (in text order, apart), its characters as
    they are (not folded), and the way back to ``text``'s offsets: the line breaks a reader
    takes out of a text to read it as written (a word wrapped at the page's edge, a figure a
    converter set on a line of its own)."""
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for a, b in spans:
        pieces.append(text[pos:a])
        offsets.extend(range(pos, a))
        pos = b
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return Condensed("".join(pieces), tuple(offsets))


# Spaces between two Chinese characters (政 府 工 作 报 告, 第十四个 五年规划).
# (The first space is matched before the look back at the character before it: a pattern
# opening with a character class lets the engine skip to the spaces in C, where one opening
# with a look back is tried at every position, six times slower; the same matches.)
_HAN_SPACES_RE = re.compile(r"[ \t\xa0](?<=[\u3400-\u9fff][ \t\xa0])[ \t\xa0]*(?=[\u3400-\u9fff])")


# A line of Chinese characters each set apart by a space (三 河 市, 统 计 公 报: a PDF's title).
_LETTER_SPACED_RE = re.compile(
    r"\s*(?:[\u3400-\u9fff][ \t\u3000\xa0]+){2,}[\u3400-\u9fff]\s*(?:\n|$)"
)


def letter_spaced_head(text: str) -> bool:
    """Whether ``text`` opens on a letter-spaced line (三 河 市 over the communiqué's title):
    names in it are read with the spaces gone (``condense(..., spaces=True)``)."""
    return _LETTER_SPACED_RE.match(text) is not None


def condense(text: str, *, spaces: bool = False) -> Condensed:
    """The folded view of ``text`` without pinyin inserted after characters, with offsets back.

    With ``spaces``, spaces and tabs between two Chinese characters go too
    (titles printed letter-spaced: 政 府 工 作 报 告). A whole document's view is
    kept like its fold (stages condense the same document); the result is immutable.
    """
    if len(text) >= _WHOLE_TEXT:
        return _condense_whole(text, spaces)
    return _condense(text, spaces)


def _condense(text: str, spaces: bool) -> Condensed:
    folded = fold(text)
    junk = _JUNK_RE.finditer(folded)
    if spaces:
        found = [*junk, *_HAN_SPACES_RE.finditer(folded)]
        junk = iter(sorted(found, key=lambda m: m.start()))
    first = next(junk, None)
    if first is None:  # (most texts: nothing inside words to take out)
        return Condensed(folded, range(len(text) + 1))
    junk = itertools.chain((first,), junk)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in junk:
        if m.start() < pos:
            continue
        pieces.append(folded[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(folded[pos:])
    offsets.extend(range(pos, len(folded)))
    offsets.append(len(text))
    return Condensed("".join(pieces), tuple(offsets))


# Two: its offsets (an int per character) are the bulk of a worker's memory.
_condense_whole = lru_cache(maxsize=2)(_condense)


# A bracket of pinyin as a mirror inserts it: lower-case letters (an abbreviation after a
# name, 生产总值(GDP), is upper-case and the author's).
_LOWER_PINYIN_RE = re.compile(rf"[{_PINYIN.replace('A-Z', '')}]")
# Mirrors insert pinyin after many characters of a page: fewer brackets are the author's.
_MIRROR_BRACKETS = 3


def without_pinyin(text: str) -> Condensed | None:
    """``text``'s own characters (not folded) without the pinyin a mirror inserted inside
    its words (地區(qū)生產 reads 地區生產), with the offset of each in ``text``; None when
    ``text`` is no such mirror (fewer than three lower-case brackets after characters).
    Stages that read a whole text by its own patterns (the describe stage) read this."""
    if "(" not in text and "（" not in text:
        return None
    if len(text) >= _WHOLE_TEXT:
        return _without_pinyin_whole(text)
    return _without_pinyin(text)


def _without_pinyin(text: str) -> Condensed | None:
    junk = [m for m in _JUNK_RE.finditer(fold(text)) if _LOWER_PINYIN_RE.search(m.group())]
    if len(junk) < _MIRROR_BRACKETS:
        return None
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in junk:
        pieces.append(text[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return Condensed("".join(pieces), tuple(offsets))


# (The table finders and the describe stage ask for the same document's.)
_without_pinyin_whole = lru_cache(maxsize=2)(_without_pinyin)
