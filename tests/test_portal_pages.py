"""What a news or portal page is about and when it was written: the site's own name over
the page is its publisher, not its subject; a repost's source line dates the story; a
round-up of a whole's parts is the whole's; a story dated by month and day only takes its
year from the page or from its own 今年 beside last year's results. Pages composed for these
tests in the style of county, city and province portals; areas real, figures invented."""

from __future__ import annotations

from planwatch.describe import describe
from planwatch.describe.site import office_of_site, site_head


def _meta(text: str):
    return describe(text, name="p.txt")


def _code(text: str) -> str | None:
    meta = _meta(text)
    return meta.area.code if meta.area else None


def _bases(meta, field: str) -> set[str]:
    return {e.basis for e in meta.evidence if e.field == field}


# ---- the site's name is the publisher, not the subject --------------------------------

_COUNTY_STORY_ON_CITY_PORTAL = (
    "宜春市人民政府\n"
    "首页 > 新闻中心 > 县区动态\n"
    "{title}\n"
    "发布时间：2023-11-06 09:40　来源：县融媒体中心\n"
    "前三季度，{subject}实现地区生产总值198.6亿元，同比增长5.9%；规模以上工业增加值同比增长"
    "8.7%；固定资产投资同比增长10.4%。\n"
    "今年以来，该县坚持项目为王，新签约亿元以上项目38个。\n"
)


def test_a_countys_story_on_its_citys_portal_is_the_countys():
    text = _COUNTY_STORY_ON_CITY_PORTAL.format(
        title="万载县前三季度主要经济指标稳中有进", subject="万载县"
    )
    assert _code(text) == "360922"


def test_a_countys_story_on_its_citys_portal_named_short_in_its_headline():
    text = _COUNTY_STORY_ON_CITY_PORTAL.format(
        title="万载：前三季度地区生产总值增长5.9%", subject="该县"
    )
    assert _code(text) == "360922"


def test_a_page_naming_no_area_is_its_sites_with_the_sites_name_as_evidence():
    text = _COUNTY_STORY_ON_CITY_PORTAL.format(
        title="前三季度主要经济指标稳中有进", subject="全市"
    ).replace("该县", "全市")
    meta = _meta(text)
    assert meta.area is not None and meta.area.code == "360900"
    (ev,) = [e for e in meta.evidence if e.field == "area"]
    assert ev.basis == "publisher" and text[ev.start : ev.end] == "宜春市人民政府"


_PROVINCE_PLAN_ON_CITY_PORTAL = (
    "赣州市人民政府门户网站\n"
    "当前位置：首页 > 政务公开 > 政策解读\n"
    "一图读懂江西省国民经济和社会发展第十四个五年规划纲要\n"
    "发布时间：2021-03-15 08:30　来源：省发展改革委\n"
    "纲要提出，“十四五”时期全省地区生产总值年均增长7%左右，到2025年常住人口城镇化率达到"
    "66%左右，研究与试验发展经费投入强度达到2%。\n"
)


def test_a_story_on_a_provinces_plan_on_a_city_portal_is_the_provinces():
    assert _code(_PROVINCE_PLAN_ON_CITY_PORTAL) == "360000"


def test_a_citys_release_on_its_provinces_portal_is_the_citys():
    text = (
        "江西省人民政府\n"
        "首页 > 政务公开 > 市县信息\n"
        "九江市上半年经济运行情况\n"
        "发布时间：2023-07-26　来源：九江市统计局\n"
        "上半年，全市实现地区生产总值2125.3亿元，同比增长5.1%。规模以上工业增加值同比增长"
        "6.3%，社会消费品零售总额同比增长6.9%。\n"
    )
    assert _code(text) == "360400"


def test_a_browser_title_line_is_no_site_name_and_an_official_document_keeps_its_issuer():
    assert office_of_site("萍乡市人民政府门户网站") == "萍乡市人民政府"
    assert office_of_site("关于印发某规划的通知_萍乡市人民政府门户网站") is None
    notice = "萍乡市人民政府\n关于加快推进工业高质量发展的实施意见\n各县（区）人民政府：\n"
    assert site_head(notice) == []
    assert _code(notice) == "360300"


