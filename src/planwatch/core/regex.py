"""Faster scans with the same matches: a regular expression led by its first characters.

Python's regular-expression engine tries a pattern at every position of the text.
When the pattern opens with a long alternation (hundreds of cue words, a dozen header
words), every position costs every alternative, although most characters of Chinese
prose can start none of them. :func:`skipping` puts a lookahead on the characters a
match can start with in front of the pattern: a position whose character is not one of
them fails at once. The set is read from the pattern's own parse, so it always holds
every character a match can start with, and the matches are exactly the pattern's.
When the set cannot be told (a pattern that may match the empty string or start with
any character) the pattern is returned as it is. :func:`required_words` reads, the same
way, words one of which every match holds: a text holding none of them need not be scanned.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from planwatch.core import recache

try:  # the parser of the standard ``re`` module (Python 3.11+)
    from re import _constants as _K
    from re import _parser as _P
except ImportError:  # pragma: no cover - an interpreter without them: no speed-up
    _K = _P = None  # type: ignore[assignment]

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


@lru_cache(maxsize=256)
def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` led by a lookahead on the characters its matches can start with.

    Every ``search``, ``match``, ``finditer`` or ``sub`` gives the same matches as the
    pattern's own; only positions where no match can start are passed over sooner.
    """
    lead = _lead(pattern.pattern, pattern.flags)
    if lead is None:
        return pattern
    # (A group of its own: a top-level alternation stays one alternative under the lead.)
    return re.compile(f"{lead}(?:{pattern.pattern})", pattern.flags)


def _lead(text: str, flags: int) -> str | None:
    """The lookahead on the characters a match of the pattern ``text`` can start with
    (read from its parse, without compiling it); None when they cannot be told."""
    pieces = _pieces(text, flags)
    return None if pieces is None else _class_lead(pieces)


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """The character class a match of ``pattern`` starts with (``[12序指]``), or None."""
    lead = skipping(pattern)
    if lead is pattern:
        return None
    return lead.pattern[3 : lead.pattern.index("])") + 1]


def _first(items) -> tuple[set[str] | None, bool]:
    """(class pieces the sequence can start with, whether it can match empty); None
    pieces: any character may start it."""
    pieces: set[str] = set()
    for op, av in items:
        got = _item(op, av)
        if got is None:
            return None, False
        more, nullable = got
        pieces |= more
        if not nullable:
            return pieces, False
    return pieces, True


def _item(op, av) -> tuple[set[str], bool] | None:
    name = str(op)
    if name == "LITERAL":
        return {re.escape(chr(av))}, False
    if name == "IN":
        return _class(av)
    if name == "SUBPATTERN":
        if av[1] & re.IGNORECASE:
            return None
        pieces, nullable = _first(av[-1])
        return None if pieces is None else (pieces, nullable)
    if name == "BRANCH":
        out: set[str] = set()
        any_empty = False
        for alt in av[1]:
            pieces, nullable = _first(alt)
            if pieces is None:
                return None
            out |= pieces
            any_empty = any_empty or nullable
        return out, any_empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, item = av
        pieces, nullable = _first(item)
        return None if pieces is None else (pieces, nullable or low == 0)
    if name in ("ASSERT", "ASSERT_NOT", "AT"):
        return set(), True  # zero-width: the next item starts the match
    return None  # any character, a back-reference, an atomic group …: unknown


def _class(items) -> tuple[set[str], bool] | None:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
        elif name == "RANGE":
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:
            return None  # a negated class or category: any character may start it
    return out, False


def _top_level(text: str, at: int) -> list[int]:
    """Offsets in ``text`` from ``at`` where the nesting of groups changes or a branch
    ends: ``(`` and ``)`` and ``|`` outside character classes and escapes."""
    out, i, n = [], at, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and text[i] == "^":
                i += 1
            if i < n and text[i] == "]":
                i += 1  # (a ] first in a class is one of its characters)
            while i < n and text[i] != "]":
                i += 2 if text[i] == "\\" else 1
        elif ch in "()|":
            out.append(i)
        i += 1
    return out


# Flags set for the whole pattern inside its text ((?i)…): its branches alone lack them.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


# Patterns at least this long have their led form kept between runs (a file each in
# the cache folder): a short one costs less to make than to look up.
CACHED_FROM = 2000


