"""Evaluation on the sample corpus: the checks of issue 6 on real documents."""

from __future__ import annotations

import pytest

from planwatch.evaluate import Status, completion_table, evaluate_area, evaluate_many


@pytest.fixture(scope="module")
def store(sample_store):
    return sample_store


@pytest.fixture(scope="module")
def heshan(store):
    return evaluate_area(store, "鹤山市")


def test_heshan_gdp_growth_target_is_behind_with_needed_growth(heshan):
    # 十四五: 地区生产总值年均增长6%左右 (2021-2025); 2023 news: 2022 增长2.8%; 2021 not reported.
    # needed 2023-2025 = (1.06^5 / (1.06 * 1.028))^(1/3) - 1 = 7.0887% (2021 assumed at 6%).
    assert heshan.as_of == 2022
    (row,) = [r for r in heshan.rows if r.indicator_id == "gdp" and r.scope == "plan"]
    assert row.status == Status.BEHIND
    assert row.kind == "average_growth"
    assert row.realised_growth == pytest.approx(2.8)
    assert row.needed_growth == pytest.approx(7.088651, abs=1e-5)
    assert row.basis == "reported yearly growth rates"
    assert "2023-2025年需年均增长7.09%" in row.explanation
    # The table cell and the prose sentence state the same target: one row, both sources.
    quotes = [s.quote for s in row.sources]
    assert "地区生产总值年均增长6%左右" in "".join(quotes)
    assert any(s.role == "actual" and s.value_text == "2.8%" for s in row.sources)


def test_heshan_2023_one_year_targets_listed_with_no_result_yet(heshan):
    gdp_2023 = sorted(
        r.target_value for r in heshan.rows if r.indicator_id == "gdp" and r.target_year == 2023
    )
    assert gdp_2023 == [8.0, 8.5]  # 地区生产总值增长8%，力争实现8.5%
    for r in heshan.rows:
        if r.target_year == 2023:
            assert r.scope == "annual"
            assert r.status == Status.NO_DATA
            assert "2023年结果尚未公布" in r.explanation


def test_heshan_base_year_only_targets_say_no_data(heshan):
    (urb,) = [r for r in heshan.rows if r.indicator_id == "urbanisation_rate_resident"]
    # 常住人口城镇化率(%) 63.02 -> 65 [1.98]: one row (the [change] merged), base 63.02, no data.
    assert urb.status == Status.NO_DATA
    assert urb.base_value == pytest.approx(63.02)
    assert "仅有基期（2020年）数据" in urb.explanation
    # 2035 visions and the 十三五 review table are not 十四五 targets.
    assert all(r.target_year is not None and r.target_year <= 2025 for r in heshan.rows)


def test_summary_line_and_records(heshan):
    line = heshan.summary_line()
    s = heshan.summary
    assert line.startswith(f"{s.total}项主要指标中，")
    assert f"{s.behind}项滞后" in line and f"{s.no_data}项暂无数据" in line
    assert s.behind == 1 and s.total == s.favourable + s.behind + s.missed + s.no_data
    cats = heshan.by_category()
    assert cats["经济发展"].behind == 1
    records = heshan.to_records()
    gdp = next(r for r in records if r["indicator_id"] == "gdp" and r["scope"] == "plan")
    assert gdp["status"] == "behind"
    assert gdp["target"]["value"] == 6.0 and gdp["target"]["comparator"] == "approx"
    assert gdp["actuals"][0]["year"] == 2022
    assert {
        "indicator",
        "measure",
        "base",
        "expected_progress",
        "actual_progress",
        "needed_growth",
        "sources",
    } <= gdp.keys()


def test_areas_with_only_base_year_data_say_no_data(store):
    for area in ("江海区", "连州市"):
        ev = evaluate_area(store, area)
        assert ev.as_of == 2020
        assert ev.rows and all(r.status == Status.NO_DATA for r in ev.rows), area


def test_area_by_code_and_as_of(store):
    ev = evaluate_area(store, "440784", as_of=2021)
    (row,) = [r for r in ev.rows if r.indicator_id == "gdp" and r.scope == "plan"]
    assert row.status == Status.NO_DATA  # nothing reported for 2021


def test_parent_area_evaluates_its_children(store):
    evs = evaluate_many(store, parent="江门市")
    assert [e.area.name for e in evs] == ["江门市", "江海区", "鹤山市"]
    jiangmen = evs[0]
    assert jiangmen.plan is None  # only a work report: its 2021 targets, no 2021 results yet
    assert any(r.indicator_id == "gdp" and r.target_year == 2021 for r in jiangmen.rows)


def test_completion_table_of_the_previous_plan(store):
    ct = completion_table(store, "鹤山市")
    assert ct.title == "鹤山市“十三五”规划主要目标完成情况表"
    assert (ct.period_start, ct.period_end) == (2016, 2020)
    grid = ct.to_grid()
    assert grid[1][2:6] == ["2020年", "年均增速", "2020年", "年均增速"]
    # 1 地区生产总值(亿元) -- 9.1 374.76 7 预期性: 7% < 9.1% -> 未完成
    assert grid[2] == [1, "地区生产总值(亿元)", "--", 9.1, 374.76, 7.0, "预期性", "未完成"]
    by_name = {r.indicator: r for r in ct.rows}
    assert by_name["城镇新增就业人数"].completed is True  # 3.2 >= 3
    assert by_name["耕地保有量"].completed is None  # 落实江门下达规模: no number to compare


def test_short_name_means_the_stored_area_not_a_namesake(store):
    # 鹤山 is also 鹤山区 in 鹤壁 (河南); the store holds 鹤山市 (江门).
    assert evaluate_area(store, "鹤山").area.code == "440784"
