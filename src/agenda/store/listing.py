"""Filtered, paginated lists of an agenda's commitments with their status as of a date."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import ColumnElement, String, and_, case, cast, func, or_, select, true
from sqlalchemy.orm import Session

from agenda.store.schema import CommitmentRow, DocumentRow, EvidenceRow, StatementRow
from agenda.store.status_sql import is_overdue, overdue_condition, status_table

T = TypeVar("T")
SORTS = ("agenda", "due", "id")


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


@dataclass
class CommitmentFilters:
    """What the user narrowed the list to; every field is optional."""

    status: str | None = None
    proposed: str | None = None
    pillar: str | None = None
    party: str | None = None
    kind: str | None = None
    overdue: bool | None = None
    has_target: bool | None = None
    q: str | None = None
    sort: str = "agenda"


@dataclass
class EvidenceStats:
    count: int = 0
    last_date: date | None = None
    amount: float = 0.0
    quantity: float = 0.0


@dataclass
class CommitmentSummary:
    """One row of a commitment list: the commitment, its status on the date and its evidence."""

    agenda: str
    id: str
    text: str
    parties: list[str]
    kind: str
    pillar: str
    announced: date
    due: date | None
    parent: str | None
    target_value: float | None
    target_unit: str | None
    status: str
    proposed_status: str
    overdue: bool
    progress: float | None = None
    evidence_count: int = 0
    last_evidence_date: date | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def no_evidence(self) -> bool:
        return self.evidence_count == 0


def like_pattern(text: str) -> str:
    """`%text%` for LIKE, with the wildcards in the user's text taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(columns, filters: CommitmentFilters, as_of: date) -> list[ColumnElement[bool]]:  # type: ignore[no-untyped-def]
    conditions: list[ColumnElement[bool]] = []
    if filters.status:
        conditions.append(columns.status == filters.status)
    if filters.proposed:
        conditions.append(columns.proposed == filters.proposed)
    if filters.pillar:
        conditions.append(columns.pillar == filters.pillar)
    if filters.kind:
        conditions.append(columns.kind == filters.kind)
    if filters.party:
        # parties is a JSON list of ISO codes, stored as text on both engines: match the quoted code
        conditions.append(cast(columns.parties, String).like(like_pattern(f'"{filters.party}"'), escape="\\"))
    if filters.overdue is not None:
        overdue = overdue_condition(columns.due, columns.proposed, as_of)
        conditions.append(overdue if filters.overdue else ~overdue)
    if filters.has_target is not None:
        conditions.append(columns.target_value.is_not(None) if filters.has_target
                          else columns.target_value.is_(None))
    if filters.q:
        pattern = like_pattern(filters.q)
        conditions.append(or_(columns.text.ilike(pattern, escape="\\"), columns.key.ilike(pattern, escape="\\"),
                              columns.quote.ilike(pattern, escape="\\")))
    return conditions


def list_commitments(session: Session, agenda_id: str, as_of: date, filters: CommitmentFilters,
                     page: int = 1, per_page: int = 50) -> Page[CommitmentSummary]:
    """One page of the agenda's commitments matching the filters, with status and evidence."""
    if filters.status or filters.proposed or filters.overdue is not None:
        return _list_by_status(session, agenda_id, as_of, filters, page, per_page)
    # no filter on status: count and page on the commitments alone, and work out the status of
    # this page's commitments only
    columns = CommitmentRow.__table__.c
    where = and_(columns.agenda_id == agenda_id, columns.announced <= as_of, *_conditions(columns, filters, as_of))
    total = session.scalar(select(func.count()).select_from(CommitmentRow).where(where)) or 0
    order = {"due": (columns.due.is_(None), columns.due, columns.pk), "id": (columns.key,)}.get(
        filters.sort, (columns.pk,))
    pks = list(session.scalars(select(columns.pk).where(where).order_by(*order)
                               .limit(per_page).offset((page - 1) * per_page)))
    return Page(items=summaries(session, agenda_id, pks, as_of), total=total, page=page, per_page=per_page)


