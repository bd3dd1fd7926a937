"""Scoring predicted facts against gold annotations (GOLD_SPEC.md, "Scoring").

Matching, per document:

* **located**: the prediction's ``[start, end)`` overlaps the gold value's
  characters ``[start, start + len(value_text))`` and the values are equal after
  unit scaling (``4585100 万元`` == ``458.51 亿元``; see
  :func:`planwatch.core.units.same_quantity`; units read as simplified, 項 is 项);
* **strict**: located, and the same ``kind``, ``measure`` and ``year``, and a
  similar indicator name.

Indicator similarity: both names are normalised (punctuation, quotes, brackets
and spaces removed; full-width made ASCII; traditional and variant characters read
as simplified through :func:`planwatch.core.normalise.fold`, so 地區生產總值 and
地区生产总值 are one name whichever script the document or the annotator used). They are similar when one contains
the other (the shorter having at least 2 characters), or their character
multisets have a Dice coefficient of at least 0.6 (word order differs:
动工工业项目 / 工业项目动工), or they share a common substring of at least 4
characters covering at least 60% of the shorter name.

Matching is one-to-one: gold facts are taken in text order, each taking the
best unused prediction (strict before located, then nearest start). Recall =
strict matches / gold facts; precision = strict matches / predictions that start
inside a gold passage of their document; F1 their harmonic mean. Per-field
accuracy is over located matches; ``jurisdiction`` compares the fact's area name
with the gold fact's (the gold file's ``jurisdiction`` when the fact has none),
both read as simplified characters; ``name`` whether the indicator is the gold's
exactly after normalisation (the strict match asks only a similar one).

Every figure is also given per genre (the gold file's ``genre``, ``unknown``
when absent), and, given the predicted documents, document-level accuracy:
genre, reference year (against the year of gold ``published``) and main area
code, each over the gold files that state it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from planwatch.core.data import DocumentMeta
from planwatch.core.normalise import fold
from planwatch.core.units import normalise_unit, same_quantity

FIELDS = (
    "kind",
    "measure",
    "year",
    "period_start",
    "unit",
    "comparator",
    "binding",
    "value",
    "jurisdiction",
)
# Also over located matches, and in ``field_accuracy`` after FIELDS: whether the indicator is
# the gold's exactly (after normalise_name). The strict match asks only for a similar name, so a
# figure named after the whole (城乡居民人均可支配收入 for the rural figure) scores as right; this
# says how often the name itself is the gold's.
NAME_FIELD = "name"
# Document-level fields scored against a gold file's ``genre``, ``published`` (its
# year against the reference year) and ``area_code``.
DOC_FIELDS = ("genre", "reference_year", "area_code")
_NAME_JUNK = re.compile(r"[\s\"'“”‘’《》()（）\[\]【】,，、.。:：;；\-—·]+")


def normalise_name(name: str | None) -> str:
    """An indicator name reduced for comparison (no punctuation, brackets or spaces)."""
    if not name:
        return ""
    return _NAME_JUNK.sub("", fold(name).translate(str.maketrans("（）％", "()%"))).upper()


def similar_names(a: str | None, b: str | None) -> bool:
    """Whether two indicator names are similar enough to be the same indicator (see module doc)."""
    x, y = normalise_name(a), normalise_name(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) >= 2 and short in long_:
        return True
    common = sum((Counter(x) & Counter(y)).values())
    if 2 * common / (len(x) + len(y)) >= 0.6:
        return True
    m = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return m.size >= 4 and m.size >= 0.6 * len(short)


def _unit_of(u: Any) -> str | None:
    # A unit is compared normalised (GOLD_SPEC: "as printed, normalised"), in either script:
    # a gold 項 copied from a traditional page is the unit 项.
    if u in (None, ""):
        return None
    printed = fold(str(u))
    return normalise_unit(printed) or printed


def same_value(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a prediction's value equals a gold value after unit scaling ("located")."""
    try:
        pv, gv = float(pred["value"]), float(gold["value"])
    except (KeyError, TypeError, ValueError):
        return False
    return same_quantity(pv, _unit_of(pred.get("unit")), gv, _unit_of(gold.get("unit")))


