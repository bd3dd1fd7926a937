"""Round 23's forms of evaluations, on documents written for these tests (each in the style
of a bureau's or a government's published evaluation, no sentence copied)."""

from __future__ import annotations

import pytest

from planwatch.core.data import Kind
from planwatch.describe.meta import describe
from planwatch.pipeline import analyse_text

# A bureau's summary of a sector plan's mid-term evaluation, published in December of the
# plan's third year: it counts its indicators as of a month of that year and states its
# results undated, with one clause opening with the year before.
SUMMARY = (
    "松溪市“十五五”生态环境保护规划实施中期评估报告（摘要）\n"
    "发布时间：2028-12-06\n"
    "一、主要指标进展情况\n"
    "《规划》提出4个方面14项主要指标。{statement}8项指标进度符合预期，2项指标已提前完成，"
    "4项指标进度滞后。\n"
    "全市森林覆盖率达到46.2%，城市污水集中处理率达到97.5%。2027年全市空气质量优良天数"
    "比例为88.6%。\n"
)


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("s.txt", text).facts}


def test_a_sentence_dated_by_a_month_of_its_own_year_speaks_from_that_year():
    text = SUMMARY.format(statement="截至2028年6月底，")
    meta = describe(text, name="s.txt")
    assert (meta.reference_year, meta.as_of_year) == (2028, None)
    facts = _facts(text)
    assert facts[(8.0, "项")].year == 2028
    assert facts[(46.2, "%")].year == 2028 and facts[(46.2, "%")].kind is Kind.ACTUAL
    assert facts[(88.6, "%")].year == 2027


@pytest.mark.parametrize("statement", ["", "评估显示，"])
def test_without_it_the_clause_opening_with_the_year_before_dates_the_results(statement):
    text = SUMMARY.format(statement=statement)
    assert describe(text, name="s.txt").as_of_year == 2027
    assert _facts(text)[(46.2, "%")].year == 2027


def test_a_month_inside_a_sentence_dates_its_own_figures_only():
    text = SUMMARY.format(statement="").replace(
        "2027年全市", "重大项目中，截至2028年9月底，已开工78个。2027年全市"
    )
    assert describe(text, name="s.txt").as_of_year == 2027


# A government's note to the standing committee on adjusting an outline's targets at
# mid-term, its proposals listed one a line.
ADJUSTING = (
    "关于调整《松溪市国民经济和社会发展第十五个五年规划纲要》部分指标的说明\n"
    "——2028年10月25日在市人大常委会第九次会议上\n"
    "一、调整的主要内容\n"
    "（一）地区生产总值年均增长由8%调整为6.5%左右。\n"
    "（二）常住人口城镇化率由66%下调为63%。\n"
    "二、其他情况\n"
    "全市第三产业增加值占比由上年的48.2%调整为49.6%。\n"
)


def test_a_figure_adjusted_right_after_from_is_an_aim_and_so_is_its_new_value():
    facts = _facts(ADJUSTING)
    for value in (8.0, 6.5, 66.0, 63.0):
        f = facts[(value, "%")]
        assert f.kind is Kind.TARGET and f.year == 2030, (value, f)
    assert facts[(8.0, "%")].period_start == 2026 and facts[(6.5, "%")].period_start == 2026
    # (a share that moved from last year's is a result)
    assert facts[(49.6, "%")].kind is Kind.ACTUAL and facts[(48.2, "%")].kind is Kind.ACTUAL


# A transport bureau's mid-term evaluation weighing the investment made against the plan's.
INVESTED = (
    "松溪市“十五五”综合交通运输发展规划实施中期评估报告\n"
    "松溪市交通运输局  2028年9月\n"
    "一、规划实施进展\n"
    "投资建设方面，2026—2027年全市累计完成交通固定资产投资196.2亿元，{share}。\n"
)


@pytest.mark.parametrize(
    "share", ["完成规划投资450亿元的43.6%", "完成《规划》五年投资目标450亿元的43.6%"]
)
def test_the_plans_investment_quoted_in_the_share_done_is_the_aim_of_the_subject(share):
    facts = _facts(INVESTED.format(share=share))
    aim, done = facts[(450.0, "亿元")], facts[(43.6, "%")]
    assert (aim.kind, aim.measure.value, aim.year) == (Kind.TARGET, "level", 2030)
    assert (done.kind, done.measure.value, done.year) == (Kind.ACTUAL, "level", 2027)
    assert "交通固定资产投资" in aim.indicator and "交通固定资产投资" in done.indicator


