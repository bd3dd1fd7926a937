"""Evaluations computed once per area and kept in the store until the area changes.

``planwatch evaluate --all``, ``export evaluations``, ``export sqlite``, the
web app's overview and compare page all need every area's evaluation; computed
on demand that costs a minute at 5,000 documents. Here each area is evaluated
through :mod:`planwatch.evaluate`'s public functions, the result stored
(:mod:`planwatch.store.evalstore`) with the store version it saw, and later
reads take the stored rows: only areas a newer document or correction touched
(or never evaluated, or evaluated by other code — see :data:`FORMAT`) are
computed again.

:class:`StoredAreaEvaluation` answers like :class:`AreaEvaluation` for what
side-by-side lists and exports use (area, plan, as-of, summary, ``to_dict()``),
from the stored JSON.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

import planwatch
from planwatch.core.errors import PlanwatchError
from planwatch.core.lifeline import leave_with_parent
from planwatch.describe.areas import is_under
from planwatch.evaluate import AreaEvaluation, codec, resolve_area
from planwatch.evaluate.evaluate import GROUP, evaluate_groups
from planwatch.store.evalrefs import facts_by_id, sources_by_id
from planwatch.store.evalstore import (
    EvaluationRecord,
    as_of_key,
    evaluation_detail,
    evaluation_whole,
    note_changes,
    packed,
    save_evaluations,
    stored_evaluations,
    unpack,
)
from planwatch.store.pages import area_codes_with_documents, store_version
from planwatch.store.repo import Store

log = logging.getLogger(__name__)

PACKAGE = Path(planwatch.__file__).parent
# What an evaluation depends on besides the store: the evaluation code, the
# catalog (core flags, directions) and the evaluation word lists.
_FINGERPRINTED = ("evaluate/*.py", "data/catalog.toml", "data/evaluation_words.toml")


def fingerprint() -> str:
    """The format stamp of stored evaluations: changes when the code or data that
    judge them change (a local catalog file included), so old rows are recomputed."""
    h = hashlib.sha256(getattr(planwatch, "__version__", "").encode())
    files = sorted(p for pattern in _FINGERPRINTED for p in PACKAGE.glob(pattern))
    local = os.environ.get("PLANWATCH_CATALOG")
    if local and Path(local).is_file():
        files.append(Path(local))
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


FORMAT = fingerprint()


def row_anchor(row: Any) -> str:
    """An evaluation row's anchor on its area page (a permalink: /areas/CODE#ANCHOR).

    Named after the target fact when there is one (stable while the documents
    stay), else after the indicator and the target's year.
    """
    if getattr(row, "target_fact_id", None):
        return f"t{row.target_fact_id}"
    return f"t-{row.indicator_id or 'x'}-{row.target_year or ''}-{row.scope}"


def _cells(ev: AreaEvaluation) -> dict[str, dict[str, Any]]:
    """Indicator id -> the status cell of the compare page (a plan target wins over
    a one-year target of the same indicator)."""
    out: dict[str, dict[str, Any]] = {}
    for r in ev.rows:
        if r.indicator_id and (r.indicator_id not in out or out[r.indicator_id]["scope"] != "plan"):
            out[r.indicator_id] = {
                "status": r.status.value,
                "indicator": r.indicator,
                "core": bool(r.core),
                "scope": r.scope,
                "anchor": row_anchor(r),
                "explanation": r.explanation,
            }
    return out


def record_of(ev: AreaEvaluation, as_of: int | None) -> EvaluationRecord:
    """The stored form of one evaluation (``as_of`` as asked: None for the latest)."""
    return EvaluationRecord(
        area_code=ev.area.code,
        area_name=ev.area.name,
        as_of_key=as_of_key(as_of),
        plan_doc_id=ev.plan.id if ev.plan else None,
        plan_name=ev.plan.name if ev.plan else None,
        plan_period=ev.plan.when if ev.plan else None,
        as_of=ev.as_of,
        counts=dict(ev.summary.to_record()),
        summary_line=ev.summary_line(),
        cells=_cells(ev),
        detail=ev.to_dict(),
        whole=codec.to_json(ev, by_id=True),
    )


def evaluate_batch(
    store: Store, codes: Sequence[str], as_of: int | None = None
) -> Iterator[tuple[str, AreaEvaluation | PlanwatchError]]:
    """(code, evaluation or the error it raised) for each of ``codes``: what
    :func:`planwatch.evaluate.evaluate_area` gives for each, a group of areas read at a
    time (:func:`planwatch.evaluate.evaluate.evaluate_groups`, which ``evaluate_many``
    reads too)."""
    return evaluate_groups(store, codes, as_of=as_of)


@dataclass(frozen=True, slots=True)
class Refreshed:
    """What :func:`refresh` did: evaluations computed (kept in memory too when the
    store is read-only), and areas whose evaluation failed, with why."""

    computed: dict[str, EvaluationRecord] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    saved: bool = True


def _note(store: Store) -> None:
    try:
        note_changes(store)
    except Exception as exc:  # a read-only copy: its stored rows are read as they are
        log.debug("changes not noted: %s", exc)


def stale_codes(
    store: Store, codes: Sequence[str] | None = None, as_of: int | None = None
) -> list[str]:
    """Areas (of ``codes``, else all with documents) whose stored evaluation is
    missing or no longer current."""
    wanted = list(codes) if codes is not None else area_codes_with_documents(store)
    have = stored_evaluations(store, FORMAT, codes=wanted, as_of=as_of, cells=False)
    return [c for c in wanted if c not in have or not have[c].current]


def refresh(
    store: Store,
    codes: Sequence[str] | None = None,
    as_of: int | None = None,
    *,
    limit: int | None = None,
    skip: frozenset[str] = frozenset(),
    evaluate: Callable[..., AreaEvaluation] | None = None,
    parallel: bool = True,
) -> Refreshed:
    """Evaluate and store the areas (of ``codes``, else every area with documents)
    whose stored evaluation is missing or stale; at most ``limit`` of them, none of
    ``skip`` (areas that failed before). ``evaluate`` (one area at a time, as
    ``evaluate_area``) replaces :func:`evaluate_batch`. With ``parallel``, at least
    :data:`PARALLEL_FROM` areas are spread over :func:`parallel_workers` processes."""
    _note(store)
    todo = [c for c in stale_codes(store, codes, as_of) if c not in skip][:limit]
    if not todo:
        return Refreshed()
    stamp = store_version(store)  # before computing: anything newer makes these stale
    saving = _Saving(store, stamp)
    if parallel and evaluate is None and len(todo) >= PARALLEL_FROM and _shared(store.url):
        workers = parallel_workers()
        failed = _records_in_processes(store.url, todo, as_of, workers, saving.add)
    else:
        computed, failed = _records(store, todo, as_of, evaluate)
        saving.add(computed)
    return Refreshed(dict(sorted(saving.computed.items())), failed, saving.saved)


class _Saving:
    """Evaluations stored as they are computed, a chunk of areas at a time (each in a
    transaction of its own), all stamped with the store version read before computing:
    while the workers compute the next chunks, not all at the end (storing a whole
    store's evaluations after the last worker ended was a second of wall time at
    20,000 documents with one core idle). Once the store refuses a write (a read-only
    copy), the rest are only kept in memory."""

    __slots__ = ("computed", "saved", "stamp", "store")

    def __init__(self, store: Store, stamp: tuple[int, int]) -> None:
        self.store = store
        self.stamp = stamp
        self.computed: dict[str, EvaluationRecord] = {}
        self.saved = True

    def add(self, records: dict[str, EvaluationRecord]) -> None:
        self.computed.update(records)
        if self.saved and records:
            self.saved = save_evaluations(self.store, records.values(), self.stamp, FORMAT)


def _records(
    store: Store, codes: Sequence[str], as_of: int | None, evaluate: Callable | None = None
) -> tuple[dict[str, EvaluationRecord], dict[str, str]]:
    """(the stored form of each area's evaluation, why each failed one failed)."""
    computed: dict[str, EvaluationRecord] = {}
    failed: dict[str, str] = {}
    for code, ev in _evaluations(store, codes, as_of, evaluate):
        if isinstance(ev, PlanwatchError):
            failed[code] = str(ev)
            log.warning("evaluation of %s failed: %s", code, ev)
        else:
            computed[code] = record_of(ev, as_of)
    return computed, failed


# A first evaluation of a whole store (a minute of CPU at 5,000 documents) is spread
# over processes from this many stale areas on; fewer are computed in the caller.
PARALLEL_FROM = 256


def parallel_workers() -> int:
    """Processes for a large evaluation: the cores this process may use, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def _shared(url: str) -> bool:
    """Whether other processes can open the store at ``url`` (not an in-memory one)."""
    return ":memory:" not in url and url not in ("sqlite://", "sqlite:///")


def _records_of_url(
    url: str, codes: Sequence[str], as_of: int | None
) -> tuple[dict[str, EvaluationRecord], dict[str, str]]:
    """:func:`_records` in a worker process, on its own connection to the store; the
    records handed back packed as they are stored (made here, in parallel)."""
    with Store(url) as store:
        computed, failed = _records(store, codes, as_of)
    done = {code: packed(r) for code, r in computed.items()}
    if not gc.isenabled():  # a worker (:func:`_start_worker`): the chunk's cycles, at once
        del computed
        gc.collect()
    return done, failed


def _start_worker(parent: int) -> None:
    """A worker process of :func:`_records_in_processes`: gone with ``parent``, and with
    Python's cyclic garbage collector off while it evaluates (it collects once after each
    chunk of areas, :func:`_records_of_url`). An area's evaluation makes some hundred
    thousand short-lived objects, nearly all freed by their reference counts; the
    collector, run every 700 allocations over everything young, was a sixth of a worker's
    CPU at 20,000 documents (gc.callbacks: 1.6 of 9.1 s over 232 areas). What the worker
    inherited (modules, catalog, area table) is frozen out of the collections."""
    leave_with_parent(parent)
    quiet_collector()


def quiet_collector() -> None:
    """The garbage collector as a worker runs it (:func:`_start_worker`): what this
    process holds now frozen out of collections, and no automatic collection."""
    gc.freeze()
    gc.disable()


def _records_in_processes(
    url: str,
    codes: Sequence[str],
    as_of: int | None,
    workers: int,
    done: Callable[[dict[str, EvaluationRecord]], None],
) -> dict[str, str]:
    """:func:`_records` of ``codes`` over ``workers`` processes (chunks of areas in code
    order, each read and judged by one process), each chunk's records handed to ``done``
    as it comes back (in code order); returns why each failed area failed."""
    if workers < 2:
        computed, failed = _records_of_url(url, codes, as_of)
        done(computed)
        return failed
    method = _start_method()
    failed: dict[str, str] = {}
    if method == "fork":  # the first area here: what every area loads, loaded once
        computed, failed = _records_of_url(url, codes[:1], as_of)
        done(computed)
        codes = codes[1:]
    chunks = _chunks(codes, workers)
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(  # workers gone with this process if it is killed hard
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(os.getpid(),),
    ) as pool:
        for records, why in pool.map(_records_of_url, repeat(url), chunks, repeat(as_of)):
            done(records)
            failed.update(why)
    return failed


def _chunks(codes: Sequence[str], workers: int) -> list[list[str]]:
    """``codes`` in chunks for ``workers`` processes, in code order: several a worker,
    each at least a group (one read each) until the last round, whose areas go in chunks
    a quarter of that size, so the workers end together (a chunk of 64 areas is a second of CPU
    at 20,000 documents: one worker ending a whole chunk after the other was most of the
    gap between the wall time and half the CPU time on two cores)."""
    size = max(GROUP, -(-len(codes) // (workers * 8)))
    tail = max(0, len(codes) - workers * size) // size * size  # where the last round begins
    small = max(1, size // 4)
    bounds = [*range(0, tail, size), *range(tail, len(codes), small)]
    return [list(codes[i:j]) for i, j in zip(bounds, [*bounds[1:], len(codes)], strict=True)]


def _start_method() -> str:
    """Fork (the workers start warm: modules, catalog and area table loaded, about a
    second of CPU each) from a process with one thread, as ``evaluate --all`` is; spawn
    from a server's (a fork would copy its threads' locks mid-use)."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _evaluations(
    store: Store, codes: Sequence[str], as_of: int | None, evaluate: Callable | None
) -> Iterator[tuple[str, AreaEvaluation | PlanwatchError]]:
    if evaluate is None:
        yield from evaluate_batch(store, codes, as_of)
        return
    for code in codes:
        try:
            yield code, evaluate(store, code, as_of=as_of)
        except PlanwatchError as exc:
            yield code, exc


