"""Correcting a document's type or date derives its facts again (planwatch set)."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner
from sqlalchemy.exc import OperationalError

from planwatch.cli import cli
from planwatch.core.data import DocType
from planwatch.core.errors import NotFoundError, UsageError
from planwatch.describe.user import user_meta
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.reresolve import rederive
from planwatch.store import replace
from planwatch.store.pages import SentenceFilter, search_sentences
from planwatch.store.repo import FactFilter, Store
from planwatch.store.search_index import query_term

OPTS = Options(workers=1, show_progress=False)

# A county's review of its year (composed for the tests): no time words, no cue,
# so the genre decides whether the figures are results or aims.
REVIEW = (
    "平利县经济社会发展情况\n"
    "全县地区生产总值达到152亿元，增长6.8%。一般公共预算收入完成5.2亿元，增长7.1%。\n"
    "城镇居民人均可支配收入达到3.1万元，增长6.5%。\n"
)


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def facts_of(db, name="r.txt"):
    with Store(f"sqlite:///{db}") as store:
        return store.facts(FactFilter(doc=name))


def snapshot(db):
    """Everything a correction may change, as plain values."""
    with Store(f"sqlite:///{db}") as store:
        (doc,) = store.documents()
        loaded = store.load(doc.id)
        facts = [(sf.id, sf.fact) for sf in store.facts(FactFilter(include_rejected=True))]
        return doc, loaded.meta, loaded.outline, facts, store.corrections()


@pytest.fixture
def stored(tmp_path):
    """The review ingested as a plan outline, published 2022-01-10."""
    (tmp_path / "r.txt").write_text(REVIEW, encoding="utf-8")
    db = tmp_path / "s.db"
    args = ("--type", "plan_outline", "--area", "平利县", "--published", "2022-01-10")
    result = run(db, "ingest", "--no-progress", *args, str(tmp_path / "r.txt"))
    assert result.exit_code == 0, result.output
    return db


def test_a_report_filed_as_a_plan_gets_actuals_once_corrected(stored):
    assert {sf.fact.kind.value for sf in facts_of(stored)} == {"target"}
    result = run(stored, "set", "r.txt", "--type", "work_report")
    assert result.exit_code == 0, result.output
    assert "type plan_outline → work_report" in result.output
    assert "targets 6 → 0, actuals 0 → 6" in result.output
    facts = facts_of(stored)
    assert len(facts) == 6 and {sf.fact.kind.value for sf in facts} == {"actual"}
    assert {sf.fact.year for sf in facts} == {2021}  # a report of early 2022 reviews 2021
    doc, meta, *_ = snapshot(stored)
    assert meta.doc_type is DocType.WORK_REPORT and meta.year == 2022
    # what was set before stays set; the new field joins it
    assert meta.user_set == {"area", "type", "published"} and doc.area_code == "610926"
    assert "(set by the user)" in run(stored, "show", "r.txt").output


def test_a_date_correction_moves_the_years(stored):
    assert run(stored, "set", "r.txt", "--type", "work_report").exit_code == 0
    result = run(stored, "set", "1", "--published", "2024-01-15")
    assert result.exit_code == 0, result.output
    assert "published 2022-01-10 → 2024-01-15" in result.output
    assert {sf.fact.year for sf in facts_of(stored)} == {2023}
    _, meta, *_ = snapshot(stored)
    assert (meta.reference_date, meta.year, meta.doc_type) == (
        "2024-01-15",
        2024,
        DocType.WORK_REPORT,
    )
    assert run(stored, "set", "1", "--year", "2020").exit_code == 0
    assert {sf.fact.year for sf in facts_of(stored)} == {2019}


def test_the_correction_survives_ingesting_the_file_again(stored, tmp_path):
    assert run(stored, "set", "r.txt", "--type", "work_report").exit_code == 0
    before = snapshot(stored)
    again = run(stored, "ingest", "--no-progress", str(tmp_path / "r.txt"))
    assert again.exit_code == 0 and "1 already present" in again.output
    assert snapshot(stored) == before
    # a changed file at the same path is a new version that keeps what the user set
    (tmp_path / "r.txt").write_text(REVIEW.replace("6.8%", "6.9%"), encoding="utf-8")
    assert run(stored, "ingest", "--no-progress", str(tmp_path / "r.txt")).exit_code == 0
    with Store(f"sqlite:///{stored}") as store:
        (doc,) = store.documents()
        meta = store.load(doc.id).meta
        kinds = {sf.fact.kind.value for sf in store.facts(FactFilter(doc=str(doc.id)))}
    assert doc.version == 2 and meta.doc_type is DocType.WORK_REPORT
    assert meta.user_set == {"area", "type", "published"} and kinds == {"actual"}


def test_a_failure_leaves_the_store_unchanged(stored, monkeypatch):
    before = snapshot(stored)

    def broken(*args, **kwargs):
        raise OperationalError("UPDATE structures", {}, Exception("disk I/O error"))

    monkeypatch.setattr(replace, "_replace_structure", broken)  # after the facts are swapped
    result = run(stored, "set", "r.txt", "--type", "work_report")
    assert result.exit_code == 1
    (line,) = [ln for ln in result.output.splitlines() if ln.strip()]
    assert line.startswith("Error: could not correct document 1")
    assert snapshot(stored) == before


def test_corrections_follow_their_figure_or_are_reported(stored):
    with Store(f"sqlite:///{stored}") as store:
        first, second = [sf.id for sf in store.facts(FactFilter(doc="r.txt"))][:2]
        store.correct(first, author="王", field="value", value="153")
        store.correct(second, author="王", wrong=True)
        done = rederive(store, "r.txt", user_meta(doc_type="work_report"))
        assert done.reattached == 2 and done.dropped == ()
        fixed = {sf.fact.value for sf in store.facts(FactFilter(doc="r.txt"))}
        assert 153.0 in fixed and 152.0 not in fixed
        assert len(store.facts(FactFilter(doc="r.txt"))) == 5  # the wrong one stays out
        # Rows in which the first figure is no longer found: its correction is dropped.
        loaded = store.load(1)
        rows = _rows_without_first_fact(store, loaded)
        outcome = store.replace_derived(1, rows)
        assert outcome.reattached == 1
        assert [(c.field, c.value) for c in outcome.dropped] == [("value", "153")]
        assert [c.wrong for c in store.corrections()] == [True]
        assert outcome.areas == {"610926"}


def _rows_without_first_fact(store, loaded):
    from planwatch.pipeline import analyse_read
    from planwatch.reresolve import _as_read
    from planwatch.store.rows import to_rows

    analysed = analyse_read(
        _as_read(loaded), loaded.name, sha256=loaded.sha256, user=user_meta(area="平利县")
    )
    rows = to_rows(analysed.document, analysed.facts, 1)
    return dataclasses.replace(rows, facts=rows.facts[1:])


def test_changed_sentences_are_indexed_again(stored):
    """The sentence index follows the outline when the code that finds sentences changed."""
    with Store(f"sqlite:///{stored}") as store:
        loaded = store.load(1)
        rows = _rows_without_first_fact(store, loaded)
        last = rows.search[-1]
        store.replace_derived(1, dataclasses.replace(rows, search=rows.search[:-1]))
        store.replace_derived(1, dataclasses.replace(rows, sentences="[]", search=()))
        assert _hits(store, "可支配收入") == 0
        store.replace_derived(1, dataclasses.replace(rows, search=(last,)))
        assert _hits(store, "可支配收入") == 1 and _hits(store, "公共预算") == 0


def _hits(store, word):
    _, total = search_sentences(store, [query_term(word)], SentenceFilter())
    return total


def test_nothing_to_set_or_a_bad_value_is_one_error_line(stored):
    with Store(f"sqlite:///{stored}") as store, pytest.raises(UsageError, match="say what"):
        rederive(store, "r.txt", user_meta())
    for args in (("--type", "plan"), ("--published", "2024-13")):
        result = run(stored, "set", "r.txt", *args)
        assert result.exit_code == 1
        (line,) = [ln for ln in result.output.splitlines() if ln.strip()]
        assert line.startswith(f"Error: {args[0]} ")
    assert run(stored, "set", "nope.txt", "--year", "2021").exit_code == 1


def test_the_same_settings_give_the_same_facts(tmp_path):
    """Deriving again with nothing new reproduces ingest (the stages are the same)."""
    with Store(f"sqlite:///{tmp_path / 'e.db'}") as store:
        ingest(["examples/"], store, OPTS)
        doc = store.documents()[0]
        before = [sf.fact for sf in store.facts(FactFilter(doc=str(doc.id)))]
        tables = store.recovered_tables(doc.id)
        area = store.load(doc.id).meta.area
        rederive(store, doc.id, user_meta(area=area.code))
        after = [sf.fact for sf in store.facts(FactFilter(doc=str(doc.id)))]
        assert after == before and store.recovered_tables(doc.id) == tables


def test_sidecar_rows_naming_no_file_are_reported(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(REVIEW, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,area,type,year,published\n"
        "a.txt,平利县,work_report,,2022-01-10\n"
        "missing.txt,平利县,,,\n"
        "gone.txt,平利县,not_a_type,,\n",
        encoding="utf-8",
    )
    with Store(f"sqlite:///{tmp_path / 'b.db'}") as store:
        summary = ingest([str(folder)], store, OPTS)
        (doc,) = store.documents()
    assert summary.added == 1 and doc.doc_type == "work_report"
    errors = sorted(i.error for i in summary.items if i.status == "failed")
    assert len(errors) == 2 and all("metadata.csv" in e and "\n" not in e for e in errors)
    assert "gone.txt names no file" in errors[0] and "missing.txt names no file" in errors[1]
    # one line each on the command line, exit status 1, the rest stored
    result = run(tmp_path / "c.db", "ingest", "--no-progress", str(folder))
    assert result.exit_code == 1
    assert sum("names no file" in ln for ln in result.output.splitlines()) == 2
    assert "1 added" in result.output


def test_describe_with_a_users_genre_reads_the_time_frame_with_it():
    from planwatch.describe.user import describe_as_set

    text = "平利县2023年国民经济和社会发展统计公报\n全县地区生产总值增长6.8%。\n"
    meta = describe_as_set(text, name="x.txt", user=user_meta(doc_type="communique"))
    assert meta.doc_type is DocType.STATISTICAL_COMMUNIQUE and meta.year == 2023
    as_plan = describe_as_set(text, name="x.txt", user=user_meta(doc_type="plan_outline"))
    assert as_plan.year is None  # a plan has a period, not a report year


def test_a_missing_document_is_not_found(tmp_path):
    with (
        Store(f"sqlite:///{tmp_path / 'n.db'}") as store,
        pytest.raises(NotFoundError, match="no document"),
    ):
        rederive(store, "x.txt", user_meta(year="2020"))
    with Store(f"sqlite:///{tmp_path / 'n.db'}") as store, pytest.raises(NotFoundError):
        store.replace_derived(1, _empty_rows())


def _empty_rows():
    from planwatch.store.rows import DocRows

    return DocRows(
        name="x", path=None, sha256="0", areas=(), document={}, text="", paragraphs="[]",
        sentences="[]", tables="[]", headings=(), facts=(),
    )  # fmt: skip


def test_correcting_on_either_backend(db_url, tmp_path):
    (tmp_path / "r.txt").write_text(REVIEW, encoding="utf-8")
    as_plan = user_meta(doc_type="plan_outline", area="平利县", published="2022-01-10")
    with Store(db_url) as store:
        ingest([str(tmp_path / "r.txt")], store, OPTS, user=as_plan)
        first = store.facts(FactFilter(doc="r.txt"))[0]
        store.correct(first.id, author="王", field="value", value="153")
        done = rederive(store, "r.txt", user_meta(doc_type="work_report"))
        facts = store.facts(FactFilter(doc="r.txt"))
        assert done.reattached == 1 and done.kinds_after == {"actual": 6, "target": 0}
        assert {sf.fact.kind.value for sf in facts} == {"actual"}
        assert facts[0].fact.value == 153.0 and facts[0].id != first.id
        assert _hits(store, "可支配收入") == 1
        rows = _rows_without_first_fact(store, store.load(done.doc_id))
        store.replace_derived(done.doc_id, dataclasses.replace(rows, sentences="[]", search=()))
        assert _hits(store, "可支配收入") == 0
        store.replace_derived(done.doc_id, dataclasses.replace(rows, search=rows.search[-1:]))
        assert _hits(store, "可支配收入") == 1 and _hits(store, "公共预算") == 0


def test_a_correction_drops_the_stored_evaluations_of_the_areas_it_touches(stored):
    """`set` changes facts in place (no newer id tells it), so the verdicts stored for
    the old and the new area must go with the old facts, in the same transaction."""
    from planwatch.evaluated import refresh, stale_codes

    with Store(f"sqlite:///{stored}") as store:
        old = store.find_document("r.txt").area_code
        refresh(store, [old])
        assert stale_codes(store, [old], None) == []
        rederive(store, "r.txt", user_meta(area="岚皋县"))
        new = store.find_document("r.txt").area_code
        assert new != old
        assert stale_codes(store, [old, new], None) == [old, new]
