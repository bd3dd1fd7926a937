"""The year words of a document's title and opening that date it (read by ``refdate``):
a report's or a communiqué's title year, the year a text looks back on, the year it sets
aims for and the year it speaks in. Written from how work reports, communiqués, statistics
bureaus' news and departments' summaries name their years; the words are grammar, not
phrases of a sample document.
"""

from __future__ import annotations

import re

from planwatch.describe.dates import DatedText

# A report's title year, a communiqué's or a year's work summary's (…2018年工作总结和2019年工作思路,
# 2019年农业工作总结).
TITLE_YEAR_RE = re.compile(
    # (not one a text cites: …2022年政府工作报告中提到，…)
    # (nor a date before the title it names: 2020年5月11日，…发布了《2019年…统计公报》)
    r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)(?:度)?"
    r"(?:[^\n。]{0,30}?(政府工作报告|统计公报)(?![中里]|提出|指出|提到|显示|明确|强调)"
    r"|\s*(?:(?!上半|下半|半年|季)[\u4e00-\u9fff]){0,4}?工作(总结))"
)
REVIEWED_RE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(?:工作)?回顾|(?:回顾|回首|回望|回眸)(?:了)?"
    # (not across an outline's parts: 一是过去五年工作回顾，二是…，三是2017年主要工作)
    r"(?:(?![,，;；][一二三四五六七八九十]是)[^。\n]){0,20}?((?:19|20)\d{2})\s*年"
    # (公布了2013年一季度…运行情况: a part of that year, told in it; 发布了2015年某省经济运行情况: a
    # year's figures released after it, not its plan, 发布2016年工作要点)
    r"|(?:公布|发布)(?:了)?\s*((?:19|20)\d{2})\s*年(?!\s*(?:上半年|前三季度|[一二三]季度|1\s*[-—–~～至到]\s*\d{1,2}\s*月))"
    r"(?![^，,。；;\n]{0,12}?(?:计划|规划|目标|要点|方案|任务|安排))"
    r"|过去的\s*((?:19|20)\d{2})\s*年"
    # (after a space too before 是, as a PDF's heading runs into it: 高速公路 2010 年是…)
    # (and after a byline's bracket: 新华网某市1月8日电(记者某某)2021年,预计…)
    r"|(?:^|\n|。|说|:|：|,|，|[)）]|\s(?=\s*(?:19|20)\d{2}\s*年\s*是))\s*((?:19|20)\d{2})\s*年\s*(?:是|,|，)"
    r"|预计\s*((?:19|20)\d{2})\s*年(?!前|底前)"
    # Results of a span of years (2011年至2012年完成…): the span ends in the reviewed year.
    r"|(?:19|20)\d{2}\s*年\s*至\s*((?:19|20)\d{2})\s*年\s*(?:累计|共)?\s*(?:完成|实现)"
    # A statistics bureau's press conference on a whole year's economy (2015年国民经济形势新闻
    # 发布会, 2023年全市经济运行情况发布会, 2022年经济社会发展成就系列新闻发布会) is held early in the
    # year after it.
    r"|((?:19|20)\d{2})\s*年\s*(?:全[省市县区州盟旗])?(?:国民经济|经济)(?:和?社会发展)?"
    r"(?:运行|形势|成就)(?:情况)?(?:系列)?(?:新闻)?发布会"
    # A year's final accounts (关于2021年区本级决算和2022年上半年预算执行情况的报告) are drawn
    # up after that year.
    r"|((?:19|20)\d{2})\s*年\s*(?:度)?(?:[\u4e00-\u9fff]{1,6}?)?决算"
    # A meeting summing up a year's work (总结2021年工作，…部署2022年…工作) is held after it.
    r"|总结(?:了)?\s*((?:19|20)\d{2})\s*年(?:度)?(?:[\u4e00-\u9fff]{0,6}?)工作"
    # A story's heading of a year's achievements (2020年成就：, as news lists a report's).
    r"|(?:^|\n)\s*((?:19|20)\d{2})\s*年\s*(?:主要)?(?:成就|成绩)\s*[:：]"
)
# A year characterised (2025年是…) and, in its paragraph and before any word of a review, the
# aims of 今年: the year the text speaks in, not one it reviews (news of a report's targets).
THIS_YEAR_NEXT_RE = re.compile(
    r"(?:(?!一年来|过去一年|这一年|(?:19|20)\d\d\s*年)[^\n]){0,120}?(?<!去)今年"
)
# That 今年 summed up (现将我街道今年工作总结报告如下): a summary written at the year's end.
SUMMED_RE = re.compile(r"(?:的)?(?:各项)?(?:工作)?总结")
# (Not the results of a year's aims: 2026年主要预期目标完成情况 reviews that year.)
# 2024年(的)(经济社会)发展主要预期目标 / 工作安排: the year a report sets aims for; not
# a look back at them (2023年主要预期目标全面完成, …的完成情况).
TARGET_RE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*[,，]?\s*(?:的)?(?:(?:[\u4e00-\u9fff]{1,6}?[省市县区州盟旗]|国民)?经济(?:和)?社会)?(?:发展)?(?:的)?"
    r"(?:主要预期目标|预期目标|工作安排|工作任务|重点工作|计划草案)"
    r"(?!\s*(?:的)?(?:完成|执行|实现|落实)情况|\s*(?:已|均|全面|较好|圆满|基本|顺利)\s*(?:完成|实现))"
)

