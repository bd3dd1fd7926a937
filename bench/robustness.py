"""How much of the score survives real-page flattening: set × transformation → F1.

For the gold sets we may develop on (the devcorpus ``dev`` split and the ``dev`` halves of
the composed sets, eval9/plans9's from round 12, eval10/plans10's from round 13,
eval11/plans11's from round 14; never check files, never held halves), write each
document transformed by each of ``bench/perturb.py``'s transformations (gold remapped),
ingest the original and every transformed copy into throwaway stores, score each set, and
print one table: F1, located share, kind and year accuracy on located facts, the F1 drop
from the original, the documents' reference year right, and the facts read from inserted
chrome (which should be none).

    .venv/bin/python bench/robustness.py --seed 1 --workers 2 [--json out.json]
    .venv/bin/python bench/robustness.py --ops wrap,web --sets devcorpus,eval7

An op may be a combination joined by ``+`` (``wrap+pages`` is a PDF text layer).

``--in-process`` runs the pipeline's analysis in process instead of ingesting into stores
(the same facts and document descriptions, no store written: minutes, not hours) and adds a
row per transformation over every set together (strict matches of all their gold facts):

    .venv/bin/python bench/robustness.py --in-process --workers 2

``--docs`` measures only what the describe stage decides of each document — its genre,
reference year and area against the gold's ``genre``, ``published`` year and
``area_code`` — in process (no store: seconds, not minutes), over all development
documents together, one row per transformation; ``--misses`` lists the documents that
differ (development documents only):

    .venv/bin/python bench/robustness.py --docs [--misses] [--ops original,notitle,repost]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import perturb

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COMPOSED = ROOT / "bench" / "composed"
# Composed sets whose dev halves are for development (never a held half; eval9/plans9's dev
# halves from round 12, eval10/plans10's from round 13, eval11/plans11's and real1/real2's from round 14,
# eval12/plans12's and real3/real4/real5's from round 15, real6/real7/heads1's from round 17, real8/real9's from round 17's end, real10/real11/real12's from round 19's end, real13/real14/real15's from round 20's end,
# real16/real17/real18's from round 21, real19/real20/real21's and real22/real23/real24's from round 23,
# real25/real26/real27's from round 24, developed on in round 25; real28/real29/real30/real31's
# from round 25: written blind, real28/real29's developed on in its second half; real32/real34/real35's from
# round 26: written blind, real34's developed on in round 27, real32's in round 28; real36's from round 27:
# written blind, developed on in rounds 27-28; real38's from round 28: written blind, not developed on;
# real39's, real40's and real41's from round 29: written blind, real40's developed on for one
# rule; real42's, real43's and real44's from round 30: written blind, developed on in its second half;
# real45's, real46's and real47's from round 30's end: written blind, real47's developed on for one
# rule; real48's to real57's from round 31: written blind, real48/49/51/52/53/54/56's developed on;
# real58's and real59's from round 31's end, real59's developed on in round 32; real60's to real75's
# from round 32: written blind, each developed on after its blind scoring; real77's to real79's from
# round 32's end: written blind, real79's developed on for one regression; real80's to real85's
# from round 33: written blind, each developed on after its blind scoring; real86's to real89's
# from round 33's end: written blind, real86's and real88's developed on for a few rules; real90's to
# real99's from round 34: written blind, real93/97/98's not developed on; real100's to real103's
# from round 34's end: written blind, real101/102's not developed on; real104's to real121's from
# round 35: written blind, each developed on after its blind scoring; real122's to real125's from
# round 35's end: written blind, not developed on; real126's to real130's from round 36: written
# blind, real127/128's developed on).
COMPOSED_SETS = (
    "eval",
    "plans",
    "eval2",
    "mixed2",
    "eval3",
    "mixed3",
    "eval4",
    "plans4",
    "eval5",
    "plans5",
    "eval6",
    "plans6",
    "eval7",
    "plans7",
    "eval8",
    "plans8",
    "eval9",
    "plans9",
    "eval10",
    "plans10",
    "eval11",
    "plans11",
    "eval12",
    "plans12",
    "real1",
    "real2",
    "real3",
    "real4",
    "real5",
    "real6",
    "real7",
    "heads1",
    "real8",
    "real9",
    "real10",
    "real11",
    "real12",
    "real13",
    "real14",
    "real15",
    "real16",
    "real17",
    "real18",
    "real19",
    "real20",
    "real21",
    "real22",
    "real23",
    "real24",
    "real25",
    "real26",
    "real27",
    "real28",
    "real29",
    "real30",
    "real31",
    "real32",
    "real34",
    "real35",
    "real36",
    "real38",
    "real39",
    "real40",
    "real41",
    "real42",
    "real43",
    "real44",
    "real45",
    "real46",
    "real47",
    "real48",
    "real49",
    "real50",
    "real51",
    "real52",
    "real53",
    "real54",
    "real55",
    "real56",
    "real57",
    "real58",
    "real59",
    "real60",
    "real61",
    "real62",
    "real63",
    "real64",
    "real65",
    "real66",
    "real67",
    "real68",
    "real69",
    "real70",
    "real71",
    "real72",
    "real73",
    "real74",
    "real75",
    "real77",
    "real78",
    "real79",
    "real80",
    "real81",
    "real82",
    "real83",
    "real84",
    "real85",
    "real86",
    "real87",
    "real88",
    "real89",
    "real90",
    "real91",
    "real92",
    "real93",
    "real94",
    "real95",
    "real96",
    "real97",
    "real98",
    "real99",
    "real100",
    "real101",
    "real102",
    "real103",
    "real104",
    "real105",
    "real106",
    "real107",
    "real108",
    "real109",
    "real110",
    "real111",
    "real112",
    "real113",
    "real114",
    "real115",
    "real116",
    "real117",
    "real118",
    "real119",
    "real120",
    "real121",
    "real122",
    "real123",
    "real124",
    "real125",
    "real126",
    "real127",
    "real128",
    "real129",
    "real130",
)
DEFAULT_OPS = (
    "original",
    "wrap",
    "pages",
    "spaces",
    "cells",
    "web",
    "markdown",
    "wrap+pages",
    # Round 12 (bench/perturb_forms.py).
    "thousands",
    "mixdigits",
    "footnotes",
    "midpage",
    "htmlcells",
    "word",
    "unitline",
    # Round 13.
    "newspage",
    "emphasis",
    # Round 14 (bench/perturb_forms2.py).
    "ocr",
    "catalogue",
    # Round 19 (bench/perturb_mirror.py).
    "mirror",
    # Round 21 (bench/perturb_forms2.py).
    "numspace",
    # Round 57 (bench/perturb_forms2.py).
    "digitlines",
)
# What a document says about itself, moved or hidden (round 16, bench/perturb_docs.py), and
# the forms of earlier rounds that touch a document's title or opening: the default of --docs.
DOC_OPS = (
    "original",
    "notitle",
    "chrometitle",
    "repost",
    "newslead",
    "cover",
    "dateend",
    "header",
    "web",
    "catalogue",
    "newspage",
    "wrap+pages",
    "notitle+repost",
    "cover+dateend",
)


def dev_pairs(name: str) -> list[tuple[Path, Path]]:
    """(document, gold) of a set's development files only."""
    folder = SHARED / "devcorpus" if name == "devcorpus" else COMPOSED / name
    with open(folder / "INDEX.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [
        (folder / "docs" / r["doc"], folder / "gold" / f"{Path(r['doc']).stem}.gold.json")
        for r in rows
        if r["split"] == "dev"
    ]


