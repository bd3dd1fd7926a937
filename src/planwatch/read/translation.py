"""A statistical yearbook's English beside its Chinese, read as blank.

China's statistical yearbooks are bilingual: every table's title, column head, unit line
and row name is printed in Chinese and again in English, on the next line (居民消费价格总
指数 / General Index) or on the same line between the name and its figures (乡镇数  Number
of Township and Town Governments  366 365 …). A page copied from such a yearbook keeps the
English, and the table reader takes it for cells of its own, or for part of a row's name
(two blind sets' yearbook pages, round 51). The English is made spaces (same length):

- a line of English alone, words with small letters in it (Item, Oil or Fat, Category
  (2012), (preceding year=100)), a copy's closing bar kept; a line of capitals alone (GDP,
  CPI) is a row's name and stays;
- a run of two English words or more inside a line, with the brackets that close it
  (Number of Rural Households  (10 000 households)), where the line also holds Chinese.

Chinese text quotes no English phrases of its own that carry a figure; an acronym (GDP,
PM2.5, R&D) is one word and stays, and so does an address (www.gov.cn, no spaces).
"""

from __future__ import annotations

import re

# A line of English alone: letters (a word with small letters among them, or three words of
# capitals: URBAN CIVIL FACILITIES), spaces, signs and
# bracketed notes (Category (2012), (preceding year=100)), but no Chinese; a copy's bar may
# close it. Not a web address (http://, www.).
_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?=[^\n|｜]*(?:[A-Za-z][a-z]{2}|[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){2}))"
    r"(?![^\n]*(?:://|www\.))([A-Za-z(][A-Za-z\d ,.'’&/()=:;%\-]*?)[ \t]*(?:[|｜][ \t]*)?$"
)
# A figure outside brackets: a line holding one is English only where it is a phrase of three
# words or more and one figure (…Vehicles per 10000), not a header of years (Item 2012 2013).
_FIGURE_RE = re.compile(r"\d[\d ,.]*")
_BRACKETS_RE = re.compile(r"\([^()\n]*\)")
_PHRASE_WORDS = 3
# An English word; a run of them (two at least, parted by spaces) and the brackets after it.
_WORD = r"[A-Za-z][A-Za-z'’.&/\-]*"
_WORDS_RE = re.compile(_WORD)
_RUN_RE = re.compile(
    rf"(?<![A-Za-z\d.])(?:{_WORD})(?:[ \t]+(?:{_WORD}|\([^()\n]{{0,30}}\)))+"
    r"(?:[ \t]*\([^()\n]{0,30}\))?"
)
_LOWER_WORD_RE = re.compile(r"[A-Za-z][a-z]{2}")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def blank_translations(text: str) -> str:
    """``text`` with a yearbook's English made spaces (same length); a text without any
    as it is."""
    if not _LOWER_WORD_RE.search(text):
        return text
    text = _LINE_RE.sub(_blank_group, text)
    return _RUN_RE.sub(_blank_run, text)


def _blank_group(m: re.Match[str]) -> str:
    whole, (a, b) = m.group(), m.span(1)
    bare = _BRACKETS_RE.sub("", m.group(1))
    figures = len(_FIGURE_RE.findall(bare))
    if figures and (figures > 1 or len(_LOWER_WORD_RE.findall(bare)) < _PHRASE_WORDS):
        # (A header's English over its years, Item 2012 2013: the words go, the years stay.)
        return _WORDS_RE.sub(lambda w: " " * len(w.group()), whole)
    base = m.start()
    return whole[: a - base] + " " * (b - a) + whole[b - base :]


def _blank_run(m: re.Match[str]) -> str:
    run = m.group()
    words = [w for w in _WORDS_RE.findall(run) if _LOWER_WORD_RE.match(w)]
    if len(words) < 2:
        return run
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    line_end = m.string.find("\n", m.end())
    line = m.string[line_start : line_end if line_end >= 0 else len(m.string)]
    return " " * len(run) if _HAN_RE.search(line) else run
