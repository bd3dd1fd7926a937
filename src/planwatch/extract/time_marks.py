"""Finding the time words of planning prose: :func:`time_marks`.

An explicit year (2020年), a target year (到2025年), a base year (比2015年增长), a
year range (2016—2019年), a plan period (“十三五”时期), a span (五年来), a relative
year (今年, 去年, 明年), a horizon or look back naming the document's plan (到规划期末,
规划实施以来), a deadline (2027年底前) or a comparison's base that carries its own
figure (比2019年10%左右的目标): each found is a :class:`TimeMark`. What the marks
mean for a figure's year, folded in text order, is :mod:`.timewords`' ``TimeState``.
Split from ``timewords.py`` (the finding and the folding are separate stages).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from planwatch.core.numerals import small_int
from planwatch.core.periods import CENSUS_BY_ORDINAL, LISTED_BASE_YEAR, PLAN_NAME, PLAN_QUOTES
from planwatch.core.periods import plan_named as plan_period
from planwatch.core.regex import led_alternation
from planwatch.extract.prose_script import BLANK
from planwatch.extract.review_heading import reviewed_in_heading
from planwatch.extract.time_forms import (
    BASE_VALUE,
    FROM_BEFORE,
    TimeMark,
    aim_done_end,
    index_base,
    plan_as_setter,
    plan_begun,
    plan_title_year,
    plan_year_mark,
    to_year_form,
    year_form,
)
from planwatch.extract.time_words import alternation, relative_years


def _y(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d{{2}})"


_Q = rf"[{PLAN_QUOTES} ]*+"  # quotes and spaces around plan names: “ 十三五 ”

# A year's epithets, before which headlines drop its 年 (2026开局之年, 2025收官之年).
_EPITHET = "(?:开局|收官|决胜|攻坚|起步|关键|奋进)"


def _plan(name: str) -> str:
    # (The plan-name pattern tells 第十五届, 十五次, 十五个 from the 10th plan.)
    return rf"{_Q}(?P<{name}>{PLAN_NAME}){_Q}"


# Every character a mark can start with. Checked first, it lets the scan skip
# the many positions where none can start without trying each alternative.
# Relative years (今年, 去年, 明年) are listed in data/time_words.csv.
_REL_FIRST = "".join(sorted({w[0] for w in relative_years()}))
# The month and day of a report's delivery after its year, and the meeting it was given at
# (2024年1月23日在某市第十届人民代表大会第三次会议上).
_DELIVERED = (
    r"\s*(?:1[0-2]|[1-9])\s*月\s*(?:3[01]|[12]\d|[1-9])\s*日\s*在[^，,。；;\n]{2,40}?会议?上"
)
# A year named as the basis a change starts from (在2025年的基础上).
_BASIS_YEAR = r"\s*(?:19|20)\d{2}\s*年(?:底|末)?的?基础上"
# Words between a year and 目标 that keep it the aim's name (2030年规划目标, 2035年远景目标).
_AIM_LEAD = "规划|预期|发展|既定|奋斗|主要|年度|计划|远景"
# The aim's figure between its year and its 目标 (2025年不低于98%的目标, 2025年27.5%左右的目标).
_FIGURE_AIM = (
    r"\s*(?:不低于|不高于|不超过|低于|高于|达到|控制在)?\s*\d[\d.]*\s*[^\d,，。;；]{0,8}?"
    rf"(?:以上|以下|以内|左右)?的(?:{_AIM_LEAD})?(?:目标|预期)"
)
# What ends the clause of an aim's year (a label's colon does not: 2030年目标：…).
_CLAUSE_END_RE = re.compile(r"[,，;；。\n]")
# The rest of an aim's words ending in a colon that leads in the aims listed after it
# (…的主要预期目标是：, …目标为：, …目标：), and what ends such a list.
_AIMS_LEAD_RE = re.compile(r"[^,，;；。\n:：]{0,8}?(?:是|为|如下)?\s*[:：]")
_SENTENCE_END_RE = re.compile(r"[。\n]")
_MARK_FIRST = (
    "0-9比较相与同在到至截超为高低快慢 一二三四五六七八九十两过近这前当上下第目提规纲《今未后基是以现跟延"
    + PLAN_QUOTES
    + _REL_FIRST
)

_CENSUS_FIRST = rf"(?:{CENSUS_BY_ORDINAL}\s*)?"

# One alternation; the group that matched tells the kind of mark. Order matters:
# longer, more specific forms first. (Each branch opens with a look at its first
# characters, and core.regex.led_alternation puts runs of branches under their first
# characters too: a position tries few of them; the same matches.)
# The base's own figure after 的, then a clause break (相比2010年的810亿千瓦时，每年增速为7.3%;
# 比2010年的7000万吨标准煤左右，要增加约30%): the base's, whatever its unit.
_BASE_THEN_BREAK = r"(?P<cval>\s*\d+(?:\.\d+)?\s*[^\d\s，。；,;的]{0,6}?(?:左右|以上)?)\s*[，,；;]"
_MARK_RE = led_alternation(
    f"(?=[{_MARK_FIRST}])(?:"
    + "|".join(
        [
            rf"(?=\d)(?P<range>{_y('r1')}\s*(?:年\s*)?[-—–~～至到、]\s*{_y('r2')}\s*年)",
            # 比2019年10%左右的目标, 较去年的6%目标, 比“十一五”期间13.1%的速度: the value
            # right after a comparison's base is the base's own figure.
            # (与2010年第六次全国人口普查时的145722人相比: the census named after its year.)
            # (同第五次全国人口普查2000年11月1日零时的333586人相比: the census before its year,
            # its standard moment after it.)
            rf"(?=[比较相与同])(?P<baseval>(?:比|较|相比|与|同)\s*(?:{_CENSUS_FIRST}{_y('vy')}\s*年"
            r"(?:底|末|同期|\s*1?\d\s*月\s*[123]?\d\s*日(?:\s*零时)?)?"
            rf"(?:{CENSUS_BY_ORDINAL}(?:时|结果)?)?"
            rf"|{_plan('vp')}(?:时期|期间|期末|末)?|(?P<vr>上年|上一年|去年)(?:同期)?)\s*(?:预计|实际)?"
            rf"(?:的?(?!\s*(?:19|20)\d{{2}}\s*年)(?={BASE_VALUE})|的(?={_BASE_THEN_BREAK})))",  # (比2025年预计的2.15%提高: an estimate for the base)
            # 是2020年180.5亿元的1.34倍, 是2020年的1.6倍: the year of a multiple's base (and of
            # the base's own figure), not the multiple's.
            rf"(?=是)(?P<multval>是\s*{_y('my')}\s*年(?:底|末)?的?(?=(?P<mval>\s*\d+(?:\.\d+)?"
            r"\s*[^\d\s，。；,;的]{0,4})?的\s*\d+(?:\.\d+)?\s*倍))",
            # (在2025年基础上翻一番: the base of a change, not the figure's year; 比2020和2019年: two.)
            # (同比2015年增长: a plan's review comparing with its base year, as 比2015年 does.)
            # (Not 比2015年规划目标低5.7个百分点: the aim of that year, an aimyear below; 与2020年
            # 目标的差距 in a heading stays a base: it dates no section; 延续2014年四季度走势, a trend's.)
            rf"(?=[比较相与同在延])(?P<base>(?:同比|(?P<bcmp>比|较[之于]?)|相比于?|与|同|在(?={_BASIS_YEAR})|(?P<bgo>延续了?))"
            rf"\s*{LISTED_BASE_YEAR}{_y('by')}\s*年(?(bgo)(?:第?[一二三四]季度|\d{{1,2}}\s*月份?)?(?=[^，。；;]{{0,6}}?(?:走势|态势|势头))|(?:底|末)?(?(bcmp)(?!\s*的?(?:{_AIM_LEAD})?(?:目标|预期)))))",
            # (以2019年相应同期数为基数: a two-year average's base, in a note on how it is reckoned.)
            r"(?=以)(?P<baseyi>以\s*"
            + _y("byi")
            + r"\s*年[^，。；,;\d]{0,10}?为(?:基数|基期|基年))",
            # 基期, 比基期: the year before the plan the document is about (its base year).
            r"(?=[比较相与基])(?P<planbase>(?:(?:比|较|相比|与)\s*)?基期(?:年|值|水平)?)",
            # (比“九五”期末的2000年: the plan's end year after it; 高于“十五”时期平均增速: its average)
            rf"(?=[比较相与同高低快慢])(?P<baseplan>(?:比|较|相比|与|同|[高低快慢]于(?=[^，。]{{0,8}}?平均)){_plan('bp')}(?:期末|末)?"
            r"(?:的?\s*(?:19|20)\d{2}\s*年(?:底|末)?)?)",
            rf"(?=\d)(?P<since>{_y('sy')}\s*年(?:底|末|[一二三四]季度|[上下]半年)?\s*以来)",
            # (自2003年我市经济突破两位数增长以来: since an event of that year, told between; a
            # short one needs no 自: 2012年换届以来.)
            r"(?=\d)(?P<sinceev>"
            + _y("se")
            + r"\s*年(?:(?<=[自从]\d{4}年)[^，。；,;！？!?\d]{2,20}?"
            r"|[^，。；,;！？!?\d的]{2,4}?)以来)",
            rf"(?=[到至截])(?P<to>(?:到|至|到了|截至|截止到?)\s*{_y('ty')}\s*年(?:底|末)?)",
            # 2027年底前建成: by that year, an aim's horizon (not 2027年前三季度).
            rf"(?=\d)(?P<tob>{_y('byy')}\s*年(?:底|末)?\s*以?前)(?![一二三四两]季|[一二三四五六七八九十\d]+个月|后|列)",
            # 到规划期末, 预计到期末: the end of the plan the document is about.
            r"(?=[到至规])(?P<planterm>(?:到|至)\s*(?:规划)?期末|规划期末)",
            # 《纲要》提出, 《规划》明确 (…城镇新增就业12万人以上, in a page telling of the plan): the
            # plan the document is about speaking, its aims to its end, as 到规划期末 (not
            # 《纲要》提出的…, 规划确定了…: the plan's items named, read by the count rules).
            r"(?=[《纲规])(?P<plansays>《?(?:纲要|规划)》?(?:提出|明确|要求|确定)(?![的了过]))",
            # 规划实施以来, 《纲要》实施以来: since the plan the document is about began.
            r"(?=[规纲《])(?P<planbegun>(?:规划|《?纲要》?)(?:实施|执行)以来)",
            rf"(?P<planend>{_plan('pe')}(?:期末|末))",
            # “十四五”中期 (到“十四五”中期，地区生产总值跃上…): the plan's middle year, an aim's
            # horizon (not the plan's 中期评估, 中期调整: an evaluation named).
            # (Only as a clause's time: after 到/至, or followed by its comma; 某市“十四五”中期
            # “成绩单” names a mid-term review.)
            rf"(?P<planmid>(?:(?:到|至)\s*{_plan('pm')}中期|{_plan('pm2')}中期(?=\s*[,，])))",
            # “十五五”开局之年, “十四五”收官之年: the plan's first or last year, named by its place.
            rf"(?P<planyear>{_plan('py')}(?:的)?(?P<pyw>开局之年|开局年|起步之年|首年|第一年"
            rf"|收官之年|收官年|最后一年|决胜之年))",
            rf"(?P<plan>{_plan('pl')}(?:时期|期间|以来|规划期|规划期间|期)?)",
            r"(?=[过一])(?P<review>过去一年|一年来)",
            # 提前两年实现: reached that many years before the aim's year (not 前两年).
            r"(?=提)(?P<ahead>提前(?P<an>[一二三四五两]|\d)\s*年)(?![来以间中度])",
            # 是五年前的7倍: the base so many years before the year in force.
            r"(?=[一二三四五六七八九十两\d])(?P<ago>(?P<agn>[二三四五六七八九十两]|\d{1,2})\s*年前(?=的))",
            # 今后五年, 未来三年, 后三年 (of a plan under way): the years ahead, an aim's period.
            # (此后两年, 之后三年 follow a date of their own; 落后两年, 延后两年 are a lag.)
            r"(?=[今未后])(?<![此之以然最落滞前延推退随稍])(?P<ahead_span>(?:今后|未来|后)"
            r"(?P<wn>[二三四五六七八九十两]|\d{1,2})\s*个?年(?![来以间度前]))",
            # 前两年 of a plan period: its first years (前年, 前两年来 are other things).
            # (学前三年 is a school stage, 此前两年 the years before a date: not the plan's.)
            r"(?=前)(?<![学此之以日目])(?P<first>前\s*(?P<fn>[两二三四]|\d)\s*年(?![来以间中度]))",
            # (两年半: a span that ends half-way through the year under review.)
            r"(?P<span>(?:过去|近|这|前)?(?P<sn1>[一二三四五六七八九十两]|\d{1,2})\s*年"
            r"(?:(?P<half>半)|(?P<more>多)?(?:来|以来)|间|中)|"
            r"(?:过去|近|这)(?P<sn2>[一二三四五六七八九十两]|\d{1,2})\s*年|"
            # (两年新增…, 两年引进…: what the span added, as 两年累计 says, 两年分别 its years one
            # by one; so does a span an adverb ties to the work done in it: 两年仅建成81公里,
            # 五年共投入; and a span a review says a share rose or a total crossed its marks in:
            # 5年提升9.4个百分点, 五年跨越两个百亿级台阶.)
            r"(?<!连续)(?P<sn3>[二三四五六七八九十两]|\d{1,2})\s*年(?=年均|平均|累计|新增|新建|引进|分别"
            r"|新改建|改扩建|净增|培养|治理|提高|提升|上升|下降|降低|增长|增加|减少|跨越|迈上"
            r"|(?:仅|只|共)(?:建成|完成|改造|实施|培育|减少|压减|投入|开工))|"
            # (…会议以来的四年, 这是…显著增强的五年。: the years a review looks back on.)
            r"(?:(?<=以来的)|(?<=的)(?=[三四五]年[。；;]))(?P<sn4>[二三四五六七八九十两]|\d{1,2})\s*年|"
            # (A span opening its clause before what it added: 两年城镇新增就业1.18万人, 五年固定资产
            # 投资累计完成500亿元; 三年行动计划新增 is a programme's name, no span.)
            r"(?<=[，。；：,;:\n])(?P<sn5>[二三四五六七八九十两])\s*年(?=(?:(?!行动|计划|攻坚|规划)"
            r"[\u4e00-\u9fff]){2,6}?(?:累计|新增|新建|净增|共投入)))",
            # 2030年目标, 2030年的规划目标: a year naming an aim, for its own clause only
            # (…，距2030年目标尚差0.6个百分点 is a gap now; the next sentence is not of 2030);
            # so is one with the aim's figure before its 目标 (已高于2025年不低于98%的目标).
            rf"(?=\d)(?P<aimyear>{_y('ay')}\s*年(?:底|末)?(?:\s*的?(?:{_AIM_LEAD})?(?:目标|预期)"
            rf"|(?={_FIGURE_AIM})))",
            # (2010年不变价, 2015年可比价, 按2020年价格计算: a price base, not a time; nor the
            # day a report was delivered, ——2024年1月23日在…会议上, run into its text.)
            # (按2018年平均汇率计算: an exchange-rate base, as much as a price's.)
            rf"(?=\d)(?P<year>{_y('yy')}(?:\s*年(?:度|底|末|初)?|(?=(?:是|为)?{_EPITHET}之年))"
            r"(?!\s*(?:不变价|可比价|价格?计|(?:的)?(?:平均|年均)?汇率))"
            rf"(?!{_DELIVERED}))",
            # 比上年增长 / 较上年末 / 同比 / 超去年全年 / 在去年…的基础上 / 为去年全年的4.8倍 / 比去年同期、去年全年: a base
            r"(?=[比较与同跟在超为是])(?P<relbase>(?:比|较|与|同|跟|超过?)\s*(?:上年|上一年|去年)(?:同期|年末|末|底|全年)?(?:\s*[、和及]\s*(?:上年|上一年|去年)(?:同期|年末|末|底|全年)?)?|同比"
            r"|在\s*(?:上年|上一年|去年)(?=[^，,。；;\d]{0,12}?的?基础上)|[为是]\s*(?:上年|去年)(?:同期|全年)?(?=的))",
            # 目前/截至目前, 现有 before a count (现有幼儿园186所): the state now, a result so far
            # (the year the document reviews). (当前位置 of a page's navigation line is no time.)
            r"(?=[截到目当现1-9])(?P<now>(?:截至|截止|到)?(?:目前|当前)(?!的?[\u4e00-\u9fff]{0,2}(?:目标|任务|问题|形势|位置|页面|栏目))|(?<![在按比较与照])现有(?=[\u4e00-\u9fff]{1,12}?\d)"
            # (or a month's end named without its year, 截至6月底, 6月末: the present year's,
            # as a page of July counts what stands by then; a year before it dates it instead;
            # not a deadline, 4月底前开工建设: a task's date ahead, of the year it is set for)
            r"|(?:截至|截止到?)?(?<![年\d])(?:1[0-2]|[1-9])\s*月(?:底|末)(?!\d|\s*(?:前|之前)))",
            # 今年以来: this year so far (see TimeState.fold: under a heading of the year
            # just ended, a report drafted in December and delivered in January means that year).
            r"(?=[今本])(?P<sofar>(?:今年|本年)\s*以来)",
            # 当年/同年: the year just named (2016年…当年新增), else the year under review.
            r"(?=[当同]年)(?P<same>(?:当|同)年(?![价度末底初]))",
            # (人次年均, 车次: a count word before 次年, not "the next year"; a budget's 上年结转收入
            # and 上年结余 are lines of this year's account, carried over into it.)
            rf"(?=[{_REL_FIRST}])(?<![人车架班航频])(?P<rel>{alternation('rel')})(?!结转|结余)",
            # A part of a year (上半年, 前三季度, 1-11月): a result so far, not the year's.
            r"(?=[上下前第1一二三四])(?P<part>[上下]半年|前[一二三两]季度|第?[一二三四]季度|"
            r"1\s*[-—–~至]\s*1?\d\s*月(?:份)?|前\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*个月)",
        ]
    )
    + ")"
)

# "The past year" (过去一年, 一年来) is no offset: the year reviewed (January's: the year before).
_REL_OFFSET = relative_years()
# A plan mark followed by 规划/纲要 (not 规划期) or 实施中期评估 names the plan as a document
# (junk a mirror inserted inside the word blanked in the view: 规(guī)划).
_PLAN_NAME_AFTER = re.compile(
    rf"[”\"’ {BLANK}]*(?:规{BLANK}*划|纲{BLANK}*要|实施中期评估)(?!{BLANK}*期)"
)
_PLAN_PROJECTS_RE = re.compile(rf"[”\"’ {BLANK}]*规{BLANK}*划(?:内|中)?(?:重大|重点)?(?:建设)?项目")
# A plan named as the one whose start went well (实现了“十五五”(的)良好开局, “十一五”时期经济社会
# 发展的良好开局, “十五五”开局良好, …开好局、起好步): its first year's results are told, not the
# plan's years (as “十三五”规划的良好开局); 开局以来 and 开局之年 read as before.
_PLAN_START_AFTER = re.compile(
    rf"[”\"’ {BLANK}]*(?:时期|期间)?(?:经济社会发展|经济发展|发展)?(?:实现|取得|迎来)?了?的?"
    rf"(?:良好|精彩|漂亮|强劲|平稳)?(?:开局|起步)(?!以来|之年)"
    rf"|[”\"’ {BLANK}]*(?:实现)?(?:开好局|起好步)"
)


# A plan mark followed by words of its aims (“十四五”目标, 十三五规划目标任务, “十四五”确定的
# 指标): it says whose aims are meant; the figures after it keep the time they had.
_PLAN_AIM_AFTER = re.compile(
    rf"[”\"’ {BLANK}]*(?:规{BLANK}*划|纲{BLANK}*要)?(?:确定的|提出的|设定的)?(?:主要)?(?:目标|任务)"
)

# The aim's figure right after the plan's aim words (“十二五”规划目标68%, 规划目标为7%).
_AIM_FIGURE_RE = re.compile(r"\s*(?:为|是)?\s*\d+(?:\.\d+)?[^\d，。；,;\s]{0,6}")

# A heading ending in the plan's aims (第二节 “十四五”主要目标; a label “十四五”目标：): the period's.
_LINE_END_RE = re.compile(r"[ \t\u3000]*[:：]?[ \t\u3000]*(?:\n|$)")
_BLANK_RUN_RE = re.compile(f"{BLANK}+")
_MIDDLE_YEAR = 2  # a five-year plan's middle year: its third (十四五中期 = 2023)


def _adjoins(text: str, end: int, start: int) -> bool:
    """Whether only spaces stand between ``end`` and ``start``."""
    return not text[end:start].strip()


# 从/由 right before a year or a period's end: the start point of a "from A to B" change.


def time_marks(text: str, start: int = 0, end: int | None = None) -> list[TimeMark]:
    """The time expressions in ``text[start:end]`` in text order (offsets index ``text``).

    Junk a mirror inserted inside words, blanked in the matching view (过(guò)去一年),
    is read through: the marks are found on the text without it and mapped back.
    """
    end = len(text) if end is None else end
    if text.find(BLANK, start, end) < 0:
        return _time_marks(text, start, end)
    # The text without its runs of junk, and where each run was: a kept character at
    # ``k`` in it stands at ``start + k + removed`` (the junk removed before it).
    pieces: list[str] = []
    bounds: list[int] = [0]
    removed: list[int] = [0]
    pos = start
    for run in _BLANK_RUN_RE.finditer(text, start, end):
        pieces.append(text[pos : run.start()])
        bounds.append(run.start() - start - removed[-1])
        removed.append(removed[-1] + run.end() - run.start())
        pos = run.end()
    pieces.append(text[pos:end])
    squeezed = "".join(pieces)

    def at(k: int) -> int:
        return start + k + removed[bisect.bisect_right(bounds, k) - 1]

    return [
        replace(m, start=at(m.start), end=at(m.end - 1) + 1 if m.end > m.start else at(m.start))
        for m in _time_marks(squeezed, 0, len(squeezed))
    ]


# A streak after its start (自2022年三季度以来连续8个季度…居全国第一方阵): how long a run has
# lasted, no time of a figure (nor of the sentences after it).
_STREAK_NEXT_RE = re.compile(r"\s*连续")
# A first or a record since a time (…以来首次出现的大幅回落, 以来最高): a measure of how rare the
# figure is, no period of it (nor of the sentences after it).
_FIRST_SINCE_RE = re.compile(r"\s*(?:的)?(?:首次|第一次|最[高低大小快慢多少好])")


def _since_mark(text: str, m: re.Match[str], s: int, e: int) -> list[TimeMark]:
    """A since mark (2015年以来, 自2003年…以来), none when a streak or a first follows it."""
    if _STREAK_NEXT_RE.match(text, e) or _FIRST_SINCE_RE.match(text, e):
        return []
    return [TimeMark(s, e, "since", first=int(m.group("sy") or m.group("se")))]


# A school year or season spanning two calendar years (2007—2008年度, 2019-2020学年): counted in
# the year it opens, as a communiqué of 2007 reports its schools (not 2018、2019年度连续两年获…).
_SCHOOL_YEAR_RE = re.compile(r"\s*(?:度|学年|年度)")


def _range_mark(text: str, m: re.Match[str]) -> list[TimeMark]:
    """The mark of a span of years (2021—2025年), or of a school year (2007—2008年度)."""
    s, e = m.span()
    y1, y2 = int(m.group("r1")), int(m.group("r2"))
    if y2 == y1 + 1 and "、" not in m.group() and _SCHOOL_YEAR_RE.match(text, e):
        return [TimeMark(s, e, "year", y1)]
    return [TimeMark(s, e, "range", y2, y1)] if y1 < y2 else []


def _time_marks(text: str, start: int, end: int) -> list[TimeMark]:
    marks: list[TimeMark] = []
    for m in _MARK_RE.finditer(text, start, end):
        kind = m.lastgroup or ""
        s, e = m.start(), m.end()
        if kind == "range":
            marks += _range_mark(text, m)
        elif kind in ("baseval", "multval"):
            marks += _base_value(m, s, e)
        elif kind in ("base", "baseyi"):
            marks.append(TimeMark(s, e, "base", int(m.group("by") or m.group("byi"))))
        elif kind in ("baseplan", "planend", "plan"):
            marks += _plan_mark(text, m, kind)
        elif kind == "planyear":
            marks += plan_year_mark(m, s, e)
        elif kind in ("since", "sinceev"):
            marks += _since_mark(text, m, s, e)
        elif kind == "to":
            # 截至2023年6月底: an as-of date to the month, a look back (see TimeState.fold).
            form = to_year_form(text, s, e)  # (截至2023年6月底: dated; 恢复到2019年的: base)
            kind = "base" if form == "base" else "to"
            marks.append(TimeMark(s, e, kind, int(m.group("ty")), dated=form == "dated"))
        elif kind == "planmid":
            marks += _plan_middle(m, s, e)
        elif kind == "tob":
            marks.append(TimeMark(s, e, "to", int(m.group("byy"))))
        elif kind in ("planterm", "planbegun"):
            marks += _plan_term(text, s, e, kind, end)
        elif kind == "plansays" and not _YEAR_BEFORE_RE.search(_sentence_before(text, s)):
            marks.append(_plan_says(text, s, e))  # (展望2035年，《纲要》提出…: that year holds)
        elif kind == "planbase":
            # (比基期提高: a base; 由基期的2.1%, 基期值: the base year's own figure.)
            marks.append(TimeMark(s, e, "basebase" if text[s] != "基" else "planbase"))
        elif kind == "ahead_span":
            n = small_int(m.group("wn")) or 0
            if 1 < n <= 10:  # (后三年 alone: the last years of the plan, "last")
                marks += _last_years(text, marks, s, e, kind, n)
        elif kind == "first":
            marks.append(TimeMark(s, e, "first", offset=small_int(m.group("fn")) or 0))
        elif kind in ("ahead", "ago"):
            n = small_int(m.group("an") or m.group("agn")) or 0
            marks.append(TimeMark(s, e, kind, offset=n))
        elif kind == "part" and _ends_range(text, marks, s):
            pass
        elif kind == "span":
            marks += _span_mark(m, s, e)
        elif kind == "aimyear" and not plan_title_year(text, m.start("ay"), m.end("ay")):
            marks += _aim_year(text, s, e, int(m.group("ay")), end)  # (not …和2035年远景目标纲要)
        elif kind == "year":
            y, (form, aside_end) = int(m.group("yy")), year_form(text, s, e)
            if form == "aside":  # （2020年为310天）: the year of the aside's figure only
                marks += [TimeMark(s, e, "baseval", y), TimeMark(aside_end, aside_end, "base", y)]
            elif form == "aim":  # (目标为2025年…, 2025年1.6%的目标: for its clause only)
                marks += _aim_year(text, s, e, y, end)
            elif form != "name":
                marks.append(TimeMark(s, e, form, y))
        elif kind in ("relbase", "review", "same"):
            marks.append(TimeMark(s, e, kind))
        elif kind == "now":
            # 从目前的5%提高到10%: now is the start point of a change (a "from" without a year).
            from_ = FROM_BEFORE.search(text, max(0, s - 3), s) is not None
            marks.append(TimeMark(s, e, "from" if from_ else "now"))
        elif kind == "rel":  # (上年同期=100: an index's base, no time)
            rel = "relbase" if index_base(text, e) else "rel"
            marks.append(TimeMark(s, e, rel, offset=_REL_OFFSET[m.group(kind)]))
        elif kind == "sofar":
            # 今年以来 under a heading reviewing a year (一、2023年计划执行情况, drafted in
            # December, delivered in January): that year; else this year, as 今年.
            y = reviewed_in_heading(text, s)
            marks.append(TimeMark(s, e, "year", y) if y else TimeMark(s, e, "rel", offset=0))
        elif kind == "part":
            marks.append(TimeMark(s, e, "part"))
    if any(m.kind == "aimend" for m in marks):
        marks.sort(key=lambda m: m.start)
    return marks


def _ends_range(text: str, marks: list[TimeMark], s: int) -> bool:
    """Whether a part of a year at ``s`` ends the range of years just marked (2011年至2013年
    上半年: a period that ends part-way through its last year)."""
    return bool(marks) and marks[-1].kind == "range" and _adjoins(text, marks[-1].end, s)


def _span_mark(m: re.Match[str], s: int, e: int) -> list[TimeMark]:
    """A span of years (五年来, 两年半, 两年多来, 两年累计) of two to twenty years."""
    n = small_int(
        m.group("sn1") or m.group("sn2") or m.group("sn3") or m.group("sn4") or m.group("sn5")
    )
    n = n or 0
    if m.group("half"):
        n += 1  # (the half year under way counts as a year of the span)
    if not 1 < n <= 20:
        return []
    lasting, more = bool(m.group("sn3") or m.group("sn5")), bool(m.group("more"))
    upto = m.group("span").endswith("来")
    return [TimeMark(s, e, "span", offset=n, lasting=lasting, more=more, upto=upto)]


def _plan_middle(m: re.Match[str], s: int, e: int) -> list[TimeMark]:
    """The mark of a plan's middle (到“十四五”中期): by its third year, an aim's horizon; in
    a text written then, the date its results stand at (到“十一五”中期，…已达到…), as a
    month named is (``dated``)."""
    years = plan_period(m.group("pm") or m.group("pm2"))
    return [] if years is None else [TimeMark(s, e, "to", years[0] + _MIDDLE_YEAR, dated=True)]


def _plan_mark(text: str, m: re.Match[str], kind: str) -> list[TimeMark]:
    """The mark of a plan's name (“十三五”时期, “十四五”期末, 比“十二五”末, “十五五”以来)."""
    s, e = m.start(), m.end()
    name = m.group({"baseplan": "bp", "planend": "pe", "plan": "pl"}[kind])
    if kind in ("planend", "plan") and s > 0 and text[s - 1] in "是比较为":
        kind = "baseplan"  # 是“十四五”期末的3倍: the period is the base
    period = plan_period(name)
    if period is None:
        return []
    if FROM_BEFORE.search(text, max(0, s - 3), s) and (
        kind == "planend" or text.startswith("的", e)
    ):  # 从“十四五”期末 3.2:41.5:55.3, 从“十二五”的42%提升至92%: a start point only
        return [TimeMark(s, e, "from", period[1])]
    if kind == "plan" and plan_begun(text, s, e, name):
        return [TimeMark(s, e, "since", first=period[0])]  # “十五五”以来: a look back
    period_word = text[e - 2 : e] in ("时期", "期间")  # (“十四五”时期主要目标: the period's aims)
    aim = _PLAN_AIM_AFTER.match(text, e) if kind == "plan" else None
    if (
        kind == "plan"
        and not period_word
        and (aim and not _LINE_END_RE.match(text, aim.end()) or plan_as_setter(text, e))
    ):
        # 完成“十四五”目标的29.3%: whose aim, no time of the figures after it; but the aim's
        # own figure right after (距“十二五”规划目标68%差距较大) is for the plan's end.
        fig = _AIM_FIGURE_RE.match(text, aim.end()) if aim else None
        if fig is None:
            return []
        return [
            TimeMark(s, e, "aimyear", period[1], period[0]),
            TimeMark(fig.end(), fig.end(), "aimend"),
        ]
    done = aim_done_end(text, s, e) if kind == "plan" else None
    if done is not None:
        # 完成“十四五”下降13%目标的…: the plan's end dates the aim quoted, up to its 目标
        # (inside its sentence when the aim ends it: 实现了“十一五”规划确定的年度预期目标。).
        done -= done == len(text) or text[done] in _SENTENCE_STOPS
        return [TimeMark(s, e, "aimyear", period[1], period[0]), TimeMark(done, done, "aimend")]
    if kind == "plan" and _PLAN_PROJECTS_RE.match(text, e):
        return []  # (“十四五”规划重大项目申报，上报项目10个: a kind of project, no time)
    if kind == "plan" and (
        name[0] == "第" or _PLAN_NAME_AFTER.match(text, e) or _PLAN_START_AFTER.match(text, e)
    ):
        kind = "planname"  # “十三五”规划的良好开局: the plan named, not its years
    elif kind == "baseplan" and text[s] == "与" and _PLAN_NAME_AFTER.match(text, e):
        kind = "planname"  # 与“十三五”规划纲要…相衔接: the plan, no base
    return [TimeMark(s, e, kind, period[1], period[0])]


