"""Tests of the indicator catalog (planwatch/data/catalog.toml) and the name resolver.

Names are quoted from the sample corpus (examples/, ../shared/corpus) and the gold
annotations: 000 is 鹤山市's 十四五 plan with its 20-row indicator table, 002 a 鹤山 2023
two-sessions news page, 003 连州市's plan, 004 江门市's 2021 work report.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from planwatch.catalog import (
    CatalogError,
    Resolver,
    default_catalog,
    load_catalog,
    local_catalog_template,
    resolve,
    unresolved,
    with_local,
)
from planwatch.catalog.catalog import CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
CORPUS = ROOT / "examples"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def resolver(catalog):
    return Resolver(catalog)


# -- the data file -----------------------------------------------------------------------


def test_catalog_has_at_least_150_valid_entries(catalog):
    assert len(catalog) >= 150
    for ind in catalog:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", ind.id)
        assert ind.name and ind.category in CATEGORIES, ind.id
        assert ind.direction in (None, "higher", "lower"), ind.id
        assert ind.measure in ("level", "growth"), ind.id
        # A ratio like 城乡居民收入比 2.01:1 has no unit (GOLD_SPEC); everything else has one.
        assert ind.unit or ind.id == "urban_rural_income_ratio", f"{ind.id} has no unit"


def test_catalog_covers_the_national_14th_plan_table(catalog):
    # The 20 main indicators of the national 十四五 plan (minus the two the brief names
    # by their local forms), by id.
    national = [
        "gdp",
        "labour_productivity",
        "urbanisation_rate_resident",
        "rd_expenditure",
        "high_value_invention_patents_per_10k",
        "digital_economy_core_share",
        "disposable_income_per_capita",
        "surveyed_unemployment_rate",
        "years_of_schooling",
        "doctors_per_1000",
        "basic_pension_coverage",
        "childcare_places_per_1000",
        "life_expectancy",
        "energy_intensity_reduction",
        "carbon_intensity_reduction",
        "good_air_days_ratio",
        "surface_water_good_ratio",
        "forest_coverage",
        "grain_capacity",
        "energy_capacity",
    ]
    missing = [i for i in national if i not in catalog]
    assert missing == []
    assert {catalog.get(i).category for i in national} == {
        "经济发展",
        "创新驱动",
        "民生福祉",
        "绿色生态",
        "安全保障",
    }


def test_every_catalog_wording_resolves_to_its_own_indicator(catalog, resolver):
    wrong = []
    for ind in catalog:
        for text in ind.names:
            r = resolver.resolve(text)
            if r is None or r.indicator_id != ind.id:
                wrong.append((text, ind.id, r))
        for text in ind.growth_aliases:
            r = resolver.resolve(text)
            if r is None or r.indicator_id != ind.id or r.measure_hint != "growth":
                wrong.append((text, ind.id, r))
    assert wrong == []


def test_directions_of_well_known_indicators(catalog):
    assert catalog.get("gdp").direction == "higher"
    assert catalog.get("registered_unemployment_rate").direction == "lower"
    assert catalog.get("pm25").direction == "lower"
    assert catalog.get("pm25").unit == "ug/m3"
    assert catalog.get("labour_productivity").measure == "growth"
    assert catalog.get("gdp").core and not catalog.get("high_tech_enterprises").core


# -- gold coverage -----------------------------------------------------------------------

# Every core indicator name of the gold annotations, with the id it must resolve to.
GOLD_CORE = {
    "人口": "resident_population",
    "地区生产总值": "gdp",
    "全员劳动生产率": "labour_productivity",
    "常住人口城镇化率": "urbanisation_rate_resident",
    "全社会研发经费投入": "rd_expenditure",
    "每万人口高价值发明专利拥有量": "high_value_invention_patents_per_10k",
    "数字经济核心产业增加值占GDP比例": "digital_economy_core_share",
    "居民人均可支配收入": "disposable_income_per_capita",
    "城镇登记失业率": "registered_unemployment_rate",
    "劳动年龄人口平均受教育年限": "years_of_schooling",
    "每千人口拥有执业(助理)医师数": "doctors_per_1000",
    "基本养老保险参保率": "basic_pension_coverage",
    "每千人口拥有3岁以下婴幼儿托位数": "childcare_places_per_1000",
    "人均预期寿命": "life_expectancy",
    "城市空气质量优良天数比率": "good_air_days_ratio",
    "地表水达到或好于Ⅲ类水体比例": "surface_water_good_ratio",
    "森林覆盖率": "forest_coverage",
    "粮食综合生产能力": "grain_capacity",
    "能源综合生产能力": "energy_capacity",
    "规模以上工业增加值": "industrial_value_added_above_scale",
    "固定资产投资": "fixed_asset_investment",
    "社会消费品零售总额": "retail_sales",
    "外贸进出口总额": "foreign_trade",
    "地方一般公共预算收入": "general_budget_revenue",
    "地方一般公共预算收入(可比口径)": "general_budget_revenue",
    "城镇新增就业": "new_urban_jobs",
    "城镇失业人员再就业": "reemployment",
    "建设高质量水源林": "water_source_forest",
    "大径材培育": "large_diameter_timber",
    "新造林抚育": "new_afforestation_tending",
}


@pytest.mark.parametrize("name,expected", sorted(GOLD_CORE.items()))
def test_gold_core_indicator_resolves(name, expected):
    r = resolve(name)
    assert r is not None and r.indicator_id == expected
    assert r.confidence >= 0.95


def test_gold_core_list_is_complete():
    if not GOLD.is_dir():
        pytest.skip("gold annotations not present")
    names = set()
    for path in GOLD.glob("*.gold.json"):
        names |= {f["indicator"] for f in json.loads(path.read_text("utf-8"))["facts"] if f["core"]}
    assert names <= set(GOLD_CORE)


# -- resolution --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,expected,hint,method",
    [
        # Table rows of 鹤山's 十四五 indicator table (000), units in brackets.
        ("地区生产总值(亿元)", "gdp", None, "normalised"),
        ("地区生产总值增长(%)", "gdp", "growth", "normalised"),
        ("全员劳动生产率增长(%)", "labour_productivity", "growth", "normalised"),
        ("单位地区生产总值能源消耗降低(%)", "energy_intensity_reduction", "growth", "normalised"),
        (
            "单位地区生产总值二氧化碳排放降低(%)",
            "carbon_intensity_reduction",
            "growth",
            "normalised",
        ),
        ("每千人口拥有执业(助理)医师数(人)", "doctors_per_1000", None, "normalised"),
        ("能源综合生产能力(万吨标准煤)", "energy_capacity", None, "normalised"),
        # Marked core rows (☆) and full-width brackets as a scraped table prints them.
        ("☆森林覆盖率(%)", "forest_coverage", None, "normalised"),
        ("☆劣V类水体比例(%)", "inferior_v_water_ratio", None, "normalised"),
        # Ⅲ and III are one character sequence up to compatibility (NFKC): exact.
        ("地表水达到或好于III类水体比例", "surface_water_good_ratio", None, "exact"),
        # Area and time words in front, joining words behind (003, 004, 001).
        ("全市地区生产总值", "gdp", None, "normalised"),
        ("全年实现规模以上工业增加值", "industrial_value_added_above_scale", None, "normalised"),
        ("全区人均预期寿命", "life_expectancy", None, "normalised"),
        ("连州市规上工业企业", "industrial_enterprises_above_scale", None, "normalised"),
        ("居民消费价格指数涨幅控制在", "cpi", "growth", "normalised"),
        ("城镇登记失业率控制在", "registered_unemployment_rate", None, "normalised"),
        ("社会消费品零售总额年均", "retail_sales", "growth", "normalised"),
        ("地区生产总值年均增长", "gdp", "growth", "normalised"),
        ("研发经费支出占GDP比重提高至", "rd_intensity", None, "normalised"),
        # Short and colloquial names.
        ("规上工业增加值", "industrial_value_added_above_scale", None, "exact"),
        ("社消零", "retail_sales", None, "exact"),
        ("GDP", "gdp", None, "exact"),
        ("ＧＤＰ", "gdp", None, "exact"),
        ("经济增速", "gdp", "growth", "exact"),
        ("人均GDP增速", "gdp_per_capita", "growth", "normalised"),
        ("城镇化率提高", "urbanisation_rate_resident", "change", "normalised"),
        ("乡村居民人均可支配收入", "rural_disposable_income", None, "normalised"),
        ("单位GDP能耗下降", "energy_intensity_reduction", "growth", "normalised"),
    ],
)
def test_resolve(name, expected, hint, method):
    r = resolve(name)
    assert r is not None, name
    assert (r.indicator_id, r.measure_hint, r.method) == (expected, hint, method)
    assert 0.9 <= r.confidence <= 1.0


def test_exact_beats_normalised_in_confidence():
    assert resolve("地区生产总值").confidence == 1.0
    assert resolve("地区生产总值(亿元)").confidence < 1.0
    # Stripping a growth word costs a little more than stripping a unit.
    assert resolve("地区生产总值增长(%)").confidence < resolve("地区生产总值(亿元)").confidence


def test_qualified_names_keep_their_own_indicator():
    # 人均, 城镇, 农村 qualify the indicator: never stripped as if they were place names.
    assert resolve("人均地区生产总值").indicator_id == "gdp_per_capita"
    assert resolve("城镇居民人均可支配收入").indicator_id == "urban_disposable_income"
    assert resolve("农村居民人均可支配收入增长").indicator_id == "rural_disposable_income"
    assert resolve("户籍人口城镇化率").indicator_id == "urbanisation_rate_hukou"
    assert resolve("人口自然增长率").indicator_id == "natural_growth_rate"
    assert resolve("人口自然增长率").measure_hint is None


def test_unknown_place_name_in_front_resolves_with_lower_confidence():
    r = resolve("鹤山地区生产总值")
    assert r is not None and r.indicator_id == "gdp"
    assert r.method == "normalised" and 0.75 <= r.confidence < 0.9
    r = resolve("鹤山市地区生产总值年均增长")
    assert (r.indicator_id, r.measure_hint) == ("gdp", "growth")
    assert r.confidence > resolve("鹤山地区生产总值").confidence


def test_near_miss_resolves_fuzzily_with_lower_confidence():
    # A character dropped in scraping (收入 -> 收).
    r = resolve("城镇居民人均可支配收")
    assert r is not None and r.indicator_id == "urban_disposable_income"
    assert r.method == "fuzzy" and r.confidence < 0.9
    # From 003: a word order no catalog alias has.
    r = resolve("全市高新技术产品产值占工业总产值的比例")
    assert r is not None and r.indicator_id == "high_tech_product_output_share"
    assert r.method == "fuzzy"


@pytest.mark.parametrize(
    "name",
    [
        "新冠疫苗接种",
        "游泳池",
        # Non-core gold indicators of 002 that no catalog entry covers.
        "累计接种新冠疫苗",
        "疫苗全人群全程接种覆盖率",
        "政协委员提案",
        "引进亿元以上项目计划投资额",
        # A threshold in the name makes a different indicator (亿元以上项目 is in).
        "引进10亿元以上项目",
        # An unknown qualifier must not leave a short alias (死亡率) to match.
        "新生儿死亡率",
        "江门人才岛累计完成投资",
        "",
        "  ",
        "(亿元)",
    ],
)
def test_unrelated_names_do_not_resolve(name):
    assert resolve(name) is None


def test_measure_argument_is_accepted_and_cached(resolver):
    assert resolver.resolve("地区生产总值", "growth").indicator_id == "gdp"
    assert resolver.resolve("地区生产总值", "level") is resolver.resolve("地区生产总值", "level")


def test_resolving_repeated_names(catalog):
    res = Resolver(catalog)
    names = [
        "地区生产总值增长(%)",
        "全市地区生产总值",
        "社消零",
        "游泳池",
        "鹤山地区生产总值",
        "城镇居民人均可支配收",
    ] * 1667
    out = [res.resolve(n) for n in names]
    assert out[1].indicator_id == "gdp" and out[3] is None


def test_corpus_table_rows_resolve():
    # Every row name of 鹤山's indicator table (000) resolves to a catalog id.
    path = CORPUS / "000_78da752c5f85d6f1.txt"
    if not path.exists():
        pytest.skip("sample corpus not present")
    text = path.read_text("utf-8")
    start = text.index("鹤山市“十四五”经济社会发展主要指标表")
    table = text[start : text.index("注:1.地区生产总值", start)]
    unit_in_brackets = re.compile(r"[((](%|件|年|人|位|岁|万吨.*)[))]$")
    rows = [ln.strip() for ln in table.splitlines() if unit_in_brackets.search(ln.strip())]
    assert len(rows) == 20
    assert [r for r in rows if resolve(r) is None] == []


# -- local catalogs, unresolved report ---------------------------------------------------


def test_local_file_extends_and_adds(tmp_path):
    local = tmp_path / "local.toml"
    local.write_text(
        """
