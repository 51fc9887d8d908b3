"""Statements that look like commitments but match nothing in an agenda: list, adopt, dismiss, restate."""

# A commitment statement is proposed as a new commitment of an agenda when it names at least
# one of the agenda's parties (or names none, in a document that does) and has no evidence link
# to any of its commitments. A reviewer
# adopts it (a new commitment with origin `proposed`, announced on the document's date, the
# sentence as its quote and as its first evidence), dismisses it, or marks it as the
# re-announcement of an existing commitment. Every action is in the audit log; dismissals are
# read back from it (nothing is deleted).


from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agenda.agendafile import ID_PATTERN
from agenda.errors import NotFoundError, UserError
from agenda.model import Kind, Pillar, Stance, Statement, StatementType, Status
from agenda.store.agendas import find_commitment, resolve_agenda_id, row_to_commitment
from agenda.store.schema import (
    AgendaRow,
    AuditRow,
    CommitmentRow,
    DocumentRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)
from agenda.track.text import keywords

MIN_CONFIDENCE = 0.5


@dataclass
class NewCommitmentProposal:
    """A commitment sentence no commitment of the agenda accounts for."""

    statement_id: int
    agenda: str
    text: str
    actors: list[str]
    kind: str
    pillar: str
    amount: dict[str, Any] | None
    quantity: dict[str, Any] | None
    due: date | None
    confidence: float
    document: str
    document_title: str | None
    document_date: date | None
    document_lang: str | None
    nearest: str | None = None
    nearest_score: float | None = None


def _dismissed(session: Session, agenda_id: str) -> set[int]:
    rows = session.scalars(select(AuditRow.object_id).where(
        AuditRow.action == "dismiss", AuditRow.object_type == "statement",
        AuditRow.object_id.like(f"{agenda_id}/%")))
    return {int(r.rsplit("/", 1)[1]) for r in rows}


def list_new_commitments(session: Session, agenda_id: str | None = None, limit: int | None = None,
                         offset: int = 0, nearest: bool = False, as_of: date | None = None,
                         ) -> list[NewCommitmentProposal]:
    """Commitment statements not linked to any commitment of the agenda(s), oldest first; with
    `as_of`, only those of documents known then (not dated after it; undated ones count)."""
    found = _unaccounted(session, agenda_id, as_of)[offset:offset + limit if limit is not None else None]
    if nearest and found:
        _fill_nearest(session, found)
    return found


def page_of_new_commitments(session: Session, agenda_id: str | None, limit: int, offset: int = 0,
                            nearest: bool = False, as_of: date | None = None,
                            ) -> tuple[list[NewCommitmentProposal], int]:
    """One page of `list_new_commitments` and how many there are in all (one pass over the statements)."""
    everything = _unaccounted(session, agenda_id, as_of)
    found = everything[offset:offset + limit]
    if nearest and found:
        _fill_nearest(session, found)
    return found, len(everything)


def _unaccounted(session: Session, agenda_id: str | None, as_of: date | None) -> list[NewCommitmentProposal]:
    agendas = [session.get(AgendaRow, agenda_id)] if agenda_id else list(session.scalars(select(AgendaRow)))
    if agenda_id and agendas[0] is None:
        raise NotFoundError(f"unknown agenda {agenda_id!r}")
    found: list[NewCommitmentProposal] = []
    for agenda in agendas:
        linked = set(session.scalars(select(EvidenceRow.statement_pk).join(CommitmentRow).where(
            CommitmentRow.agenda_id == agenda.id)))
        skip = linked | _dismissed(session, agenda.id)
        parties = set(agenda.parties or [])
        query = (select(StatementRow, DocumentRow).join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
                 .where(StatementRow.type == str(StatementType.COMMITMENT),
                        StatementRow.confidence >= MIN_CONFIDENCE)
                 .order_by(DocumentRow.published, StatementRow.document_pk, StatementRow.start))
        if as_of is not None:
            query = query.where(or_(DocumentRow.published.is_(None), DocumentRow.published <= as_of))
        rows = [(st, doc) for st, doc in session.execute(query) if st.pk not in skip]
        named: dict[int, set[str]] = {}
        for st, _ in rows:
            named.setdefault(st.document_pk, set()).update(st.actors or [])
        for statement, document in rows:
            # "The two governments will ..." names no party: its document must name the agenda's.
            actors = set(statement.actors or []) or named.get(statement.document_pk, set())
            if actors & parties:
                found.append(_proposal(agenda.id, statement, document))
    return found


