"""``Fact.with_`` sets the copy's slots directly rather than through the frozen class's
``__init__``: the copy must be the one ``dataclasses.replace`` makes, field for field,
and stay frozen, hashable and picklable."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from planwatch.core.data import Comparator, Evidence, Fact, Kind, Measure


def _fact() -> Fact:
    return Fact(
        doc="d.txt",
        start=10,
        end=14,
        quote_start=2,
        quote_end=20,
        indicator="地区生产总值",
        kind=Kind.TARGET,
        measure=Measure.GROWTH,
        value=6.5,
        unit="%",
        year=2025,
        comparator=Comparator.APPROX,
        evidence=(Evidence("kind", "cue", "预期", 4, 6),),
    )


def test_fact_checks_nothing_on_construction() -> None:
    # (Were a check added, with_ would have to run it: it does not call __init__.)
    assert not hasattr(Fact, "__post_init__")


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Fact)])
def test_a_copy_with_one_field_changed_is_what_replace_makes(name: str) -> None:
    f = _fact()
    new_value = {"evidence": (), "kind": Kind.ACTUAL, "measure": Measure.LEVEL}.get(name, 7)
    copy = f.with_(**{name: new_value})
    assert copy == dataclasses.replace(f, **{name: new_value})
    assert getattr(copy, name) == new_value
    assert hash(copy) == hash(dataclasses.replace(f, **{name: new_value}))


def test_a_copy_stays_frozen_and_pickles() -> None:
    copy = _fact().with_(year=2030, period_start=2026)
    with pytest.raises(dataclasses.FrozenInstanceError):
        copy.year = 2031  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(copy)) == copy
    assert copy.year == 2030 and copy.period_start == 2026 and copy.value == 6.5


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError, match="no field 'colour'"):
        _fact().with_(colour="red")
