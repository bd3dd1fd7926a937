"""Classes of writing in plans, sector plans, evaluations' structure and news, round 14. Every
text is composed for these tests in the style of official documents.

- A document exported from Word or a web page may lose its automatic heading numbers (一、
  dropped, or turned into 1.). Where no line opens with a numbered chapter, a heading-like
  line opened by an Arabic number (2.存在的主要问题) is a chapter, and so is a problems
  heading standing alone before its body (存在的主要问题): a mid-term evaluation's undated
  problems are the last full year's, whichever form the headings take. In a document whose
  chapters keep their numbers, an Arabic-numbered line is an item, no chapter, as before.
- A value reached from one before it (由2015年的…增加到2020年的…) is named by the subject
  before 由 whatever stands between: an estimate word (增加到2020年预计的…左右), a relative
  year (从…增加到去年的…), a note in brackets on the first value (…亿元（按新口径核算）增加到…).
  The words of reaching and the time name nothing. Names listed before 分别由 share out each
  run of values again (分别由2015年的a、b下降到2020年的c、d: c is the first name's).
- The parts' figures together as a share of the whole after each part's (两市地区生产总值分别
  达到…，合计占全省的7.1%; 两市合计占全省的…) name the indicator before as a share of the
  whole area (地区生产总值占全省比重), as 占全省的 alone does.
- A sentence counting among a group (《纲要》明确的98项重大工程项目中，已建成投运31项，…) gives
  its generic words (累计完成投资, 总投资) the group: 重大工程项目累计完成投资, not the clause
  before's words (前期工作有序推进, 开工率).
- A rank held among a named area's members with their official bracket (在梅州市各县（市、区）中
  排名第2位) names what is ranked without the place, and without the place and year opening the
  sentence (兴宁市2023年…增速): 地区生产总值增速排名; the figure after it keeps that name. A
  long name is never cut inside a number (023年…).
- A whole area above the document's opening a bracket with its own figure after a comparison
  with it (快于全省平均水平0.8个百分点（全省年均增长6.6%）, （全区增长5.2%）) quotes that area's
  figure of the indicator compared: the area's jurisdiction, the indicator's name; the clause
  after the bracket is the document's again.
- 再 between a name and its change (一般性支出再压减5%, 产能可以再提高30%) is no part of the
  name; a name opening with 再 (再生资源) keeps it.
"""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, Kind
from planwatch.extract.prose_names import clean_name
from planwatch.pipeline import analyse_text
from prosefacts import prose_facts

_MIDTERM = (
    "某县国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
    "某县发展和改革局 2023年9月\n"
    "{h1}2023年以来规划实施进展\n"
    "今年上半年全县地区生产总值达到136.5亿元，同比增长6.1%，一般公共预算收入18.2亿元。\n"
    "{h2}存在的主要问题\n"
    "一是产业层次仍然偏低，规模以上工业企业仅有86家，高新技术企业仅占全市的7.5%。"
    "二是创新能力不强，研发经费投入强度仅为1.3%，低于全省平均水平。\n"
    "{h3}后半期推进规划实施的建议\n"
    "坚持项目为王，力争到2025年规模以上工业企业达到120家。\n"
)

_FORMS = {
    "numbered": ("一、", "二、", "三、"),
    "arabic": ("1.", "2.", "3."),
    "lost": ("", "", ""),
}


def _facts(text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text("m.txt", text).facts}


@pytest.mark.parametrize("form", sorted(_FORMS))
def test_a_problems_heading_dates_its_figures_whatever_its_number(form: str) -> None:
    h1, h2, h3 = _FORMS[form]
    facts = _facts(_MIDTERM.format(h1=h1, h2=h2, h3=h3))
    for ahead in ("136.5亿元", "6.1%"):
        assert facts[ahead].year == 2023, (form, ahead)  # type: ignore[attr-defined]
    for problem in ("86家", "7.5%", "1.3%"):
        fact = facts[problem]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2022), (form, problem)  # type: ignore[attr-defined]
    target = facts["120家"]
    assert (target.kind, target.year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]


