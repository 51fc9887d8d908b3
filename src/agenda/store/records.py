"""Persisting documents, their statements and the evidence linked from them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from agenda.ingest.fingerprint import content_hash
from agenda.model import Document, Link, Statement
from agenda.store.dedupe import (
    DocumentMeta,
    Outcome,
    StoredDocument,
    store_document,
    stored_signatures,
)
from agenda.store.schema import (
    CommitmentRow,
    DocumentRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)
from agenda.track.status import STANCE_STATUS

__all__ = [
    "DocumentMeta", "Outcome", "StoredDocument", "content_hash", "row_to_document", "save_document",
    "save_links", "save_statements", "store_document", "stored_signatures",
]


def save_document(session: Session, document: Document, locator: str) -> tuple[DocumentRow, bool]:
    """Store a document unless its text is already stored; returns (row, newly stored)."""
    stored = store_document(session, document, locator)
    return stored.row(session), stored.outcome is not Outcome.DUPLICATE


def row_to_document(row: DocumentRow) -> Document:
    return Document(id=row.key, text=row.text, date=row.published, lang=row.lang, title=row.title,
                    url=row.url, source=row.source)


def save_statements(session: Session, document: DocumentRow,
                    statements: list[Statement]) -> list[StatementRow]:
    rows = []
    for statement in statements:
        slots = statement.slots
        row = StatementRow(
            document_pk=document.pk, start=statement.start, end=statement.end,
            text=statement.text, type=str(statement.type), actors=sorted(slots.actors),
            kind=str(slots.kind), pillar=str(slots.pillar),
            amount_value=slots.amount.value if slots.amount else None,
            amount_currency=slots.amount.currency if slots.amount else None,
            quantity_value=slots.quantity.value if slots.quantity else None,
            quantity_unit=slots.quantity.unit if slots.quantity else None,
            due=slots.due, due_text=slots.due_text, confidence=statement.confidence,
            lang=statement.lang, also=[s.to_json() for s in statement.also],
            progress_also=statement.progress_also,
        )
        session.add(row)
        rows.append(row)
    document.analyzed = True
    session.flush()
    return rows


def save_links(session: Session, statement_row: StatementRow, document: DocumentRow,
               commitments: dict[str, CommitmentRow], links: list[Link]) -> list[EvidenceRow]:
    """Record links as proposed evidence, and the status each one proposes as a machine change."""
    saved = []
    for link in links:
        commitment = commitments[link.commitment_id]
        evidence = EvidenceRow(
            statement_pk=statement_row.pk, commitment_pk=commitment.pk, stance=str(link.stance),
            score=link.score, review_state="proposed", reasons=list(link.reasons),
        )
        session.add(evidence)
        session.flush()
        status = STANCE_STATUS.get(link.stance)
        if status is not None and document.published is not None:
            session.add(StatusChangeRow(
                commitment_pk=commitment.pk, date=document.published, status=str(status),
                basis="evidence", reviewed=False, evidence_pk=evidence.pk,
                document_key=document.key,
            ))
        saved.append(evidence)
    return saved