def _codes_within(store: Store, parent: str | None) -> list[str]:
    codes = area_codes_with_documents(store)
    if parent is None:
        return codes
    top = resolve_area(store, parent).code
    return [c for c in codes if c == top or is_under(c, top)]


def current_evaluations(
    store: Store, *, parent: str | None = None, as_of: int | None = None, detail: bool = False
) -> list[StoredAreaEvaluation]:
    """Every area's current evaluation (or ``parent``'s and its areas'), in code order:
    the stale ones computed and stored first. What ``evaluate --all`` prints; with
    ``detail`` each whole evaluation is read at once (else on ``to_dict()``)."""
    codes = _codes_within(store, parent)
    done = refresh(store, codes, as_of)
    if done.failed:
        raise PlanwatchError(
            "; ".join(f"evaluation of {c} failed: {why}" for c, why in done.failed.items())
        )
    stored = stored_evaluations(store, FORMAT, codes=codes, as_of=as_of, detail=detail, cells=False)
    out = []
    for code in codes:
        rec = stored.get(code) if done.saved else done.computed.get(code) or stored.get(code)
        if rec is not None:
            out.append(StoredAreaEvaluation(rec, store))
    return out


def evaluations_page(
    store: Store,
    *,
    parent: str | None = None,
    as_of: int | None = None,
    limit: int = 100,
    offset: int = 0,
    full: bool = True,
) -> tuple[list[dict[str, Any]], int]:
    """One page of :func:`current_evaluations` (areas in code order), each evaluation
    whole as ``AreaEvaluation.to_dict()`` gives it (``full``) or as :func:`summary_of`
    gives it, and how many areas there are: only the page's areas are brought up to date
    and read (the API's list)."""
    codes = _codes_within(store, parent)
    page = codes[offset : offset + limit]
    done = refresh(store, page, as_of, parallel=False)  # a server's request: no processes
    stored = stored_evaluations(store, FORMAT, codes=page, as_of=as_of, detail=full, cells=False)
    out = []
    for code in page:
        rec = stored.get(code) if done.saved else done.computed.get(code) or stored.get(code)
        if rec is not None and code not in done.failed:
            out.append(StoredAreaEvaluation(rec, store).to_dict() if full else summary_of(rec))
    return out, len(codes)