# An evaluation's sentence on a network's length: the length, what was added since the last
# plan's end, the aim quoted after 距 and what is still to go.
LENGTH = (
    "松溪市“十五五”综合交通运输发展规划实施中期评估报告\n"
    "松溪市交通运输局  2028年9月\n"
    "一、规划实施进展\n"
    "全市高速公路通车里程达到{level}公里，{added}，距{aim}公里的规划目标还差{gap}公里。\n"
)


@pytest.mark.parametrize("plan_end", ["较“十四五”末新增", "比“十四五”期末新增", "较2025年末新增"])
def test_added_since_a_plans_end_is_a_change_and_the_aim_after_ju_a_level(plan_end):
    text = LENGTH.format(level=612, added=f"{plan_end}37公里", aim=680, gap=68)
    facts = _facts(text)
    added, aim, gap = facts[(37.0, "公里")], facts[(680.0, "公里")], facts[(68.0, "公里")]
    assert (added.kind, added.measure.value, added.year) == (Kind.ACTUAL, "change", 2027)
    assert (aim.kind, aim.measure.value, aim.year) == (Kind.TARGET, "level", 2030)
    assert (gap.kind, gap.measure.value) == (Kind.ACTUAL, "change")


def test_the_aim_after_ju_is_a_level_after_a_change_too():
    text = LENGTH.format(level=612, added="比上年增加37公里", aim=680, gap=68)
    aim = _facts(text)[(680.0, "公里")]
    assert (aim.kind, aim.measure.value) == (Kind.TARGET, "level")


# A mid-term evaluation's closing projection from a pace it assumes.
PROJECTED = (
    "松溪市“十五五”规划纲要实施中期评估报告\n"
    "松溪市发展和改革委员会  2028年9月\n"
    "一、主要指标进展\n"
    "2027年全市地区生产总值达到812.4亿元，两年年均增长5.2%。\n"
    "{pace}，2030年全市地区生产总值需达到958.6亿元。\n"
)


@pytest.mark.parametrize(
    "pace", ["按年均增长6.5%测算", "按照年均增长6.5%的规划目标测算", "据测算，按年均增长6.5%计算"]
)
def test_a_pace_assumed_for_a_projection_is_an_aim_named_by_what_is_projected(pace):
    facts = _facts(PROJECTED.format(pace=pace))
    f = facts[(6.5, "%")]
    assert (f.kind, f.measure.value, f.year, f.period_start) == (Kind.TARGET, "growth", 2030, 2026)
    assert f.indicator == facts[(958.6, "亿元")].indicator and "地区生产总值" in f.indicator
    assert facts[(5.2, "%")].kind is Kind.ACTUAL


@pytest.mark.parametrize("of_year", ["仅为2025年的96.2%", "是2025年的96.2%"])
def test_a_share_of_a_years_level_is_a_level(of_year):
    text = PROJECTED.format(pace="按年均增长6.5%测算").replace("两年年均增长5.2%", f"{of_year}")
    f = _facts(text)[(96.2, "%")]
    assert (f.kind, f.measure.value, f.year, f.period_start) == (Kind.ACTUAL, "level", 2027, None)


# A mid-term evaluation as a PDF text layer: a run-in heading's line goes on in prose and
# breaks short between a name and its figure.
WRAPPED = (
    "松溪市“十五五”规划纲要实施情况中期评估报告\n"
    "一、主要目标指标完成情况\n"
    "《纲要》确定的主要指标中，18 项达到或超过序时进\n"
    "度，其中 2 项已提前完成五年目标；3 项进度滞后，\n"
    "主要是节能减排方面的约束性指标。\n"
    "（一）经济总量。2027 年全市地区生产总值达到 1836.\n"
    "2 亿元，2026—2027 年年均增长 6.1%，高于《纲要》\n"
    "年均增长 6% 的预期目标。地方级财政收入 98.4 亿元，年\n"
    "均增长 7.2%，快于 6.5% 的规划目标。规模以上工业增加值\n"
    "两年年均增长 7.8%，高新技术产业增加值占规上工业比重\n"
    "提高到 18.6%，比 2025 年提高 2.3 个百分点，新兴产业加\n"
    "快壮大。社会消费品零售总额达到 712.5 亿元，年均增长\n"
    "5.4%，消费对经济增长的拉动作用持续增强，城乡市场繁荣\n"
    "活跃。常住人口城镇化率达到 63.8%，比 2025 年提高 1.6 个\n"
    "百分点，城乡融合发展取得新进展。\n"
    "（二）资源环境。单位地区生产总值能耗两年累计下降\n"
    "5.6%，低于序时进度；化学需氧量排放量累计减少 2.4%。\n"
)