def _last_years(
    text: str, marks: list[TimeMark], s: int, e: int, kind: str, n: int
) -> list[TimeMark]:
    """The mark of 后三年 (今后三年, 未来三年: ``kind``): the last years of the plan named
    right before it (“十三五”后三年: ``year`` and ``first`` that plan's), else of the plan the
    document is about or is in force; none after a base (比“十三五”后两年: the base's years)."""
    if text[s] != "后":
        return [TimeMark(s, e, kind, offset=n)]
    prev = marks[-1] if marks and _adjoins(text, marks[-1].end, s) else None
    if prev is not None and prev.kind == "baseplan":
        return []
    if prev is not None and prev.kind == "plan":
        return [TimeMark(s, e, "last", prev.year, prev.first, offset=n)]
    return [TimeMark(s, e, "last", offset=n)]


def _aim_year(text: str, s: int, e: int, year: int, end: int) -> list[TimeMark]:
    """The marks of a year naming an aim at ``[s, e)`` (2030年目标): ``aimyear`` (read as
    到2030年 for the aim's figure) and, where its clause ends, ``aimend`` (the time before it
    again). A clause ending the sentence ends on its last character (the mark stays in the
    sentence)."""
    return [TimeMark(s, e, "aimyear", year), *_aim_end(text, e, end)]


