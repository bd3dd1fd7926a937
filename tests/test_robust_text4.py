"""Reading rules for the ways real pages print text that round 13's robustness bench
measured: a hard-wrapped line ending with a clause's semicolon, a page's chrome (a page
mark, a mobile page's fold) cutting a sentence in a tidy text, a news page's chrome lines,
Markdown emphasis. Every text here is composed for the test."""

from __future__ import annotations

from planwatch.pipeline import analyse_bytes
from planwatch.read.chrome import reading_view


def _facts(text: str, name: str = "t.txt") -> list[tuple[float, str | None, str, str, int]]:
    facts = analyse_bytes(text.encode("utf-8"), name).facts
    return [(f.value, f.unit, f.indicator, str(f.kind.value), f.year) for f in facts]


# --- a hard-wrapped line ending with a semicolon --------------------------------------

# A work report's review, saved from a PDF's text layer: lines of 30 characters, a line
# ending with a clause's semicolon (；) in the middle of the sentence the year opens.
WRAPPED = (
    "2024年1月8日，某市第十六届人民代表大会第三次会议开幕，市长作政府工作报告。\n"
    "报告指出，2023年，全市上下攻坚克难，经济社会持续健康发\n"
    "展，主要指标好于预期。全年完成地区生产总值2856亿元，增长\n"
    "6.1%；固定资产投资1320亿元，增长8.2%；一般公共预算收\n"
    "入185.6亿元，增长7.4%，其中税收收入132.4亿元；\n"
    "社会消费品零售总额1105亿元，增长6.8%；城镇居民人均可支\n"
    "配收入4.6万元，增长5.3%；城镇登记失业率控制在3.2%以内；\n"
    "居民消费价格指数为102.1，单位地区生产总值能耗下降3%。\n"
    "报告提出，2024年全市经济社会发展的主要预期目标是：地区生\n"
    "产总值增长6%左右；一般公共预算收入增长5%；全社会研发投入\n"
    "强度达到2.6%；社会消费品零售总额增长7%；进出口总额增长3%；\n"
    "城镇新增就业5.2万人以上；居民消费价格涨幅3%左右；粮食产量\n"
    "稳定在合理水平；节能减排完成省下达的任务。\n"
)


def test_a_wrapped_line_ending_with_a_semicolon_runs_on_in_its_sentences_cue():
    got = {v: (k, y) for v, _u, _i, k, y in _facts(WRAPPED)}
    # The clauses after a line ending with ； stay in the sentence 主要预期目标 opens: 2024
    # targets, as the clauses before the break are.
    for value in (6.0, 2.6, 5.2):
        assert got.get(value) == ("target", 2024), (value, got.get(value))
    for value in (1105.0, 4.6, 3.2, 102.1):
        assert got.get(value) == ("actual", 2023), (value, got.get(value))


def test_the_semicolon_rule_only_joins_wrapped_texts():
    # A tidy text's line ending with ； (a list of clauses, one a line) keeps its break.
    tidy = "主要预期目标：\n地区生产总值增长6%左右；\n城镇新增就业5万人以上；\n"
    view = reading_view(tidy, "txt")
    assert view.joined == view.plain
    wrapped = reading_view(WRAPPED, "txt")
    assert wrapped.wrapped
    cut = WRAPPED.index("；\n社会消费品") + 1
    assert wrapped.joined[cut] == " " and WRAPPED[cut] == "\n"
