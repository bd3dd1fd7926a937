"""Indicator names of prose figures: the words before or after a value, cleaned.

A name is the clause's words before the value without bullets, leading time words and
empty lead words (力争, 实现) and trailing particles; a list before 分别 is shared out; a
generic word (总投资, 产值) is completed by the subject named before it; a rank names what
it ranks. Word lists live in ``planwatch/data/prose_cues.csv`` (see :mod:`.cues`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from planwatch.core.data import Measure
from planwatch.core.periods import PLAN_NAME, PLAN_QUOTES
from planwatch.describe.areas import areas_by_name
from planwatch.extract.cues import cues as _cues
from planwatch.extract.cues import words, words_re
from planwatch.extract.prose_script import BLANK
from planwatch.extract.time_forms import MONEY_MOVE

LIST_SEPS = "、和及与 "
CLAUSE_DELIMS = ",，:：;；。\n"

CJK = re.compile(r"[\u4e00-\u9fff]")

# A 十个数字 page's label of a numbered figure (数字1：, 关键数字3：; also naming_lines').
NUMBERED_LABEL = r"(?:关键)?数字\s*\d{1,2}\s*[：:]"
# A communiqué's part heading run into its first line (一、综合 全区生产总值…): no part of a name.
RUN_IN_PART = (
    r"[\u4e00-\u9fff、和]{0,8}(?:综合|农业|工业|建筑业|投资|贸易|经济|金融|财政|人口|生活|保障"
    r"|旅游|邮电|运输|技术|体育|环境|卫生|教育)[ \u3000]+(?=[\u4e00-\u9fff])"
)
BULLET_RE = re.compile(
    # (a list number's stop has no digit after it but a year's, 3.2022年: 12.8亿元 opening a
    # wrapped line is a figure)
    r"^[\s●•·▪■◆◇○★☆\-—>》]*(?:\d{1,2}\s*(?:[.．](?!\d)|[.．](?=(?:19|20)\d{2}\s*年)|、)|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|"
    # (一是…；二是…: the list words of a paragraph of points, 存在问题 above all)
    rf"[一二三四五六七八九十]{{1,3}}\s*、(?:{RUN_IN_PART})?|[一二三四五六七八九十]{{1,2}}是(?=[\u4e00-\u9fff]))?[\s●•·]*"
    # (a page's label of what a line quotes or explains: 【原文】…, 【解读】…, 【数据】…; a 十个
    # 数字 page's numbered figure, 数字1：786.4亿元)
    rf"(?:【[^】\d]{{1,4}}】\s*|{NUMBERED_LABEL}\s*)?"
)
LEAD_TIME_RE = re.compile(
    # (each time word may stand after a space: a PDF text layer spaces figures off, 前 3 年)
    r"^(?:\s*(?:(?:到|至|在|截至)?\s*(?:(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3})\s*年(?:底|末|度|初)?(?:以来)?|"
    # a span of years (2011~2012年, 2016—2020年)
    r"(?:19|20)\d{2}\s*年?\s*[~～\-—－至到]\s*(?:19|20)?\d{2}\s*年(?:间|以来)?|"
    r"(?:今年|去年|上年|明年|全年|当年)(?:年底|年末|底|末)?|年底|"
    # the end of the document's plan (到规划期末): an aim's horizon, no part of the name
    r"(?:到|至|在)?规划期末|"
    # a part of a year (上半年, 前三季度, 一季度): a time, never what is measured
    r"[上下]半年|前[一二三两]季度|第?[一二三四]季度|"
    # months of a year counted from January (1—9月, 1-11月份): a time too
    r"1\s*[—\-–~～至到]\s*1?\d\s*月份?|"
    # a month's end after its year (截至2023年6月底, 3月末): an as-of date, no part of the name
    r"(?:1[0-2]|[1-9])\s*月(?:底|末)|"
    rf"[{PLAN_QUOTES}\s]*{PLAN_NAME}[{PLAN_QUOTES}\s]*(?:时期|期间|期末|末|以来)?|"
    r"(?:过去|前|后|近|未来|今后)?\s*[一二三四五六七八九十两\d]{1,2}\s*年(?:半|多)?(?:来|以来|间|的时间里|时间里|里)?|"
    # words that link a clause to the one before (of which, also, in particular), and an
    # as-of date's 截至 before its time word (截至今年6月底)
    r"其中|同时|此外|另外|特别是|尤其是|截至|截止))+"
)

_SPACE_RUN_RE = re.compile(r"\s{3,}")
# An ordinal of sequence closing a name (…成为全区第四个 突破2000亿元大关的地区; GOLD_SPEC: no fact,
# no part of what crossed the mark).
_ORDINAL_TAIL_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:成为|是|为)(?:全[国省区市州县])?(?:第[一二三四五六七八九十\d]{1,3}个|首个)$"
)
# A headline's first part before a space and a year (广州发布“十四五”规划纲要 2025年地区生产总值将
# 达到…): the name starts at the year (then cut as a lead time). So before a report speaking
# (某省人大会议开幕 政府工作报告提出今年全省经济增长5%左右: then cut as a lead word).
_HEADLINE_HEAD_RE = re.compile(
    r"^\S[^\n]*?[ \u3000]+(?=(?:19|20)\d{2}\s*年|(?:政府)?工作报告|报告(?:提出|明确|指出))"
    # (and a heading of how things stand run into the line: 一、2023年决算情况 全县…)
    r"|^[^\s，,。；;]{1,24}?(?:情况|概况)[ \u3000]+(?=[\u4e00-\u9fff])"
)
_BYLINE_RE = re.compile(
    r"[□■◇◆]?\s*(?:本报|本台|本网|特约|首席)?(?:记者|通讯员)[\s\u4e00-\u9fff、]{2,12}"
)
# A news dateline the name runs from (安徽新闻网12月19日电 安徽全省…, 本报讯…): the story's.
_DATELINE_HEAD_RE = re.compile(r"^[^\n，。,；;]{0,20}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯]\s*")
TRAILING_JUNK = re.compile(r"[\s的有是为在了,，、:：“”\"'‘’《》()（）]+$")
_EDGE_JUNK = re.compile(r"^[\s,，、:：”\"'’)）]+")
# An opening quote never closed in the name: a quoted speech's mark (“报告中提出新增…), no
# part of it (“十四五”规划 closes its quote and keeps it).
_UNCLOSED_QUOTE_RE = re.compile(r"^[“‘](?=[^”’]*$)")
# The tail of a bracket opened before the name (北京（超额32.95%，下同）、天津（5%）: 下同）、天津).
_BRACKET_TAIL_RE = re.compile(r"^[^（()）\n]{0,12}[)）]\s*[、，,]?")
# A revenue's or spending's change on its base closing a name (比2017年增收): no part of it.
_BASE_CHANGE_TAIL_RE = re.compile(
    rf"(?:比|较)(?:上年|去年|(?:19|20)\d\d年)[^,，。;；\d]{{0,4}}?{MONEY_MOVE}$"
)
# A note in brackets defining what a name covers (第三产业（除一、二产业外的行业）, 规模以上工业
# （年主营业务收入500万元以上）) goes; a part taken in or left out stays (卫生机构（含村卫生室）).
_NOTE_BRACKET_RE = re.compile(r"[(（](?:除[^()（）]{1,20}|[^()（）]{1,16}(?:以上|以下))[)）]")

# Words between what is ranked and its rank (data: prose_words.csv, rank_word), a named
# area (XX片区) or a space or quote, at the end of the words before a rank.
_RANK_WORDS_RE = words_re("rank_word", r"(?:{}|[\u4e00-\u9fff]{2}片区|[\s“”\"])$")

_ACRONYM_RE = re.compile(r"[A-Z]{2,5}")
_SHARE_OF_ACRONYM_RE = re.compile(r"占[A-Z]{2,5}")
# A framing phrase before the subject (在稳定就业的基础上实现GDP…, 从两年情况看增速…).
_FRAME_LEAD_RE = re.compile(
    r"^(?:在[^,，。]{1,16}?(?:基础上|前提下|背景下|情况下|形势下"
    # (在疫情冲击下, 在投资带动下: what moved the figure, not what it measures)
    r"|冲击下|影响下|带动下|拉动下|推动下|支撑下|引领下|作用下)|从[^,，。]{1,12}?(?:来看|看)"
    # (在第三产业中交通运输…, 在规模以上工业中: the whole its parts are of, not their name)
    r"|在[^,，。\d]{1,10}?(?:产业|行业|工业|企业|服务业)中|第[一二三]产业中(?=[\u4e00-\u9fff]{2})"
    # (分季度看, 分区县看, 分行业来看: how the figures after are broken down, not what they measure)
    r"|分[\u4e00-\u9fff]{1,6}?(?:来看|看)(?=$|[,，:：])"
    # (按年平均汇率折算为11416美元: how the figure before was converted, not a new name)
    r"|按[^,，。]{1,10}?(?:折算|计算|核算)"
    # (《纲要》确定的…, …目标为: the plan setting its aims, as evaluations recall them; not
    # 规划提出的, which names an aim with no noun of its own: 规划提出的年均增长6.5%的目标)
    r"|《?(?:规划纲要|纲要|规划)》?(?:确定|明确|设定)(?:了|的)?(?=[\u4e00-\u9fff]{2})"
    # (《纲要》提出城乡居民人均可支配收入…, a page telling what the plan sets)
    r"|《?(?:规划纲要|纲要|规划)》?(?:提出|要求)(?!的)(?:了)?(?=[\u4e00-\u9fff]{2})"
    r"|目标(?:是|为)(?=[\u4e00-\u9fff]{2})"
    # (29057元（折合4505美元）, 51200元，折合7937美元: the figure before in another currency)
    r"|(?:折合|约合)约?$"
    # (百姓富——城镇居民…, 机制活——启动…: a slogan heading its run-in paragraph)
    r"|[\u4e00-\u9fff]{2,6}——(?=[\u4e00-\u9fff]{2}))"
)
# A place word before a lead verb (全县实现粮食产量): both go.
_AREA_LEAD_RE = re.compile(r"^(?:全市|全区|全县|全镇|我市|我区|我县)(?=实现|完成|累计完成)")
# The whole area as the subject (全省力争地区生产总值…): its scope is no part of the name.
SCOPE_LEAD_RE = re.compile(r"^(?:全[省市区县州盟旗镇乡]|我[省市区县州盟旗])")
# What keeps the area's scope before it (全市生产总值: the scope is its 地区; 全市人均GDP, spelled
# out later as 人均地区生产总值; 全省2026年预期目标为…: an aim's frame, read as a whole).
_KEEPS_SCOPE_RE = re.compile(r"生产总值|生產總值|.*GDP|[^\u4e00-\u9fff]")


def own_scope_cut(s: str) -> str:
    """A name without the area's own scope, as gold names it (全省地区生产总值 -> 地区生产总值)."""
    m = SCOPE_LEAD_RE.match(s)
    keep = m is None or len(s) - m.end() < 4 or _KEEPS_SCOPE_RE.match(s, m.end())
    return s if keep else s[m.end() :]


