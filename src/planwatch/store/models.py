"""The database schema, as SQLAlchemy tables.

One schema for SQLite (the embedded default) and PostgreSQL. Alembic
migrations under ``store/migrations`` create and upgrade it; this module is
what the migrations and the queries in the store package agree on.

Tables
------
documents   one row per stored version of a file (content hash unique)
texts       the immutable stored text of each document (kept apart so that
            listing documents never loads megabytes of text): compressed
            ``ztext`` on both backends (store/textcodec.py)
structures  per-document spans that are only read whole: paragraphs,
            sentences and the readers' table grids, as JSON
headings    the outline, one row per heading (queried by range)
areas       admin divisions referenced by documents, with their parents
facts       the ledger: one row per grounded figure (DESIGN.md fact schema)
corrections a person's corrections of facts (who, when, which field), applied
            when facts are read; the extracted row itself is never changed
indicators  the indicator catalog (data/catalog.toml and local files), refreshed
            when a store is opened, so the file explains its own indicator ids

Views (store/views.py; created after every migration run): facts_view, the ledger
with readable names. docs/schema.md documents every table, view and column.
area_evaluations, area_changes, evaluation_marks
            evaluations computed once per area, and what changed each area
            since (store/evalstore.py)
text_dicts  the zstd dictionaries the store's texts are packed with (migration zdict,
            store/textdicts.py), by zstd's dictionary id
search_fts / search_sentences
            the full-text index of sentences (SQLite FTS5 / PostgreSQL
            tokens under a GIN tsvector index): backend-specific, so created by migration ``fts`` (and
            ``compact``) and written and read in ``store/search_index.py``, not declared here
            (PostgreSQL's rows keep ``doc_id`` without a foreign key since migration ``nofk``)
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

areas = Table(
    "areas",
    metadata,
    Column("code", String(12), primary_key=True),
    Column("name", String(64), nullable=False),
    Column("level", String(16), nullable=False),
    Column("parent_code", String(12), nullable=True, index=True),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(255), nullable=False, index=True),
    Column("path", Text, nullable=True, index=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("format", String(8), nullable=False),
    Column("encoding", String(32), nullable=True),
    Column("size_bytes", Integer, nullable=False),
    Column("size_chars", Integer, nullable=False),
    Column("title", Text, nullable=True),
    Column("doc_type", String(32), nullable=False),
    Column("area_code", String(12), ForeignKey("areas.code"), nullable=True, index=True),
    Column("area_name", String(64), nullable=True),
    Column("year", Integer, nullable=True),
    Column("period_start", Integer, nullable=True),
    Column("period_end", Integer, nullable=True),
    Column("published", String(32), nullable=True),
    Column("toc_start", Integer, nullable=True),
    Column("toc_end", Integer, nullable=True),
    Column("n_facts", Integer, nullable=False, default=0),
    # A changed file at the same path is a new version; the old row is kept.
    Column("version", Integer, nullable=False, default=1),
    Column("superseded_by", Integer, ForeignKey("documents.id"), nullable=True, index=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    # Metadata fields the user set (area,type,year,published), comma-separated.
    Column("user_set", String(64), nullable=True),
    # When the document was delivered or published (describe), and why its genre
    # and date were decided: Evidence records as JSON.
    Column("reference_date", String(10), nullable=True),
    Column("evidence", JSON, nullable=True),
    # The overview's counts of current documents and facts per area, read from the
    # index alone (migration evalwhole).
    Index("ix_documents_current", "superseded_by", "area_code", "n_facts"),
)

texts = Table(
    "texts",
    metadata,
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("text", Text, nullable=True),  # NULL where ztext holds it (migration ztext)
    Column("ztext", LargeBinary, nullable=True),
)

# Migration zdict: a dictionary trained on the store's own texts (textcodec form 0x03).
text_dicts = Table(
    "text_dicts",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),  # zstd's dictionary id
    Column("dict", LargeBinary, nullable=False),
)

structures = Table(
    "structures",
    metadata,
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("paragraphs", JSON, nullable=False),  # [[start, end], ...]
    Column("sentences", JSON, nullable=False),  # [[start, end], ...]
    Column("tables", JSON, nullable=False),  # readers' grids, see rows.table_json
)

headings = Table(
    "headings",
    metadata,
    # A document's headings in order (migration trim: no id, and on SQLite the rows are
    # kept in this key's order, WITHOUT ROWID, so the key is not held a second time).
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("level", Integer, nullable=False),
    Column("marker", String(32), nullable=False),
    # NULL where the title is the tail of the heading's line: ``title_at`` is then its
    # offset from ``start`` (migration titles, store/titles.py).
    Column("title", Text, nullable=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("section_start", Integer, nullable=False),
    Column("section_end", Integer, nullable=False),
    Column("title_at", Integer, nullable=True),
    sqlite_with_rowid=False,
)

facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote_start", Integer, nullable=False),
    Column("quote_end", Integer, nullable=False),
    Column("jurisdiction", String(64), nullable=True),
    Column("jurisdiction_code", String(12), nullable=True),
    Column("indicator", Text, nullable=False),
    Column("indicator_id", String(64), nullable=True),
    Column("kind", String(8), nullable=False),
    Column("measure", String(8), nullable=False),
    Column("year", Integer, nullable=True),
    Column("period_start", Integer, nullable=True),
    Column("value", Float, nullable=False),
    Column("unit", String(32), nullable=True),
    Column("comparator", String(8), nullable=False),
    Column("binding", String(10), nullable=True),
    Column("origin", String(16), nullable=False),
    Column("indicator_confidence", Float, nullable=True),
    Column("canonical_value", Float, nullable=True),
    Column("canonical_unit", String(32), nullable=True),
    # Which words decided kind and year: compact JSON (planwatch.core.evidence).
    Column("evidence", Text, nullable=True),
    # No characters of the text: a fact's value and quote are read from the document's
    # stored text by their spans (migration spans dropped the copies: store/quotes.py).
    # Listings page in SQL in this order (migration readindex). On SQLite the index is
    # (doc_id, start, end): every SQLite index ends with the row's id (migration trim).
    Index("ix_facts_doc_span", "doc_id", "start", "end", "id"),
    Index("ix_facts_jurisdiction", "jurisdiction", "doc_id", "start"),
    # Migration evalread: with the columns evaluation's per-area sums read, so those
    # read the index alone (store/evalfacts._summaries).
    Index(
        "ix_facts_area_doc",
        "jurisdiction_code",
        "doc_id",
        "start",
        "kind",
        "indicator_id",
        "year",
        "period_start",
    ),
    # An indicator's facts, and its series in an area (migration tidy merged the two
    # indexes these had: one index, led by the indicator, serves both).
    # Migration cover: with the columns an indicator's page counts and ranks by, so those
    # reads need no fact row (store/indicatorpage.py).
    Index(
        "ix_facts_series",
        "indicator_id",
        "jurisdiction_code",
        "year",
        "jurisdiction",
        "measure",
        "kind",
        "doc_id",
        "start",
        "end",
    ),
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "fact_id", Integer, ForeignKey("facts.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("author", String(128), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("field", String(32), nullable=True),  # None with wrong=True: the whole fact
    Column("value", Text, nullable=True),
    Column("wrong", Boolean, nullable=False, default=False),
    Column("note", Text, nullable=True),
)

indicators = Table(
    "indicators",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("category", String(16), nullable=False),
    Column("unit", String(32), nullable=True),
    Column("direction", String(8), nullable=True),  # higher | lower | None
    Column("measure", String(8), nullable=False),  # level | growth: how it is usually stated
    Column("core", Boolean, nullable=False, default=False),
)

# Indicator tables as the table extractor read them at ingest (planwatch tables,
# the document page): one row per table; ``body`` holds its columns and rows,
# see records._record_row. ``reason`` says why a table found gave no facts.
recovered_tables = Table(
    "recovered_tables",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("title", Text, nullable=True),
    Column("layout", String(16), nullable=False),
    Column("reason", Text, nullable=True),
    Column("body", JSON, nullable=False),
    Index("ix_recovered_tables_doc", "doc_id", "ordinal"),
)

# Evaluations computed once per area and kept until the area changes
# (store/evalstore.py; migration evalstore). ``as_of_key`` is the as-of year, 0
# for "the latest data"; ``doc_stamp``/``fix_stamp`` are the newest document and
# correction ids the computation could see; ``format`` fingerprints the evaluation
# code and catalog it ran with. ``detail`` is the whole evaluation as compressed JSON
# (``planwatch evaluate AREA --format json``; zstd, zlib before round 19).
area_evaluations = Table(
    "area_evaluations",
    metadata,
    Column("area_code", String(12), primary_key=True),
    Column("as_of_key", Integer, primary_key=True),
    Column("format", String(40), nullable=False),
    Column("doc_stamp", Integer, nullable=False),
    Column("fix_stamp", Integer, nullable=False),
    Column("computed_at", DateTime(timezone=True), nullable=False),
    Column("area_name", String(64), nullable=False),
    Column("plan_doc_id", Integer, nullable=True),
    Column("plan_name", Text, nullable=True),
    Column("plan_period", String(16), nullable=True),
    Column("as_of", Integer, nullable=True),
    Column("total", Integer, nullable=False),
    Column("on_track", Integer, nullable=False),
    Column("ahead", Integer, nullable=False),
    Column("achieved_early", Integer, nullable=False),
    Column("met", Integer, nullable=False),
    Column("behind", Integer, nullable=False),
    Column("missed", Integer, nullable=False),
    Column("no_data", Integer, nullable=False),
    Column("summary_line", Text, nullable=True),
    Column("cells", JSON, nullable=False),  # indicator id -> status cell (the compare page)
    Column("detail", LargeBinary, nullable=False),
    # The whole evaluation for its area page (evaluate/codec.py JSON, zstd or zlib); None in
    # rows stored before migration evalwhole.
    Column("whole", LargeBinary, nullable=True),
)

# The newest document and correction ids that changed each area's data: an
# evaluation older than these is stale. ``evaluation_marks`` (one row, id 1)
# holds the store version up to which changes were noted here.
area_changes = Table(
    "area_changes",
    metadata,
    Column("area_code", String(12), primary_key=True),
    Column("doc_stamp", Integer, nullable=False),
    Column("fix_stamp", Integer, nullable=False),
)

evaluation_marks = Table(
    "evaluation_marks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_stamp", Integer, nullable=False),
    Column("fix_stamp", Integer, nullable=False),
)
