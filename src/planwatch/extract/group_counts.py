"""Counts that name a group, no fact: the set an area is compared within (在全省13个设区市中
排名第3位, 居全国31个省（区、市）第9位), a group a part of which is then counted (12个县（市、区）中
5个已通高铁, 60个重大项目中，已竣工24个) and a whole group a clause measures (全省16个地级市
平均优良天数比例为90.2%). The count says how big the set is, not what anyone achieved: the
annotators of GOLD_SPEC never mark one. The counts a clause reports as done stay facts (新增3个
省级开发区, 全市12个县（市、区）全部通过评估: the count is the result).

Grammar words and kinds of area are in ``data/group_words.csv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from planwatch.core.datafiles import records
from planwatch.extract.prose_names import BULLET_RE
from planwatch.extract.prose_script import BLANK
from planwatch.extract.prose_values import Value

# Units of a count of areas, units or projects (12个设区市, 40项重大工程, 20所学校).
_GROUP_UNITS = frozenset({"个", "座", "项", "家", "所"})
# The words between a count and the 中 that closes its group: a noun phrase, no clause break;
# a bracket is one word (县（市、区）中), its inside no 中 of the group (园区（含园中园）).
_PHRASE = r"(?:[^，。；;,、：:\d\s（()）]|[（(][^（()）]{0,8}[)）]){0,16}?"
# A count after the 中 in the same clause: a part of the group (中5个, 中完成6项).
_PART = rf"[^，。；;,、\d]{{0,6}}?[\d一二三四五六七八九十]+\s*[{''.join(sorted(_GROUP_UNITS))}]"
_NUMERAL = r"[\d一二三四五六七八九十百]"
# How far after a count its group's words are looked for (a noun phrase, 中 and a part or rank).
_AFTER_CHARS = 80
# The indicators an evaluation counts a part of, framed by 在…中 however far the part comes
# after (在30个指标中最终完成规划目标的将达到27个, 在全市25项主要指标中…): round 24 probes.
_IN_INDICATORS_BEFORE_RE = re.compile(r"在\s*(?:全[省市区县州]|我[省市区县州])?\s*$")
_INDICATORS_ZHONG_RE = re.compile(r"[^，。；;,、：:\d]{0,8}?指标(?:之中|当中|中)")
# A figure that is no year (the 90% after 2024年为): what a clause gives of a group it opens with.
_FIGURE_RE = re.compile(r"(?<![\d.])\d[\d.]*(?![\d.]|\s*年)")


class _Patterns(NamedTuple):
    within: re.Pattern[str]  # the group closed by 中 and a part or a rank after it
    lead: re.Pattern[str]  # a lead word (and whole-area word) ending the words before the count
    kind: re.Pattern[str]  # a kind of area in the noun phrase after the count
    ranked: re.Pattern[str]  # a kind of area, then its 中, a rank or a comparison
    whole: re.Pattern[str]  # only a whole-area word before the count
    zhong_word: re.Pattern[str]  # a word holding 中 that closes no group (初中, 中小学)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    by_role: dict[str, list[str]] = {}
    for row in records("group_words.csv"):
        by_role.setdefault(row["role"], []).append(row["word"])
    kind = rf"[^，。；;,、：:\d]{{0,8}}?(?:{_alt(by_role['kind'])})(?![级域])"
    rank = rf"(?:{_alt(by_role['rank_before_number'])}){_NUMERAL}|{_alt(by_role['rank'])}"
    return _Patterns(
        within=re.compile(rf"{_PHRASE}(?P<z>之中|当中|中)(?:{_alt(by_role['within'])}|{_PART})"),
        lead=re.compile(rf"(?:{_alt(by_role['lead'])})\s*(?:{_alt(by_role['whole'])})?\s*$"),
        kind=re.compile(kind),
        ranked=re.compile(rf"{kind}\s*(?:之中|当中|中|{rank}|[，,]|相比)"),
        whole=re.compile(rf"\s*(?:{_alt(by_role['whole'])})?\s*$"),
        zhong_word=re.compile(rf"(?:{_alt(by_role['zhong_word'])})"),
    )


def names_group(view: str, v: Value, cs: int, ce: int) -> bool:
    """Whether the count ``v`` (of the clause ``cs``…``ce``) names a group rather than
    reports a result: followed by the group's 中 and a part or a rank in it (12个设区市中有3个,
    在全省12个设区市中排名第2位, 30项指标中有22项); placed by a lead word in a group of areas
    (居全省13个设区市第3位, 对照全省12个设区市，); or opening its clause, a group of areas
    whose measure the clause goes on to give (全市10个省控断面水质达标率为95%)."""
    if v.unit not in _GROUP_UNITS or v.fixed_measure is not None or v.part >= 0:
        return False
    P = _patterns()
    # (The words after the count without a mirror's junk blanked inside them: 339個(gè)地級(jí)
    # 及以上城市 is a group as 339个地级及以上城市 is.)
    after = view[v.after_end : v.after_end + _AFTER_CHARS].replace(BLANK, "")
    m = P.within.match(after)
    if m is not None and not P.zhong_word.search(after, max(0, m.start("z") - 1), m.end("z") + 2):
        return True
    before = view[cs : v.num_start].replace(BLANK, "")
    if P.lead.search(before) and P.ranked.match(after):
        return True
    if _IN_INDICATORS_BEFORE_RE.search(before) and _INDICATORS_ZHONG_RE.match(after):
        return True  # 在28个指标中最终完成…的将达到25个: the indicators the part is of
    if v.unit not in ("个", "座"):
        return False
    bullet = BULLET_RE.match(before)
    if not P.whole.fullmatch(before, bullet.end() if bullet else 0):
        return False
    k = P.kind.match(after)
    if k is None:
        return False
    # (The clause goes on to a figure of the group, no year: no list comma between.)
    clause = view[v.after_end : ce].replace(BLANK, "")
    return _FIGURE_RE.search(clause[k.end() :].split("、", 1)[0]) is not None
