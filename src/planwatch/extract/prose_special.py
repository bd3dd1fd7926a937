"""Special values of prose: figures that are not a plain number before a unit.

Ranks (第59位, 前三), fractions (四分之一), 一半 of a share, 翻一番, 零 outcomes, 百分之X and
magnitudes without a number (突破万亿元); also the ``Value`` every prose value is, and the
comparator words after a figure (以上, 左右). Split from :mod:`planwatch.extract.prose_values`
(which reads plain numbers) by concern; every span indexes the stored text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planwatch.core.data import Comparator, Measure
from planwatch.core.units import UnitInfo, unit_info
from planwatch.extract.cues import cues, words_re
from planwatch.extract.numbers import parse_number
from planwatch.extract.prose_units import magnitudes

SUFFIX_CMP_RE = re.compile(r"\s*(?:及)?(以上|以内|以下|左右)")
SUFFIX_CMP = {
    "以上": Comparator.GE,
    "以内": Comparator.LE,
    "以下": Comparator.LE,
    "左右": Comparator.APPROX,
}
# The words counting what an ordinal numbers (第三批, 第二届, 第一季度): an ordinal, no rank.
_ORDINAL_OF = "个批次届期章节条款大类家项种阶档梯队轮产方年季月要行企号"
# Or ordinals listed bare after it and counted together (第一、二、三批): a rank repeats 第.
_ORDINALS_LISTED = (
    rf"\s*、\s*(?:[\d一二三四五六七八九十]+\s*、\s*)*[\d一二三四五六七八九十]+\s*[{_ORDINAL_OF}]"
)
# (全球/世界: a rank against the world, as national and provincial reviews print it,
# 连续多年保持全球第一, is a rank as 全国第一 is; 全国人口普查公报（第二号） is a number.)
_RANK_RE = re.compile(
    r"(?:排名|排位|排|居|位居|位列|列|名列|获|进入|跻身|全省|全市|全国|全区|全县|省内|片区|区域|全球|世界"
    r"|我省|我市|本省|本市)"  # (以我省第1名、全国第32名的成绩: the area's own rank in it)
    r"[^,，。;；、\n]{0,8}?(?P<val>(?P<pre>第|前)\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3}|(?<=前)两)"
    rf"(?:\s*(?:位|名)|(?![\d一二三四五六七八九十两{_ORDINAL_OF}]|{_ORDINALS_LISTED})))"
)
# A rank listed right after another (增速分别排在全市第五、第四和第四): of the next figure named;
# or with its own name (位居全国百强县投资潜力第3、新型城镇化质量第4、工业百强第7): of the name between.
_LISTED_VAL = (
    r"(?P<val>(?P<pre>第)\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})"
    rf"(?:\s*(?:位|名)|(?![\d一二三四五六七八九十两{_ORDINAL_OF}])))"
)
_LISTED_RANK_RE = re.compile(rf"\s*(?:[、和及]|以及)\s*{_LISTED_VAL}")
_NAMED_RANK_RE = re.compile(rf"\s*、\s*(?:(?!第)[\u4e00-\u9fff]){{2,12}}?{_LISTED_VAL}")
# What every rank holds, 第/前 and its number (the ``val`` groups): a sentence without it is
# not scanned for ranks (第/前 alone are everywhere: 目前, 前进, 第一时间 holds one).
_RANK_HINT_RE = re.compile(r"[第前]\s*[\d一二三四五六七八九十两]")
# A rank printed with 位 needs no lead word: 跃升至第 59 位. (前两位: 两 only after 前; 第一季度,
# 第一要务 are no ranks.)
_RANK_POS_RE = re.compile(
    r"(?P<val>(?P<pre>第)\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})\s*位)"
)
# A rank as a place among the top N entered or held (进入全国城市50强, 跻身全省十强, 稳居全国城市
# 20强): at most N
# (GOLD_SPEC's 前十强 -> 10, le). Not 百强 (跻身全国百强县: annotators take the honour list
# as a rank or as a title, and the areas entering it are often others listed).
_TOP_N_RE = re.compile(
    r"(?:进入|跨入|跻身|迈入|挺进|入围|稳居|位居|位列|跃居)[^,，。;；、\n\d]{0,10}?"
    r"(?<!前)(?P<val>(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})\s*强)"
)
# Another's rank, the measure the area is held against (超过世界排名第三国家的经济总量, 相当于排名
# 前3经济大省2024年的总量: news of a plan's final years, round 25 probes): the rank names the
# other, a noun and 的 after it, a word comparing before it in the clause.
_OTHERS_RANK_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:\d{4}\s*年)?的")
_COMPARED_BEFORE_RE = re.compile(r"(?:超过|超越|相当于|赶超|接近)[^,，。;；:：\d]{0,20}$")
# A place given to a concern, not a rank (把人民健康放在第一位, 摆在首位).
_PRIORITY_BEFORE_RE = words_re("priority_lead", "(?:{})\\s*$")
# Fractions: 四分之一 (25 %), 千分之一 (0.1 %), and 一半 of a share (约占…的一半: 50 %).
_FRACTION_RE = re.compile(
    r"(?P<den>十万|万|[二三四五六七八九十千]|\d{1,3})分之"
    r"(?P<num>[一二三四五六七八九十](?:[点點][零〇一二三四五六七八九]{1,3})?|\d{1,3}(?:\.\d{1,3})?)"
)
# A rate per thousand, ten thousand or hundred thousand with its figure printed (千分之5.2,
# 十万分之69: as health and population statistics print rates): the figure in that unit.
_PER_UNIT = {"千": "‰", "万": "/万", "十万": "/10万"}
_HALF_RE = re.compile(r"(?<=[占的过超近])一半")  # (占比首次超过一半)
# Words around a rank that are not part of what is ranked (数量排全省第5 -> 数量).
# Doublings: 翻一番, 翻两番, 翻了一番多 (more than doubled), and 翻番 alone (doubled).
_FANFAN_RE = re.compile(r"翻了?\s*(?:(?P<n>[一两二三四]|\d)\s*番(?P<more>多)?|番)")
_PERCENT_WORD_RE = re.compile(r"百分之(?P<num>[\d.]+|[零〇一二三四五六七八九十百点點]+)")


@dataclass(slots=True)
class Value:
    """A number judged to state a quantity, before it becomes a Fact."""

    start: int  # value span (number, unit, trailing comparator word)
    end: int
    num_start: int
    num_end: int  # end of the number (or of the range's last number)
    value: float
    unit: str | None
    unit_info: UnitInfo | None
    comparator: Comparator | None = None  # from a suffix (以上) or the range
    after_end: int = 0  # where the unit and any trailing comparator end
    fixed_measure: Measure | None = None  # 翻一番, ranks, zero
    fixed_name: str | None = None
    part: int = -1  # index in a ratio 2.4:58.9:38.7 (shares of three sectors)
    parts: int = 0
    quote_open: int = -1  # the open quote of a statement quoted with its value (“增速达到8%”)
    range_upper: int = -1  # where the upper bound of the range this value opens starts
    range_end: int = -1  # and where that bound's unit ends (its words after are the range's)
    range_lower: int = -1  # for an upper bound: where its range's lower bound's number starts


# The characters special values hold (第/前 of ranks, 强 of top-N ranks, 分 of fractions and
# 百分之, 半, 翻, 零, 亿/万 of magnitudes): one scan tells which patterns a sentence needs.
SPECIAL_HINT = re.compile("[第前分半翻零亿万0强]")


def simple_value(s: int, e: int, value: float, unit: str, measure: Measure | None = None) -> Value:
    """A special value whose span is its whole match (no separate number span)."""
    return Value(s, e, s, e, value, unit, unit_info(unit) if unit else None, None, e, measure)


def special_values(view: str, s: int, e: int) -> list[Value]:
    """Values that are not plain numbers: ranks, fractions, 一半, 翻一番, 零 outcomes, rates
    brought to zero, 百分之X,
    magnitudes without a number (突破万亿元)."""
    hints = set(SPECIAL_HINT.findall(view, s, e))
    if not hints:
        return []  # most sentences hold none
    out: list[Value] = []
    if hints & {"第", "前"} and _RANK_HINT_RE.search(view, s, e):
        out += _ranks(view, s, e)
    if "强" in hints:
        out += _top_ranks(view, s, e)
    if "分" in hints and view.find("分之", s, e) >= 0:  # (not 分别, 部分, 充分)
        out += _fractions(view, s, e) + _percent_words(view, s, e)
    if "半" in hints:
        out += _halves(view, s, e)
    if "翻" in hints:
        out += _doublings(view, s, e)
    if "零" in hints:
        out += _zeros(view, s, e)
    if hints & {"零", "0"}:
        out += _reached_zeros(view, s, e)
    if hints & {"亿", "万"}:
        out += _magnitudes(view, s, e)
    return out


def _ranks(view: str, s: int, e: int) -> list[Value]:
    ranks = list(_RANK_RE.finditer(view, s, e))
    ranks += [
        m
        for m in _RANK_POS_RE.finditer(view, s, e)
        if not any(r.start("val") <= m.start() < r.end("val") for r in ranks)
    ]
    for r in ranks:  # (grows as it goes: 第五、第四和第四, each listed after the one before)
        listed = _LISTED_RANK_RE.match(view, r.end("val"), e) or _NAMED_RANK_RE.match(
            view, r.end("val"), e
        )
        if listed is not None and all(x.start("val") != listed.start("val") for x in ranks):
            ranks.append(listed)
    out = []
    for m in ranks:
        v = parse_number(m.group("num"))
        if (
            v is None
            or v <= 0
            or _PRIORITY_BEFORE_RE.search(view, max(s, m.start("val") - 4), m.start("val"))
            or _others_rank(view, s, m.start("val"), m.end("val"))
        ):
            continue
        out.append(_rank_value(m, v, Comparator.LE if m.group("pre") == "前" else Comparator.EQ))
    return out


def _rank_value(m: re.Match[str], v: float, comparator: Comparator) -> Value:
    """The rank a match of a rank pattern states (its ``val`` and ``num`` groups): a level
    in 位."""
    vs, ve = m.start("val"), m.end("val")
    out = Value(vs, ve, m.start("num"), m.end("num"), v, "位", unit_info("位"), comparator, ve)
    out.fixed_measure = Measure.LEVEL
    return out


def _top_ranks(view: str, s: int, e: int) -> list[Value]:
    """Places among the top N entered (see ``_TOP_N_RE``): ranks of at most N."""
    out = []
    for m in _TOP_N_RE.finditer(view, s, e):
        v = parse_number(m.group("num"))
        if v is not None and v > 1:
            out.append(_rank_value(m, v, Comparator.LE))
    return out


def _others_rank(view: str, s: int, vs: int, ve: int) -> bool:
    """Whether the rank at ``view[vs:ve]`` is another's held against the area (see above)."""
    if _OTHERS_RANK_AFTER_RE.match(view, ve) is None:
        return False
    return _COMPARED_BEFORE_RE.search(view, max(s, vs - 24), vs) is not None