def test_a_run_in_headings_line_broken_before_its_figure_runs_on():
    facts = {WRAPPED[f.start : f.end]: f for f in analyse_text("w.txt", WRAPPED).facts}
    f = facts["5.6%"]
    assert "单位地区生产总值能耗" in f.indicator and f.value == -5.6
    assert (f.kind, f.measure.value, f.year, f.period_start) == (Kind.ACTUAL, "growth", 2027, 2026)


def test_a_short_line_ending_with_a_comma_runs_on():
    text = WRAPPED.replace(
        "2 亿元，2026—2027 年年均增长 6.1%，高于《纲要》\n年均增长 6% 的预期目标。",
        "2 亿元，2026—2027 年年均增长 6.1%，\n高于《纲要》年均增长 6% 的预期目标。",
    )
    assert text != WRAPPED
    facts = {text[f.start : f.end]: f for f in analyse_text("w.txt", text).facts}
    aim = facts["6%"]
    assert "地区生产总值" in aim.indicator and (aim.kind, aim.year) == (Kind.TARGET, 2030)


def test_words_a_wrap_cut_still_frame_the_aim():
    # (控制在规划确 / 定的 5.5%以内, 完成五年目标 10 万人 / 的 39.0%: the page's edge cut the
    # words, the reader's blank stands between them.)
    text = WRAPPED + (
        "（三）民生福祉。城镇调查失业率为 5.1%，控制在规划确\n"
        "定的5.5%以内。两年新增城镇就业 3.9 万人，完成五年目标10万人\n"
        "的39.0%，常住人口城镇化率达到 63.8%，比 2025 年提高 1.6 个\n"
        "百分点，城乡融合发展取得新进展。\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("w.txt", text).facts}
    for figure in ("5.5%以内", "10万人"):
        assert (facts[figure].kind, facts[figure].year) == (Kind.TARGET, 2030), figure
    assert (facts["39.0%"].kind, facts["39.0%"].measure.value) == (Kind.ACTUAL, "level")


@pytest.mark.parametrize("gap", ["存在较大差距", "仍有较大差距"])
def test_the_aim_as_first_set_after_its_figure_is_the_aim_of_the_figure_before(gap):
    text = ADJUSTING.replace(
        "一、调整的主要内容\n",
        "一、调整的必要性\n2026年、2027年全市地区生产总值分别增长6.2%、6.0%，"
        f"今年前三季度增长5.8%，与年均增长8%的原定目标{gap}。\n一、调整的主要内容\n",
    )
    aims = [f for f in analyse_text("a.txt", text).facts if f.value == 8.0]
    first = min(aims, key=lambda f: f.start)
    assert "地区生产总值" in first.indicator and first.kind is Kind.TARGET


def test_items_led_in_by_a_colon_take_no_time_from_the_sentences_before_it():
    # The lead-in (评估重点包括以下几个方面：) names no year; the plan's name (“十三五”) and
    # 实施两年多来 before it in the paragraph are no year for the items: their results are of
    # the evaluation's as-of year, not the plan's last.
    text = (
        "《恩施州“十三五”文化旅游发展规划》实施情况中期评估完成\n"
        "2018-09-12 09:30　来源：州文化旅游局\n"
        "　　近日，州文旅局完成了《恩施州“十三五”文化旅游发展规划》（以下简称《规划》）实施情况"
        "中期评估。评估认为，《规划》实施两年多来，"
        "全州文化旅游业保持平稳发展。评估重点包括以下几个方面：\n"
        "　　——基础设施。全州A级旅游景区达到64个，新增星级饭店9家。\n"
        "　　——重大项目。已开工重大项目27个，累计完成投资96.4亿元。\n"
    )
    facts = analyse_text("m.txt", text).facts
    years = {f.value: f.year for f in facts}
    assert years[64] == years[9] == years[27] == years[96.4] == 2017


def test_a_year_opening_the_lead_in_paragraph_still_dates_its_items():
    text = (
        "某州2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "一、2023年计划执行情况\n"
        "2023年，全州经济运行持续恢复。州人大会议确定的主要预期目标执行情况如下：\n"
        "1.地区生产总值：计划增长6%左右，预计增长4.6%。\n"
        "2.城镇、农村居民人均可支配收入：计划分别增长6%、8%，预计分别增长4.3%、7.5%。\n"
    )
    facts = analyse_text("i.txt", text).facts
    aims = sorted(f.value for f in facts if f.kind is Kind.TARGET and f.year == 2023)
    assert aims == [6, 6, 8]
