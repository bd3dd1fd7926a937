"""Statistical communiqué (统计公报) wording: 比上年增长, 同比, 上涨, 比上年末增加.

The sample corpus holds no communiqué, so these sentences are written in the
standard form every 统计公报 uses; the last test is a real sentence of 004.
"""

from __future__ import annotations

from pathlib import Path

from planwatch.core.data import DocType, Kind, Measure
from planwatch.pipeline import analyse_text

COMMUNIQUE = """鹤山市2022年国民经济和社会发展统计公报
一、综合
初步核算，2022年全市实现地区生产总值458.51亿元，按可比价格计算，比上年增长2.8%。其中，第一产业增加值32.15亿元，增长4.6%；第二产业增加值238.94亿元，增长3.5%。
年末全市常住人口53.86万人，比上年末增加0.38万人。
全年居民消费价格比上年上涨2.1%。
二、工业
全年规模以上工业增加值194.83亿元，同比增长4.1%。规模以上工业企业实现营业收入1020.3亿元，下降1.2%。
"""


def facts_of(text: str):
    a = analyse_text("communique.txt", text)
    return a, [
        (f.indicator, f.indicator_id, f.kind, f.measure, f.year, f.value, f.unit) for f in a.facts
    ]


def test_a_communique_reports_its_own_year():
    a, got = facts_of(COMMUNIQUE)
    assert a.document.meta.doc_type is DocType.STATISTICAL_COMMUNIQUE
    assert a.document.meta.year == 2022
    A, L, G, C = Kind.ACTUAL, Measure.LEVEL, Measure.GROWTH, Measure.CHANGE
    assert got == [
        ("地区生产总值", "gdp", A, L, 2022, 458.51, "亿元"),
        ("地区生产总值", "gdp", A, G, 2022, 2.8, "%"),  # 比上年: a base, not the year
        ("第一产业增加值", "primary_industry_value_added", A, L, 2022, 32.15, "亿元"),
        ("第一产业增加值", "primary_industry_value_added", A, G, 2022, 4.6, "%"),
        ("第二产业增加值", "secondary_industry_value_added", A, L, 2022, 238.94, "亿元"),
        ("第二产业增加值", "secondary_industry_value_added", A, G, 2022, 3.5, "%"),
        ("年末全市常住人口", "resident_population", A, L, 2022, 53.86, "万人"),
        ("年末全市常住人口", "resident_population", A, C, 2022, 0.38, "万人"),
        ("居民消费价格", "cpi", A, G, 2022, 2.1, "%"),  # 上涨 is a rise
        ("规模以上工业增加值", "industrial_value_added_above_scale", A, L, 2022, 194.83, "亿元"),
        ("规模以上工业增加值", "industrial_value_added_above_scale", A, G, 2022, 4.1, "%"),
        ("规模以上工业企业实现营业收入", None, A, L, 2022, 1020.3, "亿元"),
        ("规模以上工业企业实现营业收入", None, A, G, 2022, -1.2, "%"),
    ]


def test_year_on_year_growth_in_a_work_report_keeps_the_review_year():
    # 004 (2021 report, reviewing 2020): …分别比上年底增长10.7%和19.7%
    path = Path(__file__).resolve().parents[1] / "examples" / "004_ba14900a5c8215f5.txt"
    text = open(path, encoding="utf-8", newline="").read()
    a = analyse_text(path.name, text)
    at = text.index("分别比上年底增长10.7%")
    growth = [
        (f.indicator, f.year, f.value)
        for f in a.facts
        if f.measure is Measure.GROWTH and at < f.start < at + 30
    ]
    assert growth == [("金融机构本外币各项存款余额", 2020, 10.7), ("贷款余额", 2020, 19.7)]


def test_a_work_report_aims_for_its_own_year():
    # A report is delivered early in its year: that year's figures are targets.
    text = (
        "鹤山市2024年政府工作报告\n"
        "2023年全市地区生产总值480.5亿元,增长5.1%。2024年地区生产总值增长6%左右。\n"
    )
    got = [(f.kind, f.measure, f.year, f.value) for f in analyse_text("r.txt", text).facts]
    assert got == [
        (Kind.ACTUAL, Measure.LEVEL, 2023, 480.5),
        (Kind.ACTUAL, Measure.GROWTH, 2023, 5.1),
        (Kind.TARGET, Measure.GROWTH, 2024, 6.0),
    ]


def test_a_county_communiques_sector_shares_and_crop_output_are_named_by_what_they_measure():
    # 产业结构构成 (no 三次) listing three shares, and a crop's 产量 after its 播种面积,
    # here on a traditional-script mirror as county communiqués are often reposted.
    text = (
        "某縣2023年國民經濟和社會發展統計公報\n"
        "一、綜合\n"
        "全縣產業結構構成由上年的18.4%、35.2%和46.4%調整為17.9%、34.6%和47.5%。\n"
        "二、農業\n"
        "全縣糧食播種面積52.3萬畝，產量21.8萬噸，增長1.2%；油料播種面積9.6萬畝，產量1.4萬噸。\n"
    )
    _, got = facts_of(text)
    shares = [(name, year, value) for name, _, _, _, year, value, unit in got if unit == "%"]
    assert shares[:6] == [
        ("第一產業比重", 2022, 18.4),
        ("第二產業比重", 2022, 35.2),
        ("第三產業比重", 2022, 46.4),
        ("第一產業比重", 2023, 17.9),
        ("第二產業比重", 2023, 34.6),
        ("第三產業比重", 2023, 47.5),
    ]
    tonnes = {value: name for name, _, _, _, _, value, unit in got if unit == "万吨"}
    assert tonnes == {21.8: "糧食產量", 1.4: "油料產量"}