def summary_of(rec: EvaluationRecord) -> dict[str, Any]:
    """What a list of many areas' evaluations shows of one: the keys of
    ``AreaEvaluation.to_dict()`` that say which plan and how it stands (the targets,
    by category, are on the area's own endpoint). Read from the stored row's columns,
    without unpacking the whole evaluation: a page of 100 areas whole was 9.7 MB at
    20,000 documents."""
    return {
        "area": rec.area_name,
        "area_code": rec.area_code,
        "plan": rec.plan_name,
        "plan_period": rec.plan_period,
        "as_of": rec.as_of,
        "summary": dict(rec.counts),
        "summary_line": rec.summary_line or "",
    }


def stored_whole(
    store: Store, code: str, as_of: int | None = None, *, stale: bool = True
) -> tuple[AreaEvaluation | None, bool]:
    """(the stored whole evaluation of one area, or None; whether it is current): what
    an area page shows without computing. None when there is none, when it is stale
    and ``stale`` is false, or when it was written by other code and cannot be read
    (the caller computes it)."""
    text, current = evaluation_whole(store, FORMAT, code, as_of)
    if text is None or not (current or stale):
        return None, current
    try:
        found = codec.from_json(
            text, lambda ids: facts_by_id(store, ids), lambda ids: sources_by_id(store, ids)
        )
        return found, current
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("stored evaluation of %s not readable: %s", code, exc)
        return None, False


