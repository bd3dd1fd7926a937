"""Forms of round 53, composed here in the style of reposted features on a plan's close,
statistics news and news of the two sessions (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind
from readhelp import analysed as _analysed


def test_a_plan_said_to_close_at_this_year_s_end_dates_a_look_back_not_an_outline():
    # (A feature with no date line: the plan it names ends this year, so the text looks back.)
    text = (
        "國民經濟和社會發展第十三個五年規劃即將在今年年底劃上句號，第十四個五年規劃提上日程。"
        "5年來，某省經濟保持較快增長。“十三五”前4年全省地區生產總值年均增長7.6%，"
        "經濟總量居全國位次由2015年的第16位提升到2019年的第12位。"
        "2019年全年生產總值超過2.9萬億元。\n"
    )
    meta, got = _analysed("f.txt", text)
    assert meta.doc_type is not DocType.FIVE_YEAR_PLAN
    assert got["第12位"].kind is Kind.ACTUAL and got["第12位"].year == 2019
    assert got["2.9萬億元"].kind is Kind.ACTUAL and got["2.9萬億元"].year == 2019


def test_an_undated_story_of_a_year_s_figure_past_a_threshold_is_of_the_year_after():
    text = (
        "昨日，某市政府新闻发布会举行。\n某市2011年GDP迈过了5000亿门槛。\n"
        "据初步测算，去年全年地区生产总值5012亿元，增长13.6%。今年全市生产总值预期增长12%。\n"
    )
    meta, got = _analysed("g.txt", text)
    assert meta.reference_year == 2012
    assert got["5012亿元"].kind is Kind.ACTUAL and got["5012亿元"].year == 2011
    assert got["12%"].kind is Kind.TARGET and got["12%"].year == 2012


def test_a_year_aimed_past_a_threshold_is_not_told_as_over():
    # (An aim for a year: the text is written before it.)
    text = (
        "某市召开经济工作会议。力争2012年GDP突破5000亿元。\n"
        "今年全市生产总值预期增长12%，去年增长13.6%。\n"
    )
    meta, got = _analysed("h.txt", text)
    assert meta.reference_year != 2013
    assert got["5000亿元"].kind is Kind.TARGET
