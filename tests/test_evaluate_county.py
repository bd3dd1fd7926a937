"""A composed county, ingested and judged end to end: each rule of a mid-term evaluation.

The documents are written here in the style of a county's 十四五 outline (its indicator
table and a prose goal), a 2022年更新 revision, two statistical communiqués and two work
reports; they go through ``planwatch ingest`` and ``planwatch evaluate``/``report`` as a
user's would. Every expected figure was worked out by hand (the arithmetic is in the
comments), so the tests check the whole path: extraction, the plan assembled from its
documents, the basis of each actual, the rules, the projection and the annex.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from planwatch.cli import cli
from planwatch.evaluate import evaluate_area
from planwatch.report.charts import indicator_chart
from planwatch.store.repo import Store

AREA = "德清县"

PLAN = """\
德清县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

第一章 发展目标

到2025年，全县地区生产总值年均增长6%左右，单位地区生产总值能耗累计降低14%，森林覆盖率达到51%。

专栏1 德清县“十四五”时期经济社会发展主要指标
指标 | 单位 | 2020年 | 2025年 | 年均增长/累计 | 属性
地区生产总值增长 | % | - | - | 6左右 | 预期性
常住人口城镇化率 | % | 60.0 | 65 | [5] | 预期性
研究与试验发展经费投入强度 | % | 2.5 | 3.0 | - | 预期性
居民人均可支配收入增长 | % | - | - | 与经济增长基本同步 | 预期性
全员劳动生产率增长 | % | - | - | 高于地区生产总值增长 | 预期性
城镇调查失业率 | % | - | - | <5.5 | 预期性
人均预期寿命 | 岁 | 81.5 | - | [1] | 预期性
单位地区生产总值能耗降低 | % | - | - | [14] | 约束性
森林覆盖率 | % | 50.0 | 51 | - | 约束性
粮食综合生产能力 | 万吨 | 20 | 20以上 | - | 约束性
城镇老旧小区改造 | 个 | - | 全面完成2000年前建成小区改造 | - | 约束性
"""

REVISION = """\
德清县国民经济和社会发展第十四个五年规划纲要（2022年更新）

德清县人民政府
2022年9月20日

根据省里的新要求，对“十四五”规划部分指标作如下调整：到2025年，全县研究与试验发展经费投入强度达到3.2%。
"""

C2021 = """\
德清县2021年国民经济和社会发展统计公报

德清县统计局
2022年3月5日

经初步核算，2021年全县实现地区生产总值620亿元，按可比价格计算，比上年增长8.5%，按现价计算增长12.0%。
年末全县常住人口城镇化率为61.2%。全年研究与试验发展经费投入强度为2.6%。
全县居民人均可支配收入55000元，比上年增长10.5%，扣除价格因素，实际增长9.0%。
全年全员劳动生产率为17.8万元/人，按可比价格计算，比上年增长7.0%。
年末全县城镇调查失业率为4.9%。全年单位地区生产总值能耗比上年下降2.1%。
"""

C2022 = """\
德清县2022年国民经济和社会发展统计公报

德清县统计局
2023年3月8日

经初步核算，2022年全县实现地区生产总值650亿元，按可比价格计算，比上年增长2.0%，按现价计算增长4.0%。
年末全县常住人口城镇化率为62.4%。全年研究与试验发展经费投入强度为2.74%。
全县居民人均可支配收入57500元，比上年增长5.0%，扣除价格因素，实际增长3.0%。
全年全员劳动生产率为18.5万元/人，按可比价格计算，比上年增长4.0%。
全年城镇调查失业率平均为5.3%，年末全县城镇调查失业率为5.6%。全年单位地区生产总值能耗比上年下降0.1%。
年末全县森林覆盖率为50.30%（按第三次国土调查口径），比上年提高0.40个百分点。
全年粮食总产量4.3亿斤。2022年全县人均预期寿命为81.95岁。
"""

R2022 = """\
2022年德清县人民政府工作报告

——2022年1月12日在德清县第十七届人民代表大会第一次会议上

2022年经济社会发展的主要预期目标是：地区生产总值增长7%左右，城镇调查失业率控制在5.5%以内。
到2025年，全县常住人口城镇化率达到65%。力争提前完成城镇老旧小区改造。
"""

R2023 = """\
2023年德清县人民政府工作报告

——2023年1月10日在德清县第十七届人民代表大会第二次会议上

过去一年，受疫情等超预期因素冲击，全县地区生产总值增长2.0%，增速明显回落。\
受疫情影响，部分企业停工停产，城镇调查失业率有所上升。\
2000年前建成的城镇老旧小区改造任务已全面完成。
2023年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇调查失业率控制在5.5%以内。
"""

SECTOR = """\
德清县生态环境保护“十四五”规划

