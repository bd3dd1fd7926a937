"""bench/perturb_forms2.py: round 14's forms (an OCR'd scan's letters in figures, a
disclosure page's catalogue one field a line), round 21's figures spaced off and round 57's
figures on lines of their own keep the gold exact and print the form they name."""

from __future__ import annotations

import json
import re

from benchscripts import bench_module

perturb = bench_module("perturb")

# A composed county communiqué with figures holding 0s and 1s.
TEXT = "某县2024年国民经济和社会发展统计公报\n" + "".join(
    f"第{n}项：全县完成投资{100 + n}.{n % 10}亿元，比上年增长{10 + n % 7}.1%，新增企业{n * 11}家。\n"
    for n in range(1, 41)
)
VALUES = ("101.1亿元", "11.1%", "110家")


def _gold(text: str, published: str | None) -> dict:
    facts = []
    for value_text in VALUES:
        start = text.index(value_text)
        facts.append(
            {
                "passage": "p1",
                "value_text": value_text,
                "start": start,
                "quote": text[text.rfind("\n", 0, start) + 1 : start + len(value_text)],
                "value": float(re.match(r"[\d.]+", value_text).group()),
            }
        )
    gold = {
        "doc": "t3.txt",
        "jurisdiction": "某县",
        "genre": "communique",
        "passages": [{"id": "p1", "start": 0, "end": len(text)}],
        "facts": facts,
    }
    if published:
        gold["published"] = published
    return gold


def test_ocr_prints_letters_for_some_0s_and_1s_in_the_same_length():
    doc = perturb.perturb(TEXT, _gold(TEXT, None), ["ocr"], seed=1)
    assert len(doc.text) == len(TEXT)
    assert re.search(r"\d[OolI]|[OolI]\d", doc.text)
    changed = [i for i, (a, b) in enumerate(zip(TEXT, doc.text, strict=True)) if a != b]
    assert changed and all(TEXT[i] in "01" and doc.text[i] in "OolI" for i in changed)
    for before, after in zip(_gold(TEXT, None)["facts"], doc.gold["facts"], strict=True):
        assert after["start"] == before["start"]
        assert doc.text[after["start"] :].startswith(after["value_text"])
        assert after["value_text"].translate(str.maketrans("OolI", "0011")) == before["value_text"]


def test_catalogue_prints_one_field_a_line_over_the_title_as_chrome():
    doc = perturb.perturb(TEXT, _gold(TEXT, "2025-03-18"), ["catalogue"], seed=1)
    head = doc.text[: doc.text.index("某县2024年")]
    assert re.search(r"索引号：\n\n?\d{10}/2025-\d{5}\n", head)
    assert "成文日期：" in head and "2025年03月18日" in head
    assert doc.chrome and doc.chrome[0][0] == 0 and doc.chrome[0][1] >= len(head.rstrip())
    first = doc.gold["facts"][0]
    assert doc.text[first["start"] :].startswith(first["value_text"])


def test_catalogue_dates_nothing_where_the_gold_does_not_know_the_month():
    for seed in (1, 2, 3):
        doc = perturb.perturb(TEXT, _gold(TEXT, None), ["catalogue"], seed=seed)
        head = doc.text[: doc.text.index("某县2024年")]
        assert "日期" not in head and "〔" not in head
        assert not re.search(r"(?:19|20)\d{2}", head)
        assert json.dumps(doc.gold["perturb"]["ops"]) == '["catalogue"]'


def test_numspace_spaces_figures_off_from_words_outside_gold_values():
    text = "某县2024年国民经济和社会发展统计公报\n全县完成投资101.1亿元，比上年增长11.1%，新增企业110家。\n"
    doc = perturb.perturb(text, _gold(text, None), ["numspace"], seed=1)
    assert "完成投资 101.1亿元" in doc.text and "增长 11.1%，" in doc.text
    assert "某县2024年" in doc.text  # (a title line, no sentence: left as it is)
    for fact in doc.gold["facts"]:
        assert doc.text[fact["start"] :].startswith(fact["value_text"])


def test_digitlines_sets_each_figure_touching_chinese_on_a_line_of_its_own():
    text = "某县2024年国民经济和社会发展统计公报\n全县完成投资101.1亿元，比上年增长11.1%，新增企业110家。\n"
    doc = perturb.perturb(text, _gold(text, None), ["digitlines"], seed=1)
    assert doc.text.startswith("某县\n2024\n年国民经济")
    assert "完成投资\n101.1\n亿元，比上年增长\n11.1%\n，新增企业\n110\n家。" in doc.text
    values = [f["value_text"] for f in doc.gold["facts"]]
    assert values == ["101.1", "11.1%", "110"]  # (the unit on the next line is no part of it)
    for fact in doc.gold["facts"]:
        assert doc.text[fact["start"] :].startswith(fact["value_text"])
        assert fact["value_text"] in fact["quote"]


def test_digitlines_leaves_runs_parted_by_spaces_and_table_rows():
    text = "年度索引： 2023 2022 2021\n地区生产总值\t3145\t4400\n全县完成投资101.1亿元。\n"
    gold = {"doc": "t.txt", "passages": [{"id": "p1", "start": 0, "end": len(text)}], "facts": []}
    doc = perturb.perturb(text, gold, ["digitlines"], seed=1)
    assert "2023 2022 2021\n" in doc.text and "地区生产总值\t3145\t4400\n" in doc.text
    assert "完成投资\n101.1\n亿元。" in doc.text
