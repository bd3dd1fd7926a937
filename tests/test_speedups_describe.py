"""Faster paths of describe give what the plain ones give (bench/peer_bench.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.describe.areas import (
    NATION_CODE,
    _name_automaton,
    is_false_friend,
    load_table,
    scan_names,
)


def _walk(text: str) -> list[tuple[int, int, tuple]]:
    """Area names found the plain way: every name at every position (overlapping), then
    from left to right the longest at each start that is no false friend and not the
    nation's, names overlapping a kept one not read."""
    by_name = load_table().by_name
    lengths: dict[int, list[int]] = {}
    for _, start, end in _name_automaton().find_matches_as_indexes(text, overlapping=True):
        lengths.setdefault(start, []).append(end - start)
    out, after = [], 0
    for start in sorted(lengths):
        if start < after:
            continue
        for length in sorted(lengths[start], reverse=True):
            end = start + length
            rows = by_name[text[start:end]]
            if rows[0].code != NATION_CODE and not is_false_friend(text, start, end):
                out.append((start, end, rows))
                after = end
                break
    return out


def _pieces() -> list[str]:
    """Names and false friends of the area table and its data files, and words between."""
    table = load_table()
    friends = [w for found in table.false_friends.values() for w, _ in found][:40]
    names = list(table.false_friends)[:20]
    nation = [n for n, rows in table.by_name.items() if rows[0].code == NATION_CODE]
    fulls = ["江门市", "鹤山市", "江门", "鹤山", "广东省", "广东", "湖南省", "湘潭市"]
    return friends + names + nation + fulls + ["增长", "，", "和", "西", "国", "全", "市"]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_names_found_in_one_pass_are_those_the_walk_finds(data: st.DataObject) -> None:
    """The leftmost-longest pass (restarted after a false friend) keeps the names the
    walk over every name at every position keeps: the same spans and candidates."""
    pieces = _pieces()
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    assert list(scan_names(text)) == _walk(text)


def test_a_false_friend_gives_way_to_the_shorter_name_at_its_start(monkeypatch) -> None:
    """A full name inside a false friend (鹤山市场, made one here) leaves its short name
    at the same start (鹤山) to be read, and the pass goes on after that."""
    friends = load_table().false_friends
    monkeypatch.setitem(friends, "鹤山市", (("鹤山市场", 0),))
    text = "江门鹤山市场繁荣，鹤山市增长8%"
    got = [(text[s:e], s) for s, e, _ in scan_names(text)]
    assert got == [("江门", 0), ("鹤山", 2), ("鹤山市", 9)]
    assert list(scan_names(text)) == _walk(text)
    monkeypatch.setitem(friends, "鹤山", (("江门鹤山", 2),))
    got = [(text[s:e], s) for s, e, _ in scan_names(text)]
    assert got == [("江门", 0), ("鹤山市", 9)]  # (neither name at 2: none read there)
    assert list(scan_names(text)) == _walk(text)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_pass_restarted_window_by_window_meets_the_first(data: st.DataObject) -> None:
    """After a false friend the pass restarts and reads the text a window at a time until
    it meets the first pass: with windows barely longer than the longest name, long texts
    of many false friends still give what the walk gives."""
    from planwatch.describe import areas

    pieces = _pieces()
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), min_size=20, max_size=80)))
    window = areas._longest_name() + data.draw(st.integers(1, 6))
    old = areas._WINDOW
    areas._WINDOW = window
    try:
        assert list(scan_names(text)) == _walk(text)
    finally:
        areas._WINDOW = old


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_pass_read_window_by_window_is_the_pass_over_the_rest(data: st.DataObject) -> None:
    """Read a window at a time, the leftmost-longest pass from any offset finds what one
    pass over the rest of the text finds (a name cut by a window's end is read whole)."""
    from planwatch.describe import areas

    pieces = _pieces()
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), min_size=10, max_size=60)))
    pos = data.draw(st.integers(0, len(text)))
    whole = [
        (s + pos, e + pos)
        for _, s, e in areas._longest_automaton().find_matches_as_indexes(text[pos:])
    ]
    old = areas._WINDOW
    areas._WINDOW = areas._longest_name() + data.draw(st.integers(1, 6))
    try:
        assert list(areas._longest_from(text, pos)) == whole
    finally:
        areas._WINDOW = old


