"""A round-up that names only one area's parts, each inside its clause (首府某市提出…, 南部的
某市…), is the whole's: a region's paper on its prefectures' targets (round 25). Text composed
for these tests in the style of a provincial paper's two-sessions story; areas real, figures
invented."""

from planwatch.describe.jurisdiction import decide_area

_STORY = (
    "各地两会密集召开 新年目标陆续出炉\n"
    "2026-01-20 08:30 来源：某某日报\n\n"
    "近期，全省各市州人代会相继召开，各地普遍把增速目标定在5.5%以上。\n\n"
    "省会{a}提出，2026年地区生产总值增长6%左右，固定资产投资增长8%。\n\n"
    "河西的{b}把目标定得更高，地区生产总值计划增长7%。\n\n"
    "陇东的{c}继续做能源文章，当地提出今年规模以上工业增加值增长9%。\n"
)


def test_a_round_up_of_three_parts_named_inside_their_clauses_is_the_wholes():
    decided = decide_area(_STORY.format(a="兰州市", b="酒泉市", c="庆阳市"))
    assert decided.area is not None and decided.area.code == "620000"


def test_parts_of_two_wholes_make_no_whole():
    decided = decide_area(_STORY.format(a="兰州市", b="酒泉市", c="榆林市"))
    assert decided.area is None or decided.area.code != "620000"


def test_two_parts_make_no_whole():
    decided = decide_area(_STORY.format(a="兰州市", b="酒泉市", c="当地"))
    assert decided.area is None or decided.area.code != "620000"


def test_each_part_keeps_its_paragraphs_figures_and_the_whole_its_own():
    from planwatch.pipeline import analyse_text

    text = _STORY.format(a="兰州市", b="酒泉市", c="庆阳市") + (
        "\n张掖市则聚焦现代农业。当地提出今年粮食产量稳定在150万吨以上。\n"
    )
    a = analyse_text("s.txt", text)
    assert a.document.meta.area is not None and a.document.meta.area.code == "620000"
    by_value = {text[f.start : f.end]: f.jurisdiction for f in a.facts}
    assert by_value.get("150万吨以上") == "张掖市"
    assert by_value.get("9%") == "庆阳市"
    assert by_value.get("5.5%以上") == "甘肃省"
