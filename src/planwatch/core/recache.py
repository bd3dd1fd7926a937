"""Compiled regular-expression programs kept between runs, so a new process starts warm.

planwatch compiles about 500 patterns (word lists as alternations, cue and header
patterns) when its stages are first used. CPython's ``re`` compiles a pattern in
pure Python — parse, then code generation, where big character classes of Chinese
text are slow to optimise — and keeps the result only for the life of the process:
that was about half of the 0.55 s a fresh process spent before its first document,
paid again by every CLI run and before the ingest workers are forked (while one core
idles, which is what capped two workers at about 1.8× one).

:func:`install` (called by the command line, ``planwatch.cli``, before its commands
load; the library alone leaves ``re`` untouched) puts a cache in front of that step: a pattern's program (the
numbers the parser and code generator make of it, with its flags and groups) is
looked up by (pattern, flags) in a table read from a file in the user's cache
folder; a pattern not there is compiled exactly as ``re`` does and its program
noted. At exit the table of what this process used (and, up to a bound, what the file
held) is written back. The regular-expression engine itself validates every program
it is given, so a damaged file costs only a fresh compile; the file is keyed on the
interpreter's version and the engine's magic number, so another Python never reads it.
The compiled pattern objects are the same objects ``re`` would have made: same
pattern, flags, groups and program, hence the same matches.

``PLANWATCH_REGEX_CACHE=0`` turns it off; ``PLANWATCH_CACHE_DIR`` (else
``$XDG_CACHE_HOME/planwatch``, else ``~/.cache/planwatch``) says where the file lives.
The file holds plain numbers and strings (``marshal``, not ``pickle``): loading it runs
no code.
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

try:  # CPython's pattern compiler (3.11+); another interpreter goes without the cache
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = _compiler = _parser = None  # type: ignore[assignment]

# Past this many patterns the file is rewritten with only what the run used: patterns
# built from sets change order from one process to the next, and a test run compiles
# many of its own; the table a run reads stays about what one run needs.
MAX_ENTRIES = 1200

_state: dict = {}
# A program as the engine's code units (unsigned 32-bit: _sre.CODESIZE is 4).
_CODE = partial(array.array, "I")
T = TypeVar("T")


def cache_file() -> Path:
    """Where the table of this interpreter's programs is kept."""
    folder = os.environ.get("PLANWATCH_CACHE_DIR")
    if folder:
        base = Path(folder)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "planwatch"
    tag = sys.implementation.cache_tag or "py"
    return base / f"regex-{tag}-{_sre.MAGIC if _sre else 0}.marshal"


def enabled() -> bool:
    return (
        _compiler is not None
        and sys.implementation.name == "cpython"
        and _sre.CODESIZE == array.array("I").itemsize == 4
        and os.environ.get("PLANWATCH_REGEX_CACHE", "1").lower() not in ("0", "off", "no")
    )


def install() -> bool:
    """Put the cache in front of ``re``'s compiler for this process (once); True if on."""
    if _state:
        return True
    if not enabled():
        return False
    _state.update(
        path=cache_file(),
        table=None,  # read at the first compile (``planwatch --help`` may need none)
        prune=False,
        used={},
        added=0,
        hits=0,
        pid=os.getpid(),
        stock=_compiler.compile,
    )
    _compiler.compile = _compile
    atexit.register(save)
    return True


def stats() -> dict[str, int]:
    """Hits and new compiles since :func:`install` (for tests and benchmarks)."""
    return {"hits": _state.get("hits", 0), "added": _state.get("added", 0)}


def _load(path: Path) -> dict:
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _compile(p, flags=0):
    """``re._compiler.compile`` with the program looked up first (same result)."""
    if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return _state["stock"](p, flags)
    key = (p, int(flags))
    table = _state["table"]
    if table is None:
        table = _state["table"] = _load(_state["path"])
        _state["prune"] = len(table) > MAX_ENTRIES
    entry = table.get(key)
    if entry is not None:
        try:
            final, code, groups, groupindex, indexgroup = entry
            compiled = _sre.compile(p, final, _CODE(code).tolist(), groups, groupindex, indexgroup)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # a damaged or stale entry: compile afresh below
        else:
            _state["hits"] += 1
            _state["used"][key] = entry
            return compiled
    # As re._compiler.compile does, with the program kept.
    tree = _parser.parse(p, flags)
    code = _compiler._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final, groups, indexgroup = (
        int(flags | tree.state.flags),
        tree.state.groups - 1,
        tuple(indexgroup),
    )
    compiled = _sre.compile(p, final, code, groups, groupindex, indexgroup)
    # The program kept as bytes: the file then reads back in a fifth of the time.
    entry = (final, _CODE(code).tobytes(), groups, dict(groupindex), indexgroup)
    _state["table"][key] = _state["used"][key] = entry
    _state["added"] += 1
    return compiled


def save() -> None:
    """Write the table back if this process compiled anything new (atomically: a
    concurrent run reads the old file or the new, never half of one). Forked workers
    never write it: only the process that installed the cache does."""
    if not _state or not (_state["added"] or _state["prune"]) or os.getpid() != _state["pid"]:
        return
    table = _state["table"]
    if len(table) > MAX_ENTRIES:
        table = _state["used"]
    if _write(_state["path"], marshal.dumps(table)):
        _state["added"], _state["prune"] = 0, False


def _write(path: Path, blob: bytes) -> bool:
    """Write ``blob`` to ``path`` atomically; False if the folder cannot be written
    (then the next run compiles or parses again)."""
    import tempfile  # (here: importing it costs a start-up that writes nothing)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".planwatch-", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    return True


def parsed(kind: str, source: bytes, parse: Callable[[bytes], T]) -> T:
    """``parse(source)``, kept in the cache folder keyed by the source's and the parser's hash.

    For reference data read at every start (the catalog's TOML, the area table's CSV):
    the parsed value (plain dicts, lists, strings and numbers) is read back with
    ``marshal`` instead of being parsed again in pure Python. A changed file has another
    hash, so it is parsed afresh; a value ``marshal`` cannot hold is simply not kept.
    Each call returns new objects (the caller may change them).
    """
    if not enabled():
        return parse(source)
    import hashlib  # (here: see _write)

    # Keyed by the parser's own code too: a changed parser never reads an old value.
    code = getattr(parse, "__code__", None)
    digest = hashlib.blake2b(source, digest_size=12)
    digest.update(marshal.dumps(code) if code is not None else repr(parse).encode())
    digest = digest.hexdigest()
    path = cache_file().parent / f"{kind}-{sys.implementation.cache_tag}-{digest}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = parse(source)
    try:
        blob = marshal.dumps(value)
    except ValueError:
        return value
    _write(path, blob)
    return value
