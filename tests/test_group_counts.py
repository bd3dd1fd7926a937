"""Counts that name a group, on sentences written for these tests: the set an area is ranked
or compared within (在全省12个设区市中排名第2位), a group a part of which is counted after its
中 (9个县（市、区）中，…的有4个) and a whole group whose measure the clause gives (全省21个设区市
平均优良天数比例为88.6%). The count is the size of the set, no result: no fact (GOLD_SPEC's
annotators never mark one). The rank, the part and the measure stay facts, and so do counts
that are the result (新增3个省级开发区, 12个县（市、区）全部通过评估认定)."""

from planwatch.core.data import DocType, DocumentMeta, Measure
from prosefacts import COMMUNIQUE_2023, prose_facts

EVALUATION = DocumentMeta(
    doc_type=DocType("plan_midterm_evaluation"), reference_year=2023, reference_date="2023-09-20"
)


def test_the_group_a_rank_is_taken_in_is_no_fact():
    text = (
        "全市地区生产总值增长6.1%，在全省12个设区市中排名第2位；城镇居民人均可支配收入"
        "居全省15个地级市第4位，居民人均可支配收入位居全国31个省（区、市）第9位。"
    )
    facts = prose_facts(text, COMMUNIQUE_2023)
    for count in ("12个", "15个", "31个"):
        assert count not in facts, count
    assert facts["第2位"].value == 2 and facts["第2位"].unit == "位"
    assert facts["第4位"].value == 4
    assert facts["第9位"].value == 9
    assert facts["6.1%"].measure == Measure.GROWTH


def test_a_group_named_before_a_comparison_is_no_fact():
    text = (
        "与全省12个设区市相比，本市常住人口城镇化率列第5位。全市PM2.5浓度在全国74个重点城市中"
        "位列第18位。对照全省13个设区市，本市规模以上工业增加值增速列第3位。"
    )
    facts = prose_facts(text, EVALUATION)
    assert "12个" not in facts and "74个" not in facts and "13个" not in facts
    assert facts["第5位"].value == 5
    assert facts["第18位"].value == 18


def test_a_group_a_part_of_which_is_counted_is_no_fact():
    text = (
        "全市9个县（市、区）中，一般公共预算收入超过20亿元的有4个。《规划》确定的52个重大项目中，"
        "已竣工21个。经济类7项指标中完成6项。"
    )
    facts = prose_facts(text, EVALUATION)
    for count in ("9个", "52个", "7项"):
        assert count not in facts, count
    assert facts["4个"].value == 4
    assert facts["21个"].value == 21
    assert facts["6项"].value == 6


def test_a_whole_group_a_clause_measures_is_no_fact_its_words_name_the_measure():
    text = (
        "全省21个设区市平均优良天数比例为88.6%。全市12个省控断面水质达标率为91.7%。"
        "全市5个省级开发区规模以上工业增加值增长8.2%。"
    )
    facts = prose_facts(text, COMMUNIQUE_2023)
    for count in ("21个", "12个", "5个"):
        assert count not in facts, count
    assert "设区市平均优良天数比例" in facts["88.6%"].indicator
    assert not any(ch.isdigit() for f in facts.values() for ch in f.indicator)  # (no count)
    assert "断面水质达标率" in facts["91.7%"].indicator
    assert "开发区规模以上工业增加值" in facts["8.2%"].indicator


def test_counts_that_are_the_result_stay_facts():
    text = (
        "全年新增3个省级开发区，建成8个县级医院。全市12个县（市、区）2023年全部通过国家"
        "义务教育基本均衡县评估认定，全省15个贫困县全部摘帽。新建12所初中，改扩建小学20所。"
        "培育4个产业园区（含园中园）和5个特色小镇。"
    )
    facts = prose_facts(text, COMMUNIQUE_2023)
    for count in ("3个", "8个", "12个", "15个", "12所", "20所", "4个", "5个"):
        assert count in facts, count
    assert facts["12个"].value == 12