def _list_by_status(session: Session, agenda_id: str, as_of: date, filters: CommitmentFilters,
                    page: int, per_page: int) -> Page[CommitmentSummary]:
    # only the page's keys here, so the status subqueries run once per commitment and only those
    # the filters name; the page's rows then get their whole summary
    table = status_table(
        agenda_id, as_of, CommitmentRow.key, CommitmentRow.text, CommitmentRow.parties, CommitmentRow.kind,
        CommitmentRow.pillar, CommitmentRow.due, CommitmentRow.target_value, CommitmentRow.quote,
    ).subquery()
    conditions = _conditions(table.c, filters, as_of)
    order = {
        "due": (table.c.due.is_(None), table.c.due, table.c.pk),
        "id": (table.c.key,),
    }.get(filters.sort, (table.c.pk,))
    query = (
        select(table.c.pk, func.count().over().label("total"))
        .where(and_(true(), *conditions))
        .order_by(*order)
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    rows = session.execute(query).all()
    if rows:
        total = rows[0].total
    else:
        total = session.scalar(select(func.count()).select_from(table).where(and_(true(), *conditions))) or 0
    return Page(items=summaries(session, agenda_id, [r.pk for r in rows], as_of), total=total, page=page,
                per_page=per_page)


def summaries(session: Session, agenda_id: str, pks: list[int], as_of: date) -> list[CommitmentSummary]:
    """The list rows of these commitments, in the order given."""
    found = summaries_by_pk(session, agenda_id, pks, as_of)
    return [found[pk] for pk in pks if pk in found]


def summaries_by_pk(session: Session, agenda_id: str, pks: list[int], as_of: date) -> dict[int, CommitmentSummary]:
    """The list rows of these commitments (those that exist), by primary key."""
    if not pks:
        return {}
    table = status_table(
        agenda_id, as_of, CommitmentRow.key, CommitmentRow.text, CommitmentRow.parties, CommitmentRow.kind,
        CommitmentRow.pillar, CommitmentRow.announced, CommitmentRow.due, CommitmentRow.parent_key,
        CommitmentRow.target_value, CommitmentRow.target_unit,
    ).where(CommitmentRow.pk.in_(pks))
    found = {r.pk: _summary(agenda_id, r, as_of) for r in session.execute(table)}
    add_evidence_stats(session, found, as_of)
    return found


def _summary(agenda_id: str, r, as_of: date) -> CommitmentSummary:  # type: ignore[no-untyped-def]
    return CommitmentSummary(
        agenda=agenda_id, id=r.key, text=r.text, parties=list(r.parties or []), kind=r.kind,
        pillar=r.pillar, announced=r.announced, due=r.due, parent=r.parent_key,
        target_value=r.target_value, target_unit=r.target_unit, status=r.status,
        proposed_status=r.proposed, overdue=is_overdue(r.due, r.proposed, as_of),
    )


def evidence_stats(session: Session, commitment_pks: list[int], as_of: date) -> dict[int, EvidenceStats]:
    """Per commitment: live evidence dated on or before `as_of`, and the sums that count as progress."""
    if not commitment_pks:
        return {}
    counted = EvidenceRow.stance != "restate"
    query = (
        select(
            EvidenceRow.commitment_pk,
            func.count(),
            func.max(DocumentRow.published),
            func.sum(case((counted, StatementRow.amount_value), else_=None)),
            func.sum(case((counted, StatementRow.quantity_value), else_=None)),
        )
        .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .where(EvidenceRow.commitment_pk.in_(commitment_pks), EvidenceRow.review_state != "rejected",
               DocumentRow.published <= as_of)
        .group_by(EvidenceRow.commitment_pk)
    )
    return {
        pk: EvidenceStats(count=count, last_date=last, amount=amount or 0.0, quantity=quantity or 0.0)
        for pk, count, last, amount, quantity in session.execute(query)
    }


def progress_of(target_value: float | None, target_unit: str | None, stats: EvidenceStats) -> float | None:
    """The fraction of a numeric target reached, as `agenda status` computes it."""
    if target_value is None or not target_unit or target_value == 0:
        return None
    is_money = len(target_unit) == 3 and target_unit.isupper()
    total = stats.amount if is_money else stats.quantity
    return round(min(total / target_value, 1.0), 4)


def add_evidence_stats(session: Session, by_pk: dict[int, CommitmentSummary], as_of: date) -> None:
    stats = evidence_stats(session, list(by_pk), as_of)
    for pk, item in by_pk.items():
        found = stats.get(pk, EvidenceStats())
        item.evidence_count = found.count
        item.last_evidence_date = found.last_date
        item.progress = progress_of(item.target_value, item.target_unit, found)
