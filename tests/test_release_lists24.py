"""Lists shared out by 分别 in statistical releases (round 24), composed here in the style of
the county and district releases read on public pages (the names and figures are this
file's own):

* names of the national industry and goods classes hold 和 or 及 inside one name (住宿和
  餐饮业, 租赁和商务服务业, 家用电器和音像器材类): when the list commas alone part as many
  names as the figures shared out, the commas part the list, not 和;
* a list closed by its count (甲、乙、丙三个行业…，分别增长…) names the figures of a 分别 that
  has no names before it in its own clause.
"""

from __future__ import annotations

from prosefacts import COMMUNIQUE_2023, prose_facts


def test_names_holding_he_are_parted_at_the_list_commas():
    text = "全年住宿和餐饮业、交通运输业、租赁和商务服务业营业收入分别增长12.4%、6.1%、9.7%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["12.4%"].indicator.startswith("住宿和餐饮业")
    assert facts["6.1%"].indicator.startswith("交通运输业")
    assert facts["9.7%"].indicator.startswith("租赁和商务服务业")


def test_two_goods_classes_one_holding_he():
    text = "全年通讯器材类、文化用品和体育器材类零售额分别增长18.2%、7.3%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["18.2%"].indicator.startswith("通讯器材类")
    assert facts["7.3%"].indicator.startswith("文化用品和体育器材类")


def test_he_still_parts_a_list_as_long_as_the_figures():
    # (A、B和C with three figures: 和 parts the last two names, as before)
    text = "全年粮食、油料和蔬菜产量分别增长2.1%、3.4%和5.6%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["3.4%"].indicator.startswith("油料")
    assert facts["5.6%"].indicator.startswith("蔬菜")


def test_a_list_closed_by_its_count_names_the_figures_after_fenbie():
    text = (
        "全年规模以上工业中，纺织业、木材加工业、非金属矿物制品业三个行业增加值增长较快，"
        "分别增长15.2%、8.7%、21.3%。"
    )
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["15.2%"].indicator.endswith("纺织业")
    assert facts["8.7%"].indicator.startswith("木材加工业")
    assert facts["21.3%"].indicator.startswith("非金属矿物制品业")


def test_a_counted_list_shares_the_fall_over_every_figure():
    text = "全年造纸和纸制品业、化学纤维制造业两个行业增加值有所回落，分别下降6.4%、3.2%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["6.4%"].indicator.endswith("造纸和纸制品业")
    assert facts["3.2%"].indicator.startswith("化学纤维制造业")
    assert facts["6.4%"].value == -6.4 and facts["3.2%"].value == -3.2


def test_a_count_unlike_the_list_names_nothing_from_it():
    # (four named, three figures: the count does not hold for these figures)
    text = "全年甲醇、纯碱、烧碱、水泥四个产品产量有升有降，分别增长3.1%、2.2%、4.5%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert not facts["2.2%"].indicator.startswith("纯碱")


def test_the_sectors_listed_by_their_ordinals_name_their_own_figures():
    # (the noun written once after the last ordinal: each ordinal names its own sector)
    text = "全年第一、二、三产业对经济增长的贡献率分别为8.3%、47.1%和44.6%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["8.3%"].indicator == "第一产业对经济增长的贡献率"
    assert facts["47.1%"].indicator == "第二产业对经济增长的贡献率"
    assert facts["44.6%"].indicator == "第三产业对经济增长的贡献率"


def test_two_sectors_by_ordinal():
    text = "全县地区生产总值增长6.2%。第二、三产业增加值分别增长7.4%和5.9%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["7.4%"].indicator == "第二产业增加值"
    assert facts["5.9%"].indicator == "第三产业增加值"


def test_a_first_ordinal_read_as_a_bullet_is_given_back():
    # (一、 opening the sentence was cut as a list bullet; three figures for 二 and 三)
    text = "全县地区生产总值增长6.2%。\n一、二、三产业增加值分别为12.5亿元、38.6亿元和51.2亿元。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["12.5亿元"].indicator == "第一产业增加值"
    assert facts["38.6亿元"].indicator == "第二产业增加值"
    assert facts["51.2亿元"].indicator == "第三产业增加值"


def test_the_first_n_industries_define_a_group_not_a_rank():
    # (全县排前七行业中: the leading industries a release goes on to name, no rank of the area)
    text = "全县排前五行业中，纺织业、食品制造业两个行业增加值增长较快，分别增长12.1%、6.4%。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert "前五" not in facts
    text = "全市规上工业前十企业产值增长8.2%。"
    assert "前十" not in prose_facts(text, COMMUNIQUE_2023)


def test_a_rank_among_areas_is_still_a_rank():
    text = "全县地区生产总值增速居全市前三位，规模以上工业增加值增速排全省第5。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["前三位"].value == 3
    assert facts["第5"].value == 5
