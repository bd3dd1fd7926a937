"""The first pass over a document's numbers (which can be values at all) rules out only
numbers that the value stage rejects too, and special values (ranks, fractions, 翻番, 零,
magnitudes) tried only where their trigger stands are those of every pattern: checked on
composed sentences and on text generated from the characters that matter (numerals,
units, joiners, dashes, spaces, slashes, brackets, trigger words and their look-alikes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.data import DocumentMeta, ExtractContext, Outline
from planwatch.extract import prose_special as pv
from planwatch.extract.numbers import find_numbers, scan_numbers
from planwatch.extract.prose import ProseExtractor
from planwatch.extract.prose_firstpass import maybe_values
from planwatch.extract.prose_values import _value_of, sentence_values, special_values


def _kept(text: str) -> dict[str, bool]:
    numbers = find_numbers(text)
    maybe = maybe_values(text, scan_numbers(text))
    return {n.raw: ok for n, ok in zip(numbers, maybe, strict=True)}


def test_names_batches_years_and_list_numbers_are_ruled_out() -> None:
    kept = _kept("1.推进一体化发展，建设一批重大项目，2020年完成三大任务。")
    assert kept == {"1": False, "一": False, "2020": False, "三": False}


def test_figures_with_units_ranges_and_borrowed_units_are_kept() -> None:
    assert all(_kept("地区生产总值增长8%，新增就业三万人。").values())
    assert _kept("增速6% 至 7%")["6"]  # a range over spaces
    assert _kept("分别提高2.1、0.4个百分点")["2.1"]  # a unit borrowed from the next member
    assert _kept("价格指数为102.5")["102.5"]  # a bare index value


def test_a_unit_of_time_followed_by_a_slash_is_kept() -> None:
    # (十次 alone is a count of events; 十次/年 is a rate and may be a value.)
    assert not _kept("开展十次检查")["十"]
    assert _kept("检查频次十次/年")["十"]


_PIECES = [
    "1", "25", "2020", "3.5", "一", "三", "十", "二〇二五", "两", "百",
    "年", "%", "个", "个百分点", "批", "次", "万人", "亿元", "倍", "岁", "项",
    "、", "和", " ", "  ", "\n", "-", "至", "/", "(", ")", ":", "多", ".",
    "增长", "达到", "指数为", "第", "体化", "大", "，", "万", "万多名", "以上",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_a_number_ruled_out_is_never_a_value(pieces: list[str]) -> None:
    text = "".join(pieces)
    numbers = find_numbers(text)
    maybe = maybe_values(text, scan_numbers(text))
    for i, (n, ok) in enumerate(zip(numbers, maybe, strict=True)):
        if not ok:
            assert _value_of(text, 0, len(text), n, numbers[i + 1 :]) is None, n.raw
    plain = sentence_values(text, 0, len(text), numbers, [])
    quick = sentence_values(text, 0, len(text), numbers, [], maybe)
    assert [(v.start, v.end, v.value, v.unit) for v in quick] == [
        (v.start, v.end, v.value, v.unit) for v in plain
    ]


def test_the_extractor_reads_the_same_facts_with_and_without_the_pass(monkeypatch) -> None:
    text = (
        "一、总体要求\n"
        "2020年，全市地区生产总值增长6.5%，建设一批重大项目，新增就业三万人。\n"
        "到2025年，城镇化率达到65%左右，研发投入强度提高0.5个百分点。\n"
        "1.推进区域一体化，完成三大攻坚战。"
    )
    ctx = ExtractContext(doc="d.txt", meta=DocumentMeta(), outline=Outline())
    quick = ProseExtractor().extract(text, ctx)
    monkeypatch.setattr(
        "planwatch.extract.prose.maybe_values", lambda view, numbers: [True] * len(numbers)
    )
    plain = ProseExtractor().extract(text, ctx)
    assert quick == plain
    assert [(f.value, f.unit) for f in quick] == [
        (6.5, "%"),
        (3.0, "万人"),
        (65.0, "%"),
        (0.5, "个百分点"),
    ]


def _every_special_scan(view: str) -> list[tuple[int, int, float, str | None]]:
    """Special values as if every pattern were tried on every sentence."""
    s, e = 0, len(view)
    found = (
        pv._ranks(view, s, e)
        + pv._fractions(view, s, e)
        + pv._percent_words(view, s, e)
        + pv._halves(view, s, e)
        + pv._doublings(view, s, e)
        + pv._zeros(view, s, e)
        + pv._reached_zeros(view, s, e)
        + pv._magnitudes(view, s, e)
    )
    return [(v.start, v.end, v.value, v.unit) for v in found]


_SPECIAL_PIECES = [
    "第", "前", "5", "三", "十", "位", "名", "分之", "百分之", "四", "一半", "占", "的",
    "翻", "一", "番", "多", "零", "死亡", "突破", "万亿", "亿", "元", "居", "全省", " ",
    "分别", "当前", "部分", "，",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPECIAL_PIECES), min_size=1, max_size=12))
def test_special_values_tried_by_trigger_are_those_of_every_pattern(pieces: list[str]) -> None:
    view = "".join(pieces)
    found = [(v.start, v.end, v.value, v.unit) for v in special_values(view, 0, len(view))]
    assert found == _every_special_scan(view)


def test_special_values_of_a_sentence() -> None:
    view = "经济总量居全省第5位，占全国的一半以上，翻了一番，突破万亿元，部分地区分别增长"
    assert [(view[v.start : v.end], v.value) for v in special_values(view, 0, len(view))] == [
        ("第5位", 5.0),
        ("一半", 50.0),
        ("翻了一番", 100.0),
        ("万亿元", 1.0),
    ]
