"""Migration titles: a heading's title kept as an offset where the stored text holds it.

The plans are composed for this test, with headings of the forms documents number
themselves by (第一章, 一、, (一), 1.) and two whose title is not the tail of their line
(a colon after it; a long line whose leading clause is the title). Every outline must
read back as the outline reader made it, before and after the migration both ways.
"""

from __future__ import annotations

from sqlalchemy import inspect, text

from planwatch.store.repo import Store
from planwatch.store.titles import read_title, stored_title
from planwatch.structure import build_outline
from storetexts import ingest_texts, migrate

PLANS = {
    "青川县十四五规划.txt": (
        "青川县国民经济和社会发展第十四个五年规划纲要\n"
        "第一章 发展基础\n"
        "一、主要成就\n"
        "全县地区生产总值达到52.3亿元，年均增长7.1%。\n"
        "（一）产业结构\n"
        "三次产业结构调整为18:35:47。\n"
        "第二章 总体要求\n"
        "1.主要目标\n"
        "到2025年，地区生产总值达到70亿元，年均增长6%左右。\n"
        "附件：\n"
        "主要指标表\n"
    ),
    "石泉县政府工作报告.txt": (
        "石泉县2024年政府工作报告\n"
        "一、2023年工作回顾\n"
        "全年地区生产总值增长5.2%，城镇新增就业0.3万人。\n"
        "二、2024年工作安排\n"
        "今年主要预期目标是：地区生产总值增长6%左右。\n"
    ),
}


def _outline_rows(st: Store) -> dict:
    out = {}
    for d in st.documents():
        doc = st.load(d.id)
        out[d.name] = [
            (h.level, h.marker, h.title, h.span, h.section) for h in doc.outline.headings
        ]
    return out


def _stored(st: Store) -> list[tuple]:
    with st.engine.connect() as conn:
        sql = "SELECT title, title_at FROM headings ORDER BY doc_id, ordinal"
        return conn.execute(text(sql)).all()


def test_a_title_the_line_ends_with_is_stored_as_its_offset():
    line = "第二章 总体要求\n"
    assert stored_title(line, "总体要求", 0, 8) == (None, 4)
    assert read_title(line, None, 4, 0, 8) == "总体要求"


def test_a_title_the_line_does_not_end_with_is_stored_as_written():
    line = "附件：\n"
    assert stored_title(line, "附件", 0, 3) == ("附件", None)
    assert read_title(line, "附件", None, 0, 3) == "附件"
    # An empty title stays empty: no offset could tell it from the line's tail.
    assert stored_title("第三章\n", "", 0, 3) == ("", None)
    assert read_title("第三章\n", "", None, 0, 3) == ""


def test_stored_outlines_read_back_as_the_reader_made_them(db_url, tmp_path):
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, PLANS)
        read = _outline_rows(st)
        stored = _stored(st)
    for name, body in PLANS.items():
        made = build_outline(body).headings
        assert read[name] == [(h.level, h.marker, h.title, h.span, h.section) for h in made]
        assert made, name
    assert any(title is None and at is not None for title, at in stored)
    assert ("附件", None) in stored  # its line ends with a colon after it


def test_the_migration_both_ways_reads_the_same(db_url, tmp_path):
    def downgrade(st: Store) -> None:
        migrate(st, "evalread")

    with Store(db_url) as st:
        ingest_texts(st, tmp_path, PLANS)
        before, offsets = _outline_rows(st), _stored(st)
        downgrade(st)
        columns = {c["name"]: c for c in inspect(st.engine).get_columns("headings")}
        assert "title_at" not in columns and not columns["title"]["nullable"]
        with st.engine.connect() as conn:
            sql = "SELECT title FROM headings ORDER BY doc_id, ordinal"
            titles = conn.execute(text(sql)).scalars().all()
        assert None not in titles and len(titles) == len(offsets)
    with Store(db_url) as st:  # opening upgrades: the titles the text holds become offsets
        assert _stored(st) == offsets
        assert _outline_rows(st) == before
        key = inspect(st.engine).get_pk_constraint("headings")["constrained_columns"]
        assert key == ["doc_id", "ordinal"]  # migration trim
