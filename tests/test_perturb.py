"""bench/perturb.py: every transformation keeps the gold exact, and is seeded."""

from __future__ import annotations

import json
import re

import pytest

from benchscripts import bench_module

perturb = bench_module("perturb")

# A composed report: a title, a prose paragraph long enough to wrap, a delimited table.
TEXT = (
    "某县二〇二四年国民经济和社会发展计划执行情况\n"
    "主要指标\n"
    "全年全县地区生产总值完成186.45亿元，比上年增长6.2%，其中第一产业增加值24.3亿元，"
    "增长3.5%；规模以上工业增加值增长8.1%，社会消费品零售总额达到67.8亿元，增长5.4%。"
    "城镇居民人均可支配收入41236元，农村居民人均可支配收入19870元。\n"
    "指标\t单位\t2024年目标\t2024年完成\n"
    "地区生产总值\t亿元\t185\t186.45\n"
    "常住人口城镇化率\t%\t58.5\t58.9\n"
)

# Long enough for page breaks (a page is 600-1,000 characters).
LONG = TEXT + "".join(f"第{n}段说明文字，内容与上面的指标无关。\n" for n in range(1, 80))


def _gold(text: str) -> dict:
    facts = []
    for value_text in ("186.45亿元", "6.2%", "24.3亿元", "8.1%", "67.8亿元", "41236元", "58.9"):
        start = text.index(value_text)
        quote_start = text.rfind("，", 0, start) + 1
        facts.append(
            {
                "passage": "p1",
                "value_text": value_text,
                "start": start,
                "quote": text[quote_start : start + len(value_text)],
                "value": float(re.match(r"[\d.]+", value_text).group()),
            }
        )
    return {
        "doc": "t1.txt",
        "jurisdiction": "某县",
        "published": "2025-01-20",
        "passages": [{"id": "p1", "start": 25, "end": len(text)}],
        "facts": facts,
    }


@pytest.mark.parametrize("ops", [[op] for op in perturb.OPS] + [["wrap", "pages", "web"]])
def test_every_transformation_keeps_every_value_at_its_remapped_offset(ops):
    gold = _gold(LONG)
    doc = perturb.perturb(LONG, json.loads(json.dumps(gold)), ops, seed=3)
    assert doc.text != LONG
    for before, after in zip(gold["facts"], doc.gold["facts"], strict=True):
        got = doc.text[after["start"] : after["start"] + len(after["value_text"])]
        assert got == after["value_text"]
        # The same figure, at most made full-width: the same length and the same digits.
        assert len(after["value_text"]) == len(before["value_text"])
        folded = after["value_text"].translate(
            str.maketrans("０１２３４５６７８９．％", "0123456789.%")
        )
        assert folded == before["value_text"]
        assert after["value_text"] in after["quote"] and after["quote"] in doc.text
    assert doc.gold["perturb"] == {"ops": ops, "seed": 3, "chrome": doc.chrome}


def test_the_same_seed_gives_the_same_copy_and_another_seed_another():
    ops = ["wrap", "pages", "spaces"]
    one = perturb.perturb(TEXT, _gold(TEXT), ops, seed=1)
    again = perturb.perturb(TEXT, _gold(TEXT), ops, seed=1)
    other = [perturb.perturb(TEXT, _gold(TEXT), ops, seed=s).text for s in range(2, 8)]
    assert one.text == again.text and one.gold == again.gold
    assert any(t != one.text for t in other)


def test_wrap_breaks_prose_lines_but_never_a_number_nor_before_a_comma():
    doc = perturb.perturb(TEXT, _gold(TEXT), ["wrap"], seed=5)
    assert doc.text.replace("\n", "") == TEXT.replace("\n", "")
    prose = [x for x in doc.text.split("\n") if "\t" not in x]
    assert len(prose) > len([x for x in TEXT.split("\n") if "\t" not in x])
    for m in re.finditer("\n", doc.text):
        i = m.start()
        before, after = doc.text[i - 1], doc.text[i + 1 : i + 2]
        assert not (before.isdigit() and after[:1].isdigit())
        assert after not in ("，", "。", "%", "、")
    # Table rows keep their lines.
    assert "地区生产总值\t亿元\t185\t186.45\n" in doc.text


def test_pages_and_web_chrome_are_listed_with_their_offsets():
    doc = perturb.perturb(LONG, _gold(LONG), ["pages", "web"], seed=2)
    chrome = [doc.text[a:b] for a, b in doc.chrome]
    assert any("发布时间：2025-01-20" in c for c in chrome)
    assert any("相关链接" in c for c in chrome)
    assert len(chrome) >= 3  # page breaks as well as the page's head and tail
    # No fact lies in chrome; the passage still holds every fact.
    passage = doc.gold["passages"][0]
    for f in doc.gold["facts"]:
        assert not any(a <= f["start"] < b for a, b in doc.chrome)
        assert passage["start"] <= f["start"] < passage["end"]


