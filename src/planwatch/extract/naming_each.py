"""Names shared out by 分别 over figures named before it, when what each did is a share
of its aim: 研发经费支出占比达到2.55%，发明专利拥有量达到17.2件，分别完成《纲要》目标的
92.7%和68.8%; 化学需氧量、氨氮…减排量分别达到…，分别完成“十四五”减排目标的71.1%、64.3%….

Evaluations and their news weigh each figure of a list against its own aim in one clause
after the list (real3 dev c283, c285; eval6 dev c123, eval9 dev c183; the form of the
national 生态环境保护规划 mid-term evaluation pages, search ``pages``: 分别完成“十三五”目标
的…%). The shares are not the aim's words (完成《纲要》目标): each is the share of the aim
of the figure named in the same place before, named by it with the aim's words after.
"""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.core.datafiles import records
from planwatch.core.numerals import small_int
from planwatch.extract.cues import cues, words
from planwatch.extract.list_heads import share_heads
from planwatch.extract.prose_names import clean_name, price_basis_only, subject_phrase

# 分别完成《纲要》目标, 分别完成“十四五”减排目标, 分别完成五年目标任务, 分别完成年度计划: the
# subject of the shares (before their 的), an aim of any plan.
_EACH_AIM_RE = re.compile(r"分别\s*(完成[^,，。;；\d]{0,14}?(?:目标|任务|计划)(?:任务)?(?:值)?)")


def each_aim_names(subject: str, names: list[str], left: int) -> list[str]:
    """The names of ``left`` shares of aims told after 分别 (``subject``), one for each of
    the last ``left`` figures named before (``names``), or [] when the subject is no such
    share or the figures before are not as many, each of its own."""
    m = _EACH_AIM_RE.fullmatch(subject.strip())
    if m is None or left < 2 or len(names) < left:
        return []
    named = names[-left:]
    if len(set(named)) < left:
        return []
    return [name + m[1] for name in named]


# What parts a list's names (A、B和C); not 及 of 地级及以上城市, 三级及以上医院 (… and above).
_LIST_JOINER_RE = re.compile(r"[、和与]|及(?!以[上下])")