# A name that is only the area's scope (全市, 我县): it names no indicator.
SCOPE_ONLY_RE = re.compile(r"(?:全[省市区县州盟旗镇乡]|我[省市区县州盟旗])")
# A trailing 均 (合格率均达98%) is the predicate's "all", not part of the name (人均 is).
_TRAILING_ALL_RE = re.compile(r"(?<!人)均$")
# A streak after the name (达标率连续4 年保持, 增速连续三年在全省排名) says how long, not what.
_TRAILING_STREAK_RE = re.compile(
    r"(?:连续|已连续)\s*[\d一二三四五六七八九十两]{1,2}\s*年(?:在[^,，]{0,8})?$"
)
# A span and a period word after the name (能耗五年累计下降, 固定资产投资今后三年年均增长): when.
_TRAILING_SPAN_RE = re.compile(
    r"(?:(?:今后|未来|过去|后|前|近)?[一二三四五六七八九十两\d]{1,2}\s*年)?(?:累计|年均|平均)$"
    # (产值两年分别达到612亿元和735亿元: the span whose years the list goes over)
    r"|(?<=[\u4e00-\u9fff])(?:后|今后|未来)?[两二三四五]年$"  # (…收入后三年需年均增长: the years left)
    # (国内生产总值在2016—2019年间 / 在“十三五”期间: when, not what)
    r"|在\s*(?:(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}\s*年\s*|[“\"]?十[一二三四五六七八九]五[”\"]?\s*)(?:间|期间|时期)?$"
    # (…生产总值2024年至2025年需年均增长, 预算收入2021—2023年年均增长: the years of the figure,
    # their last one read as its time, the rest of the span left on the name; not after a word
    # leading to a time, 预计到2025年, 调整为2020年, which the name's own steps read.)
    r"|(?<=[^到至为在于从由计比较是\d\s])(?:19|20)\d{2}\s*(?:年\s*(?:[-—–~至到]\s*(?:\d{1,4}\s*年?)?)?|[-—–~至到]\s*(?:\d{1,4}\s*年?)?)$"
)


