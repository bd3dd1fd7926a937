"""Round 22's speed changes read what the slower code read: the genre cues' words found in
one automaton pass (describe.doctype) and a name's catalog wordings read once per name
(catalog.apply). Each is checked against the plain reading it replaced, on openings and
names composed in the style of the documents."""

from __future__ import annotations

import pytest

from planwatch.catalog.apply import _contained, _head_wordings
from planwatch.catalog.catalog import default_catalog
from planwatch.catalog.resolve import default_resolver
from planwatch.core.data import Fact, Kind, Measure
from planwatch.describe import doctype
from planwatch.describe.doctype import _words_in, cues, opening_view

OPENINGS = [
    "某市2023年国民经济和社会发展统计公报\n某市统计局\n2024年3月\n一、综合\n初步核算，全年全市地区生产总值"
    "比上年增长5.2%。\n二、农业\n全年粮食种植面积增加。",
    "政府工作报告\n——2024年1月在某市第十七届人民代表大会第三次会议上\n市长 某某\n各位代表：\n"
    "现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾",
    "某县国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n《纲要》实施两年多来，主要指标总体符合预期，"
    "调整部分指标的目标值。",
    "前三季度，全区经济运行稳中有进。1—9月，规模以上工业增加值同比增长4.1%。",
    "某市交通运输发展“十四五”规划\n第一章 发展基础\n“十三五”以来发展成就显著。",
    "",
]


def _plain_weigh(view, title, heads):
    """_weigh as it read before round 22: each text cue's words looked for one by one."""
    from planwatch.core.regex import required_words

    saved = doctype._words_in
    try:
        doctype._words_in = lambda text: {
            w
            for c in cues()
            if c.zone == "text"
            for w in (required_words(c.pattern) or ())
            if w in text
        }
        return doctype._weigh(view, title, heads)
    finally:
        doctype._words_in = saved


@pytest.mark.parametrize("text", OPENINGS)
def test_genre_weights_as_each_cue_scanned_alone(text):
    view = opening_view(text)
    heads = doctype.headings(text)
    assert doctype._weigh(view, None, heads) == _plain_weigh(view, None, heads)


def test_cue_words_found_overlapping():
    # 季度 inside 前三季度: both words count, as a substring search finds both.
    found = _words_in("前三季度，全区经济运行")
    assert {"前三季度", "季度"} <= found


def _fact(name: str, value: float, unit: str | None, measure=Measure.LEVEL) -> Fact:
    return Fact(
        doc="d.txt", start=0, end=1, quote_start=0, quote_end=1, indicator=name,
        kind=Kind.ACTUAL, measure=measure, value=value, unit=unit, year=2020,
    )  # fmt: skip


def _plain_contained(fact, catalog):
    """The longest wording at the name's head whose units fit, read as before round 22."""
    from planwatch.catalog.apply import _units_fit

    norm = catalog.normalise(fact.indicator)
    heads = [norm] + [norm[len(p) :] for p in catalog.rules.strip_prefixes if norm.startswith(p)]
    best = None
    for head in heads:
        for k in range(len(head), 2, -1):
            if best is not None and k <= best[0]:
                break
            entry = catalog.normalised.get(head[:k])
            if entry is not None and _units_fit(fact, catalog.get(entry.indicator_id)):
                best = (k, entry.indicator_id)
                break
    return best[1] if best else None


@pytest.mark.parametrize(
    ("name", "value", "unit"),
    [
        ("全市地区生产总值在全省排名实现进位", 3201, "亿元"),
        ("全年地区生产总值总量跃上新台阶", 1500, "亿元"),
        ("地区生产总值增速位居前列", 6.1, "%"),
        ("常住人口城镇化率稳步提高", 65.2, "%"),
        ("新兴产业规上工业总产值", 880, "亿元"),
        ("全市粮食产量再创新高", 120, "万吨"),
        ("某某完全无关的名字", 3, "个"),
    ],
)
def test_contained_wording_as_read_for_each_fact(name, value, unit):
    catalog = default_catalog()
    for measure in (Measure.LEVEL, Measure.GROWTH):
        f = _fact(name, value, unit, measure)
        got = _contained(f, default_resolver(), catalog)
        assert (got[0] if got else None) == _plain_contained(f, catalog)
    # (Read once per name: a second fact of the same name asks the cache.)
    before = _head_wordings.cache_info().hits
    _contained(_fact(name, value, unit), default_resolver(), catalog)
    assert _head_wordings.cache_info().hits == before + 1
