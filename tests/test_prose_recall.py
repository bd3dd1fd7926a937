"""Figures found and figures that are no facts, by the form of the figure (issue 10).

Sentences composed in the style of evaluations, communiqués and plans: ranks written with
两 (居全省前两位), a concern's place that is no rank (放在第一位, 第一要务), fractions to one
decimal (三分之一, 千分之一), thresholds that define a group counted later in the clause (超10亿元
的重大产业项目开工312个, 超过200亿元的有3个, 过亿元重点项目80个), ratios and death rates
printed bare (收入比由2020年的2.31缩小到2023年的2.19, 死亡率为0.018).
"""

from __future__ import annotations

import pytest

from planwatch.extract.prose_special import special_values
from planwatch.pipeline import analyse_text


def _facts(text: str) -> list[tuple[str, float, str | None]]:
    analysed = analyse_text("t.txt", text)
    return [(text[f.span.start : f.span.end], f.value, f.unit) for f in analysed.facts]


def _values(sentence: str) -> list[tuple[float, str | None, str]]:
    return [
        (v.value, v.unit, v.comparator.value if v.comparator else "eq")
        for v in special_values(sentence, 0, len(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("两市工业增加值分别增长7.1%和6.8%，增速居全省前两位。", [(2.0, "位", "le")]),
        ("两县农民收入增速位列全市前两名。", [(2.0, "位", "le")]),
        ("全省前两年完成投资占五年计划的45%。", []),
    ],
)
def test_a_rank_written_with_two(sentence: str, expected: list) -> None:
    assert _values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "要始终把群众生命安全放在第一位，持续改善公共卫生条件。",
        "全县上下坚持发展第一要务，推动经济稳中有进。",
        "全市第一季度地区生产总值增长5.2%。",
    ],
)
def test_a_place_given_to_a_concern_is_no_rank(sentence: str) -> None:
    assert [v for v in _values(sentence) if v[1] == "位"] == []


def test_a_rank_after_a_lead_word_is_still_one() -> None:
    assert _values("全市地区生产总值增速居全省第一位。") == [(1.0, "位", "eq")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("研发投入强度仅为全国平均水平的三分之一。", 33.3),
        ("公路投资约占交通投资总额的三分之二。", 66.7),
        ("新区以占全省不到千分之一的面积贡献了全省的9.6%的税收。", 0.1),
        ("县城人口约占全县人口的四分之一。", 25.0),
    ],
)
def test_a_fraction_is_a_share_to_one_decimal(sentence: str, value: float) -> None:
    assert [v[0] for v in _values(sentence) if v[1] == "%"][:1] == [value]


@pytest.mark.parametrize(
    ("text", "threshold"),
    [
        ("全年投资超10亿元的重大产业项目新开工56个、竣工31个。", "10亿元"),
        ("全市营业收入超百亿元的工业企业仅有3家。", "百亿元"),
        ("全市县（区）中，地区生产总值超过150亿元的有4个。", "150亿元"),
        ("县域经济加快发展，地区生产总值超过80亿元的县由2018年的3个增加到2023年的9个。", "80亿元"),
        ("全年实施过亿元重点项目81个，完成投资126.4亿元。", "亿元"),
    ],
)
def test_a_threshold_defining_a_group_counted_later_is_no_fact(text: str, threshold: str) -> None:
    assert threshold not in [span for span, _, _ in _facts(text)]


