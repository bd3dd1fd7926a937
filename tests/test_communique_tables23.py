"""Tables of statistical communiqués as a PDF's text layer prints them (round 23), composed
here in the style of a city's or a province's 国民经济和社会发展统计公报 (the cells are this
file's own):

* a header word spread over its column's width (指    标, 市  别): one cell, so the header
  is read; a row name spread so (铁  路) is one name;
* a row one cell short of the header (the total row of a 年末数 | 比重 table leaves its share
  blank): its figure belongs to the column it stands under on the page, not the last;
* a provincial communiqué's table of its cities headed 市  别, one indicator with its unit
  in brackets a column: each figure the named city's.
"""

from __future__ import annotations

from planwatch.extract.table_lines import placed_by_position, spaced_cells
from planwatch.pipeline import analyse_text

_CITY = "某市2023年国民经济和社会发展统计公报\n某市统计局\n2024年3月20日\n一、综合\n"

_POPULATION = (
    "表1 2023年年末常住人口及其构成\n"
    "指    标          年末数(万人)    比重(%)\n"
    "常住人口            186.40\n"
    "其中:城镇            97.25           52.2\n"
    "      乡村            89.15           47.8\n"
    "二、农业\n"
    "全年农林牧渔业总产值312.6亿元,比上年增长4.1%。\n"
)


def _facts(text: str) -> dict[str, tuple]:
    return {
        text[f.start : f.end]: (f.indicator, f.kind.value, f.measure.value, f.year, f.unit)
        for f in analyse_text("t.txt", text).facts
    }


def test_header_word_spread_over_its_column_is_one_cell():
    line = "指    标          年末数(万人)    比重(%)"
    assert [c.text for c in spaced_cells(line, 0, len(line))] == [
        "指    标",
        "年末数(万人)",
        "比重(%)",
    ]
    row = "铁  路       1.85      3.2"
    assert [c.text for c in spaced_cells(row, 0, len(row))] == ["铁  路", "1.85", "3.2"]
    # (two figures of one character each are not words: 万 alone over its column is a unit)
    numbers = "5          7"
    assert [c.text for c in spaced_cells(numbers, 0, len(numbers))] == ["5", "7"]


def test_population_table_with_a_spread_header_is_read():
    facts = _facts(_CITY + _POPULATION)
    assert facts["97.25"][1:] == ("actual", "level", 2023, "万人")
    assert facts["52.2"][1:] == ("actual", "level", 2023, "%")
    assert facts["89.15"][1:] == ("actual", "level", 2023, "万人")
    assert facts["47.8"][4] == "%"


def test_short_row_figure_stands_under_its_column():
    facts = _facts(_CITY + _POPULATION)
    assert facts["186.40"][0].startswith("常住人口")
    assert facts["186.40"][1:] == ("actual", "level", 2023, "万人")


def test_placed_by_position_counts_a_chinese_character_two_wide():
    text = "指    标          年末数(万人)    比重(%)\n常住人口            186.40\n"
    header = spaced_cells(text, 0, text.index("\n"))
    row = spaced_cells(text, text.index("\n") + 1, len(text) - 1)
    placed = placed_by_position(text, row, header)
    assert [(c.text, c.slot, c.width) for c in placed] == [("常住人口", 0, 3), ("186.40", 1, 3)]
    # (a figure under no header cell: the row is left as it is)
    text2 = "指    标          年末数(万人)    比重(%)\n常住人口                                    186.40\n"
    row2 = spaced_cells(text2, text2.index("\n") + 1, len(text2) - 1)
    assert all(c.slot is None for c in placed_by_position(text2, row2, header))


_PROVINCE = (
    "某省2023年国民经济和社会发展统计公报\n某省统计局\n2024年3月1日\n一、综合\n"
    "年末全省常住人口2310.4万人,常住人口城镇化率61.35%。\n"
    "表9 2023年各市年末常住人口及城镇化率\n"
    "市  别        年末常住人口(万人)  城镇化率(%)\n"
    "甲市    402.7       78.3\n"
    "乙市    215.9       60.4\n"
    "丙市    188.1       55.7\n"
    "二、农业\n"
    "全年粮食产量1420.5万吨。\n"
)


def test_cities_table_headed_shi_bie_gives_each_city_its_figures():
    found = analyse_text("t.txt", _PROVINCE).facts
    by = {_PROVINCE[f.start : f.end]: f for f in found}
    assert by["402.7"].unit == "万人" and by["402.7"].year == 2023
    assert "常住人口" in by["402.7"].indicator
    assert by["78.3"].unit == "%" and "城镇化率" in by["78.3"].indicator
    assert by["55.7"].kind.value == "actual"


def test_a_sex_row_printed_as_one_character_names_that_part():
    text = _CITY + (
        "表1 2023年年末常住人口及其构成\n"
        "指    标          年末数(万人)    比重(%)\n"
        "常住人口            186.40\n"
        "其中:男              94.61           50.8\n"
        "      女              91.79           49.2\n"
        "二、农业\n"
    )
    facts = _facts(text)
    assert facts["94.61"][0] == "男性" and facts["94.61"][4] == "万人"
    assert facts["49.2"][0] == "女性" and facts["49.2"][4] == "%"