@lru_cache(maxsize=1)
def _joined_names_re() -> re.Pattern[str]:
    """Industry names holding a joiner (data/industry_names.csv), longest first."""
    names = sorted((r["name"] for r in records("industry_names.csv")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _parted(src: str, joiner: re.Pattern[str]) -> list[str]:
    """``src`` parted at ``joiner``, except inside an industry name holding one (交通运输、
    仓储和邮政业 is one name)."""
    whole = [m.span() for m in _joined_names_re().finditer(src)]
    parts, last = [], 0
    for m in joiner.finditer(src):
        if not any(a <= m.start() < b for a, b in whole):
            parts.append(src[last : m.start()])
            last = m.end()
    return [*parts, src[last:]]


_COMMA_RE = re.compile("、")


def list_parts(items_src: str, left: int) -> list[str]:
    """The names listed before a 分别 (``items_src``), parted at 、, 和, 与 and 及, never
    inside an industry name holding one; but when that gives more names than the ``left``
    figures shared out and the list commas alone give as many, the commas part them: 和, 及
    and 与 then join words inside one name (文化体育和娱乐业、租赁和商务服务业营业收入分别
    增长…; 家用电器和音像器材类、通信器材类零售额…), as statistical releases name the
    industries and goods of the national classification."""
    parts = _parted(items_src, _LIST_JOINER_RE)
    if left >= 2 and len(parts) > left:
        commas = _parted(items_src, _COMMA_RE)
        if len(commas) == left:
            return commas
        # (…、金融、房地产及营利性服务业分别增长…: the last two joined by 及 or 和)
        last = _parted(commas[-1], _LIST_JOINER_RE)
        if len(commas) == left - 1 >= 2 and len(last) > 2:
            # (…、交通运输仓储和邮电及其他服务业分别增长…: after a list of commas, 及 joins the
            # last two and 和 is a name's; alone, 水资源工程和水土保持及生态工程 is not so)
            last = _parted(commas[-1], _LAST_JOINER_RE)
        if len(commas) == left - 1 and len(last) == 2:
            return [*commas[:-1], *last]
    return parts


_LAST_JOINER_RE = re.compile(r"及(?!以[上下])(?!.*及)")


def listed_each(items_src: str, left: int, in_run: bool, run: str) -> bool:
    """Whether names listed with commas are as many as the run of ``left`` figures right after
    them, one each with no 分别 (其中教育、科技、医疗卫生、社会保障和就业8.67亿元、0.96亿元、
    2.09亿元和2.26亿元; 有小学、初中、高中45所、12所和3所): a county communiqué's way too.
    ``run``: the clause after the first figure, figures and their joiners only; a figure
    ``in_run`` after the first takes the next name as after 分别."""
    if in_run or left < 2 or "、" not in items_src or _NOT_ITEMS_RE.search(items_src):
        return False
    if not _BARE_RUN_RE.fullmatch(run):
        return False
    parts = list_parts(items_src, left)
    return len(parts) == left and all(len(re.findall(r"[\u4e00-\u9fff]", p)) >= 2 for p in parts)


# The rest of a run of bare figures (、0.96亿元、2.09亿元和2.26亿元): joiners, digits, short units.
_BARE_RUN_RE = re.compile(r"(?:\s*(?:、|和|及|与)\s*[\d.．]+\s*[^\d、和及与，,。;；\s]{0,4})*\s*")
# A list that is not one name a figure: a total of the things listed (安顺至紫云、关岭至望谟等高速公路
# 4条), commas inside a bracket (县（市、区）中通达铁路7个).
_NOT_ITEMS_RE = re.compile(r"等|[（(][^）)]*、")


def comma_listed(clause_before: str, items: list[str], left: int) -> list[str]:
    """``items`` after the industry names listed at commas before their clause, when the
    names hold a 、 of their own and so are parted by commas (信息传输、软件和信息技术服务业，
    租赁和商务服务业，交通运输、仓储和邮政业增加值分别增长a、b、c) and all are as many as
    the ``left`` figures; else ``items``."""
    if not items or len(items) >= left:
        return items
    named: list[str] = []
    for clause in reversed(re.split(r"[,，]", clause_before.rstrip(",， "))):
        name = clause.strip()
        if not (_joined_names_re().fullmatch(name) or _INDUSTRY_RE.fullmatch(name)):
            break
        named.insert(0, name)
        if len(named) + len(items) == left:
            joined = any(_joined_names_re().search(x) for x in [*named, items[0]])
            return [*named, *items] if joined else items
    return items


# A plain industry's name standing alone between commas (金融业, 房地产业).
_INDUSTRY_RE = re.compile(r"[\u4e00-\u9fff]{1,12}业")


# A list of names closed by their count, at the end of the clause before a 分别 (汽车制造业、食品
# 制造业、燃气生产和供应业三个行业增加值增势较好，分别增长…; 甲、乙两大产业…，分别…): the count
# and what follows it in that clause (三个行业增加值增势较好) are no part of each name.
_COUNTED_LIST_RE = re.compile(
    r"([^,，。;；:：]*、[^,，。;；:：]*?)"
    r"([两二三四五六七八九十]|\d{1,2})(?:个|大|类|项|种)?"
    r"(?:行业|产业|门类|领域|板块|品类|类别|类商品|类|产品|指标|项目)[^,，。;；:：\d]{0,16}[,，]\s*$"
)


def counted_list(before: str, left: int) -> list[str]:
    """The names a 分别 with none before it in its clause shares out over ``left`` figures:
    those of the list closing the clause before (``before``, the sentence up to this clause),
    when the count written after the list says as many as the list holds and the figures;
    else []. Statistical releases name the industries doing well or badly so, then give
    each one's growth after 分别 (found on county releases of several provinces)."""
    m = _COUNTED_LIST_RE.search(before)
    if m is None and left >= 2:
        return _closing_list(before, left)
    if m is None or left < 2:
        return []
    count = small_int(m[2])
    parts = [p for p in list_parts(m[1], count) if p.strip()]
    if count != left or len(parts) != count:
        return []
    return parts


# The last clause before a 分别 standing alone (其中教育、科技、医疗卫生支出，分别增长…), past a
# 其中 that opens it or the words that lead up to the list (排在前四位的依次为甲镇、乙镇…).
_FIGURE_OR_EACH_RE = re.compile(r"\d|分别")
_LAST_CLAUSE_RE = re.compile(
    r"(?:^|[,，;；:：])\s*(?:其中)?\s*(?:[^、,，;；:：。]*?(?:依次为|依次是|为|是))?"
    r"([^,，;；:：。]*、[^,，;；:：。]*)$"
)


def _closing_list(before: str, left: int) -> list[str]:
    """A list with no count that is the whole clause before a 分别 of as many figures as it
    lists (其中教育、科技…支出，分别增长a、b…), its items sharing the last one's head; else []."""
    m = _LAST_CLAUSE_RE.search(before.rstrip(",， "))
    if m is None or _FIGURE_OR_EACH_RE.search(m[1]):
        return []  # (a clause with figures, 收入和支出分别达a、b: the list's own 分别)
    parts = [clean_name(p, min_cjk=1) for p in list_parts(m[1], left)]
    if parts:  # (…、房地产业生产形势较好: how the last fares is no part of its name)
        parts[-1] = subject_phrase(parts[-1]) or parts[-1]
    return share_heads(parts) if len(parts) == left and all(parts) else []


# The three sectors listed by their ordinals, the noun written once after the last (第一、二、
# 三产业增加值, 第二、三产业, 一、二、三产业): each ordinal names its own sector.
_SECTOR_LAST_RE = re.compile(r"^第?([一二三])(产业.*)$")
_SECTOR_FIRST_RE = re.compile(r"第([一二三])$|^([一二三])$")
_SECTOR_NEXT_RE = re.compile(r"^第?([一二三])$")


def sector_items(items: list[str], left: int) -> list[str]:
    """``items`` as sectors when they list the sectors' ordinals before one noun (第一、二、三
    产业对经济增长的贡献率分别为…: 第一产业…, 第二产业…, 第三产业…), else unchanged. A list
    opening 二 with a figure more than it lists lost its 一、 to the reader as a bullet (一、
    二、三产业增加值分别为…), and gets it back. Communiqués and work reports list the sectors so."""
    if len(items) < 2:
        return items
    last = _SECTOR_LAST_RE.match(items[-1])
    first = _SECTOR_FIRST_RE.search(items[0])
    nexts = [_SECTOR_NEXT_RE.match(it) for it in items[1:-1]]
    if last is None or first is None or not all(nexts):
        return items
    ords = [first[1] or first[2], *(m[1] for m in nexts if m), last[1]]
    if ords[0] == "二" and left == len(ords) + 1:
        ords = ["一", *ords]
    if len(set(ords)) < len(ords):
        return items
    return [f"第{o}{last[2]}" for o in ords]


def collective_parts(name: str, left: int) -> list[str]:
    """The names of ``left`` figures shared out by 分别 over one name holding a word for as
    many parts (城乡居民人均可支配收入分别增长a和b: 城镇居民…, 农村居民…; ``collective`` in
    ``data/prose_words.csv``), or [] when it holds none."""
    if _BETWEEN_PARTS_RE.search(name):
        return []  # (城乡居民收入比分别为a和b: the ratio between the parts, of two years)
    for word, parts in _collectives():
        # (…分别由a、b增长到c、d: a multiple of the parts, each run shared out again)
        if word in name and left >= len(parts) and left % len(parts) == 0:
            return [name.replace(word, part, 1) for part in parts]
    return []


# A figure between the parts, not of each (城乡居民收入比, 城乡收入差距, 倍差).
_BETWEEN_PARTS_RE = re.compile(r"比$|之比|差距|倍差|比值")


@lru_cache(maxsize=1)
def _collectives() -> tuple[tuple[str, tuple[str, ...]], ...]:
    pairs = (w.split("=", 1) for w in words("collective") if "=" in w)
    return tuple((word, tuple(parts.split("|"))) for word, parts in pairs)


def generic_only(words: str) -> bool:
    """Whether the words before a 分别 are only a generic measure (年均增速, 增速), perhaps after
    the period's words, or only the figures' price basis (按可比口径分别增长…): the names are
    those the sentence shared out before."""
    if price_basis_only(words):
        return True
    name = clean_name(words)
    return bool(name) and cues().generic_re.fullmatch(name) is not None


# Words that say only whether what follows is the aim or the result (计划, 预计, 实际执行).
AIM_OR_RESULT_RE = re.compile(r"(?:全年|年度)?(?:计划|预计|预期|目标|实际|执行|完成|达到)*")


def after_each_clause(clause_before: str) -> bool:
    """Whether the clause right before (the sentence so far, ``clause_before``) is a 分别
    clause, or names listed before as many figures (:func:`listed_each`): A和B分别达到a、b，
    增长c、d and A、B达到a、b，增长c、d share the names out again over c and d."""
    last = re.split(r"[,，]", clause_before.rstrip(",， "))[-1]
    return "分别" in last or _LISTED_RUN_RE.search(last) is not None


# Names listed with commas, then figures (A、B达到124.8亿元、92.4亿元).
_LISTED_RUN_RE = re.compile(r"[\u4e00-\u9fff]、[\u4e00-\u9fff][^\d、]*(?:、[^\d、]+)*\d")
