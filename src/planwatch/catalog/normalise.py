"""Normalised forms of indicator names, so that wordings of one indicator compare equal.

The same function is applied to catalog names and to names read from documents, so a
rule only has to make both sides agree, not produce a "correct" name: ``地区生产总值(亿元)``,
``☆地区生产总值`` and ``地区 生产总值`` all become ``gdp``; ``每千人口拥有执业(助理)医师数``
and ``每千常住人口执业医师数`` both become ``每千人执业医师数``.

The word lists (synonyms, prefixes, suffixes) are reference data: they live in the
``[normalise]`` table of ``planwatch/data/catalog.toml`` and arrive here as
:class:`NormaliseRules`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from planwatch.core.normalise import fold

# Table markers and decorations that carry no meaning for the name (☆ marks a core
# indicator in some plans, * a footnote).
_MARKERS = re.compile(r"[☆★※*△▲●◆◇■□#﹡·•]")
# Quotes and title marks around terms (“小升规”, 《...》).
_QUOTES = re.compile(r"[\"'“”‘’「」『』《》〈〉]")
# A bracketed part: units (%), (亿元), qualifiers (可比口径), (助理), [累计]. NFKC has made
# full-width brackets ASCII already; 【】 and 〔〕 have no ASCII form.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕")
# Leading list numbering: 1. 1、 一、 ((1) and (一) go with the brackets). Not a bare
# leading number: 5岁以下儿童死亡率, 10亿元以上项目 need theirs.
_NUMBERING = re.compile(r"^(?:\d{1,3}[.、)](?!\d)|[一二三四五六七八九十]{1,3}[、.])")
_TRAILING_PUNCT = re.compile(r"[::,,。;;、.]+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class NormaliseRules:
    """Word lists that drive normalisation and the resolver's stripping of affixes.

    ``synonyms`` are (from, to) replacements applied in order; ``strip_prefixes`` are
    leading words that do not change the indicator (全市, 全年, 实现); ``growth_suffixes``
    and ``change_suffixes`` are trailing words that turn a name into its growth or change
    (地区生产总值增长); ``neutral_suffixes`` are trailing words that join a name to its
    number (较, 控制在, 增至); ``keep_prefixes`` are leading words never stripped as a place name
    (人均, 城镇). All entries are stored already normalised.
    """

    synonyms: tuple[tuple[str, str], ...] = ()
    strip_prefixes: tuple[str, ...] = ()
    growth_suffixes: tuple[str, ...] = ()
    change_suffixes: tuple[str, ...] = ()
    neutral_suffixes: tuple[str, ...] = ()
    keep_prefixes: tuple[str, ...] = ()


def exact_key(name: str) -> str:
    """The key of the exact index: the name as written, up to character width and case
    (ＧＤＰ = GDP), script (生產總值 = 生产总值: names are kept in the document's
    characters) and surrounding whitespace."""
    return unicodedata.normalize("NFKC", fold(name)).strip().casefold()


def clean(name: str) -> str:
    """The name with width, case, spaces, markers, quotes and brackets made uniform.

    This is the rule-free part of :func:`normalise` (no synonyms).
    """
    s = unicodedata.normalize("NFKC", fold(name)).casefold()
    s = _SPACES.sub("", s)
    s = _MARKERS.sub("", s)
    s = _QUOTES.sub("", s)
    # Brackets can nest once ((助理)医师(人)); two passes remove both levels.
    for _ in range(2):
        s = _BRACKETED.sub("", s)
    s = _NUMBERING.sub("", s)
    return _TRAILING_PUNCT.sub("", s)


def normalise(name: str, rules: NormaliseRules) -> str:
    """The comparable form of an indicator name: :func:`clean` plus the synonym rules."""
    s = clean(name)
    for old, new in rules.synonyms:
        if old in s:
            s = s.replace(old, new)
    return s


def prepare_rules(
    synonyms: Sequence[tuple[str, str]],
    strip_prefixes: Sequence[str],
    growth_suffixes: Sequence[str],
    change_suffixes: Sequence[str],
    keep_prefixes: Sequence[str],
    neutral_suffixes: Sequence[str] = (),
) -> NormaliseRules:
    """Rules with every word cleaned the way names are, affixes longest first.

    Longest first so that ``年均增长`` is stripped before ``增长`` would leave ``年均``.
    """
    syn = tuple((clean(a), clean(b) if b else "") for a, b in synonyms)
    base = NormaliseRules(synonyms=syn)

    def words(items: Sequence[str]) -> tuple[str, ...]:
        seen = {normalise(w, base) for w in items if w}
        return tuple(sorted((w for w in seen if w), key=len, reverse=True))

    return NormaliseRules(
        synonyms=syn,
        strip_prefixes=words(strip_prefixes),
        growth_suffixes=words(growth_suffixes),
        change_suffixes=words(change_suffixes),
        neutral_suffixes=words(neutral_suffixes),
        keep_prefixes=words(keep_prefixes),
    )
