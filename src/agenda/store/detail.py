"""One commitment with its dated history and evidence, and one document with its statements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.errors import NotFoundError
from agenda.model import Stance, Status
from agenda.store.agendas import row_to_commitment
from agenda.store.schema import CommitmentRow, DocumentRow, EvidenceRow, StatementRow, StatusChangeRow
from agenda.track.status import Change, CommitmentStatus, EvidenceFact, status_as_of


@dataclass
class HistoryEntry:
    date: date
    status: str
    basis: str
    reviewed: bool
    author: str | None
    reason: str | None
    document: str | None
    evidence_id: int | None
    withdrawn: bool


@dataclass
class EvidenceItem:
    id: int
    stance: str
    score: float
    review_state: str
    reasons: list[str]
    statement_id: int
    statement: str
    statement_type: str
    document: str
    document_title: str | None
    document_date: date | None
    document_source: str | None
    document_lang: str | None
    document_url: str | None


@dataclass
class CommitmentDetail:
    agenda: str
    row: CommitmentRow
    state: CommitmentStatus
    history: list[HistoryEntry]
    later_changes: int
    evidence: list[EvidenceItem]
    parent: tuple[str, str] | None = None
    children: list[tuple[str, str]] = field(default_factory=list)


def get_commitment_row(session: Session, agenda_id: str, key: str) -> CommitmentRow:
    row = session.scalars(
        select(CommitmentRow).where(CommitmentRow.agenda_id == agenda_id, CommitmentRow.key == key)
    ).first()
    if row is None:
        raise NotFoundError(f"unknown commitment {key!r} in agenda {agenda_id!r}")
    return row


def commitment_detail(session: Session, agenda_id: str, key: str, as_of: date) -> CommitmentDetail:
    row = get_commitment_row(session, agenda_id, key)
    evidence_rows = session.execute(
        select(EvidenceRow, StatementRow, DocumentRow)
        .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .where(EvidenceRow.commitment_pk == row.pk)
        .order_by(DocumentRow.published, EvidenceRow.pk)
    ).all()
    rejected = {ev.pk for ev, _, _ in evidence_rows if ev.review_state == "rejected"}
    changes = list(session.scalars(
        select(StatusChangeRow).where(StatusChangeRow.commitment_pk == row.pk)
        .order_by(StatusChangeRow.date, StatusChangeRow.pk)
    ))
    history = [
        HistoryEntry(date=c.date, status=c.status, basis=c.basis, reviewed=c.reviewed, author=c.author,
                     reason=c.reason, document=c.document_key, evidence_id=c.evidence_pk,
                     withdrawn=not c.reviewed and c.evidence_pk in rejected)
        for c in changes if c.date <= as_of
    ]
    facts = [
        EvidenceFact(date=doc.published, stance=Stance(ev.stance), review_state=ev.review_state, text=st.text,
                     document=doc.key, amount=st.amount_value, quantity=st.quantity_value)
        for ev, st, doc in evidence_rows if doc.published is not None
    ]
    engine_changes = [Change(date=c.date, status=Status(c.status), reviewed=c.reviewed, order=c.pk)
                      for c in changes if c.reviewed or c.evidence_pk not in rejected]
    state = status_as_of(row_to_commitment(row), engine_changes, facts, as_of)
    evidence = [
        EvidenceItem(
            id=ev.pk, stance=ev.stance, score=ev.score, review_state=ev.review_state, reasons=list(ev.reasons or []),
            statement_id=st.pk, statement=st.text, statement_type=st.type, document=doc.key,
            document_title=doc.title, document_date=doc.published, document_source=doc.source,
            document_lang=doc.lang, document_url=doc.url,
        )
        for ev, st, doc in evidence_rows if doc.published is None or doc.published <= as_of
    ]
    parent = None
    if row.parent_key:
        parent_row = session.scalars(select(CommitmentRow).where(
            CommitmentRow.agenda_id == agenda_id, CommitmentRow.key == row.parent_key)).first()
        parent = (row.parent_key, parent_row.text if parent_row else "")
    children = [(k, t) for k, t in session.execute(
        select(CommitmentRow.key, CommitmentRow.text)
        .where(CommitmentRow.agenda_id == agenda_id, CommitmentRow.parent_key == row.key)
        .order_by(CommitmentRow.pk)
    )]
    return CommitmentDetail(agenda=agenda_id, row=row, state=state, history=history,
                            later_changes=sum(1 for c in changes if c.date > as_of), evidence=evidence,
                            parent=parent, children=children)


@dataclass
class StatementLink:
    evidence_id: int
    agenda: str
    commitment: str
    stance: str
    review_state: str


@dataclass
class StatementItem:
    id: int
    start: int
    end: int
    text: str
    type: str
    kind: str
    pillar: str
    actors: list[str]
    confidence: float
    links: list[StatementLink] = field(default_factory=list)


@dataclass
class DocumentDetail:
    row: DocumentRow
    statements: list[StatementItem]
    sources: list[str]


def get_document_row(session: Session, key: str) -> DocumentRow:
    row = session.scalars(select(DocumentRow).where(DocumentRow.key == key)).first()
    if row is None:
        raise NotFoundError(f"unknown document {key!r}")
    return row


def document_detail(session: Session, key: str) -> DocumentDetail:
    row = get_document_row(session, key)
    statements = {
        st.pk: StatementItem(id=st.pk, start=st.start, end=st.end, text=st.text, type=st.type, kind=st.kind,
                             pillar=st.pillar, actors=list(st.actors or []), confidence=st.confidence)
        for st in session.scalars(select(StatementRow).where(StatementRow.document_pk == row.pk)
                                  .order_by(StatementRow.start, StatementRow.pk))
    }
    links = session.execute(
        select(EvidenceRow, CommitmentRow.agenda_id, CommitmentRow.key)
        .join(CommitmentRow, EvidenceRow.commitment_pk == CommitmentRow.pk)
        .where(EvidenceRow.statement_pk.in_(list(statements)))
        .order_by(EvidenceRow.pk)
    ) if statements else []
    for ev, agenda_id, commitment in links:
        statements[ev.statement_pk].links.append(StatementLink(
            evidence_id=ev.pk, agenda=agenda_id, commitment=commitment, stance=ev.stance,
            review_state=ev.review_state))
    return DocumentDetail(row=row, statements=list(statements.values()),
                          sources=sorted(s.locator for s in row.sources))