def _proposal(agenda_id: str, st: StatementRow, doc: DocumentRow) -> NewCommitmentProposal:
    amount = {"value": st.amount_value, "currency": st.amount_currency} if st.amount_value else None
    quantity = {"value": st.quantity_value, "unit": st.quantity_unit} if st.quantity_value else None
    return NewCommitmentProposal(
        statement_id=st.pk, agenda=agenda_id, text=st.text, actors=list(st.actors or []), kind=st.kind,
        pillar=st.pillar, amount=amount, quantity=quantity, due=st.due, confidence=st.confidence,
        document=doc.key, document_title=doc.title, document_date=doc.published, document_lang=doc.lang,
    )


def _fill_nearest(session: Session, proposals: list[NewCommitmentProposal]) -> None:
    """The closest existing commitment of each proposal's agenda (a possible re-announcement)."""
    from agenda.track.index import CommitmentIndex
    from agenda.track.link import LinkOptions, link_document_detailed

    indexes: dict[str, CommitmentIndex] = {}
    everything = LinkOptions(progress_threshold=1.01, commitment_threshold=1.01, suggest_threshold=0.0)
    for p in proposals:
        if p.agenda not in indexes:
            rows = session.scalars(select(CommitmentRow).where(CommitmentRow.agenda_id == p.agenda))
            indexes[p.agenda] = CommitmentIndex([row_to_commitment(r) for r in rows])
        probe = Statement(doc=p.document, start=0, end=len(p.text), text=p.text, type=StatementType.COMMITMENT,
                          lang=p.document_lang, doc_date=p.document_date)
        probe.slots.actors, probe.slots.kind, probe.slots.pillar = p.actors, Kind(p.kind), Pillar(p.pillar)
        result = link_document_detailed([probe], indexes[p.agenda], options=everything)[0]
        if result.nearest is not None:
            p.nearest, p.nearest_score = result.nearest.commitment_id, result.nearest.score


def _statement(session: Session, statement_id: int) -> tuple[StatementRow, DocumentRow]:
    statement = session.get(StatementRow, statement_id)
    if statement is None:
        raise NotFoundError(f"no statement with id {statement_id}")
    return statement, session.get(DocumentRow, statement.document_pk)


def _audit(session: Session, actor: str, action: str, object_id: str, reason: str | None, **details: object) -> None:
    session.add(AuditRow(actor=actor, action=action, object_type="statement", object_id=object_id,
                         reason=reason, details=details))


