"""core.fastjson: what the store keeps written fast, read back to the same values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from planwatch.core import fastjson


class _Tone(StrEnum):
    AHEAD = "ahead"


@dataclass(frozen=True)
class _Point:
    year: int
    value: float


def _standard(value, default=None) -> str:
    return json.dumps(value, default=default, ensure_ascii=False, separators=(",", ":"))


def test_plain_values_read_back_as_the_standard_library_writes_them():
    record = {
        "area": "某某市",
        "summary_line": "20项主要指标中，12项符合或快于预期",
        "values": [6.5, 0.1 + 0.2, -0.0, 1e-7, 12345678901.5, 3, None, True],
        "yearly": {"2021": 8.1, "2022": 2.8000000000000003},
        "status": _Tone.AHEAD,
        "pair": (2020, 2025),
    }
    written = fastjson.dumps(record)
    assert b" " not in written.replace("某某市".encode(), b"")  # compact, not escaped
    assert "某某市".encode() in written
    assert _standard(json.loads(written)) == _standard(record)


def test_dataclasses_and_datetimes_go_to_default_as_with_the_standard_library():
    seen = []

    def default(value):
        seen.append(type(value))
        if isinstance(value, datetime):
            return value.isoformat()
        return [value.year, value.value]

    value = {"points": [_Point(2021, 5.0)], "at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)}
    written = fastjson.dumps(value, default)
    assert json.loads(written) == json.loads(_standard(value, default))
    assert json.loads(written)["points"] == [[2021, 5.0]]
    assert set(seen) == {_Point, datetime}


def test_what_only_the_standard_library_writes_is_written_by_it():
    huge = {"id": 2**70, "ok": 1}
    assert json.loads(fastjson.dumps(huge)) == huge
    keyed = {2021: 1.5}
    assert json.loads(fastjson.dumps(keyed)) == {"2021": 1.5}


def test_a_number_that_is_not_finite_is_written_as_null():
    assert json.loads(fastjson.dumps({"gap": float("inf"), "x": float("nan")})) == {
        "gap": None,
        "x": None,
    }
