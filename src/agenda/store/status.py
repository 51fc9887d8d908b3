"""Reading the status of an agenda's commitments as of a date, from the stored history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.store.agendas import row_to_commitment
from agenda.store.facts import evidence_facts, status_changes
from agenda.store.schema import CommitmentRow
from agenda.track.rollup import roll_up
from agenda.track.status import CommitmentStatus, status_as_of


def agenda_status(session: Session, agenda_id: str, as_of: date) -> list[CommitmentStatus]:
    """Every commitment of the agenda announced by `as_of`, with its status on that date, in agenda order."""
    commitments = list(session.scalars(
        select(CommitmentRow).where(CommitmentRow.agenda_id == agenda_id, CommitmentRow.announced <= as_of)
        .order_by(CommitmentRow.pk)
    ))
    pks = [c.pk for c in commitments]
    changes = status_changes(session, pks)
    evidence = evidence_facts(session, pks)
    items = [status_as_of(row_to_commitment(c), changes[c.pk], evidence[c.pk], as_of) for c in commitments]
    return roll_up(items)
