"""The ingestion journal: one row per input item and its state, so a re-run skips what is done."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from agenda.clock import utcnow
from agenda.store.schema import JournalRow


class JournalState(StrEnum):
    PENDING = "pending"  # seen and queued; a run stopped before finishing it
    DONE = "done"  # stored (new, new version, near-duplicate copy) or expanded (feed, sitemap)
    DUPLICATE = "duplicate"  # its text was already stored: recorded as another source
    FAILED = "failed"  # with the reason; retried by the next run


FINISHED = (JournalState.DONE, JournalState.DUPLICATE)
_FIELDS = ("kind", "state", "fingerprint", "outcome", "reason", "document_pk", "attempts", "updated_at")
_INSERT = insert(JournalRow)
_UPDATE = (update(JournalRow).where(JournalRow.item == bindparam("key"))
           .values({name: bindparam(name) for name in _FIELDS}))
EXPANDED = "expanded"  # outcome of a feed or sitemap: read again on every run for new entries


@dataclass
class JournalEntry:
    state: str
    fingerprint: str | None
    outcome: str | None
    attempts: int


class Journal:
    """The journal rows, cached in memory for the run (one query at start, one write per change)."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(JournalRow.item, JournalRow.state, JournalRow.fingerprint,
                                      JournalRow.outcome, JournalRow.attempts))
        self.entries = {item: JournalEntry(state, fp, outcome, attempts or 0)
                        for item, state, fp, outcome, attempts in rows}
        self._inserts: list[dict] = []
        self._updates: list[dict] = []

    def is_finished(self, key: str, fingerprint: str | None, refetch: bool = False) -> bool:
        """True when the item was stored or recognised as a duplicate, and has not changed since."""
        entry = self.entries.get(key)
        if entry is None or entry.state not in FINISHED or entry.outcome == EXPANDED or refetch:
            return False
        return fingerprint is None or fingerprint == entry.fingerprint

    def mark_pending(self, session: Session, items: list[tuple[str, str]]) -> None:
        """Record (key, kind) items about to be processed that have no row yet or failed before."""
        fresh = [(key, kind) for key, kind in items if key not in self.entries]
        retried = [key for key, _ in items if (e := self.entries.get(key)) and e.state == JournalState.FAILED]
        now = utcnow()
        connection = session.connection()
        if fresh:
            connection.execute(insert(JournalRow), [
                {"item": key, "kind": kind, "state": JournalState.PENDING, "attempts": 0, "updated_at": now}
                for key, kind in fresh])
            for key, _ in fresh:
                self.entries[key] = JournalEntry(JournalState.PENDING, None, None, 0)
        for key in retried:
            connection.execute(update(JournalRow).where(JournalRow.item == key)
                               .values(state=JournalState.PENDING, updated_at=now))
            self.entries[key].state = JournalState.PENDING

    def record(self, key: str, kind: str, state: JournalState, *, fingerprint: str | None = None,
               outcome: str | None = None, reason: str | None = None, document_pk: int | None = None) -> None:
        """Set an item's state for this attempt; written by `flush`, in the transaction of its document."""
        entry = self.entries.get(key)
        attempts = (entry.attempts if entry else 0) + 1
        values = {"kind": kind, "state": state, "fingerprint": fingerprint, "outcome": outcome,
                  "reason": reason, "document_pk": document_pk, "attempts": attempts, "updated_at": utcnow()}
        if entry is None:
            self._inserts.append({"item": key, **values})
        else:
            self._updates.append({"key": key, **values})

    def flush(self, session: Session) -> None:
        """Write the recorded states (one statement per kind of write, for the whole group)."""
        connection = session.connection()
        if self._inserts:
            connection.execute(_INSERT, self._inserts)
        if self._updates:
            connection.execute(_UPDATE, self._updates)
        self.discard()

    def discard(self) -> None:
        """Forget recorded states not flushed (their transaction was rolled back)."""
        self._inserts, self._updates = [], []

    def remember(self, key: str, state: JournalState, fingerprint: str | None, outcome: str | None) -> None:
        """Update the cache once the transaction that recorded the state has committed."""
        entry = self.entries.get(key)
        attempts = (entry.attempts if entry else 0) + 1
        self.entries[key] = JournalEntry(state, fingerprint, outcome, attempts)
