"""Forms of real pages (round 14): how real evaluations, outlines and releases are laid out.
Every text is composed for these tests in the style of official documents.

- A cover title broken over two lines, the plan's name on the first and what the document
  is on the second (…第十四个五年规划纲要 / 实施情况中期评估报告), is one title: the document
  is the evaluation, not the outline it names first. A title whose second line opens a
  subject of its own (an issuer, a subtitle) is not joined.
- A table's unit line listing several units (单位：亿元、公里、%) gives each row that prints
  none the unit its name tells: a share or rate %, a length (里程) 公里, a per-head amount 元,
  else the first listed; a rise or a fall (…能耗降低) is in %.
- A header cell of a one-cell-per-line table with a note's number glued to it (〔累计〕1, the
  superscript of a page flattened to text) is a header cell, a column of its own: the rows'
  bracketed cells fall under it, not under the target year before it.
- A document-sharing site's viewer page (《….docx》由会员分享…请在…上搜索) numbers its chunks
  1、 2、 3、 at line starts wherever a chunk ends: inside a sentence the number is no figure
  and the sentence reads on across it (乡村公路 / 3、418公里 is 418 公里 of 乡村公路); the
  same numbers in a text without a viewer's head are the text's own list.
- A paper's story on a quarter's economy (一季度经济运行情况新闻发布会) is statistics news,
  and a release of the year's first months on a part of the year (一季度, 1—5月) reports the
  year it is published in: its undated figures are that year's, not the year before.
- An HTML table flattened one cell a line, each cell closed by `` |`` and its rows parted by
  lines of bars, reads as the one-cell-a-line table it is (年末数 / 比重 columns of a
  population table); a markdown table's rows keep their bars.
- After a comparison with the area above (低于全省0.42个百分点), a clause naming that area
  alone (，全省为2.10%) gives the same indicator's figure of that area.
"""

from __future__ import annotations

from planwatch.core.data import DocType
from planwatch.describe.doctype import detect_doc_type
from planwatch.describe.title_lines import joined_title
from planwatch.extract.table_listed_units import listed_unit
from planwatch.pipeline import analyse_text
from planwatch.read.pipe_cells import blank_pipe_cells
from planwatch.read.viewer import viewer_marks

_BODY = (
    "《纲要》经市人民代表大会审查批准印发实施。按照统一部署，开展了《纲要》实施情况评估。"
    "《纲要》设置了16项主要指标，其中11项达到或快于序时进度，3项基本符合预期，2项进度滞后。\n"
)


def test_a_cover_title_over_two_lines_is_the_evaluation() -> None:
    text = (
        "甲市国民经济和社会发展第十四个五年规划纲要\n实施情况中期评估报告\n\n"
        "甲市发展和改革委员会\n2023年9月\n\n" + _BODY
    )
    assert detect_doc_type(text) is DocType.MIDTERM_EVALUATION


def test_a_sector_plan_title_over_two_lines_is_its_evaluation() -> None:
    text = (
        "甲市“十四五”水利发展规划\n实施情况中期评估报告（摘要）\n\n甲市水利局\n2023年7月\n\n"
        + _BODY
    )
    assert detect_doc_type(text) is DocType.MIDTERM_EVALUATION


def test_an_outline_title_with_its_issuer_below_stays_the_outline() -> None:
    text = (
        "甲市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n甲市人民政府\n"
        "2021年2月\n\n第一章 发展基础\n“十三五”时期，全市地区生产总值年均增长6.8%。\n"
    )
    assert detect_doc_type(text) is DocType.FIVE_YEAR_PLAN


def test_only_a_line_going_on_from_the_plan_is_joined() -> None:
    assert joined_title("乙县“十四五”规划纲要", ["实施情况中期评估报告"]).endswith("评估报告")
    assert joined_title("乙县“十四五”规划纲要", ["执行情况的报告"]).endswith("报告")
    assert joined_title("乙县“十四五”规划纲要", ["乙县人民政府"]) == "乙县“十四五”规划纲要"
    assert joined_title("乙县“十四五”规划纲要", []) == "乙县“十四五”规划纲要"