# A year opening a paragraph that sets that year's aims (2018年，某区给自己定下了小目标：…,
# 2018年，全县经济社会发展的主要预期目标是：…): the page speaks in it.
_SETS_AIMS_RE = re.compile(
    r"[^。\n]{0,40}?(?:(?:定下|提出|确定|明确|设定|制定)(?:了)?[^。\n，,]{0,10}?目标\s*[:：]"
    r"|预期目标(?:是|为)?\s*[:：])"
    # (2024年，四川公路水运建设投资目标2600亿元。: the year's aim's own figure, in a clause that
    # tells no result; not 2005年，全县共完成生产总值19.33亿元，超计划目标3.73亿元)
    r"|(?:(?!完成|实现|超|高于|低于|比)[^。\n，,\d]){0,30}目标(?:是|为)?\s*\d"
    # (2015年，我县计划投资1.37亿元实施水利项目建设: the year's plan, its sum; 2019年，某市地区生产总值
    # 预期增长7.5%: its expected pace)
    r"|(?:(?!完成|实现|超|高于|低于|比)[^。\n，,\d]){0,12}(?:计划|拟)(?:总)?投资\s*\d"
    r"|(?:(?!完成|实现|超|高于|低于|比)[^。\n，,\d]){0,20}预期(?:增长|增速)(?:为|是)?\s*\d"
    # (2015年，某县继续把…作为出发点，…将集中力量办好十件民生实事。: the year's work set out, in
    # a sentence of no figure and no result)
    r"|(?:(?!完成|实现|达到|增长|下降|比上年|同比)[^。\n\d]){0,80}?[,，]\s*将(?!近|来)[^。\n\d]{0,40}。"
)


def year_spoken_in(view: str, m: re.Match[str]) -> DatedText | None:
    """For ``REVIEWED_RE``'s match of a year characterised or opening a paragraph (group 5),
    the time the page speaks in when it is that year, not after it: the year (2025年是…最后
    一年，…今年的主要预期目标; 2018年，…定下了目标：…), or its end when its 今年 is summed up
    (…今年工作总结, as a summary's title year)."""
    if not m[5]:
        return None
    year = int(m[5])
    now = THIS_YEAR_NEXT_RE.match(view, m.end())
    if now:
        return DatedText(year, 12 if SUMMED_RE.match(view, now.end()) else None, None)
    return DatedText(year, None, None) if _SETS_AIMS_RE.match(view, m.end()) else None


# A year's work told with the next year's plan (现将2024年工作开展情况和2025年工作计划报告如下):
# a summary at the first year's end.
# (Or a story's questions on a report delivered at the year's end: 2025年我县取得了哪些成绩？2026年
# 又有哪些工作安排？)
SUMMARY_THEN_PLAN_RE = re.compile(
    r"((?:19|20)\d{2})\s*年(?:度)?[\u4e00-\u9fff]{0,6}?"
    # (经开区2022年经济社会发展总体情况和2023年工作打算汇报: a zone's year told the same way)
    r"(?:(?:工作(?:开展|完成|推进|落实)?|发展(?:总体)?|运行)情况(?:和|及|暨|与)"
    r"|取得了?哪些(?:成绩|成就)[?？]\s*)"
    r"\s*((?:19|20)\d{2})\s*年(?:度)?[\u4e00-\u9fff]{0,6}?工作(?:计划|思路|打算|安排)"
)


