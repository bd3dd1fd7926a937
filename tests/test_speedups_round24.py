"""Round 24's speed-ups (issue 15), each checked against the plain definition it replaced
on texts put together here from the pieces that matter to it."""

from __future__ import annotations

import dataclasses
import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.data import Evidence, Fact, Kind, Measure, Span
from planwatch.core.normalise import condense, fold, folded_away
from planwatch.core.quickinit import quick_init
from planwatch.core.spans import span_unchecked
from planwatch.describe import dates
from planwatch.extract.prose_script import DocumentWords

# Pieces of a page: simplified and traditional words, a mirror's pinyin brackets,
# full-width digits and punctuation (composed here, in the style of portal pages).
_PAGE_PIECES = [
    "地区生产总值", "地區生產總值", "(chǎn)", "(qū)", "产业", "產業", "增长", "增長", "１２", "12",
    "%", "％", "，", "。", "（", "）", "(", ")", "里", "裏", "裡", "发展", "發展", "亿元", "億元",
]  # fmt: skip


def _plain_printed(text: str) -> dict[str, str]:
    """DocumentWords' character map as first written: a walk over every character."""
    view = condense(text)
    return {c: text[view.offsets[i]] for i, c in enumerate(view.text) if text[view.offsets[i]] != c}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_PIECES), min_size=1, max_size=40))
def test_printed_character_as_the_walk_over_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    words = DocumentWords(text, text)  # (view made whatever the fold: "(" is in most)
    if words.view is None:
        words.view = condense(text)
    plain = _plain_printed(text)
    for c in set(words.view.text) | set("产业增长区亿元里发展生总值１"):
        assert words._printed(c) == plain.get(c, c)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_PAGE_PIECES, "\U0002f800", "𠀀"]), max_size=30))
def test_folded_away_as_each_character_folded(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert folded_away(text) == {ch for ch in text if fold(ch) != ch}


def _pair(**params: bool) -> tuple[type, type]:
    """Two copies of one frozen slotted dataclass, the second with quick_init."""

    def make() -> type:
        @dataclasses.dataclass(frozen=True, slots=True, **params)
        class Mark:
            start: int
            end: int
            kind: str = "year"
            words: tuple[str, ...] = ()

            def __post_init__(self) -> None:
                if self.end < self.start:
                    raise ValueError("bad span")

        return Mark

    return make(), quick_init(make())


@given(st.integers(0, 50), st.integers(0, 50), st.sampled_from(["year", "range", "span"]))
def test_quick_init_makes_the_dataclass_value(start: int, end: int, kind: str) -> None:
    plain, quick = _pair()
    for args, kwargs in [
        ((start, end), {}),
        ((start, end, kind), {}),
        ((), {"end": end, "start": start, "kind": kind}),
    ]:
        try:
            want = plain(*args, **kwargs)
        except ValueError:
            with pytest.raises(ValueError):
                quick(*args, **kwargs)
            continue
        got = quick(*args, **kwargs)
        assert [getattr(got, f.name) for f in dataclasses.fields(quick)] == [
            getattr(want, f.name) for f in dataclasses.fields(plain)
        ]
        assert got.words is want.words  # (the default itself, as the dataclass gives it)
        assert dataclasses.replace(got, kind="x").kind == "x"
        with pytest.raises(dataclasses.FrozenInstanceError):
            got.start = 1  # type: ignore[misc]


def test_quick_init_keeps_the_signature_errors() -> None:
    _, quick = _pair(order=True)
    with pytest.raises(TypeError):
        quick(1)  # (a field without a default missing)
    with pytest.raises(TypeError):
        quick(1, 2, bogus=3)
    assert quick(1, 2) < quick(1, 3)


def test_quick_init_refuses_what_it_cannot_make() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        start: int

    for cls in (WithFactory, NotFrozen):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_the_records_made_quickly_check_as_before() -> None:
    with pytest.raises(ValueError):
        Span(3, 2)
    assert Span(1, 2) == span_unchecked(1, 2)
    ev = Evidence("year", "cue", "2025年", 3, 8)
    assert (ev.field, ev.basis, ev.text, ev.start, ev.end) == ("year", "cue", "2025年", 3, 8)
    assert Evidence("kind", "genre_default").text == ""
    assert pickle.loads(pickle.dumps(ev)) == ev  # (workers and Dask hand records back)
    assert pickle.loads(pickle.dumps(Span(1, 2))) == Span(1, 2)


def test_fact_copied_with_changes_as_replace_copies_it() -> None:
    fact = Fact(
        doc="d", indicator="地区生产总值", value=5.0, unit="%", start=3, end=5,
        quote_start=0, quote_end=9, kind=Kind.TARGET, measure=Measure.LEVEL, year=2025,
    )  # fmt: skip
    for changes in (
        {},
        {"jurisdiction": "某市", "jurisdiction_code": "440700"},
        {"jurisdiction_code": "440700", "jurisdiction": "某市"},
        {"year": None, "kind": Kind.ACTUAL, "evidence": (Evidence("year", "cue"),)},
    ):
        assert fact.with_(**changes) == dataclasses.replace(fact, **changes)
    with pytest.raises(TypeError):
        fact.with_(bogus=1)


# The date patterns as written before they opened on their first digit.
_DATES_BEFORE = {
    "_NUMERIC_DATE_RE": r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])",
    "_DAY_FIRST_RE": r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])",
    "_SHORT_YEAR_STAMP_RE": r"(?<![\d.:/-])(\d{2})-(\d{1,2})-(\d{1,2})(?=\s+\d{1,2}[:：]\d{2}(?![\d.]))",
}
_DATE_PIECES = [
    "2019-01-31", "2018/12/13", "2018.12.13", "26.01.2016", "1.2.2016", "20-10-29", "10:16",
    "20-10-29 10:16", " 9：05", "2", "0", "1", "12", "2019", "１", ".", "-", "/", ":", " ", "年", "日",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=30))
def test_date_patterns_find_what_they_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    for name, before in _DATES_BEFORE.items():
        now = getattr(dates, name)
        assert [(m.span(), m.groups()) for m in now.finditer(text)] == [
            (m.span(), m.groups()) for m in re.finditer(before, text)
        ]
