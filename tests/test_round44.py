"""Forms of round 44, composed here in the style of communiqués reposted years later,
work reports and statistics news (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed


def _reposted(title_year: int, posted: str) -> str:
    return (
        f"某市某县{title_year}年国民经济和社会发展统计公报(3)\n\n"
        f"{posted} 某县统计局\n\n"
        "金融运行平稳。年末金融机构各项存款61240万元，比上年增长12.5%。"
        "今年全县保险收入835.2万元，增长6.1%。\n"
    )


def test_a_communique_posted_years_later_covers_its_titles_year():
    # (The page's date is its posting; the title names the year its figures are of.)
    meta, got = _analysed("c.txt", _reposted(2007, "2010-03-19"))
    assert meta.year == 2007
    assert meta.reference_date == "2010-03-19"
    assert {got[t].year for t in ("61240万元", "12.5%", "835.2万元")} == {2007}
    assert got["61240万元"].kind.value == "actual"
    assert any(e.field == "reference_date" and e.text.startswith("2007年") for e in meta.evidence)


def test_a_communique_posted_the_year_after_keeps_its_dates_year():
    # (Posted in the spring after its year: the date and the title agree.)
    meta, got = _analysed("c.txt", _reposted(2007, "2008-03-19"))
    assert meta.year == 2007
    assert not any(e.text.startswith("2007年") for e in meta.evidence)