def test_a_listed_unit_is_chosen_by_the_row_name() -> None:
    listed = "亿元、公里、%"
    assert listed_unit(listed, "一级公路通车里程") == "公里"
    assert listed_unit(listed, "行政村通硬化路比例") == "%"
    assert listed_unit(listed, "交通运输投资") == "亿元"
    assert listed_unit("亿元、元、%", "人均地区生产总值") == "元"
    assert listed_unit("亿元、元、%", "森林覆盖率") == "%"
    assert listed_unit("亿元、元、%", "单位地区生产总值能耗降低") == "%"
    assert listed_unit("万吨", "粮食产量") == "万吨"
    assert listed_unit(None, "粮食产量") is None


def test_rows_under_a_unit_line_listing_several_units() -> None:
    text = (
        "甲市“十四五”综合交通运输发展规划实施情况中期评估报告\n\n"
        "一、主要指标进展\n规划确定的4项主要指标中，3项符合序时进度，1项滞后。\n\n"
        "表1  主要指标中期进展\n单位：亿元、公里、%\n"
        "指标名称                     2020年    2022年    2025年目标    进度评价\n"
        "交通运输投资（五年累计）        —        [210.5]   [480]         符合\n"
        "一级公路通车里程               412       455       560           滞后\n"
        "行政村通硬化路比例             88.4      93.1      100           符合\n"
        "乡镇通客车比例                 91.2      96.6      100           符合\n"
    )
    facts = analyse_text("t.txt", text).facts
    units = {(f.indicator, f.value): f.unit for f in facts}
    assert units[("一级公路通车里程", 455.0)] == "公里"
    assert units[("一级公路通车里程", 560.0)] == "公里"
    assert units[("行政村通硬化路比例", 93.1)] == "%"
    assert any(u == "亿元" for (name, v), u in units.items() if v == 210.5)


def test_a_header_cell_with_a_note_mark_is_its_own_column() -> None:
    text = (
        "甲市“十四五”林业发展规划\n\n第二章 发展目标\n到2025年，全市森林质量稳步提升。\n\n"
        "专栏1  主要指标\n指标\n2020年\n2025年\n〔累计〕1\n属性\n"
        "森林覆盖率（%）\n41.3\n42.5\n〔1.2〕\n约束性\n"
        "森林蓄积量（万立方米）\n880\n960\n-\n约束性\n"
        "新增造林面积（万亩）\n-\n-\n〔36〕\n预期性\n"
        "注：1.〔 〕内为五年累计数。\n"
    )
    facts = analyse_text("t.txt", text).facts
    got = {(f.value, f.kind.value, f.measure.value, f.year) for f in facts if f.start > 40}
    assert (42.5, "target", "level", 2025) in got
    assert (1.2, "target", "change", 2025) in got
    # (a sum of new area over the five years: its measure is the table reader's call)
    assert any(g[0] == 36.0 and g[1] == "target" and g[3] == 2025 for g in got)
    assert (960.0, "target", "level", 2025) in got


_VIEWER = (
    "乙县人大常委会关于“十四五”规划纲要实施情况中期评估的调研报告.docx\n"
    "《乙县人大常委会关于“十四五”规划纲要实施情况中期评估的调研报告.docx》由会员分享,"
    "可在线阅读,更多相关《…调研报告.docx(5页珍藏版)》请在某某文库上搜索。\n"
    "1、乙县人大常委会关于“十四五”规划纲要实施情况中期评估的调研报告为做好审议准备工作,"
    "县人大常委会开展了专题调研。现将调研情况报告如下:一、总体情况2022年全县地区生产总值"
    "达到286.4亿元,两年新建乡村公路\n"
    "2、418公里,改造危房1260户。二、存在的问题2022年县级政府债务率达到\n"
    "3、132.5%,偿债压力较大。\n"
)


