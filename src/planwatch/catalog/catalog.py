"""The indicator catalog: the shipped data file, merged with a user's local files.

The shipped catalog is ``planwatch/data/catalog.toml`` (schema and sources in
``catalog.md`` beside it). A user adds aliases or indicators in a local TOML file of the
same shape; :func:`load_catalog` merges it over the shipped one:

* an ``[[indicator]]`` whose ``id`` exists extends its ``aliases`` / ``growth_aliases``
  and overrides any other field it sets;
* a new ``id`` adds an indicator (``name`` required);
* ``[normalise]`` lists are appended to the shipped ones.

``PLANWATCH_CATALOG`` (paths separated by ``os.pathsep``) names local files that
:func:`default_catalog` merges in.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from planwatch.catalog.normalise import (
    NormaliseRules,
    exact_key,
    normalise,
    prepare_rules,
)
from planwatch.core import recache
from planwatch.core.errors import UsageError

log = logging.getLogger(__name__)

CATALOG_ENV = "PLANWATCH_CATALOG"
CATEGORIES = ("经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障", "其他")
DIRECTIONS = ("higher", "lower")
MEASURES = ("level", "growth")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_LIST_FIELDS = ("aliases", "growth_aliases")
_NORMALISE_KEYS = (
    "synonyms",
    "strip_prefixes",
    "growth_suffixes",
    "change_suffixes",
    "keep_prefixes",
    "neutral_suffixes",
)


class CatalogError(UsageError):
    """A catalog file is malformed: bad TOML, unknown field, clashing ids or aliases."""


@dataclass(frozen=True, slots=True)
class Indicator:
    """One catalog entry. ``measure`` is how the indicator is customarily stated."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    growth_aliases: tuple[str, ...] = ()
    category: str = "其他"
    topic: str | None = None
    unit: str | None = None
    direction: str | None = None  # "higher" | "lower" | None
    core: bool = False
    measure: str = "level"  # "level" | "growth"
    # A flow counted over time (新增…): a plan's target for it is a total over the period.
    flow: bool = False
    # A reduction (单位GDP能耗降低): its figures are sizes of a fall, compared as such, and
    # yearly falls accumulate as 1 - Π(1 - d_i) against a cumulative target.
    reduction: bool = False
    # Another indicator whose figures stand in when this one has none (粮食产量 for
    # 粮食综合生产能力): evaluation uses them and flags the row as judged on a proxy.
    proxy: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name and its level aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """What one wording of a name points to: an indicator, and whether it names growth."""

    indicator_id: str
    growth: bool
    text: str  # the wording as the catalog spells it


@dataclass(frozen=True, eq=False, repr=False)
class Catalog:
    """Indicators by id, the normalisation rules, and the alias indexes built from them.

    ``exact`` maps wordings up to width and case (:func:`~planwatch.catalog.normalise.
    exact_key`), ``normalised`` maps fully normalised ones. Compared and hashed by identity (it is a cache key).
    """

    indicators: Mapping[str, Indicator]
    rules: NormaliseRules
    sources: tuple[str, ...] = ()
    exact: Mapping[str, AliasEntry] = field(default_factory=dict, repr=False)
    normalised: Mapping[str, AliasEntry] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.indicators)

    def __repr__(self) -> str:
        return f"Catalog({len(self.indicators)} indicators from {', '.join(self.sources)})"

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self.indicators.values())

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self.indicators

    def get(self, indicator_id: str) -> Indicator | None:
        """The indicator with this id, or None."""
        return self.indicators.get(indicator_id)

    def normalise(self, name: str) -> str:
        """``name`` in the comparable form this catalog's rules give."""
        return normalise(name, self.rules)


def shipped_catalog_path() -> Path:
    """Where the catalog shipped with planwatch lives."""
    return Path(str(resources.files("planwatch.data").joinpath("catalog.toml")))


