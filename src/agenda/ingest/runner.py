"""One ingestion run: items prepared ahead on threads, each stored in its own transaction with its journal row.

Each item's document, sources, statements, evidence, proposed status changes and journal state
are committed together, so a run killed at any moment leaves every item either finished or not
started; the next run skips what the journal says is finished and redoes the rest.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import Session, sessionmaker

from agenda.flow import FlowCounts, Linker, process_document
from agenda.ingest.fetch import Fetcher
from agenda.ingest.items import Expansion, Item, ItemError, Prepared, SourcedDocument, UrlItem
from agenda.ingest.near_dup import NearDuplicateIndex
from agenda.ingest.network import Network
from agenda.ingest.options import IngestOptions
from agenda.ingest.prefetch import OrderedPrefetch, Skipped
from agenda.ingest.prepare import Preparer
from agenda.ingest.progress import Progress
from agenda.ingest.sources import items_for_arguments
from agenda.ingest.timing import StageTimer
from agenda.store.db import get_engine
from agenda.store.journal import EXPANDED, Journal, JournalState
from agenda.store.records import Outcome, stored_signatures

_PENDING_BATCH = 64


@dataclass
class IngestReport:
    counts: FlowCounts = field(default_factory=FlowCounts)
    items: int = 0  # items handled (stored, duplicate, failed, expanded)
    already_done: int = 0  # skipped: the journal has them finished
    repeated: int = 0  # listed twice in this run
    older: int = 0  # feed entries / sitemap URLs left out by --since
    expanded: list[tuple[str, str]] = field(default_factory=list)  # feeds and sitemaps read
    ignored_files: list[Path] = field(default_factory=list)  # folder files of other types
    timer: StageTimer = field(default_factory=StageTimer)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def failed(self) -> list[tuple[str, str]]:
        return self.counts.failed


def run_ingest(arguments: Iterable[str], options: IngestOptions, *, database: str | None = None,
               network: Network | None = None, stdin: TextIO | None = None,
               progress: Progress | None = None) -> IngestReport:
    """Ingest everything the arguments name into the database; see the module docstring."""
    report = IngestReport()
    started = time.perf_counter()
    progress = progress or Progress(enabled=False)
    factory = sessionmaker(bind=get_engine(database), expire_on_commit=False)
    with Fetcher(options, network) as fetcher, factory() as session:
        linker = Linker(session)
        journal = Journal(session)
        near = NearDuplicateIndex()
        near.load(stored_signatures(session))
        session.commit()
        preparer = Preparer(options, fetcher, report.timer)
        items = items_for_arguments(arguments, options, stdin=stdin, skipped=report.ignored_files)

        def admit(item: Item) -> bool:
            refetch = options.refresh and isinstance(item, UrlItem)
            return not journal.is_finished(item.key, item.fingerprint, refetch)

        prefetch = OrderedPrefetch(items, preparer, admit=admit, threaded=lambda item: isinstance(item, UrlItem),
                                   workers=options.workers, window=max(16, 4 * options.workers))
        handled: set[str] = set()
        pending_marked: set[str] = set()
        try:
            for item, result in prefetch:
                if isinstance(result, Skipped):
                    report.already_done += 1
                elif item.key in handled:
                    report.repeated += 1
                else:
                    handled.add(item.key)
                    if item.key not in pending_marked:
                        _mark_pending(session, journal, [item, *prefetch.upcoming()], pending_marked)
                    _handle(session, journal, linker, near, item, result, report, options)
                    report.items += 1
                progress.update(report)
        except KeyboardInterrupt:
            session.rollback()
            report.interrupted = True
    report.seconds = time.perf_counter() - started
    progress.close(report)
    return report


def _mark_pending(session: Session, journal: Journal, items: list[Item], marked: set[str]) -> None:
    batch = [(i.key, i.kind) for i in items if i.key not in marked][:_PENDING_BATCH]
    journal.mark_pending(session, batch)
    session.commit()
    marked.update(key for key, _ in batch)


def _handle(session: Session, journal: Journal, linker: Linker, near: NearDuplicateIndex, item: Item,
            result: Prepared, report: IngestReport, options: IngestOptions) -> None:
    """Store one prepared item and its journal state in one transaction; a failure stores nothing."""
    before = replace(report.counts, failed=report.counts.failed)
    try:
        if isinstance(result, SourcedDocument):
            stored = process_document(session, result.document, result.locator, linker, report.counts,
                                      meta=result.meta, near=near, analyze=options.analyze, timer=report.timer)
            state = JournalState.DUPLICATE if stored.outcome is Outcome.DUPLICATE else JournalState.DONE
            outcome, reason, pk = str(stored.outcome), None, stored.pk
        elif isinstance(result, Expansion):
            report.older += result.older
            report.expanded.append((item.label, result.description))
            state, outcome, reason, pk = JournalState.DONE, EXPANDED, result.description, None
        else:
            assert isinstance(result, ItemError)
            report.counts.failed.append((result.item, result.reason))
            state, outcome, reason, pk = JournalState.FAILED, None, result.reason, None
        with report.timer.stage("store"):
            journal.record(session, item.key, item.kind, state, fingerprint=item.fingerprint, outcome=outcome,
                           reason=reason, document_pk=pk)
            session.commit()
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # the item's transaction is undone; the batch goes on
        session.rollback()
        near.forget_uncommitted()
        report.counts = before
        reason = f"not stored: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        report.counts.failed.append((item.label, reason))
        state, outcome = JournalState.FAILED, None
        journal.record(session, item.key, item.kind, state, fingerprint=item.fingerprint, reason=reason)
        session.commit()
    else:
        near.commit()
    journal.remember(item.key, state, item.fingerprint, outcome)
    session.expunge_all()  # the documents are written: keep memory flat over long runs
