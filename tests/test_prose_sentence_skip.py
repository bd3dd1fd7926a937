"""The prose extractor passes over sentences that can change nothing (not a line's first,
no time word, no number that can be a value): the facts are those it finds reading every
sentence. Checked on composed paragraphs (run-in headings, a topic time opening a clause, a
paragraph going on with 其中, a contents list) and on paragraphs drawn from a pool of such
sentences in any order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.data import DocumentMeta, ExtractContext, Outline
from planwatch.extract import prose
from planwatch.extract.prose import ProseExtractor, _sentences_to_read

_CTX = ExtractContext(doc="d.txt", meta=DocumentMeta(), outline=Outline())

# Sentences in the style of work reports and plans (composed for these tests).
_POOL = [
    "各项事业稳步推进。",
    "民生保障更加有力。",
    "2023年，全县地区生产总值增长5.8%。",
    "局长介绍说，2022年，全市粮食产量稳定在80万吨以上。",
    "改革开放不断深化，营商环境持续优化。",
    "城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内。",
    "到2027年，森林覆盖率达到45%左右。",
    "其中，工业投资增长9.1%。",
    "去年，一般公共预算收入完成20.5亿元。",
    "我们坚持稳中求进，着力扩大有效需求。",
    "社会消费品零售总额增长6%。",
    "全县粮食产量在2022年达到80万吨。",
    "\n",
]


def _every_sentence(view, spans, *offsets):
    """``_sentences_to_read`` marking every sentence to read (what each holds unchanged)."""
    return bytearray([1] * len(spans)), _sentences_to_read(view, spans, *offsets)[1]


def _facts(text: str, monkeypatch=None, read_all: bool = False) -> list:
    if read_all:
        monkeypatch.setattr(prose, "_sentences_to_read", _every_sentence)
    return ProseExtractor().extract(text, _CTX)


def test_the_sentences_read_are_line_starts_and_those_holding_offsets() -> None:
    view = "一、总体要求\n目标明确。任务清楚。增长6%。\n\n措施有力。保障到位。"
    spans = [m.span() for m in prose._SENTENCE_RE.finditer(view)]
    growth = view.index("6%")
    read, holds = _sentences_to_read(view, spans, [], [growth], [])
    texts = [view[s:e] for s, e in spans]
    assert [t for t, r in zip(texts, read, strict=True) if r] == [
        "一、总体要求",
        "目标明确",
        "增长6%",
        "措施有力",
    ]
    # (What a sentence holds is told only of the one the value's number starts in.)
    assert [t for t, h in zip(texts, holds, strict=True) if h] == ["增长6%"]


def test_a_composed_report_gives_the_facts_of_reading_every_sentence(monkeypatch) -> None:
    text = (
        "一、过去一年工作回顾\n"
        "民生保障更加有力。2023 年，全县城镇新增就业1.1万人。各项事业稳步推进。"
        "居民人均可支配收入增长6.2%。\n"
        "局长介绍说，2022年，全市粮食产量稳定在80万吨以上。改革不断深化。"
        "农村居民人均可支配收入增长7.5%。\n"
        "我们坚持稳中求进，着力扩大有效需求。全县粮食产量在2022年达到80万吨。"
        "居民人均可支配收入增长6.2%。\n"
        "2021年至2023年累计完成投资260亿元。\n其中，公路投资150亿元。\n"
        "二、今年工作安排\n主要预期目标是：地区生产总值增长6%左右。稳就业。城镇调查失业率5.5%以内。"
    )
    quick = _facts(text)
    assert quick == _facts(text, monkeypatch, read_all=True)
    assert len(quick) >= 7


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_POOL), min_size=1, max_size=14))
def test_any_paragraphs_give_the_facts_of_reading_every_sentence(pieces: list[str]) -> None:
    text = "".join(pieces)
    quick = ProseExtractor().extract(text, _CTX)
    original = prose._sentences_to_read
    prose._sentences_to_read = _every_sentence
    try:
        plain = ProseExtractor().extract(text, _CTX)
    finally:
        prose._sentences_to_read = original
    assert quick == plain