def test_a_figure_passing_a_mark_is_still_a_fact() -> None:
    text = "全县地区生产总值首次突破300亿元，增长6.1%。"
    assert ("300亿元", 300.0, "亿元") in _facts(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("城乡居民收入比由2020年的2.31缩小到2023年的2.19。", "2.19", 2.19),
        ("城乡居民收入比由2020年的2.31缩小到2023年的2.19。", "2.31", 2.31),
        ("亿元地区生产总值生产安全事故死亡率为0.018，下降12.5%。", "0.018", 0.018),
        ("全市生态质量指数（EQI）为61.3，保持稳定。", "61.3", 61.3),
    ],
)
def test_a_ratio_or_rate_printed_bare(text: str, span: str, value: float) -> None:
    assert (span, value, None) in _facts(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("农村贫困发生率由2016年的3.8%降至零，脱贫成果持续巩固。", "零"),
        ("全县劣Ⅴ类水体比例保持为0，水质稳定向好。", "0"),
        ("城区义务教育大班额比例由2019年的6.1%降至0。", "0"),
    ],
)
def test_a_rate_brought_to_zero_is_a_fact_in_percent(text: str, span: str) -> None:
    assert (span, 0.0, "%") in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "全市新建污水管网为0.5公里以上的路段共18处。",
        "项目清单编号为0的条目暂不实施。",
    ],
)
def test_a_zero_without_a_rate_is_no_fact(text: str) -> None:
    assert all(value != 0.0 for _, value, _ in _facts(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("《纲要》确定的重大项目共286项，截至2023年底已开工241项。", "286项"),
        ("纳入规划的重点项目112个，总投资968亿元。", "112个"),
        ("从实施看，规划的36个重点项目已竣工30个。", "36个"),
    ],
)
def test_a_count_of_the_plans_own_projects_is_no_fact(text: str, count: str) -> None:
    spans = [span for span, _, _ in _facts(text)]
    assert count not in spans
    assert len(spans) >= 1  # (what became of them is)


def test_how_many_projects_started_is_a_fact() -> None:
    text = "《纲要》确定的重大项目共286项，截至2023年底已开工241项。"
    assert ("241项", 241.0, "项") in _facts(text)


def test_users_counted_in_ten_thousands_are_people() -> None:
    assert ("356万", 356.0, "万人") in _facts("政务服务平台实名注册用户达到356万，增长12.4%。")


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("五年累计压减粗钢产能1200万吨，淘汰落后产能一批。", "1200万吨", 1200.0, "万吨"),
        ("到2027年压减地下水开采量0.8亿立方米，实现采补平衡。", "0.8亿立方米", 0.8, "亿立方米"),
    ],
)
def test_an_amount_cut_is_the_work_done_in_any_document(
    text: str, span: str, value: float, unit: str
) -> None:
    assert (span, value, unit) in _facts(text)


def test_a_share_cut_is_still_a_fall() -> None:
    assert ("6%", -6.0, "%") in _facts("全市一般性支出压减6%，三公经费下降9.2%。")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("确保完成省下达的单位地区生产总值能耗降低13.5%目标。", "13.5%", -13.5),
        ("到2025年，单位地区生产总值能耗降低13.5%。", "13.5%", -13.5),
        ("单位地区生产总值能耗下降2.9%，完成年度目标。", "2.9%", -2.9),
        ("单位地区生产总值能耗五年累计降低16.2%，超额完成任务。", "16.2%", -16.2),
    ],
)
def test_a_fall_in_prose_is_negative_glued_or_not(text: str, span: str, value: float) -> None:
    assert (span, value, "%") in _facts(text)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("年末户籍人口自然增长率-2.61‰，比上年回落。", "-2.61‰", -2.61, "‰"),
        ("全市第三产业占比首次超过一半。", "一半", 50.0, "%"),
        ("城市防洪标准达到100年一遇，新建堤防42公里。", "100年一遇", 100.0, "年一遇"),
    ],
)
def test_figures_in_less_common_forms(text: str, span: str, value: float, unit: str) -> None:
    assert (span, value, unit) in _facts(text)


@pytest.mark.parametrize(
    ("text", "not_a_fact"),
    [
        ("（十一）人口集聚能力增强。年末常住人口达到312.6万人。", "十一"),
        ("预期性2人均地区生产总值元6820091000预期性", "2人"),
        ("注：婴儿死亡率以每10万活产计。", "10万"),
        ("实现每个乡镇1所标准化卫生院、每个行政村1个卫生室。", "1所"),
        ("从表1所列12项主要指标看，8项完成或好于预期。", "1所"),
    ],
)
def test_numbers_that_are_labels_or_norms(text: str, not_a_fact: str) -> None:
    assert not_a_fact not in [span for span, _, _ in _facts(text)]


def test_a_norm_set_as_an_aim_is_still_a_fact() -> None:
    assert ("1个", 1.0, "个") in _facts("每个县区建成1个达到二级水平的疾控实验室。")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("另有2项指标需待年度统计数据发布后评价。", "2项"),
        ("城镇化率、研发投入强度等6项指标按时序推进。", "6项"),
    ],
)
def test_a_count_of_indicators_by_status_is_a_fact(text: str, span: str) -> None:
    assert span in [s for s, _, _ in _facts(text)]
