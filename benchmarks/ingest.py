"""Ingestion throughput and peak memory against trafilatura-only extraction of the same texts.

Each phase runs in its own process (peak memory is that process's maximum resident size) on the
first N documents of ../shared/corpus/whitehouse.jsonl.gz, into a fresh SQLite database:

  extract   trafilatura.extract alone on each text rendered as a simple HTML page (rendering untimed)
  jsonl     `agenda ingest` of the JSONL archive with analysis off: reading, language id, exact and
            near-duplicate detection, versions, storage, journal -- the cost the target is about
  html      `agenda ingest` of the same texts as .html files, analysis off: extraction (with title,
            date, canonical URL) plus everything of `jsonl`
  full      `agenda ingest` of the JSONL archive with analysis and linking on (demo agenda loaded)

Target: storage and dedup add no more than 50% over extraction alone. Measured two ways:
  - the "store" stage of the jsonl phase (hashing, MinHash signatures, LSH, versions, writing the
    document, its source and its journal row, commits) / the extract phase: <= 0.50 is the target;
  - the whole jsonl phase (also reading and decoding JSON, identifying the language) / extract.
Timings exclude imports and loading the language model (reported once as "startup").

    .venv/bin/python benchmarks/ingest.py [--limit N] [--phases extract,jsonl,html,full] [--no-analyze]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import multiprocessing
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "whitehouse.jsonl.gz"
PHASES = ("extract", "jsonl", "html", "full")


def render_page(record: dict[str, Any]) -> str:
    title = html.escape(record.get("title") or "")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{record.get('date', '')}'></head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>")


def _records(limit: int | None) -> list[dict[str, Any]]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        records = []
        for line in handle:
            records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_extract(work: Path, limit: int | None) -> dict[str, Any]:
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    pages = [render_page(r) for r in _records(limit)]
    trafilatura.extract(pages[0], config=config)  # warm-up: lazy imports
    started = time.perf_counter()
    extracted = sum(1 for page in pages if trafilatura.extract(page, config=config))
    seconds = time.perf_counter() - started
    return {"documents": len(pages), "extracted": extracted, "seconds": seconds, "peak_mb": _peak_mb()}


def _warm_up() -> float:
    started = time.perf_counter()
    import datasketch  # noqa: F401  (imports scipy: a fixed cost of every run)
    import trafilatura  # noqa: F401

    from agenda.analyze.langid import detect_language
    from agenda.ingest.runner import run_ingest  # noqa: F401

    detect_language("a warm-up sentence for the language model")
    return time.perf_counter() - started


def _ingest(work: Path, sources: list[str], analyze: bool, with_agenda: bool) -> dict[str, Any]:
    startup = _warm_up()
    from agenda.ingest.options import IngestOptions
    from agenda.ingest.runner import run_ingest
    from agenda.store.db import get_engine, session_scope

    database = f"sqlite:///{work / 'bench.db'}"
    get_engine(database)  # create and migrate before timing
    if with_agenda:
        from agenda.agendafile import read_agenda_file
        from agenda.cli.demo import DEMO
        from agenda.store.agendas import save_agenda

        with session_scope(database) as session:
            save_agenda(session, read_agenda_file(str(DEMO / "agenda.yaml")))
    started = time.perf_counter()
    report = run_ingest(sources, IngestOptions(analyze=analyze), database=database)
    seconds = time.perf_counter() - started
    counts = report.counts
    return {"documents": report.items, "seconds": seconds, "peak_mb": _peak_mb(), "startup": startup,
            "new": counts.new, "duplicate": counts.duplicate, "copies": counts.copies,
            "versions": counts.versions, "failed": len(counts.failed), "statements": counts.statements,
            "evidence": counts.evidence, "stages": dict(report.timer.seconds)}


def _limited_archive(work: Path, limit: int | None) -> Path:
    path = work / "corpus.jsonl.gz"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, gzip.open(path, "wt", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if limit and number >= limit:
                break
            target.write(line)
    return path


def phase_jsonl(work: Path, limit: int | None, analyze: bool = False) -> dict[str, Any]:
    return _ingest(work, [str(_limited_archive(work, limit))], analyze=analyze, with_agenda=analyze)


def phase_full(work: Path, limit: int | None) -> dict[str, Any]:
    return phase_jsonl(work, limit, analyze=True)


def phase_html(work: Path, limit: int | None) -> dict[str, Any]:
    folder = work / "pages"
    folder.mkdir()
    for record in _records(limit):
        (folder / f"{record['id']}.html").write_text(render_page(record), encoding="utf-8")
    return _ingest(work, [str(folder)], analyze=False, with_agenda=False)


def _run(name: str, limit: int | None, analyze_jsonl: bool) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix=f"agenda-bench-{name}-"))
    try:
        if name == "jsonl":
            return phase_jsonl(work, limit, analyze=analyze_jsonl)
        return {"extract": phase_extract, "html": phase_html, "full": phase_full}[name](work, limit)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N documents (default: all)")
    parser.add_argument("--phases", default=",".join(PHASES), help=f"comma-separated, of {', '.join(PHASES)}")
    parser.add_argument("--no-analyze", action="store_true", help="skip the full-flow phase (analysis + linking)")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not available")
        return
    phases = [p for p in args.phases.split(",") if p and not (args.no_analyze and p == "full")]
    context = multiprocessing.get_context("spawn")
    results: dict[str, dict[str, Any]] = {}
    for name in phases:
        with context.Pool(1) as pool:
            results[name] = pool.apply(_run, (name, args.limit, False))
        r = results[name]
        rate = r["documents"] / r["seconds"] if r["seconds"] else 0.0
        line = f"{name:<8} {r['documents']:>6} documents in {r['seconds']:7.1f} s = {rate:7.1f} docs/s, " \
               f"peak memory {r['peak_mb']:6.0f} MB"
        if "new" in r:
            line += (f" | {r['new']} new, {r['duplicate']} duplicates, {r['copies']} near-copies, "
                     f"{r['versions']} versions, {r['failed']} failed, {r['statements']} statements, "
                     f"{r['evidence']} evidence; startup {r['startup']:.1f} s")
            stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items() if v)
            line += f"\n         time per stage (s): {stages}"
        print(line, flush=True)
    if "extract" in results:
        base = results["extract"]["seconds"]
        if "jsonl" in results:
            store = results["jsonl"]["stages"].get("store", 0.0)
            print(f"ratio storage + dedup (store stage of the jsonl ingest) / extraction alone: {store / base:.2f}"
                  "  (target <= 0.50)")
        for name, label in (("jsonl", "whole jsonl ingest, no analysis (+ JSON, language id) / extraction alone"),
                            ("html", "html ingest (extraction + storage + dedup) / extraction alone"),
                            ("full", "full flow (jsonl ingest + analysis + linking) / extraction alone")):
            if name in results:
                print(f"ratio {label}: {results[name]['seconds'] / base:.2f}")


if __name__ == "__main__":
    main()