def led_alternation(text: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern ``text``, of the form ``LEAD(?:A|B|…)`` (a last group holding an
    alternation), compiled with each branch led by the characters its matches can start
    with: the same matches as ``re.compile(text, flags)``.

    The engine tries every branch at a position where the pattern may start; a branch
    that opens with a group, an optional word or a lookbehind costs far more to fail there
    than one that fails on its lead at once. Compiled as it is when not of that form.

    The pattern text made is kept between runs (``core.recache.parsed``, keyed by this
    module's own source too, so a change here never reads an old one): making it parses
    every branch with ``re``'s parser in pure Python, about 50 ms of each process's start
    for the time words.
    """
    if len(text) < CACHED_FROM:
        return re.compile(_led(text, flags), flags)
    source = f"{flags}\n{text}".encode() + b"\0" + _own_digest()
    return re.compile(recache.parsed("led", source, _led_text), flags)


@lru_cache(maxsize=1)
def _own_digest() -> bytes:
    try:
        return hashlib.blake2b(Path(__file__).read_bytes(), digest_size=12).digest()
    except OSError:  # (no source beside the code: every run makes its patterns afresh)
        return str(id(_own_digest)).encode()


def _led_text(source: bytes) -> str:
    """The pattern text :func:`led_alternation` compiles, from its cache key."""
    # (The digest is cut off by its length: its bytes may hold a NUL, the pattern's not.)
    head = source[: -len(_own_digest()) - 1]
    flags, text = head.decode().split("\n", 1)
    return _led(text, int(flags))


def _led(text: str, flags: int) -> str:
    branches = _last_alternation(text)
    if branches is None or flags & (re.IGNORECASE | re.VERBOSE) or _GLOBAL_FLAGS.match(text):
        return text
    head, parts = branches
    firsts = [_pieces(part, flags) for part in parts]
    led = [
        part if first is None else f"{_class_lead(first)}(?:{part})"
        for part, first in zip(parts, firsts, strict=True)
    ]
    # Runs of branches under the lead of all their first characters (the same order, so
    # the same first match): a position tries a run's lead, then only its branches.
    run = max(2, round(len(parts) ** 0.5))
    groups = []
    for i in range(0, len(parts), run):
        members = firsts[i : i + run]
        inner = "|".join(led[i : i + run])
        if len(members) == 1 or any(m is None for m in members):
            groups.append(inner)
        else:
            groups.append(f"{_class_lead(set().union(*members))}(?:{inner})")
    return f"{head}(?:{'|'.join(groups)})"


@lru_cache(maxsize=512)
def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` holds (``(?:责任)?编辑[:：]``: 编辑),
    read from its parse; None when none can be told.

    A text holding none of them has no match: its scan can be left out (``w in text``
    runs at memory speed; the engine tries the pattern at every position).
    """
    if _P is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        return _required(_P.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None


def _required(items) -> frozenset[str] | None:
    """The best set of words one of which a match of the sequence ``items`` holds: from
    a run of literal characters, or a group or alternation every match passes through;
    the set whose shortest word is longest (then the smallest set)."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL" or (name == "IN" and len(av) == 1 and str(av[0][0]) == "LITERAL"):
            run += chr(av if name == "LITERAL" else av[0][1])
            continue
        if run:  # (a run of characters matched one after another: a word)
            found.append(frozenset([run]))
            run = ""
        got = None
        if name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            got = _required(av[-1])
        elif name == "BRANCH":
            alternatives = [_required(alt) for alt in av[1]]
            if all(alternatives):
                got = frozenset().union(*alternatives)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            got = _required(av[2])
        if got:
            found.append(got)
    if run:
        found.append(frozenset([run]))
    return max(found, key=lambda w: (min(map(len, w)), -len(w)), default=None)


def _class_lead(pieces: set[str]) -> str:
    return "(?=[" + "".join(sorted(pieces)) + "])"


def _pieces(text: str, flags: int) -> set[str] | None:
    """The class pieces a match of the pattern ``text`` can start with, read from its
    parse; None when they cannot be told."""
    if _P is None or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        pieces, nullable = _first(_P.parse(text, flags))
    except Exception:
        return None
    return None if pieces is None or nullable or not pieces else pieces


def _last_alternation(text: str) -> tuple[str, list[str]] | None:
    """(what stands before it, its branches) of a pattern ``LEAD(?:A|B|…)``, else None."""
    marks = _top_level(text, 0)
    if not marks or marks[-1] != len(text) - 1 or text[-1] != ")":
        return None
    depth, opened, cuts = 0, -1, []
    for i in marks:
        if text[i] == "(":
            if depth == 0:
                opened, cuts = i, []
            depth += 1
        elif text[i] == ")":
            depth -= 1
        elif depth == 0:
            return None  # (an alternation at the top: no lead shared by the branches)
        elif depth == 1:
            cuts.append(i)
    if depth != 0 or opened < 0 or not text.startswith("(?:", opened):
        return None
    starts = [opened + 3, *(c + 1 for c in cuts)]
    ends = [*cuts, len(text) - 1]
    return text[:opened], [text[a:b] for a, b in zip(starts, ends, strict=True)]