def test_a_viewer_chunk_number_cuts_no_figure() -> None:
    facts = analyse_text("t.txt", _VIEWER).facts
    by_value = {f.value: f for f in facts}
    assert 418.0 in by_value and by_value[418.0].unit == "公里"
    assert "公路" in by_value[418.0].indicator
    assert 132.5 in by_value and by_value[132.5].unit == "%"
    assert "债务率" in by_value[132.5].indicator
    assert 2.0 not in by_value and 3.0 not in by_value


def test_chunk_numbers_only_on_a_viewer_page() -> None:
    assert [_VIEWER[a:b] for a, b in viewer_marks(_VIEWER)] == ["1、", "2、", "3、"]
    own_list = "重点任务\n1、建成乡村公路418公里。\n2、改造危房1260户。\n"
    assert viewer_marks(own_list) == []


_QUARTER = (
    "丙市一季度经济稳中有升 地区生产总值增长6.2%\n\n2024-04-26 10:15   来源：丙市日报\n\n"
    "4月25日，丙市召开2024年一季度经济运行情况新闻发布会。记者从会上获悉，一季度全市经济"
    "运行平稳。\n\n一季度全市实现地区生产总值88.6亿元，同比增长6.2%。\n\n"
    "工业方面，全市规模以上工业增加值同比增长9.1%，比上年同期加快2.3个百分点。\n"
)


def test_a_quarter_story_is_statistics_news_of_its_own_year() -> None:
    assert detect_doc_type(_QUARTER) is DocType.STATISTICAL_NEWS
    analysed = analyse_text("t.txt", _QUARTER)
    years = {f.value: f.year for f in analysed.facts}
    assert years[9.1] == 2024
    assert years[88.6] == 2024


def test_a_release_on_last_year_keeps_last_year() -> None:
    text = (
        "丙市统计局发布2023年统计数据 全市地区生产总值增长5.6%\n\n2024-03-20 来源：丙市日报\n\n"
        "记者从市统计局获悉，全市地区生产总值达到356.2亿元，增长5.6%。"
        "全市规模以上工业增加值增长7.4%。\n"
    )
    analysed = analyse_text("t.txt", text)
    assert {f.value: f.year for f in analysed.facts}.get(7.4) == 2023


_PIPES = (
    "全年出生人口2310人，出生率为12.6‰。\n\n"
    "表1 2019年末常住人口及其构成 |\n||\n|\n指 标 |\n年末数(万人) |\n比重(%) |\n|\n"
    "全县常住人口 |\n28.46 |\n100.0 |\n|\n其中：城镇 |\n13.02 |\n45.7 |\n|\n"
    "乡村 |\n15.44 |\n54.3 |\n|\n\n全年城镇新增就业2860人。\n"
)


def test_a_table_of_bar_closed_cells_reads_as_one_cell_a_line() -> None:
    facts = analyse_text("t.txt", _PIPES).facts
    got = {(f.value, f.unit) for f in facts}
    assert (28.46, "万人") in got and (13.02, "万人") in got and (15.44, "万人") in got
    assert (45.7, "%") in got and (54.3, "%") in got


def test_bars_of_a_page_line_are_left() -> None:
    nav = "首页 | 政务公开 | 互动交流 |\n全年城镇新增就业2860人。\n"
    assert blank_pipe_cells(nav) == nav
    rows = "| 指标 | 2020年 |\n|---|---|\n| 粮食产量 | 41.2 |\n"
    assert blank_pipe_cells(rows + _PIPES).startswith(rows)


def test_the_compared_area_alone_names_the_figure_compared() -> None:
    text = (
        "丁市国民经济和社会发展第十四个五年规划纲要实施情况中期评估报告\n\n"
        "2022年全市研究与试验发展经费投入强度为1.68%，低于全省0.42个百分点，全省为2.10%。\n"
    )
    facts = analyse_text("t.txt", text).facts
    names = {f.value: f.indicator for f in facts}
    assert "研究与试验发展经费投入强度" in names[2.10]
