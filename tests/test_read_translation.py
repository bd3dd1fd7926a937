"""read.translation: a yearbook's English beside its Chinese, blanked in the reading view."""

from __future__ import annotations

from planwatch.read.translation import blank_translations


def test_english_lines_are_blanked_and_the_length_kept():
    text = "居民消费价格总指数 |\nGeneral Index |\n102.1 |\nOil or Fat\n(preceding year=100) |\n"
    got = blank_translations(text)
    assert len(got) == len(text)
    assert "General" not in got and "Oil" not in got and "preceding" not in got
    assert "居民消费价格总指数 |" in got and "102.1 |" in got
    assert got.splitlines()[1].strip() == "|"  # (the copy's bar is the grid's, kept)


def test_capitals_alone_and_addresses_stay():
    text = "GDP\n812.5\nhttp://www.example.gov.cn/tjgb/2021\nURBAN CIVIL FACILITIES IN MAIN YEARS\n"
    got = blank_translations(text)
    assert got.splitlines()[:3] == text.splitlines()[:3]
    assert got.splitlines()[3].strip() == ""


def test_a_run_inside_a_chinese_line_goes_and_its_figures_stay():
    line = "  乡镇数   Number of Township and Town Governments (unit)   366 365 367"
    got = blank_translations(line)
    assert got.startswith("  乡镇数") and got.endswith("366 365 367")
    assert "Number" not in got and "unit" not in got


def test_a_header_s_word_goes_and_its_years_stay():
    got = blank_translations("  Item 2012 2013 2014\n")
    assert got.split() == ["2012", "2013", "2014"]


def test_one_english_word_in_a_chinese_sentence_stays():
    text = "全市5G基站达到1.2万个，建成Wi-Fi热点300个。\n"
    assert blank_translations(text) == text
