"""SectionIndex.at works an answer out once per stretch of text where it cannot change
(the same heading line or time mark in force, the same chain of outline headings): the
kept answers must be the ones working it out afresh gives, at every offset."""

from __future__ import annotations

from planwatch.core.data import ExtractContext
from planwatch.describe.meta import describe
from planwatch.extract.sections import SectionIndex, doc_frame
from planwatch.extract.table_find import table_spans
from planwatch.structure import build_outline

# A composed work report whose sub-headings, too long for a heading line (a comma in
# them), give their kind through the outline only: the answer changes inside the
# stretch one time mark is in force (总体情况), where the outline's chain changes.
TEXT = (
    "某县2026年政府工作报告\n"
    "一、总体情况\n"
    "全县上下团结一心。\n"
    "（一）过去一年工作回顾，成绩来之不易\n"
    "规模以上工业增加值增长6.1%，固定资产投资增长4.0%。\n"
    "（二）今年的主要目标，稳中求进\n"
    "社会消费品零售总额增长6%。\n"
    "二、重点工作\n"
    "（一）产业发展\n"
    "全年完成工业投资30亿元。\n"
)


def test_every_offset_gets_the_answer_worked_out_afresh() -> None:
    meta = describe(TEXT, name="report.txt")
    outline = build_outline(TEXT, table_spans(TEXT))
    assert outline.headings  # the composed text has an outline to consult
    ctx = ExtractContext(doc="report.txt", meta=meta, outline=outline, tables=())
    index = SectionIndex(TEXT, ctx, doc_frame(meta))
    fresh = SectionIndex(TEXT, ctx, doc_frame(meta))
    kinds = set()
    for offset in range(len(TEXT)):
        kept = index.at(offset)
        i = max(j for j, s in enumerate(fresh._starts) if s <= offset)
        assert kept == fresh._at(fresh._marks[i], offset), offset
        kinds.add(kept.kind)
    for offset in reversed(range(len(TEXT))):  # asked again, out of order
        i = max(j for j, s in enumerate(fresh._starts) if s <= offset)
        assert index.at(offset) == fresh._at(fresh._marks[i], offset), offset
    assert len(kinds) == 3  # none, then actual and target from the outline alone