def write_op(sets: dict[str, list[tuple[Path, Path]]], op: str, seed: int, out: Path) -> None:
    """Every set's documents and gold under ``out/docs`` and ``out/<set>/`` transformed."""
    (out / "docs").mkdir(parents=True, exist_ok=True)
    ops = [] if op == "original" else op.split("+")
    for name, pairs in sets.items():
        (out / name).mkdir(exist_ok=True)
        for doc_path, gold_path in pairs:
            with open(doc_path, encoding="utf-8", newline="") as fh:
                text = fh.read()
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            try:
                doc = perturb.perturb(text, gold, ops, seed)
            except perturb.PerturbError as err:  # (a form that cannot apply: left out, said)
                print(f"# {op}: {doc_path.name} left out ({err})", file=sys.stderr)
                continue
            with open(out / "docs" / doc_path.name, "w", encoding="utf-8", newline="") as fh:
                fh.write(doc.text)
            (out / name / gold_path.name).write_text(
                json.dumps(doc.gold, ensure_ascii=False), encoding="utf-8"
            )


def _planwatch(*args: str) -> str:
    exe = Path(sys.executable).with_name("planwatch")
    run = subprocess.run([str(exe), *args], capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise SystemExit(f"planwatch {' '.join(args[:3])}: {run.stderr.strip()[-500:]}")
    return run.stdout


def stored_starts(db: str) -> dict[str, list[int]]:
    """Each document's facts' value offsets, as the store exports them."""
    out: dict[str, list[int]] = {}
    for line in _planwatch("--db", db, "export", "facts", "--format", "jsonl").splitlines():
        f = json.loads(line)
        out.setdefault(f["doc"], []).append(int(f["start"]))
    return out


def chrome_facts(starts: dict[str, list[int]], golds: list[Path]) -> int:
    """Facts whose value lies in chrome the transformation inserted."""
    n = 0
    for g in golds:
        data = json.loads(g.read_text(encoding="utf-8"))
        chrome = data.get("perturb", {}).get("chrome", [])
        n += sum(any(a <= s < b for a, b in chrome) for s in starts.get(data["doc"], ()))
    return n


def score_set(db: str, golds: list[Path], starts: dict[str, list[int]]) -> dict:
    rep = json.loads(_planwatch("--db", db, "score", "store", *map(str, golds), "--json"))
    acc = rep["field_accuracy"]
    docs = rep.get("documents", {})
    ref = next((v for k, v in docs.items() if "year" in k), None)
    return {
        "facts": rep["gold_facts"],
        "strict": rep["strict"],
        "f1": rep["f1"],
        "located": rep["located"] / rep["gold_facts"] if rep["gold_facts"] else 0.0,
        "kind": acc.get("kind", 0.0),
        "year": acc.get("year", 0.0),
        "ref_year": ref["accuracy"] if ref else None,
        "chrome_facts": chrome_facts(starts, golds),
    }


def store_groups(pairs: dict[str, list[tuple[Path, Path]]]) -> list[list[str]]:
    """The sets in groups whose documents' names are all different: a store knows a
    document by its name, and two composed sets may number documents alike (plans4's and
    eval10's c201…)."""
    groups: list[tuple[list[str], set[str]]] = []
    for name, docs in pairs.items():
        names = {d.name for d, _ in docs}
        group = next((g for g in groups if not g[1] & names), None)
        if group is None:
            groups.append(([name], names))
        else:
            group[0].append(name)
            group[1].update(names)
    return [g[0] for g in groups]


def run(sets: list[str], ops: list[str], seed: int, workers: int, tmp: Path) -> dict:
    pairs = {name: dev_pairs(name) for name in sets}
    results: dict[str, dict[str, dict]] = {name: {} for name in sets}
    groups = store_groups(pairs)
    for op in ops:
        for k, group in enumerate(groups):
            out = tmp / op if k == 0 else tmp / f"{op}.{k}"
            write_op({name: pairs[name] for name in group}, op, seed, out)
            db = str(out / "store.db")
            _planwatch(
                "--db", db, "ingest", str(out / "docs"), "--no-progress", "--workers", str(workers)
            )
            starts = stored_starts(db)
            for name in group:
                golds = sorted((out / name).glob("*.gold.json"))
                results[name][op] = score_set(db, golds, starts)
        print(f"# {op} done", file=sys.stderr)
    return results


def _analysed(job: tuple[str, str, str, int]) -> tuple[list[dict], dict, dict] | None:
    """(fact records, description, transformed gold) of one document under one op; None
    where the op cannot apply to it (left out, as :func:`write_op` leaves it out)."""
    from planwatch.pipeline import analyse_text
    from planwatch.score import document_fields

    op, doc_path, gold_path, seed = job
    with open(doc_path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    try:
        doc = perturb.perturb(text, gold, [] if op == "original" else op.split("+"), seed)
    except perturb.PerturbError as err:
        print(f"# {op}: {Path(doc_path).name} left out ({err})", file=sys.stderr)
        return None
    analysed = analyse_text(Path(doc_path).name, doc.text)
    described = document_fields(analysed.document.meta)
    return [f.to_record() for f in analysed.facts], described, doc.gold


def run_in_process(sets: list[str], ops: list[str], seed: int, workers: int, tmp: Path) -> dict:
    """As :func:`run`, the analysis in ``workers`` processes and no store."""
    from concurrent.futures import ProcessPoolExecutor

    from planwatch.score import score

    pairs = {name: dev_pairs(name) for name in sets}
    results: dict[str, dict[str, dict]] = {name: {} for name in sets}
    with ProcessPoolExecutor(max(1, workers)) as pool:
        for op in ops:
            jobs = [(op, str(d), str(g), seed) for name in sets for d, g in pairs[name]]
            done = iter(pool.map(_analysed, jobs, chunksize=8))
            for name in sets:
                records, documents, golds = [], {}, []
                (tmp / op / name).mkdir(parents=True, exist_ok=True)
                for doc_path, gold_path in pairs[name]:
                    got = next(done)
                    if got is None:
                        continue
                    recs, described, gold = got
                    path = tmp / op / name / gold_path.name
                    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
                    records += recs
                    documents[doc_path.name] = described
                    golds.append(path)
                rep = score(records, golds, documents)
                ref = rep.documents.get("reference_year")
                starts: dict[str, list[int]] = {}
                for r in records:
                    starts.setdefault(r["doc"], []).append(int(r["start"]))
                results[name][op] = {
                    "facts": rep.gold_facts,
                    "strict": rep.strict,
                    "f1": rep.f1,
                    "located": rep.located / rep.gold_facts if rep.gold_facts else 0.0,
                    "kind": rep.field_accuracy.get("kind", 0.0),
                    "year": rep.field_accuracy.get("year", 0.0),
                    "ref_year": ref["accuracy"] if ref else None,
                    "chrome_facts": chrome_facts(starts, golds),
                }
            print(f"# {op} done", file=sys.stderr)
    return results


def totals(results: dict, ops: list[str]) -> str:
    """Per transformation, strict matches over every set's gold facts together."""
    lines = ["| op | facts | strict | share | lost to the form |", "|---|---|---|---|---|"]
    base = sum(by_op["original"]["strict"] for by_op in results.values() if "original" in by_op)
    for op in ops:
        facts = sum(by_op[op]["facts"] for by_op in results.values())
        strict = sum(by_op[op]["strict"] for by_op in results.values())
        lost = f"{base - strict}" if "original" in ops and op != "original" else ""
        lines.append(f"| {op} | {facts} | {strict} | {strict / facts:.3f} | {lost} |")
    return "\n".join(lines)


def table(results: dict, ops: list[str]) -> str:
    head = "| set | op | facts | F1 | drop | located | kind | year | ref. year | chrome facts |"
    lines = [head, "|---|---|---|---|---|---|---|---|---|---|"]
    for name, by_op in results.items():
        base = by_op.get("original", {}).get("f1")
        for op in ops:
            r = by_op[op]
            drop = f"{r['f1'] - base:+.3f}" if base is not None and op != "original" else ""
            ref = "" if r["ref_year"] is None else f"{r['ref_year']:.2f}"
            lines.append(
                f"| {name} | {op} | {r['facts']} | {r['f1']:.3f} | {drop} | {r['located']:.3f} "
                f"| {r['kind']:.3f} | {r['year']:.3f} | {ref} | {r['chrome_facts']} |"
            )
    return "\n".join(lines)


def describe_docs(
    sets: list[str], ops: list[str], seed: int
) -> tuple[dict[str, dict], dict[str, list]]:
    """Per op, the document-level figures over every set's development documents (the
    describe stage in process, as the pipeline runs it), and the documents that differ."""
    from planwatch.pipeline import _described
    from planwatch.read.chrome import reading_view
    from planwatch.score import document_fields, score_documents

    pairs = [p for name in sets for p in dev_pairs(name)]
    figures: dict[str, dict] = {}
    misses: dict[str, list] = {}
    for op in ops:
        golds, documents = [], {}
        for doc_path, gold_path in pairs:
            with open(doc_path, encoding="utf-8", newline="") as fh:
                text = fh.read()
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            doc = perturb.perturb(text, gold, [] if op == "original" else op.split("+"), seed)
            key = f"{gold_path.parent.parent.name}/{gold['doc']}"
            meta = _described(reading_view(doc.text, "txt"), gold["doc"], None, None)
            documents[key] = document_fields(meta)
            golds.append({**doc.gold, "doc": key})
        figures[op], misses[op] = score_documents(golds, documents)
    return figures, misses


def docs_table(figures: dict[str, dict]) -> str:
    lines = ["| op | docs | genre | ref. year | area |", "|---|---|---|---|---|"]
    for op, f in figures.items():
        cells = [
            f"{f[k]['accuracy']:.3f} ({f[k]['total'] - f[k]['right']})" if k in f else ""
            for k in ("genre", "reference_year", "area_code")
        ]
        n = max((v["total"] for v in f.values()), default=0)
        lines.append(f"| {op} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="devcorpus," + ",".join(COMPOSED_SETS))
    ap.add_argument("--ops", default=None, help="default: every form (--docs: DOC_OPS)")
    ap.add_argument("--docs", action="store_true", help="document-level figures only")
    ap.add_argument("--misses", action="store_true", help="with --docs: the documents that differ")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    ap.add_argument("--keep", type=Path, help="write the stores and copies here (kept)")
    ap.add_argument("--in-process", action="store_true", help="analyse in process, no store")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    unknown = [s for s in sets if s != "devcorpus" and s not in COMPOSED_SETS]
    if unknown:
        print(f"not a development set: {', '.join(unknown)}", file=sys.stderr)
        return 2
    ops = [o for o in (args.ops or ",".join(DOC_OPS if args.docs else DEFAULT_OPS)).split(",") if o]
    for op in ops:
        if op != "original" and any(o not in perturb.TRANSFORMS for o in op.split("+")):
            print(f"unknown transformation: {op}", file=sys.stderr)
            return 2
    if args.docs:
        figures, misses = describe_docs(sets, ops, args.seed)
        print(f"seed {args.seed}; document-level accuracy (wrong documents in brackets)")
        print(docs_table(figures))
        for op, rows in misses.items() if args.misses else ():
            for r in rows:
                print(f"{op}\t{r['doc']}\t{r['field']}\tgold {r['gold']}\tgot {r['predicted']}")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
        return 0
    runner = run_in_process if args.in_process else run
    if args.keep:
        results = runner(sets, ops, args.seed, args.workers, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="planwatch-robust-") as tmp:
            results = runner(sets, ops, args.seed, args.workers, Path(tmp))
    print(f"seed {args.seed}")
    print(table(results, ops))
    print()
    print(totals(results, ops))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
