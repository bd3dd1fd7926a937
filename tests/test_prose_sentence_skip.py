"""The prose extractor passes over sentences that can change nothing (not a line's first,
no time word, no number that can be a value) and over whole paragraphs holding no value (a
line whose next one does not go on in its time with 其中): the facts are those it finds
reading every sentence. Checked on composed paragraphs (run-in headings, a topic time
opening a clause, a paragraph going on with 其中, list items after a paragraph of no value,
a contents list) and on paragraphs drawn from a pool of such sentences in any order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwatch.core.data import DocumentMeta, ExtractContext, Outline, Span
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


def _no_quiet_paragraph(*args) -> list[int]:
    """``_quiet_paragraphs`` passing over none."""
    return []


def _facts(text: str, monkeypatch=None, read_all: bool = False) -> list:
    if read_all:
        monkeypatch.setattr(prose, "_sentences_to_read", _every_sentence)
        monkeypatch.setattr(prose, "_quiet_paragraphs", _no_quiet_paragraph)
    return ProseExtractor().extract(text, _CTX)


def test_the_sentences_read_are_line_starts_and_those_holding_offsets() -> None:
    view = "一、总体要求\n目标明确。任务清楚。增长6%。\n\n措施有力。保障到位。"
    spans = [m.span() for m in prose._SENTENCE_RE.finditer(view)]
    growth = view.index("6%")
    read, holds = _sentences_to_read(view, spans, [], [growth], [], [s for s, _ in spans])
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
    original, quiet = prose._sentences_to_read, prose._quiet_paragraphs
    prose._sentences_to_read, prose._quiet_paragraphs = _every_sentence, _no_quiet_paragraph
    try:
        plain = ProseExtractor().extract(text, _CTX)
    finally:
        prose._sentences_to_read, prose._quiet_paragraphs = original, quiet
    assert quick == plain


def test_paragraphs_of_no_value_are_passed_over_whole() -> None:
    view = "一、总体要求\n目标明确。2023年任务清楚。\n增长6%。\n措施有力。\n其中，保障到位。\n"
    spans = [m.span() for m in prose._SENTENCE_RE.finditer(view)]
    growth = view.index("6%")
    starts = [s for s, _ in spans]
    read, holds = _sentences_to_read(view, spans, [view.index("2023")], [growth], [], starts)
    quiet = prose._quiet_paragraphs(view, spans, read, holds, range(0), starts)
    texts = [view[s:e] for s, e in spans]
    # (措施有力 is read: the paragraph after it goes on in its time.)
    assert [texts[i] for i in quiet] == ["一、总体要求", "目标明确", "其中，保障到位"]
    assert [t for t, r in zip(texts, read, strict=True) if r] == ["增长6%", "措施有力"]


def test_list_items_after_a_paragraph_of_no_value_decide_their_kind_again(monkeypatch) -> None:
    # A list item goes on in the kind of the lines before it, but not across a paragraph of
    # its own (passed over unread, it still ends the kind carried).
    text = (
        "二、今年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n•粮食产量稳定在80万吨\n"
        "我们坚持稳中求进，着力扩大有效需求。\n•城镇新增就业1.1万人\n"
        "2022年，全县粮食产量达到78万吨。\n其中，早稻产量12万吨。\n"
        "改革开放不断深化。\n其中，营商环境持续优化。\n•工业投资增长9.1%\n"
    )
    quick = _facts(text)
    assert quick == _facts(text, monkeypatch, read_all=True)
    assert len(quick) >= 5


def test_a_paragraph_of_no_value_passed_over_still_ends_the_kind_carried() -> None:
    aim = "主要预期目标：地区生产总值增长6%左右。\n"
    item = "•粮食产量80万吨\n"
    carried = ProseExtractor().extract(aim + item, _CTX)
    assert [(f.indicator, f.kind.value) for f in carried] == [
        ("地区生产总值", "target"),
        ("粮食产量", "target"),  # (the list item goes on in the kind of the line before)
    ]
    between = ProseExtractor().extract(aim + "我们坚持稳中求进，着力扩大有效需求。\n" + item, _CTX)
    assert between[-1].indicator == "粮食产量"
    assert between[-1].kind.value != "target"


def test_a_paragraph_of_no_value_before_one_going_on_in_its_time_is_read() -> None:
    text = "民生保障更加有力。\n2022年，全县各项事业稳步推进。\n其中，公路投资150亿元。\n"
    (fact,) = ProseExtractor().extract(text, _CTX)
    assert (fact.indicator, fact.value, fact.year) == ("公路投资", 150.0, 2022)


def test_a_paragraph_of_no_value_before_a_contents_list_is_read() -> None:
    # (The paragraph after the contents list may go on in its time: 其中 …)
    head = "2022年，全县各项事业稳步推进。\n"
    toc = "目录\n一、总体要求\n二、主要目标\n"
    text = head + toc + "其中，公路投资150亿元。\n"
    outline = Outline(toc=Span(len(head), len(head) + len(toc)))
    ctx = ExtractContext(doc="d.txt", meta=DocumentMeta(), outline=outline)
    (fact,) = ProseExtractor().extract(text, ctx)
    original, quiet = prose._sentences_to_read, prose._quiet_paragraphs
    prose._sentences_to_read, prose._quiet_paragraphs = _every_sentence, _no_quiet_paragraph
    try:
        (plain,) = ProseExtractor().extract(text, ctx)
    finally:
        prose._sentences_to_read, prose._quiet_paragraphs = original, quiet
    assert fact == plain
    assert (fact.indicator, fact.value) == ("公路投资", 150.0)
