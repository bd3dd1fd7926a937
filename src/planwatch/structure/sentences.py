"""Sentences as spans: split at 。！？； and line ends, never inside quotes or brackets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from planwatch.core.data import Span
from planwatch.core.spans import span_unchecked
from planwatch.structure.lines import SPACE

SENTENCE_END = frozenset("。！？；!?;")
OPENERS = {"“": "”", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "‘": "’"}
CLOSERS = frozenset(OPENERS.values())
# Closing marks that belong to the sentence they follow: 。” 。）
TRAILING = frozenset('”」』）)’"')
MAX_QUOTE_CHARS = 300  # an unclosed quote stops protecting after this many chars


# Only these characters change the state of the split; the scan jumps between them.
_EVENTS = re.compile(
    "[" + re.escape("".join(SENTENCE_END) + "".join(OPENERS) + "".join(CLOSERS)) + "]"
)


# A sentence's end and the closing marks taken with it; where nothing opens a quote or a
# bracket (most paragraphs), every end found this way ends a sentence.
_END_RE = re.compile(f"[{re.escape(''.join(SENTENCE_END))}][{re.escape(''.join(TRAILING))}]*")
_OPENER_RE = re.compile(f"[{re.escape(''.join(OPENERS))}]")


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans within ``span`` (one paragraph), whitespace trimmed."""
    if _OPENER_RE.search(text, span.start, span.end) is None:
        out: list[Span] = []
        start = span.start
        for m in _END_RE.finditer(text, span.start, span.end):
            _add(text, start, m.end(), out)
            start = m.end()
        _add(text, start, span.end, out)
        return out
    return _split_quoted(text, span)


def split_paragraphs(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """The sentences of every paragraph, in order: :func:`split_sentences` of each, with
    the quotes and brackets found in one scan of the text (most paragraphs hold none)."""
    openers = [m.start() for m in _OPENER_RE.finditer(text)]
    out: list[Span] = []
    space, end_re = SPACE, _END_RE
    for p in paragraphs:
        i = bisect.bisect_left(openers, p.start)
        if i < len(openers) and openers[i] < p.end:
            out.extend(_split_quoted(text, p))
            continue
        start = p.start
        ends = [m.end() for m in end_re.finditer(text, start, p.end)]
        ends.append(p.end)
        for end in ends:
            seg = text[start:end]
            body = seg.lstrip(space)
            if body:  # (as _add, a Span made without the constructor's check: in order)
                n = len(seg)
                out.append(span_unchecked(start + n - len(body), start + len(seg.rstrip(space))))
            start = end
    return out


# Only the quotes and brackets change what is open; the ends are found by _END_RE.
_BRACKETS = re.compile("[" + re.escape("".join(OPENERS) + "".join(CLOSERS)) + "]")


def _split_quoted(text: str, span: Span) -> list[Span]:
    """:func:`split_sentences` of a paragraph where quotes or brackets open: an end inside
    them ends no sentence.

    The quotes and brackets alone are walked (a few a paragraph) to find where one is
    open; every end _END_RE finds outside those stretches ends a sentence, as the walk
    over every mark (:func:`_split_quoted_walk`) decides. A quote left open longer than
    MAX_QUOTE_CHARS stops protecting at the next mark of any kind: that paragraph is
    walked mark by mark.
    """
    guarded = _open_stretches(text, span)
    if guarded is None:
        return _split_quoted_walk(text, span)
    out: list[Span] = []
    start = span.start
    k, n = 0, len(guarded)
    for m in _END_RE.finditer(text, span.start, span.end):
        i = m.start()
        while k < n and guarded[k][1] <= i:
            k += 1
        if k < n and guarded[k][0] < i:
            continue  # (an end inside a quote)
        _add(text, start, m.end(), out)
        start = m.end()
    _add(text, start, span.end, out)
    return out


def _open_stretches(text: str, span: Span) -> list[tuple[int, int]] | None:
    """The stretches ``(opener, closer)`` of the paragraph where a quote or bracket is
    open (the last one open to the paragraph's end when never closed), in order; None
    when one stays open longer than MAX_QUOTE_CHARS (the walk clears it somewhere)."""
    out: list[tuple[int, int]] = []
    stack: list[str] = []
    first = 0  # where the outermost open quote opened
    for m in _BRACKETS.finditer(text, span.start, span.end):
        ch = m.group()
        if stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                i = m.start()
                if i - first > MAX_QUOTE_CHARS:
                    return None
                out.append((first, i))
        elif ch in OPENERS:
            if not stack:
                first = m.start()
            stack.append(OPENERS[ch])
    if stack:
        if span.end - 1 - first > MAX_QUOTE_CHARS:
            return None
        out.append((first, span.end))
    return out


def _split_quoted_walk(text: str, span: Span) -> list[Span]:
    """:func:`_split_quoted` by a walk over every end, quote and bracket (the reference;
    taken where a quote stays open too long)."""
    out: list[Span] = []
    start = span.start
    stack: list[tuple[str, int]] = []
    skip_to = span.start
    for m in _EVENTS.finditer(text, span.start, span.end):
        i = m.start()
        if i < skip_to:  # inside the closing marks taken with the last sentence
            continue
        ch = text[i]
        if stack and ch == stack[-1][0]:
            stack.pop()
        elif ch in OPENERS:
            stack.append((OPENERS[ch], i))
        if stack and i - stack[0][1] > MAX_QUOTE_CHARS:
            stack.clear()
        if ch in SENTENCE_END and not stack:
            end = i + 1
            while end < span.end and text[end] in TRAILING:
                end += 1
            _add(text, start, end, out)
            start = skip_to = end
    _add(text, start, span.end, out)
    return out


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    seg = text[start:end]
    body = seg.lstrip(SPACE)
    if body:  # (the string methods strip in C what a loop over characters did)
        out.append(span_unchecked(start + len(seg) - len(body), start + len(seg.rstrip(SPACE))))
