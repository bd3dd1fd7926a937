"""What made ``evaluate --all`` cheaper without changing what it gives: its worker
processes run without the automatic garbage collector (one collection a chunk), a word
list is searched in one pass, and a year's restated figures are compared once per
printed value."""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest
from tests.storetexts import ingest_texts

from planwatch import evaluated
from planwatch.evaluate import words
from planwatch.evaluate.words import says
from planwatch.store.pages import area_codes_with_documents
from planwatch.store.repo import Store


def _collector() -> tuple[bool, int]:
    return gc.isenabled(), gc.get_freeze_count()


def test_a_worker_runs_without_the_automatic_collector_and_its_parent_keeps_it():
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=1,
        mp_context=context,
        initializer=evaluated._start_worker,
        initargs=(os.getpid(),),
    ) as pool:
        enabled, frozen = pool.submit(_collector).result()
    assert not enabled
    assert frozen > 0  # what the worker inherited is left out of collections
    assert gc.isenabled()


def test_a_chunk_evaluated_with_the_collector_off_is_the_same_and_leaves_it_off(store_url):
    url, codes = store_url
    on, failed_on = evaluated._records_of_url(url, codes, None)
    gc.disable()
    try:
        off, failed_off = evaluated._records_of_url(url, codes, None)
        assert not gc.isenabled()  # collected once, not switched back on
    finally:
        gc.enable()
    assert not failed_on and not failed_off and sorted(on) == codes
    assert {c: r.packed for c, r in off.items()} == {c: r.packed for c, r in on.items()}


@pytest.fixture
def store_url(db_url, tmp_path):
    docs = {
        "a_台山市规划纲要.txt": (
            "台山市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
            "到2025年，地区生产总值年均增长6.5%，森林覆盖率达到62%以上。\n"
        ),
        "b_台山市2022年政府工作报告.txt": (
            "2022年台山市人民政府工作报告\n"
            "过去一年，全市地区生产总值按可比价格计算增长7.1%，森林覆盖率达到60.4%。\n"
        ),
        "c_台山市2022年统计公报.txt": (
            "台山市2021年国民经济和社会发展统计公报\n全市地区生产总值增长7.10%。\n"
        ),
    }
    with Store(db_url) as s:
        ingest_texts(s, tmp_path, docs)
        codes = area_codes_with_documents(s)
        yield s.url, codes


@pytest.mark.parametrize(
    "clause",
    [
        "按可比价格计算增长7%",
        "现价增长5%",
        "年末常住人口",
        "全年平均",
        "受疫情影响",
        "",
        "无关的话",
    ],
)
def test_a_word_list_is_found_as_word_by_word(clause):
    for name in ("constant_price", "nominal", "year_end", "annual_average", "reasons", "done"):
        assert says(clause, name) == any(w in clause for w in words.words(name))


def test_an_empty_word_list_finds_nothing_and_a_list_finds_each_of_its_words(monkeypatch):
    monkeypatch.setattr(words, "_lists", lambda: {"none": (), "two": ("提前", "a.b")})
    words._finder.cache_clear()
    try:
        assert not says("提前完成", "none")
        assert says("已提前完成", "two") and says("xa.by", "two")
        assert not says("axb", "two")  # a word is matched as written, not as a pattern
    finally:
        words._finder.cache_clear()
