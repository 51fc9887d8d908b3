"""Persisting documents, their statements and the evidence linked from them."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.model import Document, Link, Statement
from agenda.store.schema import (
    CommitmentRow,
    DocumentRow,
    DocumentSourceRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)
from agenda.track.status import STANCE_STATUS

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
