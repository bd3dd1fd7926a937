"""Figures of county communiqués read on public pages (round 24), composed here in their style
(the figures are this file's own):

* a rate in per mille changed by 个千分点 (出生率…比上年减少1.86个千分点): a change of the rate
  before it, in 个千分点 (before, the unit was read as 个 and the name as 千分点);
* a figure given again in another currency after 折合 (人均地区生产总值31250元（折合4844美元）,
  …元，折合…美元): the same indicator, not one named 折合;
* the parent area's figure alone in a bracket after the county's own (…增长7.5%（全市11.1%）,
  as county releases quote the city's and province's): the parent's figure.
"""

from __future__ import annotations

from prosefacts import COMMUNIQUE_2023, prose_facts


def test_a_change_in_per_mille_points():
    text = "全年人口出生率7.12‰，比上年减少1.86个千分点；死亡率6.35‰，比上年增加0.21个千分点。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["1.86个千分点"].unit == "个千分点"
    assert facts["1.86个千分点"].value == -1.86
    assert facts["1.86个千分点"].measure.value == "change"
    assert facts["1.86个千分点"].indicator == "人口出生率"
    assert facts["0.21个千分点"].indicator == "死亡率"


def test_a_figure_in_dollars_after_zhehe_keeps_the_name_before():
    text = "全年常住居民人均地区生产总值达31250元（折合4844美元），比上年增加2105元。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["4844美元"].indicator == "常住居民人均地区生产总值"
    text = "全县人均生产总值52310元，折合8109美元。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["8109美元"].indicator == "人均生产总值"


def test_the_parent_areas_figure_alone_in_a_bracket_is_the_parents():
    # (a county release quotes the city's figure in brackets after its own; a county of
    # 平顶山市 here, 郏县)
    from factat import fact_at
    from planwatch.core.data import Kind, Measure
    from planwatch.describe.areas import area_by_code
    from planwatch.describe.subjects import assign_jurisdictions

    text = "全县规模以上工业增加值同比增长6.3%（全省8.4%），固定资产投资增长4.1%（全市5.2%）。"
    facts = [
        fact_at(
            text, v, 0, indicator="规模以上工业增加值", kind=Kind.ACTUAL, measure=Measure.GROWTH
        )
        for v in ("6.3%", "8.4%", "5.2%", "4.1%")
    ]
    county = area_by_code("410425")
    named = {
        text[f.start : f.end]: f.jurisdiction for f in assign_jurisdictions(text, facts, county)
    }
    assert named["6.3%"] == "郏县"
    assert named["4.1%"] == "郏县"
    assert named["5.2%"] == "平顶山市"
    assert named["8.4%"] == "河南省"


def test_a_bracket_going_on_after_the_figure_stays_the_documents():
    # (（全市…）: only a bracket holding the area's figure alone, closed right after it)
    from factat import fact_at
    from planwatch.core.data import Kind, Measure
    from planwatch.describe.areas import area_by_code
    from planwatch.describe.subjects import assign_jurisdictions

    text = "全县粮食产量12.4万吨（全市12.4万吨的12.1%）。"
    fact = fact_at(text, "12.1%", 0, indicator="粮食产量", kind=Kind.ACTUAL, measure=Measure.LEVEL)
    county = area_by_code("410425")
    assert assign_jurisdictions(text, [fact], county)[0].jurisdiction == "郏县"
