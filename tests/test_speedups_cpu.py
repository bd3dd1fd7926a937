"""Speed-ups of extraction that must not change an answer (issue 15): each faster way
is checked against the plain definition it replaces, on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core import normalise

_TABLE, _REPLACED = normalise._mapping()
# Characters fold replaces, some whose replacement is replaced again (a chain), some
# beyond the Basic Multilingual Plane, and text it keeps.
_CHAINED = sorted(ch for ch in _REPLACED if _TABLE[ord(ch)] in _REPLACED)
_ASTRAL = sorted(ch for ch in _REPLACED if ord(ch) >= 0x10000)
_KEPT = ["发展", "，", "。", "8.5%", "\n", "地区生产总值", " ", "𠀀"]
_PIECES = st.one_of(
    st.sampled_from(sorted(_REPLACED)),
    st.sampled_from(_CHAINED or _KEPT),
    st.sampled_from(_ASTRAL or _KEPT),
    st.sampled_from(_KEPT),
)
# A whole document's length, so the long path (replace each) is the one taken.
_PAD = "经济社会发展" * (normalise._WHOLE_TEXT // 6 + 1)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.booleans())
def test_fold_of_a_whole_document_is_one_translate(pieces: list[str], padded: bool) -> None:
    text = "".join(pieces) + (_PAD if padded else "")
    assert normalise._fold_long(text) == text.translate(_TABLE)
    assert normalise.fold(text) == text.translate(_TABLE)


def test_fold_of_a_document_with_many_distinct_characters_to_replace() -> None:
    many = sorted(ch for ch in _REPLACED if ord(ch) < 0x10000)[:200]
    text = _PAD + "".join(many) * 3
    assert normalise._fold_long(text) == text.translate(_TABLE)


# describe.subjects: sentence starts, cited ranges and anaphora by one scan each.
_SUBJECT_PIECES = st.sampled_from(
    [
        "。",
        "！",
        "?",
        "\n",
        "《",
        "》",
        "发展",
        "两省",
        "这三个城市",
        "上述两地",
        "十市",
        "，",
        "8%",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SUBJECT_PIECES, max_size=30), st.data())
def test_sentence_start_before_a_point_is_the_last_break_before_it(pieces, data) -> None:
    from planwatch.describe.subjects import _SENTENCE_END, _Breaks

    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    for ends in (_SENTENCE_END, "\n"):
        expected = max(text.rfind(ch, 0, pos) for ch in ends) + 1
        assert _Breaks(text, ends).start_before(pos) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=8),
    st.integers(0, 70),
    st.integers(0, 20),
)
def test_a_span_inside_a_cited_range_by_binary_search(ranges, s, length) -> None:
    from planwatch.describe.subjects import _Cited

    spans = [(a, a + n) for a, n in ranges]
    e = s + length
    assert _Cited(spans)(s, e) == any(a <= s and e <= b for a, b in spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SUBJECT_PIECES, max_size=30))
def test_anaphor_pattern_led_by_its_first_characters_finds_the_same(pieces) -> None:
    import re

    from planwatch.describe.subjects import _ANAPHOR_RE

    plain = re.compile(r"(?:这|此|上述)?([两二三四五六七八九十])个?(省份|省|城市|市|地)")
    text = "".join(pieces)
    found = [(m.span(), m.groups()) for m in _ANAPHOR_RE.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "这",
                "此",
                "上述",
                "上",
                "两",
                "二十",
                "个",
                "省",
                "省份",
                "城市",
                "市",
                "地",
                "，",
                "x",
            ]
        ),
        max_size=30,
    )
)
def test_anaphors_found_from_their_number_and_level_word_are_the_same(pieces) -> None:
    from planwatch.describe.subjects import _ANAPHOR_RE, _anaphors

    text = "".join(pieces)
    found = [(m.span(), m.groups()) for m in _anaphors(text)]
    assert found == [(m.span(), m.groups()) for m in _ANAPHOR_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["1", "２", "%", "中", ")", "\n", " ", "[", "]", "①", "*", "＊", "左右", "x"]
        ),
        max_size=20,
    )
)
def test_footnote_marks_searched_at_their_first_characters_alone(pieces) -> None:
    from planwatch.read import figures

    text = "".join(pieces)
    marked = figures._MARK_RE.search(text) is not None
    assert (figures.blank_marks(text) != text) == marked


_AIM_PIECES = [
    "完成",
    "实现",
    "为",
    "占",
    "，",
    "年度",
    "计划",
    "目标",
    "的",
    " ",
    "\n",
    "1",
    "%",
    "（",
    "）",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AIM_PIECES), max_size=12), st.data())
def test_share_of_an_aim_searched_only_before_its_last_word(pieces, data) -> None:
    from planwatch.extract.prose_around import _SHARE_OF_AIM_RE, _share_of_aim

    text = "".join(pieces)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found, plain = _share_of_aim(text, lo, hi), _SHARE_OF_AIM_RE.search(text, lo, hi)
    assert (found and found.span()) == (plain and plain.span())


def _binary_by_definition(data: bytes) -> bool:
    """check_not_binary's control-byte rule as written before: a loop over every byte."""
    from planwatch.read import decode

    head = data[: decode._SNIFF_BYTES]
    controls = sum(1 for b in head if b < 0x20 and b not in decode._TEXT_CONTROLS)
    return bool(head) and controls / len(head) > decode._MAX_CONTROL_RATIO


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"\x01", b"\x07", b"\t", b"\n", b"\x1b", b"a", "发".encode()])))
def test_control_bytes_counted_in_c_as_by_the_loop(pieces: list[bytes]) -> None:
    from planwatch.core.errors import PlanwatchError
    from planwatch.read.decode import check_not_binary

    data = b"".join(pieces)
    try:
        check_not_binary(data, "x.txt")
        refused = False
    except PlanwatchError:
        refused = True
    assert refused == _binary_by_definition(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["发展", "规划", " ", "\u3000", "\xa0", "，", "2025年", "目标"])))
