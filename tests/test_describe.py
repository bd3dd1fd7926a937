"""The describe stage on the sample documents and on small real-text snippets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planwatch.core.data import DocType
from planwatch.describe import describe
from planwatch.describe.areas import (
    area_by_code,
    areas_by_name,
    load_table,
    resolve_name,
)
from planwatch.describe.doctype import (
    cn_number,
    cn_year,
    detect_doc_type,
    plan_period,
    plan_years,
    published_date,
    report_year,
)
from planwatch.describe.jurisdiction import find_jurisdiction

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DATA = Path(__file__).resolve().parents[1] / "src/planwatch/data/admin_divisions.csv"


def read(prefix: str) -> str:
    (path,) = EXAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# -- the admin-division table ---------------------------------------------------------


def test_table_has_every_level_and_consistent_parents():
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    codes = {r["code"] for r in rows}
    levels = {lv: sum(r["level"] == lv for r in rows) for lv in ("province", "city", "county")}
    assert levels["province"] == 34
    assert [r["name"] for r in rows if r["level"] == "nation"] == ["全国"]
    assert 330 <= levels["city"] <= 345
    assert levels["county"] > 2800
    for r in rows:
        assert len(r["code"]) == 6 and r["code"].isdigit()
        assert (r["parent_code"] == "") == (r["level"] == "nation")
        if r["level"] == "province":
            assert r["parent_code"] == "000000"  # every province rolls up to the nation
        if r["parent_code"]:
            assert r["parent_code"] in codes, r
        assert r["name"] not in {"市辖区", "县", "省直辖县级行政区划"}


def test_parents_nearest_first():
    assert area_by_code("440784").parents == (
        ("440700", "江门市"),
        ("440000", "广东省"),
        ("000000", "全国"),
    )
    assert area_by_code("441882").parents == (
        ("441800", "清远市"),
        ("440000", "广东省"),
        ("000000", "全国"),
    )
    assert area_by_code("440700").parents == (("440000", "广东省"), ("000000", "全国"))
    assert area_by_code("440000").parents == (("000000", "全国"),)
    assert area_by_code("000000").parents == ()
    assert area_by_code("440784000000").name == "鹤山市"  # 12-digit codes are cut


def test_municipality_districts_and_province_direct_counties_hang_off_the_province():
    nation = ("000000", "全国")
    assert area_by_code("110101").parents == (("110000", "北京市"), nation)  # 东城区
    assert area_by_code("500233").parents == (("500000", "重庆市"), nation)  # 忠县
    assert area_by_code("419001").parents == (("410000", "河南省"), nation)  # 济源市
    assert area_by_code("429004").parents == (("420000", "湖北省"), nation)  # 仙桃市


def test_short_names():
    table = load_table()
    assert table.by_code["440784"].short_name == "鹤山"
    assert table.by_code["440700"].short_name == "江门"
    assert table.by_code["440000"].short_name == "广东"
    assert table.by_code["450000"].short_name == "广西"
    assert table.by_code["222400"].short_name == "延边"  # 延边朝鲜族自治州
    assert table.by_code["500233"].short_name == ""  # 忠县: one character is no name


def test_name_lookup_is_ambiguous_and_context_resolves_it():
    assert {a.code for a in areas_by_name("鹤山")} == {"440784", "410602"}
    assert resolve_name("鹤山", "广东省江门市鹤山市沙坪街道").code == "440784"
    assert resolve_name("鹤山", "河南省鹤壁市").code == "410602"
    assert resolve_name("城区", "山西省长治市").code == "140402"
    assert resolve_name("不存在的地方") is None


# -- jurisdiction ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "code", "parents"),
    [
        ("000", "440784", ("440700", "440000", "000000")),  # 鹤山市 plan
        ("001", "440704", ("440700", "440000", "000000")),  # 江门高新区(江海区) plan
        (
            "002",
            "440784",
            ("440700", "440000", "000000"),
        ),  # 鹤山 two-sessions news: 鹤山 without 市
        ("003", "441882", ("441800", "440000", "000000")),  # 连州市 plan
        ("004", "440700", ("440000", "000000")),  # 江门市 work report
    ],
)
def test_jurisdiction_of_the_samples(prefix, code, parents):
    area = find_jurisdiction(read(prefix))
    assert area is not None
    assert area.code == code
    assert tuple(c for c, _ in area.parents) == parents


def test_cited_higher_level_plans_do_not_win():
    text = (
        "本规划纲要根据《广东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"
        "《江门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》编制,"
        "是江海区人民政府履行经济调节职能的重要依据。"
    )
    assert find_jurisdiction(text).code == "440704"


def test_short_name_with_issuer_word():
    # From 002: the page title names the place without 市.
    assert find_jurisdiction("第B02版:聚焦2023鹤山两会\n在江门地区首创").code == "440784"


def test_no_area_named():
    assert find_jurisdiction("各位代表:现在,我代表政府作工作报告。") is None


# -- document type, period, dates -----------------------------------------------------


def test_chinese_numerals():
    assert cn_number("十四") == 14
    assert cn_number("二十") == 20
    assert cn_number("九十九") == 99
    assert cn_number("十") == 10
    assert cn_year("二〇二一") == 2021
    assert cn_year("二〇三五") == 2035
    assert cn_number("abc") is None


def test_plan_years_follow_the_real_calendar():
    assert plan_years(13) == (2016, 2020)
    assert plan_years(14) == (2021, 2025)
    assert plan_years(15) == (2026, 2030)
    assert plan_years(1) == (1953, 1957)


def test_plan_period_statements():
    assert plan_period("本纲要规划期为2021-2025 年,展望期为2035年。") == (2021, 2025)
    assert plan_period("XX县国民经济和社会发展第十五个五年规划纲要") == (2026, 2030)
    assert plan_period("“十三五”规划实施情况") == (2016, 2020)
    assert plan_period("与本文无关") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022年鹤山市国民经济和社会发展统计公报\n", DocType.STATISTICAL_COMMUNIQUE),
        ("(广东省)2021年江门市人民政府工作报告(全文)\n各位代表:", DocType.WORK_REPORT),
        (
            "连州市国民经济和社会发展第十四个\n五年规划和2035 年远景目标纲要",
            DocType.FIVE_YEAR_PLAN,
        ),
        ("第B02版:聚焦2023鹤山两会\n上一版3 4下一版\n版面导航", DocType.NEWS),
        ("关于开展消防安全检查的通知\n各单位:", DocType.OTHER),
    ],
)
def test_doc_type_snippets(text, expected):
    assert detect_doc_type(text) is expected


def test_work_report_year_and_date():
    text = read("004")
    assert report_year(text, DocType.WORK_REPORT) == 2021
    assert published_date(text, DocType.WORK_REPORT) == "2021-03-04"


def test_describe_samples():
    m0 = describe(read("000"), name="000")
    assert m0.doc_type is DocType.FIVE_YEAR_PLAN
    assert (m0.period_start, m0.period_end) == (2021, 2025)
    assert m0.published == "2021-07"  # 二〇二一年七月
    assert m0.area.name == "鹤山市"
    assert "纲要" in m0.title

    m1 = describe(read("001"), name="001")
    assert (m1.doc_type, m1.period_start, m1.published) == (
        DocType.FIVE_YEAR_PLAN,
        2021,
        "2021-06",
    )

    m2 = describe(read("002"), name="002")
    assert m2.doc_type is DocType.NEWS
    assert (m2.year, m2.published) == (2023, "2023-02-25")
    assert m2.period_start is None

    m3 = describe(read("003"), name="003")
    assert (m3.doc_type, m3.period_start, m3.period_end) == (
        DocType.FIVE_YEAR_PLAN,
        2021,
        2025,
    )
    assert m3.published == "2021-04"  # "2021 年4 月"

    m4 = describe(read("004"), name="004", title="2021年江门市政府工作报告")
    assert m4.doc_type is DocType.WORK_REPORT
    assert (m4.year, m4.published, m4.title) == (
        2021,
        "2021-03-04",
        "2021年江门市政府工作报告",
    )
    assert m4.area.code == "440700"
