"""Round 24's forms of evaluations, seen on public pages of several areas and years (news of
a standing committee hearing a mid-term evaluation, evaluations setting a plan's aims beside
its results), on documents written for these tests: no sentence copied."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind
from planwatch.describe.meta import describe
from planwatch.pipeline import analyse_text


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("s.txt", text).facts}


# A news agency's story of a standing committee session at which the planning commission
# delivered the mid-term evaluation of the outline, named in full in its brackets.
HEARD = (
    "青川日报讯（记者 林舟）12月20日，青川市第九届人大常委会第十二次会议在市行政中心举行。\n"
    "受市人民政府委托，市发展改革委主任在会上作《〈青川市国民经济和社会发展第十五个五年规划"
    "和二〇四〇年远景目标纲要〉实施中期评估报告》。\n"
    "《青川市国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要》提出5个方面22项"
    "主要指标。报告称，主要指标中18项符合或快于预期。\n"
    "报告显示，全市常住人口城镇化率由2025年的61.5%提高到2027年的63.2%。\n"
)


def test_news_of_an_evaluation_delivered_is_the_evaluation_not_the_outline_it_names():
    meta = describe(HEARD, name="s.txt")
    assert meta.doc_type is DocType.MIDTERM_EVALUATION
    facts = _facts(HEARD)
    assert facts[(18.0, "项")].kind is Kind.ACTUAL
    f = facts[(63.2, "%")]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2027)
