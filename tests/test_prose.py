"""The prose extractor on real sentences of the sample documents."""

from planwatch.core.data import (
    Comparator,
    DocType,
    DocumentMeta,
    ExtractContext,
    Kind,
    Measure,
    Outline,
)
from planwatch.extract.prose import ProseExtractor

NEWS_2023 = DocumentMeta(doc_type=DocType.NEWS, year=2023)
REPORT_2021 = DocumentMeta(doc_type=DocType.WORK_REPORT, year=2021)
PLAN_14 = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2021, period_end=2025)


def run(text, meta=NEWS_2023):
    facts = ProseExtractor().extract(text, ExtractContext("t.txt", meta, Outline()))
    for f in facts:  # every fact shows its number and sits in its quote
        assert any(ch.isdigit() or ch in "零一二三四五六七八九十百千" for ch in text[f.start : f.end])
        assert f.quote_start <= f.start and f.end <= f.quote_end
        assert f.origin == "prose" and f.jurisdiction is None
    return facts


def row(f, text):
    return (text[f.start : f.end], f.indicator, f.kind, f.measure, f.year, f.period_start,
            f.value, f.unit, f.comparator)


def test_level_and_growth_in_one_clause():
    text = "2022亮点回顾\n\n●全年地区生产总值458.51亿元,增长2.8%\n"
    facts = run(text)
    assert [row(f, text) for f in facts] == [
        ("458.51亿元", "地区生产总值", Kind.ACTUAL, Measure.LEVEL, 2022, None, 458.51, "亿元",
         Comparator.EQ),
        ("2.8%", "地区生产总值", Kind.ACTUAL, Measure.GROWTH, 2022, None, 2.8, "%", Comparator.EQ),
    ]


def test_target_and_stretch_target():
    text = "2023年工作安排\n\n经济社会发展主要预期目标:\n\n地区生产总值增长8%,力争实现8.5%\n"
    facts = run(text)
    assert [(row(f, text)) for f in facts] == [
        ("8%", "地区生产总值", Kind.TARGET, Measure.GROWTH, 2023, None, 8, "%", Comparator.EQ),
        ("8.5%", "地区生产总值", Kind.TARGET, Measure.GROWTH, 2023, None, 8.5, "%",
         Comparator.EQ),
    ]


def test_distributes_over_a_list_and_declines_are_negative():
    text = ("五年来,我们大力保障和改善民生。刑事治安警情数、刑事立案数分别比“十二五”下降"
            "29.1%、29.6%。")
    facts = run(text, REPORT_2021)
    assert [(f.indicator, f.value, f.measure, f.kind) for f in facts] == [
        ("刑事治安警情数", -29.1, Measure.GROWTH, Kind.ACTUAL),
        ("刑事立案数", -29.6, Measure.GROWTH, Kind.ACTUAL),
    ]
    assert facts[0].period_start == 2016 and facts[0].year == 2020


def test_base_year_change_and_average_growth():
    text = "全市地区生产总值在全省排名实现争先进位,2020年实现3201亿元,比2015年增加961亿元,五年年均增长5.9%。"
    facts = run(text, REPORT_2021)
    got = [(text[f.start : f.end], f.measure, f.year, f.period_start, f.kind) for f in facts]
    assert got == [
        ("3201亿元", Measure.LEVEL, 2020, None, Kind.ACTUAL),
        ("961亿元", Measure.CHANGE, 2020, 2016, Kind.ACTUAL),
        ("5.9%", Measure.GROWTH, 2020, 2016, Kind.ACTUAL),
    ]


def test_plan_target_with_period_and_approx():
    text = "经济发展更加高质量。地区生产总值年均增长6%左右,经济在高质量发展的基础上自然稳健运行。"
    (f,) = run(text, PLAN_14)
    assert row(f, text) == ("6%左右", "地区生产总值", Kind.TARGET, Measure.GROWTH, 2025, 2021, 6,
                            "%", Comparator.APPROX)


def test_to_year_target_and_bare_wan_unit():
    text = "到2025年底,建设成为一个人口达65万、人均GDP居全省前列的中等规模城市。"
    (f,) = run(text, PLAN_14)
    assert (text[f.start : f.end], f.kind, f.year, f.value, f.unit) == (
        "65万", Kind.TARGET, 2025, 65, "万人")
    assert "人口" in f.indicator


