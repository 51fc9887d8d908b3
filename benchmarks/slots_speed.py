"""Speed of fill_slots over the White House corpus, on every sentence (an upper bound of its cost in extraction).

Usage: .venv/bin/python benchmarks/slots_speed.py [--docs N] [--corpus PATH]

`agenda extract` calls fill_slots only on the sentences detected as statements (about one in four);
filling every sentence of each document bounds the time slot filling adds per document.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from datetime import date
from itertools import islice
from pathlib import Path

from agenda.analyze.sentences import split_sentences
from agenda.analyze.slots import fill_slots

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "whitehouse.jsonl.gz"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents to read from the corpus (default 2000)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"error: no corpus at {args.corpus}", file=sys.stderr)
        return 1
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        documents = [json.loads(line) for line in islice(lines, args.docs)]
    sentences: list[tuple[str, date | None]] = []
    for document in documents:
        text = document.get("text") or ""
        try:
            day = date.fromisoformat(str(document.get("date", ""))[:10])
        except ValueError:
            day = None
        sentences.extend((text[start:end], day) for start, end in split_sentences(text, "en"))
    fill_slots("The two countries will meet in 2030.", "en", date(2020, 1, 1))  # compile the lexicons first
    started, started_cpu = time.perf_counter(), time.process_time()
    for sentence, day in sentences:
        fill_slots(sentence, "en", day)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    # CPU time measures the work on a shared machine; wall time also counts waiting for the core
    print(f"{len(documents)} documents, {len(sentences)} sentences, every sentence filled in {cpu:.2f} s of CPU "
          f"({elapsed:.2f} s wall): {len(sentences) / cpu:,.0f} sentences/s, {len(documents) / cpu:,.0f} documents/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