def test_the_sites_foot_names_the_page_that_names_no_area():
    text = (
        "关于全县城镇新增就业情况的通报\n"
        "发布日期：2022-11-18\n"
        "今年1—10月，全县城镇新增就业6120人，完成年度目标的102%。城镇登记失业率控制在"
        "3.5%以内。\n"
        + "各乡镇要落实就业优先政策，做好重点群体就业帮扶，确保完成全年目标任务。\n" * 80
        + "\n主办：上栗县人民政府办公室　技术支持：某网络公司\n"
    )
    meta = _meta(text)
    assert meta.area is not None and meta.area.code == "360322"
    assert "publisher" in _bases(meta, "area")


def test_related_links_under_a_short_story_are_no_votes():
    text = (
        "芦溪县人民政府\n"
        "首页 > 新闻中心 > 部门动态\n"
        "我县前10个月城镇新增就业超5000人\n"
        "发布时间：2022-11-15　来源：县人社局\n"
        "今年1—10月，全县城镇新增就业5160人，完成年度目标的103.2%。\n"
        "上一篇：莲花县召开秋冬季农业生产工作会议\n"
        "下一篇：湘东区举办特色农产品展销会\n"
        "相关新闻：\n"
        "安源区前三季度经济运行稳中有进\n"
        "莲花县城镇新增就业创新高\n"
        "湘东区举办招聘会提供岗位3000个\n"
        "上栗县召开稳就业工作推进会\n"
    )
    assert _code(text) == "360323"


# ---- a round-up of a whole's parts ----------------------------------------------------

_ROUND_UP = (
    "{site}"
    "{crumb}"
    "{title}\n"
    "发布时间：2023-04-27 16:10　来源：市统计局\n"
    "一季度，各县（市、区）经济运行开局良好。\n"
    "{first}实现地区生产总值61.2亿元，同比增长5.6%；规模以上工业增加值增长7.1%。\n"
    "瑞金市实现地区生产总值58.4亿元，同比增长6.1%；固定资产投资增长11.3%。\n"
    "于都县实现地区生产总值70.5亿元，同比增长5.2%。\n"
    "兴国县实现地区生产总值55.9亿元，同比增长4.8%。\n"
)


def test_a_round_up_of_counties_on_the_citys_portal_is_the_citys():
    text = _ROUND_UP.format(
        site="赣州市人民政府\n",
        crumb="首页 > 新闻中心 > 县区动态\n",
        title="一季度各县（市、区）经济运行情况",
        first="信丰县",
    )
    assert _code(text) == "360700"


def test_a_round_up_without_its_site_is_its_parts_whole():
    text = _ROUND_UP.format(
        site="", crumb="", title="一季度各县（市、区）经济运行情况", first="信丰县"
    )
    assert _code(text) == "360700"


def test_a_round_up_headlined_with_its_leading_county_is_still_the_citys():
    text = _ROUND_UP.format(
        site="赣州市人民政府\n",
        crumb="首页 > 新闻中心 > 县区动态\n",
        title="信丰县一季度经济增速领跑 各县（市、区）开局良好",
        first="一季度，信丰县人民政府抓项目促投资，全县",
    )
    assert _code(text) == "360700"


def test_a_countys_story_naming_one_neighbour_stays_the_countys():
    text = (
        "信丰县与安远县签订旅游合作协议\n"
        "发布时间：2023-05-10\n"
        "5月9日，信丰县与安远县签订旅游合作协议。今年一季度，信丰县接待游客126万人次，同比"
        "增长18.2%。\n"
    )
    assert _code(text) == "360722"


# ---- the year of a story dated by month and day --------------------------------------


def test_a_dateline_takes_its_year_from_the_pages_issue_line():
    text = _COUNTY_STORY_ON_CITY_PORTAL.format(
        title="万载县前三季度主要经济指标稳中有进", subject="万载县"
    ).replace("前三季度，", "11月3日，记者从县统计局获悉，前三季度，", 1)
    meta = _meta(text)
    assert meta.reference_year == 2023


