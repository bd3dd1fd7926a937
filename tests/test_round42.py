"""Forms of round 42, composed here in the style of county communiqués, plan evaluations and
statistics news (every figure is this file's own)."""

from __future__ import annotations

from readhelp import facts_by_text as _facts


def test_revenue_gained_against_the_same_period_of_last_year_is_a_change():
    text = (
        "某县2011年国民经济和社会发展统计公报\n"
        "全县财政收入累计完成98765万元，比上年同期增收21234万元，增长27.4%；"
        "其中非税收入完成12345万元，比去年同期减收2345万元，下降16.0%。"
    )
    got = _facts("c.txt", text)
    gained, lost = got["21234万元"], got["2345万元"]
    assert (gained.measure.value, gained.value) == ("change", 21234)
    assert "财政收入" in gained.indicator
    assert (lost.measure.value, lost.value) == ("change", -2345)
    assert "非税收入" in lost.indicator


def test_an_income_gained_with_no_base_stays_a_level():
    # (带动农户增收: what the households gained, not a change against a year before.)
    text = "某县2019年统计公报\n全年发展特色种植业，带动农户户均增收3200元。"
    got = _facts("c.txt", text)
    assert got["3200元"].measure.value == "level"


def test_a_monthly_standard_keeps_its_time_base():
    text = "某区2022年统计公报\n年末城镇低保标准每人735元/月，农村低保标准每人6120元/年。"
    got = _facts("c.txt", text)
    assert got["735元/月"].unit == "元/月"
    assert got["6120元/年"].unit == "元/年"


def test_a_dated_month_is_still_no_unit():
    text = "某区2022年统计公报\n5月全区规模以上工业增加值增长6.1%。"
    got = _facts("c.txt", text)
    assert "5月" not in got
    assert got["6.1%"].measure.value == "growth"


def test_a_programme_named_by_what_it_improves_sets_no_aim():
    # (营养改善计划覆盖…县: the programme's reach, a result.)
    text = (
        "某省教育厅2020年新闻发布会介绍“十三五”教育发展情况。"
        "农村义务教育学生营养改善计划覆盖68个县、3100多所学校，受益学生超过95万人。"
    )
    got = _facts("n.txt", text)
    assert {got[t].kind.value for t in ("68个", "3100多所", "95万人")} == {"actual"}