def load_catalog(*local_paths: str | os.PathLike[str], shipped: bool = True) -> Catalog:
    """The shipped catalog (unless ``shipped=False``) merged with each local file in order.

    Raises :class:`CatalogError` naming the file and the problem when a file is malformed.
    """
    raw_entries: dict[str, dict[str, Any]] = {}
    norm_lists: dict[str, list[Any]] = {k: [] for k in _NORMALISE_KEYS}
    sources: list[str] = []
    local_wordings: list[tuple[str, str, bool]] = []
    paths = ([shipped_catalog_path()] if shipped else []) + [Path(p) for p in local_paths]
    for i, path in enumerate(paths):
        is_local = i > 0 or not shipped
        data = _read_toml(path)
        _merge_normalise(path, data.get("normalise", {}), norm_lists)
        _merge_entries(path, data.get("indicator", []), raw_entries, is_local)
        if is_local:
            local_wordings.extend(_wordings_of(data.get("indicator", []), raw_entries))
        sources.append(str(path))
    indicators = {iid: _make_indicator(raw, sources[-1]) for iid, raw in raw_entries.items()}
    rules = prepare_rules(
        [tuple(p) for p in norm_lists["synonyms"]],
        norm_lists["strip_prefixes"],
        norm_lists["growth_suffixes"],
        norm_lists["change_suffixes"],
        norm_lists["keep_prefixes"],
        norm_lists["neutral_suffixes"],
    )
    exact, normalised = _build_indexes(
        indicators, rules, strict=shipped and not local_paths, late=local_wordings
    )
    return Catalog(indicators, rules, tuple(sources), exact, normalised)


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The shipped catalog plus the files named by ``PLANWATCH_CATALOG``, loaded once."""
    env = os.environ.get(CATALOG_ENV, "")
    local = [p for p in env.split(os.pathsep) if p.strip()]
    return load_catalog(*local)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            source = fh.read()
        # Parsed once per content (tomllib is pure Python: 35 ms for the shipped file).
        return recache.parsed("catalog", source, _parse_toml)
    except FileNotFoundError:
        raise CatalogError(f"{path}: catalog file not found; check the path") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: not valid TOML ({exc}); fix the syntax") from None


def _parse_toml(source: bytes) -> dict[str, Any]:
    return tomllib.loads(source.decode("utf-8"))


def _merge_normalise(path: Path, table: Any, into: dict[str, list[Any]]) -> None:
    if not isinstance(table, dict):
        raise CatalogError(f"{path}: [normalise] must be a table")
    for key, value in table.items():
        if key not in into:
            raise CatalogError(
                f"{path}: unknown key normalise.{key}; expected one of {', '.join(into)}"
            )
        if not isinstance(value, list):
            raise CatalogError(f"{path}: normalise.{key} must be a list")
        if key == "synonyms" and not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
            for p in value
        ):
            raise CatalogError(f'{path}: normalise.synonyms entries must be ["from", "to"] pairs')
        into[key].extend(value)


_FIELD_NAMES = {f.name for f in fields(Indicator)}


def _merge_entries(
    path: Path, entries: Any, into: dict[str, dict[str, Any]], is_local: bool
) -> None:
    if not isinstance(entries, list):
        raise CatalogError(f"{path}: indicator must be an array of tables ([[indicator]])")
    for n, entry in enumerate(entries, 1):
        where = f"{path}: indicator #{n}"
        if not isinstance(entry, dict):
            raise CatalogError(f"{where} is not a table")
        unknown = set(entry) - _FIELD_NAMES
        if unknown:
            raise CatalogError(
                f"{where} ({entry.get('id')}): unknown field(s) {', '.join(sorted(unknown))}; "
                f"allowed: {', '.join(sorted(_FIELD_NAMES))}"
            )
        iid = entry.get("id")
        if not isinstance(iid, str) or not _ID.match(iid):
            raise CatalogError(f"{where}: id {iid!r} must be snake_case ascii (e.g. gdp)")
        _check_values(where, entry)
        if iid in into:
            if not is_local:
                raise CatalogError(f"{where}: duplicate id {iid}")
            merged = into[iid]
            for key, value in entry.items():
                if key in _LIST_FIELDS:
                    merged[key] = [*merged.get(key, []), *value]
                else:
                    merged[key] = value
        else:
            if "name" not in entry:
                raise CatalogError(f"{where}: new indicator {iid} needs a name")
            into[iid] = dict(entry)


def _wordings_of(
    entries: list[dict[str, Any]], merged: dict[str, dict[str, Any]]
) -> list[tuple[str, str, bool]]:
    """(id, wording, is_growth) a local file states, its names included."""
    out: list[tuple[str, str, bool]] = []
    for entry in entries:
        iid = entry["id"]
        if "name" in entry:
            out.append((iid, entry["name"], False))
        out += [(iid, a, False) for a in entry.get("aliases", [])]
        out += [(iid, a, True) for a in entry.get("growth_aliases", [])]
    return out


def _check_values(where: str, entry: dict[str, Any]) -> None:
    for key in _LIST_FIELDS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
            raise CatalogError(f"{where}: {key} must be a list of strings")
    for key in ("name", "category", "topic", "unit", "proxy"):
        if key in entry and not isinstance(entry[key], str):
            raise CatalogError(f"{where}: {key} must be a string")
    if entry.get("direction") not in (None, *DIRECTIONS):
        raise CatalogError(f"{where}: direction must be one of {DIRECTIONS}")
    if entry.get("measure", "level") not in MEASURES:
        raise CatalogError(f"{where}: measure must be one of {MEASURES}")
    for flag in ("core", "flow", "reduction"):
        if flag in entry and not isinstance(entry[flag], bool):
            raise CatalogError(f"{where}: {flag} must be true or false")


def _make_indicator(raw: dict[str, Any], source: str) -> Indicator:
    values = dict(raw)
    for key in _LIST_FIELDS:
        # Keep the first spelling of each alias; a local file may repeat shipped ones.
        values[key] = tuple(dict.fromkeys(values.get(key, [])))
    ind = Indicator(**values)
    if ind.category not in CATEGORIES:
        log.warning("%s: indicator %s has unusual category %s", source, ind.id, ind.category)
    return ind


def _build_indexes(
    indicators: Mapping[str, Indicator],
    rules: NormaliseRules,
    strict: bool,
    late: list[tuple[str, str, bool]],
) -> tuple[dict[str, AliasEntry], dict[str, AliasEntry]]:
    """Map each wording (cleaned, and normalised) to its indicator.

    In the shipped catalog two indicators claiming one wording is an error (``strict``).
    With local files merged, the wordings a local file states (``late``) are indexed last
    and win any clash, since a user added them on purpose.
    """
    exact: dict[str, AliasEntry] = {}
    norm: dict[str, AliasEntry] = {}

    def add(iid: str, text: str, growth: bool, override: bool) -> None:
        entry = AliasEntry(iid, growth, text)
        for index, key in ((exact, exact_key(text)), (norm, normalise(text, rules))):
            if not key:
                continue
            old = index.get(key)
            if old is not None and old.indicator_id != iid:
                if strict:
                    raise CatalogError(
                        f"catalog: {text!r} of {iid} and {old.text!r} of "
                        f"{old.indicator_id} normalise to the same key {key!r}"
                    )
                if not override:
                    continue
                log.info("catalog: %r now resolves to %s (was %s)", text, iid, old.indicator_id)
            # Within one indicator a level wording beats a growth one for the same key.
            if old is None or old.indicator_id != iid or (old.growth and not growth):
                index[key] = entry

    for ind in indicators.values():
        for text in ind.names:
            add(ind.id, text, False, override=False)
        for text in ind.growth_aliases:
            add(ind.id, text, True, override=False)
    for iid, text, growth in late:
        add(iid, text, growth, override=True)
    return exact, norm


def with_local(catalog: Catalog, *local_paths: str | os.PathLike[str]) -> Catalog:
    """``catalog``'s sources reloaded with more local files after them."""
    shipped = bool(catalog.sources) and catalog.sources[0] == str(shipped_catalog_path())
    locals_ = catalog.sources[1:] if shipped else catalog.sources
    return load_catalog(*locals_, *local_paths, shipped=shipped)


__all__ = [
    "CATALOG_ENV",
    "CATEGORIES",
    "AliasEntry",
    "Catalog",
    "CatalogError",
    "Indicator",
    "default_catalog",
    "load_catalog",
    "shipped_catalog_path",
    "with_local",
]
