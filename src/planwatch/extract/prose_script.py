"""Indicator names in the document's own words: the last stage of the prose extractor.

The prose stages match on the folded view of the text (traditional characters made
simplified, :func:`planwatch.core.normalise.fold`), where pinyin or junk inserted inside
words by mirror sites (地區(qū)生產(chǎn)總值) is still there. A name is built from that view,
so it comes out simplified and with the junk: 地区(qū)生产(chǎn)总值. GOLD_SPEC asks for the
name in the document's words, and a user searching a traditional-script page expects its
characters. This stage takes the junk out of the name (whole bracketed syllables, and the
halves of one cut at the name's edge) and, when the cleaned name occurs near the value in
the junk-free view of the text (:func:`planwatch.core.normalise.condense`), gives back the
stored characters at those places. Text without junk or traditional characters is left
as it is.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from planwatch.core.data import Fact
from planwatch.core.normalise import (
    BLANK,
    PINYIN_LETTERS,
    Condensed,
    condense,
    fold,
    folded_away,
)
from planwatch.extract.cues import words

# Half of a bracketed pinyin syllable cut off by the name's start (kou)总量 or end 实(sh.
_PY = rf"[{PINYIN_LETTERS}]{{1,6}}"
_EDGE_JUNK_RE = re.compile(rf"^(?:[({PINYIN_LETTERS}]*\))+|\({_PY}?$")
# How far before the quote and after the value a name is looked for.
_BEFORE, _AFTER = 60, 40
# What junk is blanked with in the matching view is :data:`planwatch.core.normalise.BLANK`
# (stages import it from here too).


def clean_junk(name: str) -> str:
    """``name`` without pinyin inserted inside its words or cut at its edges."""
    name = name.replace(BLANK, "")
    inner = condense(name).text if "(" in name or "（" in name else name
    return _EDGE_JUNK_RE.sub("", inner) if "(" in inner or ")" in inner else inner


class DocumentWords:
    """The way from a name built on the folded view back to the stored characters."""

    def __init__(self, text: str, folded: str) -> None:
        """``folded`` is :func:`fold` of ``text``; the junk-free view is made only when the
        text has traditional characters or brackets to look at."""
        self.text = text
        self.view: Condensed | None = None
        self._chars: dict[str, str] = {}
        self._targets: set[str] | None = None
        if folded != text or "(" in text or "（" in text:
            cond = condense(text)
            if folded != text or len(cond.text) != len(text):
                self.view = cond

    def blanked(self, folded: str) -> str:
        """``folded`` with pinyin inserted inside words made :data:`BLANK`: same length, so
        offsets still index the text."""
        if self.view is None or len(self.view.text) == len(self.text):
            return folded
        offsets = self.view.offsets
        n = len(self.view.text)
        pieces: list[str] = []
        k = done = 0
        while k < n:
            # Kept characters run on while offset - index stays the same: find where the
            # next run of junk starts by bisection (junk is rare; no walk over every character).
            j = bisect.bisect_right(range(n), offsets[k] - k, lo=k, key=lambda i: offsets[i] - i)
            pieces += (BLANK * (offsets[k] - done), folded[offsets[k] : offsets[j - 1] + 1])
            done, k = offsets[j - 1] + 1, j
        pieces.append(BLANK * (len(folded) - done))
        return "".join(pieces)

    def name(self, name: str, lo: int, hi: int, near: int) -> str:
        """``name`` (found between stored offsets ``lo`` and ``hi``, nearest ``near``) in the
        document's words and without junk; cleaned of junk only when it is not found."""
        if self.view is None or not name:
            return name
        cleaned = clean_junk(name)
        if not cleaned:
            return name
        offsets = self.view.offsets
        a = bisect.bisect_left(offsets, max(0, lo))
        b = bisect.bisect_left(offsets, hi)
        at = bisect.bisect_left(offsets, near)
        best, pos = -1, self.view.text.find(cleaned, a, b)
        while pos >= 0:
            if best < 0 or abs(pos - at) < abs(best - at):
                best = pos
            pos = self.view.text.find(cleaned, pos + 1, b)
        if best < 0:
            return self._pieces(cleaned, a, b)
        return "".join(self.text[offsets[i]] for i in range(best, best + len(cleaned)))

    def _printed(self, c: str) -> str:
        """How the document prints the folded character ``c`` (产 -> 產): as at the last place
        of the view holding ``c`` whose stored character differs, else ``c``. Asked for a
        few characters a name adds, so each is looked up where it occurs (kept per
        character), not by a walk over every character of the text."""
        got = self._chars.get(c)
        if got is None:
            assert self.view is not None
            if self._targets is None:  # (what the text's replaced characters fold to)
                self._targets = {fold(t) for t in folded_away(self.text)}
            if c not in self._targets:  # (no character of the text folds to c)
                return c
            view, offsets, text = self.view.text, self.view.offsets, self.text
            at = view.rfind(c)
            while at >= 0 and text[offsets[at]] == c:
                at = view.rfind(c, 0, at)
            got = self._chars[c] = text[offsets[at]] if at >= 0 else c
        return got

    def _pieces(self, name: str, a: int, b: int) -> str:
        """A name put together from pieces of the text (与京津共建 + 产业链 after the value),
        each piece found in order between view offsets ``a`` and ``b``; a character found
        nowhere stays as the name has it."""
        assert self.view is not None
        view, offsets = self.view.text, self.view.offsets
        out: list[str] = []
        i, pos = 0, a
        while i < len(name):
            k = len(name) - i
            while k > 0 and view.find(name[i : i + k], pos, b) < 0:
                k -= 1
            if k == 0:
                # A word the name adds (排名, 第二产业比重 after a list): in the document's
                # script, as its characters are printed elsewhere in it (產業), else as it is.
                out.append(self._printed(name[i]))
                i += 1
                continue
            at = view.find(name[i : i + k], pos, b)
            out.extend(self.text[offsets[j]] for j in range(at, at + k))
            i, pos = i + k, at + k
        return "".join(out)


