"""Plan evaluations whose title is lost: told by how they look at the plan from outside,
dated by a date line in brackets. Texts composed in the style of real evaluation reports."""

from planwatch.core.data import DocType
from planwatch.describe import describe, detect_genre
from planwatch.describe.meta import guess_title

_FINAL = (
    "某市发展和改革委员会\n"
    "（2021年8月20日）\n\n"
    "按照《某市国民经济和社会发展第十三个五年规划纲要》（以下简称《纲要》）的要求，"
    "市发展改革委组织开展了总体评估。\n\n"
    "一、主要指标完成情况\n\n"
    "《纲要》共设置经济发展、创新驱动、民生福祉、资源环境4类28项主要指标。"
    "截至2020年底，25项指标完成或超额完成，3项未达预期。\n"
    "地区生产总值年均增长6.8%，符合预期；研发经费投入强度2.1%，慢于预期。\n\n"
    "二、存在的主要问题\n\n产业结构调整任务依然艰巨。\n\n"
    "三、对“十四五”规划编制的建议\n\n建议“十四五”时期全市地区生产总值年均增长6%左右。\n"
)


def test_an_evaluation_cites_the_plan_and_counts_its_indicators():
    genre = detect_genre(_FINAL)
    assert genre.pending == "plan_evaluation"
    assert genre.scores["plan_evaluation"] > genre.scores.get("plan_outline", 0)


def test_a_date_line_in_brackets_under_the_issuer_dates_the_document():
    meta = describe(_FINAL, name="untitled.txt")
    assert meta.reference_date == "2021-08-20"
    assert meta.doc_type is DocType.FINAL_EVALUATION  # dated after the plan it looks back on
    assert meta.period_start == 2016


def test_a_heading_is_no_title():
    # The title lost, the first line naming a plan is a section's heading.
    assert (
        guess_title("一、对“十四五”规划编制的建议\n建议如下。\n") != "一、对“十四五”规划编制的建议"
    )
    assert guess_title(_FINAL) is not None and not guess_title(_FINAL).startswith("三、")
