"""Pages of mirror sites: traditional characters with pinyin in brackets after many of
them (產(chǎn)量). Composed for these tests in the style such copies of a county's
statistical communiqué print: the pinyin must hide no table header, table title, area
name, date line or unit, and what is read keeps its spans in the stored text."""

from planwatch.core.data import DocType, DocumentMeta
from planwatch.core.normalise import fold, without_pinyin
from planwatch.core.units import normalise_unit
from planwatch.extract.tables import recover_tables
from planwatch.pipeline import analyse_text
from tablefacts import table_ctx

COMMUNIQUE = DocumentMeta(
    doc_type=DocType.STATISTICAL_COMMUNIQUE, reference_year=2025, reference_date="2025-03-30"
)

_PRODUCTS = (
    "規模以上工業主要產品產量\n"
    "產品名稱\u3000單位\u3000產量\u3000增長（%）\n"
    "原煤\u3000萬噸\u30001234.5\u30003.2\n"
    "機制紙\u3000萬噸\u300012.8\u3000-4.6\n"
    "啤酒\u3000千升\u30005600\u3000-2.1\n"
    "捲煙\u3000億支\u300045.6\u30001.8\n"
)
# The same table as a mirror prints it: pinyin inside the header's words, a row's name
# and a unit.
_PRODUCTS_MIRROR = (
    "規(guī)模以上工業主要產(chǎn)品產(chǎn)量\n"
    "產(chǎn)品名稱\u3000單位\u3000產(chǎn)量\u3000增長(zhǎng)（%）\n"
    "原煤\u3000萬(wàn)噸\u30001234.5\u30003.2\n"
    "機(jī)制紙\u3000萬噸\u300012.8\u3000-4.6\n"
    "啤酒\u3000千升\u30005600\u3000-2.1\n"
    "捲煙\u3000億支\u300045.6\u30001.8\n"
)


def _facts(text: str) -> list:
    tables = recover_tables(text, table_ctx(COMMUNIQUE))
    return [f for t in tables for f in t.facts]


def _sigs(text: str) -> set[tuple]:
    return {
        (fold(f.indicator), f.measure.value, f.year, f.value, f.unit, text[f.start : f.end])
        for f in _facts(text)
    }


def test_pinyin_inside_a_tables_header_words_hides_no_table():
    clean = _sigs(_PRODUCTS)
    assert ("原煤", "level", 2024, 1234.5, "万吨", "1234.5") in clean
    assert _sigs(_PRODUCTS_MIRROR) == clean


def test_product_units_of_a_communiques_tables_are_units():
    facts = {(fold(s[0]), s[1]): s[4] for s in _sigs(_PRODUCTS)}
    assert facts[("啤酒", "level")] == "千升"
    assert facts[("卷烟", "level")] == "亿支"
    for printed in ("亿支", "千升", "万箱", "万羽", "万部"):
        assert normalise_unit(printed) == printed


def test_a_row_name_with_pinyin_keeps_the_documents_characters_without_it():
    names = {f.indicator for f in _facts(_PRODUCTS_MIRROR)}
    assert "機制紙" in names
    assert not any("(" in n for n in names)


def test_an_area_table_under_a_title_with_pinyin_is_read():
    text = (
        "表(biǎo)2\u30002024年各縣（市、區）主要指標\n"
        "縣（市、區）\t地區生產總值（億元）\t增長（%）\n"
        "武(wǔ)功縣\t98.6\t5.1\n"
        "乾縣\t120.4\t4.8\n"
        "禮泉縣\t143.2\t6.0\n"
    )
    facts = _facts(text)
    assert {text[f.start : f.end] for f in facts} >= {"98.6", "5.1", "120.4", "143.2"}
    assert all("(" not in f.indicator for f in facts)


def test_a_date_line_with_pinyin_dates_the_communique_and_is_no_time_word():
    text = (
        "某縣2024年國(guó)民經濟和社會發(fā)展統計公報\n\n"
        "某縣統計局\n"
        "2025年3月(yuè)30日\n\n"
        "初步核算，全年全縣地區生(shēng)產總值256.3億元，比上年增長(zhǎng)5.2%。"
        "全年糧(liáng)食產量21.4萬噸。\n"
    )
    analysed = analyse_text("m.txt", text)
    assert analysed.document.meta.reference_year == 2025
    years = {text[f.start : f.end]: (f.kind.value, f.year) for f in analysed.facts}
    assert years["256.3億元"] == ("actual", 2024)
    assert years["5.2%"] == ("actual", 2024)


def test_without_pinyin_keeps_the_texts_characters_and_the_way_back():
    text = "地區(qū)生產(chǎn)總值增長(zhǎng)5.2%"
    mirror = without_pinyin(text)
    assert mirror is not None
    assert mirror.text == "地區生產總值增長5.2%"
    at = mirror.text.index("5.2%")
    assert text[slice(*mirror.span(at, at + 4))] == "5.2%"
    assert text[slice(*mirror.span(0, 3))] == "地區(qū)生"


def test_an_authors_brackets_make_no_mirror():
    assert without_pinyin("地区生产总值(GDP)增长5.2%，研发(R&D)投入增长8%") is None
    assert without_pinyin("全市(shi)地区生产总值增长5.2%") is None  # (one bracket: no mirror)
