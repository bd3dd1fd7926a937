"""Names without the words that frame them: the place a figure is said of (石家庄市的增速,
我省GDP总量) and the aim words after it (增长预期目标是). Sentences composed for these tests."""

from planwatch.core.data import DocType, DocumentMeta, Kind, Measure
from planwatch.extract.prose_framing import unframed
from prosefacts import prose_facts as facts_of

NEWS = DocumentMeta(doc_type=DocType.NEWS, reference_year=2024, reference_date="2024-01-22")
OUTLINE = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)


def test_a_place_written_in_full_or_a_provinces_short_name_opens_no_name():
    assert unframed("杭州市的地区生产总值增速")[0] == "地区生产总值增速"
    assert unframed("浙江GDP首次")[0] == "GDP"
    assert unframed("湖南、湖北和江西2024年GDP增长目标")[0] == "GDP增长"
    assert unframed("我县粮食总产量")[0] == "粮食总产量"


def test_what_is_left_must_still_name_something():
    # 杭州市的增长: 增长 alone names nothing, the name stays as it was.
    assert unframed("杭州市增长")[0] == "杭州市增长"
    # A county's short name before a noun is a proper name (an airport, a park).
    name = "玉龙机场旅客吞吐量"
    assert unframed(name)[0] == name


def test_aim_words_go_but_an_aim_that_is_the_noun_stays():
    assert unframed("地区生产总值增长预期目标是") == ("地区生产总值增长", True)
    assert unframed("单位生产总值能耗降低目标") == ("单位生产总值能耗降低", False)
    for kept in ("主要目标", "年度计划目标", "提前完成规划目标", "超上级下达目标"):
        assert unframed("指标" + kept)[0] == "指标" + kept


def test_in_sentences_of_several_wordings():
    facts = facts_of(
        "据悉，杭州市的地区生产总值增速预计达到6.5%。"
        "湖南、湖北和江西2024年GDP增长目标均为5.5%左右。"
        "我县粮食总产量达到42万吨。",
        NEWS,
    )
    assert facts["6.5%"].indicator == "地区生产总值增速"
    assert facts["5.5%左右"].indicator == "GDP增长"
    assert (facts["5.5%左右"].kind, facts["5.5%左右"].measure) == (Kind.TARGET, Measure.GROWTH)
    assert facts["42万吨"].indicator == "粮食总产量"


def test_an_outlines_aim_sentence_keeps_a_growth_after_its_aim_words_go():
    text = "今后五年，全市经济增长预期目标为，在提高质量效益的前提下年均增长6%左右。"
    f = facts_of(text, OUTLINE)["6%左右"]
    assert (f.kind, f.measure, f.year, f.period_start) == (Kind.TARGET, Measure.GROWTH, 2025, 2021)
    assert "目标" not in f.indicator and "增长" in f.indicator


def test_a_generic_word_left_by_a_place_is_completed_by_the_figure_named_before():
    text = "会上提出，未来五年苏州市的GDP年均增速为6%左右，无锡市的增速为6.5%左右。"
    facts = facts_of(text, NEWS)
    assert facts["6%左右"].indicator == facts["6.5%左右"].indicator == "GDP年均增速"


def test_a_percentage_of_a_group_is_the_share_that_did_what_follows():
    facts = facts_of(
        "到2025年，力争全市80%的乡镇通过省级卫生乡镇评估验收；90%以上的行政村建成综合服务站。",
        OUTLINE,
    )
    assert facts["80%"].indicator == "乡镇通过省级卫生乡镇评估验收比例"
    assert facts["90%以上"].indicator == "行政村建成综合服务站比例"
