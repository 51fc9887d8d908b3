"""The numbers of an agenda's overview as of a date: counts, overdue, recent changes, timeline."""

from __future__ import annotations

import calendar
import json
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import String, cast, func, or_, select, true
from sqlalchemy.orm import Session

from agenda.model import Status
from agenda.store.browse import count_proposals
from agenda.store.listing import CommitmentSummary, summaries
from agenda.store.schema import AgendaRow, CommitmentRow, EvidenceRow, StatusChangeRow
from agenda.store.status_sql import DONE_VALUES, status_table

STATUSES = [str(s) for s in Status]


@dataclass
class RecentChange:
    date: date
    commitment: str
    commitment_text: str
    status: str
    reviewed: bool
    basis: str
    author: str | None
    reason: str | None
    document: str | None


@dataclass
class Timeline:
    """How many commitments stood in each reviewed status at each point in time."""

    points: list[date]
    series: dict[str, list[int]]

    @property
    def peak(self) -> int:
        totals = [sum(values[i] for values in self.series.values()) for i in range(len(self.points))]
        return max(totals, default=0)


@dataclass
class Overview:
    agenda_id: str
    title: str
    parties: list[str]
    note: str | None
    as_of: date
    total: int = 0
    status_totals: Counter[str] = field(default_factory=Counter)
    proposed_totals: Counter[str] = field(default_factory=Counter)
    status_by_pillar: dict[str, Counter[str]] = field(default_factory=dict)
    status_by_party: dict[str, Counter[str]] = field(default_factory=dict)
    overdue_by_party: Counter[str] = field(default_factory=Counter)
    overdue_total: int = 0
    overdue: list[CommitmentSummary] = field(default_factory=list)
    quantitative_total: int = 0
    quantitative: list[CommitmentSummary] = field(default_factory=list)
    recent: list[RecentChange] = field(default_factory=list)
    awaiting_review: int = 0
    timeline: Timeline | None = None


def agenda_overview(session: Session, agenda: AgendaRow, as_of: date, list_size: int = 10) -> Overview:
    """Every count of the overview from one pass over the agenda's status, plus short lists and the timeline."""
    result = Overview(agenda_id=agenda.id, title=agenda.title, parties=list(agenda.parties or []),
                      note=agenda.note, as_of=as_of)
    # plain strings, not JSON and date objects: decoding 10,000 of each costs more than the counting
    query = status_table(agenda.id, as_of, CommitmentRow.pillar, cast(CommitmentRow.parties, String),
                         cast(CommitmentRow.due, String), CommitmentRow.target_value.is_not(None))
    today_text = as_of.isoformat()
    groups: dict[tuple[str, str, str, str, bool], int] = {}
    overdue: list[tuple[str, int]] = []
    quantitative: list[int] = []
    for pk, pillar, parties_text, due, has_target, status, proposed in session.execute(query):
        late = bool(due) and due < today_text and proposed not in DONE_VALUES
        key = (pillar, parties_text or "[]", status, proposed, late)
        groups[key] = groups.get(key, 0) + 1
        if late:
            overdue.append((due, pk))
        if has_target:
            quantitative.append(pk)
    by_pillar: defaultdict[str, Counter[str]] = defaultdict(Counter)
    by_party: defaultdict[str, Counter[str]] = defaultdict(Counter)
    party_lists: dict[str, list[str]] = {}
    for (pillar, parties_text, status, proposed, late), count in groups.items():
        result.total += count
        result.status_totals[status] += count
        result.proposed_totals[proposed] += count
        by_pillar[pillar][status] += count
        if parties_text not in party_lists:
            party_lists[parties_text] = json.loads(parties_text)
        for party in party_lists[parties_text]:
            by_party[party][status] += count
            if late:
                result.overdue_by_party[party] += count
    result.status_by_pillar, result.status_by_party = dict(by_pillar), dict(by_party)
    result.overdue_total, result.quantitative_total = len(overdue), len(quantitative)
    if list_size:
        result.overdue = summaries(session, agenda.id, [pk for _, pk in sorted(overdue)[:list_size]], as_of)
        result.quantitative = summaries(session, agenda.id, sorted(quantitative)[:list_size], as_of)
        result.recent = recent_changes(session, agenda.id, as_of, list_size)
        result.timeline = status_timeline(session, agenda.id, as_of)
    result.awaiting_review = count_proposals(session, agenda.id, "proposed", as_of)
    return result


