"""An area named as a figure's subject in a provincial communiqué (round 23), composed in its
style (the figures are this file's own): the city is the figure's jurisdiction and no word of
its indicator (某市增速居全省第一: 增速全省排名 of 某市)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_HEAD = "山西省2023年国民经济和社会发展统计公报\n山西省统计局\n2024年3月5日\n一、综合\n"


def _facts(body: str) -> dict[str, tuple]:
    text = _HEAD + body
    return {
        text[f.start : f.end]: (f.indicator, f.jurisdiction)
        for f in analyse_text("t.txt", text).facts
    }


def test_the_city_named_as_subject_leaves_the_indicator():
    facts = _facts("大同市地区生产总值增速居全省第二。")
    assert facts["第二"] == ("地区生产总值增速全省排名", "大同市")


def test_a_name_too_short_without_the_city_keeps_it():
    from planwatch.core.data import Evidence, Fact, Kind, Measure
    from planwatch.describe.subject_cut import subject_cut

    ev = Evidence("jurisdiction", "clause", "大同市", 0, 3)
    f = Fact(
        doc="t.txt", start=5, end=8, quote_start=0, quote_end=8, indicator="大同市人口",
        kind=Kind.ACTUAL, measure=Measure.LEVEL, value=1.0, unit="万人", year=2023,
        jurisdiction="大同市", evidence=(ev,),
    )  # fmt: skip
    assert subject_cut([f])[0].indicator == "人口"
    g = f.with_(indicator="大同市人")
    assert subject_cut([g])[0].indicator == "大同市人"