def _trailing_span(s: str) -> str:
    m = _TRAILING_SPAN_RE.search(s)
    if m is None or m.start() == 0 or len(CJK.findall(s[: m.start()])) < 2:
        return s
    return s[: m.start()]


# Where a rank is held, after what is ranked (城市管理考评在全省名列第二); 在园幼儿 is a noun.
# (A bracket counts as one: 在梅州市各县（市、区）中.)
_RANK_PLACE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff”])在(?![园站校岗职册读建线营])(?:[^在,，(（]|[(（][^()（）]{1,5}[)）]){1,8}$"
)
# Words before a rank that name nothing ranked: how long it has held (连续三年, 多年来) and the
# group ranked in (在全省16市中, 居全省; RANK_GROUP_MEMBERS, the official names of a level's
# members, 设区市, 县（市、区）, also read by prose_values): the figure named before is ranked.
RANK_GROUP_MEMBERS = (
    r"省[（(]区、市[)）]|省区市|省份|设区市|地级市|县[（(]市、区[)）]|县市区|县区|市州"
)
_RANK_FRAME_RE = re.compile(
    r"^(?:连续\s*第?[\d一二三四五六七八九十多几]+\s*(?:年|届|次)(?:来)?|连续|多年来?)"
    r"|(?:^|(?<=[年届次来]))(?:在|于)?(?:全国|全省|全区|全市|全州|全县)?"
    r"(?:(?:[\d一二三四五六七八九十]+\s*个?)?(?:" + RANK_GROUP_MEMBERS + r")中|"
    r"[\d一二三四五六七八九十]+\s*个?(?:省区市|省份|省|地市|城市|市|县市区|县区|县|区|州)中?)?"
    r"(?:居|位居|位列)?(?:全国|全省|全区|全市|全州|全县)?$"
    # (what is left of such a group after its count: 11个设区市中 -> 设区市中, 省（区、市）中)
    r"|^个?(?:设区市|省份|地级市|县市区|县区|市州|城市|地市)中$|^[（(]?区?、[市区][)）]中$"
)
# A share stated after its subject: 约占全县税收的一半 (the share of the previous figure), or the
# parts' figures together after each part's (两市地区生产总值分别达到…，合计占全省的53.4%).
SHARE_LEAD_RE = re.compile(
    r"^(?:约|均|分别|(?:[两二三四五六七八九十\d]+个?[省市县区州盟旗])?(?:合计|共计|合共|共同|合|共)约?)?占"
)
# 从/由 + start point before a value: the name stops there (科技支行由 3 家增至 7家, 目标由去年的).
# A concentration's unit put before its figure (从每立方米39微克, 控制在每立方米28微克以内).
_PER_CUBIC_TAIL_RE = re.compile(r"(?:控制在|保持在|降至|降到|下降到|达到|为|在)?每立方米$")
FROM_TAIL_RE = re.compile(
    rf"(?:实现(?:了)?)?(?:从|由)(?:原(?:来|定|规划)?(?:目标)?的?)?"  # (由原目标255亿元调整为…)
    rf"(?:[\s“”\"]*(?:(?:19|20)\d{{2}}\s*年|{PLAN_NAME}|去年|上年|前年|今年|目前)[^,，]*|人均|每人)?$"
)


