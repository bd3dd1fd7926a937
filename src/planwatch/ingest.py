"""Ingest a batch of files into a store: collect, hash, analyse in parallel, store.

A file that cannot be read is reported with its reason and never stops the
batch; each document is stored in one transaction; a file whose content is
already stored is skipped before any analysis (re-ingesting is a no-op) —
unless the user now says something new about it (``--area/--type/--year/
--published`` or its folder's ``metadata.csv``): then its stored text is
derived again with that, as ``planwatch set`` would (status ``rederived``).
"""

from __future__ import annotations

import gc
import glob
import hashlib
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from planwatch.core.data import UserMeta
from planwatch.core.errors import InputError, PlanwatchError, UnsupportedFormatError
from planwatch.core.lifeline import leave_with_parent
from planwatch.core.priority import lower_priority
from planwatch.describe.user import METADATA_FILE, read_metadata_csv
from planwatch.options import Options
from planwatch.pipeline import analyse_bytes
from planwatch.read import SUPPORTED_SUFFIXES, check_suffix, load_file
from planwatch.reresolve import rederive_if_new
from planwatch.store.repo import Store
from planwatch.store.rows import DocRows, to_rows

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What happened to one file of a batch."""

    path: str
    status: str  # "added" | "updated" | "rederived" | "present" | "failed"
    doc_id: int | None = None
    facts: int = 0
    error: str | None = None
    size_bytes: int = 0


@dataclass(frozen=True, slots=True)
class IngestSummary:
    items: tuple[ItemResult, ...]
    seconds: float

    def count(self, *statuses: str) -> int:
        return sum(1 for i in self.items if i.status in statuses)

    @property
    def added(self) -> int:
        return self.count("added", "updated")

    @property
    def present(self) -> int:
        return self.count("present")

    @property
    def rederived(self) -> int:
        """Stored documents derived again with what the user now set (see the module doc)."""
        return self.count("rederived")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def facts(self) -> int:
        return sum(i.facts for i in self.items if i.status in ("added", "updated", "rederived"))

    @property
    def bytes(self) -> int:
        return sum(i.size_bytes for i in self.items)


@dataclass(frozen=True, slots=True)
class _Job:
    path: Path
    sha256: str
    size: int
    user: UserMeta | None = None  # what the user said about the file
    backend: str = "sqlite"  # the store's dialect: the sentence index is made for it


@dataclass(frozen=True, slots=True)
class _Done:
    """A worker's answer: the document as rows to store, or the reason it failed.

    Rows (primitives, JSON already encoded) rather than the analysed objects:
    they cost the storing process little to unpickle and write.
    """

    rows: DocRows | None = None
    error: str | None = None
    seconds: float = 0.0


def collect_paths(args: Iterable[str]) -> tuple[list[Path], list[ItemResult]]:
    """Files named by ``args``: files, folders (searched recursively) and globs.

    Returns the supported files in a stable order, and a failed item for each
    argument that names nothing or names a file of an unsupported type.
    """
    files: list[Path] = []
    problems: list[ItemResult] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            files.append(p)

    for arg in args:
        p = Path(arg)
        if p.is_dir():
            for sub in sorted(p.rglob("*")):
                if sub.is_file() and sub.suffix.lower() in SUPPORTED_SUFFIXES:
                    add(sub)
        elif p.is_file():
            try:
                check_suffix(str(p))
                add(p)
            except UnsupportedFormatError as exc:
                problems.append(ItemResult(str(p), "failed", error=str(exc)))
        elif any(ch in arg for ch in "*?["):
            matches = sorted(glob.glob(arg, recursive=True))
            found = [
                Path(x)
                for x in matches
                if Path(x).is_file() and Path(x).suffix.lower() in SUPPORTED_SUFFIXES
            ]
            if not found:
                problems.append(
                    ItemResult(
                        arg, "failed", error=f"{arg}: no supported files match; check the pattern"
                    )
                )
            for f in found:
                add(f)
        else:
            problems.append(
                ItemResult(arg, "failed", error=f"{arg}: no such file or folder; check the path")
            )
    return files, problems


def _analyse_job(job: _Job, options: Options) -> _Done:
    """Runs in a worker process: never raises, reports failures as text."""
    t0 = time.perf_counter()
    try:
        data = load_file(job.path, options)
        analysed = analyse_bytes(
            data, job.path.name, path=str(job.path.resolve()), options=options, user=job.user
        )
        rows = to_rows(analysed.document, analysed.facts, len(data), backend=job.backend)
        return _Done(rows=rows, seconds=time.perf_counter() - t0)
    except InputError as exc:  # the reader saw the bare name; the user gave a path
        return _Done(error=f"{job.path}: {exc.problem}")
    except PlanwatchError as exc:
        return _Done(error=str(exc))
    except Exception as exc:  # a bug must not stop the batch; say so plainly
        log.exception("internal error on %s", job.path)
        return _Done(
            error=f"{job.path}: internal error while analysing ({type(exc).__name__}: {exc}); "
            "please report it with the file"
        )


def ingest(
    args: Iterable[str],
    store: Store,
    options: Options | None = None,
    *,
    user: UserMeta | None = None,
    on_total: Callable[[int], None] | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders and globs into ``store``; see the module docstring.

    ``user`` is what the user said about every file of the batch; a
    ``metadata.csv`` beside a file says it for that file (``user`` wins where
    both set a field). ``on_total`` is told how many files the batch holds;
    ``on_item`` is called once per file as it finishes (the CLI's progress bar
    listens to both).
    """
    options = options or Options()
    t0 = time.perf_counter()
    files, problems = collect_paths(args)
    sidecars = Sidecars(user)
    problems += [
        ItemResult(sidecar, "failed", error=line)
        for sidecar, line in sidecars.unmatched(args, files)
    ]
    if on_total:
        on_total(len(files) + len(problems))
    results: list[ItemResult] = []

    def report(item: ItemResult) -> None:
        if item.status == "failed":
            log.info("rejected %s", item.error)
        results.append(item)
        if on_item:
            on_item(item)

    for p in problems:
        report(p)

    jobs = _jobs(files, store, options, sidecars, report)

    for job, done in _run(jobs, options):
        if done.error or done.rows is None:
            report(ItemResult(str(job.path), "failed", error=done.error, size_bytes=job.size))
            continue
        n_facts = len(done.rows.facts)
        try:
            outcome = store.add_rows(done.rows)
        except PlanwatchError as exc:
            report(ItemResult(str(job.path), "failed", error=str(exc), size_bytes=job.size))
            continue
        status = "present" if not outcome.added else ("updated" if outcome.superseded else "added")
        report(
            ItemResult(
                str(job.path),
                status,
                doc_id=outcome.doc_id,
                facts=n_facts if outcome.added else 0,
                size_bytes=job.size,
            )
        )
    return IngestSummary(items=tuple(results), seconds=time.perf_counter() - t0)


