"""Work reported done but short of its target becomes partial on the due date, in the pages' SQL too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from agenda.agendafile import read_agenda_file
from agenda.flow import process_documents
from agenda.model import Document, Kind, Pillar, Quantity, Slots, Statement, StatementType, Status
from agenda.store import review
from agenda.store.agendas import save_agenda
from agenda.store.db import session_scope
from agenda.store.detail import commitment_detail
from agenda.store.listing import CommitmentFilters, list_commitments
from agenda.store.overview import agenda_overview
from agenda.store.review import list_proposals
from agenda.store.schema import AgendaRow, CommitmentRow
from agenda.store.status import agenda_status

from .conftest import FIXTURES

# teacher-exchange (tests/fixtures/agenda_track.yaml): 500 teachers, due 2023-06-30.
DUE = date(2023, 6, 30)
BEFORE, AFTER = date(2023, 6, 1), date(2023, 9, 1)
SHORT = Document(id="t-01", date=date(2023, 5, 2), lang="en", title="Teacher exchange completed",
                 text="The teacher exchange between Mexico and the United States was completed with 200 teachers.")
REST = Document(id="t-02", date=date(2023, 6, 10), lang="en", title="More teachers",
                text="The teacher exchange between Mexico and the United States was completed with 300 more teachers.")


def _teachers(document: Document) -> list[Statement]:
    """Exact slots for our two reports (the figures are what the test is about, not extraction)."""
    text = document.text
    count = 200 if document.id == "t-01" else 300
    return [Statement(doc=document.id, start=0, end=len(text), text=text, type=StatementType.PROGRESS,
                      slots=Slots(actors=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.OTHER,
                                  quantity=Quantity(count, "teachers")),
                      lang="en", doc_date=document.date)]


@pytest.fixture
def short_of_target(db_url: str) -> str:
    with session_scope(db_url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_track.yaml"))
        process_documents(session, [(SHORT, "test:t-01")], analyzer=_teachers)
    return db_url


def _engine(url: str, when: date) -> str:
    with session_scope(url) as session:
        item = next(i for i in agenda_status(session, "test-rivers", when) if i.commitment.id == "teacher-exchange")
    return f"{item.proposed_status}{' overdue' if item.overdue else ''}"


def _pages(url: str, when: date) -> str:
    with session_scope(url) as session:
        page = list_commitments(session, "test-rivers", when, CommitmentFilters(), per_page=100)
        overdue = list_commitments(session, "test-rivers", when, CommitmentFilters(overdue=True), per_page=100)
        overview = agenda_overview(session, session.get(AgendaRow, "test-rivers"), when, list_size=100)
    item = next(i for i in page.items if i.id == "teacher-exchange")
    listed = "teacher-exchange" in [i.id for i in overdue.items]
    counted = "teacher-exchange" in [i.id for i in overview.overdue]
    assert item.overdue == listed == counted  # the flag, the filter and the overview agree
    return f"{item.proposed_status}{' overdue' if item.overdue else ''}"


def test_the_pages_show_partial_from_the_due_date_as_the_engine_does(short_of_target: str) -> None:
    between = date(2023, 6, 20)  # after the second report, before the due date
    assert _engine(short_of_target, between) == _pages(short_of_target, between) == "in_progress"
    assert _engine(short_of_target, AFTER) == _pages(short_of_target, AFTER) == "partial"
    assert _engine(short_of_target, DUE) == _pages(short_of_target, DUE) == "in_progress"  # from the day after
    with session_scope(short_of_target) as session:
        detail = commitment_detail(session, "test-rivers", "teacher-exchange", AFTER)
    assert str(detail.state.proposed_status) == "partial"


def test_reaching_the_target_before_the_due_date_removes_the_partial(short_of_target: str) -> None:
    with session_scope(short_of_target) as session:
        process_documents(session, [(REST, "test:t-02")], analyzer=_teachers)
    assert _engine(short_of_target, AFTER) == _pages(short_of_target, AFTER) == "delivered"
    with session_scope(short_of_target) as session:
        assert session.scalars(select(CommitmentRow.partial_on).where(CommitmentRow.key == "teacher-exchange")).one() \
            is None


def test_rejecting_the_report_and_a_persons_decision_are_followed(short_of_target: str) -> None:
    with session_scope(short_of_target) as session:
        evidence = next(p.evidence_id for p in list_proposals(session) if p.commitment == "teacher-exchange")
        review.reject_evidence(session, evidence, "ana", "another exchange")
    assert _engine(short_of_target, AFTER) == _pages(short_of_target, AFTER) == "announced overdue"
    with session_scope(short_of_target) as session:
        review.set_status(session, "teacher-exchange", Status.IN_PROGRESS, "ana", "first group left", date(2023, 3, 1))
    assert _engine(short_of_target, AFTER) == _pages(short_of_target, AFTER) == "in_progress overdue"


def test_moving_the_due_date_moves_the_partial(short_of_target: str) -> None:
    from agenda.store.edits import CommitmentEdit, edit_commitment

    with session_scope(short_of_target) as session:
        edit_commitment(session, "test-rivers", "teacher-exchange", CommitmentEdit(due=date(2023, 12, 31)), "ana",
                        "the ministry extended the exchange")
    assert _engine(short_of_target, AFTER) == _pages(short_of_target, AFTER) == "in_progress"
    assert _engine(short_of_target, date(2024, 2, 1)) == _pages(short_of_target, date(2024, 2, 1)) == "partial"


def test_a_database_stored_before_the_column_gets_it_when_upgraded(short_of_target: str) -> None:
    from alembic import command

    from agenda.store.db import alembic_config, dispose_engines, get_engine, migration_connection

    with migration_connection(get_engine(short_of_target)) as connection:
        command.downgrade(alembic_config(connection), "0004")  # the schema before partial_on
    dispose_engines()
    assert _pages(short_of_target, AFTER) == "partial"  # opening it upgrades it and computes the date
    with session_scope(short_of_target) as session:
        assert session.scalars(select(CommitmentRow.partial_on).where(CommitmentRow.key == "teacher-exchange")).one() \
            == DUE


def test_lowering_the_target_to_what_was_reported_makes_it_delivered(short_of_target: str) -> None:
    from agenda.store.edits import CommitmentEdit, edit_commitment

    with session_scope(short_of_target) as session:
        edit_commitment(session, "test-rivers", "teacher-exchange", CommitmentEdit(target_value=200), "ana",
                        "the second group was cancelled by both ministries")
    assert _engine(short_of_target, AFTER) == _pages(short_of_target, AFTER) == "delivered"


def test_raising_the_target_past_what_was_reported_undoes_the_delivered(short_of_target: str) -> None:
    from agenda.store.edits import CommitmentEdit, edit_commitment

    with session_scope(short_of_target) as session:
        process_documents(session, [(REST, "test:t-02")], analyzer=_teachers)
    assert _engine(short_of_target, AFTER) == _pages(short_of_target, AFTER) == "delivered"
    with session_scope(short_of_target) as session:
        edit_commitment(session, "test-rivers", "teacher-exchange", CommitmentEdit(target_value=1000), "ana",
                        "both ministries doubled the exchange")
    between = date(2023, 6, 20)  # after the second report, before the due date
    assert _engine(short_of_target, between) == _pages(short_of_target, between) == "in_progress"
    assert _engine(short_of_target, AFTER) == _pages(short_of_target, AFTER) == "partial"


def test_a_persons_decision_between_two_reports_is_followed_by_the_later_report(short_of_target: str) -> None:
    # Two reports in progress (05-02 and 05-25) make one change; a person then rules the exchange
    # stalled on 05-10: the later report moves it back to in progress, on the pages as in the engine.
    mid = Document(id="t-03", date=date(2023, 5, 25), lang="en", title="More teachers",
                   text="The teacher exchange between Mexico and the United States was completed with 100 more "
                        "teachers.")

    def teachers(document: Document) -> list[Statement]:
        found = _teachers(document)[0]
        return [replace(found, slots=replace(found.slots, quantity=Quantity(100, "teachers")))]

    with session_scope(short_of_target) as session:
        process_documents(session, [(mid, "test:t-03")], analyzer=teachers)
        review.set_status(session, "teacher-exchange", Status.STALLED, "ana", "funding frozen", date(2023, 5, 10))
    assert _engine(short_of_target, date(2023, 5, 20)) == _pages(short_of_target, date(2023, 5, 20)) == "stalled"
    assert _engine(short_of_target, BEFORE) == _pages(short_of_target, BEFORE) == "in_progress"
