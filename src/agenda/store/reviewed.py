"""Keeping the stored reviewed status rows in step with the accepted evidence and a person's decisions."""

# The reviewed status on a date is the latest reviewed row on or before it (in `agenda status` as
# in the pages' SQL). Accepting a report adds a row on the report's date; rejecting or relinking it
# later must undo what that row says on that date and after, or a correction dated today would
# hide every report accepted afterwards about earlier dates. So after each such action the history
# that the accepted evidence and the person's decisions imply is replayed, and wherever the stored
# rows say otherwise a correction is appended on that date. A person's decision has the last word
# on its own date (made knowing that day's reports). No row is changed or deleted; who corrected it,
# when and why is on the row and in the audit log.


from __future__ import annotations

from bisect import insort

from sqlalchemy.orm import Session

from agenda.model import Status
from agenda.store.agendas import row_to_commitment
from agenda.store.facts import evidence_facts, status_changes
from agenda.store.schema import CommitmentRow, StatusChangeRow
from agenda.track.status import proposed_history


def record_reviewed_changes(session: Session, commitment: CommitmentRow, actor: str, reason: str) -> int:
    """Append reviewed corrections so that the reviewed status on every date is the one the
    accepted evidence and the person's decisions imply; returns the rows added."""
    session.flush()
    changes = status_changes(session, [commitment.pk])[commitment.pk]
    accepted = [f for f in evidence_facts(session, [commitment.pk])[commitment.pk] if f.review_state == "accepted"]
    wanted = proposed_history(row_to_commitment(commitment), accepted, [c for c in changes if c.manual],
                              people_last=True)
    stored = sorted((c.date, c.order, c.status) for c in changes if c.reviewed)
    added = 0
    for when in sorted({c.date for c in wanted[1:]} | {row[0] for row in stored}):
        implied = [c.status for c in wanted if c.date <= when]
        replayed = [row[2] for row in stored if row[0] <= when]
        status = implied[-1] if implied else Status.ANNOUNCED
        if (replayed[-1] if replayed else Status.ANNOUNCED) == status:
            continue
        session.add(StatusChangeRow(commitment_pk=commitment.pk, date=when, status=str(status), basis="correction",
                                    reviewed=True, author=actor, reason=reason))
        insort(stored, (when, float("inf"), status))
        added += 1
    session.flush()
    return added
