"""Analysis of many documents in parallel on Dask, in input order, one bad document losing nothing."""

# The stage is the same `analyze_document` that `agenda extract` and ingestion run in one process;
# only where it runs changes. Documents go out in chunks (a task per document would cost more in
# scheduling than the analysis of a short one) with a bounded number of chunks in flight, so a
# corpus of any size streams through in constant memory. Results come back in input order.

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from agenda.analyze import analyze_document
from agenda.flow import Analyzer, BatchAnalyzer
from agenda.model import Document, Statement

SCHEDULER_TIMEOUT = "10s"  # an unreachable scheduler is an error after this long


@dataclass(frozen=True)
class AnalysisFailure:
    """A document whose analysis raised: which one, and the error (the batch goes on)."""

    document: str
    reason: str


Outcome = list[Statement] | AnalysisFailure


def analyze_chunk(documents: list[Document], analyzer: Analyzer = analyze_document) -> list[Outcome]:
    """Run in a worker: the statements of each document, or why it failed."""
    results: list[Outcome] = []
    for document in documents:
        try:
            results.append(analyzer(document))
        except Exception as error:  # one document's failure must not stop the batch
            results.append(AnalysisFailure(document.id, f"{type(error).__name__}: {error}"))
    return results


@contextmanager
def dask_client(workers: int, scheduler: str | None = None) -> Iterator[object]:
    """A client of the given scheduler, or of a local cluster of `workers` one-thread processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler, timeout=SCHEDULER_TIMEOUT) as client:
            yield client
        return
    # The scheduler's HTTP endpoint on a free port of the loopback interface: the default port
    # clashes with any other cluster on the machine.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def analyze_in_parallel(documents: Iterable[Document], client: object, chunk_size: int = 32,
                        analyzer: Analyzer = analyze_document,
                        in_flight: int | None = None) -> Iterator[tuple[Document, Outcome]]:
    """Each document with its statements (or its failure), in input order, analysed on `client`'s workers."""
    workers = max(1, len(client.scheduler_info().get("workers", {})))  # type: ignore[attr-defined]
    limit = in_flight or 2 * workers
    pending: deque[tuple[list[Document], object]] = deque()
    chunk: list[Document] = []

    def flush() -> None:
        pending.append((chunk, client.submit(analyze_chunk, list(chunk), analyzer, pure=False)))  # type: ignore[attr-defined]

    for document in documents:
        chunk.append(document)
        if len(chunk) >= chunk_size:
            flush()
            chunk = []
            while len(pending) >= limit:
                yield from _collect(pending.popleft())
    if chunk:
        flush()
    while pending:
        yield from _collect(pending.popleft())


class AnalysisError(RuntimeError):
    """A document of a batch could not be analysed (ingestion then redoes the batch item by item)."""


def batch_analyzer(client: object, analyzer: Analyzer = analyze_document) -> BatchAnalyzer:
    """For `agenda.flow.analyze_and_link`: a batch's documents analysed on the workers, one chunk each."""
    workers = max(1, len(client.scheduler_info().get("workers", {})))  # type: ignore[attr-defined]

    def analyze_batch(documents: list[Document]) -> list[list[Statement]]:
        size = max(1, -(-len(documents) // workers))
        outcomes = [outcome for _, outcome in analyze_in_parallel(documents, client, chunk_size=size,
                                                                  analyzer=analyzer, in_flight=workers)]
        failed = next((o for o in outcomes if isinstance(o, AnalysisFailure)), None)
        if failed is not None:
            raise AnalysisError(f"analysis of {failed.document} failed: {failed.reason}")
        return outcomes  # type: ignore[return-value]

    return analyze_batch


def _collect(item: tuple[list[Document], object]) -> Iterator[tuple[Document, Outcome]]:
    chunk, future = item
    yield from zip(chunk, future.result(), strict=True)  # type: ignore[attr-defined]
