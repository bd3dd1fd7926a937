"""Resolve an indicator name as a document words it to a catalog id.

Steps, first hit wins:

1. **exact** — the name (width, case, spaces, markers, brackets made uniform) is a
   catalog name or alias: confidence 1.0.
2. **normalised** — after the catalog's synonym rules (生产总值 = GDP, 规上 = 规模以上,
   比例 = 比重 ...), optionally with leading words stripped (全市, 全年, 实现; then a
   place name ending in 市/区/县/镇; then any short leading word that is not a known
   qualifier such as 人均/城镇) and a trailing growth or change word stripped
   (增长, 年均增长, 增速, 下降 / 提高). The growth word becomes ``measure_hint``.
   Confidence 0.97 down to 0.80 by how much was stripped.
3. **fuzzy** — rapidfuzz similarity against every normalised wording; the best above
   the cutoff wins unless a different indicator scores nearly as well (then the name
   is ambiguous and stays unresolved). Confidence at most 0.9, scaled by similarity.

Names that resolve to nothing return None; :func:`unresolved` lists them with the
nearest catalog entry, and :func:`local_catalog_template` turns that list into a TOML
file a user fills in and passes back as a local catalog.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from planwatch.catalog.catalog import AliasEntry, Catalog, default_catalog
from planwatch.catalog.normalise import clean, exact_key
from planwatch.core.quickinit import quick_init

log = logging.getLogger(__name__)

EXACT, NORMALISED, FUZZY = "exact", "normalised", "fuzzy"
GROWTH, CHANGE = "growth", "change"

# Confidence by path. Stripping words is a guess about what they meant; each kind of
# strip costs a little, a bare unknown leading word most (it may be a qualifier).
_CONF_NORMALISED = 0.97
_COST_SUFFIX = 0.02
_COST_PREFIX = {"none": 0.0, "listed": 0.01, "place": 0.03, "bare": 0.15}
_FUZZY_MAX = 0.9
# A different indicator this close (similarity points) to the best makes a fuzzy match
# ambiguous.
_AMBIGUITY_MARGIN = 3.0
# Shortest catalog wording accepted after stripping an unknown leading word: short
# aliases (人口, 死亡率) would otherwise match the tail of unrelated names (新生儿死亡率).
_MIN_BARE_REMAINDER = 4
_MAX_BARE_PREFIX = 4
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_PLACE_SUFFIXES = (
    "自治州",
    "自治县",
    "自治区",
    "街道",
    "省",
    "市",
    "区",
    "县",
    "镇",
    "乡",
    "旗",
    "州",
)


@quick_init
@dataclass(frozen=True, slots=True)
class Resolution:
    """A name's catalog indicator and how sure the resolver is.

    ``measure_hint`` is ``"growth"`` when the name itself says growth (增长, 增速, 年均增长,
    下降 or a growth alias such as 经济增速), ``"change"`` when it says 提高/增加, else None.
    ``matched`` is the catalog wording that matched.
    """

    indicator_id: str
    measure_hint: str | None
    confidence: float
    method: str  # "exact" | "normalised" | "fuzzy"
    matched: str


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A name no catalog entry matched, how often it occurred, and the nearest entry."""

    name: str
    count: int
    nearest_id: str | None
    nearest: str | None  # the catalog wording nearest to it
    similarity: float  # 0..1


@quick_init
@dataclass(frozen=True, slots=True)
class _Form:
    """A candidate form of the name: what was stripped to get it and what that costs."""

    text: str
    hint: str | None
    cost: float
    bare: bool = False  # an unknown leading word was stripped


