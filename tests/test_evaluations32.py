"""Years and names in evaluations (round 32), composed here in the style of a 人大 deliberation
opinion on a mid-term evaluation and of a county's tourism review (the figures are this file's
own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_OPINION = (
    "某市人大常委会关于市“十四五”规划纲要实施情况中期评估报告的审议意见\n"
    "发布时间：2023-11-28\n"
    "一、总体评价\n"
    "纲要实施以来，市人民政府较好地推进了纲要确定的目标任务。"
    "2022年全市实现地区生产总值862.4亿元，一般公共预算收入达到61.5亿元。"
    "研究与试验发展经费支出占地区生产总值比重达到2.74%，森林覆盖率保持在41.2%。\n"
    "二、存在的问题\n"
    "一是创新投入不足，研发经费投入强度距3.2%的目标还差0.46个百分点。"
    "二是城镇化率距规划目标68%差距较大。\n"
)

_REVIEW = (
    "某县“十四五”文化和旅游发展规划\n"
    "发布时间：2021-09-15\n"
    "一、发展基础\n"
    "“十三五”以来，全县旅游业加快发展。2019年全县接待游客412万人次，是2015年的1.8倍。"
    "受疫情影响，2020年接待游客降至301万人次。全县现有A级旅游景区9家，星级饭店4家。\n"
)


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_a_sentence_led_by_the_year_under_review_dates_the_look_backs_later_sentences():
    got = _facts("某市中期评估审议意见.txt", _OPINION)
    assert (got["862.4亿元"].year, got["61.5亿元"].year) == (2022, 2022)
    assert (got["2.74%"].year, got["41.2%"].year) == (2022, 2022)


def test_an_earlier_year_in_a_look_back_dates_only_its_own_sentence():
    got = _facts("某县旅游规划.txt", _REVIEW)
    assert got["412万人次"].year == 2019
    assert (got["9家"].year, got["4家"].year) == (2020, 2020)


def test_an_aim_a_result_is_measured_against_is_named_as_the_indicator_itself():
    # (Its kind says it is the aim: a name ending 规划目标 would keep the ledger from setting
    # it beside the results of the same indicator.)
    got = _facts("某市中期评估审议意见.txt", _OPINION)
    assert got["3.2%"].kind.value == "target" and got["3.2%"].indicator == "研发经费投入强度"
    assert got["68%"].kind.value == "target" and got["68%"].indicator == "城镇化率"


_DAILY = (
    "某省日报 | 新闻 | 数字报\n"
    "来源：某省日报　　发布时间：2023-11-30 07:10\n"
    "我省“十四五”规划纲要实施进度总体符合预期\n"
    "18项主要指标符合或快于预期　后两年需加力补齐短板\n"
    "本报讯（记者 王敏）记者从省发展改革委获悉，纲要实施中期评估报告已经省政府审议通过。"
    "2022年，全省地区生产总值达到2.91万亿元。\n"
    "创新动能持续增强。数字经济核心产业增加值占地区生产总值比重达到6.2%，有效发明专利拥有量3.1万件。\n"
    "民生福祉不断增进。两年全省城镇新增就业累计88.4万人，城乡居民收入比缩小到2.41。\n"
)

_SESSIONS = (
    "某市新闻网\n"
    "时间：2024-01-12 09:00　来源：某市融媒体中心\n"
    "市十八届人大三次会议开幕\n"
    "报告显示，经市人大常委会审议的“十四五”规划纲要实施中期评估结果表明，纲要确定的28项主要指标中，"
    "23项达到或超过预期进度，5项需加快追赶。\n"
)


def test_a_look_ahead_in_a_pages_subtitle_dates_no_figure_below_it():
    got = _facts("某省日报.txt", _DAILY)
    for value in ("6.2%", "3.1万件", "2.41"):
        assert (got[value].kind.value, got[value].year) == ("actual", 2022), value
    assert (got["88.4万人"].kind.value, got["88.4万人"].year) == ("actual", 2022)


def test_the_plan_an_evaluation_weighs_names_no_years_of_its_findings():
    got = _facts("某市人代会.txt", _SESSIONS)
    for value in ("23项", "5项"):
        assert got[value].kind.value == "actual" and got[value].year == 2023, value


_MIDTERM = (
    "关于某省“十三五”规划纲要实施情况的中期评估报告\n"
    "——2018年11月20日在省十三届人大常委会第八次会议上\n"
    "一、主要目标实现情况\n"
    "《纲要》确定的30项主要指标中，已提前完成期末目标的5项，超过进度要求的12项，达到进度要求的9项，"
    "进度滞后的4项。\n"
    "——经济平稳增长。前两年全省地区生产总值年均增长7.2%，预计2018年增长7%左右。"
    "固定资产投资2016年、2017年和2018年上半年分别增长10.1%、9.4%和8.8%，均高于规划目标；"
    "社会消费品零售总额分别增长10.6%、10.2%和9.7%。\n"
    "——人民生活持续改善。2016年、2017年和2018年上半年，全省居民人均可支配收入分别为24310元、"
    "26520元和14080元。城镇新增就业分别为58.2万人、60.4万人和31.5万人。\n"
)


def test_counts_each_after_its_status_are_results():
    got = _facts("某省中期评估.txt", _MIDTERM)
    for value in ("5项", "12项", "9项", "4项"):
        assert got[value].kind.value == "actual", value


def test_a_result_then_another_years_estimate_is_no_aim_and_its_result():
    got = _facts("某省中期评估.txt", _MIDTERM)
    assert (got["7.2%"].kind.value, got["7.2%"].year) == ("actual", 2017)


def test_years_listed_after_a_subject_go_on_to_the_next_shared_out_list():
    got = _facts("某省中期评估.txt", _MIDTERM)
    assert [got[v].year for v in ("10.1%", "9.4%", "8.8%")] == [2016, 2017, 2018]
    assert [got[v].year for v in ("10.6%", "10.2%", "9.7%")] == [2016, 2017, 2018]


def test_years_listed_in_a_sentence_go_on_to_a_later_shared_out_list_naming_none():
    got = _facts("某省中期评估.txt", _MIDTERM)
    assert [got[v].year for v in ("58.2万人", "60.4万人", "31.5万人")] == [2016, 2017, 2018]


_FINAL = (
    "某市“十三五”规划纲要实施总结评估报告\n"
    "发布时间：2021-04-16\n"
    "一、主要指标完成情况\n"
    "《纲要》确定的26项主要指标中，超额完成的9项指标是：常住人口城镇化率、森林覆盖率等；"
    "基本完成的12项指标主要是粮食综合生产能力、基本养老保险参保率等。\n"
    "“十三五”时期，外贸进出口总额2150.6亿元，为规划目标2500亿元的86%。\n"
)

_OUTLINE = (
    "某市国民经济和社会发展第十五个五年规划纲要\n"
    "发布时间：2026-02-10\n"
    "第二节　主要目标\n"
    "到2030年，研究与试验发展经费投入强度达到2.6%，比2025年预计的2.05%提高0.55个百分点。\n"
)


def test_counts_after_completed_as_their_status_are_results():
    got = _facts("某市总结评估.txt", _FINAL)
    assert got["9项"].kind.value == "actual" and got["12项"].kind.value == "actual"


def test_the_share_a_result_is_of_the_plans_aim_is_a_result():
    got = _facts("某市总结评估.txt", _FINAL)
    assert (got["2500亿元"].kind.value, got["86%"].kind.value) == ("target", "actual")


def test_the_estimate_a_change_is_counted_from_is_that_years_result():
    got = _facts("某市十五五纲要.txt", _OUTLINE)
    assert (got["2.05%"].kind.value, got["2.05%"].year) == ("actual", 2025)
    assert (got["2.6%"].kind.value, got["2.6%"].year) == ("target", 2030)


_SECTOR = (
    "某县水利发展“十四五”规划中期评估报告\n"
    "发布时间：2023-10-16\n"
    "县水利局对《规划》实施以来至2023年6月底的执行情况进行了中期评估。\n"
    "一、规划实施总体情况\n"
    "《规划》确定“十四五”期间全县水利建设总投资32.5亿元。2021年、2022年和2023年上半年，"
    "全县分别完成水利投资5.2亿元、7.9亿元和3.6亿元。《规划》安排的72个项目中，已完工26个，在建21个。\n"
    "2022年全县用水总量为2.48亿立方米。\n"
    "农村供水保障能力提升，农村自来水普及率达到95.8%。\n"
    "河湖治理有序推进。《规划》安排治理河道150公里，已完成62公里。\n"
)


def test_a_review_up_to_a_month_of_its_year_reports_that_years_results():
    got = _facts("某县水利规划中期评估.txt", _SECTOR)
    assert got["2.48亿立方米"].year == 2022
    assert (got["95.8%"].kind.value, got["95.8%"].year) == ("actual", 2023)


def test_what_the_plan_set_opening_a_paragraph_gives_no_time_to_its_results():
    got = _facts("某县水利规划中期评估.txt", _SECTOR)
    assert (got["32.5亿元"].kind.value, got["32.5亿元"].year) == ("target", 2025)
    for value in ("26个", "21个"):
        assert (got[value].kind.value, got[value].year) == ("actual", 2023), value


def test_what_the_plan_set_out_is_its_aim_and_what_was_done_the_result():
    got = _facts("某县水利规划中期评估.txt", _SECTOR)
    assert (got["150公里"].kind.value, got["150公里"].year) == ("target", 2025)
    assert got["62公里"].kind.value == "actual"
