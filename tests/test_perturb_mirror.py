"""bench/perturb_mirror.py: a mirror site's copy (traditional characters, pinyin inserted
after some characters) keeps the gold exact and prints the form it names."""

from __future__ import annotations

import re

from benchscripts import bench_module

perturb = bench_module("perturb")

# A composed county communiqué.
TEXT = (
    "某县2024年国民经济和社会发展统计公报\n"
    "全年全县地区生产总值达到186.4亿元，比上年增长6.2%。全县常住人口32.6万人，"
    "城镇化率达到58.3%。全年粮食总产量21.5万吨，规模以上工业企业实现利润12.8亿元。\n"
)
VALUES = ("186.4亿元", "6.2%", "32.6万人", "58.3%", "21.5万吨", "12.8亿元")


def _gold() -> dict:
    facts = []
    for value_text in VALUES:
        start = TEXT.index(value_text)
        facts.append(
            {
                "passage": "p1",
                "value_text": value_text,
                "start": start,
                "quote": TEXT[TEXT.rfind("，", 0, start) + 1 : start + len(value_text)],
                "value": float(re.match(r"[\d.]+", value_text).group()),
            }
        )
    return {
        "doc": "m1.txt",
        "passages": [{"id": "p1", "start": 0, "end": len(TEXT)}],
        "facts": facts,
    }


def test_mirror_prints_traditional_characters_with_pinyin_and_keeps_every_value():
    seen_pinyin = False
    for seed in range(5):
        doc = perturb.perturb(TEXT, _gold(), ["mirror"], seed=seed)
        assert "國民經濟" in re.sub(r"\([^)]*\)", "", doc.text)
        assert "统计" not in doc.text and "经济" not in doc.text  # no simplified word left
        seen_pinyin |= bool(
            re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", doc.text)
        )
        for before, after in zip(_gold()["facts"], doc.gold["facts"], strict=True):
            got = doc.text[after["start"] : after["start"] + len(after["value_text"])]
            assert got == after["value_text"]
            assert "(" not in got  # never pinyin inside a value
            assert (
                re.match(r"[\d.]+", got).group()
                == re.match(r"[\d.]+", before["value_text"]).group()
            )
    assert seen_pinyin
    assert "億元" in doc.text and "萬人" in doc.text  # the unit's own traditional form


def test_mirror_is_seeded():
    a = perturb.perturb(TEXT, _gold(), ["mirror"], seed=7).text
    assert a == perturb.perturb(TEXT, _gold(), ["mirror"], seed=7).text
    assert a != perturb.perturb(TEXT, _gold(), ["mirror"], seed=8).text
