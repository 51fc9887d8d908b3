"""Reading stored evidence and status rows as the plain facts the status engine works on."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.model import MoneyStage, Stance, Statement, StatementType, Status
from agenda.store.schema import DocumentRow, EvidenceRow, StatementRow, StatusChangeRow
from agenda.track.progress import EvidenceFact
from agenda.track.stance import is_cumulative
from agenda.track.status import Change

# Status rows a person made that the machine's replay starts from: `set-status` decisions and
# imported timelines. Rows made on accepting evidence carry their evidence; corrections after a
# rejection only fix the reviewed status and are not decisions about the evidence.
MANUAL_BASES = frozenset({"review", "import"})


def evidence_facts(session: Session, commitment_pks: Iterable[int]) -> dict[int, list[EvidenceFact]]:
    """Every piece of evidence of the commitments (all review states), oldest document first."""
    pks = list(commitment_pks)
    facts: dict[int, list[EvidenceFact]] = {pk: [] for pk in pks}
    if not pks:
        return facts
    query = (
        select(EvidenceRow, StatementRow, DocumentRow)
        .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .where(EvidenceRow.commitment_pk.in_(pks))
        .order_by(DocumentRow.published, StatementRow.start, EvidenceRow.pk)
    )
    for ev, statement, document in session.execute(query):
        if document.published is None:
            continue
        facts[ev.commitment_pk].append(fact_of(ev, statement, document))
    return facts


def fact_of(ev: EvidenceRow, statement: StatementRow, document: DocumentRow) -> EvidenceFact:
    probe = Statement(doc=document.key, start=statement.start, end=statement.end, text=statement.text,
                      type=StatementType(statement.type), lang=statement.lang or document.lang)
    return EvidenceFact(
        date=document.published, stance=Stance(ev.stance), review_state=ev.review_state,
        text=statement.text, document=document.key, amount=statement.amount_value,
        currency=statement.amount_currency, quantity=statement.quantity_value,
        unit=statement.quantity_unit, money_stage=MoneyStage(ev.money_stage) if ev.money_stage else None,
        cumulative=is_cumulative(probe), evidence_id=ev.pk, score=ev.score,
    )


def status_changes(session: Session, commitment_pks: Iterable[int]) -> dict[int, list[Change]]:
    """The stored status rows of the commitments, as engine changes."""
    pks = list(commitment_pks)
    changes: dict[int, list[Change]] = {pk: [] for pk in pks}
    if not pks:
        return changes
    rows = session.scalars(
        select(StatusChangeRow).where(StatusChangeRow.commitment_pk.in_(pks))
        .order_by(StatusChangeRow.date, StatusChangeRow.pk)
    )
    for row in rows:
        manual = row.reviewed and row.evidence_pk is None and row.basis in MANUAL_BASES
        changes[row.commitment_pk].append(Change(
            date=row.date, status=Status(row.status), reviewed=row.reviewed, order=row.pk, manual=manual,
            reason=row.reason, evidence_id=row.evidence_pk,
        ))
    return changes
