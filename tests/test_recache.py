"""``core.recache``: a pattern compiled from a kept program is the pattern ``re`` makes —
same flags, groups and matches — and the kept table survives a new process, a damaged
entry or file, and a forked worker (which never writes it)."""

from __future__ import annotations

import marshal
import os
import re
from array import array
from pathlib import Path
from re import _compiler, _parser

import pytest

from planwatch.core import recache

pytestmark = pytest.mark.skipif(not recache.enabled(), reason="CPython's compiler only")

_PATTERNS = [
    (r"(?P<year>(?:19|20)\d\d)\s*年(?P<aim>力争|预计)?", 0),
    (r"[一二三四五六七八九十百]+[、.．]", re.M),
    (r"^第[一二三四五六七八九十]+章\s*\S+$", re.M),
    (r"(?i)gdp|[^\u4e00-\u9fff，。；]{2,}", 0),
    (r"(?:增长|下降|提高)(\d+(?:\.\d+)?)(%|个百分点)", re.S),
]
_TEXT = "第一章 总体要求\n2025年力争地区生产总值增长6.5%，GDP提高2.1个百分点。\n一、主要目标\n"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache of its own: empty table, its file in a temporary folder."""
    state = {
        "path": tmp_path / "regex.marshal",
        "table": {},
        "prune": False,
        "used": {},
        "added": 0,
        "hits": 0,
        "pid": os.getpid(),
        "stock": _compiler.compile if not recache._state else recache._state["stock"],
    }
    monkeypatch.setattr(recache, "_state", state)
    return state


def _stock(pattern: str, flags: int) -> re.Pattern[str]:
    return recache._state["stock"](pattern, flags)


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_a_kept_program_makes_the_pattern_re_makes(fresh, pattern: str, flags: int) -> None:
    first = recache._compile(pattern, flags)  # compiled afresh, program kept
    again = recache._compile(pattern, flags)  # from the kept program
    assert recache.stats() == {"hits": 1, "added": 1}
    want = _stock(pattern, flags)
    for got in (first, again):
        assert (got.pattern, got.flags, got.groups) == (want.pattern, want.flags, want.groups)
        assert got.groupindex == want.groupindex
        assert [m.span() for m in got.finditer(_TEXT)] == [m.span() for m in want.finditer(_TEXT)]
        assert [m.groups() for m in got.finditer(_TEXT)] == [
            m.groups() for m in want.finditer(_TEXT)
        ]
    kept = array("I", fresh["table"][(pattern, flags)][1]).tolist()
    assert kept == list(_compiler._code(_parser.parse(pattern, flags), flags))


def test_the_table_is_read_back_by_the_next_process(fresh, monkeypatch) -> None:
    pattern, flags = _PATTERNS[0]
    recache._compile(pattern, flags)
    recache.save()
    table = recache._load(fresh["path"])
    assert set(table) == {(pattern, flags)}
    nxt = dict(fresh, table=table, used={}, added=0, hits=0)
    monkeypatch.setattr(recache, "_state", nxt)
    got = recache._compile(pattern, flags)
    assert recache.stats() == {"hits": 1, "added": 0}
    assert got.search(_TEXT).group("year") == "2025"


def test_a_damaged_entry_is_compiled_afresh(fresh) -> None:
    pattern, flags = _PATTERNS[1]
    fresh["table"][(pattern, flags)] = (flags, [99999, 1, 2], 0, {}, (None,))
    got = recache._compile(pattern, flags)
    assert recache.stats() == {"hits": 0, "added": 1}
    assert got.findall(_TEXT) == _stock(pattern, flags).findall(_TEXT) == ["一、"]


def test_a_program_of_broken_bytes_is_compiled_afresh(fresh) -> None:
    pattern, flags = _PATTERNS[2]
    fresh["table"][(pattern, flags)] = (flags, b"\x01\x02\x03", 0, {}, (None,))
    assert recache._compile(pattern, flags).search(_TEXT).group() == "第一章 总体要求"
    assert recache.stats() == {"hits": 0, "added": 1}


def test_a_damaged_file_is_an_empty_table(tmp_path) -> None:
    bad = tmp_path / "regex.marshal"
    bad.write_bytes(b"\x00not a table")
    assert recache._load(bad) == {}
    assert recache._load(tmp_path / "missing.marshal") == {}


def test_only_the_installing_process_writes_and_only_when_something_is_new(fresh) -> None:
    recache.save()
    assert not fresh["path"].exists()  # nothing new
    recache._compile(*_PATTERNS[2])
    fresh["pid"] = os.getpid() + 1  # as a forked worker sees it
    recache.save()
    assert not fresh["path"].exists()
    fresh["pid"] = os.getpid()
    recache.save()
    assert fresh["path"].exists()


def test_a_table_past_its_bound_keeps_what_this_run_used(fresh, monkeypatch) -> None:
    monkeypatch.setattr(recache, "MAX_ENTRIES", 2)
    for i in range(3):  # three entries an earlier run left
        fresh["table"][(f"old{i}", 0)] = (0, [], 0, {}, ())
    recache._compile(*_PATTERNS[3])
    recache.save()
    assert set(recache._load(fresh["path"])) == {_PATTERNS[3]}


def test_a_big_file_is_cut_to_what_the_run_used_even_with_nothing_new(fresh, monkeypatch) -> None:
    monkeypatch.setattr(recache, "MAX_ENTRIES", 2)
    pattern, flags = _PATTERNS[4]
    recache._compile(pattern, flags)
    old = {(f"old{i}", 0): (0, [], 0, {}, ()) for i in range(3)}
    fresh["path"].write_bytes(marshal.dumps({**old, **fresh["table"]}))
    fresh.update(table=None, used={}, added=0, hits=0)  # a new run: the file read lazily
    recache._compile(pattern, flags)
    assert recache.stats() == {"hits": 1, "added": 0}
    recache.save()
    assert set(recache._load(fresh["path"])) == {(pattern, flags)}


def test_debug_and_bytes_patterns_go_to_re_itself(fresh) -> None:
    assert recache._compile(rb"\d+", 0).findall(b"a12b3") == [b"12", b"3"]
    assert recache.stats() == {"hits": 0, "added": 0}


def test_turned_off_by_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PLANWATCH_REGEX_CACHE", "0")
    assert not recache.enabled()
    monkeypatch.setenv("PLANWATCH_CACHE_DIR", "/some/where")
    assert recache.cache_file().parent == Path("/some/where")


def test_parsed_data_is_kept_per_content(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PLANWATCH_CACHE_DIR", str(tmp_path))
    calls: list[bytes] = []

    def parse(raw: bytes) -> list[dict[str, str]]:
        calls.append(raw)
        return [{"code": raw.decode(), "name": "某县"}]

    first = recache.parsed("csv", b"440784", parse)
    again = recache.parsed("csv", b"440784", parse)
    assert first == again == [{"code": "440784", "name": "某县"}]
    assert again is not first and again[0] is not first[0]  # the caller's own objects
    assert calls == [b"440784"]  # read back, not parsed again
    assert recache.parsed("csv", b"440700", parse)[0]["code"] == "440700"  # new content
    assert len(calls) == 2


def test_a_value_marshal_cannot_hold_is_parsed_every_time(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PLANWATCH_CACHE_DIR", str(tmp_path))
    made = [recache.parsed("toml", b"x", lambda raw: {"when": object}) for _ in range(2)]
    assert made[0] == made[1] == {"when": object}
    assert not list(tmp_path.glob("toml-*"))


def test_a_parse_error_reaches_the_caller(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PLANWATCH_CACHE_DIR", str(tmp_path))

    def bad(raw: bytes):
        raise ValueError("line 3: not a table")

    with pytest.raises(ValueError, match="line 3"):
        recache.parsed("toml", b"[oops", bad)


def test_a_changed_parser_never_reads_the_old_value(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PLANWATCH_CACHE_DIR", str(tmp_path))
    assert recache.parsed("csv", b"a,b", lambda raw: raw.decode().split(",")) == ["a", "b"]
    assert recache.parsed("csv", b"a,b", lambda raw: raw.decode().upper()) == "A,B"
