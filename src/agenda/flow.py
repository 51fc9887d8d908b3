"""The whole flow for a batch of documents: store, analyze, link against the stored agendas."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.analyze import analyze_document
from agenda.model import Document
from agenda.store.agendas import row_to_commitment
from agenda.store.records import save_document, save_links, save_statements
from agenda.store.schema import CommitmentRow
from agenda.track.link import CommitmentIndex, link_statement


@dataclass
class FlowCounts:
    new: int = 0
    duplicate: int = 0
    statements: int = 0
    evidence: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


class Linker:
    """The stored commitments, indexed once, for linking statements of many documents."""

    def __init__(self, session: Session) -> None:
        rows = list(session.scalars(select(CommitmentRow).order_by(CommitmentRow.pk)))
        self.rows = {row.key: row for row in rows}
        self.index = CommitmentIndex([row_to_commitment(row) for row in rows])


def process_document(session: Session, document: Document, locator: str, linker: Linker,
                     counts: FlowCounts) -> None:
    """Store one document; if it is new, analyze it and link its statements as evidence."""
    row, created = save_document(session, document, locator)
    if not created:
        counts.duplicate += 1
        return
    counts.new += 1
    statements = analyze_document(document)
    statement_rows = save_statements(session, row, statements)
    counts.statements += len(statement_rows)
    for statement, statement_row in zip(statements, statement_rows, strict=True):
        links = link_statement(statement, linker.index)
        counts.evidence += len(save_links(session, statement_row, row, linker.rows, links))


def process_documents(session: Session, documents: Iterable[tuple[Document, str]]) -> FlowCounts:
    counts = FlowCounts()
    linker = Linker(session)
    for document, locator in documents:
        process_document(session, document, locator, linker, counts)
    return counts