# How far back a plan named before 《纲要》提出 is looked for (a page telling of the plan names
# it in its opening paragraph).
_PLAN_SAYS_BACK = 3000


_YEAR_BEFORE_RE = re.compile(r"(?:19|20)\d{2}\s*年")
_SENTENCE_START_RE = re.compile(r"[。！？!?\n]")


def _sentence_before(text: str, s: int) -> str:
    """The sentence's text before ``s`` (at most a clause's reach back)."""
    head = text[max(0, s - 60) : s]
    ends = list(_SENTENCE_START_RE.finditer(head))
    return head[ends[-1].end() :] if ends else head


def _plan_says(text: str, s: int, e: int) -> TimeMark:
    """The mark of 《纲要》提出 at ``[s, e)``: the end of the plan titled last before it (a page
    telling of 《某地区国民经济和社会发展第十四个五年规划…纲要》 and what it sets: 2025), else
    the end of the plan the document is about (``planterm``)."""
    named = None
    for m in _PLAN_TITLE_RE.finditer(text, max(0, s - _PLAN_SAYS_BACK), s):
        named = plan_period(m.group("plan")) or named
    return TimeMark(s, e, "to", named[1]) if named else TimeMark(s, e, "planterm")


# A plan's title in book-title marks (《…第十四个五年规划和二〇三五年远景目标纲要》, 《“十四五”…规划》):
# the plan 《纲要》 stands for after it (not a plan named in passing, “十三五”是…的五年).
_PLAN_TITLE_RE = re.compile(
    rf"《[^《》\n]{{0,40}}?(?P<plan>{PLAN_NAME})[^《》\n]{{0,40}}?(?:纲要|规划)》"
)


