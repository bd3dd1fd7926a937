"""A year opening a sentence holds for its clauses past a semicolon even when the
sentence before named a look back over the plan (“十四五”…实施以来): that span is the
paragraph's, the year this sentence's. Sentences composed in the style of a county
people's congress's opinions on a mid-term evaluation."""

from planwatch.pipeline import analyse_text

_OPINIONS = (
    "发布时间：2023-12-08\n\n"
    "某县人大常委会关于县人民政府《某县国民经济和社会发展第十四个五年规划纲要实施情况"
    "中期评估报告》的审议意见\n\n"
    "一、总体评价\n\n"
    "委员们认为，“十四五”规划纲要实施以来，县人民政府认真落实县委部署，较好地推进了"
    "纲要确定的目标任务。2022年全县实现地区生产总值412.7亿元，年均增长6.3%；"
    "一般公共预算收入达到28.4亿元；城乡居民收入比缩小到1.83。\n"
)


def _years(text):
    return {f.value: (f.kind.value, f.year) for f in analyse_text("opinions.txt", text).facts}


def test_a_year_opening_the_sentence_outlasts_a_look_back_before_it():
    got = _years(_OPINIONS)
    assert got[412.7] == ("actual", 2022)
    assert got[28.4] == ("actual", 2022)
    assert got[1.83] == ("actual", 2022)


_REVIEW = (
    "发布时间：2018-09-20\n\n"
    "某省“十三五”规划纲要实施中期评估报告\n\n"
    "（四）生态建设加快。两年累计完成交通固定资产投资1320亿元，新增高速公路里程640公里。"
    "2017年地级城市空气质量优良天数比例达到81.2%，比2015年提高2.6个百分点；"
    "新增造林面积310万亩，城市污水处理率达到92.1%。\n"
)


def test_the_look_backs_own_last_year_leaves_its_span_in_force():
    facts = {f.value: f for f in analyse_text("review.txt", _REVIEW).facts}
    assert (facts[81.2].year, facts[81.2].period_start) == (2017, None)
    assert (facts[310.0].year, facts[310.0].period_start) == (2017, 2016)
