"""Forms of round 45, composed here in the style of work summaries, statistics news and
plan reviews (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed


def test_each_share_listed_after_the_first_is_a_share_of_the_aim():
    # (A summary of the year written in it: its plain figures default to the year's aims, but a
    # part done of the aim is a result, the second of a list as much as the first.)
    text = (
        "某县人社局2023年工作总结。全年城镇新增就业2.6万人，失业人员再就业0.9万人，"
        "分别完成全年目标的118.2%、104.7%；农民工转移就业完成全年目标的96.5%。\n"
    )
    _, got = _analysed("s.txt", text)
    assert {got[t].kind.value for t in ("118.2%", "104.7%", "96.5%")} == {"actual"}


def test_each_member_of_a_list_of_aims_named_once_after_them_is_an_aim():
    text = (
        "关于2009年全市经济运行情况的分析\n"
        "2009年全市地区生产总值达到1320亿元，增长11.2%。“十一五”规划提出的地区生产总值"
        "1500亿元、地方财政收入120亿元的目标有望提前实现。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["1320亿元"].kind.value == "actual"
    assert {got[t].kind.value for t in ("1500亿元", "120亿元")} == {"target"}
    assert {got[t].year for t in ("1500亿元", "120亿元")} == {2010}


def test_an_outline_cited_for_what_it_set_makes_no_outline_of_the_page():
    # (规划纲要提出的…目标 without the book-title marks, in an analysis of the year's economy.)
    text = (
        "关于2009年全市经济运行情况的分析\n"
        "2009年全市地区生产总值达到1320亿元，增长11.2%。规划纲要提出的地区生产总值"
        "1500亿元的目标有望提前实现。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value != "plan_outline"
    assert got["1320亿元"].kind.value == "actual"


def test_a_summary_of_this_year_opening_on_its_year_reports_that_year():
    # (今年工作总结: written at the year's end, its figures and its 今年 are of the year named.)
    text = (
        "2021年，某某镇坚决贯彻落实县委、县政府各项决策部署，各项工作取得新成效。"
        "现将我镇今年工作总结报告如下：\n"
        "一、经济运行稳中有进\n"
        "截至10月底，全镇税收收入达2.37亿元，同比增长6.2%。新引进项目9个，"
        "今年1至11月累计完成投资4800万元。\n"
    )
    meta, got = _analysed("z.txt", text)
    assert meta.year == 2021
    assert {got[t].year for t in ("2.37亿元", "6.2%", "9个", "4800万元")} == {2021}


def test_this_years_aims_after_a_year_characterised_stay_that_years():
    # (The guard: 今年 of aims, not of a summary, dates the page in that year as before.)
    text = (
        "2022年是实施“十四五”规划的关键之年。今年的主要预期目标是：地区生产总值增长6.5%左右，"
        "一般公共预算收入增长5%。\n"
    )
    meta, got = _analysed("y.txt", text)
    assert meta.year == 2022
    assert got["6.5%左右"].kind.value == "target" and got["6.5%左右"].year == 2022


def test_attendants_named_before_their_count_and_attending_after_it_are_the_meetings():
    text = (
        "本报讯 3月28日，某区某街道召开第三届居民代表大会，辖区各类代表共186人出席。"
        "会上，街道工作报告回顾了2021年工作：全年完成地区生产总值52.3亿元，增长4.4%；"
        "全年共帮扶困难群众1200人。\n"
    )
    _, got = _analysed("m.txt", text)
    assert got["186人"].year == 2022
    assert got["52.3亿元"].year == 2021 and got["1200人"].year == 2021


def test_a_price_basis_before_each_leaves_the_names_shared_out_before():
    text = (
        "政府工作报告\n一、2013年工作回顾\n"
        "全口径财政收入、一般预算财政收入分别实现86.4亿元和31.7亿元，按可比口径分别增长14.6%和9.3%。\n"
    )
    _, got = _analysed("w.txt", text)
    assert got["14.6%"].indicator == got["86.4亿元"].indicator
    assert got["9.3%"].indicator == got["31.7亿元"].indicator
    assert got["14.6%"].indicator != got["9.3%"].indicator


_PROFILE = (
    "【概况】某某旗位于某某自治区{city}东北部。东与包头市、固阳县为邻，南与五原县、临河区相依，"
    "西连乌拉特后旗，北与蒙古国接壤，有国界线184公里。距包头市219公里，距呼和浩特市391公里。"
    "全旗总面积23096平方公里，总人口{junk}14.2万人。\n"
)


def test_a_profiles_neighbours_and_landmarks_are_no_votes_for_its_area():
    text = _PROFILE.replace("某某旗", "乌拉特中旗").format(city="巴彦淖尔市", junk="")
    meta, got = _analysed("p.txt", text)
    assert meta.area is not None and meta.area.name == "乌拉特中旗"
    assert got["23096平方公里"].jurisdiction == "乌拉特中旗"


def test_markup_junk_in_a_paragraph_makes_no_navigation_line():
    # (Two arrows of left-over markup in a paragraph: no breadcrumb, the paragraph still read.)
    text = (
        _PROFILE.replace("某某旗", "乌拉特中旗")
        .format(city="巴彦淖尔市", junk="/SPAN>")
        .replace("总面积", "总面积/SPAN>")
    )
    meta, _ = _analysed("p.txt", text)
    assert meta.area is not None and meta.area.name == "乌拉特中旗"


def test_words_across_a_run_in_headings_bracket_make_no_sector_programme():
    text = (
        "【概况】正镶白旗位于某某自治区东部。2008年，全旗生产总值完成15.1亿元，同比增长12.5%。\n"
        "【生态建设】从沙源工程启动至2008年累计完成林业生态建设任务96.6万亩。\n"
    )
    meta, got = _analysed("y.txt", text)
    assert meta.doc_type.value != "sector_plan"
    assert got["15.1亿元"].kind.value == "actual"


def test_a_headline_telling_a_plans_indicators_done_is_a_look_back_at_it():
    text = (
        "某部晒“十三五”交通账单：硬指标全面超额完成\n"
        "2020-10-26\n"
        "在10月24日的发布会上，某部负责人表示，到目前为止，国民经济和社会发展第十三个五年规划纲要"
        "中的3项硬指标已经全部超额完成。第十三个五年规划纲要确定的铁路营业里程预计达到14.5万公里，"
        "高速公路通车里程15.3万公里。\n"
    )
    meta, got = _analysed("b.txt", text)
    assert meta.doc_type.value in ("plan_final_evaluation", "plan_midterm_evaluation")
    assert got["15.3万公里"].kind.value == "actual" and got["15.3万公里"].year == 2020


def test_a_plan_cited_for_the_aims_it_set_makes_no_outline():
    text = (
        "某主任表示，在“十一五”时期，我国经济社会发展取得了明显成效。在“十一五”规划中确定的22个"
        "主要目标中，除3项与目标有一定差距外，其他的都完成了。2010年我国经济总量达到了39.8万亿元。\n"
    )
    meta, got = _analysed("c.txt", text)
    assert meta.doc_type.value != "plan_outline"
    assert got["39.8万亿元"].kind.value == "actual"


def test_a_full_date_bracketed_after_the_sites_address_dates_the_page():
    text = (
        "某省重灾县经济全部实现恢复增长\n\n"
        "www.example-news.com(2009-11-12)来源:\n"
        "    某网消息：某省统计局发布的最新数据显示，前三季度，该省重灾县GDP同比增长16.4%，"
        "全社会投资增长212.5%。\n  今年以来，全省旅游市场持续回暖。2009年国庆中秋黄金大假，"
        "全省共接待游客1860.5万人次，比去年同期增长5.2%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_date == "2009-11-12"
    assert got["16.4%"].year == 2009


def test_a_forums_note_of_a_move_does_not_date_the_post():
    text = (
        "发表于: 2011-06-16\n"
        "— 本帖被 某某 从 资料区 移动到本区(2022-07-12) —\n"
        "某市2010年第六次全国人口普查主要数据公报\n某市统计局\n"
        "全市常住人口为285.1万人，同2000年第五次全国人口普查相比，十年共增加11.2万人。\n"
    )
    meta, _ = _analysed("f.txt", text)
    assert meta.reference_date != "2022-07-12"


def test_a_year_told_with_its_gdp_growth_dates_the_text_after_it():
    text = (
        "某县体育馆。本报记者 摄\n"
        "地震给某县带来沉重打击。但某县人坚强不屈，恢复重建进展迅速。2010年全县GDP增长24.3%，"
        "农民人均纯收入增长15%。\n"
    )
    meta, got = _analysed("g.txt", text)
    assert meta.year == 2011
    assert got["24.3%"].year == 2010 and got["24.3%"].kind.value == "actual"


def test_a_short_name_followed_by_its_whole_names_the_page_over_a_helper_named_in_full():
    text = (
        "五年，对于安龙而言，是一段奋进历程。安龙全县干群实干担当、持续奋斗，平安安龙建设水平不断提高。\n"
        "五年来，地区生产总值由98.6亿元增长到151.2亿元，年均增长8.9%。在宁波市慈溪市的倾力帮助下，"
        "全县易地扶贫搬迁2.1万人。\n"
    )
    meta, got = _analysed("a.txt", text)
    assert meta.area is not None and meta.area.name == "安龙县"
    assert got["151.2亿元"].jurisdiction == "安龙县"


def test_each_first_value_of_a_list_of_changes_is_at_the_look_backs_start():
    text = (
        "政府工作报告\n2022年1月6日\n一、过去五年工作回顾\n"
        "五年来，城乡居民人均可支配收入分别由23100元、7010元增长到32850元、11630元。\n"
    )
    meta, got = _analysed("r.txt", text)
    start = meta.year - 6  # (the year before the five looked back on)
    assert got["23100元"].year == got["7010元"].year == start
    assert got["32850元"].year == got["11630元"].year == meta.year - 1
    assert got["23100元"].indicator == got["32850元"].indicator == "城镇居民人均可支配收入"
    assert got["7010元"].indicator == got["11630元"].indicator == "农村居民人均可支配收入"


def test_a_plans_aims_told_basically_done_date_its_look_back_after_its_end():
    text = (
        "转型和创新的战略抉择\n\n"
        "“十一五”期间，某市经济发展呈现“前高后低”态势。总体而言，“十一五”规划确定的目标和任务基本完成。"
        "全市生产总值2009年增长8.3%，按2010年增长8%测算，五年年均增长11.2%，超过“十一五”规划提出的"
        "9%的预期目标。\n"
    )
    meta, got = _analysed("e.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert got["8.3%"].year == 2009 and got["8.3%"].kind.value == "actual"


def test_a_catalogue_pages_title_field_heads_no_section():
    text = (
        "名称 | 2012年政府工作报告 | ||\n发布机构 | 市政府办公室 | 发文日期 | |\n时效 |\n"
        "2012年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会作工作报告，请予审议。\n"
        "2011年，是我市发展极不平凡的一年。\n——综合实力跃上新台阶。预计实现地区生产总值超过620亿元、增长13%以上。\n"
    )
    _, got = _analysed("k.txt", text)
    assert got["620亿元"].year == 2011 and got["620亿元"].kind.value == "actual"


def test_a_text_layers_breaks_around_a_base_and_a_reached_year():
    # (Numbers set one a line by the text layer: 是\n2007\n年的 is a base, 调整为\n2011\n年的 the
    # year a change reached; the text was written after it.)
    text = (
        "本届政府工作回顾\n某县十五届人大一次会议以来，全体政府组成人员顺利实现了本届政府的任期目标。"
        "地区生产总值、财政总收入分别是\n2007\n年的\n2.1\n倍、\n3.6\n倍。三次产业比例由\n2007\n年的\n"
        "24.1\n:\n43.2\n:\n32.7\n调整为\n2011\n年的\n18.2\n:\n47.1\n:\n34.7\n。\n"
    )
    meta, _ = _analysed("t.txt", text)
    assert meta.year == 2012


def test_a_national_programmes_projects_granted_are_counted_results():
    text = (
        "政府工作报告\n2016年1月15日\n一、“十二五”规划执行情况和2015年工作回顾\n"
        "创新实力不断增强，累计建成区级以上研发中心12家，获批国家火炬计划项目4项、星火计划项目2项，"
        "开发省级新产品41项。\n"
    )
    _, got = _analysed("p.txt", text)
    assert {got[t].kind.value for t in ("4项", "2项", "41项")} == {"actual"}


def test_a_hard_wrap_before_a_figure_or_its_unit_is_read_as_no_break():
    text = (
        "2011年政府工作报告\n一、“十一五”时期工作回顾\n"
        "——综合实力迈上新台阶。地方财政收入48.2亿元，是2005年的\n2.4倍，年均增长19%；"
        "高效农业面积占耕地总面积的\n28.6\n%，较\n2007\n年增加\n12\n个百分点。\n"
        "主要指标完成情况如下：\n1.地区生产总值。2010年达到412亿元。\n"
    )
    _, got = _analysed("w.txt", text)
    assert got["2.4倍"].indicator == "地方财政收入" and got["2.4倍"].year == 2010
    assert got["19%"].indicator == "地方财政收入"
    assert got["412亿元"].indicator == "地区生产总值"


def test_a_press_series_on_completing_a_plan_is_held_in_its_last_year():
    text = (
        "某省发展改革委专场：经济运行稳中向好\n\n"
        "11月12日上午，某省人民政府新闻办公室组织召开“高质量完成‘十四五’规划”系列主题新闻发布会。"
        "“十四五”以来，全省GDP年均增速预计将达到5.2%，规上制造业增加值年均增长8.3%。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert got["5.2%"].year == 2025


def test_a_profiles_place_named_with_its_short_form_in_brackets_is_its_subject():
    text = (
        "【概况】 察哈尔右翼后旗(简称察右后旗)位于乌兰察布市北部。东南与商都县、兴和县接壤，"
        "西南与卓资县毗邻，北与苏尼特右旗交界。旗域总面积3910平方公里。"
        "2011年，全旗实现地区生产总值58.7亿元，增长19.8%。\n"
    )
    meta, _ = _analysed("p.txt", text)
    assert meta.area is not None and meta.area.name == "察哈尔右翼后旗"


def test_a_plan_named_as_a_changes_start_dates_that_value_only():
    text = (
        "某县：“十三五”经济社会发展取得新突破\n| 2021-06-29 来源：某网 |\n"
        "“十三五”期间，某县圆满完成了目标任务。\n"
        "全县通车总里程达2110公里，路面铺装率从“十二五”的46%提升至91%。行政村农村客运覆盖率达98%。\n"
    )
    _, got = _analysed("s.txt", text)
    assert got["46%"].year == 2015
    assert got["91%"].year == 2020 and got["98%"].year == 2020


def test_a_school_year_is_counted_in_the_year_it_opens():
    text = (
        "某县2009年国民经济和社会发展统计公报\n\n八、文教卫生\n\n"
        "2009—2010年度，全县有各级各类学校214所，在校学生51230人。"
        "2018、2019年度连续两年获省考核优秀等次。\n"
    )
    _, got = _analysed("s.txt", text)
    assert got["214所"].year == 2009 and got["214所"].kind.value == "actual"
    assert got["51230人"].year == 2009


def test_a_spans_figures_shared_out_by_each_are_one_a_year():
    text = (
        "某省统计局发布：2014至2018年全省农村减贫人数分别为165万人、123万人,、144万人、124万人、"
        "98万人，五年累计减贫654万人。2016—2017年化学需氧量、氨氮排放量分别累计削减7.1%和8.3%。\n"
    )
    _, got = _analysed("y.txt", text)
    assert [got[t].year for t in ("165万人", "123万人", "144万人", "124万人", "98万人")] == [
        2014,
        2015,
        2016,
        2017,
        2018,
    ]
    assert got["7.1%"].year == got["8.3%"].year == 2017  # (names shared out, not years)


def test_characters_lost_to_a_pages_encoding_inside_a_tables_cells_are_blank():
    text = (
        "某县2022年国民经济和社会发展统计公报\n\n"
        "| 表1??2022年全县生产总值及其增长速度 | ||\n"
        "| 指????标 | 绝对数(亿元) | 比上年增长(%) |\n"
        "| 地区生产总值 | 312.4 | 4.6 |\n"
        "| 第一产业 | 51.2 | 3.9 |\n"
        "| ??工??业 | 96.3 | 6.2 |\n"
    )
    _, got = _analysed("t.txt", text)
    assert got["312.4"].indicator == "地区生产总值" and got["312.4"].year == 2022
    assert got["6.2"].measure.value == "growth"


def test_a_headlines_aim_for_a_year_ahead_is_not_the_time_of_the_review_below_it():
    text = (
        "某区：2026年地区生产总值突破1800亿元\n\n2022年01月18日16:28 | 来源：某网\n\n"
        "15日，某区第十七届人民代表大会第一次会议开幕，区长代表区人民政府向大会作《政府工作报告》。\n"
        "五年来，某区地区生产总值从986.2亿元提高到预计的1381亿元，年均增速5.6%。\n"
    )
    _, got = _analysed("h.txt", text)
    assert got["1800亿元"].year == 2026 and got["1800亿元"].kind.value == "target"
    assert got["986.2亿元"].year == 2016 and got["1381亿元"].year == 2021
    assert got["1381亿元"].kind.value == "actual"


def test_a_page_dated_a_day_before_its_storys_dateline_is_of_the_same_year():
    text = (
        "某县第十六届人民代表大会第七次会议隆重开幕\n\n作者: 发布日期:2021-08-02 来源:  阅读次数:\n\n"
        "8月3日上午，某县第十六届人民代表大会第七次会议在县文化艺术中心隆重开幕。\n"
        "县长代表县人民政府向大会作政府工作报告。报告指出，全年地区生产总值增长3.6%、"
        "财政总收入增长0.8%。\n"
    )
    meta, got = _analysed("d.txt", text)
    assert meta.reference_date == "2021-08-03"
    assert got["3.6%"].year == 2020 and got["3.6%"].kind.value == "actual"


def test_a_dateline_inside_the_lead_dates_no_figure_and_a_terms_delegates_are_the_meetings():
    text = (
        "某区二届人大四次会议开幕\n2024-01-19 07:37\n来源: 某报\n\n"
        "某新闻网2024年1月19日讯（记者 某某）昨日上午，某市某区第二届人民代表大会第四次会议开幕。"
        "218名区二届人大代表出席大会。区长代表区人民政府向大会作政府工作报告，全面回顾过去一年来的工作。"
        "全区规模以上工业总产值4872亿元。\n"
    )
    _, got = _analysed("d.txt", text)
    assert got["218名"].year == 2024 and got["218名"].kind.value == "actual"
    assert got["4872亿元"].year == 2023 and got["4872亿元"].kind.value == "actual"


def test_a_plans_box_of_indicators_for_its_target_year_keeps_the_plans_years():
    # (The guard: a heading above the body naming a plan still running and its target year.)
    text = (
        "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（2021年）\n"
        "专栏2  “十四五”时期主要发展指标（目标年为2025年）\n"
        "——地区生产总值：由2020年的58.3亿元增加到78亿元，年均增长6%。\n"
    )
    _, got = _analysed("b.txt", text)
    assert got["78亿元"].year == 2025 and got["78亿元"].kind.value == "target"