# Words of a year's end before the year a text plans for (在新年即将到来之际，…总结本年度的工作，
# 研究讨论2021年的工作安排): the page speaks in the year before, at its end.
YEAR_END_BEFORE_RE = re.compile(
    r"(?:新年即将到来之际|辞旧迎新之际|岁末年初之际|总结(?:本|今)年度?的?(?:各项)?工作)[^。\n]{0,60}$"
)

# The next year of a chronicle, each year opening its clause (2011年，…；2012年，…；2013年，…).
_AIMED_RE = re.compile(r"目标|预期|计划|力争|确保")
_CHRONICLE_NEXT_RE = re.compile(r"[^\n]{0,200}?[。；;]\s*((?:19|20)\d{2})\s*年\s*[,，]")


def chronicle_end(view: str, at: int, year: int) -> int:
    """The last year of a chronicle whose first year opens a clause ending at ``at`` (a
    statistics page's 2011年，…；2012年，…；2014年，…: the page looks back from after 2014);
    ``year`` when fewer than two years after it follow on one by one (2018年，…。2019年，…的
    预期目标是: a report's year reviewed, then its aims)."""
    last = year
    while (m := _CHRONICLE_NEXT_RE.match(view, at)) is not None and int(m[1]) == last + 1:
        if _AIMED_RE.search(view, m.end(), m.end() + 40):
            break  # (…；2019年，…的预期目标是: the year aimed at, not told)
        last, at = last + 1, m.end()
    return last if last >= year + 2 else year


# A heading reviewing a year's work (2012年及过去五年政府工作回顾, 2012年工作回顾).
_YEAR_REVIEW_HEAD = r"\s*年\s*(?:(?:及|和)\s*(?:过去|近)?五年)?\s*(?:政府)?工作回顾"


def reviews_year(view: str, year: int) -> bool:
    """Whether ``view`` heads a review of ``year``'s work (2012年及过去五年政府工作回顾): a
    report titled by that year (旅顺口区2012年政府工作报告, as a copy's site titles it) is
    delivered the year after."""
    return re.search(rf"{year}{_YEAR_REVIEW_HEAD}", view) is not None


# A report's own chapter heading reviewing a year (一、2014年工作回顾).
_REVIEW_CHAPTER_RE = re.compile(
    rf"(?:^|\n)\s*[一二三四五六七八九十]+\s*[、.．]\s*((?:19|20)\d{{2}}){_YEAR_REVIEW_HEAD}"
)


def other_year_reviewed(view: str, titled: int) -> re.Match[str] | None:
    """A report's chapter heading reviewing a year (一、2014年工作回顾) other than the one its
    title names or the one before it: a copy's site titled it by another year (2018年某市政府
    工作报告 over the report of 2015); the report's own heading tells its year."""
    m = _REVIEW_CHAPTER_RE.search(view)
    return m if m is not None and int(m[1]) not in (titled, titled - 1) else None


# A year printed as a result's (2018年全市地区生产总值达到…), not a horizon (到2025年).
_PRINTED_YEAR_RE = re.compile(
    r"(?<![到至])((?:19|20)\d{2})\s*年(?!\s*(?:前|底前|以前|的?(?:远景|目标|规划|预期|计划)))"
)
# How many years before the latest year a text prints a year opening a paragraph may lie and
# still be the one it reviews (a retrospective's 1949年，… opens its history, not its year).
_HISTORY_YEARS = 10


def first_reviewed(view: str) -> re.Match[str] | None:
    """``REVIEWED_RE``'s first match in ``view`` that is no historic anchor: a year opening
    a paragraph (1949年，全市…) ten or more years before the latest year the text prints
    (…2018年全市地区生产总值达到2951.8亿元: a retrospective of seventy years, told after 2018)."""
    latest = max((int(y[1]) for y in _PRINTED_YEAR_RE.finditer(view)), default=0)
    for m in REVIEWED_RE.finditer(view):
        if not (m[5] and int(m[5]) + _HISTORY_YEARS <= latest):
            return m
    return None


def reviewed_year(m: re.Match[str]) -> int:
    """The year ``REVIEWED_RE``'s match names (whichever of its forms matched)."""
    return int(next(g for g in m.groups() if g))