@dataclass(slots=True)
class SentenceState:
    """What the figures read so far in a sentence leave to the next (names, cues, lists)."""

    prev_name: str = ""
    prev_quote_start: int = -1
    prev_measure: Measure | None = None
    prev_sign: int = 1
    prev_unit: str | None = None
    dist_items: list[str] = field(default_factory=list)
    dist_index: int = 0
    dist_clause: int = -1
    names: list[str] = field(default_factory=list)  # names of the sentence's figures so far
    prev_roles: set[str] = field(default_factory=set)
    prev_base: int | None = None
    flow: bool = False  # a flow word was seen in the sentence (新增…3 家, 省级 2 家)
    ratio_name: str = ""
    prev_after: bool = False  # the last figure was named by the noun after it
    consumed_end: int = -1  # where the last figure's words end (its value, or the noun after it)
    prev_avg: bool = False  # the previous figure was an average growth (增速排名 ranks it)
    prev_flow: bool = False  # the previous figure was a level over a period (新增, 认定 9 家)
    prev_share: bool = False  # the previous figure was a share of the one before it (，占全市18.5%)
    each_clause: int = -1  # the clause of a 分别 list of values in progress
    each_index: int = 0  # this value's place in it
    each_total: int = 0  # how many values it holds


_PEOPLE_NAME_RE = words_re("people_noun")
_VISITS_NAME_RE = words_re("visits_noun")
_MONEY_NAME_RE = words_re("money_noun")


def amount_name(name: str) -> bool:
    """Whether the name is of an amount of money (生产总值, 财政收入, 投资)."""
    return _MONEY_NAME_RE.search(name) is not None


