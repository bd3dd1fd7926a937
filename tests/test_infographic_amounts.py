"""A flattened 一图读懂 page prints each figure on a short line of its own (达到2100亿元), which
reads like a heading: a number of 19xx/20xx with a magnitude, a decimal or a per cent after
it is an amount, never the year that dates the lines below it. Page composed for these tests
in the style of a district's infographic; figures invented."""

from planwatch.pipeline import analyse_text

_PAGE = (
    "一图读懂｜2026年某区政府工作报告\n\n"
    "“十五五” 奋斗目标\n\n"
    "到2030年\n"
    "地区生产总值\n"
    "突破3500亿元\n"
    "一般公共预算收入\n"
    "达到{amount}\n"
)


def _fact(amount: str):
    text = _PAGE.format(amount=amount)
    a = analyse_text("p.txt", text)
    return next(f for f in a.facts if text[f.start : f.end] == amount)


def test_an_amount_on_a_short_line_is_no_year():
    for amount in ("2100亿元", "2050万元", "1999.5亿元"):
        f = _fact(amount)
        assert (f.kind.value, f.year) == ("target", 2030), amount