class _Read(NamedTuple):
    """One file of the batch as read: its hash and size, or why it could not be read."""

    path: Path
    user: UserMeta | None = None
    sha256: str = ""
    size: int = 0
    error: InputError | None = None


def _jobs(
    files: list[Path],
    store: Store,
    options: Options,
    sidecars: Sidecars,
    report: Callable[[ItemResult], None],
) -> list[_Job]:
    """The files to analyse: each read and hashed; one already stored is reported present.

    The store is asked about the whole batch at once (which contents it holds, which
    paths carry what a user set), not twice per file: at 500 files those queries were
    0.8 s of CPU in this process before any worker started.
    """
    read: list[_Read] = []
    for path in files:
        try:
            file_user = sidecars.for_file(path)
            data = load_file(path, options)
        except InputError as exc:
            read.append(_Read(path, error=exc))
            continue
        read.append(_Read(path, file_user, hashlib.sha256(data).hexdigest(), len(data)))
        del data
    hashed = [r for r in read if r.error is None]
    stored = store.stored_contents([r.sha256 for r in hashed])
    resolved = {r.path: str(r.path.resolve()) for r in hashed if r.sha256 not in stored}
    with_settings = store.paths_with_settings(sorted(set(resolved.values())))
    jobs: list[_Job] = []
    backend = store.engine.dialect.name
    for item in read:
        if item.error is not None:
            report(ItemResult(str(item.path), "failed", error=str(item.error)))
            continue
        path, file_user, sha, size = item.path, item.user, item.sha256, item.size
        existing = stored.get(sha)
        if existing is not None:
            report(_present(store, existing, path, file_user, options, size))
            continue
        # A changed file keeps what the user set on its previous version.
        at = resolved[path]
        earlier = store.user_settings_at(at) if at in with_settings else None
        if earlier:
            file_user = file_user.merged_over(earlier) if file_user else earlier
        jobs.append(_Job(path=path, sha256=sha, size=size, user=file_user, backend=backend))
    return jobs


def _present(
    store: Store, doc_id: int, path: Path, user: UserMeta | None, options: Options, size: int
) -> ItemResult:
    """A file whose content is stored: present, or derived again if the user says something new."""
    try:
        done = rederive_if_new(store, doc_id, user, options) if user else None
    except PlanwatchError as exc:
        return ItemResult(str(path), "failed", error=f"{path}: {exc}", size_bytes=size)
    if done is None:
        return ItemResult(str(path), "present", doc_id=doc_id, size_bytes=size)
    facts = sum(done.kinds_after.values())
    return ItemResult(str(path), "rederived", doc_id=doc_id, facts=facts, size_bytes=size)


