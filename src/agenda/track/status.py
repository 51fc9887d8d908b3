"""Deriving a commitment's status, overdue flag and progress from its dated history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from agenda.model import Commitment, Stance, Status

STANCE_STATUS: dict[Stance, Status | None] = {
    Stance.ADVANCE: Status.IN_PROGRESS,
    Stance.FULFIL: Status.DELIVERED,
    Stance.SETBACK: Status.STALLED,
    Stance.RESTATE: None,
}
DONE = frozenset({Status.DELIVERED, Status.SUPERSEDED, Status.WITHDRAWN, Status.BROKEN})


@dataclass(frozen=True)
class Change:
    """One status row as the engine sees it."""

    date: date
    status: Status
    reviewed: bool
    order: int = 0


@dataclass
class EvidenceFact:
    """One piece of evidence as the engine sees it."""

    date: date
    stance: Stance
    review_state: str
    text: str
    document: str
    amount: float | None = None
    quantity: float | None = None


@dataclass
class CommitmentStatus:
    commitment: Commitment
    status: Status
    proposed_status: Status
    overdue: bool
    progress: float | None
    evidence: list[EvidenceFact] = field(default_factory=list)

    @property
    def no_evidence(self) -> bool:
        return not [e for e in self.evidence if e.review_state != "rejected"]


def status_as_of(commitment: Commitment, changes: list[Change], evidence: list[EvidenceFact],
                 as_of: date) -> CommitmentStatus:
    """The reviewed and proposed status of a commitment on `as_of`, from its history."""
    in_effect = sorted((c for c in changes if c.date <= as_of), key=lambda c: (c.date, c.order))
    reviewed = [c for c in in_effect if c.reviewed]
    status = reviewed[-1].status if reviewed else Status.ANNOUNCED
    proposed = in_effect[-1].status if in_effect else Status.ANNOUNCED
    visible = [e for e in evidence if e.date <= as_of]
    overdue = bool(commitment.due and commitment.due < as_of and proposed not in DONE)
    return CommitmentStatus(
        commitment=commitment, status=status, proposed_status=proposed, overdue=overdue,
        progress=_progress(commitment, visible), evidence=visible,
    )


def _progress(commitment: Commitment, evidence: list[EvidenceFact]) -> float | None:
    if commitment.target is None:
        return None
    counted = [e for e in evidence if e.review_state != "rejected" and e.stance != Stance.RESTATE]
    values = [(e.amount if commitment.target.is_money else e.quantity) for e in counted]
    total = sum(v for v in values if v)
    return round(min(total / commitment.target.value, 1.0), 4)