[[indicator]]
id = "gdp"
aliases = ["本地经济总盘子"]

[[indicator]]
id = "vaccination_doses"
name = "累计接种新冠疫苗"
category = "民生福祉"
unit = "万剂次"
direction = "higher"

[normalise]
strip_prefixes = ["江门人才岛"]
""",
        encoding="utf-8",
    )
    cat = load_catalog(local)
    res = Resolver(cat)
    assert res.resolve("本地经济总盘子").indicator_id == "gdp"
    assert res.resolve("地区生产总值").indicator_id == "gdp"  # shipped aliases kept
    r = res.resolve("累计接种新冠疫苗")
    assert r.indicator_id == "vaccination_doses" and r.method == "exact"
    assert cat.get("vaccination_doses").unit == "万剂次"
    assert res.resolve("江门人才岛固定资产投资").indicator_id == "fixed_asset_investment"
    assert len(cat) == len(load_catalog()) + 1


def test_local_alias_overrides_shipped_one(tmp_path):
    # A user whose documents mean 全部工业 by 工业总产值 can move the alias.
    local = tmp_path / "local.toml"
    local.write_text(
        '[[indicator]]\nid = "industrial_value_added"\naliases = ["工业总产值"]\n', encoding="utf-8"
    )
    assert Resolver(load_catalog(local)).resolve("工业总产值").indicator_id == (
        "industrial_value_added"
    )
    assert resolve("工业总产值").indicator_id == "industrial_output"


@pytest.mark.parametrize(
    "content,message",
    [
        ("[[indicator]]\nid = 'gdp'\naliasses = ['x']\n", "unknown field"),
        ("[[indicator]]\nid = 'Bad-Id'\nname = 'x'\n", "snake_case"),
        ("[[indicator]]\nid = 'new_one'\n", "needs a name"),
        ("[[indicator]]\nid = 'gdp'\ndirection = 'up'\n", "direction"),
        ("[[indicator\nid = 'gdp'\n", "not valid TOML"),
        ("[normalise]\nsynonyms = ['a']\n", "pairs"),
    ],
)
def test_malformed_local_file_is_reported_with_its_path(tmp_path, content, message):
    local = tmp_path / "bad.toml"
    local.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError, match=message) as info:
        load_catalog(local)
    assert str(local) in str(info.value)


def test_missing_local_file_is_reported(tmp_path):
    with pytest.raises(CatalogError, match="not found"):
        load_catalog(tmp_path / "nope.toml")


def test_unresolved_report_and_template_round_trip(tmp_path, catalog):
    names = ["累计接种新冠疫苗", "地区生产总值", "累计接种新冠疫苗", "城镇新增就业人口数量统计口径"]
    report = unresolved(names, Resolver(catalog))
    assert [u.name for u in report] == ["累计接种新冠疫苗", "城镇新增就业人口数量统计口径"]
    assert report[0].count == 2
    assert report[1].nearest_id == "new_urban_jobs"
    # The user uncomments the template's entries; the file then loads as a local catalog.
    text = local_catalog_template(report[1:])
    local = tmp_path / "mine.toml"
    local.write_text(
        re.sub(r"^# (\[\[|id|aliases)", r"\1", text, flags=re.MULTILINE), encoding="utf-8"
    )
    res = Resolver(load_catalog(local))
    assert res.resolve("城镇新增就业人口数量统计口径").indicator_id == "new_urban_jobs"


def test_with_local_adds_files_to_a_loaded_catalog(tmp_path, catalog):
    local = tmp_path / "more.toml"
    local.write_text('[[indicator]]\nid = "retail_sales"\naliases = ["社消总额"]\n', "utf-8")
    more = with_local(catalog, local)
    assert Resolver(more).resolve("社消总额").indicator_id == "retail_sales"
    assert more.sources[-1] == str(local) and len(more.sources) == 2


def test_sub_aggregate_with_unknown_qualifier_is_not_the_aggregate():
    # 民营企业进出口 is a part of 进出口总额; a known qualifier is never stripped.
    assert resolve("民营企业进出口总额") is None
    # A short catalog wording (出口) is never matched after an unknown leading word.
    assert resolve("机电产品出口") is None


def test_env_variable_names_local_files(tmp_path, monkeypatch):
    local = tmp_path / "env.toml"
    local.write_text('[[indicator]]\nid = "gdp"\naliases = ["本地产出总量"]\n', encoding="utf-8")
    monkeypatch.setenv("PLANWATCH_CATALOG", str(local))
    default_catalog.cache_clear()
    try:
        cat = default_catalog()
        assert Resolver(cat).resolve("本地产出总量").indicator_id == "gdp"
    finally:
        default_catalog.cache_clear()
