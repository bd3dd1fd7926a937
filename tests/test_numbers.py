"""Number parsing and finding on real and generated text."""

from hypothesis import given
from hypothesis import strategies as st

from planwatch.extract.numbers import find_numbers, parse_chinese_numeral, parse_number

FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def test_parse_number_forms():
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("１２３") == 123
    assert parse_number(" 2 . 82") == 2.82
    assert parse_number("六千六百") == 6600
    assert parse_number("三成") == 30
    assert parse_number("0") == 0
    assert parse_number("-3.43") == -3.43
    assert parse_number("完成江门下达任务") is None
    assert parse_number("--") is None
    assert parse_number("") is None


def test_chinese_numerals():
    assert parse_chinese_numeral("十五") == 15
    assert parse_chinese_numeral("二〇二三") == 2023
    assert parse_chinese_numeral("三万五千") == 35000
    assert parse_chinese_numeral("一亿二千万") == 120_000_000
    assert parse_chinese_numeral("两") == 2


def test_find_numbers_in_real_sentence():
    text = "●全年地区生产总值458.51亿元,增长2.8%"
    found = find_numbers(text)
    assert [(text[n.span.start : n.span.end], n.value) for n in found] == [
        ("458.51", 458.51),
        ("2.8", 2.8),
    ]


def test_find_numbers_spaces_fullwidth_sign_and_chinese():
    text = "增长２.５%,约2 . 8%,[-3.43],新增学位六千六百个,三万人"
    found = find_numbers(text)
    raws = [(n.raw, n.value, n.chinese) for n in found]
    assert ("２.５", 2.5, False) in raws
    assert ("2 . 8", 2.8, False) in raws
    assert ("-3.43", -3.43, False) in raws
    assert ("六千六百", 6600, True) in raws
    assert ("三", 3, True) in raws  # 万 is left to the unit
    for n in found:
        assert text[n.span.start : n.span.end] == n.raw


def test_thousands_separator_vs_clause_comma():
    text = "新增市外迁入12,085人,增长8%,力争实现8.5%"
    assert [n.value for n in find_numbers(text)] == [12085, 8, 8.5]


def test_range_limits_respected():
    text = "地区生产总值增长8%,力争实现8.5%"
    found = find_numbers(text, 9)
    assert [n.value for n in found] == [8.5]
    assert found[0].span.start == text.index("8.5")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_formatted_numbers_parse_back(whole, cents):
    value = whole + cents / 100
    plain = f"{whole}.{cents:02d}"
    grouped = f"{whole:,}.{cents:02d}"
    assert parse_number(plain) == float(plain)
    assert parse_number(grouped) == float(plain)
    assert parse_number(plain.translate(FULLWIDTH)) == float(plain)
    spaced = f" {whole} . {cents:02d} "
    assert parse_number(spaced) == float(plain)
    assert abs(parse_number(grouped) - value) < 1e-6


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_roundtrip(n):
    digits = "零一二三四五六七八九"

    def to_cn(x: int) -> str:
        out, units, zero = "", ["千", "百", "十", ""], False
        s = f"{x:04d}"
        for d, u in zip(s, units):
            if d == "0":
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += digits[int(d)] + u
        return out

    hi, lo = divmod(n, 10_000)
    cn = (to_cn(hi) + "万" if hi else "") + (
        ("零" if hi and lo < 1000 and lo else "") + to_cn(lo) if lo else ""
    )
    assert parse_chinese_numeral(cn) == n


@given(st.floats(min_value=0, max_value=1e7, allow_nan=False).map(lambda x: round(x, 2)))
def test_find_numbers_in_sentence_roundtrip(x):
    text = f"地区生产总值{x}亿元,增长"
    found = find_numbers(text, chinese=False)
    assert len(found) == 1
    assert abs(found[0].value - x) < 1e-6
