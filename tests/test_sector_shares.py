"""The three sectors' shares a communiqué lists in percent (三次产业结构由上年的…%、…%和…%
调整为…), composed for these tests: each share is its sector's, as a ratio's parts are."""

from planwatch.pipeline import analyse_text

_HEAD = "某县2024年国民经济和社会发展统计公报\n\n一、综合\n\n"


def _named(sentence: str) -> dict[str, tuple[str, int | None]]:
    text = _HEAD + sentence + "\n"
    return {text[f.start : f.end]: (f.indicator, f.year) for f in analyse_text("s.txt", text).facts}


def test_three_listed_shares_are_the_first_second_and_third_sectors():
    facts = _named("三次产业结构由上年的12.6%、38.2%和49.2%调整为11.9%、37.5%及50.6%。")
    assert facts["12.6%"] == ("第一产业比重", 2023)
    assert facts["38.2%"] == ("第二产业比重", 2023)
    assert facts["49.2%"] == ("第三产业比重", 2023)
    assert facts["11.9%"] == ("第一产业比重", 2024)
    assert facts["37.5%"] == ("第二产业比重", 2024)
    assert facts["50.6%"] == ("第三产业比重", 2024)


def test_a_ratio_of_the_sectors_still_names_its_parts():
    facts = _named("三次产业结构为11.9:37.5:50.6。")
    assert facts["11.9"][0] == "第一产业比重"
    assert facts["50.6"][0] == "第三产业比重"


def test_shares_listed_for_other_things_keep_their_name():
    facts = _named("全县森林覆盖率、草原综合植被盖度和湿地保护率分别达到45.2%、61.3%和52.0%。")
    assert all("产业" not in name for name, _ in facts.values())
