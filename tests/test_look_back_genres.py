"""What a look back at a plan or a year's plan is when its title is lost. Texts composed in
the style of real reports to a standing committee."""

from planwatch.core.data import DocType
from planwatch.describe.doctype import detect_genre

_MIDTERM = (
    "——2023年10月在县第十八届人大常委会第十二次会议上\n"
    "县发展和改革局局长  某某\n\n"
    "主任、各位副主任、各位委员：\n\n"
    "受县人民政府委托，现将《某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》"
    "实施情况中期评估报告如下，请予审议。\n\n"
    "一、规划纲要实施的总体情况\n\n"
    "“十四五”以来，全县坚持工业强县、生态立县，规划纲要确定的主要目标任务总体进展顺利。"
    "规划纲要确定的22项量化指标中，进展符合预期的17项，提前完成的2项，进展滞后的3项。"
    "其中18项指标符合预期。\n\n"
    "二、主要指标完成情况\n\n"
    "三、下一步工作建议\n"
)


def test_a_midterm_evaluation_quoting_its_outline_is_the_evaluation():
    assert detect_genre(_MIDTERM).doc_type is DocType.MIDTERM_EVALUATION


_IMPLEMENTATION = (
    "2023年，面对复杂严峻的外部环境，全市上下认真执行市十届人大二次会议审议批准的国民经济"
    "和社会发展计划，较好完成了年初确定的目标任务。\n"
    "（一）主要指标完成情况\n"
    "2023年，全市实现地区生产总值2156.4亿元，同比增长6.1%。\n"
    "（二）年度计划执行的主要成效\n"
    "1.项目投资持续加力。\n"
)


def test_an_implementation_report_without_its_title_is_one():
    assert detect_genre(_IMPLEMENTATION).doc_type is DocType.IMPLEMENTATION_REPORT


_OUTLINE_PART = (
    "第二章 “十四五”发展的总体要求\n\n"
    "第三节 主要目标\n\n"
    "“十三五”期间，全县地区生产总值年均增长7.8%，城乡居民收入稳步提高。"
    "综合考虑发展基础和条件，“十四五”时期全县经济社会发展主要目标如下。\n"
    "指标名称  单位  2020年  2025年  年均增长  属性\n"
    "地区生产总值  亿元  156.3  220  7%  预期性\n"
)


def test_an_outline_without_its_title_printing_its_indicators_is_the_outline():
    assert detect_genre(_OUTLINE_PART).doc_type is DocType.FIVE_YEAR_PLAN


_OUTLINE_SAFEGUARDS = (
    "第六章 保障措施\n"
    "“十二五”以来，全县经济社会保持较快发展，2015年全县完成地区生产总值96.8亿元。\n"
    "到2020年，全县地区生产总值年均增长8%左右，与全省同步全面建成小康社会。"
    "规划实施中，将各项指标分解落实到各乡镇，每年开展一次监测评估，规划实施中期由县人民政府"
    "组织开展中期评估，评估报告提请县人民代表大会常务委员会审议。\n"
)


def test_a_plan_arranging_its_own_midterm_evaluation_is_no_evaluation():
    assert detect_genre(_OUTLINE_SAFEGUARDS).doc_type is DocType.FIVE_YEAR_PLAN
