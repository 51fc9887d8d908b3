"""A commitment's reviewed and proposed status as of a date, computed in SQL for whole agendas.

The same rules as `agenda.track.status.status_as_of` (the reference used by `agenda status`),
expressed as one correlated index seek per commitment so that pages over agendas of thousands
of commitments stay fast: the reviewed status is the latest reviewed change on or before the
date; the proposed status is the latest machine proposal whose evidence was not rejected or
person's decision (as the engine replays them); ties on a date go to the change recorded last.
After the due date, work reported done but short of its target is partial until a later change.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, literal, or_, select, true
from sqlalchemy.orm import aliased

from agenda.model import Status
from agenda.store.facts import MANUAL_BASES
from agenda.store.schema import CommitmentRow, EvidenceRow, StatusChangeRow
from agenda.track.status import DONE

ANNOUNCED = str(Status.ANNOUNCED)
PARTIAL = str(Status.PARTIAL)
DONE_VALUES = sorted(str(s) for s in DONE)


# Building these correlated subqueries costs milliseconds of Python (aliases, clauses) and a page
# builds them several times for one date: they are immutable, so each date's are kept and shared.
@lru_cache(maxsize=64)
def latest_reviewed_status(as_of: date) -> ColumnElement[str | None]:
    """The latest reviewed change's status on or before the date; NULL when there is none yet."""
    change = aliased(StatusChangeRow)
    return (
        select(change.status)
        .where(change.commitment_pk == CommitmentRow.pk, change.reviewed == true(), change.date <= as_of)
        .order_by(change.date.desc(), change.pk.desc())
        .limit(1)
        .correlate(CommitmentRow)
        .scalar_subquery()
    )


@lru_cache(maxsize=64)
def reviewed_status_column(as_of: date) -> ColumnElement[str]:
    return func.coalesce(latest_reviewed_status(as_of), literal(ANNOUNCED))


def _counted(change: Any, evidence: Any) -> ColumnElement[bool]:
    """The stored rows the proposed status replays."""
    return or_(
        # a person's decision without evidence (set-status, an imported timeline) ...
        and_(change.reviewed == true(), change.evidence_pk.is_(None), change.basis.in_(MANUAL_BASES)),
        # ... or a machine proposal whose evidence still stands; a reviewer accepting or
        # rejecting evidence decides the reviewed status, not what the evidence proposes
        and_(change.reviewed == false(), or_(change.evidence_pk.is_(None), evidence.review_state != "rejected")),
    )


@lru_cache(maxsize=64)
def proposed_status_column(as_of: date) -> ColumnElement[str]:
    change = aliased(StatusChangeRow)
    evidence = aliased(EvidenceRow)
    latest = (
        select(change.status)
        .outerjoin(evidence, evidence.pk == change.evidence_pk)
        .where(change.commitment_pk == CommitmentRow.pk, change.date <= as_of, _counted(change, evidence))
        .order_by(change.date.desc(), change.pk.desc())
        .limit(1)
        .correlate(CommitmentRow)
        .scalar_subquery()
    )
    # Partial from the day after the due date (see agenda.store.due_dates) until a later change.
    later, later_evidence = aliased(StatusChangeRow), aliased(EvidenceRow)
    moved_on = (
        select(later.pk)
        .outerjoin(later_evidence, later_evidence.pk == later.evidence_pk)
        .where(later.commitment_pk == CommitmentRow.pk, later.date > CommitmentRow.partial_on,
               later.date <= as_of, _counted(later, later_evidence))
        .correlate(CommitmentRow)
        .exists()
    )
    partial = and_(CommitmentRow.partial_on.is_not(None), CommitmentRow.partial_on < as_of, ~moved_on)
    return case((partial, literal(PARTIAL)), else_=func.coalesce(latest, literal(ANNOUNCED)))


def status_table(agenda_id: str, as_of: date, *columns: ColumnElement) -> Select:
    """The agenda's commitments announced by `as_of`, with `status` and `proposed` columns, plus the
    columns asked for."""
    return select(
        CommitmentRow.pk,
        *columns,
        reviewed_status_column(as_of).label("status"),
        proposed_status_column(as_of).label("proposed"),
    ).where(CommitmentRow.agenda_id == agenda_id, CommitmentRow.announced <= as_of)


# Partial is work reported done (short of the target): the engine does not call it overdue.
NOT_OVERDUE = sorted({*DONE_VALUES, PARTIAL})


def overdue_condition(due: ColumnElement, proposed: ColumnElement, as_of: date) -> ColumnElement[bool]:
    """Past its due date with a proposed status that is not final."""
    return and_(due.is_not(None), due < as_of, proposed.not_in(NOT_OVERDUE))


def is_overdue(due: date | None, proposed: str, as_of: date) -> bool:
    return bool(due and due < as_of and proposed not in NOT_OVERDUE)