class Sidecars:
    """The ``metadata.csv`` of each folder, read once, merged under the batch's settings."""

    def __init__(self, batch: UserMeta | None) -> None:
        self.batch = batch
        self._read: dict[Path, dict[str, UserMeta | str] | InputError] = {}

    def for_file(self, path: Path) -> UserMeta | None:
        """What the user said about ``path``; InputError if its folder's sidecar is bad."""
        rows = self._rows(path.parent)
        if isinstance(rows, InputError):
            raise InputError(str(path), f"not read, {rows}")
        own = rows.get(path.name)
        if isinstance(own, str):
            raise InputError(str(path), f"not read, {own}")
        if self.batch:
            return self.batch.merged_over(own)
        return own

    def _rows(self, folder: Path) -> dict[str, UserMeta | str] | InputError:
        if folder not in self._read:
            sidecar = folder / METADATA_FILE
            try:
                self._read[folder] = read_metadata_csv(sidecar) if sidecar.is_file() else {}
            except InputError as exc:
                self._read[folder] = exc
        return self._read[folder]

    def unmatched(self, args: Iterable[str], files: list[Path]) -> list[tuple[str, str]]:
        """(sidecar, one line) for each sidecar row naming no file of its folder (so it
        would be ignored), in the folders of the batch."""
        folders = {p.parent for p in files}
        for arg in args:
            if Path(arg).is_dir():
                folders |= {s.parent for s in Path(arg).rglob(METADATA_FILE) if s.is_file()}
        out = []
        for folder in sorted(folders):
            rows = self._rows(folder)
            if isinstance(rows, InputError):
                continue  # reported with each file of the folder
            sidecar = str(folder / METADATA_FILE)
            out += [
                (sidecar, f"{sidecar}: the row for {name} names no file in {folder}; ignored")
                for name in rows
                if Path(name).name != name or not (folder / name).is_file()
            ]
        return out


# The analysing workers' niceness (Options.nice): a server reading the store gets the CPU
# first and the batch takes the rest. The storing process keeps its priority, so the
# store's write lock is not held longer; with one worker the analysis runs in the
# calling process (which may be the web server itself), never lowered.
INGEST_NICE = 10


def _workers(options: Options, n_jobs: int) -> int:
    wanted = options.workers or os.cpu_count() or 1
    return max(1, min(wanted, n_jobs))


def _warm_before_fork() -> None:
    """Load the analysis stage's word lists, catalog and readers in this process once when
    workers are forked: they inherit it, instead of each loading it again (about 0.45 s CPU
    a worker, measured with bench/scale_bench.py's cold runs)."""
    if multiprocessing.get_start_method() != "fork":
        return  # (spawned workers start empty whatever this process holds)
    from planwatch.scaleout import warm_worker

    warm_worker()


def _start_worker(nice: int, parent: int) -> None:
    """A worker process's start: at ``nice`` lower priority, gone with the ingest
    (``parent``) if that is killed hard (it would otherwise linger, re-parented)."""
    lower_priority(nice)
    leave_with_parent(parent)


def _run(jobs: list[_Job], options: Options) -> Iterator[tuple[_Job, _Done]]:
    """Analyse jobs, in worker processes when there is more than one to do.

    Results come back in the order of ``jobs`` (so documents are numbered in
    the order they were named); at most two jobs per worker are in flight, so
    memory stays bounded however many files the batch holds. With
    ``options.scheduler`` the jobs run on a Dask cluster instead and come back
    as they finish (see ``planwatch.scaleout``).
    """
    if options.scheduler and jobs:
        from planwatch.scaleout import run_on_cluster

        def read(job: _Job) -> tuple[bytes, Path]:
            return load_file(job.path, options), job.path

        for job, rows, error, seconds in run_on_cluster(jobs, options, read):
            yield job, _Done(rows=rows, error=error, seconds=seconds)
        return
    workers = _workers(options, len(jobs))
    if workers == 1:
        for job in jobs:
            yield job, _analyse_job(job, options)
        return
    window: deque[tuple[_Job, Future]] = deque()
    queue = iter(jobs)
    _warm_before_fork()
    nice = INGEST_NICE if options.nice else 0
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(nice, os.getpid())
    ) as pool:

        def fill() -> None:
            while len(window) < 2 * workers:
                job = next(queue, None)
                if job is None:
                    return
                window.append((job, pool.submit(_analyse_job, job, options)))

        # What the warm-up loaded stays out of the workers' garbage collections (they
        # would write to every page of it, copying the pages the fork shares); the
        # first submit forks the workers, then this process collects as before.
        gc.freeze()
        try:
            fill()
        finally:
            gc.unfreeze()
        while window:
            job, fut = window.popleft()
            try:
                done = fut.result()
            except Exception as exc:  # the worker process itself died
                done = _Done(error=f"{job.path}: analysis worker failed: {exc}")
            fill()
            yield job, done
