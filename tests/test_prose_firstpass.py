"""The first pass over a document's numbers (which can be values at all) rules out only
numbers that the value stage rejects too: checked on composed sentences and on text
generated from the characters that matter to it (numerals, units, joiners, dashes,
spaces, slashes, brackets)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.data import DocumentMeta, ExtractContext, Outline
from planwatch.extract.numbers import find_numbers
from planwatch.extract.prose import ProseExtractor
from planwatch.extract.prose_firstpass import maybe_values
from planwatch.extract.prose_values import _value_of, sentence_values


def _kept(text: str) -> dict[str, bool]:
    numbers = find_numbers(text)
    return {n.raw: ok for n, ok in zip(numbers, maybe_values(text, numbers), strict=True)}


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
    maybe = maybe_values(text, numbers)
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
