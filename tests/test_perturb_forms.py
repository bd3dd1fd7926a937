"""bench/perturb_forms.py: each further flattening form keeps the gold exact and prints
the form it names."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchscripts import bench_module

perturb = bench_module("perturb")

# A composed county report: numbered headings, a paragraph with large figures, a table
# with a unit column and a header cell carrying its unit in brackets.
TEXT = (
    "某县二〇二四年国民经济和社会发展统计公报\n"
    "一、综合\n"
    "全年全县地区生产总值完成2186.45亿元，比上年增长6.2%，其中第一产业增加值124.3亿元，"
    "增长3.5%；规模以上工业企业营业收入达到13567.8亿元，增长5.4%。"
    "城镇居民人均可支配收入41236元，农村居民人均可支配收入19870元。\n"
    "（一）主要指标\n"
    "指标\t单位\t绝对数（亿元）\t2024年目标\n"
    "地区生产总值\t亿元\t2186.45\t2150\n"
    "一般公共预算收入\t亿元\t156.7\t150\n"
    "二、农业\n"
    "全年粮食总产量45.6万吨，下降1.3%。\n"
)
LONG = TEXT + "".join(
    f"第{n}段说明文字，内容与上面的指标无关，只为页面足够长。\n" for n in range(60)
)
VALUES = ("2186.45亿元", "6.2%", "124.3亿元", "13567.8亿元", "41236元", "19870元", "156.7")


def _gold(text: str) -> dict:
    facts = []
    for value_text in VALUES:
        start = text.index(value_text)
        quote_start = max(text.rfind("，", 0, start), text.rfind("\n", 0, start)) + 1
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
        "doc": "t2.txt",
        "jurisdiction": "某县",
        "passages": [{"id": "p1", "start": 0, "end": len(text)}],
        "facts": facts,
    }


def _plain(value_text: str) -> str:
    """A figure without thousands separators, with half-width digits."""
    half = value_text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return re.sub(r"(?<=\d)[,， ](?=\d{3})", "", half)


@pytest.mark.parametrize("op", list(perturb.FORMS))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_form_keeps_every_value_at_its_remapped_offset(op, seed):
    gold = _gold(LONG)
    doc = perturb.perturb(LONG, json.loads(json.dumps(gold)), [op], seed=seed)
    assert doc.text != LONG
    for before, after in zip(gold["facts"], doc.gold["facts"], strict=True):
        assert doc.text[after["start"] :].startswith(after["value_text"])
        assert _plain(after["value_text"]) == before["value_text"]
        assert after["value_text"] in after["quote"] and after["quote"] in doc.text


def test_thousands_groups_large_figures_but_leaves_years():
    doc = perturb.perturb(LONG, _gold(LONG), ["thousands"], seed=1)
    sep = re.search(r"2(.)186\.45", doc.text).group(1)
    assert sep in ",， "
    assert f"13{sep}567.8亿元" in doc.text and f"41{sep}236元" in doc.text
    assert "2024年目标" in doc.text and "124.3亿元" in doc.text


def test_mixdigits_makes_some_digits_full_width_in_the_same_length():
    doc = perturb.perturb(LONG, _gold(LONG), ["mixdigits"], seed=1)
    assert len(doc.text) == len(LONG)
    assert re.search(r"[0-9][０-９]|[０-９][0-9]", doc.text)


def test_footnotes_glue_marks_to_figures_and_list_their_note_as_chrome():
    for seed in range(1, 6):
        doc = perturb.perturb(LONG, _gold(LONG), ["footnotes"], seed=seed)
        notes = [m.start() for m in re.finditer(r"^注：", doc.text, re.M)]
        assert notes, seed
        for at in notes:
            assert any(a <= at + 1 < b for a, b in doc.chrome)
        marks = re.findall(r"[①②③④⑤⑥⑦]|\[\d\]|\*", doc.text)
        assert len(marks) >= 2 * len(notes)


def test_footnotes_never_put_a_note_inside_a_figure_a_pdf_wrapped():
    # real21's c517 is a PDF text layer whose 3.91 / 万人 is wrapped across a line's end,
    # the gold's value text holding the break: a note for a figure before it on that line,
    # set under the line, would split the wrapped one; that figure goes unmarked instead.
    composed = Path(__file__).resolve().parents[1] / "bench" / "composed" / "real21"
    text = (composed / "docs" / "c517.txt").read_text(encoding="utf-8")
    gold = json.loads((composed / "gold" / "c517.gold.json").read_text(encoding="utf-8"))
    assert any("\n" in f["value_text"] for f in gold["facts"])
    for seed in range(1, 6):
        doc = perturb.perturb(text, gold, ["footnotes"], seed=seed)
        for fact in doc.gold["facts"]:
            at = fact["start"]
            assert doc.text[at : at + len(fact["value_text"])] == fact["value_text"], seed


def test_midpage_cuts_a_paragraph_with_a_page_mark_listed_as_chrome():
    doc = perturb.perturb(LONG, _gold(LONG), ["midpage"], seed=2)
    marks = list(re.finditer(r"^— (\d+) —$", doc.text, re.M))
    assert [int(m.group(1)) for m in marks] == list(range(1, len(marks) + 1))
    assert all(any(a <= m.start() < b for a, b in doc.chrome) for m in marks)
    # At least one page ends inside a line: the line before the mark has no full stop.
    before = [doc.text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1] for m in marks]
    assert any(not line.endswith("。") for line in before)


def test_htmlcells_prints_one_cell_a_line_and_a_two_row_header_on_two_lines():
    doc = perturb.perturb(TEXT, _gold(TEXT), ["htmlcells"], seed=1)
    assert "\t" not in doc.text
    assert "地区生产总值\n\n亿元\n\n2186.45\n\n2150" in doc.text
    assert "绝对数\n（亿元）" in doc.text and "2024年\n目标" in doc.text


def test_word_tabs_every_row_and_loses_or_numbers_the_headings():
    spaced = TEXT.replace("\t", "    ")
    seen = set()
    for seed in range(1, 8):
        doc = perturb.perturb(spaced, _gold(spaced), ["word"], seed=seed)
        assert "地区生产总值\t亿元\t2186.45\t2150" in doc.text
        assert "一、" not in doc.text and "（一）" not in doc.text
        seen.add("1.综合" in doc.text and "（1）主要指标" in doc.text and "2.农业" in doc.text)
        seen.add("\n综合\n" in doc.text and "\n主要指标\n" in doc.text)
    assert seen == {True, False}


def test_unitline_moves_one_shared_unit_above_the_table():
    doc = perturb.perturb(TEXT, _gold(TEXT), ["unitline"], seed=1)
    assert "单位：亿元\n指标\t绝对数（亿元）\t2024年目标\n地区生产总值\t2186.45\t2150" in doc.text


def test_unitline_puts_differing_units_after_each_row_name():
    text = TEXT.replace("一般公共预算收入\t亿元\t156.7", "常住人口城镇化率\t%\t156.7")
    doc = perturb.perturb(text, _gold(text), ["unitline"], seed=1)
    assert "地区生产总值（亿元）\t2186.45" in doc.text
    assert "常住人口城镇化率（%）\t156.7" in doc.text
    assert "单位：" not in doc.text


def test_newspage_puts_a_fold_an_app_line_and_an_editor_line_as_chrome():
    cut = set()
    for seed in range(1, 7):
        doc = perturb.perturb(LONG, _gold(LONG), ["newspage"], seed=seed)
        fold = re.search(r"^(?:点击)?展开(?:全文|剩余\d+%)$", doc.text, re.M)
        assert fold, seed
        editor = re.search(r"^[【（]?(?:责任)?编辑：\w+[】）]?$", doc.text, re.M)
        assert editor and doc.text.endswith(editor.group() + "\n")
        for m in (fold, editor):
            assert any(a <= m.start() and m.end() <= b for a, b in doc.chrome)
        # The fold cuts a paragraph's line on some documents: the line before it runs on.
        cut.add(not doc.text[: fold.start()].rstrip("\n").endswith("。"))
    assert cut == {True, False}


def test_emphasis_sets_headings_and_a_few_figures_clauses_in_bold():
    doc = perturb.perturb(LONG, _gold(LONG), ["emphasis"], seed=5)
    mark = "**" if "**" in doc.text else "*"
    assert f"{mark}一、综合{mark}\n" in doc.text and f"{mark}（一）主要指标{mark}\n" in doc.text
    assert "\t" in doc.text and f"{mark}指标" not in doc.text  # (table rows are left alone)
    assert doc.text.replace(mark, "") == LONG  # (only marks are added)
    bold = re.findall(rf"{re.escape(mark)}([^*\n]+){re.escape(mark)}", doc.text)
    assert any(re.search(r"\d", run) for run in bold)
