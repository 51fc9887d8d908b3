"""The SQL behind the pages agrees with `agenda status` (the reference) on every date and filter."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from agenda.model import Status
from agenda.store import review
from agenda.store.db import session_scope
from agenda.store.listing import CommitmentFilters, list_commitments
from agenda.store.overview import agenda_overview, recent_changes, status_timeline
from agenda.store.schema import AgendaRow
from agenda.store.status import agenda_status
from agenda.track.status import CommitmentStatus

from .web_support import Built, build

DATES = [date(2022, 2, 1), date(2022, 3, 1), date(2022, 10, 20), date(2023, 1, 1), date(2023, 3, 3),
         date(2023, 5, 1), date(2030, 1, 1)]


@pytest.fixture
def reviewed(db_url: str) -> Built:
    """The test corpus with a reviewer's work: accepted, rejected after acceptance, hand-set ties."""
    built = build(db_url, users=False)
    with session_scope(db_url) as session:
        review.accept_evidence(session, built.evidence[("trade-forum", "w-02")], "ana", "readout")
        hostile_water = built.evidence[("water-fund", "hostile-\"'<b>")]
        review.accept_evidence(session, hostile_water, "ana")
        review.reject_evidence(session, hostile_water, "ana", "not this fund")
        review.reject_evidence(session, built.evidence[("trade-forum", "hostile-\"'<b>")], "ana", "other forum")
        review.set_status(session, "water-fund-pilot", Status.STALLED, "ana", "no site", date(2023, 5, 1))
        review.set_status(session, "water-fund-pilot", Status.IN_PROGRESS, "ana", "site found", date(2023, 5, 1))
    return built


def _reference(url: str, when: date) -> list[CommitmentStatus]:
    with session_scope(url) as session:
        return agenda_status(session, "test-pact", when)


def _live(item: CommitmentStatus) -> list:  # type: ignore[type-arg]
    return [e for e in item.evidence if e.review_state != "rejected"]


def test_list_matches_the_reference_on_every_date(reviewed: Built) -> None:
    for when in DATES:
        with session_scope(reviewed.url) as session:
            page = list_commitments(session, "test-pact", when, CommitmentFilters(), per_page=200)
        got = [(i.id, i.status, i.proposed_status, i.overdue, i.progress, i.evidence_count, i.last_evidence_date)
               for i in page.items]
        expected = [(r.commitment.id, str(r.status), str(r.proposed_status), r.overdue, r.progress,
                     len(_live(r)), _live(r)[-1].date if _live(r) else None)
                    for r in _reference(reviewed.url, when)]
        assert got == expected, when
    # the reviewer's work shows: a same-day tie goes to the later decision
    assert got[2][1] == "in_progress"


def test_overview_counts_match_the_reference(reviewed: Built) -> None:
    for when in DATES:
        reference = _reference(reviewed.url, when)
        with session_scope(reviewed.url) as session:
            overview = agenda_overview(session, session.get(AgendaRow, "test-pact"), when)
        assert overview.status_totals == Counter(str(r.status) for r in reference)
        assert overview.proposed_totals == Counter(str(r.proposed_status) for r in reference)
        assert overview.overdue_total == sum(r.overdue for r in reference)
        assert [i.id for i in overview.overdue] == [r.commitment.id for r in
                                                    sorted((r for r in reference if r.overdue),
                                                           key=lambda r: r.commitment.due)]
        by_party: dict[str, Counter[str]] = {}
        for r in reference:
            for party in r.commitment.parties:
                by_party.setdefault(party, Counter())[str(r.status)] += 1
        assert overview.status_by_party == by_party


FILTERS = [
    (CommitmentFilters(status="delivered"), lambda r: str(r.status) == "delivered"),
    (CommitmentFilters(proposed="announced"), lambda r: str(r.proposed_status) == "announced"),
    (CommitmentFilters(pillar="economy"), lambda r: r.commitment.pillar == "economy"),
    (CommitmentFilters(kind="funding"), lambda r: r.commitment.kind == "funding"),
    (CommitmentFilters(party="MEX"), lambda r: "MEX" in r.commitment.parties),
    (CommitmentFilters(overdue=True), lambda r: r.overdue),
    (CommitmentFilters(overdue=False), lambda r: not r.overdue),
    (CommitmentFilters(has_target=True), lambda r: r.commitment.target is not None),
    (CommitmentFilters(q="WATER"), lambda r: "water" in r.commitment.text.lower()),
    (CommitmentFilters(q="pilot", pillar="energy_climate"), lambda r: "pilot" in r.commitment.id),
    (CommitmentFilters(q="%"), lambda r: False),
    (CommitmentFilters(q="_"), lambda r: "_" in r.commitment.text),
]


@pytest.mark.parametrize("when", [date(2022, 6, 1), date(2030, 1, 1)])
def test_each_filter_keeps_exactly_what_it_names(reviewed: Built, when: date) -> None:
    reference = _reference(reviewed.url, when)
    for filters, keep in FILTERS:
        with session_scope(reviewed.url) as session:
            page = list_commitments(session, "test-pact", when, filters, per_page=200)
        expected = [r.commitment.id for r in reference if keep(r)]
        assert [i.id for i in page.items] == expected, filters
        assert page.total == len(expected)


def test_pages_walk_the_list_in_order(reviewed: Built) -> None:
    when = date(2030, 1, 1)
    with session_scope(reviewed.url) as session:
        pages = [list_commitments(session, "test-pact", when, CommitmentFilters(), page=n, per_page=2)
                 for n in (1, 2, 3)]
    assert [p.total for p in pages] == [3, 3, 3] and pages[0].pages == 2
    assert [i.id for p in pages for i in p.items] == [r.commitment.id for r in _reference(reviewed.url, when)]
    assert pages[2].items == []


def test_sorting_by_due_puts_undated_last(reviewed: Built) -> None:
    with session_scope(reviewed.url) as session:
        page = list_commitments(session, "test-pact", date(2030, 1, 1), CommitmentFilters(sort="due"))
    assert [i.due for i in page.items] == [date(2022, 10, 31), date(2024, 3, 1), None]


def test_timeline_counts_the_reviewed_status_at_each_point(reviewed: Built) -> None:
    when = date(2023, 6, 15)
    with session_scope(reviewed.url) as session:
        timeline = status_timeline(session, "test-pact", when)
    assert timeline is not None and timeline.points[-1] == when
    assert timeline.points == sorted(timeline.points)
    for index, point in enumerate(timeline.points):
        existing = [r for r in _reference(reviewed.url, point) if r.commitment.announced <= point]
        expected = Counter(str(r.status) for r in existing)
        got = Counter({status: values[index] for status, values in timeline.series.items() if values[index]})
        assert got == expected, point


def test_recent_changes_leave_out_withdrawn_proposals(reviewed: Built) -> None:
    with session_scope(reviewed.url) as session:
        changes = recent_changes(session, "test-pact", date(2030, 1, 1), limit=50)
    assert [(c.date, c.commitment) for c in changes] == sorted(((c.date, c.commitment) for c in changes),
                                                               key=lambda x: x[0], reverse=True)
    hostile_day = [(c.commitment, c.reviewed, c.reason) for c in changes if c.date == date(2023, 3, 3)]
    # both machine proposals of that document were rejected: the reviewer's acceptance stays as history,
    # and its withdrawal is a correcting change on the same day, recorded after it (listed first)
    assert [(commitment, reviewed) for commitment, reviewed, _ in hostile_day] == [("water-fund", True)] * 2
    assert hostile_day[0][2] == "not this fund"
    assert any(c.reviewed and c.author == "ana" and c.reason == "site found" for c in changes)
