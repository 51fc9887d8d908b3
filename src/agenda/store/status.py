"""Reading the status of an agenda's commitments as of a date, from the stored history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.model import Stance, Status
from agenda.store.agendas import row_to_commitment
from agenda.store.schema import (
    CommitmentRow,
    DocumentRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)
from agenda.track.status import Change, CommitmentStatus, EvidenceFact, status_as_of


def agenda_status(session: Session, agenda_id: str, as_of: date) -> list[CommitmentStatus]:
    """Every commitment of the agenda with its status on `as_of`, in agenda order."""
    commitments = list(session.scalars(
        select(CommitmentRow).where(CommitmentRow.agenda_id == agenda_id).order_by(CommitmentRow.pk)
    ))
    changes: dict[int, list[Change]] = {c.pk: [] for c in commitments}
    rejected: set[int] = set(session.scalars(
        select(EvidenceRow.pk).join(CommitmentRow).where(
            CommitmentRow.agenda_id == agenda_id, EvidenceRow.review_state == "rejected"
        )
    ))
    for row in session.scalars(
        select(StatusChangeRow).join(CommitmentRow).where(CommitmentRow.agenda_id == agenda_id)
    ):
        if row.evidence_pk in rejected and not row.reviewed:
            continue
        changes[row.commitment_pk].append(
            Change(date=row.date, status=Status(row.status), reviewed=row.reviewed, order=row.pk)
        )
    evidence: dict[int, list[EvidenceFact]] = {c.pk: [] for c in commitments}
    query = (
        select(EvidenceRow, StatementRow, DocumentRow)
        .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .join(CommitmentRow, EvidenceRow.commitment_pk == CommitmentRow.pk)
        .where(CommitmentRow.agenda_id == agenda_id)
        .order_by(DocumentRow.published, EvidenceRow.pk)
    )
    for ev, statement, document in session.execute(query):
        if document.published is None:
            continue
        evidence[ev.commitment_pk].append(EvidenceFact(
            date=document.published, stance=Stance(ev.stance), review_state=ev.review_state,
            text=statement.text, document=document.key, amount=statement.amount_value,
            quantity=statement.quantity_value,
        ))
    return [
        status_as_of(row_to_commitment(c), changes[c.pk], evidence[c.pk], as_of)
        for c in commitments
    ]
