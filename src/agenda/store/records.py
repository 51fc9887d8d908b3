"""Persisting documents, their statements and the evidence linked from them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.model import Document, Link, Statement
from agenda.store.agendas import row_to_commitment
from agenda.store.facts import evidence_facts, status_changes
from agenda.store.schema import (
    CommitmentRow,
    DocumentRow,
    DocumentSourceRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)
from agenda.track.status import proposed_history

_SPACES = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 of the text with Unicode, case and whitespace normalised: equal for exact copies."""
    normal = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def save_document(session: Session, document: Document, locator: str) -> tuple[DocumentRow, bool]:
    """Store a document unless its text is already stored; returns (row, newly stored)."""
    digest = content_hash(document.text)
    existing = session.scalars(select(DocumentRow).where(DocumentRow.content_hash == digest)).first()
    if existing is not None:
        _add_source(session, existing, locator)
        return existing, False
    row = DocumentRow(
        key=_unique_key(session, document.id), title=document.title, url=document.url,
        source=document.source, published=document.date,
        date_origin="given" if document.date else "undated", lang=document.lang,
        text=document.text, content_hash=digest,
    )
    session.add(row)
    session.flush()
    _add_source(session, row, locator)
    return row, True


def _add_source(session: Session, row: DocumentRow, locator: str) -> None:
    known = session.scalars(
        select(DocumentSourceRow).where(
            DocumentSourceRow.document_pk == row.pk, DocumentSourceRow.locator == locator
        )
    ).first()
    if known is None:
        session.add(DocumentSourceRow(document_pk=row.pk, locator=locator))


def _unique_key(session: Session, wanted: str) -> str:
    key, suffix = wanted, 2
    while session.scalars(select(DocumentRow.pk).where(DocumentRow.key == key)).first() is not None:
        key = f"{wanted}-{suffix}"
        suffix += 1
    return key


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
    """Append machine (unreviewed) status rows for changes of the proposed status up to `as_of`.

    The engine replays the commitment's evidence; every change it finds that is not yet
    recorded as a machine row (same date and status) is added. Returns the rows added.
    """
    changes = status_changes(session, [commitment.pk])[commitment.pk]
    facts = [f for f in evidence_facts(session, [commitment.pk])[commitment.pk] if f.date <= as_of]
    manual = [c for c in changes if c.manual and c.date <= as_of]
    recorded = {(c.date, c.status) for c in changes if not c.reviewed}
    added = 0
    for change in proposed_history(row_to_commitment(commitment), facts, manual)[1:]:
        if change.evidence_id is None or (change.date, change.status) in recorded:
            continue
        document_key = session.scalar(
            select(DocumentRow.key).join(StatementRow, StatementRow.document_pk == DocumentRow.pk)
            .join(EvidenceRow, EvidenceRow.statement_pk == StatementRow.pk)
            .where(EvidenceRow.pk == change.evidence_id))
        session.add(StatusChangeRow(
            commitment_pk=commitment.pk, date=change.date, status=str(change.status), basis="evidence",
            reviewed=False, evidence_pk=change.evidence_id, document_key=document_key, reason=change.reason,
        ))
        recorded.add((change.date, change.status))
        added += 1
    session.flush()
    return added
