"""A same-length view of the stored text in which tables read as tables.

Scraped text carries what a reader of the page never saw: raw HTML table
markup (``<tr><td>序号</td>``), entities (``&nbsp;``), zero-width marks,
border lines drawn with box characters, and cells each ending in ``" |"``.
The table finder reads this view instead of the stored text: markup becomes
cell separators and line breaks, junk becomes spaces, and every character
keeps its offset, so a cell found in the view is the same span of the stored
text (the span rule; the stored text itself is never rewritten).
"""

from __future__ import annotations

import re

from planwatch.core.normalise import fold

# Row tags open a line; cell tags open a cell; any other tag is layout.
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>\n]{0,300}>")
_ENTITY_RE = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});")
_ENTITY_CHAR = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&le;": "≤", "&ge;": "≥"}
# Marks of no width and drawing characters: never part of a cell.
_JUNK_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad─━│┃┄┅┆┇┈┉┊┋┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬■□▪▫◆◇●○"
_JUNK_RE = re.compile(f"[{_JUNK_CHARS}]")
# A line whose only pipe ends (or opens) it: the cell of a one-cell-per-line table.
_LONE_PIPE_RE = re.compile(
    r"^([^|｜\n]*\S)[ \t]*[|｜][ \t]*$|^[ \t]*[|｜]([^|｜\n]*)$|^[ \t]*(?:[|｜][ \t]*){2,}$", re.M
)


# A note's mark glued to a header word or a name (比重[4], 常住人口[2]): the note below says
# what it means; the cell is the word. (A bracketed figure standing as a cell, [1.98], stays.)
_NOTE_MARK_RE = re.compile(r"(?<=[\u4e00-\u9fff)）])\[\d{1,2}\]")


def _blank_match(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _blank(s: str) -> str:
    return " " * len(s)


def _tag(m: re.Match[str]) -> str:
    closing, name = m.group(1), m.group(2).lower()
    whole = m.group(0)
    if name == "tr" and not closing:
        return "\n" + _blank(whole[1:])
    if name in ("td", "th") and not closing:
        return "|" + _blank(whole[1:])
    if name in ("table", "tbody", "thead", "p", "div", "br") and len(whole) > 1:
        return "\n" + _blank(whole[1:]) if name in ("p", "div", "br", "table") else _blank(whole)
    return _blank(whole)


def _entity(m: re.Match[str]) -> str:
    whole = m.group(0)
    ch = _ENTITY_CHAR.get(whole.lower())
    return (ch + _blank(whole[1:])) if ch else _blank(whole)


def _lone_pipe(m: re.Match[str]) -> str:
    whole = m.group(0)
    return whole.replace("|", " ").replace("｜", " ")


def table_view(text: str) -> str:
    """``text`` with markup and junk turned into separators and spaces, same length.

    It starts from the matching view (:func:`planwatch.core.normalise.fold`:
    full-width forms, traditional characters), so 指標 and ３２０ read as 指标 and 320.
    """
    view = fold(text)
    if "<" in view:
        view = _TAG_RE.sub(_tag, view)
    if "&" in view:
        view = _ENTITY_RE.sub(_entity, view)
    view = _JUNK_RE.sub(" ", view)
    if "[" in view:
        view = _NOTE_MARK_RE.sub(_blank_match, view)
    if "|" in view or "｜" in view:
        view = _LONE_PIPE_RE.sub(_lone_pipe, view)
    return view
