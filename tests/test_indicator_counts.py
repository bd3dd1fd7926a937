"""Current facts per catalog id: a document's older version (superseded by its next)
counts no more, on both backends' SQL path (the index of the id alone when nothing is
superseded, the current documents' facts otherwise)."""

from __future__ import annotations

from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import Store

OPTS = Options(workers=1, show_progress=False)
FIRST = (
    "2023年鹤山市人民政府工作报告\n过去一年，全市地区生产总值增长5.2%，一般公共预算收入12.5亿元。\n"
)
SECOND = FIRST + "2024年主要预期目标是：地区生产总值增长6%左右。\n"


def _counts_of(tmp_path, name: str, *texts: str) -> dict[str | None, int]:
    path = tmp_path / "鹤山市政府工作报告.txt"
    with Store(f"sqlite:///{tmp_path / name}") as store:
        for text in texts:
            path.write_text(text, encoding="utf-8")
            assert ingest([str(path)], store, OPTS).failed == 0
        return store.indicator_counts()


def test_superseded_versions_count_no_more(tmp_path):
    only_second = _counts_of(tmp_path, "a.db", SECOND)
    both = _counts_of(tmp_path, "b.db", FIRST, SECOND)
    assert only_second.get("gdp", 0) == 2  # the year's result and the next year's aim
    assert both == only_second