# 规划期末目标为63%, 期末的预期目标值: the plan's end naming an aim (time_marks' planterm).
_PLAN_TERM_AIM_RE = re.compile(rf"\s*的?(?:{_AIM_LEAD})?(?:目标|预期)")


def _plan_term(text: str, s: int, e: int, kind: str, end: int) -> list[TimeMark]:
    """The marks of 到规划期末 / 规划实施以来 at ``[s, e)``. The plan's end naming an aim
    (…为61.8%，规划期末目标为63%；城镇化率为…, as evaluations set each result beside its aim)
    is an aim's year for its clause only, as 2025年目标 is: ``planaim``, then ``aimend``
    where its clause ends (the results after it are of the time before it again)."""
    if kind != "planterm" or not _PLAN_TERM_AIM_RE.match(text, e):
        return [TimeMark(s, e, kind)]
    return [TimeMark(s, e, "planaim"), *_aim_end(text, e, end)]


_SENTENCE_STOPS = "。;；!！?？\n"


def _aim_end(text: str, e: int, end: int) -> list[TimeMark]:
    """The ``aimend`` mark where the clause of an aim's year ending at ``e`` ends (none
    for a heading: it dates its section)."""
    marks: list[TimeMark] = []
    stop = _CLAUSE_END_RE.search(text, e, end)
    if stop is None:
        return marks  # (a heading naming an aim's year dates its section)
    lead = _AIMS_LEAD_RE.match(text, e, stop.start())
    if lead is not None:
        # 2013年的主要预期目标是：A增长13%，B增长18%，…: the year leads in the list after the
        # colon, to the sentence's end (a list of aims parted by commas or semicolons).
        stop = _SENTENCE_END_RE.search(text, lead.end(), end)
        if stop is None:
            marks.append(TimeMark(end - 1, end - 1, "aimend"))
            return marks
    at = stop.start() if text[stop.start()] in ",，" else stop.start() - 1
    if at >= e:
        marks.append(TimeMark(at, at, "aimend"))
    return marks


