"""What 《纲要》 sets, told by a page about the plan (round 30), composed here in the style of a
two-sessions news story (the figures are this file's own): after the plan's title
(《…第十四个五年规划和2035年远景目标纲要》), 《纲要》提出…五年新增城镇就业9万人以上 is an aim to
the plan's end (2025), named without the words of the plan speaking; a plan named in passing
(“十三五”是…的五年) is not the one 《纲要》 stands for.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text

_TEXT = (
    "某新闻网 > 新闻中心 > 地州新闻 > 喀什\n"
    "聚焦自治区两会丨喀什：奋力开创高质量发展新局面\n"
    "2021-02-05 10:12:30　来源：某新闻网　作者：\n"
    "某新闻网讯（记者 王某 李某）自治区两会期间，记者从喀什地区代表团获悉，《喀什地区国民经济和社会发展第十四个五年规划和2035年"
    "远景目标纲要》已编制完成。\n"
    "“十三五”是极不平凡的五年。代表们介绍，2020年全地区地区生产总值达到1150.3亿元。\n"
    "“五年来，老百姓的日子一年比一年好。”一位代表告诉记者。\n"
    "在民生方面，《纲要》提出城乡居民人均可支配收入年均分别增长7%和9%，五年新增城镇就业9万人以上，"
    "城镇调查失业率控制在5.5%以内，人均预期寿命提高到75.2岁。\n"
)


def _facts() -> dict[str, object]:
    return {_TEXT[f.start : f.end]: f for f in analyse_text("某地新闻.txt", _TEXT).facts}


def test_what_the_plan_sets_is_an_aim_to_its_end():
    facts = _facts()
    for value in ("9万人以上", "5.5%以内", "75.2岁"):
        assert (facts[value].kind, facts[value].year) == (Kind.TARGET, 2025), value
    assert facts["1150.3亿元"].year == 2020


def test_the_plan_speaking_is_no_part_of_a_name():
    assert _facts()["7%"].indicator == "城镇居民人均可支配收入"


def test_the_plan_titled_before_dates_what_it_sets():
    from planwatch.extract.time_marks import time_marks

    says = _TEXT.index("《纲要》提出")
    marks = [m for m in time_marks(_TEXT) if m.start == says]
    assert [(m.kind, m.year) for m in marks] == [("to", 2025)]
    untitled = "在民生方面，《纲要》提出五年新增城镇就业9万人以上。"
    assert [m.kind for m in time_marks(untitled) if m.start == 6] == ["planterm"]
    assert not [m for m in time_marks("《纲要》提出的目标任务全面完成。") if m.start == 0]


def test_a_year_the_sentence_names_before_the_plan_speaks_holds():
    text = _TEXT + "展望2035年，《纲要》提出全地区人均地区生产总值比2020年翻一番。\n"
    doubling = {text[f.start : f.end]: f for f in analyse_text("某地新闻.txt", text).facts}[
        "翻一番"
    ]
    assert (doubling.kind, doubling.year) == (Kind.TARGET, 2035)