# ---- the stored JSON, answering like an AreaEvaluation ---------------------------


@dataclass(frozen=True, slots=True)
class _Named:
    name: str | None
    code: str | None = None
    when: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class _Summary:
    counts: dict[str, int]

    def to_record(self) -> dict[str, int]:
        return dict(self.counts)


@dataclass(frozen=True, slots=True)
class StoredAreaEvaluation:
    """A stored evaluation as side-by-side lists and exports read an AreaEvaluation."""

    record: EvaluationRecord
    store: Store | None = None  # where ``to_dict()`` reads the whole evaluation

    @property
    def area(self) -> _Named:
        return _Named(self.record.area_name, self.record.area_code)

    @property
    def plan(self) -> _Named | None:
        r = self.record
        if r.plan_name is None:
            return None
        return _Named(r.plan_name, when=r.plan_period, id=r.plan_doc_id)

    @property
    def as_of(self) -> int | None:
        return self.record.as_of

    @property
    def summary(self) -> _Summary:
        return _Summary(self.record.counts)

    def summary_line(self) -> str:
        return self.record.summary_line or ""

    def to_dict(self) -> dict[str, Any]:
        """The whole evaluation, as ``AreaEvaluation.to_dict()`` gave it."""
        if self.record.detail is not None:
            return self.record.detail
        if self.record.packed is not None:  # computed in a worker, not stored
            return unpack(self.record.packed[0])
        found = None
        if self.store is not None:
            found = evaluation_detail(self.store, self.record.area_code, self.record.as_of_key)
        if found is None:
            raise PlanwatchError(f"the evaluation of {self.record.area_code} is not stored")
        return found


__all__ = [
    "FORMAT",
    "Refreshed",
    "StoredAreaEvaluation",
    "current_evaluations",
    "evaluate_batch",
    "evaluations_page",
    "fingerprint",
    "record_of",
    "refresh",
    "row_anchor",
    "stale_codes",
    "stored_whole",
    "summary_of",
]