def scale_unit(scale: str, name: str) -> str:
    """The unit of a bare 万/亿 from the indicator's words: 人口65万 -> 万人."""
    if _VISITS_NAME_RE.search(name):
        return scale + "人次"
    if _PEOPLE_NAME_RE.search(name):
        return scale + "人"
    if _MONEY_NAME_RE.search(name):
        return scale + "元"
    return scale


def mask_asides(s: str) -> str:
    """``s`` with its bracketed asides ((下同), (2016-2020 年,下同)) blanked, same length, so
    that they neither become nor break a name (年均(…)增长 is still a run of cue words)."""
    return _cues().aside_re.sub(lambda m: " " * len(m.group()), s)


# A place opening a rank's name before the year (兴宁市2023年地区生产总值增速在…排名第2位): the
# rank's subject and time (its jurisdiction and year), no part of what is ranked.
_PLACE_YEAR_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}[省市县区州旗盟](?=\s*(?:19|20)\d{2}\s*年)")
_CUT_NUMBER_RE = re.compile(r"^[\d.]+\s*[年月日]?")


def clean_name(s: str, keep_lead: bool = False, min_cjk: int = 2) -> str:  # min_cjk: 1 or 2
    """A name without bullets, leading time and lead words (unless ``keep_lead``), and
    trailing particles; "" when fewer than ``min_cjk`` Chinese characters are left (a list
    item may be one: 省、市重点项目)."""
    return _cleaned(s, keep_lead, min_cjk)[0]


def clean_name_cut(s: str) -> tuple[str, bool]:
    """:func:`clean_name` of ``s``, and whether a lead word was cut: when none was,
    ``clean_name(s, keep_lead=True)`` is the same name (no second cleaning needed)."""
    return _cleaned(s, False, 2)


def _cleaned(s: str, keep_lead: bool, min_cjk: int) -> tuple[str, bool]:
    """:func:`clean_name`, and whether a lead word was cut. (When none was, the steps ran
    as with ``keep_lead``, state by state: that cleaning's answer is the same.)"""
    C = _cues()
    prev = None
    lead_cut = False
    listed = s.rstrip()[-1:] in "、，,"
    s = _SPACE_RUN_RE.sub("", s.strip())  # a blanked aside inside the name
    s = _cut_head(_HEADLINE_HEAD_RE, s)  # (…发布“十四五”规划纲要 2025年地区生产总值: a headline's)
    s = _cut_head(_DATELINE_HEAD_RE, s)
    s = "" if _BYLINE_RE.fullmatch(s) else s  # (□特约记者某某 over a paragraph: no name)
    s = _ORDINAL_TAIL_RE.sub("", s)  # (工业经济总量成为全区第四个突破2000亿元…: its ordinal)
    s = _PER_CUBIC_TAIL_RE.sub("", s)  # (年均浓度从每立方米39微克: the unit's first half)
    if BLANK in s:
        s = s.replace(BLANK, "")  # blanked junk (prose_script)
    s = _cut_head(_BRACKET_TAIL_RE, s)
    if "（" in s or "(" in s:
        s = _NOTE_BRACKET_RE.sub("", s)
    while s != prev:
        prev = s
        b = BULLET_RE.match(s)
        if b and b.end():
            s = s[b.end() :]
        s = _cut_head(LEAD_TIME_RE, s)
        s = _cut_head(_AREA_LEAD_RE, s)
        s = _cut_head(_FRAME_LEAD_RE, s)
        if not keep_lead:
            kept = s
            s = _cut_head(C.lead_re, _scope_before_lead(s, C.lead_re))
            lead_cut = lead_cut or s != kept
        s = _TRAILING_ALL_RE.sub("", s)
        s = _TRAILING_STREAK_RE.sub("", s)
        s = _trailing_span(s)
        s = _cut_head(_EDGE_JUNK, s)
        s = _cut_head(_UNCLOSED_QUOTE_RE, s)
        s = _strip_tail(s)
        s = FROM_TAIL_RE.sub("", s)
        s = _BASE_CHANGE_TAIL_RE.sub("", s)  # (…收入比2017年增收: the change's words)
        s = _strip_empty_tail(s, C.tails)
    s = own_scope_cut(s)
    if len(s) > 24 and (m := SCOPE_LEAD_RE.match(s)) is not None:
        s = s[m.end() :]  # (a long name loses its scope first: 全省 of 全省细颗粒物(PM2.5)…)
    if len(s) > 24:
        # (Not from inside a number: 兴宁市2023年地区生产总值… -> 地区生产总值…, not 023年…)
        s = _CUT_NUMBER_RE.sub("", s[-24:]) if s[-25].isdigit() else s[-24:]
        # Not from inside a bracket: (鹤山)精细化工… -> 精细化工…
        for op, cl in PAIRS:
            c = s.find(cl)
            if c >= 0 and op not in s[:c]:
                s = s[c + 1 :]
        s = _EDGE_JUNK.sub("", s)
    # A name needs a Chinese word (two characters at least: 比, 都 name nothing), or is an
    # acronym of its own (GDP, CPI) or a share of one (占GDP).
    first = CJK.search(s)
    enough = first is not None and (min_cjk < 2 or CJK.search(s, first.end()) is not None)
    named = enough or _ACRONYM_RE.fullmatch(s) or _SHARE_OF_ACRONYM_RE.search(s)
    # (A level of area alone names the units counted, 其中乡8个、镇37个; not when a list mark
    # follows it, 下辖7个镇、3个乡: the count before's noun.)
    level = s in C.by_role.get("area_level", ()) and not listed
    return (s if named or level else ""), lead_cut