class Resolver:
    """Resolves names against one catalog, caching results per (name, measure)."""

    def __init__(
        self, catalog: Catalog, *, fuzzy_cutoff: float = 0.8, cache_size: int = 65536
    ) -> None:
        self.catalog = catalog
        self.fuzzy_cutoff = fuzzy_cutoff
        rules = catalog.rules
        self._strip = _Affixes(rules.strip_prefixes)
        self._keep = _Affixes(rules.keep_prefixes)
        self._growth = _Affixes(rules.growth_suffixes)
        self._change = _Affixes(rules.change_suffixes)
        self._neutral = _Affixes(rules.neutral_suffixes)
        self._choices = list(catalog.normalised)
        self._entries = [catalog.normalised[k] for k in self._choices]
        # The wordings a name of each length can match fuzzily (see _within_reach).
        self._reach: dict[int, tuple[list[str], list[int]]] = {}
        # Per-resolver cache: documents repeat the same few hundred names endlessly.
        self._cached = lru_cache(maxsize=cache_size)(self._resolve)

    def resolve(self, name: str, measure: str | None = None) -> Resolution | None:
        """The catalog indicator ``name`` denotes, or None.

        ``measure`` is the fact's measure when the caller knows it; it breaks ties
        between fuzzy candidates in favour of an indicator customarily stated that way.
        """
        return self._cached(name, measure)

    # -- steps ------------------------------------------------------------------------

    def _resolve(self, name: str, measure: str | None = None) -> Resolution | None:
        if not name or not name.strip():
            return None
        key = exact_key(name)
        hit = self.catalog.exact.get(key)
        if hit is not None:
            return self._result(hit, self._own_hint(hit, key), 1.0, EXACT)
        norm = self.catalog.normalise(name)
        if not norm:
            return None
        forms = self._forms(norm)
        for form in forms:
            hit = self.catalog.normalised.get(form.text)
            if hit is None or (form.bare and len(clean(hit.text)) < _MIN_BARE_REMAINDER):
                continue
            hint = form.hint or self._own_hint(hit, norm)
            return self._result(hit, hint, round(_CONF_NORMALISED - form.cost, 3), NORMALISED)
        return self._fuzzy(forms, measure)

    def _forms(self, norm: str) -> list[_Form]:
        """Candidate forms of a normalised name, cheapest first.

        Trailing joining words (较, 控制在, 增至) off; leading words: listed ones (全市,
        全年, 实现) repeatedly, then a place name (…市/区/县/镇), then a bare short word
        that is no known qualifier. Each of those with and without a trailing growth or
        change word.
        """
        cores = [(norm, 0.0)]
        rest = norm
        while (word := self._neutral.first(rest, end=True)) is not None:
            rest = rest[: -len(word)]
            cores.append((rest, _COST_PREFIX["listed"]))
        heads: list[tuple[str, float, bool]] = []
        for text, cost in cores:
            heads.append((text, cost, False))
            rest = text
            while (word := self._strip.first(rest, end=False)) is not None:
                rest = rest[len(word) :]
                heads.append((rest, cost + _COST_PREFIX["listed"], False))
            heads += [(t, cost + _COST_PREFIX["place"], False) for t in self._place_tails(rest)]
            heads += [(t, cost + _COST_PREFIX["bare"], True) for t in self._bare_tails(rest)]
        forms: list[_Form] = []
        for text, cost, bare in heads:
            forms.append(_Form(text, None, cost, bare))
            for suffixes, hint in ((self._growth, GROWTH), (self._change, CHANGE)):
                word = suffixes.first(text, end=True)
                if word is not None:
                    forms.append(_Form(text[: -len(word)], hint, cost + _COST_SUFFIX, bare))
        # Cheapest first; of equal cost, the form that stripped less (longer) first.
        return sorted(forms, key=lambda f: (f.cost, -len(f.text)))

    def _bare_tails(self, text: str) -> list[str]:
        """Remainders after an unknown short leading word (鹤山 in 鹤山地区生产总值)."""
        if self._keep.starts(text):
            return []
        # A place name is Chinese characters only: 引进10 is no place.
        return [
            text[n:]
            for n in range(2, _MAX_BARE_PREFIX + 1)
            if len(text) - n >= 2 and _CJK.fullmatch(text[:n])
        ]

    def _place_tails(self, text: str) -> list[str]:
        """Remainders after a leading place name like 鹤山市 / 江海区 / 广东省."""
        out = []
        for i in range(2, min(len(text) - 1, 9)):
            if text[i - 1] in "省市区县镇乡旗州道" and any(
                text[:i].endswith(s) for s in _PLACE_SUFFIXES
            ):
                head = text[:i]
                if not self._keep.starts(head) and len(text) - i >= 2 and _CJK.fullmatch(head):
                    out.append(text[i:])
        return out

    def _fuzzy(self, forms: list[_Form], measure: str | None) -> Resolution | None:
        # Fuzzy only on forms that stripped nothing uncertain: a bare or place prefix
        # plus a fuzzy match is too much guessing.
        best: tuple[float, _Form, AliasEntry] | None = None
        runner_up: dict[str, float] = {}
        cutoff = self.fuzzy_cutoff * 100
        for form in forms:
            if form.cost - (_COST_SUFFIX if form.hint else 0.0) > _COST_PREFIX["listed"]:
                continue
            if len(form.text) < 2:
                continue
            choices, at = self._within_reach(len(form.text))
            for _, score, k in process.extract(
                form.text, choices, scorer=fuzz.ratio, limit=8, score_cutoff=cutoff - 10
            ):
                idx = at[k]
                entry = self._entries[idx]
                if _DIGITS.findall(form.text) != _DIGITS.findall(self._choices[idx]):
                    # 10亿元以上项目 is not 亿元以上项目, 3岁以下 not 6岁以下: numbers in a
                    # name are thresholds that define a different indicator.
                    continue
                score = float(score) - 100 * form.cost
                score += self._measure_bonus(entry, measure)
                runner_up[entry.indicator_id] = max(runner_up.get(entry.indicator_id, 0.0), score)
                if best is None or score > best[0]:
                    best = (score, form, entry)
        if best is None or best[0] < cutoff:
            return None
        score, form, entry = best
        rivals = [s for iid, s in runner_up.items() if iid != entry.indicator_id]
        if rivals and max(rivals) > score - _AMBIGUITY_MARGIN:
            log.debug("ambiguous indicator name %r: %s", form.text, runner_up)
            return None
        hint = form.hint or (GROWTH if entry.growth else None)
        conf = round(_FUZZY_MAX * min(score, 100.0) / 100, 3)
        return self._result(entry, hint, conf, FUZZY)

    def _within_reach(self, n: int) -> tuple[list[str], list[int]]:
        """The wordings a name of ``n`` characters can score ``fuzzy_cutoff - 0.1`` with (as
        the fuzzy step asks) and their indices in ``_choices``, in the catalog's order.

        fuzz.ratio is 100 * (1 - indel distance / (n + m)) and the distance is at least
        ``|n - m|``, so a wording of ``m`` characters scores at most 200 * min(n, m) / (n + m):
        those that cannot reach the cutoff (less a point, for rounding) are not scored at
        all. The ones left keep their order, so ties rank as over the whole list.
        """
        found = self._reach.get(n)
        if found is None:
            floor = (self.fuzzy_cutoff * 100 - 10) - 1
            at = [
                i
                for i, c in enumerate(self._choices)
                if 200 * min(n, len(c)) / (n + len(c)) >= floor
            ]
            found = self._reach[n] = ([self._choices[i] for i in at], at)
        return found

    def _measure_bonus(self, entry: AliasEntry, measure: str | None) -> float:
        """One point for an indicator customarily stated in the caller's measure."""
        if measure is None:
            return 0.0
        ind = self.catalog.get(entry.indicator_id)
        return 1.0 if ind is not None and ind.measure == measure else 0.0

    def _own_hint(self, hit: AliasEntry, name: str) -> str | None:
        """Growth hint from the wording itself: a growth alias, or a growth-stated
        indicator (单位GDP能耗降低) whose name ends in a growth word."""
        if hit.growth:
            return GROWTH
        ind = self.catalog.get(hit.indicator_id)
        if ind is not None and ind.measure == GROWTH and self._growth.ends(name):
            return GROWTH
        return None

    def _result(
        self, hit: AliasEntry, hint: str | None, confidence: float, method: str
    ) -> Resolution:
        return Resolution(hit.indicator_id, hint, confidence, method, hit.text)

    def nearest(self, name: str) -> tuple[AliasEntry | None, float]:
        """The catalog wording most similar to ``name`` and the similarity 0..1."""
        norm = self.catalog.normalise(name)
        if not norm:
            return None, 0.0
        found = process.extractOne(norm, self._choices, scorer=fuzz.ratio)
        if found is None:
            return None, 0.0
        return self._entries[found[2]], round(found[1] / 100, 3)


