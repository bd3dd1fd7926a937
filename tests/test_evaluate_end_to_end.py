"""Evaluation end to end: documents ingested, then judged through the command line.

The Shanghai mid-term fixture (../shared/fixtures/midterm-shanghai) is ingested as
it stands and evaluated as of 2022 with its plan table named as the plan; its
statuses are compared with the same expectations as ``test_evaluate_fixture`` (which
builds the ledger from the fixture's figures and so measures the rules alone).
The national interface (``ingest --area 全国``, ``evaluate 全国``) is exercised on
documents written here in the style of a national outline's indicator table and
two statistical communiqués; the answers were worked out by hand.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from planwatch.catalog import resolve
from planwatch.cli import cli
from planwatch.evaluate.targets import is_reduction
from test_evaluate_fixture import FIXTURE, _expected

THREE_WAY = {"ahead": "on_track", "met": "achieved_early", "missed": "behind"}


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _evaluate(db: str, area: str, *args: str) -> dict:
    return json.loads(_run(db, "evaluate", area, "--as-of", "2022", "--format", "json", *args))


@pytest.mark.skipif(not FIXTURE.is_dir(), reason=f"no fixture at {FIXTURE}")
def test_shanghai_fixture_ingested_and_judged(tmp_path):
    db = str(tmp_path / "s.db")
    _run(db, "ingest", str(FIXTURE / "docs"), "--area", "上海市", "--no-progress")
    out = _evaluate(db, "上海市", "--plan", "m01.txt")
    assert out["plan_period"] == "2021-2025"  # the table's “十四五” in its title
    records = json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))
    got: dict[int, str] = {}
    for t in out["targets"]:
        assert t["scope"] == "plan"
        n = _number(records, t)
        assert n is not None, t["indicator"]
        got[n] = THREE_WAY.get(t["status"], t["status"])
    # Every main indicator is a row, words included (旧里改造面积's two bracketed
    # sub-targets, 确保完成国家要求).
    assert len(got) == 20
    assert 20 in got  # 人/亿元 is a unit: the row's name stays 单位生产总值生产安全事故死亡率
    expected = _expected()
    judgeable = {n: s for n, s in expected.items() if s != "no_data"}
    matched = {n for n, s in judgeable.items() if got.get(n) == s}
    assert len(matched) / len(judgeable) >= 0.8, {n: (got.get(n), s) for n, s in judgeable.items()}
    # 与经济增长基本同步 is read from the table and judged against GDP growth.
    assert got[9] == "on_track" and got[17] == "achieved_early"
    # 旧里改造 (#12) has no figure in docs/, only a results document's words that the
    # task is done: the official 提前全面完成.
    assert got[12] == "achieved_early"
    for n, s in expected.items():
        if s == "no_data" and n in got and n != 12:
            assert got[n] == "no_data", n
    for t in out["targets"]:
        value = t["target"]["value"]
        if is_reduction(t["indicator_id"]) and value is not None:
            assert value > 0  # a reduction is the size of a fall
    assert out["summary"]["achieved_early"] == 4
    # Without --plan the outline (m02) is the plan, and the undated table's targets for
    # 2025 are still its targets, not one-year targets after 2022.
    default = _evaluate(db, "上海市")
    assert default["plan"] == "m02.txt"
    statuses = {t["indicator_id"]: t["status"] for t in default["targets"]}
    assert statuses["surface_water_good_ratio"] == "achieved_early"
    assert statuses["life_expectancy"] == "behind"
    old_town = next(t for t in out["targets"] if "旧里" in t["indicator"])
    assert old_town["measure"] == "change" and old_town["target"]["qualitative"].startswith("[")


def _number(records: list[dict], row: dict) -> int | None:
    """The fixture's indicator number (1-based) of an evaluation row."""
    for n, rec in enumerate(records, 1):
        hit = resolve(rec["indicator"])
        if hit is not None and hit.indicator_id == row["indicator_id"]:
            return n
    for n, rec in enumerate(records, 1):
        if row["indicator"] and row["indicator"][:6] in rec["indicator"]:
            return n
    return None


NATIONAL_PLAN = """\
中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要

专栏1 “十四五”时期经济社会发展主要指标
指标 | 2020年 | 2025年 | 年均/累计 | 属性
国内生产总值增长(%) | 2.3 | - | 保持在合理区间、各年度视情提出 | 预期性
常住人口城镇化率(%) | 60.6 | 65 | - | 预期性
居民人均可支配收入增长(%) | 2.1 | - | 与国内生产总值增长基本同步 | 预期性
城镇调查失业率(%) | 5.2 | - | <5.5 | 预期性
单位国内生产总值能源消耗降低(%) | - | - | 〔13.5〕 | 约束性
森林覆盖率(%) | 23.2 | 24.1 | - | 约束性
"""

COMMUNIQUE = """\
中华人民共和国{year}年国民经济和社会发展统计公报

国家统计局
{next}年2月28日

{year}年末全国常住人口城镇化率为{urban}%。全年国内生产总值比上年增长{gdp}%。\
全国居民人均可支配收入比上年增长{nominal}%，扣除价格因素，实际增长{income}%。\
全年单位国内生产总值能耗比上年下降{energy}%。{year}年末全国城镇调查失业率为{jobless}%。
"""