def _cut_head(pattern: re.Pattern[str], s: str) -> str:
    """``pattern.sub("", s)`` for a pattern anchored at the start (``^`` outside any group,
    no MULTILINE: one match at most, at 0), without trying it at every other position."""
    m = pattern.match(s)
    return s[m.end() :] if m is not None else s


def _scope_before_lead(s: str, lead_re: re.Pattern[str]) -> str:
    """``s`` without a leading 全省/我市… when a lead word of two characters or more follows
    it (a one-character joiner such as 和 or 共 may be part of the name)."""
    m = SCOPE_LEAD_RE.match(s)
    if m is None:
        return s
    rest = s[m.end() :]
    lead = lead_re.match(rest)
    return rest if lead is not None and len(lead.group().strip(" ,，、:：")) >= 2 else s


# Words whose last character is no empty word: 都 of a place (首都, 成都), 要 of 纲要.
_PLACE_DU = words("keeps_last_char")


def _strip_empty_tail(s: str, tails: tuple[str, ...]) -> str:
    """``s`` without the empty words it ends with (增速将 -> 增速, 总量可望 -> 总量)."""
    while s.endswith(tails) and not s.endswith(_PLACE_DU):
        s = s[: -len(next(t for t in tails if s.endswith(t)))]
    return s


PAIRS = (("“", "”"), ("(", ")"), ("（", "）"), ("《", "》"), ("‘", "’"))


def _strip_tail(s: str) -> str:
    """``s`` without trailing particles and punctuation, except a closing quote or bracket that
    closes one opened in the name (达到“双一流”, 以全省县(区)排名)."""
    m = TRAILING_JUNK.search(s)
    if not m:
        return s
    head, tail = s[: m.start()], m.group().lstrip()
    for op, cl in PAIRS:
        if tail.startswith(cl) and head.count(op) > head.count(cl):
            return head.rstrip() + cl
    return head


def previous_clause_name(view: str, s: int, cs: int) -> str:
    """The subject of the clause before ``cs`` in the same sentence, without its predicate
    (全县财政收入在全市排名稳步前移, 2025年完成18亿元 -> 全县财政收入)."""
    if cs <= s:
        return ""
    ps = max(view.rfind(d, s, cs - 1) for d in CLAUSE_DELIMS)
    ps = s if ps < s else ps + 1
    clause = view[ps : cs - 1]
    if price_basis_only(clause) or _PERCENT_FIGURE_RE.search(clause):
        return ""  # (按可比价计算，…: no indicator; 一季度增长13.1%，…: a figure's own clause)
    return subject_phrase(clause)


@lru_cache(maxsize=1)
def _price_basis_words() -> frozenset[str]:
    by_role = _cues().by_role
    return frozenset().union(
        *(by_role.get(r, ()) for r in ("constant_price", "nominal", "adjusted"))
    )


def price_basis_only(clause: str) -> bool:
    """Whether a clause is only the price basis of the figures after it (按可比价计算), the
    basis of a projection (按现有增速测算, 照此进度: how an evaluation estimates the plan's
    last year), or their base (与2019年相比，两年年均增长…: the figure named before's)."""
    return clause.strip() in _price_basis_words() or bool(
        _PROJECTION_BASIS_RE.fullmatch(clause.strip())
    )


_PERCENT_FIGURE_RE = re.compile(r"\d\s*[%％]")
_PROJECTION_BASIS_RE = re.compile(
    r"(?:按|照|依)[^，,。；;\d]{0,10}?(?:测算|推算|估算|预测|进度)|[与同和][^，,。；;]{1,20}?相比"
)