def test_a_story_without_a_page_date_is_of_the_year_after_last_years_results():
    text = (
        "崇义县前三季度经济运行稳中向好\n"
        "11月2日，记者从县统计局获悉，今年前三季度，全县实现地区生产总值98.7亿元，同比增长"
        "5.4%，增速高于全市平均水平0.2个百分点。\n"
        "据介绍，2022年全县地区生产总值首次突破130亿元。今年以来，全县规模以上工业增加值"
        "同比增长8.1%。\n"
    )
    meta = _meta(text)
    assert meta.reference_date == "2023-11-02"
    assert {"dateline", "written_year"} <= _bases(meta, "reference_date")


def test_a_story_without_a_page_date_or_its_years_results_has_no_year_from_them():
    text = (
        "崇义县前三季度经济运行稳中向好\n"
        "11月2日，记者从县统计局获悉，今年前三季度，全县实现地区生产总值98.7亿元，同比增长"
        "5.4%。\n"
    )
    assert "written_year" not in _bases(_meta(text), "reference_date")


def test_a_repost_years_later_is_dated_by_its_source_line():
    text = (
        "大余县人民政府门户网站\n"
        "发布时间：2024-05-20 10:31:02　信息来源：赣南日报\n"
        "大余：去年地区生产总值增长6.8%\n"
        "转载自《赣南日报》2021年1月18日第2版\n"
        "本报讯 1月17日，记者从大余县统计局获悉，去年，全县实现地区生产总值121.3亿元，同比"
        "增长6.8%；城镇常住居民人均可支配收入33125元，增长6.5%。\n"
    )
    meta = _meta(text)
    assert meta.reference_year == 2021
    assert meta.area is not None and meta.area.code == "360723"


def test_a_repost_under_the_stories_own_head_line_is_dated_by_it():
    text = (
        "首页 > 政务公开 > 工作动态\n"
        "南康区：去年城镇新增就业1.2万人\n"
        "发布时间：2024-06-11　浏览次数：56\n"
        "2021-01-20 08:30　来源：赣南日报\n"
        "本报讯 1月19日，记者从南康区人社局获悉，去年全区城镇新增就业1.2万人，完成年度目标的"
        "120%。\n"
    )
    assert _meta(text).reference_year == 2021


def test_a_statistics_bureaus_release_on_the_first_three_quarters_is_of_its_year():
    text = (
        "抚州市统计局\n"
        "首页 > 统计数据 > 月度数据\n"
        "前三季度全市经济运行情况\n"
        "发布时间：2023-10-27 15:30\n"
        "前三季度，全市实现地区生产总值1268.2亿元，按不变价格计算，同比增长4.7%。分产业看，"
        "第一产业增加值150.3亿元，增长4.1%。\n"
    )
    meta = _meta(text)
    assert meta.reference_year == 2023 and meta.as_of_year == 2023
    assert meta.area is not None and meta.area.code == "361000"


def test_a_browser_title_lines_site_name_is_no_vote():
    text = (
        "崇义县前三季度地区生产总值增长5.4%_赣州市人民政府\n"
        "首页 > 新闻中心 > 县区动态\n"
        "崇义县前三季度地区生产总值增长5.4%\n"
        "发布时间：2023-11-03 10:20　来源：崇义县融媒体中心\n"
        "前三季度，崇义县实现地区生产总值98.7亿元，同比增长5.4%。\n"
    )
    assert _code(text) == "360725"


def test_the_sites_foot_under_a_short_story_is_no_vote():
    text = (
        "崇义：前三季度地区生产总值增长5.4%\n"
        "发布时间：2023-11-03 10:20\n"
        "前三季度，该县实现地区生产总值98.7亿元，同比增长5.4%；规模以上工业增加值同比增长8.1%。\n"
        "主办：赣州市人民政府办公室　承办：赣州市大数据发展管理局\n"
        "版权所有：赣州市人民政府\n"
    )
    assert _code(text) == "360725"


def test_an_office_under_the_pages_head_is_the_documents_issuer_not_the_site():
    text = (
        "发布时间：2014-07-04 13:02  【打印】【关闭】\n"
        "寻乌县统计局\n"
        "（2013年3月15日）\n"
        "2012年，全县经济保持平稳较快发展。全年全县生产总值完成86.4亿元，比上年增长9.2%。\n"
    )
    assert site_head(text) == []
    assert _code(text) == "360734"


