"""Storing prepared items in groups: each group one transaction with every item's journal row.

Documents are stored (deduplicated) one by one as they come, then the group's new documents are
analyzed and linked together, just before the commit.

A group is all-or-nothing, so a run killed at any moment leaves each item either finished (its
document, sources, statements, evidence and journal state committed) or untouched. Committing a
group rather than each item saves most of the commit cost (an fsync on PostgreSQL). When an item
fails while being stored, the group is rolled back and replayed one item per transaction, so
that only the failing item is lost and it is journaled as failed.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from agenda.flow import BatchAnalyzer, FlowCounts, Linker, analyze_and_link, store_new
from agenda.ingest.items import Expansion, Item, ItemError, Prepared, SourcedDocument
from agenda.ingest.near_dup import NearDuplicateIndex
from agenda.ingest.options import IngestOptions
from agenda.ingest.timing import StageTimer
from agenda.model import Document
from agenda.store.journal import EXPANDED, Journal, JournalState
from agenda.store.records import Outcome, StoredDocument

GROUP_ITEMS = 64
GROUP_SECONDS = 0.5


@dataclass
class Tally:
    """What the stored items did, rolled back with their transaction when it fails."""

    counts: FlowCounts = field(default_factory=FlowCounts)
    older: int = 0  # feed entries / sitemap URLs left out by --since
    expanded: list[tuple[str, str]] = field(default_factory=list)  # feeds and sitemaps read


@dataclass
class _Done:
    key: str
    state: JournalState
    fingerprint: str | None
    outcome: str | None


class GroupCommitter:
    def __init__(self, session: Session, journal: Journal, linker: Linker, near: NearDuplicateIndex,
                 options: IngestOptions, timer: StageTimer, tally: Tally,
                 before_group: Callable[[Item], None] = lambda item: None,
                 analyze_batch: BatchAnalyzer | None = None) -> None:
        self.session, self.journal, self.linker, self.near = session, journal, linker, near
        self.analyze_batch = analyze_batch  # the group's documents analysed at once (on Dask workers)
        self.options, self.timer, self.tally = options, timer, tally
        self.before_group = before_group  # e.g. journal the coming items as pending, in its own commit
        self._group: list[tuple[Item, Prepared]] = []
        self._stored: list[tuple[Document, StoredDocument]] = []  # analyzed and linked as a batch
        self._done: list[_Done] = []
        self._snapshot = copy.deepcopy(tally)
        self._started = time.monotonic()

    def add(self, item: Item, result: Prepared) -> None:
        if not self._group:
            self.before_group(item)
            self._snapshot = copy.deepcopy(self.tally)
            self._started = time.monotonic()
        self._group.append((item, result))
        try:
            self._store(item, result)
        except Exception:
            self._replay()
            return
        if len(self._group) >= GROUP_ITEMS or time.monotonic() - self._started >= GROUP_SECONDS:
            self.commit()

    def commit(self) -> None:
        if not self._group:
            return
        try:
            self._analyze_and_commit()
        except Exception:
            self._replay()
            return
        self._finish()

    def _analyze_and_commit(self) -> None:
        if self.options.analyze and self._stored:
            analyze_and_link(self.session, self._stored, self.linker, self.tally.counts, self.timer,
                             analyze_batch=self.analyze_batch)
        with self.timer.stage("store"):
            self.journal.flush(self.session)
            self.session.commit()

    def rollback(self) -> None:
        """Drop the group in progress (an interrupted run): its items are redone by the next run."""
        self.session.rollback()
        self.journal.discard()
        self.near.forget_uncommitted()
        self._restore()
        self._group.clear()
        self._stored.clear()
        self._done.clear()

    def _finish(self) -> None:
        self.near.commit()
        for done in self._done:
            self.journal.remember(done.key, done.state, done.fingerprint, done.outcome)
        self._group.clear()
        self._stored.clear()
        self._done.clear()
        self.session.expunge_all()  # the documents are written: keep memory flat over long runs

    def _replay(self) -> None:
        """Redo the group one item per transaction; an item that fails again is journaled as failed."""
        group = list(self._group)
        self.rollback()
        for item, result in group:
            self._group.append((item, result))
            try:
                self._store(item, result)
                self._analyze_and_commit()
            except Exception as exc:
                self.rollback()
                self._group.append((item, result))
                reason = f"not stored: {type(exc).__name__}: {(str(exc).splitlines() or [''])[0]}"
                self._store(item, ItemError(item.label, reason))
                self.journal.flush(self.session)
                self.session.commit()
            self._finish()
            self._snapshot = copy.deepcopy(self.tally)

    def _restore(self) -> None:
        self.tally.counts = self._snapshot.counts
        self.tally.older = self._snapshot.older
        self.tally.expanded = self._snapshot.expanded
        self._snapshot = copy.deepcopy(self.tally)

    def _store(self, item: Item, result: Prepared) -> None:
        """Write one item's document (analyzed with its group) or failure, and its journal row."""
        counts = self.tally.counts
        pk: int | None = None
        if isinstance(result, SourcedDocument):
            stored = store_new(self.session, result.document, result.locator, counts, meta=result.meta,
                               near=self.near, analyze=self.options.analyze, timer=self.timer)
            self._stored.append((result.document, stored))
            state = JournalState.DUPLICATE if stored.outcome is Outcome.DUPLICATE else JournalState.DONE
            outcome, reason, pk = str(stored.outcome), None, stored.pk
        elif isinstance(result, Expansion):
            self.tally.older += result.older
            self.tally.expanded.append((item.label, result.description))
            state, outcome, reason = JournalState.DONE, EXPANDED, result.description
        else:
            assert isinstance(result, ItemError)
            counts.failed.append((result.item, result.reason))
            state, outcome, reason = JournalState.FAILED, None, result.reason
        self.journal.record(item.key, item.kind, state, fingerprint=item.fingerprint, outcome=outcome,
                            reason=reason, document_pk=pk)
        self._done.append(_Done(item.key, state, item.fingerprint, outcome))