def test_national_plan_judged_through_the_cli(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "outline.txt").write_text(NATIONAL_PLAN, encoding="utf-8")
    figures = {
        2021: {
            "urban": 64.72,
            "gdp": 8.1,
            "nominal": 9.1,
            "income": 8.1,
            "energy": 2.7,
            "jobless": 5.1,
        },
        2022: {
            "urban": 65.22,
            "gdp": 3.0,
            "nominal": 5.0,
            "income": 2.9,
            "energy": 0.1,
            "jobless": 5.6,
        },
    }
    for year, f in figures.items():
        text = COMMUNIQUE.format(year=year, next=year + 1, **f)
        (docs / f"communique{year}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "n.db")
    _run(db, "ingest", "--area", "全国", str(docs), "--no-progress")
    out = _evaluate(db, "全国")
    assert out["area_code"] == "000000" and out["plan"] == "outline.txt"
    rows = {t["indicator_id"]: t for t in out["targets"]}
    for t in out["targets"]:
        assert {"indicator_id", "status", "label", "scope"} <= t.keys()
    # 65.22 in 2022 is past the 2025 target of 65.
    assert rows["urbanisation_rate_resident"]["status"] == "achieved_early"
    assert rows["urbanisation_rate_resident"]["label"] == "提前实现"
    # 1 - 0.973 × 0.999 = 2.8% of a 13.5% cumulative fall after two of five years.
    energy = rows["energy_intensity_reduction"]
    assert energy["status"] == "behind" and energy["label"] == "滞后"
    assert energy["target"]["value"] == 13.5
    assert [a["value"] for a in energy["actuals"]] == [2.7, 0.1]
    # Real income growth (8.1%, 2.9%) against GDP (8.1%, 3.0%): in step, not the
    # nominal 9.1% and 5.0%.
    income = rows["disposable_income_per_capita"]
    assert income["status"] == "on_track" and income["target"]["qualitative"]
    assert [a["value"] for a in income["actuals"] if a["year"] == 2022] == [2.9]
    # Words with no rule (保持在合理区间) are a row with the figures beside them.
    gdp = rows["gdp"]
    assert gdp["status"] == "no_data" and gdp["target"]["qualitative"].startswith("保持")
    assert rows["forest_coverage"]["status"] == "no_data"  # no figure after 2020
    # <5.5 in the 年均 column bounds the rate each year: 5.6 at the end of 2022 breaches it.
    jobless = rows["surveyed_unemployment_rate"]
    assert jobless["measure"] == "level" and jobless["target"]["value"] == 5.5
    assert jobless["status"] == "behind" and jobless["actuals"][-1]["value"] == 5.6
    assert all(t["scope"] == "plan" for t in out["targets"])


# A plan's indicator table saved on its own, one cell a line (as pages copied from a
# PDF read): describe types it no plan, so the user names it with --plan.
COUNTY_TABLE = """\
表:鹤山市“十四五”规划主要指标
序号 |
指 标 |
单位 |
属性 |
2025年 |
年均[累计] |
1 |
地区生产总值增长 |
% |
预期性 |
- |
6左右 |
2 |
居民人均可支配收入增长 |
% |
预期性 |
- |
与经济增长同步 |
3 |
森林覆盖率 |
% |
约束性 |
42 |
- |
4 |
单位生产总值生产安全事故死亡率 |
人/亿元 |
约束性 |
<0.02 |
- |
"""

COUNTY_NEWS = """\
鹤山市{year}年国民经济和社会发展统计公报

{next}年3月20日

{year}年全市地区生产总值比上年增长{gdp}%。全市居民人均可支配收入比上年增长{income}%。\
年末森林覆盖率为{forest}%。
"""


def test_named_plan_table_with_word_targets(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "table.txt").write_text(COUNTY_TABLE, encoding="utf-8")
    figures = {
        2021: {"gdp": 7.0, "income": 7.5, "forest": 41.2},
        2022: {"gdp": 5.0, "income": 5.2, "forest": 41.6},
    }
    for year, f in figures.items():
        text = COUNTY_NEWS.format(year=year, next=year + 1, **f)
        (docs / f"news{year}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "c.db")
    _run(db, "ingest", "--area", "鹤山市", str(docs), "--no-progress")
    out = _evaluate(db, "鹤山市", "--plan", "table.txt")
    assert out["plan_period"] == "2021-2025"  # “十四五” in the table's title
    rows = {t["indicator_id"]: t for t in out["targets"]}
    # Level targets of the named table are the plan's, not one-year targets after 2022.
    assert rows["forest_coverage"]["scope"] == "plan"
    assert rows["forest_coverage"]["target"]["value"] == 42
    # (1.07 × 1.05)^(1/2) − 1 = 6.0% a year against 6左右: on track.
    assert rows["gdp"]["status"] == "on_track"
    # The words cell is a row: income 7.5%, 5.2% against GDP 7.0%, 5.0% — in step.
    income = rows["disposable_income_per_capita"]
    assert income["target"]["qualitative"] == "与经济增长同步"
    assert income["status"] in ("on_track", "ahead")
    # 人/亿元 is the row's unit, not part of its name: the row resolves.
    deaths = rows["deaths_per_100m_gdp"]
    assert deaths["target"]["unit"] == "人/亿元" and deaths["status"] == "no_data"


def test_word_targets_come_from_the_plans_own_table(tmp_path, examples_dir):
    # The sample outline holds its 十三五 review table beside the 十四五 table: only the
    # latter's words (完成江门下达任务 for 2025) are targets of the plan.
    db = str(tmp_path / "e.db")
    _run(db, "ingest", str(examples_dir), "--no-progress")
    out = _evaluate(db, "鹤山市")
    words = {t["indicator_id"]: t for t in out["targets"] if t["target"]["qualitative"]}
    assert set(words) == {"good_air_days_ratio", "surface_water_good_ratio"}
    for t in words.values():
        assert t["target"]["year"] == 2025 and t["status"] == "no_data"
        assert t["target"]["qualitative"] == "完成江门下达任务"