def _fractions(view: str, s: int, e: int) -> list[Value]:
    out = []
    for m in _FRACTION_RE.finditer(view, s, e):
        den, num = parse_number(m.group("den")), parse_number(m.group("num"))
        # (千分之四点五 as 千分之4.5: a figure with its decimal is a rate in that unit)
        printed = m.group("num")[0].isdigit() or len(m.group("num")) > 1
        per = _PER_UNIT.get(m.group("den")) if printed else None
        if per is not None and num is not None:
            out.append(simple_value(m.start(), m.end(), num, per, Measure.LEVEL))
        elif den and num is not None and num < den and "." not in m.group("num"):
            out.append(
                # One decimal, as a share is printed (三分之一 33.3 %, 千分之一 0.1 %).
                simple_value(m.start(), m.end(), round(num / den * 100, 1), "%", Measure.LEVEL)
            )
    return out


def _halves(view: str, s: int, e: int) -> list[Value]:
    out = []
    for m in _HALF_RE.finditer(view, s, e):
        if "占" not in view[max(s, m.start() - 20) : m.start()]:
            continue
        sm = SUFFIX_CMP_RE.match(view, m.end())
        v = simple_value(m.start(), m.end(), 50.0, "%", Measure.LEVEL)
        v.comparator = Comparator.GE if sm and sm.group(1) == "以上" else Comparator.APPROX
        out.append(v)
    return out