def subject_phrase(text: str) -> str:
    """The noun phrase a clause starts with: its cleaned words before the predicate (在, 位居,
    实现, 不断 …); a predicate word in the first two characters is part of the noun."""
    name = clean_name(mask_asides(text))
    m = _cues().predicate_re.search(name, 2)
    if m:
        name = clean_name(name[: m.start()])
    # A long list ends in its head noun: …交通水利等八大领域重点项目清单 -> 八大领域重点项目清单.
    items, _, head = name.rpartition("等")
    return head if len(name) > 12 and "、" in items and len(head) >= 4 else name


def sentence_subject(st: SentenceState, whole_only: bool = False) -> str:
    """The nearest figure named before in the sentence by a real indicator name (not a generic
    word); ``whole_only`` also passes over list members (新增国家级, 省级) and short names."""
    C = _cues()
    for n in reversed(st.names):
        if C.generic_re.match(n):
            continue
        if whole_only and (len(n) < 4 or n.startswith(("新增", "其中"))):
            continue
        return n
    return ""


def completed(generic: str, subject: str) -> str:
    """A generic word completed by its subject: 新增技改项目 + 总投资, 固定资产投资 + 总量;
    a subject that already ends with the word (固定资产投资 + 投资) stands alone."""
    if not subject:
        return generic
    if subject.endswith(generic):
        return subject
    # 粮食种植面积, 总产量 -> 粮食种植总产量: one measure noun replaces the other.
    C = _cues()
    own = C.measure_noun_re.search(subject)
    if own and C.measure_noun_re.search(generic):
        subject = subject[: own.start()] or subject
    return subject + generic


def rank_name(subject: str, st: SentenceState) -> str:
    """What a rank ranks: the subject without rank words (数量排全省 -> 数量), completed
    by the sentence's subject when it is only a generic word, plus 排名."""
    listed = _ranked_list(subject)
    r, prev = subject.strip(), None
    while r != prev:
        prev = r
        r = _RANK_WORDS_RE.sub("", r)
        r = FROM_TAIL_RE.sub("", r).rstrip()
        r = re.sub(r"排名$", "", r)
        r = _RANK_PLACE_RE.sub("", r)  # 城市管理考评在全省 -> 城市管理考评
    r = _RANK_FRAME_RE.sub("", r)  # (连续三年, 在全省16市中: no name, the figure before is)
    r = _cut_head(_PLACE_YEAR_RE, r)  # (兴宁市2023年…增速排名第2位: the rank's place and year)
    r = clean_name(r.lstrip("的"))  # 15%的增速位列全国第三: the 的 of the figure before
    r = "" if move_end_only(r) else r  # (由…第5位上升到去年的第3位: the rank before's)
    for op, cl in PAIRS:  # 参加 “ 省考 ” 获…第一名: the quote stripped with 获 closes again
        if r.count(op) > r.count(cl) and cl in subject[subject.rfind(op) :]:
            r = r.rstrip() + cl
    # The figure ranked: the nearest earlier name that is not a list member (新增国家级…).
    subj = sentence_subject(st, whole_only=True) or st.prev_name
    if listed:
        head = listed  # 海宁市在全国百强县中排名第14位: the list ranks, the area is ranked
    elif not r:
        head = st.prev_name
    elif (len(r) <= 2 or _cues().generic_head_re.match(r)) and subj:
        head = subj + r
    else:
        head = r
    if not head:
        return ""
    return head if head.endswith("排名") else head + "排名"


# A named list or evaluation an area is ranked in (在全国百强县中排名第14位, 在全省营商环境评价中
# 位列第5): unlike a whole area and its members (在全省16市中, _RANK_FRAME_RE), it is what ranks.
_RANK_LIST_RE = re.compile(
    r"在(?P<list>[^在,，。；;(（]{2,20}?)中\s*(?:排名|排|名列|位列|位居|居|列)?\s*$"
)
_OWN_AREA_RE = re.compile(r"(?:我|本|全)[省市县区州旗盟]")


def _ranked_list(subject: str) -> str:
    """The list a rank is taken in when the words before it name one (在全国百强县中) and the
    words before those only the area ranked (海宁市, 全县), or ""."""
    s = subject.strip()
    m = _RANK_LIST_RE.search(s)
    if m is None or not _RANK_FRAME_RE.sub("", "在" + m["list"] + "中").strip():
        return ""
    return clean_name(m["list"]) if _only_an_area(clean_name(s[: m.start()])) else ""


def _only_an_area(name: str) -> bool:
    """Whether what is left of a rank's words is only the area ranked (海宁市, 全县) or nothing."""
    return not name or bool(_OWN_AREA_RE.fullmatch(name) or areas_by_name(name))