def test_cells_lays_a_table_out_one_cell_a_line_or_runs_its_rows_together():
    layouts = set()
    for seed in range(12):
        doc = perturb.perturb(TEXT, _gold(TEXT), ["cells"], seed=seed)
        assert "\t" not in doc.text
        if "地区生产总值\n亿元\n185\n186.45\n" in doc.text:
            layouts.add("cells")
        elif "指标 单位 2024年目标 2024年完成 地区生产总值 亿元 185 186.45" in doc.text:
            layouts.add("runon")
    assert layouts == {"cells", "runon"}


def test_spaces_spreads_headings_and_header_cells_and_makes_some_figures_full_width():
    seen_full_width = False
    for seed in range(6):
        doc = perturb.perturb(TEXT, _gold(TEXT), ["spaces"], seed=seed)
        assert "\n主 要 指 标\n" in doc.text
        assert "指 标\t单 位\t" in doc.text
        seen_full_width |= "１８６．４５亿元" in doc.text
    assert seen_full_width


def test_spaces_never_indents_the_second_line_of_a_wrapped_value():
    # A PDF's hard wrap inside a figure (15.\n8%): the gold value holds the line break.
    text = "全年完成造林面积12.6万亩。\n年末全县森林覆盖率达到15.\n8%，比上年提高0.3个百分点。\n"
    start = text.index("15.\n8%")
    gold = {
        "doc": "t2.txt",
        "passages": [{"id": "p1", "start": 0, "end": len(text)}],
        "facts": [{"passage": "p1", "value_text": "15.\n8%", "start": start, "quote": text}],
    }
    for seed in range(20):
        doc = perturb.perturb(text, json.loads(json.dumps(gold)), ["spaces"], seed=seed)
        fact = doc.gold["facts"][0]
        got = doc.text[fact["start"] : fact["start"] + len(fact["value_text"])]
        assert got.translate(str.maketrans("１５．８％", "15.8%")) == "15.\n8%"


def test_an_edit_inside_a_value_is_refused():
    doc = perturb.Doc(TEXT, _gold(TEXT))
    at = TEXT.index("186.45") + 2
    with pytest.raises(perturb.PerturbError):
        perturb.apply_edits(doc, [perturb.Edit(at - 1, at + 1, "x")])


def test_the_cli_writes_the_copy_and_its_gold(tmp_path):
    (tmp_path / "t1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "t1.gold.json").write_text(json.dumps(_gold(TEXT)), encoding="utf-8")
    out = tmp_path / "out"
    args = [str(tmp_path / "t1.txt"), str(tmp_path / "t1.gold.json"), str(out), "--ops", "wrap"]
    assert perturb.main([*args, "--seed", "4"]) == 0
    text = (out / "docs" / "t1.txt").read_text(encoding="utf-8")
    gold = json.loads((out / "gold" / "t1.gold.json").read_text(encoding="utf-8"))
    perturb.validate(perturb.Doc(text, gold))
    assert gold["perturb"]["ops"] == ["wrap"]
    assert perturb.main([*args[:3], "--ops", "shuffle"]) == 2


def test_markdown_prints_a_table_as_a_converted_web_page_does():
    doc = perturb.perturb(TEXT, _gold(TEXT), ["markdown"], seed=1)
    assert (
        "| 指标 | 单位 | 2024年目标 | 2024年完成 |\n|---|---|---|---|\n"
        "| 地区生产总值 | 亿元 | 185 | 186.45 |\n| 常住人口城镇化率 | % | 58.5 | 58.9 |\n"
    ) in doc.text
    # Prose is untouched, and a table already printed with bars is left as it is.
    assert doc.text.split("\n")[2] == TEXT.split("\n")[2]
    again = perturb.perturb(doc.text, doc.gold, ["markdown"], seed=1)
    assert again.text == doc.text


def test_markdown_rules_a_table_once_though_a_line_parts_its_header():
    text = TEXT.replace(
        "指标\t单位\t2024年目标\t2024年完成\n", "指标\t单位\n\t目标\t完成\n2024年\n"
    )
    doc = perturb.perturb(text, _gold(text), ["markdown"], seed=1)
    assert doc.text.count("|---|") == 1
    assert "| 指标 | 单位 |\n|---|---|\n" in doc.text