def _overlaps(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    gs = int(gold["start"])
    ge = gs + len(gold["value_text"])
    return int(pred["start"]) < ge and gs < int(pred["end"])


def _area_name(fact: dict[str, Any]) -> str | None:
    name = fact.get("jurisdiction")
    return fold(name) if name else name


def _field_equal(name: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if name == "jurisdiction":
        return _area_name(pred) == _area_name(gold)
    if name == "value":
        return same_value(pred, gold)
    if name == "unit":
        return _unit_of(pred.get("unit")) == _unit_of(gold.get("unit"))
    if name == "comparator":
        return (pred.get("comparator") or "eq") == (gold.get("comparator") or "eq")
    return pred.get(name) == gold.get(name)


def _strict(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return all(_field_equal(f, pred, gold) for f in ("kind", "measure", "year")) and similar_names(
        pred.get("indicator"), gold.get("indicator")
    )


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold fact without a strict match, with the nearest prediction and how it differs."""

    doc: str
    gold: dict[str, Any]
    nearest: dict[str, Any] | None
    differs: tuple[str, ...]  # fields that differ from the nearest ("location" if none overlaps)


@dataclass(frozen=True, slots=True)
class ScoreReport:
    """The figures of one scoring run (see the module doc for definitions).

    ``by_genre`` holds the same headline figures per gold genre; ``documents``
    the document-level accuracy (``{field: {"right", "total", "accuracy"}}``) and
    ``document_errors`` the documents where a field differs (empty without
    predicted documents).
    """

    gold_facts: int
    core_gold_facts: int
    predictions_in_passages: int
    located: int
    strict: int
    strict_core: int
    precision: float
    recall: float
    f1: float
    core_recall: float
    field_accuracy: dict[str, float]
    misses: tuple[Miss, ...] = ()
    false_positives: tuple[dict[str, Any], ...] = field(default=())
    by_genre: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    document_errors: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """A few readable lines with the headline figures."""
        acc = ", ".join(f"{k} {v:.3f}" for k, v in self.field_accuracy.items())
        lines = [
            f"gold {self.gold_facts} (core {self.core_gold_facts}), predictions in passages "
            f"{self.predictions_in_passages}",
            f"located {self.located}, strict {self.strict}",
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"core recall {self.core_recall:.3f}",
            f"field accuracy over located: {acc}",
        ]
        if self.documents:
            docs = ", ".join(f"{k} {v['accuracy']:.3f}" for k, v in self.documents.items())
            lines.append(f"document accuracy: {docs}")
        return "\n".join(lines)


def load_gold(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The gold files' JSON objects."""
    return [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass(slots=True)
class _Tally:
    """Counts of a scoring run (all documents, or one genre's)."""

    gold: int = 0
    core: int = 0
    predicted: int = 0
    located: int = 0
    strict: int = 0
    strict_core: int = 0
    fields: Counter[str] = field(default_factory=Counter)

    def add(self, other: _Tally) -> None:
        for name in ("gold", "core", "predicted", "located", "strict", "strict_core"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.fields.update(other.fields)

    def figures(self) -> dict[str, Any]:
        precision = _ratio(self.strict, self.predicted)
        recall = _ratio(self.strict, self.gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "gold_facts": self.gold,
            "core_gold_facts": self.core,
            "predictions_in_passages": self.predicted,
            "located": self.located,
            "strict": self.strict,
            "strict_core": self.strict_core,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "core_recall": _ratio(self.strict_core, self.core),
            "field_accuracy": {
                f: _ratio(self.fields[f], self.located) for f in (*FIELDS, NAME_FIELD)
            },
        }


def _nearest(preds: list[dict[str, Any]], gf: dict[str, Any], pick: list[int], over: list[int]):
    if pick:
        return preds[pick[0]]
    if over:
        return preds[over[0]]
    i = min(
        range(len(preds)),
        key=lambda i: abs(int(preds[i]["start"]) - int(gf["start"])),
        default=None,
    )
    return preds[i] if i is not None else None


def _miss(doc: str, gf: dict[str, Any], nearest: dict[str, Any] | None) -> Miss:
    if nearest is None or not _overlaps(nearest, gf):
        return Miss(doc, gf, nearest, ("location",))
    fields = FIELDS if "jurisdiction" in nearest else FIELDS[:-1]
    differs = tuple(f for f in fields if not _field_equal(f, nearest, gf))
    if not similar_names(nearest.get("indicator"), gf.get("indicator")):
        differs += ("indicator",)
    return Miss(doc, gf, nearest, differs)


def _score_doc(
    g: dict[str, Any], preds_of_doc: list[dict[str, Any]], misses: list[Miss]
) -> tuple[_Tally, list[dict[str, Any]]]:
    """One gold file against its document's predictions: the tally and the unmatched predictions."""
    tally = _Tally()
    passages = [(int(p["start"]), int(p["end"])) for p in g.get("passages", [])]
    preds = [p for p in preds_of_doc if any(s <= int(p["start"]) < e for s, e in passages)]
    tally.predicted = len(preds)
    used: set[int] = set()
    strict_used: set[int] = set()
    for raw in sorted(g["facts"], key=lambda f: int(f["start"])):
        gf = raw if raw.get("jurisdiction") else {**raw, "jurisdiction": g.get("jurisdiction")}
        tally.gold += 1
        core = bool(gf.get("core"))
        tally.core += core
        overlapping = [i for i, p in enumerate(preds) if i not in used and _overlaps(p, gf)]
        located = [i for i in overlapping if same_value(preds[i], gf)]
        strict = [i for i in located if _strict(preds[i], gf)]
        pick = strict or located
        if pick:
            i = min(pick, key=lambda i: abs(int(preds[i]["start"]) - int(gf["start"])))
            used.add(i)
            tally.located += 1
            for f in FIELDS:
                tally.fields[f] += _field_equal(f, preds[i], gf)
            tally.fields[NAME_FIELD] += normalise_name(preds[i].get("indicator")) == normalise_name(
                gf.get("indicator")
            )
            if strict:
                strict_used.add(i)
                tally.strict += 1
                tally.strict_core += core
                continue
        misses.append(_miss(g["doc"], gf, _nearest(preds, gf, pick, overlapping)))
    return tally, [p for i, p in enumerate(preds) if i not in strict_used]


def _doc_value(name: str, gold: dict[str, Any]) -> Any:
    if name == "reference_year":
        published = gold.get("published")
        return int(str(published)[:4]) if published else None
    return gold.get(name)


def document_fields(meta: DocumentMeta) -> dict[str, Any]:
    """What the describe stage decided of a document, as :func:`score_documents` reads it
    (``DOC_FIELDS``: its genre, reference year and area code)."""
    return {
        "genre": meta.doc_type.value,
        "reference_year": meta.reference_year,
        "area_code": meta.area.code if meta.area else None,
    }


def score_documents(
    golds: Iterable[dict[str, Any]], documents: Mapping[str, Mapping[str, Any]]
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Document-level accuracy of ``documents`` (name -> genre, reference_year, area_code).

    Each field counts over the gold files that state it (and whose document was
    predicted); returns the figures per field and the documents that differ.
    """
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    for g in golds:
        doc = documents.get(g["doc"])
        if doc is None:
            continue
        for name in DOC_FIELDS:
            expected = _doc_value(name, g)
            if expected is None:
                continue
            total[name] += 1
            if doc.get(name) == expected:
                right[name] += 1
            else:
                errors.append(
                    {"doc": g["doc"], "field": name, "gold": expected, "predicted": doc.get(name)}
                )
    figures = {
        name: {
            "right": right[name],
            "total": total[name],
            "accuracy": _ratio(right[name], total[name]),
        }
        for name in DOC_FIELDS
        if total[name]
    }
    return figures, errors


def score(
    predictions: Iterable[dict[str, Any]],
    gold_paths: Iterable[Path],
    documents: Mapping[str, Mapping[str, Any]] | None = None,
) -> ScoreReport:
    """Score fact records (DESIGN.md field names) against the gold files given.

    ``documents`` (file name -> ``genre``, ``reference_year``, ``area_code``), when
    given, is scored against the gold files' document-level fields.
    """
    golds = load_gold(gold_paths)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for p in predictions:
        by_doc.setdefault(str(p["doc"]), []).append(p)
    total = _Tally()
    genres: dict[str, _Tally] = {}
    misses: list[Miss] = []
    false_pos: list[dict[str, Any]] = []
    for g in golds:
        tally, unmatched = _score_doc(g, by_doc.get(g["doc"], []), misses)
        total.add(tally)
        genres.setdefault(str(g.get("genre") or "unknown"), _Tally()).add(tally)
        false_pos.extend(unmatched)
    doc_figures, doc_errors = score_documents(golds, documents) if documents else ({}, [])
    return ScoreReport(
        **total.figures(),
        misses=tuple(misses),
        false_positives=tuple(false_pos),
        by_genre={k: genres[k].figures() for k in sorted(genres)},
        documents=doc_figures,
        document_errors=tuple(doc_errors),
    )