def test_comparators_and_thresholds():
    text = ("2023年工作安排\n7.力争引进亿元以上项目不少于55个、计划投资额不少于300亿元,"
            "10亿元以上项目不少于8个。\n3.推动“倍增计划”在库企业实现主营业务收入倍增,"
            "70家以上工业企业实现“小升规”。\n")
    facts = run(text)
    got = [(text[f.start : f.end], f.value, f.unit, f.comparator) for f in facts]
    assert got == [
        ("55个", 55, "个", Comparator.GE),
        ("300亿元", 300, "亿元", Comparator.GE),
        ("8个", 8, "个", Comparator.GE),  # 10亿元以上 defines the projects: no fact
        ("70家以上", 70, "家", Comparator.GE),
    ]
    assert facts[3].indicator == "工业企业"


def test_value_first_then_noun_and_two_units():
    text = "2023年工作安排\n1.建设240公顷(3600亩)高标准农田,完成1公顷(15亩)以下撂荒耕地整治。\n"
    facts = run(text)
    assert [(text[f.start : f.end], f.indicator, f.kind, f.year) for f in facts] == [
        ("240公顷", "建设高标准农田", Kind.TARGET, 2023),
        ("3600亩", "建设高标准农田", Kind.TARGET, 2023),
    ]


def test_not_facts_dates_names_list_numbers():
    text = ("2023 年 2 月 25 日 星期六\n全面推进“百县千镇万村高质量发展工程”,推动“数字政府”2.0建设。"
            "鹤山市十六届人大三次会议期间,建成5G基站。落实“1+10+139”保护网络,连续五年获评优秀,"
            "打造双合千亩茶园,实施“十百千万”三年行动。\n")
    assert run(text) == []


def test_ranks_zero_and_doubling():
    text = "2022亮点回顾\n●以省内县(市)排名第一的成绩跻身“中国最具吸引力县城”\n"
    (f,) = run(text)
    assert (text[f.start : f.end], f.value, f.unit) == ("第一", 1, "位")
    text = "2023年工作安排\n5.建成生活垃圾资源化处理提质改造项目,实现原生生活垃圾“零填埋”。\n"
    (f,) = run(text)
    assert (text[f.start : f.end], f.value, f.indicator, f.kind) == (
        "零", 0, "原生生活垃圾填埋", Kind.TARGET)
    text = "到2025年,全市地区生产总值较2020年翻一番。"
    (f,) = run(text, PLAN_14)
    assert (f.value, f.unit, f.measure, f.year, f.period_start) == (
        100, "%", Measure.GROWTH, 2025, 2021)


def test_percentage_points_and_unit_borrowing():
    text = "2020年,高技术产业、先进制造业增速分别比工业整体水平高9.3、0.6个百分点。"
    facts = run(text, REPORT_2021)
    assert [(f.indicator, f.value, f.unit, f.measure) for f in facts] == [
        ("高技术产业", 9.3, "个百分点", Measure.CHANGE),
        ("先进制造业增速", 0.6, "个百分点", Measure.CHANGE),
    ]


def test_range_is_one_fact_at_lower_bound():
    text = "2021年主要预期目标\n地区生产总值增长6%-7%。\n"
    (f,) = run(text, REPORT_2021)
    assert (text[f.start : f.end], f.value, f.comparator, f.kind, f.year) == (
        "6%-7%", 6, Comparator.GE, Kind.TARGET, 2021)


def test_fullwidth_and_spaced_numbers():
    text = "2022亮点回顾\n新增就业 2.82 万人,城镇登记失业率２ . ５％。\n"
    facts = run(text)
    assert [(f.value, f.unit) for f in facts] == [(2.82, "万人"), (2.5, "%")]
    assert text[facts[1].start : facts[1].end] == "２ . ５％"


def test_corpus_document_speed_and_grounding():
    import time
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "000_78da752c5f85d6f1.txt"
    if not path.exists():
        path = Path("/work/shared/corpus/000_78da752c5f85d6f1.txt")
    text = open(path, encoding="utf-8", newline="").read()
    t0 = time.perf_counter()
    facts = ProseExtractor().extract(text, ExtractContext(path.name, PLAN_14, Outline()))
    assert time.perf_counter() - t0 < 1.0
    assert len(facts) > 50
    for f in facts:
        assert f.quote_start <= f.start < f.end <= f.quote_end <= len(text)