class _Affixes:
    """A word list looked up by the text's own ends: one set probe per distinct word
    length instead of a comparison per word (names are resolved by the thousand, each
    against lists of dozens of words, several times over)."""

    __slots__ = ("words", "_rank", "_lengths")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._rank: dict[str, int] = {}
        for i, w in enumerate(words):
            self._rank.setdefault(w, i)
        self._lengths = sorted({len(w) for w in words if w})  # (rules hold no empty word)

    def first(self, text: str, end: bool) -> str | None:
        """The word earliest in the list (the longest, as the rules list them) that
        ``text`` ends (``end``) or starts with, leaving something behind; None if there
        is none."""
        rank, best = self._rank, None
        for n in self._lengths:
            if n >= len(text):
                break
            i = rank.get(text[-n:] if end else text[:n])
            if i is not None and (best is None or i < best):
                best = i
        return None if best is None else self.words[best]

    def starts(self, text: str) -> bool:
        """Whether ``text`` starts with one of the words (or is one)."""
        return any(text[:n] in self._rank for n in self._lengths if n <= len(text))

    def ends(self, text: str) -> bool:
        """Whether ``text`` ends with one of the words (or is one)."""
        return any(text[-n:] in self._rank for n in self._lengths if n <= len(text))


@lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    """A resolver over :func:`~planwatch.catalog.catalog.default_catalog`."""
    return Resolver(default_catalog())