def in_document_words(words: DocumentWords, facts: list[Fact]) -> list[Fact]:
    """``facts`` with their indicator names in the stored text's characters (see module doc)."""
    if words.view is None:
        return facts
    out: list[Fact] = []
    for f in facts:
        lo = min(f.quote_start, f.start) - _BEFORE
        hi = max(f.quote_end, f.end) + _AFTER
        name = words.name(f.indicator, lo, hi, f.start)
        out.append(f if name == f.indicator else dataclasses.replace(f, indicator=name))
    return out


# A hard wrap or a space inside a two-character word (at most three characters of it).
_WRAP = "[ \t\xa0\u3000\r\n]{1,3}"


def unwrapped_words(view: str) -> str:
    """``view`` with the breaks a PDF text layer puts inside the words of a figure's move and
    measure (比上年增 长 31.0%, 下\n降; ``prose_words.csv`` role ``wrapped_verb``) and a
    page number run into a sentence (经 - 2 - 济) made :data:`BLANK`: same length, so offsets
    still index the text, and the stages that drop blanks read the word whole. A hard wrap
    right before a figure or its unit (是2005年的\n2.7倍) is made a space: the clause reads on,
    and the words before the figure (…目标的 76.3%) keep their own space rules."""
    if "-" in view and _PAGE_NUMBER_RE.search(view):
        view = _PAGE_NUMBER_RE.sub(lambda m: BLANK * len(m[0]), view)
    if _WRAPPED_FIGURE_RE.search(view):  # (…是2005年的\n2.7倍: a hard wrap before a figure)
        view = _WRAPPED_FIGURE_RE.sub(lambda m: " " * len(m[0]), view)
    pattern = _wrapped_re()
    if pattern is None or not pattern.search(view):
        return view
    return pattern.sub(lambda m: m[1] + BLANK * len(m[2]) + m[3], view)


# A line broken right before a figure, after a word that cannot close a paragraph (是2005年的
# \n2.7倍, 分别为\n3.2%): the text layer's wrap inside the clause, read as a space.
# So is a break between a figure and its unit or a ratio's colon (2.2\n倍, 2007\n年的, 42.7\n:\n32.1),
# as text layers that set every figure on its own line print them.
# (The break opens the pattern, so a search jumps from one line end to the next.)
_WRAPPED_FIGURE_RE = re.compile(
    r"\n(?:(?<=[的是为和与及、，,]\n)|(?<=[的是为和与及、，,]\r\n)|(?<=\n[:：∶]\n)|(?<=\d[:：∶]\n))"
    r"(?=[ \t]*\d)(?![ \t]*\d{1,2}[.．、)）](?!\d))"  # (not a list's number: 如下：\n1.…)
    r"|\n(?:(?<=\d\n)|(?<=\d\r\n))(?=[ \t]*(?:倍|%|％|个百分点|個百分點|年的|[:：∶]"
    r"|(?:亿|億|万|萬)?元(?=[,，、。;；])))"
)


# A page's number a PDF text layer runs into a sentence, between two characters of one word
# (对全区经 - 2 - 济的贡献率): no part of the sentence (comm25, district communiqués' text layers).
_PAGE_NUMBER_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t\xa0\u3000\r\n]+[-—–]\s*\d{1,3}\s*[-—–][ \t\xa0\u3000\r\n]+"
    r"(?=[\u4e00-\u9fff])"
)


@functools.cache
def _wrapped_re() -> re.Pattern[str] | None:
    pairs = [w for w in words("wrapped_verb") if len(w) == 2]
    if not pairs:
        return None
    firsts = "".join(sorted({w[0] for w in pairs}))
    alt = "|".join(re.escape(w[0]) + "(?=" + _WRAP + re.escape(w[1]) + ")" for w in pairs)
    return re.compile(f"(?=[{firsts}])(?:({alt}))({_WRAP})(.)")
