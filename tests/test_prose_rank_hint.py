"""A sentence is scanned for ranks only when 第/前 is followed by a number (prose_special.
_RANK_HINT_RE): the ranks found are those of scanning every sentence holding 第 or 前.
Sentences composed in the style of reports and evaluations."""

from __future__ import annotations

import re

import pytest

from planwatch.extract import prose_special
from planwatch.extract.prose_special import special_values

_SENTENCES = [
    "全市地区生产总值增速居全省第3位。",
    "综合实力排名全国第 12 位，较上年前移两位。",
    "县域经济跃升至第 59 位。",
    "研发投入强度进入全省前十名。",
    "人均收入位列全区前3。",
    "目前全县共有企业120家，前进势头良好。",
    "第一时间完成第二产业增加值统计。",
    "名列全国第一。",
    "2023年前三季度，全县规上工业增加值增长6%。",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_rank_hint_finds_the_ranks_of_scanning_every_sentence(sentence, monkeypatch) -> None:
    hinted = special_values(sentence, 0, len(sentence))
    monkeypatch.setattr(prose_special, "_RANK_HINT_RE", re.compile(""))
    assert special_values(sentence, 0, len(sentence)) == hinted


def test_ranks_are_still_found_behind_the_hint() -> None:
    text = "增速居全省第3位，规模进入全国前十名。"
    ranks = [(v.value, v.comparator.value) for v in special_values(text, 0, len(text))]
    assert ranks == [(3.0, "eq"), (10.0, "le")]


def test_a_sentence_without_a_number_after_di_or_qian_is_not_scanned(monkeypatch) -> None:
    text = "目前前进势头良好。"
    monkeypatch.setattr(prose_special, "_ranks", lambda *a: pytest.fail("scanned"))
    assert special_values(text, 0, len(text)) == []
