"""Extraction throughput on one core: documents per second and peak memory of read-JSONL + analyze,
against spaCy's blank tokenizer alone over the same texts.

    .venv/bin/python benchmarks/extract.py [--corpus PATH] [--limit N]

Skips with a message when the corpus (default ../shared/corpus/whitehouse.jsonl.gz) is absent.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import contextlib  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "whitehouse.jsonl.gz"


def read_documents(path: Path, limit: int | None):  # type: ignore[no-untyped-def]
    """Documents of a JSONL(.gz) file, as `agenda extract` reads them (English unless a lang is given)."""
    from agenda.model import Document

    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                break
            record = json.loads(line)
            published = record.get("date")
            yield Document(id=str(record["id"]), text=record.get("text") or "", lang=record.get("lang") or "en",
                           date=date.fromisoformat(published[:10]) if published else None)


def time_analysis(path: Path, limit: int | None) -> tuple[int, int, float, int, float]:
    """(documents, statements, seconds, characters, peak resident MiB so far) of reading and analyzing."""
    from agenda.analyze import analyze_document

    documents = statements = characters = 0
    began = time.perf_counter()
    for document in read_documents(path, limit):
        statements += len(analyze_document(document))
        documents += 1
        characters += len(document.text)
    seconds = time.perf_counter() - began
    return documents, statements, seconds, characters, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_tokenizer(path: Path, limit: int | None) -> tuple[int, float]:
    """(tokens, seconds) of spaCy's blank English tokenizer over the same texts (reading excluded)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    texts = [d.text for d in read_documents(path, limit)]
    tokens = 0
    began = time.perf_counter()
    for text in texts:
        tokens += len(tokenizer(text))
    return tokens, time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: corpus {args.corpus} is absent")
        return 0
    with contextlib.suppress(AttributeError, OSError):  # one core where the platform allows pinning
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    # Warm the caches (compiled patterns, weights) outside the timing, as a long-running process would.
    time_analysis(args.corpus, 5)
    documents, statements, seconds, characters, peak = time_analysis(args.corpus, args.limit)
    tokens, token_seconds = time_tokenizer(args.corpus, args.limit)
    print(f"corpus: {args.corpus} ({documents} documents, {characters / 1e6:.1f} M characters)")
    print(f"analysis (read JSONL + analyze): {seconds:.1f} s, {documents / seconds:.0f} documents/s, "
          f"{statements} statements, peak resident memory {peak:.0f} MiB")
    print(f"spaCy blank('en') tokenizer alone: {token_seconds:.1f} s, {documents / token_seconds:.0f} documents/s, "
          f"{tokens / token_seconds / 1e6:.2f} M tokens/s")
    print(f"ratio analysis / tokenization: {seconds / token_seconds:.2f}x (target <= 3x); "
          f"target >= 100 documents/s: {'met' if documents / seconds >= 100 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
