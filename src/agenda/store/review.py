"""Review actions on proposed evidence and statuses, each recorded in the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.clock import today
from agenda.errors import NotFoundError, UserError
from agenda.model import Stance, Status
from agenda.store.agendas import find_commitment, row_to_commitment
from agenda.store.facts import evidence_facts, status_changes
from agenda.store.new_commitments import (
    NewCommitmentProposal,
    adopt_statement,
    dismiss_statement,
    list_new_commitments,
    restate_statement,
)
from agenda.store.records import record_proposed_changes
from agenda.store.reviewed import record_reviewed_changes
from agenda.store.schema import (
    AuditRow,
    CommitmentRow,
    DocumentRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)
from agenda.track.status import STANCE_STATUS, proposed_history

__all__ = [
    "NewCommitmentProposal", "Proposal", "accept_evidence", "adopt_statement", "audit_log", "dismiss_statement",
    "get_proposal", "list_new_commitments", "list_proposals", "reject_evidence", "relink_evidence",
    "restate_statement", "set_status",
]


@dataclass
class Proposal:
    """A piece of proposed evidence as a reviewer sees it."""

    evidence_id: int
    agenda: str
    commitment: str
    commitment_text: str
    stance: str
    score: float
    review_state: str
    statement: str
    statement_type: str
    document: str
    document_title: str | None
    document_date: date | None
    document_lang: str | None
    reasons: list[str]


def _proposal_query():  # type: ignore[no-untyped-def]
    return (
        select(EvidenceRow, StatementRow, DocumentRow, CommitmentRow)
        .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .join(CommitmentRow, EvidenceRow.commitment_pk == CommitmentRow.pk)
    )


def _as_proposal(ev: EvidenceRow, st: StatementRow, doc: DocumentRow, c: CommitmentRow) -> Proposal:
    return Proposal(
        evidence_id=ev.pk, agenda=c.agenda_id, commitment=c.key, commitment_text=c.text,
        stance=ev.stance, score=ev.score, review_state=ev.review_state, statement=st.text,
        statement_type=st.type, document=doc.key, document_title=doc.title,
        document_date=doc.published, document_lang=doc.lang, reasons=list(ev.reasons or []),
    )


def list_proposals(session: Session, agenda_id: str | None = None, state: str = "proposed",
                   limit: int | None = None, offset: int = 0) -> list[Proposal]:
    """Evidence in the given review state, oldest document first."""
    query = _proposal_query().where(EvidenceRow.review_state == state)
    if agenda_id:
        query = query.where(CommitmentRow.agenda_id == agenda_id)
    query = query.order_by(DocumentRow.published, EvidenceRow.pk).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_as_proposal(*row) for row in session.execute(query)]


def get_proposal(session: Session, evidence_id: int) -> Proposal:
    row = session.execute(_proposal_query().where(EvidenceRow.pk == evidence_id)).first()
    if row is None:
        raise NotFoundError(f"no evidence with id {evidence_id}")
    return _as_proposal(*row)


def _evidence(session: Session, evidence_id: int) -> EvidenceRow:
    row = session.get(EvidenceRow, evidence_id)
    if row is None:
        raise NotFoundError(f"no evidence with id {evidence_id}")
    return row


def _audit(session: Session, actor: str, action: str, object_type: str, object_id: str,
           reason: str | None, **details: object) -> None:
    session.add(AuditRow(actor=actor, action=action, object_type=object_type, object_id=object_id,
                         reason=reason, details=details))


def _evidence_date(session: Session, evidence: EvidenceRow) -> date | None:
    statement = session.get(StatementRow, evidence.statement_pk)
    document = session.get(DocumentRow, statement.document_pk) if statement else None
    return document.published if document else None


def _reviewed_status(session: Session, commitment_pk: int, as_of: date) -> Status:
    """The status the reviewed record implies on `as_of`: accepted evidence, then a person's changes."""
    row = session.get(CommitmentRow, commitment_pk)
    changes = status_changes(session, [commitment_pk])[commitment_pk]
    manual = [c for c in changes if c.manual and c.date <= as_of]
    accepted = [f for f in evidence_facts(session, [commitment_pk])[commitment_pk]
                if f.review_state == "accepted" and f.date <= as_of]
    return proposed_history(row_to_commitment(row), accepted, manual, people_last=True)[-1].status


def _reviewed_change(session: Session, evidence: EvidenceRow, actor: str, reason: str | None) -> None:
    """Add the reviewed status row an accepted piece of evidence implies (none for a restatement)."""
    when = _evidence_date(session, evidence)
    if STANCE_STATUS.get(Stance(evidence.stance)) is None or when is None:
        return
    session.flush()
    statement = session.get(StatementRow, evidence.statement_pk)
    document = session.get(DocumentRow, statement.document_pk) if statement else None
    session.add(StatusChangeRow(
        commitment_pk=evidence.commitment_pk, date=when,
        status=str(_reviewed_status(session, evidence.commitment_pk, when)), basis="review",
        reviewed=True, evidence_pk=evidence.pk, document_key=document.key if document else None,
        author=actor, reason=reason,
    ))


def accept_evidence(session: Session, evidence_id: int, actor: str, reason: str | None = None) -> None:
    """Accept proposed evidence: its status change becomes part of the reviewed history."""
    evidence = _evidence(session, evidence_id)
    if evidence.review_state == "accepted":
        raise UserError(f"evidence {evidence_id} is already accepted")
    previous = evidence.review_state
    evidence.review_state = "accepted"
    _reviewed_change(session, evidence, actor, reason)
    _keep_reviewed_in_step(session, evidence.commitment_pk, actor, reason or f"evidence {evidence_id} accepted")
    _audit(session, actor, "accept", "evidence", str(evidence_id), reason, previous=previous)
    session.flush()
    if previous == "rejected":  # it counts again for the proposed status as well
        _rederive(session, [evidence.commitment_pk])


