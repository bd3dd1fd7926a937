"""A document that speaks of itself as a whole (全市) and names only its counties is the
whole's (describe.area_parts). Texts composed in the style of real city reports."""

from planwatch.describe.area_parts import whole_of_parts
from planwatch.describe.jurisdiction import decide_area

_CITY = (
    "一、综合\n\n"
    "全年全市地区生产总值达到3850亿元，比上年增长5.6%。全市一般公共预算收入增长4.2%。\n"
    "分县区看，德清县地区生产总值增长6.1%，长兴县增长5.8%，安吉县增长6.4%，"
    "增速分别居全市第2位、第3位和第1位。\n"
)


def test_a_city_text_naming_only_its_counties_is_the_city():
    decided = decide_area(_CITY)
    assert decided.area is not None and decided.area.code == "330500"  # 湖州市
    # its evidence: the parts that named it, each span indexing the text
    named = {_CITY[e.start : e.end] for e in decided.evidence}
    assert named == {"德清县", "长兴县", "安吉县"}


def test_a_county_naming_itself_most_stays_the_county():
    text = (
        "长兴县2023年国民经济和社会发展统计公报\n\n"
        "全年长兴县地区生产总值增长5.8%。长兴县一般公共预算收入增长3.9%。\n"
        "与德清县、安吉县相比，长兴县工业增加值增速居首位。\n"
    )
    decided = decide_area(text)
    assert decided.area is not None and decided.area.code == "330522"


def test_the_parts_must_hold_the_votes_and_the_text_speak_as_a_whole():
    parts = {"330521": 1.0, "330522": 1.0, "330523": 1.0}
    assert whole_of_parts(parts, {"": 3}, None).code == "330500"
    assert whole_of_parts(parts, {"": 1}, None) is None  # says 全市 once: no whole speaking
    assert whole_of_parts({"330521": 1.0}, {"": 3}, None) is None  # one part is no list
    rivals = {**parts, "440100": 1.0, "510100": 1.0}
    assert whole_of_parts(rivals, {"": 3}, None) is None  # other cities share the votes
    leading = {"330521": 4.0, "330522": 1.0, "330523": 1.0}
    assert whole_of_parts(leading, {"": 3}, None) is None  # one county's own text
