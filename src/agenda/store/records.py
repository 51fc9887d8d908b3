"""Persisting documents, their statements and the evidence linked from them."""

from __future__ import annotations

from bisect import insort
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.ingest.fingerprint import content_hash
from agenda.model import Document, Link, Statement
from agenda.store.agendas import row_to_commitment
from agenda.store.dedupe import (
    DocumentMeta,
    Outcome,
    StoredDocument,
    store_document,
    stored_signatures,
)
from agenda.store.due_dates import refresh_due_date_change
from agenda.store.facts import evidence_facts, status_changes
from agenda.store.schema import (
    CommitmentRow,
    DocumentRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)
from agenda.track.status import proposed_history

__all__ = [
    "DocumentMeta",
    "Outcome",
    "StoredDocument",
    "content_hash",
    "record_proposed_changes",
    "row_to_document",
    "save_document",
    "save_links",
    "save_statements",
    "store_document",
    "stored_signatures",
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
    """Record links as proposed evidence (`commitments` maps a link's commitment id to its row).

    The machine's status proposals are recorded afterwards, per commitment, by
    `record_proposed_changes` (one row per change of the proposed status, never rewritten).
    """
    saved = []
    for link in links:
        commitment = commitments[link.commitment_id]
        known = session.scalars(select(EvidenceRow).where(
            EvidenceRow.statement_pk == statement_row.pk, EvidenceRow.commitment_pk == commitment.pk)).first()
        if known is not None:
            continue
        evidence = EvidenceRow(
            statement_pk=statement_row.pk, commitment_pk=commitment.pk, stance=str(link.stance),
            score=link.score, review_state="proposed", reasons=list(link.reasons),
            money_stage=str(link.money_stage) if link.money_stage else None,
        )
        session.add(evidence)
        saved.append(evidence)
    session.flush()
    return saved


def record_proposed_changes(session: Session, commitment: CommitmentRow, as_of: date) -> int:
    """Append machine (unreviewed) status rows so that replaying the stored rows gives the engine's
    proposed status on every date up to `as_of`.

    The pages read the proposed status from the rows in SQL (the latest counted row on or before a
    date: see status_sql); the engine replays the commitment's evidence. Usually that is one row
    per new change. When earlier rows no longer hold (a target raised past what was reported, a
    relinked report), a correcting row is added on their date; none is ever changed or deleted.
    Returns the rows added.
    """
    changes = status_changes(session, [commitment.pk])[commitment.pk]
    every_fact = evidence_facts(session, [commitment.pk])[commitment.pk]
    facts = [f for f in every_fact if f.date <= as_of]
    manual = [c for c in changes if c.manual and c.date <= as_of]
    wanted = proposed_history(row_to_commitment(commitment), facts, manual)
    rejected = {f.evidence_id for f in every_fact if not f.counts}
    stored = sorted(((c.date, c.order, c.status) for c in changes
                     if c.manual or (not c.reviewed and c.evidence_id not in rejected)), key=lambda r: r[:2])
    added = 0
    for when in sorted({c.date for c in wanted[1:]} | {row[0] for row in stored}):
        if when > as_of:
            break
        engine = [c for c in wanted if c.date <= when][-1]
        replayed = [row for row in stored if row[0] <= when]
        if (replayed[-1][2] if replayed else wanted[0].status) == engine.status:
            continue
        cause = engine if engine.date == when else None
        evidence_id = cause.evidence_id if cause else None
        session.add(StatusChangeRow(
            commitment_pk=commitment.pk, date=when, status=str(engine.status), basis="evidence",
            reviewed=False, evidence_pk=evidence_id, document_key=_document_key(session, evidence_id),
            reason=cause.reason if cause else "re-derived from the evidence",
        ))
        insort(stored, (when, float("inf"), engine.status), key=lambda row: row[:2])
        added += 1
    session.flush()
    refresh_due_date_change(session, commitment, (every_fact, [c for c in changes if c.manual]))
    return added


def _document_key(session: Session, evidence_id: int | None) -> str | None:
    if evidence_id is None:
        return None
    return session.scalar(
        select(DocumentRow.key).join(StatementRow, StatementRow.document_pk == DocumentRow.pk)
        .join(EvidenceRow, EvidenceRow.statement_pk == StatementRow.pk)
        .where(EvidenceRow.pk == evidence_id))
