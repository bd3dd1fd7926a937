"""Forms of round 34, composed here in the style of a county statistics bureau's monthly page
and a national bureau's quarterly release (every figure is this file's own)."""

from __future__ import annotations

from planwatch.extract.naming_each import comma_listed, list_parts
from planwatch.pipeline import analyse_text


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


_MONTHLY = (
    "某县统计局 > 统计信息 > 统计月报\n"
    "发布时间：2021-10-20\n"
    "2021年9月某县统计月报\n"
    "指标 | 单位 | 1-9月 | 增长% | 规模以上工业增加值 | % | — | 7.3 | "
    "社会消费品零售总额 | 亿元 | 52.18 | 11.6 | 城镇调查失业率 | % | 4.9 | — | "
    "一般公共预算收入 | 亿元 | 6.42 | 8.8 |\n"
)


def test_a_row_in_per_cent_whose_amount_is_left_out_gives_its_growth():
    got = _facts("某县统计月报.txt", _MONTHLY)
    industry = got["7.3"]
    assert (industry.indicator, industry.measure.value, industry.year) == (
        "规模以上工业增加值",
        "growth",
        2021,
    )
    assert got["52.18"].measure.value == "level"
    assert got["11.6"].measure.value == "growth"


def test_a_rate_in_per_cent_under_the_amount_column_stays_a_level():
    rate = _facts("某县统计月报.txt", _MONTHLY)["4.9"]
    assert (rate.indicator, rate.measure.value) == ("城镇调查失业率", "level")


def test_industries_holding_a_joiner_are_listed_whole_before_a_each():
    text = (
        "2022年前三季度国民经济运行情况\n"
        "前三季度，服务业增加值同比增长3.9%。其中，批发和零售业，住宿和餐饮业，"
        "交通运输、仓储和邮政业增加值分别增长2.4%、-1.6%、1.1%。\n"
    )
    got = _facts("某省统计新闻.txt", text)
    assert [got[v].indicator for v in ("2.4%", "-1.6%", "1.1%")] == [
        "批发和零售业增加值",
        "住宿和餐饮业增加值",
        "交通运输、仓储和邮政业增加值",
    ]


def test_list_parts_keep_an_industry_name_whole():
    assert list_parts("电力、热力、燃气及水生产和供应业、建筑业", 2) == [
        "电力、热力、燃气及水生产和供应业",
        "建筑业",
    ]
    assert list_parts("城镇、农村居民", 2) == ["城镇", "农村居民"]


def test_names_at_commas_join_only_when_they_make_up_the_figures():
    items = ["交通运输、仓储和邮政业增加值"]
    before = "其中，金融业，信息传输、软件和信息技术服务业，"
    assert comma_listed(before, items, 3) == ["金融业", "信息传输、软件和信息技术服务业", *items]
    # (Fewer figures than the names: the commas part other clauses.)
    assert comma_listed(before, items, 4) == items
    # (Plain names alone at commas are clauses of their own.)
    assert comma_listed("其中，工业，建筑业，", ["服务业增加值"], 3) == ["服务业增加值"]
