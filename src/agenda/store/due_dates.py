"""The date a commitment turns `partial` (work reported done, target not met by the due date)."""

# The engine (`agenda.track.status`) adds this change when it replays a commitment's evidence as
# of a date after the due date; it is not a stored status row, because it happens with no new
# document. The pages compute statuses in SQL (`status_sql`), so the date is kept on the
# commitment (`partial_on`) and refreshed whenever the evidence, a person's decision, the due
# date or the target changes. Evidence after the due date cannot change it: the engine replays
# the due date after the evidence of that day and before anything later.

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from agenda.model import Commitment
from agenda.store.agendas import row_to_commitment
from agenda.store.facts import evidence_facts, status_changes
from agenda.store.schema import CommitmentRow
from agenda.track.status import DUE_DATE_REASON, Change, EvidenceFact, proposed_history


def partial_date(commitment: Commitment, facts: list[EvidenceFact], manual: list[Change]) -> date | None:
    """The due date, if the engine makes the commitment partial there (all its evidence and a
    person's decisions known); else None."""
    if commitment.due is None:
        return None
    history = proposed_history(commitment, facts, manual, as_of=date.max)
    return next((c.date for c in history if c.evidence_id is None and c.reason == DUE_DATE_REASON), None)


def refresh_due_date_change(session: Session, commitment: CommitmentRow,
                            known: tuple[list[EvidenceFact], list[Change]] | None = None) -> None:
    """Keep `commitment.partial_on` in step with its evidence, decisions, due date and target.

    `known` is the commitment's evidence and its person-made changes when the caller has read them.
    """
    if commitment.due is None and commitment.partial_on is None:
        return
    if known is None:
        changes = status_changes(session, [commitment.pk])[commitment.pk]
        known = (evidence_facts(session, [commitment.pk])[commitment.pk], [c for c in changes if c.manual])
    when = partial_date(row_to_commitment(commitment), *known)
    if commitment.partial_on != when:
        commitment.partial_on = when
        session.flush()


def refresh_due_date_changes(session: Session, commitment_pks: list[int]) -> None:
    """`refresh_due_date_change` for several commitments (after a review touched them)."""
    for pk in dict.fromkeys(commitment_pks):
        row = session.get(CommitmentRow, pk)
        if row is not None:
            refresh_due_date_change(session, row)
