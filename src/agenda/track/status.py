"""Deriving a commitment's status history, overdue flag and progress from its evidence (pure)."""

# The rules (also in the README):
#
# - Evidence dated before the commitment's announcement is ignored.
# - `advance` → in_progress (from announced or stalled); `setback` → stalled; `restate` →
#   no change (recorded as evidence only); `fulfil` → delivered, or, when the commitment has a
#   numeric target that the counted figures do not reach (see progress.py), in_progress before
#   the due date and partial after it; work reported done but short stays in_progress until the
#   due date and becomes partial on it (a dated change, in order with the others; later evidence
#   moves on from there). Figures that reach the target make it delivered.
# - The history is in date order: every change is dated by the evidence or decision behind it.
# - Delivered is not undone by later machine evidence (a later "advance" report on a meeting
#   already held does not reopen it); a person can always set any status.
# - A person's decision (a reviewed change without evidence: `set-status`, an imported timeline)
#   sets the status on its date; later evidence moves on from there, except that superseded,
#   withdrawn and broken are only ever changed by a person.
# - Overdue: past the due date, not delivered/superseded/withdrawn/broken, and no fulfilling
#   evidence. "No evidence found" is not the same as "not done": it is reported separately.
# - A restatement in the commitment's own announcing document is the announcement itself: it is
#   evidence (no_evidence is false) but not follow-up (no_follow_up is true).

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from agenda.model import Commitment, Stance, Status
from agenda.track.progress import EvidenceFact, Progress, measure

STANCE_STATUS: dict[Stance, Status | None] = {
    Stance.ADVANCE: Status.IN_PROGRESS,
    Stance.FULFIL: Status.DELIVERED,
    Stance.SETBACK: Status.STALLED,
    Stance.RESTATE: None,
}
DONE = frozenset({Status.DELIVERED, Status.SUPERSEDED, Status.WITHDRAWN, Status.BROKEN})
PERSON_ONLY = frozenset({Status.SUPERSEDED, Status.WITHDRAWN, Status.BROKEN})
MOVED = frozenset({Status.IN_PROGRESS, Status.DELIVERED, Status.PARTIAL})

DUE_DATE_REASON = "target not met by the due date"

__all__ = ["DONE", "DUE_DATE_REASON", "STANCE_STATUS", "Change", "CommitmentStatus", "EvidenceFact", "is_announcement",
           "proposed_history", "status_as_of"]


@dataclass(frozen=True)
class Change:
    """One dated status, as stored: reviewed by a person or proposed by the machine."""

    date: date
    status: Status
    reviewed: bool
    order: int = 0
    manual: bool = False
    reason: str | None = None
    evidence_id: int | None = None


@dataclass
class CommitmentStatus:
    commitment: Commitment
    status: Status
    proposed_status: Status
    overdue: bool
    progress: float | None
    evidence: list[EvidenceFact] = field(default_factory=list)
    measured: Progress | None = None
    history: list[Change] = field(default_factory=list)
    rollup: dict[str, object] | None = None

    @property
    def no_evidence(self) -> bool:
        return not [e for e in self.evidence if e.counts]

    @property
    def last_evidence(self) -> EvidenceFact | None:
        live = [e for e in self.evidence if e.counts]
        return live[-1] if live else None

    @property
    def follow_up(self) -> list[EvidenceFact]:
        """Evidence that is not rejected and is more than the announcement itself."""
        return [e for e in self.evidence if e.counts and not is_announcement(self.commitment, e)]

    @property
    def no_follow_up(self) -> bool:
        return not self.follow_up


def is_announcement(commitment: Commitment, evidence: EvidenceFact) -> bool:
    """A restatement in the document that announced the commitment: the announcement, not news of it."""
    own_document = commitment.source is not None and evidence.document == commitment.source
    return evidence.stance == Stance.RESTATE and own_document


def _next_status(commitment: Commitment, current: Status, evidence: EvidenceFact, reached: bool,
                 short: bool) -> Status:
    if current in PERSON_ONLY:
        return current
    if reached:
        return Status.DELIVERED
    if current == Status.DELIVERED:
        return current
    if evidence.stance == Stance.FULFIL:
        if not short:
            return Status.DELIVERED
        before_due = commitment.due is not None and evidence.date < commitment.due
        return Status.IN_PROGRESS if before_due else Status.PARTIAL
    if evidence.stance == Stance.SETBACK:
        return Status.STALLED
    if evidence.stance == Stance.ADVANCE and current in (Status.ANNOUNCED, Status.STALLED):
        return Status.IN_PROGRESS
    return current