def test_unnumbered_heading_test_skips_only_long_lines_without_spaces(pieces: list[str]) -> None:
    import re

    from planwatch.structure import headings as H

    text = "".join(pieces)
    compact = re.sub(r"[\s\xa0\u3000]", "", text)
    expected = (
        2 <= len(compact) <= H.MAX_UNNUMBERED_CHARS
        and len(H._CJK_RE.findall(compact)) >= 2
        and not any(ch in H._UNNUMBERED_BAD for ch in compact)
        and not H._DATE_ONLY_RE.match(compact)
        and not compact.startswith(("注", "图", "表", "资料来源", "来源", "单位"))
    )
    assert H._plain_ok(text) == expected


def _table_groups() -> list[str]:
    from planwatch.extract import table_words

    return sorted(table_words._groups())


def _table_word_pieces() -> list[str]:
    from planwatch.extract import table_words

    return sorted({w for g in _table_groups() for w in table_words.words(g)})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_table_word_pieces()), st.sampled_from(_KEPT)), max_size=6),
    st.sampled_from(_table_groups() + ["no_such_group"]),
)
def test_table_word_test_by_one_alternation_is_each_word_in_turn(pieces, group) -> None:
    from planwatch.extract import table_words

    text = " ".join(pieces)
    squeezed = table_words.squeeze(text)
    expected = any(w in squeezed for w in table_words.words(group))
    table_words.has_word.cache_clear()
    table_words.groups_in.cache_clear()
    assert table_words.has_word(text, group) == expected


def test_dump_of_a_folder_is_one_line_per_document_then_its_facts(tmp_path) -> None:
    import json
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "a.txt").write_text(
        "某市2024年政府工作报告\n\n过去一年，全市地区生产总值增长6.5%。今年预期目标：增长6%左右。\n",
        encoding="utf-8",
    )
    (tmp_path / "b.pdf").write_bytes(b"not a pdf at all")
    script = Path(__file__).resolve().parents[1] / "bench" / "dump_facts.py"
    out = tmp_path / "dump.jsonl"
    subprocess.run([sys.executable, str(script), str(tmp_path), "-o", str(out)], check=True)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["doc"] == "a.txt" and "meta" in lines[0] and "outline" in lines[0]
    facts = [rec for rec in lines if "indicator" in rec]
    assert {(f["value"], f["kind"]) for f in facts} >= {(6.5, "actual"), (6.0, "target")}
    assert lines[-1]["doc"] == "b.pdf" and lines[-1]["error"]
    again = tmp_path / "again.jsonl"
    subprocess.run([sys.executable, str(script), str(tmp_path), "-o", str(again)], check=True)
    assert again.read_bytes() == out.read_bytes()  # the same analysis dumps the same bytes