德清县人民政府办公室
2021年11月2日

第二章 主要目标

到2025年，全县森林覆盖率达到51%，地表水达到或好于Ⅲ类水体比例达到95%。
"""

NEWS = """\
德清县新闻发布会介绍“十四五”规划纲要

2021年3月5日 来源：德清新闻网

记者从县发改局获悉，《纲要》提出，到2025年全县地区生产总值年均增长6%左右。
"""

DOCS = {
    "eco.txt": SECTOR,
    "news.txt": NEWS,
    "plan.txt": PLAN,
    "revision.txt": REVISION,
    "c2021.txt": C2021,
    "c2022.txt": C2022,
    "r2022.txt": R2022,
    "r2023.txt": R2023,
}


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def county_db(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("county")
    docs = root / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    db = str(root / "county.db")
    _run(db, "ingest", "--area", AREA, str(docs), "--no-progress")
    return db


@pytest.fixture(scope="module")
def judged(county_db) -> dict:
    return json.loads(_run(county_db, "evaluate", AREA, "--as-of", "2022", "--format", "json"))


def _plan_row(judged: dict, indicator_id: str) -> dict:
    rows = [t for t in judged["targets"] if t["indicator_id"] == indicator_id]
    rows = [t for t in rows if t["scope"] == "plan"]
    assert len(rows) == 1, [t["indicator"] for t in rows]  # one row however often stated
    return rows[0]


def test_every_main_indicator_is_one_row_with_its_label(judged):
    assert judged["plan"] == "plan.txt" and judged["plan_period"] == "2021-2025"
    plan_rows = [t for t in judged["targets"] if t["scope"] == "plan"]
    assert len(plan_rows) == 12
    # The sector plan's own target is judged and listed, but it is no main indicator of
    # the outline: the summary counts the outline's ten.
    water = _plan_row(judged, "surface_water_good_ratio")
    assert water["main"] is False and water["sources"][0]["doc"] == "eco.txt"
    assert sum(t["main"] for t in plan_rows) == 11
    for t in judged["targets"]:
        assert {"indicator_id", "status", "label", "scope"} <= t.keys()
    # 6 on track or ahead (城镇化, 收入, 劳动生产率, 寿命, 森林, 粮食), 1 achieved early
    # (老旧小区改造), 4 behind (GDP, R&D, 失业率, 能耗).
    s = judged["summary"]
    assert (s["on_track"] + s["ahead"], s["achieved_early"], s["behind"]) == (6, 1, 4)
    assert s["no_data"] == 0
    assert judged["summary_line"].startswith(
        "11项主要指标中，7项符合或快于预期（其中1项提前实现），4项滞后"
    )


def test_growth_on_constant_prices_behind_a_target_of_about_6(judged):
    gdp = _plan_row(judged, "gdp")
    # √(1.085 × 1.02) − 1 = 5.20%: below 5.5, the bottom of 6左右's band (5.5–6.5).
    # Nominal (12.0%, 4.0%) would give 7.93% and 快于预期.
    assert gdp["realised_growth"] == pytest.approx(5.2, abs=0.01)
    assert (gdp["status"], gdp["label"]) == ("behind", "滞后")
    # ((1.06⁵) / (1.085 × 1.02))^(1/3) − 1 = 6.54% a year for 2023-2025.
    assert gdp["needed_growth"] == pytest.approx(6.537, abs=0.01)
    assert gdp["projected"] == pytest.approx(5.2, abs=0.01) and gdp["projected_meets"] is False
    assert any("可比价格" in n for n in gdp["notes"])
    assert "news.txt" in {s["doc"] for s in gdp["sources"] if s["role"] == "alternative"}
    # The next work report gives the reason the communiqué does not.
    assert [r["doc"] for r in gdp["reasons"]] == ["r2023.txt"]
    assert "冲击" in gdp["reasons"][0]["quote"]


def test_level_target_on_time_and_its_projection(judged):
    urban = _plan_row(judged, "urbanisation_rate_resident")
    # (62.4 − 60) / (65 − 60) = 48% of the way at 40% of the time: within the band.
    assert urban["actual_progress"] == pytest.approx(0.48)
    assert urban["status"] == "on_track"
    # 1.2 points a year from 62.4 for three more years: 66.0, past 65.
    assert urban["projected"] == pytest.approx(66.0) and urban["projected_meets"] is True
    # The 2022 work report restates the plan's target: attached as its source.
    restated = [s["doc"] for s in urban["sources"] if s["role"] == "alternative"]
    assert "r2022.txt" in restated


def test_revision_supersedes_the_original_with_history(judged):
    rd = _plan_row(judged, "rd_intensity")
    assert rd["target"]["value"] == 3.2 and rd["target"]["binding"] == "expected"
    superseded = [s for s in rd["sources"] if s["role"] == "superseded"]
    assert [(s["doc"], s["value"]) for s in superseded] == [("plan.txt", 3.0)]
    # (2.74 − 2.5) / (3.2 − 2.5) = 34.3% at 40%: behind (against 3.0 it would be 48%).
    assert rd["actual_progress"] == pytest.approx(0.343, abs=0.001)
    assert rd["status"] == "behind"


def test_in_step_with_growth_judged_on_real_income_growth(judged):
    income = _plan_row(judged, "disposable_income_per_capita")
    assert income["target"]["qualitative"] == "与经济增长基本同步"
    # Real growth 9.0% and 3.0%: √(1.09 × 1.03) − 1 = 5.96% against GDP's 5.20%, 0.76
    # point faster: 快于预期 (nominal 10.5% and 5.0% would give 7.72%).
    assert income["realised_growth"] == pytest.approx(5.96, abs=0.01)
    assert income["status"] == "ahead"


def test_above_growth_judged_against_gdp(judged):
    productivity = _plan_row(judged, "labour_productivity")
    assert productivity["target"]["qualitative"] == "高于地区生产总值增长"
    # √(1.07 × 1.04) − 1 = 5.49% against GDP's 5.20%: above it.
    assert productivity["realised_growth"] == pytest.approx(5.49, abs=0.01)
    assert productivity["status"] == "on_track"


def test_ceiling_breached_at_mid_term_on_the_year_end_figure(judged):
    jobless = _plan_row(judged, "surveyed_unemployment_rate")
    # Year-end 5.6 (what the plan targets) over the annual average 5.3: a breach at
    # mid-term is 滞后; the one-year target of the 2022 work report is 未完成.
    assert jobless["status"] == "behind"
    assert jobless["actuals"][-1]["value"] == 5.6
    assert any("年末" in n for n in jobless["notes"])
    annual = [
        t
        for t in judged["targets"]
        if t["indicator_id"] == jobless["indicator_id"] and t["scope"] == "annual"
    ]
    assert [(t["target"]["year"], t["status"]) for t in annual] == [(2022, "missed")]


def test_reduction_compared_by_the_size_of_the_fall(judged):
    energy = _plan_row(judged, "energy_intensity_reduction")
    assert energy["target"]["value"] == 14.0  # [14] and 降低14% are one target, positive
    assert [a["value"] for a in energy["actuals"]] == [2.1, 0.1]
    # 1 − 0.979 × 0.999 = 2.20% done; the path due by 2022 is 1 − 0.86^(2/5) = 5.85%:
    # progress 15.7% against 41.8%.
    assert energy["actual_progress"] == pytest.approx(0.157, abs=0.001)
    assert energy["expected_progress"] == pytest.approx(0.418, abs=0.001)
    assert energy["status"] == "behind"


def test_change_target_from_the_base(judged):
    life = _plan_row(judged, "life_expectancy")
    # 提高1岁 from 81.5: 81.95 is 0.45 of 1 at 40% of the time; at that pace +1.125.
    assert life["measure"] == "change" and life["status"] == "on_track"
    assert life["actual_progress"] == pytest.approx(0.45)
    assert life["projected"] == pytest.approx(1.125) and life["projected_meets"] is True


def test_base_on_another_basis_judged_on_the_latest_pace(judged):
    forest = _plan_row(judged, "forest_coverage")
    # 50.30 − 0.40 = 49.90 in 2021, below the 2020 base of 50.0: the series was revised.
    # Progress from 50.0 would be 30% at 40% (滞后); the pace 0.40 a year beats the
    # (51 − 50.3) / 3 = 0.233 still needed: 快于预期, reaching 51.5 by 2025.
    assert any("口径" in n for n in forest["notes"])
    assert "eco.txt" in {s["doc"] for s in forest["sources"] if s["role"] == "alternative"}
    assert forest["status"] == "ahead"
    assert forest["projected"] == pytest.approx(51.5) and forest["projected_meets"] is True


def test_capacity_judged_on_output_converted_and_flagged(judged):
    grain = _plan_row(judged, "grain_capacity")
    # 4.3亿斤 × 0.0005 吨/斤 = 21.5万吨, at least the 20 to hold.
    assert grain["proxy"] == "grain_output"
    assert grain["status"] == "on_track"
    assert grain["yearly"] == {"2022": 21.5}
    assert any("亿斤" in n and "万吨" in n for n in grain["notes"])


def test_targets_set_after_the_as_of_year_are_left_out(judged, county_db):
    years = {(t["indicator_id"], t["target"]["year"]) for t in judged["targets"]}
    assert ("gdp", 2023) not in years  # the 2023 work report's targets
    later = json.loads(_run(county_db, "evaluate", AREA, "--as-of", "2023", "--format", "json"))
    assert ("gdp", 2023) in {(t["indicator_id"], t["target"]["year"]) for t in later["targets"]}
    # As of 2021 the 2022 revision was not yet made: the original 3.0 stands.
    early = json.loads(_run(county_db, "evaluate", AREA, "--as-of", "2021", "--format", "json"))
    assert _plan_row(early, "rd_intensity")["target"]["value"] == 3.0


def test_annex_in_markdown(county_db, tmp_path):
    out = tmp_path / "annex.md"
    _run(county_db, "report", AREA, "--as-of", "2022", "--format", "md", "-o", str(out))
    md = out.read_text(encoding="utf-8")
    header = "| 序号 | 指标 | 属性 | 单位 | 2020年基期值 | 2025年目标 | 2021年 | 2022年 |"
    assert header in md and "| 进度 | 评价 | 尚需 | 2025年预计 |" in md
    lines = [ln for ln in md.splitlines() if ln.startswith("| 3 |")]
    # The revised R&D target keeps the table's place and its 属性; 0.46 points left
    # over three years is 0.15 a year.
    assert lines[0].startswith(
        "| 3 | 研究与试验发展经费投入强度 | 预期性 | % | 2.5 | 3.2% | 2.6 | 2.74 |"
    )
    assert "每年提高0.15个百分点" in lines[0]
    grain = next(ln for ln in md.splitlines() if ln.startswith("| 10 |"))
    assert "| 21.5 |" in grain  # the proxy's figure in its year column
    life = next(ln for ln in md.splitlines() if "| 人均预期寿命 |" in ln)
    assert "82.62，可实现" in life  # 81.5 + 1.125, the level reached
    assert "2022年 下降0.1%" in md  # a reduction's latest figure is a fall
    assert "地区生产总值（2022年年度目标）" in md
    assert "原因（文件所述）：过去一年，受疫情等超预期因素冲击" in md
    assert "需在后半程加快推进" in md  # the summary paragraph in officials' wording


def test_annex_in_xlsx_with_chinese_headers_rounded_values_and_widths(county_db, tmp_path):
    out = tmp_path / "annex.xlsx"
    _run(county_db, "report", AREA, "--as-of", "2022", "--format", "xlsx", "-o", str(out))
    ws = load_workbook(out)["主要指标评估表"]
    header = [c.value for c in ws[1]]
    assert header[:8] == [
        "序号",
        "指标",
        "属性",
        "单位",
        "2020年基期值",
        "2025年目标",
        "2021年",
        "2022年",
    ]
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["研究与试验发展经费投入强度"][7] == 2.74  # a number, rounded
    assert all(ws.column_dimensions[c].width for c in "ABCDEFGH")


def test_chart_of_a_change_target_ends_at_base_plus_change(county_db):
    ev = evaluate_area(Store(f"sqlite:///{county_db}"), AREA, as_of=2022)
    life = next(r for r in ev.headline_rows if r.indicator_id == "life_expectancy")
    chart = indicator_chart(life)
    path = next(t for t in chart["data"] if t["name"] == "目标轨迹")
    assert path["x"][-1] == 2025 and path["y"][-1] == pytest.approx(82.5)


def test_annex_in_html_is_one_file_with_the_lagging_reasons(county_db, tmp_path):
    out = tmp_path / "annex.html"
    _run(county_db, "report", AREA, "--as-of", "2022", "--format", "html", "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert "<script src=" not in html  # self-contained
    assert "主要指标" in html and "受疫情等超预期因素冲击" in html
    assert "82.62，可实现" in html


def test_a_target_in_words_done_in_words(judged, county_db):
    row = next(t for t in judged["targets"] if t["indicator"] == "城镇老旧小区改造")
    # The 2023 work report says the task is done: 提前实现 before 2025, with its clause.
    assert row["status"] == "achieved_early"
    said = [s for s in row["sources"] if s["role"] == "actual"]
    assert [s["doc"] for s in said] == ["r2023.txt"] and "已全面完成" in said[0]["quote"]
    # As of 2021 only the 2022 report counts, and its 力争提前完成 is an aim, not a result.
    early = json.loads(_run(county_db, "evaluate", AREA, "--as-of", "2021", "--format", "json"))
    row = next(t for t in early["targets"] if t["indicator"] == "城镇老旧小区改造")
    assert row["status"] == "no_data"