def _per_kind(view: str, kinds: tuple[str, ...]) -> list[tuple[str, int, int]]:
    from planwatch.describe.jurisdiction import cue_re

    return [(k, m.start(), m.end()) for k in kinds for m in cue_re(k).finditer(view)]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_cue_words_of_several_kinds_found_in_one_scan_as_in_one_each(
    data: st.DataObject,
) -> None:
    """The words of the whole-area kinds (全市, 我省, 全国 …), found by one scan of all
    of them, are each kind's own scan's, kind by kind: and so for kinds whose words can
    overlap (then scanned one by one)."""
    from planwatch.describe.jurisdiction import _joint_cue_re, area_cues, cue_matches
    from planwatch.describe.subjects import _WHOLE_AREA_KINDS

    whole = tuple(_WHOLE_AREA_KINDS)
    overlapping = ("nation_self", "above_subject")
    assert _joint_cue_re(whole) is not None and _joint_cue_re(overlapping) is None
    kinds = data.draw(st.sampled_from([whole, overlapping]))
    words = [w for k in kinds for w in area_cues()[k]]
    pieces = [*words, *(w[:1] for w in words), *(w[1:] for w in words), "，", "增长"]
    view = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    got = [(k, m.start(), m.end()) for k, m in cue_matches(view, kinds)]
    assert got == _per_kind(view, kinds)


def test_words_overlap_when_one_holds_another_or_runs_on_into_it() -> None:
    from planwatch.describe.jurisdiction import _may_overlap

    assert _may_overlap("全国", "国家") and _may_overlap("国家", "全国")
    assert _may_overlap("自治区政府", "区政") and _may_overlap("我区", "区政")
    assert not _may_overlap("全市", "我省") and not _may_overlap("全国", "我市")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["地區", "(qū)", "省", "（sheng）", "江门", "ab", " ", "政 府"]),
                max_size=20), st.booleans())  # fmt: skip
def test_a_condensed_view_maps_back_alike_with_or_without_junk(
    pieces: list[str], spaces: bool
) -> None:
    """Whether anything is taken out (offsets as a list) or not (the identity as a range),
    each view character maps back to the stored character it folds from, and a span
    through the view's end maps to the stored text's end."""
    from planwatch.core.normalise import condense, fold

    text = "".join(pieces)
    view = condense(text, spaces=spaces)
    folded = fold(text)
    assert len(view.offsets) == len(view.text) + 1 and view.offsets[-1] == len(text)
    assert all(folded[view.offsets[i]] == ch for i, ch in enumerate(view.text))
    assert list(view.offsets) == sorted(set(view.offsets))
    if view.text:
        assert view.span(0, len(view.text))[1] == view.offsets[len(view.text) - 1] + 1
    if view.text == folded:
        assert list(view.offsets) == list(range(len(text) + 1))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["地區", "生產總值", "１２", "，", "增长", "％", "\u3000", "江门"]),
             max_size=40),
    st.integers(0, 3000), st.integers(-5, 90), st.integers(0, 3000),
)  # fmt: skip
def test_a_window_cut_from_the_documents_view_is_the_windows_own_view(
    pieces: list[str], repeat: int, start: int, length: int
) -> None:
    """fold_slice of a window (inside, across the end, empty) is fold of the window,
    whether the text is a whole document (its view kept) or short."""
    from planwatch.core.normalise import fold, fold_slice

    for text in ("".join(pieces), "".join(pieces) * (1 + repeat)):
        end = start + length
        assert fold_slice(text, start, end) == fold(text[start:end])
        assert fold_slice(text, max(0, start - 8), start) == fold(text[max(0, start - 8) : start])
