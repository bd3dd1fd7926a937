"""A text that names an area only as a part of its own whole (…，其中某县…) is the area
above that part. Texts composed in the style of real plans and evaluations whose title
is lost."""

from planwatch.describe.jurisdiction import decide_area

_CITY_PLAN = (
    "第一章 规划基础\n"
    "“十三五”期间，全市坚决打好污染防治攻坚战，生态环境质量持续改善。"
    "完成营造林面积52.3万亩，全市森林覆盖率达到38.1%，其中凌海市森林覆盖率达到41.2%，"
    "居全市首位。全市空气质量优良天数比率达到82.4%。\n"
)

_REGION_REPORT = (
    "《纲要》实施两年多来，全区各族干部群众团结奋斗，《纲要》实施总体进展顺利。"
    "全区农村贫困人口减少52.6万人，其中和田地区减少18.3万人。"
    "全区城镇新增就业累计达到94.1万人。\n"
)


def test_a_citys_text_naming_one_county_as_its_part_is_the_citys():
    assert decide_area(_CITY_PLAN).area.code == "210700"  # 凌海市's city, 锦州市


def test_a_regions_text_naming_one_prefecture_as_its_part_is_the_regions():
    assert decide_area(_REGION_REPORT).area.code == "650000"  # 和田地区's region, 新疆


def test_a_part_named_without_其中_is_still_the_area():
    text = _CITY_PLAN.replace("其中凌海市", "凌海市")
    assert decide_area(text).area.code == "210781"


def test_a_text_not_speaking_as_a_whole_keeps_the_part():
    text = "各地加快推进生态建设，其中凌海市森林覆盖率达到41.2%，空气质量优良天数比率达到82.4%。"
    assert decide_area(text).area.code == "210781"