@lru_cache(maxsize=1)
def _hollow_re() -> re.Pattern[str]:
    # (Words labelling the result beside an aim, 执行情况8.1%, name nothing either.)
    by_role = _cues().by_role
    words = by_role.get("hollow_name", frozenset()) | by_role.get("hollow_result", frozenset())
    hollow = sorted(words, key=len, reverse=True)
    return re.compile("的?(?:" + ("|".join(map(re.escape, hollow)) or "(?!)") + ")+")


# What may follow aim words in a clause that is only about the aim (年度目标与经济增长同步,
# 年度目标保持稳定): a comparison or a verb, no noun of its own.
_AIM_PREDICATE_RE = re.compile(r"(?:与|和|同|为|是|保持|高于|低于|不低于|不超过|控制|稳定)")


def hollow_name(name: str) -> bool:
    """Whether ``name`` is only words saying its value is an aim (规划目标, 预期目标值), or
    those words and what the aim is (年度目标与经济增长同步): what the aim is of is named
    elsewhere (the figure before, the list item's heading)."""
    name = _STILL_TAIL_RE.sub("", name)  # (的规划目标还有1.4个百分点)
    head = _AIM_YEAR_HEAD_RE.match(name)  # (比2015年规划目标低5.7个百分点: that year's aim)
    if head is not None:
        name = name[head.end() :]
        if not name and head["plan"]:
            return True  # (规划2010年目标分别为…, 完成规划五年目标…: the plan's aims, named before)
    m = _hollow_re().match(name)
    return m is not None and (m.end() == len(name) or bool(_AIM_PREDICATE_RE.match(name, m.end())))


_STILL_TAIL_RE = re.compile(r"(?:还有|尚有|仍有|还|尚|仍)$")
_AIM_YEAR_HEAD_RE = re.compile(
    r"^(?:比|较|与|已?完成)?(?P<plan>规划|纲要)?(?:(?:19|20)\d\d\s*年|(?<=[划要])(?:五年|期末))的?"
)


# The end point of a move from a value before (由2015年的186亿元增加到2020年预计的265亿元): what
# is left before the value — a verb of reaching (``to``), its time, an estimate word, a note in
# brackets on the value before — names nothing.
_NOTE_ONLY_RE = re.compile(r"^(?:[(（][^()（）\n]{1,20}[)）])+")


@lru_cache(maxsize=1)
def _move_end_re() -> re.Pattern[str]:
    to = "|".join(re.escape(w) for w in sorted(_cues().by_role["to"], key=len, reverse=True))
    when = r"(?:19|20)\d{2}\s*年(?:底|末)?|[去上今]年(?:底|末)?"
    return re.compile(rf"(?:{to})?\s*(?:{when})?\s*(?:预计|预期)?")


def move_end_only(name: str) -> bool:
    """Whether ``name`` is only the end point of a move from the value before (see above)."""
    rest = _cut_head(_NOTE_ONLY_RE, name)
    return rest != name if not rest else _move_end_re().fullmatch(rest) is not None


@lru_cache(maxsize=1)
def _movement_only_re() -> re.Pattern[str]:
    C = _cues()
    moves = set(words("movement")) | C.by_role["up"] | C.by_role["down"] | C.by_role["lead"]
    alternation = "|".join(map(re.escape, sorted(moves, key=len, reverse=True)))
    return re.compile(rf"(?:{alternation}|[,，、和并且])+")


def movement_only(name: str) -> bool:
    """Whether ``name`` says only how a figure moved (止跌回升, 企稳回升, 持续增长): such a
    clause names no indicator; its figure is that of the one named before it."""
    return bool(name) and _movement_only_re().fullmatch(name) is not None


# The group a sentence counts among (《纲要》明确的98项重大工程项目中，已建成31项，…，累计完成
# 投资1183亿元): a clause before the value ending in 中 after the group's name (and its count).
_AMONG_RE = re.compile(
    r"(?:^|(?<=[,，;；:：。\n]))[^,，。;；:：\n]{0,30}?(?:的|[\d一二三四五六七八九十百]+\s*[项个])"
    r"(?P<group>[^,，。;；:：的\d]{2,16})中[,，]"
)


def group_among(view: str, s: int, cs: int) -> str:
    """The group named in the last such clause between the sentence's start ``s`` and the
    value's clause ``cs``: what a generic word (累计完成投资, 总投资) of the sentence is of."""
    found = ""
    for m in _AMONG_RE.finditer(view, s, cs):
        found = clean_name(m.group("group").strip('“”"《》 '))
    return found
