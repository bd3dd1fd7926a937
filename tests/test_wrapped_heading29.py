"""A section heading in a hard-wrapped copy (round 29), composed here in the style of a
county-level city's outline as a PDF text layer (the figures are this file's own): the heading
line 第二节 …主要目标 is nearly as wide as the wrapped lines but holds no sentence's punctuation;
its break is real, so the aims under it stay aims.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text
from planwatch.read.wrap import wrap_gaps

_REVIEW = (
    "“十三五”时期，全市地区生产总值年均增长4.9%，2020年达到615.3亿元，城乡居民人均可支"
    "配收入分别达到41120元和21380元，年均分别增长5.6%和7.4%，森林覆盖率达到35.1%，单位地"
    "区生产总值能耗五年累计下降16.4%，超额完成省下达的目标。"
)
_AIMS = (
    "到2025年，地区生产总值年均增长6%左右，总量达到830亿元；一般公共预算收入年均增长5%；常"
    "住人口城镇化率达到63%；研发经费投入强度达到1.8%；城乡居民人均可支配收入年均增长6.5%以"
    "上；森林覆盖率保持在35.5%以上。"
)


def _wrapped(paragraph: str, width: int = 24) -> list[str]:
    """The paragraph as a PDF text layer prints it: a line every ``width`` characters."""
    return [paragraph[k : k + width] for k in range(0, len(paragraph), width)]


# (The heading is as wide as the wrapped lines: width alone does not tell it from them.)
_LINES = [
    "某市国民经济和社会发展第十四个五年规划纲要",
    "第一节 “十三五”时期取得的主要成就",
    *_wrapped(_REVIEW),
    "第二节 “十四五”时期经济社会发展的主要目标",
    *_wrapped(_AIMS),
]
_TEXT = "\n".join(_LINES) + "\n"


def test_a_headings_line_keeps_its_break():
    heading_end = _TEXT.index("的主要目标\n") + len("的主要目标")
    assert not [g for g in wrap_gaps(_TEXT) if g[0] == heading_end]


def test_the_aims_under_it_stay_aims():
    facts = analyse_text("某市规划纲要.txt", _TEXT).facts
    (income,) = [f for f in facts if _TEXT[f.start : f.end].startswith("6.5%")]
    assert (income.kind, income.year) == (Kind.TARGET, 2025)
