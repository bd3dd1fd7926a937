"""Spans made in bulk: the outline and the table finder make one per sentence and line."""

from __future__ import annotations

from planwatch.core.data import Span

_SPAN_START, _SPAN_END = Span.start.__set__, Span.end.__set__  # type: ignore[attr-defined]


def span_unchecked(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets a scanner knows are in order (0 <= start <= end):
    the same value without the frozen constructor's field-by-field setting and check, at
    half the cost (the outline makes one per sentence and paragraph, ~10k a long document)."""
    span = object.__new__(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span