def _doublings(view: str, s: int, e: int) -> list[Value]:
    out = []
    for m in _FANFAN_RE.finditer(view, s, e):
        n = parse_number(m.group("n")) if m.group("n") else 1
        v = simple_value(m.start(), m.end(), (2 ** (n or 1) - 1) * 100.0, "%", Measure.GROWTH)
        if m.group("n"):
            v.num_start, v.num_end = m.start("n"), m.end("n")
        if m.group("more"):
            v.comparator = Comparator.GE
        out.append(v)
    return out


def _zeros(view: str, s: int, e: int) -> list[Value]:
    out = []
    for m in cues().zero_re.finditer(view, s, e):
        out.append(simple_value(m.start(), m.start() + 1, 0.0, "", Measure.LEVEL))
    return out


# A rate or share brought down to nothing (贫困发生率由2015年的4.2%降至零, 劣Ⅴ类水体比例保持为0):
# a measured zero in %, written in words or as a bare 0 after a word of reaching.
_REACHED_ZERO_RE = words_re("zero_reached", r"(?:{})\s*(?P<z>零|0)(?![\d.．%‰\u4e00-\u9fff])")
_RATE_IN_CLAUSE_RE = words_re("rate_noun", r"(?:{})[^,，。;；]*$")


def _reached_zeros(view: str, s: int, e: int) -> list[Value]:
    out = []
    for m in _REACHED_ZERO_RE.finditer(view, s, e):
        lead = m.start()
        if _RATE_IN_CLAUSE_RE.search(view, max(s, lead - 40), lead):
            out.append(simple_value(m.start("z"), m.end("z"), 0.0, "%", Measure.LEVEL))
    return out


