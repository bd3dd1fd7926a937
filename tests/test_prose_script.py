"""Indicator names in the document's own characters: traditional script and pinyin junk
inside words (mirror pages) on sentences written for these tests."""

from planwatch.catalog.resolve import resolve
from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Outline
from planwatch.core.normalise import fold
from planwatch.extract.prose import ProseExtractor
from planwatch.extract.prose_script import BLANK, DocumentWords, clean_junk

META = DocumentMeta(doc_type=DocType.WORK_REPORT, reference_year=2021, reference_date="2021-02-01")


def names_of(text: str) -> dict[str, str]:
    found = ProseExtractor().extract(text, ExtractContext("t.txt", META, Outline()))
    return {text[f.start : f.end]: f.indicator for f in found}


def test_traditional_name_keeps_the_documents_characters():
    text = "2020年，全縣地區生產總值達到88.6億元，增長4.1%。"
    names = names_of(text)
    assert names["88.6億元"] == "地區生產總值"
    assert names["4.1%"] == "地區生產總值"


def test_pinyin_inside_words_leaves_the_name():
    text = "2020年，全縣地區(qū)生產(chǎn)總值達到88.6億元，社會(huì)消費品零售總額42.5億元。"
    names = names_of(text)
    assert names["88.6億元"] == "地區生產總值"
    assert names["42.5億元"] == "社會消費品零售總額"


def test_simplified_text_is_untouched():
    text = "2020年，全县地区生产总值达到88.6亿元。"
    assert names_of(text)["88.6亿元"] == "地区生产总值"


def test_junk_cut_at_the_edges_of_a_name_goes():
    assert clean_junk("(kou)(kou)总量") == "总量"
    assert clean_junk("兴办实(sh") == "兴办实"
    assert clean_junk("地区(qū)生产总值") == "地区生产总值"
    assert clean_junk("水质优良(Ⅰ—Ⅲ类)断面比例") == "水质优良(Ⅰ—Ⅲ类)断面比例"


def test_name_nearest_the_value_is_taken():
    text = "甲生產總值1。乙段落。甲生產總值2。"
    words = DocumentWords(text, fold(text))
    at = text.rindex("2")
    assert words.name("甲生产总值", 0, len(text), at) == "甲生產總值"


def test_catalog_resolves_traditional_names():
    simplified = resolve("地区生产总值")
    traditional = resolve("地區生產總值")
    assert simplified is not None and traditional is not None
    assert traditional.indicator_id == simplified.indicator_id


def test_junk_inside_a_unit_is_passed_over():
    text = "2020年，全省森林覆蓋率提高0.6個(gè)百分點(diǎn)。"
    found = ProseExtractor().extract(text, ExtractContext("t.txt", META, Outline()))
    (fact,) = found
    assert (fact.value, fact.unit) == (0.6, "个百分点")
    assert text[fact.start : fact.end] == "0.6個(gè)百分點"


def test_a_name_in_pieces_around_the_value_keeps_the_documents_characters():
    text = "2020年，全縣與鄰縣共建12條產(chǎn)業鏈。"
    assert names_of(text)["12條"] == "與鄰縣共建產業鏈"


def test_characters_not_in_the_text_stay_as_the_name_has_them():
    words = DocumentWords("地區(qū)生產總值。", fold("地區(qū)生產總值。"))
    assert words.name("人口数", 0, 10, 0) == "人口数"


TEXT_RANK = "全縣地區(qū)生產總值居全省第3位。"


def test_a_word_the_name_adds_stays_and_the_rest_takes_the_documents_characters():
    words = DocumentWords(TEXT_RANK, fold(TEXT_RANK))
    assert words.name("全县地区生产总值排名", 0, 30, 14) == "全縣地區生產總值排名"


def test_blanked_view_keeps_length_and_blanks_only_the_junk():
    text = "地區(qū)生產(chǎn)總值(億元)12(a)"
    view = DocumentWords(text, fold(text)).blanked(fold(text))
    assert len(view) == len(text)
    assert view == "地区" + BLANK * 4 + "生产" + BLANK * 6 + "总值(亿元)12(a)"
