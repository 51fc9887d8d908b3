"""Lists for browsing: agendas with their sizes, documents and statements, paginated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from agenda.store.listing import Page, like_pattern
from agenda.store.review import Proposal
from agenda.store.schema import AgendaRow, AuditRow, CommitmentRow, DocumentRow, EvidenceRow, StatementRow


@dataclass
class AgendaInfo:
    id: str
    title: str
    parties: list[str]
    note: str | None
    commitments: int


def list_agendas(session: Session) -> list[AgendaInfo]:
    sizes = dict(session.execute(
        select(CommitmentRow.agenda_id, func.count()).group_by(CommitmentRow.agenda_id)).all())
    return [
        AgendaInfo(id=row.id, title=row.title, parties=list(row.parties or []), note=row.note,
                   commitments=sizes.get(row.id, 0))
        for row in session.scalars(select(AgendaRow).order_by(AgendaRow.id))
    ]


@dataclass
class DocumentSummary:
    id: str
    title: str | None
    published: date | None
    source: str | None
    lang: str | None
    url: str | None
    statements: int = 0


def list_documents(session: Session, as_of: date | None, q: str | None = None, lang: str | None = None,
                   page: int = 1, per_page: int = 50) -> Page[DocumentSummary]:
    """Documents published on or before `as_of` (undated ones only without it), newest first."""
    conditions = []
    if as_of is not None:
        conditions.append(DocumentRow.published <= as_of)
    if lang:
        conditions.append(DocumentRow.lang == lang)
    if q:
        pattern = like_pattern(q)
        conditions.append(or_(DocumentRow.title.ilike(pattern, escape="\\"),
                              DocumentRow.key.ilike(pattern, escape="\\")))
    where = and_(true(), *conditions)
    total = session.scalar(select(func.count()).select_from(DocumentRow).where(where)) or 0
    rows = session.execute(
        select(DocumentRow.pk, DocumentRow.key, DocumentRow.title, DocumentRow.published, DocumentRow.source,
               DocumentRow.lang, DocumentRow.url)
        .where(where)
        .order_by(DocumentRow.published.desc(), DocumentRow.pk.desc())
        .limit(per_page).offset((page - 1) * per_page)
    ).all()
    counts = dict(session.execute(
        select(StatementRow.document_pk, func.count())
        .where(StatementRow.document_pk.in_([r.pk for r in rows]))
        .group_by(StatementRow.document_pk)
    ).all()) if rows else {}
    items = [DocumentSummary(id=r.key, title=r.title, published=r.published, source=r.source, lang=r.lang,
                             url=r.url, statements=counts.get(r.pk, 0)) for r in rows]
    return Page(items=items, total=total, page=page, per_page=per_page)


@dataclass
class StatementSummary:
    id: int
    document: str
    document_date: date | None
    start: int
    end: int
    text: str
    type: str
    kind: str
    pillar: str
    actors: list[str]
    lang: str | None
    confidence: float


def list_statements(session: Session, as_of: date | None, type_: str | None = None, document: str | None = None,
                    q: str | None = None, page: int = 1, per_page: int = 50) -> Page[StatementSummary]:
    """Recognised statements, newest document first, narrowed by type, document and text."""
    conditions = []
    if as_of is not None:
        conditions.append(DocumentRow.published <= as_of)
    if type_:
        conditions.append(StatementRow.type == type_)
    if document:
        conditions.append(DocumentRow.key == document)
    if q:
        conditions.append(StatementRow.text.ilike(like_pattern(q), escape="\\"))
    where = and_(true(), *conditions)
    joined = select(func.count()).select_from(StatementRow).join(DocumentRow).where(where)
    total = session.scalar(joined) or 0
    rows = session.execute(
        select(StatementRow, DocumentRow.key, DocumentRow.published)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .where(where)
        .order_by(DocumentRow.published.desc(), DocumentRow.pk.desc(), StatementRow.start)
        .limit(per_page).offset((page - 1) * per_page)
    ).all()
    items = [
        StatementSummary(id=st.pk, document=key, document_date=published, start=st.start, end=st.end,
                         text=st.text, type=st.type, kind=st.kind, pillar=st.pillar, actors=list(st.actors or []),
                         lang=st.lang, confidence=st.confidence)
        for st, key, published in rows
    ]
    return Page(items=items, total=total, page=page, per_page=per_page)


def known_on(as_of: date | None) -> ColumnElement[bool]:
    """Evidence a reviewer could see on `as_of`: its document is not dated after it (undated ones count)."""
    if as_of is None:
        return true()
    return or_(DocumentRow.published.is_(None), DocumentRow.published <= as_of)


def count_proposals(session: Session, agenda_id: str | None, state: str = "proposed",
                    as_of: date | None = None) -> int:
    """Evidence in a review state (of one agenda) whose document is known on `as_of`."""
    count = select(func.count()).select_from(EvidenceRow).where(EvidenceRow.review_state == state)
    if agenda_id:
        count = count.join(CommitmentRow, EvidenceRow.commitment_pk == CommitmentRow.pk).where(
            CommitmentRow.agenda_id == agenda_id)
    if as_of is None:
        return session.scalar(count) or 0
    # walk the evidence of the smaller side of the date (two index range counts tell which): all
    # of it minus the later documents' for a recent date, the known documents' for an early one
    later = DocumentRow.published > as_of
    later_documents = session.scalar(select(func.count()).select_from(DocumentRow).where(later)) or 0
    if not later_documents:
        return session.scalar(count) or 0
    all_documents = session.scalar(select(func.count()).select_from(DocumentRow)) or 0

    def of_documents(condition: ColumnElement[bool]) -> int:
        statements = select(StatementRow.pk).join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        return session.scalar(count.where(EvidenceRow.statement_pk.in_(statements.where(condition)))) or 0

    if later_documents * 2 <= all_documents:
        return (session.scalar(count) or 0) - of_documents(later)
    return of_documents(known_on(as_of))


def list_proposals_as_of(session: Session, agenda_id: str | None, state: str, as_of: date | None,
                         limit: int, offset: int = 0) -> list[Proposal]:
    """Evidence in a review state whose document is known on `as_of`, oldest document first."""
    query = (
        select(EvidenceRow, StatementRow, DocumentRow, CommitmentRow)
        .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .join(CommitmentRow, EvidenceRow.commitment_pk == CommitmentRow.pk)
        .where(EvidenceRow.review_state == state, known_on(as_of))
        .order_by(DocumentRow.published, EvidenceRow.pk).limit(limit).offset(offset)
    )
    if agenda_id:
        query = query.where(CommitmentRow.agenda_id == agenda_id)
    return [
        Proposal(evidence_id=ev.pk, agenda=c.agenda_id, commitment=c.key, commitment_text=c.text,
                 stance=ev.stance, score=ev.score, review_state=ev.review_state, statement=st.text,
                 statement_type=st.type, document=doc.key, document_title=doc.title,
                 document_date=doc.published, document_lang=doc.lang, reasons=list(ev.reasons or []))
        for ev, st, doc, c in session.execute(query)
    ]


def audit_entries(session: Session, as_of: date | None, limit: int) -> list[AuditRow]:
    """The audit log up to the end of `as_of` (UTC), newest first."""
    query = select(AuditRow).order_by(AuditRow.pk.desc()).limit(limit)
    if as_of is not None:
        query = query.where(AuditRow.at < datetime.combine(as_of + timedelta(days=1), time()))
    return list(session.scalars(query))