def _at_due_date(commitment: Commitment, current: Status, seen: list[EvidenceFact]) -> Status:
    """On the due date, work reported done (fulfil) but short of the target is partial."""
    if current != Status.IN_PROGRESS or not any(e.stance == Stance.FULFIL for e in seen):
        return current
    measured = measure(commitment, seen)
    short = measured is not None and measured.value > 0 and measured.fraction < 1.0
    return Status.PARTIAL if short else current


def proposed_history(commitment: Commitment, evidence: list[EvidenceFact],
                     manual: list[Change] | None = None, as_of: date | None = None,
                     people_last: bool = False) -> list[Change]:
    """The machine's dated history: announced, then each change the evidence implies, in date order.

    `evidence` that is rejected does not count; `manual` are a person's decisions, applied on
    their dates before the evidence of the same day (after it with `people_last`: the reviewed
    history, where a person decides a day knowing its reports). With `as_of` after the due date, the due
    date is an event too: work reported done but short of the target becomes partial there.
    """
    events: list[tuple[date, int, int, object]] = []
    for n, change in enumerate(manual or []):
        events.append((change.date, 2 if people_last else 0, n, change))
    for n, fact in enumerate(sorted((e for e in evidence if e.counts), key=lambda e: e.date)):
        if fact.date >= commitment.announced:
            events.append((fact.date, 1, n, fact))
    if commitment.due is not None and as_of is not None and commitment.due < as_of:
        events.append((commitment.due, 3, 0, None))  # after the evidence of the due date itself
    events.sort(key=lambda item: item[:3])
    current = Status.ANNOUNCED
    history = [Change(commitment.announced, Status.ANNOUNCED, reviewed=False, reason="announced")]
    seen: list[EvidenceFact] = []
    for when, _, _, event in events:
        if event is None:
            new, reason, evidence_id = _at_due_date(commitment, current, seen), DUE_DATE_REASON, None
        elif isinstance(event, Change):
            new, reason, evidence_id = event.status, event.reason or "set by a person", None
        else:
            seen.append(event)
            measured = measure(commitment, seen)
            reached = measured is not None and measured.fraction >= 1.0
            short = measured is not None and measured.value > 0 and measured.fraction < 1.0
            new = _next_status(commitment, current, event, reached, short)
            reason, evidence_id = f"{event.stance} in {event.document}", event.evidence_id
        if new != current:
            history.append(Change(when, new, reviewed=False, reason=reason, evidence_id=evidence_id))
            current = new
    return history


def status_as_of(commitment: Commitment, changes: list[Change], evidence: list[EvidenceFact],
                 as_of: date) -> CommitmentStatus:
    """The reviewed and proposed status of a commitment on `as_of`, from its history.

    `changes` are the stored status rows: the reviewed status is the latest reviewed one on
    or before `as_of`; the proposed status replays the evidence known on `as_of` (accepted
    and proposed, not rejected) over the person-made changes, by the rules above.
    """
    in_effect = sorted((c for c in changes if c.date <= as_of), key=lambda c: (c.date, c.order))
    reviewed = [c for c in in_effect if c.reviewed]
    status = reviewed[-1].status if reviewed else Status.ANNOUNCED
    visible = sorted((e for e in evidence if e.date <= as_of), key=lambda e: e.date)
    manual = [c for c in in_effect if c.manual]
    history = proposed_history(commitment, visible, manual, as_of)
    proposed = history[-1].status
    fulfilled = any(e.counts and e.stance == Stance.FULFIL and e.date >= commitment.announced for e in visible)
    overdue = bool(commitment.due and commitment.due < as_of and proposed not in DONE and not fulfilled)
    counted = [e for e in visible if e.date >= commitment.announced]
    measured = measure(commitment, counted)
    return CommitmentStatus(
        commitment=commitment, status=status, proposed_status=proposed, overdue=overdue,
        progress=round(measured.fraction, 4) if measured else None, evidence=visible,
        measured=measured, history=history,
    )