def resolve(name: str, measure: str | None = None) -> Resolution | None:
    """Resolve ``name`` against the default catalog (shipped + ``PLANWATCH_CATALOG``)."""
    return default_resolver().resolve(name, measure)


def unresolved(names: Iterable[str], resolver: Resolver | None = None) -> tuple[Unresolved, ...]:
    """The names that resolve to nothing, most frequent first, each with its nearest entry.

    For a report that tells the user which aliases to add to a local catalog file.
    """
    res = resolver or default_resolver()
    counts = Counter(n.strip() for n in names if n and n.strip())
    out = []
    for name, count in counts.items():
        if res.resolve(name) is not None:
            continue
        entry, sim = res.nearest(name)
        out.append(
            Unresolved(
                name,
                count,
                entry.indicator_id if entry else None,
                entry.text if entry else None,
                sim,
            )
        )
    return tuple(sorted(out, key=lambda u: (-u.count, u.name)))


def local_catalog_template(items: Iterable[Unresolved]) -> str:
    """A local catalog file (TOML) proposing each unresolved name as an alias.

    Each entry is commented out: the user uncomments the ones whose nearest id is right
    or writes the right id, then passes the file to ``load_catalog`` / ``PLANWATCH_CATALOG``.
    """
    lines = [
        "# Local additions to the planwatch indicator catalog.",
        "# Uncomment an entry whose id is right (or write the right id; a new id needs",
        "# name, category, unit) and pass this file to load_catalog / PLANWATCH_CATALOG.",
        "",
    ]
    for u in items:
        near = f" (nearest: {u.nearest}, similarity {u.similarity:.2f})" if u.nearest else ""
        lines += [
            f"# {u.name}: seen {u.count} time(s){near}",
            "# [[indicator]]",
            f'# id = "{u.nearest_id or "new_indicator_id"}"',
            f"# aliases = [{_toml_string(u.name)}]",
            "",
        ]
    return "\n".join(lines)


def _toml_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
