"""A table's group row naming a measure over its rows (round 28): a statistical yearbook's
summary table prints 主要工业产品产量 over 原油(万吨), 水泥(万吨) …, and each row was named
主要工业产品产量-原油. The group's measure goes after the row's name (原油产量), as the official
gold names such rows. Checked on a real page of the development corpus (../shared, read only).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planwatch.extract.table_facts import sub_row_indicator
from planwatch.pipeline import analyse_text

_DOC = Path(__file__).resolve().parents[2] / "shared" / "devcorpus" / "docs" / "d201.txt"


def test_a_groups_measure_goes_after_the_rows_name():
    assert sub_row_indicator("主要工业产品产量", "原油") == "原油产量"
    assert sub_row_indicator("主要农产品播种面积", "粮食") == "粮食播种面积"
    # (A group naming no measure still heads its row's name.)
    assert sub_row_indicator("国民经济核算", "第一产业") == "国民经济核算-第一产业"


@pytest.mark.skipif(not _DOC.exists(), reason="the development corpus is not beside the project")
def test_a_yearbook_tables_products_are_named_by_their_output():
    text = _DOC.read_text(encoding="utf-8")
    names = {text[f.start : f.end]: f.indicator for f in analyse_text("d201.txt", text).facts}
    assert names["3001.0"] == "原油产量"
