"""Speed-ups that must not change an answer: the one-pass area-name scan finds what
probing every position and length finds; cached cell readings are not shared state."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.describe.areas import NATION_CODE, is_false_friend, load_table, scan_names


def probe_every_position(text: str) -> list[tuple[int, int, tuple]]:
    """The plain definition: at each position the longest name that is a match, then past it."""
    table = load_table()
    out, i = [], 0
    while i < len(text) - 1:
        for length in range(min(table.max_name_len, len(text) - i), 1, -1):
            rows = table.by_name.get(text[i : i + length])
            if rows and rows[0].code != NATION_CODE and not is_false_friend(text, i, i + length):
                out.append((i, i + length, rows))
                i += length
                break
        else:
            i += 1
    return out


_NAMES = sorted(n for n in load_table().by_name if len(n) > 1)
_FRIENDS = sorted({w for pairs in load_table().false_friends.values() for w, _ in pairs})
_FILLER = ["，", "。", "的", "市", "县", "区", "省", "发展", "增长", "\n", "8.5%", "（", "）"]
_PIECES = st.one_of(
    st.sampled_from(_NAMES), st.sampled_from(_FRIENDS or _FILLER), st.sampled_from(_FILLER)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_scan_matches_probing_every_position(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert list(scan_names(text)) == probe_every_position(text)


def test_scan_keeps_leftmost_longest_and_skips_overlaps() -> None:
    text = "山东省济南市和江苏省南京市：全国增长6%。"
    found = [(s, e, text[s:e]) for s, e, _ in scan_names(text)]
    assert [name for _, _, name in found] == ["山东省", "济南市", "江苏省", "南京市"]
    assert found == [
        (s, e, n)
        for s, e, n in ((0, 3, "山东省"), (3, 6, "济南市"), (7, 10, "江苏省"), (10, 13, "南京市"))
    ]


def test_scan_falls_back_to_a_shorter_name_inside_a_false_friend() -> None:
    # Every listed false friend: the scan agrees with probing at every position.
    for word in _FRIENDS:
        text = f"推进{word}建设，"
        assert list(scan_names(text)) == probe_every_position(text), word


def test_scan_of_empty_and_one_character_text() -> None:
    assert list(scan_names("")) == []
    assert list(scan_names("市")) == []


def test_cached_cell_readings_hand_out_fresh_lists() -> None:
    # read_values keeps its answers per process: a caller changing the list it got
    # must not change what the next caller reads.
    from planwatch.extract.table_cells import read_values

    first = read_values("[累计100]")
    assert len(first) == 1
    first.clear()
    assert len(read_values("[累计100]")) == 1
