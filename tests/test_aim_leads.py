"""The one place deciding that a lead-in line states aims (``extract/aim_leads.py``, review
round 25): the aim's words are data (``head_target`` and ``aim_verb`` of
``data/time_words.csv``), lists and paragraphs are led in alike. Composed text in the style
of a county outline and a work report (the names and figures are this file's own)."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta
from planwatch.extract.aim_leads import aims_lead
from planwatch.extract.sections import doc_frame
from planwatch.extract.time_words import words

OUTLINE = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2026, year=2026)
REPORT = DocumentMeta(
    doc_type=DocType.WORK_REPORT, reference_year=2026, year=2025, reference_date="2026-01-20"
)


def _lead(text: str, meta: DocumentMeta):
    frame = doc_frame(meta)
    end = text.index("\n")
    return aims_lead(frame, text, 0, end)


def test_the_aims_verbs_are_data():
    assert {"将", "力争"} <= set(words("aim_verb"))


def test_a_year_ahead_and_a_verb_lead_in_paragraphs_of_aims():
    text = "到2030年，全县将实现：\n经济实力明显增强，地区生产总值突破300亿元。\n"
    found = _lead(text, OUTLINE)
    assert found is not None
    state, cue, layout = found
    assert state.year == 2030 and text[cue[0] : cue[1]] == "将" and layout is None


def test_this_years_aims_lead_in_a_list_one_item_a_line():
    text = "今年全县经济社会发展的主要预期目标是：\n◆地区生产总值增长5%左右；\n"
    found = _lead(text, REPORT)
    assert found is not None and found[0].year == 2026 and found[2] is True
    # (the same words over paragraphs are no list: this year's aims lead in lists only)
    assert (
        _lead(text.replace("◆", "　　全县经济运行将保持在合理区间，").replace("；", "。"), REPORT)
        is None
    )


def test_a_review_of_the_aims_is_no_lead_in_of_aims():
    text = "2025年主要预期目标完成情况如下：\n◆地区生产总值增长5.2%；\n"
    assert _lead(text, REPORT) is None
