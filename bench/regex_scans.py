"""Benchmark: how many times each character of a text is offered to a regular expression.

Issue 15 asks where the analysis of one document reads its text again and again. This
counts, over ``analyse_bytes`` of every document in folders, the characters each
module-level pattern of planwatch (``_MARK_RE``, ``_LINE_RE`` … a ``re.Pattern`` bound to
a name in a ``planwatch`` module) is given to scan, and prints them per character of
text: a pattern run once over the whole text counts 1.0, one run over each line about
1.0 too, one run per sentence again over its paragraph more. Counted per call: the
range ``[pos, endpos)`` for ``finditer``, ``findall``, ``fullmatch``, ``sub``, ``subn``,
``split`` and a failed ``search``; up to the match's end for a ``search`` that finds one
and for a ``match`` (a failed ``match`` counts 1: it is anchored). Printed: the total,
per stage (the package of the pattern's module: read, describe, structure, extract,
catalog, core) and the patterns offered the most, with their calls and how many of the
calls ran over (nearly) the whole text.

    python bench/regex_scans.py examples/ [more folders…] [--split dev] [--top 40] [--json]

Counted by wrapping each pattern in an object that forwards to it, so only the patterns
bound at module level are seen (those made in functions or kept in caches, as the word
lists' alternations of ``extract.cues``, are not), and a check of identity against a
wrapped pattern (``m.re is _ACTUAL_HEAD``) answers no: the counts are a census of the
scanning, not the pipeline's output. The time each scan costs is another matter (a
character class skips in C, an alternation led by a lookahead tries each position):
``bench/stage_times.py`` times the stages.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peer_bench  # (its emptying of caches keyed by text is reused)
import stage_times  # (its choice of documents is reused)

import planwatch
from planwatch import pipeline
from planwatch.options import Options

_END = sys.maxsize
chars: Counter[str] = Counter()
calls: Counter[str] = Counter()
whole: Counter[str] = Counter()  # calls offered at least 90 % of the text being analysed
_text_len = [0]


def _span(s: str, pos: int, endpos: int) -> int:
    return max(0, min(endpos, len(s)) - max(pos, 0))


class CountedPattern:
    """A pattern counting the characters it is offered (see the module's text)."""

    __slots__ = ("_inner", "_key")

    def __init__(self, pattern: re.Pattern[str], key: str) -> None:
        self._inner, self._key = pattern, key

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)  # (.pattern, .flags, .groupindex …)

    def _count(self, n: int) -> None:
        calls[self._key] += 1
        chars[self._key] += n
        if _text_len[0] and n >= 0.9 * _text_len[0]:
            whole[self._key] += 1

    def search(self, s: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        m = self._inner.search(s, pos, endpos)
        self._count(m.end() - pos if m else _span(s, pos, endpos))
        return m

    def match(self, s: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        m = self._inner.match(s, pos, endpos)
        self._count(m.end() - pos if m else 1)
        return m

    def fullmatch(self, s: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        self._count(_span(s, pos, endpos))
        return self._inner.fullmatch(s, pos, endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int = _END) -> Any:
        self._count(_span(s, pos, endpos))
        return self._inner.finditer(s, pos, endpos)

    def findall(self, s: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        self._count(_span(s, pos, endpos))
        return self._inner.findall(s, pos, endpos)

    def sub(self, repl: Any, s: str, count: int = 0) -> str:
        self._count(len(s))
        return self._inner.sub(repl, s, count)

    def subn(self, repl: Any, s: str, count: int = 0) -> tuple[str, int]:
        self._count(len(s))
        return self._inner.subn(repl, s, count)

    def split(self, s: str, maxsplit: int = 0) -> list[Any]:
        self._count(len(s))
        return self._inner.split(s, maxsplit)


def wrap_patterns() -> int:
    """Every module-level pattern of planwatch counted; how many were wrapped."""
    for info in pkgutil.walk_packages(planwatch.__path__, "planwatch."):
        if ".web" in info.name or ".cli" in info.name or ".store" in info.name:
            continue  # (not on the analysis path; some need optional packages)
        try:
            importlib.import_module(info.name)
        except ImportError:
            continue
    n = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("planwatch.") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                setattr(module, attr, CountedPattern(value, f"{name[10:]}.{attr}"))
                n += 1
    return n


def census(files: list[Path]) -> dict[str, Any]:
    """The counts over ``files`` (each analysed once, caches keyed by text emptied)."""
    for path in files[:3]:  # (word lists and patterns loaded, not counted)
        pipeline.analyse_bytes(path.read_bytes(), path.name)
    chars.clear(), calls.clear(), whole.clear()
    total = 0
    for path in files:
        data = path.read_bytes()
        peer_bench._forget_texts()
        text = pipeline.read_bytes(data, path.name, Options()).text
        _text_len[0] = len(text)
        total += len(text)
        pipeline.analyse_bytes(data, path.name)
    stages: Counter[str] = Counter()
    for key, n in chars.items():
        stages[key.split(".", 1)[0]] += n
    return {
        "documents": len(files),
        "characters": total,
        "offered": sum(chars.values()),
        "calls": sum(calls.values()),
        "stages": dict(stages.most_common()),
        "patterns": {k: [n, calls[k], whole[k]] for k, n in chars.most_common()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--split", help="only this split's documents (INDEX.tsv)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    wrapped = wrap_patterns()
    files = stage_times.documents(args.folders, args.split)
    out = census(files)
    out["wrapped"] = wrapped
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return
    per = out["characters"] or 1
    print(
        f"{out['documents']} documents, {out['characters']:,} characters; {wrapped} patterns "
        f"wrapped, {len(out['patterns'])} used, {out['calls']:,} calls; characters offered "
        f"{out['offered']:,} = {out['offered'] / per:.1f} per character of text"
    )
    print("per stage (characters offered per character of text):")
    for stage, n in out["stages"].items():
        print(f"  {stage:<10} {n / per:6.2f}")
    print(f"top {args.top} patterns: per character, calls, calls over the whole text")
    for key, (n, c, w) in list(out["patterns"].items())[: args.top]:
        print(f"  {n / per:6.2f} {c:8,} {w:5,}  {key}")


if __name__ == "__main__":
    main()
