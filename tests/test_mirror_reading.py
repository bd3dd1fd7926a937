"""A mirror site's page (pinyin inserted inside words, 地區(qū)生產總值) is read as the clean
page is: the same facts, their spans in the stored text. Texts composed in the style of
real mirror pages."""

import re

from planwatch.core.normalise import without_pinyin
from planwatch.pipeline import analyse_text

_CLEAN = (
    "2016年某市政府工作報告\n\n"
    "——2016年2月20日在某市第十五屆人民代表大會第五次會議上\n\n"
    "各位代表：\n\n"
    "一、“十二五”圓滿收官\n\n"
    "“十二五”時期是極不平凡的五年。五年來，全市地區生產總值年均增長11.2%，"
    "人均生產總值達到5.1萬元，城鄉居民人均收入年均分別增長10.3%和12.6%，"
    "全市總財力突破200億元，達到215.4億元。\n\n"
    "二、2016年工作安排\n\n"
    "今年經濟社會發展的主要預期目標是：地區生產總值增長8%左右，"
    "城鎮登記失業率控制在3.5%以內。\n"
)
# The same page as a mirror prints it: pinyin after some characters, twice after some.
_JUNK = {
    "縣": "(xiàn)",
    "產": "(chǎn)(chǎn)",
    "長": "(zhǎng)",
    "會": "(huì)",
    "糧": "(liáng)",
    "是": "(shì)(shì)",
    "今": "(jīn)",
    "預": "(yù)",
}


def _mirrored(text: str) -> str:
    return "".join(ch + _JUNK.get(ch, "") for ch in text)


def _read(facts):
    return sorted((f.value, f.unit, f.kind, f.measure, f.year) for f in facts)


def test_a_mirror_page_gives_the_facts_of_the_clean_page():
    mirror = _mirrored(_CLEAN)
    clean_facts = analyse_text("clean.txt", _CLEAN).facts
    mirror_facts = analyse_text("mirror.txt", mirror).facts
    assert len(clean_facts) >= 7
    assert _read(mirror_facts) == _read(clean_facts)


def test_its_spans_index_the_stored_text():
    mirror = _mirrored(_CLEAN)
    for f in analyse_text("mirror.txt", mirror).facts:
        printed = mirror[f.start : f.end]
        digits = re.match(r"[\d.]+", printed)
        assert digits is not None and float(digits.group()) == abs(f.value) or f.value == 0
        assert f.quote_start <= f.start < f.end <= f.quote_end <= len(mirror)
        for ev in f.evidence:
            if ev.start is not None:
                assert mirror[ev.start : ev.end] == ev.text


def test_without_pinyin_keeps_the_page_characters_and_the_way_back():
    mirror = _mirrored("某縣地區生產總值和上年的產量")
    clean = without_pinyin(mirror)
    assert clean is not None and clean.text == "某縣地區生產總值和上年的產量"  # (not folded)
    assert mirror[slice(*clean.span(0, len(clean.text)))] == mirror
    assert without_pinyin("地区生产总值") is None


def test_evidence_quotes_the_characters_of_a_traditional_page():
    # (a clean page in traditional characters: the stages read 预计 and 2023年 on a folded
    # view, the evidence quotes 預計 and 二〇二三年 as printed)
    for f in analyse_text("clean.txt", _CLEAN).facts:
        for ev in f.evidence:
            if ev.start is not None:
                assert _CLEAN[ev.start : ev.end] == ev.text
