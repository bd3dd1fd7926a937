"""bench/pg_index_bench.py's designs: each holds every sentence's tokens, in its own form.

The bench compares what PostgreSQL's server spends on other forms of the sentence index;
a design that lost or merged tokens would look cheaper than it is. The report is
composed for this test in the style of a county's work report (Latin and digit words
beside Chinese runs, words repeated across sentences).
"""

from __future__ import annotations

from benchscripts import bench_module
from planwatch.core.data import Span
from planwatch.store.search_index import sentence_rows, stored_tokens

bench = bench_module("pg_index_bench")

TEXT = (
    "全县地区生产总值增长6.1%。粮食总产量9.3万吨，增长1.1%。新建5G基站320个。"
    "R&D经费投入增长12%。今年地区生产总值增长6%左右。城镇新增就业0.3万人。"
)


def _doc() -> list[tuple[int, int, str]]:
    starts = [0] + [i + 1 for i, ch in enumerate(TEXT) if ch == "。"][:-1]
    ends = [i + 1 for i, ch in enumerate(TEXT) if ch == "。"]
    return list(sentence_rows(TEXT, [Span(a, b) for a, b in zip(starts, ends)], "postgresql"))


def test_groups_hold_the_union_of_their_sentences_tokens_once():
    doc = _doc()
    assert len(doc) == 6
    groups = bench.grouped(doc, 4)
    assert [(a, b) for a, b, _ in groups] == [(doc[0][0], doc[3][1]), (doc[4][0], doc[5][1])]
    for (_, _, words), part in zip(groups, (doc[:4], doc[4:]), strict=True):
        tokens = words.split()
        assert len(tokens) == len(set(tokens))
        assert set(tokens) == {w for _, _, t in part for w in t.split()}
    assert "增长" in groups[0][2].split() and "5g" in groups[0][2].split()
    # fewer entries than the sentences hold: 增长 and 地区 are counted once a group
    rows = [(0, a, b, t) for a, b, t in groups]
    assert bench.entries(rows) < bench.entries([(0, a, b, t) for a, b, t in doc])


def test_every_design_indexes_the_same_tokens():
    docs = [_doc(), _doc()[2:]]
    tokens = [set(stored_tokens(TEXT[a:b])) for doc in docs for a, b, _ in doc]
    _, column, sentence = bench.design("sentence", docs)
    _, _, ordered = bench.design("sorted", docs)
    assert column == "tokens" and [set(v.split()) for *_, v in sentence] == tokens
    assert [v.split() for *_, v in ordered] == [sorted(t) for t in tokens]
    ddl, column, coded = bench.design("ints", docs)
    assert column == "codes" and "int4[]" in ddl[0]
    codes = {}
    for (*_, words), (*_, ints) in zip(sentence, coded, strict=True):
        for word, code in zip(words.split(), ints, strict=True):
            assert codes.setdefault(word, code) == code
    cjk = [c for w, c in codes.items() if not w.isascii()]
    assert len(set(cjk)) == len(cjk) and all(c > 0 for c in cjk)  # one code a token
    assert all(codes[w] < 0 for w in ("5g", "6", "r", "d"))
    assert bench.entries(bench.design("document", docs)[2]) < bench.entries(sentence)


def test_rows_of_several_sentences_check_more_than_they_find():
    docs = [_doc()]
    assert bench.read_cost(docs, ["增长"], 1) == (4, 4)  # a row a sentence: found, checked
    assert bench.read_cost(docs, ["增长"], 6) == (4, 6)  # one row: all six are checked
    assert bench.read_cost(docs, ["就业"], 3) == (1, 3)  # the second half only
    assert bench.read_cost(docs, ["地区生产总值 5G"], 6) == (0, 6)  # apart in the row
    assert bench.read_cost(docs, ["粮"], 1) == (1, 1)  # a lone character, as a prefix