def test_a_problems_line_without_body_after_it_is_no_chapter() -> None:
    # Lost numbers, but the problems line runs straight into another short line (a box's
    # title): no chapter, the figures keep the section's time above.
    text = _MIDTERM.format(h1="", h2="", h3="").replace(
        "存在的主要问题\n", "存在的主要问题\n专栏1 重点企业情况\n"
    )
    assert _facts(text)["86家"].year == 2023  # type: ignore[attr-defined]


def test_an_unnumbered_problems_line_under_numbered_chapters_is_no_chapter() -> None:
    # The chapters keep their numbers: a line standing alone without one is a sub-title,
    # read as before (the section above keeps its time).
    text = _MIDTERM.format(h1="一、", h2="", h3="三、")
    assert _facts(text)["86家"].year == 2023  # type: ignore[attr-defined]


# -- a value reached from one before it ------------------------------------------------------

_OUTLINE_2021 = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2021, year=2021, reference_date="2021-02-10"
)


@pytest.mark.parametrize(
    ("sentence", "end", "year"),
    [
        ("全县地区生产总值由2015年的186亿元增加到2020年的265亿元，年均增长7.3%。", "265亿元", 2020),
        (
            "居民人均可支配收入由2015年的18962元增加到2020年预计的27650元左右，年均增长7.8%。",
            "27650元左右",
            2020,
        ),
        ("全县地区生产总值从2015年的186亿元增加到去年的265亿元。", "265亿元", 2020),
        (
            "全县地区生产总值由2015年的186亿元（按新口径核算）增加到2020年的265亿元，"
            "年均增长7.3%。",
            "265亿元",
            2020,
        ),
    ],
    ids=["plain", "estimate", "relative_year", "note"],
)
def test_a_value_reached_from_one_before_keeps_its_name(sentence: str, end: str, year: int) -> None:
    facts = prose_facts(sentence, _OUTLINE_2021)
    start = next(iter(facts.values()))
    assert facts[end].indicator == start.indicator, sentence
    assert facts[end].year == year
    assert "到" not in facts[end].indicator and "（" not in facts[end].indicator


def test_a_name_that_reaches_its_value_is_kept() -> None:
    # 提高到 inside a name that names something (the share reached) is no bare end point.
    text = "全县森林覆盖率提高到2020年的46.5%，城市污水处理率达到95%。"
    facts = prose_facts(text, _OUTLINE_2021)
    assert facts["95%"].indicator == "城市污水处理率"


@pytest.mark.parametrize(
    "sentence",
    [
        "孕产妇死亡率、婴儿死亡率分别由2015年的15.2/10万、5.6‰下降到2020年的9.1/10万、3.4‰。",
        "城镇、农村居民人均可支配收入分别由2015年的31200元、14600元增加到2020年的43500元和"
        "21900元。",
        "小学、初中大班额比例分别由2015年的16.2%、13.5%下降到0.6%和0.2%。",
    ],
    ids=["rates", "shared_head", "no_year"],
)
def test_names_listed_before_each_share_out_every_run(sentence: str) -> None:
    facts = list(prose_facts(sentence, _OUTLINE_2021).values())
    assert len(facts) == 4
    first, second = facts[0].indicator, facts[1].indicator
    assert first != second
    assert [f.indicator for f in facts] == [first, second, first, second]


@pytest.mark.parametrize("lead", ["两市合计", "合计", "共"])
def test_the_parts_together_as_a_share_of_the_whole(lead: str) -> None:
    text = f"淮安市、宿迁市2020年地区生产总值分别达到4025.4亿元和3262.4亿元，{lead}占全省的7.1%。"
    assert prose_facts(text, _OUTLINE_2021)["7.1%"].indicator == "地区生产总值占全省比重"


