"""A communiqué's product and crop tables, composed for these tests in the style statistical
bureaus print them: a 品名 name column, a value column per quantity (播种面积（亩） | 产量（吨）)
each followed by its change (比上年增减（%）), a header whose cell a pipe line left open, and
brackets printed in Unicode's small form variants (﹙%﹚)."""

from planwatch.core.data import DocType, DocumentMeta
from planwatch.core.normalise import fold
from tablefacts import one_table_facts

PLAN = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)
COMMUNIQUE = DocumentMeta(
    doc_type=DocType.STATISTICAL_COMMUNIQUE, reference_year=2024, reference_date="2024-03-28"
)

_CROPS = (
    "油料 | 48210 | 2.36 | 10530 | 3.8 |\n"
    "其中:花生 | 30120 | -1.05 | 7240 | 0.6 |\n"
    "薯类 | 25870 | 4.4 | 61020 | 5.1 |\n"
)


def _signatures(header: str) -> set[tuple]:
    return one_table_facts("全县主要农作物播种面积和产量如下:\n" + header + _CROPS, COMMUNIQUE)


def test_each_quantity_column_names_its_figures_and_the_change_after_it():
    facts = _signatures("品名 | 播种面积(亩) | 比上年增减(%) | 产量(吨) | 比上年增减(%) |\n")
    assert ("油料播种面积", "actual", "level", 2023, 48210, "亩") in facts
    assert ("油料播种面积", "actual", "growth", 2023, 2.36, "%") in facts
    assert ("油料产量", "actual", "level", 2023, 10530, "吨") in facts
    assert ("油料产量", "actual", "growth", 2023, 3.8, "%") in facts
    assert any(sig[0].endswith("花生产量") and sig[4] == 0.6 for sig in facts)


def test_a_header_cell_left_open_goes_on_under_the_next_line():
    wrapped = "品 名 | 播种面积\n(亩) |\n比上年增减(%) | 产量(吨) | 比上年增减(%) |\n"
    whole = "品名 | 播种面积(亩) | 比上年增减(%) | 产量(吨) | 比上年增减(%) |\n"
    assert _signatures(wrapped) == _signatures(whole)
    assert ("薯类播种面积", "actual", "level", 2023, 25870, "亩") in _signatures(wrapped)


def test_small_form_brackets_read_as_brackets():
    assert fold("同比增长﹙%﹚﹐产量﹙吨﹚") == "同比增长(%),产量(吨)"
    small = "品名 | 播种面积﹙亩﹚ | 比上年增减﹙%﹚ | 产量﹙吨﹚ | 比上年增减﹙%﹚ |\n"
    assert ("油料产量", "actual", "level", 2023, 10530, "吨") in _signatures(small)


def test_one_quantity_column_leaves_the_rows_names_as_they_are():
    text = (
        "品 名 | 计量单位 | 产量 | 同比增长(%) |\n"
        "原煤 | 万吨 | 1320.5 | 6.2 |\n"
        "发电量 | 亿千瓦时 | 86.4 | -2.7 |\n"
    )
    facts = one_table_facts(text, COMMUNIQUE)
    assert ("原煤", "actual", "level", 2023, 1320.5, "万吨") in facts
    assert ("发电量", "actual", "growth", 2023, -2.7, "%") in facts


def test_a_row_name_holding_a_quantity_word_is_no_header():
    text = (
        "指标 | 单位 | 绝对数 | 比上年增长(%) |\n"
        "粮食产量 | 万吨 | 52.6 | 1.9 |\n"
        "造林面积 | 公顷 | 1840 | 12.5 |\n"
    )
    facts = one_table_facts(text, COMMUNIQUE)
    assert ("粮食产量", "actual", "level", 2023, 52.6, "万吨") in facts
    assert ("造林面积", "actual", "growth", 2023, 12.5, "%") in facts


def test_a_names_abbreviation_in_brackets_is_no_unit():
    text = (
        "序号\t指标\t单位\t2020年\t2025年\t属性\n"
        "1\t生态系统生产总值(GEP)\t亿元\t652\t830\t预期性\n"
        "2\t研究与试验发展(R&D)经费投入强度\t%\t1.9\t2.5\t预期性\n"
    )
    facts = one_table_facts(text, PLAN)
    assert ("生态系统生产总值", "target", "level", 2025, 830, "亿元") in {
        (s[0].replace("(GEP)", ""), *s[1:]) for s in facts
    }


def test_a_composition_column_is_each_parts_share_in_percent():
    text = (
        "指标 | 绝对数(万元) | 增长(%) | 构成(%) |\n"
        "地区生产总值 | 512300 | 5.6 | 100 |\n"
        "第一产业 | 142100 | 4.9 | 27.7 |\n"
        "第二产业 | 96800 | 8.1 | 18.9 |\n"
    )
    facts = one_table_facts(text, COMMUNIQUE)
    assert ("第一产业", "actual", "level", 2023, 27.7, "%") in facts


def test_a_composition_table_run_on_one_line_is_read():
    text = (
        "指标   绝对数(万元)   增长(%)   构成(%)   地区生产总值   512300   5.6   100   "
        "第一产业   142100   4.9   27.7   第二产业   96800   8.1   18.9   "
        "第三产业   273400   5.2   53.4\n"
    )
    facts = one_table_facts(text, COMMUNIQUE)
    assert ("第三产业", "actual", "growth", 2023, 5.2, "%") in facts
    assert ("第三产业", "actual", "level", 2023, 53.4, "%") in facts
