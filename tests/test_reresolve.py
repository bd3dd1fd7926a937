"""A user extends the catalog with a local file, then `planwatch resolve` updates the store."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from planwatch.catalog.catalog import default_catalog
from planwatch.catalog.resolve import default_resolver
from planwatch.cli import cli
from planwatch.pipeline import analyse_text
from planwatch.store.repo import Store

TEXT = "鹤山市2023年政府工作报告\n2022年,全市新增省级专精特新企业35家。\n"
LOCAL = """
[[indicator]]
id = "specialised_smes"
name = "专精特新企业"
aliases = ["省级专精特新企业", "新增省级专精特新企业"]
category = "创新驱动"
unit = "家"
direction = "higher"
"""


@pytest.fixture
def fresh_catalog_cache():
    default_catalog.cache_clear()
    default_resolver.cache_clear()
    yield
    default_catalog.cache_clear()
    default_resolver.cache_clear()


def test_local_aliases_reach_stored_facts(tmp_path, monkeypatch, fresh_catalog_cache):
    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store(url) as store:
        a = analyse_text("report.txt", TEXT)
        store.add(a.document, a.facts, size_bytes=1)
        (before,) = [sf for sf in store.facts() if sf.fact.value == 35]
    assert before.fact.indicator_id is None
    local = tmp_path / "local.toml"
    local.write_text(LOCAL, encoding="utf-8")
    monkeypatch.setenv("PLANWATCH_CATALOG", str(local))
    default_catalog.cache_clear()
    default_resolver.cache_clear()
    result = CliRunner().invoke(cli, ["--db", url, "resolve"])
    assert result.exit_code == 0, result.output
    assert "1 of" in result.output
    with Store(url) as store:
        after = store.fact(before.id)
    assert after.fact.indicator_id == "specialised_smes"
    assert after.fact.canonical_value == 35 and after.fact.canonical_unit == "家"
    assert after.fact.value == 35 and after.fact.start == before.fact.start  # figure untouched