def recent_changes(session: Session, agenda_id: str, as_of: date, limit: int = 10) -> list[RecentChange]:
    """The latest status changes on or before `as_of`, without proposals whose evidence was rejected."""
    query = (
        select(StatusChangeRow, CommitmentRow.key, CommitmentRow.text)
        .join(CommitmentRow, StatusChangeRow.commitment_pk == CommitmentRow.pk)
        .outerjoin(EvidenceRow, EvidenceRow.pk == StatusChangeRow.evidence_pk)
        .where(CommitmentRow.agenda_id == agenda_id, StatusChangeRow.date <= as_of,
               or_(StatusChangeRow.reviewed == true(), StatusChangeRow.evidence_pk.is_(None),
                   EvidenceRow.review_state != "rejected"))
        .order_by(StatusChangeRow.date.desc(), StatusChangeRow.pk.desc())
        .limit(limit)
    )
    return [
        RecentChange(date=c.date, commitment=key, commitment_text=text, status=c.status, reviewed=c.reviewed,
                     basis=c.basis, author=c.author, reason=c.reason, document=c.document_key)
        for c, key, text in session.execute(query)
    ]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def timeline_points(start: date, end: date, max_points: int = 36) -> list[date]:
    """Month ends from `start` to `end`, thinned to at most `max_points`, always ending on `end`."""
    months = (end.year - start.year) * 12 + end.month - start.month
    step = max(1, -(-months // max_points))
    points = []
    year, month = start.year, start.month
    while True:
        point = _month_end(year, month)
        if point >= end:
            break
        points.append(point)
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    points.append(end)
    return points[-max_points:]


def _month(column):  # type: ignore[no-untyped-def]
    """'YYYY-MM' of a date column, on SQLite and PostgreSQL alike."""
    return func.substr(cast(column, String), 1, 7)


def status_timeline(session: Session, agenda_id: str, as_of: date, max_points: int = 36) -> Timeline | None:
    """Counts of reviewed status at month ends up to `as_of`, from each change's span in effect.

    A span runs from a reviewed change to the commitment's next one. Points are month ends (and
    `as_of`), so a span counts at a point when it starts in that month or before and ends in a
    later month: spans are grouped by status and months in SQL, which keeps the rows few.
    """
    change = StatusChangeRow
    until = func.lead(_month(change.date)).over(partition_by=change.commitment_pk, order_by=(change.date, change.pk))
    spans = (
        select(change.status.label("status"), _month(change.date).label("start"), until.label("until"))
        .join(CommitmentRow, change.commitment_pk == CommitmentRow.pk)
        .where(CommitmentRow.agenda_id == agenda_id, change.reviewed == true(), change.date <= as_of)
        .subquery()
    )
    grouped = session.execute(
        select(spans.c.status, spans.c.start, spans.c.until, func.count())
        .group_by(spans.c.status, spans.c.start, spans.c.until)
    ).all()
    if not grouped:
        return None
    first = min(start for _, start, _, _ in grouped)
    points = timeline_points(date(int(first[:4]), int(first[5:7]), 1), as_of, max_points)
    months = [p.isoformat()[:7] for p in points]
    deltas = {status: [0] * (len(points) + 1) for status in STATUSES}
    for status, start, end, count in grouped:
        begin = bisect_left(months, start)
        stop = bisect_left(months, end) if end is not None else len(points)
        if begin < stop and status in deltas:
            deltas[status][begin] += count
            deltas[status][stop] -= count
    series = {}
    for status, values in deltas.items():
        running, counts = 0, []
        for value in values[:-1]:
            running += value
            counts.append(running)
        if any(counts):
            series[status] = counts
    return Timeline(points=points, series=series)
