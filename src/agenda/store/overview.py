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
from agenda.store.listing import CommitmentSummary, summaries_by_pk
from agenda.store.schema import AgendaRow, CommitmentRow, EvidenceRow, StatusChangeRow
from agenda.store.status_sql import ANNOUNCED, NOT_OVERDUE, latest_reviewed_status, proposed_status_column

STATUSES = [str(s) for s in Status]
Spans = list[tuple[str, str, str | None, int]]


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


def agenda_overview(session: Session, agenda: AgendaRow, as_of: date, list_size: int = 10,
                    spans: Spans | None = None) -> Overview:
    """Every count of the overview from one pass over the agenda's status, plus short lists and the timeline."""
    # `spans` are the agenda's `timeline_spans`: they do not depend on the date, so callers may keep them
    result = Overview(agenda_id=agenda.id, title=agenda.title, parties=list(agenda.parties or []),
                      note=agenda.note, as_of=as_of)
    # plain strings, not JSON and date objects: decoding 10,000 of each costs more than the counting;
    # the reviewed status stays NULL without a reviewed change, which the timeline's last point needs
    query = select(CommitmentRow.pk, CommitmentRow.pillar, cast(CommitmentRow.parties, String),
                   cast(CommitmentRow.due, String), CommitmentRow.target_value.is_not(None),
                   latest_reviewed_status(as_of), proposed_status_column(as_of)
                   ).where(CommitmentRow.agenda_id == agenda.id, CommitmentRow.announced <= as_of)
    today_text = as_of.isoformat()
    groups: dict[tuple[str, str, str | None, str, bool], int] = {}
    overdue: list[tuple[str, int]] = []
    quantitative: list[int] = []
    # Core rows, not ORM ones: the ORM adds ~15% to reading 10,000 rows
    for pk, pillar, parties_text, due, has_target, reviewed, proposed in session.connection().execute(query):
        late = bool(due) and due < today_text and proposed not in NOT_OVERDUE
        key = (pillar, parties_text or "[]", reviewed, proposed, late)
        groups[key] = groups.get(key, 0) + 1
        if late:
            overdue.append((due, pk))
        if has_target:
            quantitative.append(pk)
    by_pillar: defaultdict[str, Counter[str]] = defaultdict(Counter)
    by_party: defaultdict[str, Counter[str]] = defaultdict(Counter)
    party_lists: dict[str, list[str]] = {}
    reviewed_totals: Counter[str] = Counter()
    for (pillar, parties_text, reviewed, proposed, late), count in groups.items():
        status = reviewed or ANNOUNCED
        if reviewed:
            reviewed_totals[reviewed] += count
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
        late_pks = [pk for _, pk in sorted(overdue)[:list_size]]
        target_pks = sorted(quantitative)[:list_size]
        listed = summaries_by_pk(session, agenda.id, list({*late_pks, *target_pks}), as_of)  # both lists at once
        result.overdue = [listed[pk] for pk in late_pks if pk in listed]
        result.quantitative = [listed[pk] for pk in target_pks if pk in listed]
        result.recent = recent_changes(session, agenda.id, as_of, list_size)
        if spans is None:
            spans = timeline_spans(session, agenda.id)
        result.timeline = timeline_from(spans, as_of, reviewed_totals)
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


def timeline_spans(session: Session, agenda_id: str) -> Spans:
    """The agenda's reviewed-status spans, grouped: (status, first month, next change's month or None, count)."""
    # A span runs from a reviewed change to the commitment's next one. They do not depend on the date
    # the timeline is drawn to: a change after that date only ends a span in or after the date's month.
    change = StatusChangeRow
    until = func.lead(_month(change.date)).over(partition_by=change.commitment_pk, order_by=(change.date, change.pk))
    spans = (
        select(change.status.label("status"), _month(change.date).label("start"), until.label("until"))
        .where(change.commitment_pk.in_(select(CommitmentRow.pk).where(CommitmentRow.agenda_id == agenda_id)),
               change.reviewed == true())
        .subquery()
    )
    return [tuple(row) for row in session.execute(  # type: ignore[misc]
        select(spans.c.status, spans.c.start, spans.c.until, func.count())
        .group_by(spans.c.status, spans.c.start, spans.c.until)
        .order_by(spans.c.start)  # the first month first
    )]


def timeline_from(spans: Spans, as_of: date, last: Counter[str], max_points: int = 36) -> Timeline | None:
    """Counts of reviewed status at month ends before `as_of` (from the spans) and on `as_of` (`last`)."""
    # A span counts at a month end when it starts in that month or before and ends in a later month.
    # Month ends before `as_of` fall in earlier months than any change after it, so those changes do
    # not alter the counts there; the point `as_of` takes `last`, the exact reviewed status of each
    # commitment that has one on that date.
    if not sum(last.values()):
        return None  # no reviewed change on or before the date
    first = spans[0][1]  # the spans come ordered by their first month
    points = timeline_points(date(int(first[:4]), int(first[5:7]), 1), as_of, max_points)
    months = [p.isoformat()[:7] for p in points[:-1]]
    deltas = {status: [0] * (len(months) + 1) for status in STATUSES}
    for status, start, end, count in spans:
        begin = bisect_left(months, start)
        stop = bisect_left(months, end) if end is not None else len(months)
        if begin < stop and status in deltas:
            deltas[status][begin] += count
            deltas[status][stop] -= count
    series = {}
    for status, values in deltas.items():
        running, counts = 0, []
        for value in values[:-1]:
            running += value
            counts.append(running)
        counts.append(last.get(status, 0))
        if any(counts):
            series[status] = counts
    return Timeline(points=points, series=series)


def status_timeline(session: Session, agenda_id: str, as_of: date, max_points: int = 36) -> Timeline | None:
    """Counts of reviewed status at month ends up to `as_of` (and on `as_of`)."""
    reviewed = latest_reviewed_status(as_of)
    last = Counter(dict(session.execute(
        select(reviewed, func.count()).where(CommitmentRow.agenda_id == agenda_id, reviewed.is_not(None))
        .group_by(reviewed)).all()))
    return timeline_from(timeline_spans(session, agenda_id), as_of, last, max_points)