def _base_value(m: re.Match[str], s: int, e: int) -> list[TimeMark]:
    """The marks of a comparison's base followed by its own figure: ``baseval`` (the base's
    time, for that figure) and, right after the figure, ``base`` (the base of what follows:
    比“十一五”期间13.1%的速度下降1.1个百分点)."""
    if m.lastgroup == "multval":  # (是2020年180.5亿元的1.34倍; 是2020年的1.34倍: a base only)
        year = int(m.group("my"))
        if not m.group("mval"):
            return [TimeMark(s, e, "base", year)]
        end = m.end("mval")
        return [TimeMark(s, e, "baseval", year), TimeMark(end, end, "base", year)]
    # (a bracketed base figure: what follows is read past the bracket, not inside an aside)
    if m.group("cval") is not None:
        end = m.end("cval")
    else:
        end = m.end("bval") if m.group("bval") is not None else m.end("bbval") + 1
    if m.group("vy"):
        year = int(m.group("vy"))
        return [TimeMark(s, e, "baseval", year), TimeMark(end, end, "base", year)]
    if m.group("vr"):
        return [TimeMark(s, e, "baseval", offset=-1), TimeMark(end, end, "relbase")]
    period = plan_period(m.group("vp"))
    if period is None:
        return []
    return [
        TimeMark(s, e, "baseval", period[1], period[0]),
        TimeMark(end, end, "base", period[1]),
    ]
