"""Scoring predicted facts against gold annotations (GOLD_SPEC.md, "Scoring").

Matching, per document:

* **located**: the prediction's ``[start, end)`` overlaps the gold value's
  characters ``[start, start + len(value_text))`` and the values are equal after
  unit scaling (``4585100 万元`` == ``458.51 亿元``; see
  :func:`planwatch.core.units.same_quantity`);
* **strict**: located, and the same ``kind``, ``measure`` and ``year``, and a
  similar indicator name.

Indicator similarity: both names are normalised (punctuation, quotes, brackets
and spaces removed; full-width made ASCII). They are similar when one contains
the other (the shorter having at least 2 characters), or their character
multisets have a Dice coefficient of at least 0.6 (word order differs:
动工工业项目 / 工业项目动工), or they share a common substring of at least 4
characters covering at least 60% of the shorter name.

Matching is one-to-one: gold facts are taken in text order, each taking the
best unused prediction (strict before located, then nearest start). Recall =
strict matches / gold facts; precision = strict matches / predictions that start
inside a gold passage of their document; F1 their harmonic mean. Per-field
accuracy is over located matches.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from planwatch.core.units import normalise_unit, same_quantity

FIELDS = ("kind", "measure", "year", "period_start", "unit", "comparator", "binding", "value")
_NAME_JUNK = re.compile(r"[\s\"'“”‘’《》()（）\[\]【】,，、.。:：;；\-—·]+")


def normalise_name(name: str | None) -> str:
    """An indicator name reduced for comparison (no punctuation, brackets or spaces)."""
    if not name:
        return ""
    return _NAME_JUNK.sub("", name.translate(str.maketrans("（）％", "()%"))).upper()


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
    if u in (None, ""):
        return None
    return normalise_unit(str(u)) or str(u)


def _same_value(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    try:
        pv, gv = float(pred["value"]), float(gold["value"])
    except (KeyError, TypeError, ValueError):
        return False
    return same_quantity(pv, _unit_of(pred.get("unit")), gv, _unit_of(gold.get("unit")))


def _overlaps(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    gs = int(gold["start"])
    ge = gs + len(gold["value_text"])
    return int(pred["start"]) < ge and gs < int(pred["end"])


def _field_equal(name: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if name == "value":
        return _same_value(pred, gold)
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
    """The figures of one scoring run (see the module doc for definitions)."""

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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """A few readable lines with the headline figures."""
        acc = ", ".join(f"{k} {v:.3f}" for k, v in self.field_accuracy.items())
        return (
            f"gold {self.gold_facts} (core {self.core_gold_facts}), predictions in passages "
            f"{self.predictions_in_passages}\n"
            f"located {self.located}, strict {self.strict}\n"
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"core recall {self.core_recall:.3f}\n"
            f"field accuracy over located: {acc}"
        )


def load_gold(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The gold files' JSON objects."""
    return [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score(predictions: Iterable[dict[str, Any]], gold_paths: Iterable[Path]) -> ScoreReport:
    """Score fact records (DESIGN.md field names) against the gold files given."""
    golds = load_gold(gold_paths)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for p in predictions:
        by_doc.setdefault(str(p["doc"]), []).append(p)
    n_gold = n_core = n_pred = n_loc = n_strict = n_strict_core = 0
    field_hits: Counter[str] = Counter()
    misses: list[Miss] = []
    false_pos: list[dict[str, Any]] = []
    for g in golds:
        doc = g["doc"]
        passages = [(int(p["start"]), int(p["end"])) for p in g.get("passages", [])]
        preds = [
            p for p in by_doc.get(doc, []) if any(s <= int(p["start"]) < e for s, e in passages)
        ]
        n_pred += len(preds)
        used: set[int] = set()
        strict_used: set[int] = set()
        for gf in sorted(g["facts"], key=lambda f: int(f["start"])):
            n_gold += 1
            core = bool(gf.get("core"))
            n_core += core
            overlapping = [i for i, p in enumerate(preds) if i not in used and _overlaps(p, gf)]
            located = [i for i in overlapping if _same_value(preds[i], gf)]
            strict = [i for i in located if _strict(preds[i], gf)]
            pick = strict or located
            if pick:
                i = min(pick, key=lambda i: abs(int(preds[i]["start"]) - int(gf["start"])))
                used.add(i)
                n_loc += 1
                for f in FIELDS:
                    field_hits[f] += _field_equal(f, preds[i], gf)
                if strict:
                    strict_used.add(i)
                    n_strict += 1
                    n_strict_core += core
                    continue
            nearest_i = (
                pick[0]
                if pick
                else overlapping[0]
                if overlapping
                else min(
                    range(len(preds)),
                    key=lambda i: abs(int(preds[i]["start"]) - int(gf["start"])),
                    default=None,
                )
            )
            nearest = preds[nearest_i] if nearest_i is not None else None
            if nearest is None or not _overlaps(nearest, gf):
                differs: tuple[str, ...] = ("location",)
            else:
                differs = tuple(f for f in FIELDS if not _field_equal(f, nearest, gf))
                if not similar_names(nearest.get("indicator"), gf.get("indicator")):
                    differs += ("indicator",)
            misses.append(Miss(doc, gf, nearest, differs))
        false_pos.extend(p for i, p in enumerate(preds) if i not in strict_used)
    precision = _ratio(n_strict, n_pred)
    recall = _ratio(n_strict, n_gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ScoreReport(
        gold_facts=n_gold,
        core_gold_facts=n_core,
        predictions_in_passages=n_pred,
        located=n_loc,
        strict=n_strict,
        strict_core=n_strict_core,
        precision=precision,
        recall=recall,
        f1=f1,
        core_recall=_ratio(n_strict_core, n_core),
        field_accuracy={f: _ratio(field_hits[f], n_loc) for f in FIELDS},
        misses=tuple(misses),
        false_positives=tuple(false_pos),
    )
