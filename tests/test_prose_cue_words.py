"""Words that hold a cue but are none: 占比 is a share's noun (its 比 is no base of a
comparison), 来自/来源 say where something comes from (their 来 is no look back). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from planwatch.core.data import Comparator, DocType, DocumentMeta, Kind
from prosefacts import prose_facts

OUTLINE = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN, period_start=2026, period_end=2030, reference_year=2026
)


@pytest.mark.parametrize(
    ("text", "value", "comparator", "name_part"),
    [
        ("到2030年，非化石能源发电装机占比不低于65%。", "65%", Comparator.GE, "占比"),
        ("绿色建筑占比不少于80%。", "80%", Comparator.GE, "占比"),
        ("到2030年，劣Ⅴ类水体占比不高于2%。", "2%", Comparator.LE, "占比"),
    ],
)
def test_a_share_named_by_zhanbi_keeps_its_floor_or_ceiling(text, value, comparator, name_part):
    f = prose_facts(text, OUTLINE)[value]
    assert f.comparator is comparator
    assert name_part in f.indicator


@pytest.mark.parametrize(
    "text",
    [
        "全社会研发投入强度达到3%，来自企业的研发投入占比达到78%。",
        "地方财政收入中来源于税收的比重提高到80%。",
    ],
)
def test_where_something_comes_from_is_no_look_back(text):
    facts = prose_facts(text, OUTLINE)
    value = "78%" if "78%" in facts else "80%"
    assert (facts[value].kind, facts[value].year) == (Kind.TARGET, 2030)