def _magnitudes(view: str, s: int, e: int) -> list[Value]:
    out = []
    for start, end, value, info, passed in magnitudes(view, s, e):
        v = Value(start, end, start, end, value, info.unit, info, None, end, Measure.LEVEL)
        v.comparator = Comparator.GE if passed else None
        out.append(v)
    return out


def _percent_words(view: str, s: int, e: int) -> list[Value]:
    out = []
    for m in _PERCENT_WORD_RE.finditer(view, s, e):
        v = parse_number(m.group("num"))
        if v is not None:
            val = simple_value(m.start(), m.end(), v, "%")
            val.num_start, val.num_end = m.start("num"), m.end("num")
            sm = SUFFIX_CMP_RE.match(view, m.end())
            if sm:  # 百分之二左右
                val.comparator = SUFFIX_CMP[sm.group(1)]
                val.end = val.after_end = sm.end()
            out.append(val)
    return out


_OPEN_QUOTES = "“《"
_CLOSE_QUOTES = {"“": "”", "《": "》"}


# A clause's end inside “…”: quoted speech (代表说：“去年订单增长了20%，今年…。”), whose
# figures are a speaker's statements, not a name (“十四五”, “1+N”, “三减一增” hold none).
_SPEECH_RE = re.compile(r"[，,。；;！？]")


def in_quotes_or_title(view: str, pos: int, s: int) -> bool:
    """Whether ``pos`` is inside a short “…” or a 《…》 (a name, not a figure)."""
    for op in _OPEN_QUOTES:
        o = view.rfind(op, max(s, pos - 15), pos)
        if o < 0:
            continue
        cl = _CLOSE_QUOTES[op]
        c_before = view.find(cl, o, pos)
        if c_before >= 0:
            continue
        c = view.find(cl, pos, pos + 15)
        if c >= 0 and not (op == "“" and _SPEECH_RE.search(view, o, c)):
            return True
    return False