_MIDTERM_2023 = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2023,
    year=2023,
    reference_date="2023-10-20",
)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "截至今年9月底，《纲要》明确的98项重大工程项目中，已建成投运31项，开工在建52项，"
            "前期工作有序推进15项，累计完成投资1183亿元，占计划总投资的44.6%。",
            "重大工程项目",
        ),
        (
            "《纲要》确定的重大项目中，截至今年6月底已开工建设305个，开工率为68.2%，"
            "累计完成投资1183亿元。",
            "重大项目",
        ),
    ],
    ids=["count_first", "sentence_start"],
)
def test_generic_words_take_the_group_a_sentence_counts_among(sentence: str, group: str) -> None:
    facts = prose_facts(sentence, _MIDTERM_2023)
    assert facts["1183亿元"].indicator == group + "累计完成投资"


def test_a_generic_word_without_a_group_keeps_its_subject() -> None:
    facts = prose_facts("全市重点项目完成投资532亿元，其中产业项目完成投资301亿元。", _MIDTERM_2023)
    assert facts["301亿元"].indicator == "产业项目完成投资"


_NEWS_2024 = DocumentMeta(
    doc_type=DocType.NEWS, reference_year=2024, year=2024, reference_date="2024-01-16"
)


def test_a_rank_among_a_named_areas_members_names_what_is_ranked() -> None:
    text = (
        "报告显示，兴宁市2023年地区生产总值增速在梅州市各县（市、区）中排名第2位，"
        "比全市平均水平高0.6个百分点。"
    )
    facts = prose_facts(text, _NEWS_2024)
    assert facts["第2位"].indicator == "地区生产总值增速排名"
    # (the gap carries its direction and what it is compared with: tests/test_gap_named.py)
    assert facts["0.6个百分点"].indicator == "地区生产总值增速高于全市平均水平"


def test_a_long_name_is_never_cut_inside_a_number() -> None:
    tail = "规模以上工业企业研究与试验发展经费支出占比重"  # 22 characters
    assert len(tail) == 22
    assert clean_name("兴宁市2023年" + tail) == tail  # (not 3年…)


def test_a_whole_areas_figure_quoted_in_brackets_after_a_comparison() -> None:
    text = (
        "株洲市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
        "两年来规模以上工业增加值年均增长7.4%，快于全省平均水平0.8个百分点（全省年均增长6.6%）；"
        "制造业增加值占地区生产总值比重为35.2%。全市进出口总额年均增速高于全国平均水平约9个"
        "百分点（全国年均增长7.7%）。\n"
    )
    facts = _facts(text)
    province = facts["6.6%"]
    assert (province.jurisdiction, province.indicator) == ("湖南省", "规模以上工业增加值")  # type: ignore[attr-defined]
    assert facts["7.7%"].jurisdiction == "全国"  # type: ignore[attr-defined]
    assert facts["7.7%"].indicator == "进出口总额年均增速"  # type: ignore[attr-defined]
    assert facts["35.2%"].jurisdiction == "株洲市"  # type: ignore[attr-defined]
    assert facts["7.4%"].jurisdiction == "株洲市"  # type: ignore[attr-defined]


def test_a_region_quoted_in_brackets_by_a_city_of_it() -> None:
    text = (
        "柳州市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
        "全年地区生产总值增长5.8%，高于全区平均水平0.6个百分点（全区增长5.2%）。\n"
    )
    facts = _facts(text)
    assert facts["5.2%"].jurisdiction == "广西壮族自治区"  # type: ignore[attr-defined]
    assert facts["5.8%"].jurisdiction == "柳州市"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "value", "name"),
    [
        ("坚持过紧日子，一般性支出再压减5%。", "5%", "一般性支出"),
        ("企业负责人介绍，新生产线投产后产能可以再提高30%。", "30%", "产能"),
        ("再生资源回收利用率达到85%。", "85%", "再生资源回收利用率"),
    ],
    ids=["again_cut", "can_again_cut", "noun_kept"],
)
def test_once_more_is_no_part_of_a_name(sentence: str, value: str, name: str) -> None:
    assert prose_facts(sentence, _NEWS_2024)[value].indicator.endswith(name)
