"""`planwatch score store`: breakdown by genre and document accuracy, on documents written here."""

from __future__ import annotations

import json

from click.testing import CliRunner

from planwatch.cli import cli

REPORT = (
    "2024年某某市政府工作报告\n——2024年1月10日在某某市第十届人民代表大会第三次会议上\n"
    "各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n"
    "一、2023年工作回顾\n全市地区生产总值达到500亿元。\n"
)
NEWS = (
    "某省两会开幕\n本报讯(记者 某某)1月15日上午,某省人民代表大会开幕。省长作政府工作报告。"
    "他说,2023年,全省地区生产总值增长5.5%。\n"
)


def _gold(doc: str, text: str, value_text: str, genre: str, published: str | None) -> dict:
    start = text.index(value_text)
    return {
        "doc": doc,
        "jurisdiction": "某某市",
        "genre": genre,
        "published": published,
        "area_code": None,
        "passages": [{"id": "p1", "start": 0, "end": len(text), "what": "all"}],
        "facts": [
            {
                "passage": "p1",
                "value_text": value_text,
                "start": start,
                "quote": value_text,
                "indicator": "地区生产总值",
                "kind": "actual",
                "measure": "level" if "亿元" in value_text else "growth",
                "year": 2023,
                "period_start": None,
                "value": float(value_text.rstrip("亿元%")),
                "unit": "亿元" if "亿元" in value_text else "%",
                "comparator": "eq",
                "binding": None,
                "core": True,
            }
        ],
    }


def test_score_store_breaks_down_by_genre_and_scores_documents(tmp_path):
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    for name, text, value, genre, published in (
        ("r.txt", REPORT, "500亿元", "work_report", "2024-01-10"),
        ("n.txt", NEWS, "5.5%", "work_report_news", "2024-01-15"),
    ):
        (docs / name).write_text(text, encoding="utf-8")
        g = _gold(name, text, value, genre, published)
        (gold / f"{name[0]}.gold.json").write_text(json.dumps(g, ensure_ascii=False), "utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    ingested = runner.invoke(cli, ["--db", db, "ingest", "--no-progress", str(docs)])
    assert ingested.exit_code == 0, ingested.output
    result = runner.invoke(cli, ["--db", db, "score", "store", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    rep = json.loads(result.output)
    assert set(rep["by_genre"]) == {"work_report", "work_report_news"}
    assert rep["documents"]["genre"] == {"right": 2, "total": 2, "accuracy": 1.0}
    assert rep["documents"]["reference_year"]["accuracy"] == 1.0
    assert "area_code" not in rep["documents"]  # no gold file states one
    table = runner.invoke(cli, ["--db", db, "score", "store", str(gold), "--misses", "0"])
    assert table.exit_code == 0, table.output
    assert "by genre" in table.output and "documents" in table.output
    assert "document misses" not in table.output  # every document right
    # A document whose genre the gold calls otherwise is listed with --misses.
    g = json.loads((gold / "n.gold.json").read_text("utf-8"))
    (gold / "n.gold.json").write_text(
        json.dumps({**g, "genre": "other"}, ensure_ascii=False), "utf-8"
    )
    listed = runner.invoke(cli, ["--db", db, "score", "store", str(gold)])
    assert "document misses (1)" in listed.output and "work_report_news" in listed.output
