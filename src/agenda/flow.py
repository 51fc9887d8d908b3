"""The whole flow for a batch of documents: store, analyze, link against the stored agendas."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.analyze import analyze_document
from agenda.ingest.near_dup import NearDuplicateIndex
from agenda.ingest.timing import NO_TIMER, StageTimer
from agenda.model import Document, Statement
from agenda.store.agendas import row_to_commitment
from agenda.store.records import (
    DocumentMeta,
    Outcome,
    StoredDocument,
    save_links,
    save_statements,
    store_document,
)
from agenda.store.schema import CommitmentRow, DocumentRow
from agenda.track.link import CommitmentIndex, link_statement

_SPACES = re.compile(r"\s+")


@dataclass
class FlowCounts:
    new: int = 0
    duplicate: int = 0
    versions: int = 0
    copies: int = 0
    statements: int = 0
    evidence: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def count(self, outcome: Outcome) -> None:
        if outcome is Outcome.NEW:
            self.new += 1
        elif outcome is Outcome.DUPLICATE:
            self.duplicate += 1
        elif outcome is Outcome.VERSION:
            self.versions += 1
        else:
            self.copies += 1


class Linker:
    """The stored commitments, indexed once, for linking statements of many documents."""

    def __init__(self, session: Session) -> None:
        rows = list(session.scalars(select(CommitmentRow).order_by(CommitmentRow.pk)))
        self.rows = {row.key: row for row in rows}
        self.index = CommitmentIndex([row_to_commitment(row) for row in rows])


def store_new(session: Session, document: Document, locator: str, counts: FlowCounts, *,
              meta: DocumentMeta | None = None, near: NearDuplicateIndex | None = None, analyze: bool = True,
              timer: StageTimer = NO_TIMER) -> StoredDocument:
    """Store a document unless its text is already stored (then it is another source of it)."""
    with timer.stage("store"):
        stored = store_document(session, document, locator, meta, near, analyzed=analyze)
    if near is not None and stored.signature is not None and stored.outcome is not Outcome.DUPLICATE:
        near.add(stored.pk, stored.signature, stored.copy_of_pk)
    counts.count(stored.outcome)
    return stored


def analyze_and_link(session: Session, batch: list[tuple[Document, StoredDocument]], linker: Linker,
                     counts: FlowCounts, timer: StageTimer = NO_TIMER) -> None:
    """Analyze stored documents and link their statements to the commitments as proposed evidence.

    A new version or a near-copy is analyzed too, but only its sentences that the previous
    version or the original does not contain become statements: the same words are never
    counted twice as evidence.
    """
    for document, stored in batch:
        if stored.outcome is Outcome.DUPLICATE:
            continue
        with timer.stage("analyze"):
            statements = analyze_document(replace(document, id=stored.key))
            if statements and stored.related_pk is not None:
                related_text = session.scalar(select(DocumentRow.text).where(DocumentRow.pk == stored.related_pk))
                statements = novel_statements(statements, related_text or "")
        if not statements:
            continue
        with timer.stage("store"):
            row = stored.row(session)
            statement_rows = save_statements(session, row, statements)
        counts.statements += len(statement_rows)
        with timer.stage("link"):
            for statement, statement_row in zip(statements, statement_rows, strict=True):
                links = link_statement(statement, linker.index)
                counts.evidence += len(save_links(session, statement_row, row, linker.rows, links))


def process_document(session: Session, document: Document, locator: str, linker: Linker,
                     counts: FlowCounts, *, meta: DocumentMeta | None = None,
                     near: NearDuplicateIndex | None = None, analyze: bool = True,
                     timer: StageTimer = NO_TIMER) -> StoredDocument:
    """Store one document; unless it was already stored, analyze it and link its statements."""
    stored = store_new(session, document, locator, counts, meta=meta, near=near, analyze=analyze, timer=timer)
    if analyze:
        analyze_and_link(session, [(document, stored)], linker, counts, timer)
    return stored


def novel_statements(statements: list[Statement], related_text: str) -> list[Statement]:
    """The statements whose sentence does not already appear in the related document's text."""
    known = _normal(related_text)
    return [s for s in statements if _normal(s.text) not in known]


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower()


def process_documents(session: Session, documents: Iterable[tuple[Document, str]],
                      near: NearDuplicateIndex | None = None) -> FlowCounts:
    """Store, analyze and link documents in the caller's transaction (copies found only with `near`)."""
    counts = FlowCounts()
    linker = Linker(session)
    for document, locator in documents:
        process_document(session, document, locator, linker, counts, near=near)
    return counts
