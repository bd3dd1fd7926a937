"""The structure stage: outlines of the sample documents and of synthetic texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from planwatch.core.data import Outline
from planwatch.extract.table_find import table_spans
from planwatch.structure import build_outline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def read(prefix: str) -> str:
    (path,) = EXAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def outlines() -> dict[str, tuple[str, Outline]]:
    out = {}
    for prefix in ("000", "001", "002", "003", "004"):
        text = read(prefix)
        out[prefix] = (text, build_outline(text, table_spans(text)))
    return out


def heads(outline: Outline, n: int | None = None) -> list[tuple[int, str, str]]:
    return [(h.level, h.marker, h.title) for h in outline.headings[:n]]


# -- invariants on every sample -------------------------------------------------------


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_span_invariants(outlines, prefix):
    text, o = outlines[prefix]
    assert o.headings
    for h in o.headings:
        shown = h.span.of(text)
        assert shown.startswith(h.marker)
        assert h.title in shown
        assert shown == shown.strip()
        assert h.section.start == h.span.start and h.section.end <= len(text)
        assert h.section.contains(h.span)
    for p in o.paragraphs:
        s = p.of(text)
        assert s and s == s.strip() and "\n" not in s
    for s in o.sentences:
        assert s.of(text) == s.of(text).strip()
    # Sentences lie inside paragraphs, in order, without overlap.
    starts = [s.start for s in o.sentences]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(o.sentences, o.sentences[1:]))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_sections_nest(outlines, prefix):
    _, o = outlines[prefix]
    hs = o.headings
    for i, h in enumerate(hs):
        # The section ends where the next heading of the same or a higher level starts.
        nxt = next((g for g in hs[i + 1 :] if g.level <= h.level), None)
        if nxt is not None:
            assert h.section.end == nxt.span.start
        # Deeper headings inside it lie wholly inside it.
        for g in hs[i + 1 :]:
            if g.span.start >= h.section.end:
                break
            assert g.level > h.level
            assert h.section.contains(g.section)


# -- 000: plan with TOC, 章/节/1. and two flattened tables ----------------------------


def test_000_toc_recognised_and_not_duplicated(outlines):
    text, o = outlines["000"]
    assert o.toc is not None
    toc = o.toc.of(text)
    assert toc.startswith("目录")
    assert "第一节\xa0“十三五”发展成就 1" in toc
    assert toc.rstrip().endswith("鹤山市“十四五”规划重大建设项目汇总表 118")
    assert not any(o.toc.overlaps(h.span) for h in o.headings)
    assert not any(o.toc.overlaps(p) for p in o.paragraphs)
    assert not any(o.toc.overlaps(s) for s in o.sentences)
    # Exactly one 第一章 heading: the body's, not the TOC entry.
    assert [h.title for h in o.headings if h.marker == "第一章"] == ["发展基础与发展环境"]


def test_000_first_headings(outlines):
    _, o = outlines["000"]
    assert heads(o, 6) == [
        (1, "第一章", "发展基础与发展环境"),
        (2, "第一节", "“十三五”发展成就"),
        (3, "1.", "经济实力持续提升"),
        (3, "2.", "产业转型升级加快"),
        (3, "3.", "创新能力不断增强"),
        (3, "4.", "城乡区域协调发展"),  # "4. 城乡区域协调发展": space after the marker
    ]
    chapters = [h for h in o.headings if h.marker.endswith("章")]
    assert len(chapters) == 17
    assert chapters[-1].title == "保障措施"
    # 第二章指导思想与发展目标 / 第三节发展目标: no space after the marker.
    assert (1, "第二章", "指导思想与发展目标") in heads(o)
    assert (2, "第三节", "发展目标") in heads(o)


def test_000_table_rows_are_not_headings(outlines):
    text, o = outlines["000"]
    titles = {h.title for h in o.headings}
    for row in ("经济发展", "创新驱动", "民生福祉", "生态文明", "绿色生态", "安全保障"):
        assert row not in titles
    # The table inside 第三节 发展目标 does not cut its section short.
    goals = next(h for h in o.headings if h.title == "发展目标")
    assert "鹤山市“十四五”经济社会发展主要指标表" in goals.section.of(text)
    assert "[-3.43]" in goals.section.of(text)
    assert goals.level == 2


def test_000_attachments_are_top_level(outlines):
    _, o = outlines["000"]
    assert [(h.level, h.title) for h in o.headings[-2:]] == [(1, "附件1"), (1, "附件2")]


def test_headings_at_gives_the_chain(outlines):
    text, o = outlines["000"]
    at = text.index("2020年全市地区生产总值")
    chain = [h.title for h in o.headings_at(at)]
    assert chain == ["发展基础与发展环境", "“十三五”发展成就", "经济实力持续提升"]


# -- 001 and 003: plans with spaced and no-space markers, 一、 under 节 --------------


def test_001_spaced_titles(outlines):
    _, o = outlines["001"]
    assert heads(o, 3) == [
        (1, "第一章", "“ 十三五 ” 时期主要成就和 “ 十四五 ” 时期发展形势"),
        (2, "第一节", "“ 十三五 ” 时期主要成就"),
        (2, "第二节", "“ 十四五 ” 时期发展形势"),
    ]
    assert (2, "第三节", "“双区”引领") in heads(o)


def test_003_preface_and_nested_cn_items(outlines):
    _, o = outlines["003"]
    assert heads(o, 3) == [
        (1, "", "前 言"),
        (1, "第一章", "发展形势"),
        (2, "第一节", "发展基础"),
    ]
    assert (3, "一、", "巩固和谐社会建设") in heads(o)
    assert heads(o)[-1] == (1, "", "附件")


# -- 004: work report with unnumbered parts ------------------------------------------


def test_004_work_report_parts(outlines):
    text, o = outlines["004"]
    assert heads(o, 3) == [
        (1, "", "“十三五”时期及2020年工作回顾"),
        (2, "一、", "始终坚持人民至上、生命至上,疫情防控扎实有效"),
        (2, "二、", "全力做好“六稳”“六保”工作,经济运行稳定向好"),
    ]
    plan = next(h for h in o.headings if h.title == "2021年工作安排")
    assert plan.level == 1
    assert "今年经济社会发展主要预期目标是:地区生产总值增长6%以上" in plan.section.of(text)
    assert [h.marker for h in o.headings if h.level == 1] == ["", "", ""]


# -- 002: news page --------------------------------------------------------------------


def test_002_news_headings(outlines):
    text, o = outlines["002"]
    top = [h.title for h in o.headings if h.level == 1]
    assert "2022亮点回顾" in top and "2023年工作安排" in top
    arrange = next(h for h in o.headings if h.title == "2023年工作安排")
    assert "地区生产总值增长8%,力争实现8.5%" in arrange.section.of(text)
    assert (2, "(一)", "加大招商引资力度") in heads(o)
    # One-sentence list items are not headings.
    assert not any(h.title.startswith("建立专业化招商队伍") for h in o.headings)
    assert (3, "1.", "加强政治建设") in heads(o)


# -- synthetic texts: each marker style --------------------------------------------------


def test_marker_styles_and_levels_by_first_appearance():
    lines = [
        "一、总体要求",
        "这是第一部分的正文,说明总体要求的具体内容,篇幅较长以便成为段落。",
        "（一）指导思想",
        "1．坚持稳中求进",
        "(1)稳增长",
        "（2）促改革",
        "2、坚持创新驱动",
        "二、主要目标",
        "到2025年,地区生产总值达到500亿元。",
    ]
    text = "\n".join(lines)
    o = build_outline(text)
    assert heads(o) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (3, "1．", "坚持稳中求进"),
        (4, "(1)", "稳增长"),
        (4, "（2）", "促改革"),
        (3, "2、", "坚持创新驱动"),
        (1, "二、", "主要目标"),
    ]
    first = o.headings[0]
    assert first.section.of(text).endswith("创新驱动\n")
    assert o.headings[-1].section.end == len(text)


def test_chapters_with_big_numerals_and_parts():
    text = "第一篇 总体战略\n第九十九章 保障措施\n第十二节健全机制\n正文内容。"
    o = build_outline(text)
    assert heads(o) == [
        (1, "第一篇", "总体战略"),
        (2, "第九十九章", "保障措施"),
        (3, "第十二节", "健全机制"),
    ]


def test_leading_clause_heading_and_long_paragraph():
    title = "（一）加快发展先进制造业。"
    body = "坚持制造业当家,推动电子信息、新材料等产业集群发展,规模以上工业增加值增长6%。"
    long_item = "1.地区生产总值年均增长6%左右,到2025年达到600亿元,人均地区生产总值超过10万元,经济实力明显增强。"
    o = build_outline(title + body + "\n" + long_item + "\n")
    assert heads(o) == [(1, "（一）", "加快发展先进制造业")]
    assert o.headings[0].span.of(title + body) == "（一）加快发展先进制造业"


def test_numbers_are_not_markers():
    text = "153.4万剂次疫苗已接种\n2023年工作安排很重要\n1.5%的增长\n(2021年1月26日市十五届人大八次会议审议通过)\n"
    assert build_outline(text).headings == ()


def test_toc_without_title_line():
    entries = [f"第{n}章 章节标题{n} {p}" for n, p in zip("一二三四五六", (1, 5, 9, 13, 20, 31))]
    body = [
        "第一章 章节标题一",
        "正文第一段,内容很长很长很长很长很长很长很长很长很长很长很长很长。",
    ]
    text = "\n".join(entries + body)
    o = build_outline(text)
    assert o.toc is not None and o.toc.of(text).startswith("第一章 章节标题一 1")
    assert heads(o) == [(1, "第一章", "章节标题一")]


def test_toc_without_page_numbers_after_title():
    text = "目 录\n第一章 总则\n第二章 目标\n第一章 总则\n正文。\n第二章 目标\n正文。\n"
    o = build_outline(text)
    assert o.toc.of(text) == "目 录\n第一章 总则\n第二章 目标"
    assert [h.title for h in o.headings] == ["总则", "目标"]


def test_flattened_table_group_rows_do_not_reset_outline():
    cells = [
        "序号",
        "指标",
        "2020年",
        "2025年",
        "属性",
        "一、经济发展",
        "1",
        "地区生产总值增长(%)",
        "--",
        "6左右",
        "预期性",
        "二、民生福祉",
        "2",
        "城镇登记失业率(%)",
        "--",
        "控制在3.0以内",
        "约束性",
    ]
    text = "一、发展目标\n" + "\n".join(cells) + "\n二、重点任务\n正文。"
    o = build_outline(text, table_spans(text))
    assert heads(o) == [(1, "一、", "发展目标"), (1, "二、", "重点任务")]


def test_sentences_split_and_keep_quotes():
    text = "实施“链长制。并做强”工程;推动发展!坚持创新？\n第二段没有标点"
    o = build_outline(text)
    assert [s.of(text) for s in o.sentences] == [
        "实施“链长制。并做强”工程;",
        "推动发展!",
        "坚持创新？",
        "第二段没有标点",
    ]
    text2 = "他说:“今年增长6%。”明年继续。"
    assert [s.of(text2) for s in build_outline(text2).sentences] == [
        "他说:“今年增长6%。”明年继续。"
    ]


def test_crlf_offsets():
    text = "一、总体要求\r\n正文第一句。第二句。\r\n"
    o = build_outline(text)
    assert o.headings[0].span.of(text) == "一、总体要求"
    assert [p.of(text) for p in o.paragraphs] == [
        "一、总体要求",
        "正文第一句。第二句。",
    ]