def test_a_provinces_text_naming_one_citys_counties_side_by_side_stays_the_provinces():
    text = (
        "江西省人民政府关于支持赣南等原中央苏区振兴发展的实施意见\n"
        "全省各地要加大对原中央苏区的支持力度。\n"
        "信丰县重点发展电子信息产业，到2025年产值达到300亿元。\n"
        "瑞金市重点发展红色文化旅游，到2025年接待游客3000万人次。\n"
        "于都县重点发展纺织服装产业，到2025年主营业务收入达到500亿元。\n"
    )
    assert _code(text) == "360000"


def test_a_story_filed_in_december_and_posted_in_january_is_of_the_year_before():
    text = (
        "安远县召开全县经济工作会议\n"
        "发布时间：2024-01-03 09:15　来源：县融媒体中心\n"
        "12月29日上午，全县经济工作会议召开。会议指出，今年以来，全县地区生产总值预计增长"
        "5.5%，规模以上工业增加值增长8%。\n"
    )
    meta = _meta(text)
    assert meta.reference_date == "2023-12-29"
    assert {"dateline", "page_date"} <= _bases(meta, "reference_date")


def test_a_story_filed_days_before_its_posting_keeps_the_pages_year():
    text = (
        "安远县召开全县经济工作会议\n"
        "发布时间：2024-01-03 09:15　来源：县融媒体中心\n"
        "1月2日上午，全县经济工作会议召开。会议提出，今年全县地区生产总值增长6%左右。\n"
    )
    assert _meta(text).reference_date == "2024-01-02"


def test_a_browser_title_lines_site_name_is_the_publisher_of_a_page_naming_no_area():
    text = (
        "前三季度全市经济运行情况_赣州市人民政府\n"
        "发布时间：2023-10-30\n"
        "前三季度，全市实现地区生产总值3268.2亿元，同比增长4.6%。\n"
    )
    meta = _meta(text)
    assert meta.area is not None and meta.area.code == "360700"
    (ev,) = [e for e in meta.evidence if e.field == "area"]
    assert ev.basis == "publisher" and text[ev.start : ev.end] == "赣州市人民政府"


def test_a_repost_dated_by_its_source_line_under_the_story():
    text = (
        "定南县人民政府\n"
        "首页 > 新闻中心 > 媒体聚焦\n"
        "定南：去年城镇常住居民人均可支配收入增长6.2%\n"
        "发布时间：2024-05-20 10:31\n"
        "1月16日，记者从定南县统计局获悉，去年，全县城镇常住居民人均可支配收入35120元，同比"
        "增长6.2%；农村常住居民人均可支配收入16230元，增长8.1%。\n"
        + "今年，全县将力争城乡居民收入增长与经济增长同步。\n" * 70
        + "（原载《赣南日报》2021年1月17日）\n"
    )
    meta = _meta(text)
    assert meta.reference_year == 2021
    assert "signature" in _bases(meta, "reference_date")


def test_a_page_posted_on_a_date_after_fabu_yu_is_dated_by_it():
    text = (
        "龙南市召开重点项目建设推进会\n"
        "作者：刘洋　发布于 2022-08-16\n"
        "会议通报，今年1—7月，全市152个重点项目完成投资86.5亿元，占年度计划的62.3%。\n"
        "据统计，2021年全市固定资产投资增长12.1%。\n"
    )
    meta = _meta(text)
    assert meta.reference_date == "2022-08-16"
    assert "page_date" in _bases(meta, "reference_date")


def test_a_wire_story_on_an_evaluation_reposted_months_later_is_of_its_datelines_year():
    # A mirror reposts, in November, a wire story filed on 12月18日: the story (and the
    # evaluation report it tells of) is of the year before the page's, whatever its genre.
    text = (
        "发布时间:2024-11-08 10:21:37 来源: 转载\n"
        "新华社南宁12月18日电 题：规划纲要实施进度过半 主要指标总体符合预期\n"
        "广西壮族自治区发展改革委18日向自治区人大常委会报告“十四五”规划纲要实施中期评估情况。"
        "纲要确定的22项主要指标中，17项进度符合或快于预期，全区地区生产总值突破2.6万亿元。\n"
    )
    meta = _meta(text)
    assert meta.reference_date == "2023-12-18"
    assert {"dateline", "page_date"} <= _bases(meta, "reference_date")
