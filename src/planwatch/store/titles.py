"""Headings' titles kept as offsets where the stored text holds them (migration ``titles``).

A heading's title is almost always the tail of its own line (第一章 总体要求: the line
after the marker and a separator), so ``headings.title`` repeated characters the
stored text already holds (0.016x the text's bytes at 5,000 generated documents).
Such a title is stored as NULL with ``title_at``, its start's offset from the heading's
``start``; any other title (a line's leading clause, words the line does not end with)
is stored as written, ``title_at`` NULL. Rows stored before the migration keep their
title and read as before. Headings are read only with their document's text
(``Store.load``), so a title costs no extra read.
"""

from __future__ import annotations


def stored_title(text: str, title: str, start: int, end: int) -> tuple[str | None, int | None]:
    """(``title``, ``title_at``) as stored for a heading spanning ``start``..``end``.

    >>> stored_title("一、总体要求\\n", "总体要求", 0, 6)
    (None, 2)
    >>> stored_title("1.概况：\\n", "概况", 0, 5)
    ('概况', None)
    """
    at = end - len(title)
    if title and at >= start and text.startswith(title, at, end):
        return None, at - start
    return title, None


def read_title(text: str, title: str | None, title_at: int | None, start: int, end: int) -> str:
    """A heading's title from its stored row (:func:`stored_title`'s inverse)."""
    if title is not None or title_at is None:
        return title or ""
    return text[start + title_at : end]


__all__ = ["read_title", "stored_title"]