def _slug(session: Session, agenda_id: str, text: str) -> str:
    """An id from the text's first five content words, whole and without accents ("vice-president-
    kamala-harris-president"), made unique in the agenda with a number."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    words = list(dict.fromkeys(w for w in re.findall(r"[a-z0-9]+", folded) if keywords(w)))
    kept: list[str] = []
    for word in words[:5]:
        if len("-".join([*kept, word])) > 60:
            break
        kept.append(word)
    base = "-".join(kept) or "commitment"
    key, n = base, 2
    while session.scalars(select(CommitmentRow.pk).where(CommitmentRow.agenda_id == agenda_id,
                                                         CommitmentRow.key == key)).first() is not None:
        key, n = f"{base}-{n}", n + 1
    return key


def adopt_statement(session: Session, statement_id: int, actor: str, agenda_id: str | None = None,
                    key: str | None = None, text: str | None = None, parent: str | None = None,
                    reason: str | None = None) -> str:
    """Make a proposed statement a commitment of the agenda (origin `proposed`); returns its id."""
    statement, document = _statement(session, statement_id)
    if statement.type != str(StatementType.COMMITMENT):
        raise UserError(f"statement {statement_id} reports progress, it promises nothing: link it to the "
                        "commitment it is about with `agenda review relink`, or leave it")
    agenda_id = resolve_agenda_id(session, agenda_id)
    agenda = session.get(AgendaRow, agenda_id)
    if session.scalars(select(EvidenceRow.pk).join(CommitmentRow).where(
            EvidenceRow.statement_pk == statement_id, CommitmentRow.agenda_id == agenda_id)).first() is not None:
        raise UserError(f"statement {statement_id} is already linked to a commitment of {agenda_id}")
    if document.published is None:
        raise UserError(f"statement {statement_id} comes from an undated document: set its date first")
    if parent is not None:
        find_commitment(session, parent, agenda_id)
    if key is not None and not ID_PATTERN.match(key):
        raise UserError(f"commitment id {key!r}: use letters, digits and . _ : - (at most 200, starting with a "
                        "letter or digit)")
    new_key = key or _slug(session, agenda_id, text or statement.text)
    if session.scalars(select(CommitmentRow.pk).where(CommitmentRow.agenda_id == agenda_id,
                                                      CommitmentRow.key == new_key)).first() is not None:
        raise UserError(f"commitment {new_key!r} already exists in {agenda_id}")
    parties = sorted(set(statement.actors or []) & set(agenda.parties or [])) or sorted(statement.actors or [])
    target_value = statement.amount_value or statement.quantity_value
    target_unit = statement.amount_currency if statement.amount_value else statement.quantity_unit
    row = CommitmentRow(
        agenda_id=agenda_id, key=new_key, text=text or statement.text, parties=parties, kind=statement.kind,
        pillar=statement.pillar, announced=document.published, due=statement.due, target_value=target_value,
        target_unit=target_unit if target_value else None, parent_key=parent, source_doc=document.key,
        quote=statement.text, origin="proposed",
    )
    session.add(row)
    session.flush()
    session.add(StatusChangeRow(commitment_pk=row.pk, date=document.published, status=str(Status.ANNOUNCED),
                                basis="review", reviewed=True, document_key=document.key, author=actor,
                                reason=reason or "adopted from a proposed statement"))
    session.add(EvidenceRow(statement_pk=statement_id, commitment_pk=row.pk, stance=str(Stance.RESTATE),
                            score=1.0, review_state="accepted", reasons=["adopted as this commitment"]))
    _audit(session, actor, "adopt", f"{agenda_id}/{statement_id}", reason, commitment=new_key)
    session.flush()
    return new_key


def dismiss_statement(session: Session, statement_id: int, actor: str, agenda_id: str | None = None,
                      reason: str | None = None) -> None:
    """Stop proposing a statement as a new commitment of the agenda (recorded in the audit log)."""
    _statement(session, statement_id)
    agenda_id = resolve_agenda_id(session, agenda_id)
    if statement_id in _dismissed(session, agenda_id):
        raise UserError(f"statement {statement_id} is already dismissed for {agenda_id}")
    _audit(session, actor, "dismiss", f"{agenda_id}/{statement_id}", reason)
    session.flush()


def restate_statement(session: Session, statement_id: int, commitment_key: str, actor: str,
                      agenda_id: str | None = None, reason: str | None = None) -> int:
    """Record a proposed statement as a re-announcement of an existing commitment (accepted evidence)."""
    _statement(session, statement_id)
    commitment = find_commitment(session, commitment_key, agenda_id)
    known = session.scalars(select(EvidenceRow).where(EvidenceRow.statement_pk == statement_id,
                                                      EvidenceRow.commitment_pk == commitment.pk)).first()
    if known is not None:
        raise UserError(f"statement {statement_id} is already evidence {known.pk} of {commitment_key}")
    evidence = EvidenceRow(statement_pk=statement_id, commitment_pk=commitment.pk, stance=str(Stance.RESTATE),
                           score=1.0, review_state="accepted", reasons=["marked as a re-announcement"])
    session.add(evidence)
    session.flush()
    _audit(session, actor, "restate", f"{commitment.agenda_id}/{statement_id}", reason,
           commitment=commitment_key, evidence=evidence.pk)
    session.flush()
    return evidence.pk
