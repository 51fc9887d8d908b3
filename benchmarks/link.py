"""How much linking adds to analysis, over the White House corpus (printed, not asserted).

Times `analyze_document` alone over the first N documents, then linking the statements found
against the gold agenda and the demo agenda (commitments embedded once, statements that pass the
prefilter embedded once per document), and prints both and the ratio. Model loading and
commitment embedding are reported apart (a one-off per process). Usage:

    .venv/bin/python benchmarks/link.py [--limit 2000] [--corpus ../shared/corpus/whitehouse.jsonl.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

from agenda.agendafile import read_agenda_file
from agenda.analyze import analyze_document
from agenda.model import Document
from agenda.track.embed import CachedEncoder, SentenceEncoder
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions, embed_ahead, link_document_detailed

ROOT = Path(__file__).resolve().parents[1]
DEMO_AGENDA = ROOT / "src" / "agenda" / "data" / "demo" / "agenda.yaml"


def read_corpus(path: Path, limit: int) -> list[Document]:
    documents = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(documents) >= limit:
                break
            record = json.loads(line)
            when = record.get("date")
            documents.append(Document(id=str(record.get("id")), text=record.get("text") or "",
                                      date=date.fromisoformat(when[:10]) if when else None, lang="en",
                                      title=record.get("title")))
    return documents


class CountingEncoder:
    """Counts the sentences actually embedded."""

    def __init__(self, inner: SentenceEncoder) -> None:
        self.inner = inner
        self.sentences = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.sentences += len(texts)
        return self.inner.encode(texts)


def _link_one(document: Document, found: list, indexes: list[CommitmentIndex], options: LinkOptions,
              totals: dict[str, int], linked_documents: set[str]) -> None:
    for index in indexes:
        for result in link_document_detailed(found, index, document.title, options, text=document.text):
            totals["links"] += len(result.links)
            totals["examined"] += result.examined
            if result.examined:
                linked_documents.add(document.id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "whitehouse.jsonl.gz"))
    parser.add_argument("--gold-agenda", default=str(ROOT.parent / "shared" / "eval" / "agenda.yaml"))
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=32, help="documents whose sentences are embedded together")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 1
    documents = read_corpus(corpus, args.limit)
    characters = sum(len(d.text) for d in documents)

    started, cpu = time.perf_counter(), time.process_time()
    analyzed = [(d, analyze_document(d)) for d in documents]
    analysis, analysis_cpu = time.perf_counter() - started, time.process_time() - cpu
    statements = sum(len(s) for _, s in analyzed)

    agendas = [read_agenda_file(DEMO_AGENDA)]
    if Path(args.gold_agenda).exists():
        agendas.insert(0, read_agenda_file(args.gold_agenda))
    started = time.perf_counter()
    counting = CountingEncoder(SentenceEncoder())
    encoder = CachedEncoder(counting)
    indexes = [CommitmentIndex(a.commitments, encoder=encoder) for a in agendas]
    setup = time.perf_counter() - started
    counting.sentences = 0

    options = LinkOptions()
    totals = {"links": 0, "examined": 0}
    linked_documents: set[str] = set()
    started, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(analyzed), args.batch):
        chunk = analyzed[start:start + args.batch]
        for index in indexes:  # embed what a chunk of documents needs in one batch, as the flow does
            embed_ahead([(found, d.title, d.text) for d, found in chunk], index, options)
        for document, found in chunk:
            _link_one(document, found, indexes, options, totals, linked_documents)
    linking, linking_cpu = time.perf_counter() - started, time.process_time() - cpu
    links, examined = totals["links"], totals["examined"]

    print(f"{len(documents)} documents, {characters / 1e6:.1f} M characters, {statements} statements")
    print(f"agendas: {', '.join(f'{a.id} ({len(a.commitments)} commitments)' for a in agendas)}")
    print(f"model load + commitment embedding (once per process): {setup:.2f} s")
    print(f"analysis alone:        {analysis:8.2f} s  ({len(documents) / analysis:7.1f} docs/s)")
    total = analysis + linking
    print(f"analysis + linking:    {total:8.2f} s  ({len(documents) / total:7.1f} docs/s)")
    print(f"linking adds {linking:.2f} s = {linking / analysis:.0%} of analysis time (target: at most 30%)")
    # CPU time is what a busy machine distorts least (the encoder runs AGENDA_EMBED_THREADS threads).
    print(f"CPU time: analysis {analysis_cpu:.2f} s, linking {linking_cpu:.2f} s = {linking_cpu / analysis_cpu:.0%}")
    print(f"documents that name an agenda's parties {len(linked_documents)}; statements examined "
          f"{examined} (summed over agendas), sentences embedded {counting.sentences} "
          f"({counting.sentences / max(linking, 1e-9):.0f}/s while linking), links {links}")
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    raise SystemExit(main())
