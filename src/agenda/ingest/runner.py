"""One ingestion run: items listed, prepared (fetched and extracted) ahead, stored in order.

An item's document, sources, statements, evidence, proposed status changes and journal state
are committed together (see `committer`), so a run killed at any moment leaves every item
either finished or not started; the next run skips what the journal says is finished and
redoes the rest.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import sessionmaker

from agenda.flow import BatchAnalyzer, FlowCounts, Linker
from agenda.ingest.committer import GroupCommitter, Tally
from agenda.ingest.fetch import Fetcher
from agenda.ingest.items import Item, UrlItem
from agenda.ingest.near_dup import NearDuplicateIndex
from agenda.ingest.network import Network
from agenda.ingest.options import IngestOptions
from agenda.ingest.prefetch import OrderedPrefetch, Skipped
from agenda.ingest.prepare import Preparer
from agenda.ingest.progress import Progress
from agenda.ingest.sources import items_for_arguments
from agenda.ingest.timing import StageTimer
from agenda.store.db import get_engine
from agenda.store.journal import Journal
from agenda.store.records import stored_signatures

_PENDING_BATCH = 64


@dataclass
class IngestReport:
    tally: Tally = field(default_factory=Tally)  # stored, duplicate, failed... (committed items only)
    items: int = 0  # items handled (stored, duplicate, failed, expanded)
    already_done: int = 0  # skipped: the journal has them finished
    repeated: int = 0  # listed twice in this run
    ignored_files: list[Path] = field(default_factory=list)  # folder files of other types
    timer: StageTimer = field(default_factory=StageTimer)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def counts(self) -> FlowCounts:
        return self.tally.counts

    @property
    def failed(self) -> list[tuple[str, str]]:
        return self.tally.counts.failed

    @property
    def older(self) -> int:
        return self.tally.older

    @property
    def expanded(self) -> list[tuple[str, str]]:
        return self.tally.expanded


def run_ingest(arguments: Iterable[str], options: IngestOptions, *, database: str | None = None,
               network: Network | None = None, stdin: TextIO | None = None,
               progress: Progress | None = None) -> IngestReport:
    """Ingest everything the arguments name into the database; see the module docstring."""
    if options.analyze and (options.analysis_workers or options.scheduler):
        from agenda.scale.batch import batch_analyzer, dask_client

        with dask_client(options.analysis_workers or 1, options.scheduler) as client:
            return _run(arguments, options, database, network, stdin, progress, batch_analyzer(client))
    return _run(arguments, options, database, network, stdin, progress, None)


def _run(arguments: Iterable[str], options: IngestOptions, database: str | None, network: Network | None,
         stdin: TextIO | None, progress: Progress | None, analyze_batch: BatchAnalyzer | None) -> IngestReport:
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
        items = items_for_arguments(arguments, options, stdin=stdin, skipped=report.ignored_files)

        def admit(item: Item) -> bool:
            refetch = options.refresh and isinstance(item, UrlItem)
            return not journal.is_finished(item.key, item.fingerprint, refetch)

        prefetch = OrderedPrefetch(items, Preparer(options, fetcher, report.timer), admit=admit,
                                   threaded=lambda item: isinstance(item, UrlItem), workers=options.workers,
                                   window=max(16, 4 * options.workers))
        marked: set[str] = set()

        def mark_pending(item: Item) -> None:
            coming = [item, *prefetch.upcoming()]
            batch = [(i.key, i.kind) for i in coming if i.key not in marked and i.key not in handled]
            batch = batch[:_PENDING_BATCH]
            journal.mark_pending(session, batch)
            session.commit()
            marked.update(key for key, _ in batch)

        handled: set[str] = set()
        committer = GroupCommitter(session, journal, linker, near, options, report.timer, report.tally,
                                   before_group=mark_pending, analyze_batch=analyze_batch)
        try:
            for item, result in prefetch:
                if isinstance(result, Skipped):
                    report.already_done += 1
                elif item.key in handled:
                    report.repeated += 1
                else:
                    committer.add(item, result)
                    handled.add(item.key)
                    report.items += 1
                progress.update(report)
            committer.commit()
        except KeyboardInterrupt:
            committer.rollback()
            report.interrupted = True
    report.seconds = time.perf_counter() - started
    progress.close(report)
    return report
