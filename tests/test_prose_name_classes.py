"""Classes of indicator names on sentences written for these tests: empty words around a
name, fragments that name nothing, the noun after 的 that names a figure, and words that end
in 一 without being a numeral."""

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Measure, Outline
from planwatch.extract.prose import ProseExtractor

REPORT = DocumentMeta(
    doc_type=DocType("work_report"), reference_year=2024, reference_date="2024-01-20"
)


def facts_of(text: str, meta: DocumentMeta = REPORT):
    found = ProseExtractor().extract(text, ExtractContext("t.txt", meta, Outline()))
    return {text[f.start : f.end]: f for f in found}


def test_empty_words_before_a_value_are_no_part_of_the_name():
    facts = facts_of("全市生产总值增速将从9.5%降到8%，全县经济总量可望达到320亿元左右。")
    assert facts["9.5%"].indicator == "全市生产总值增速"
    assert facts["320亿元左右"].indicator.startswith("全县经济总量")
    assert not facts["320亿元左右"].indicator.endswith("可望")


def test_a_fragment_that_names_nothing_takes_the_name_before_it():
    text = "全县农村居民人均可支配收入占城镇居民的比值提高，两地都超过了60%。"
    f = facts_of(text)["60%"]
    assert f.indicator not in ("都", "")
    assert len(f.indicator) >= 2


def test_the_noun_after_de_names_a_figure_after_a_framing_lead():
    text = "该目标也为与过去五年年均10.2%、9.6%的GDP增速相衔接，规划提出了7%的经济增速预期目标。"
    facts = facts_of(text)
    assert facts["10.2%"].indicator == facts["9.6%"].indicator == "GDP增速"
    assert facts["10.2%"].measure == Measure.GROWTH
    assert facts["7%"].indicator == "经济增速预期目标"
    # A bare 控制目标 after 的 names nothing: the figure keeps the subject before it.
    ceiling = facts_of("全市城镇登记失业率为3.6%，低于4.5%的控制目标。")["4.5%"]
    assert ceiling.indicator == "全市城镇登记失业率"


def test_a_word_ending_in_yi_is_no_numeral():
    facts = facts_of("全省是中部地区唯一一个常住人口超过1亿的省份。")
    assert "一一个" not in facts and "一个" not in facts
    assert facts["1亿"].unit == "亿人"