def reject_evidence(session: Session, evidence_id: int, actor: str, reason: str | None = None) -> None:
    """Reject evidence: it no longer counts towards the proposed status (history is kept)."""
    evidence = _evidence(session, evidence_id)
    if evidence.review_state == "rejected":
        raise UserError(f"evidence {evidence_id} is already rejected")
    previous = evidence.review_state
    evidence.review_state = "rejected"
    if previous == "accepted":
        _keep_reviewed_in_step(session, evidence.commitment_pk, actor, reason or f"evidence {evidence_id} rejected")
    _audit(session, actor, "reject", "evidence", str(evidence_id), reason, previous=previous)
    session.flush()
    _rederive(session, [evidence.commitment_pk])


def _keep_reviewed_in_step(session: Session, commitment_pk: int, actor: str, reason: str) -> None:
    record_reviewed_changes(session, session.get(CommitmentRow, commitment_pk), actor, reason)


def _relinked_as(session: Session, evidence_id: int) -> object | None:
    """The evidence an earlier relink of this evidence made, if there was one."""
    row = session.scalars(select(AuditRow).where(
        AuditRow.action == "relink", AuditRow.object_type == "evidence", AuditRow.object_id == str(evidence_id),
    ).order_by(AuditRow.pk.desc())).first()
    return (row.details or {}).get("new_evidence", "?") if row is not None else None


def relink_evidence(session: Session, evidence_id: int, commitment_key: str, actor: str,
                    reason: str | None = None, stance: Stance | None = None,
                    agenda_id: str | None = None) -> int:
    """Move evidence to another commitment: the old link is rejected, a new accepted one made."""
    evidence = _evidence(session, evidence_id)
    target = find_commitment(session, commitment_key, agenda_id)
    if target.pk == evidence.commitment_pk:
        raise UserError(f"evidence {evidence_id} is already linked to {commitment_key}")
    earlier = _relinked_as(session, evidence_id) if evidence.review_state == "rejected" else None
    if earlier is not None:
        raise UserError(f"evidence {evidence_id} was already relinked (as evidence {earlier}): relink that one")
    when = _evidence_date(session, evidence)
    if when is not None and when < target.announced:
        raise UserError(f"evidence {evidence_id} is from {when}, before {commitment_key} was announced "
                        f"({target.announced}): it cannot count for it")
    clash = session.scalars(select(EvidenceRow).where(
        EvidenceRow.statement_pk == evidence.statement_pk, EvidenceRow.commitment_pk == target.pk
    )).first()
    was_accepted = evidence.review_state == "accepted"
    evidence.review_state = "rejected"
    if clash is not None:
        moved = clash
        moved.review_state = "accepted"
        if stance:
            moved.stance = str(stance)
    else:
        moved = EvidenceRow(
            statement_pk=evidence.statement_pk, commitment_pk=target.pk,
            stance=str(stance or evidence.stance), score=evidence.score, review_state="accepted",
            money_stage=evidence.money_stage, reasons=[f"relinked from evidence {evidence_id}"],
        )
        session.add(moved)
    session.flush()
    _reviewed_change(session, moved, actor, reason)
    why = reason or f"evidence {evidence_id} relinked to {commitment_key}"
    _keep_reviewed_in_step(session, target.pk, actor, why)
    if was_accepted:
        _keep_reviewed_in_step(session, evidence.commitment_pk, actor, why)
    _audit(session, actor, "relink", "evidence", str(evidence_id), reason,
           to_commitment=commitment_key, new_evidence=moved.pk)
    session.flush()
    _rederive(session, [evidence.commitment_pk, target.pk])
    return moved.pk


def set_status(session: Session, commitment_key: str, status: Status, actor: str, reason: str,
               when: date | None = None, agenda_id: str | None = None) -> None:
    """A person's status decision, added as a new dated, reviewed change."""
    if not reason or not reason.strip():
        raise UserError("a reason is required to set a status by hand")
    commitment = find_commitment(session, commitment_key, agenda_id)
    effective = when or today()
    if effective < commitment.announced:
        raise UserError(f"{effective} is before {commitment_key} was announced ({commitment.announced})")
    if effective > today():
        raise UserError(f"{effective} is after today ({today()}): a status is set on a day that has come")
    session.add(StatusChangeRow(
        commitment_pk=commitment.pk, date=effective, status=str(status), basis="review",
        reviewed=True, author=actor, reason=reason,
    ))
    _keep_reviewed_in_step(session, commitment.pk, actor, reason)
    _audit(session, actor, "set-status", "commitment", f"{commitment.agenda_id}/{commitment_key}",
           reason, status=str(status), date=effective.isoformat())
    session.flush()
    _rederive(session, [commitment.pk])


def _rederive(session: Session, commitment_pks: list[int]) -> None:
    """After a review changed what counts, record the machine's proposed changes again, so that the
    pages' SQL status (which replays the stored rows) shows what the engine shows; this also
    refreshes the date each commitment falls due short (`partial_on`)."""
    for pk in dict.fromkeys(commitment_pks):
        record_proposed_changes(session, session.get(CommitmentRow, pk), date.max)


def audit_log(session: Session, limit: int | None = 100) -> list[AuditRow]:
    """The audit log, newest first (all of it when `limit` is None)."""
    return list(session.scalars(select(AuditRow).order_by(AuditRow.pk.desc()).limit(limit)))
