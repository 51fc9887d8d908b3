"""Tracking through the store (SQLite and PostgreSQL): evidence, proposed statuses, history, money."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from agenda.agendafile import read_agenda_file
from agenda.flow import process_documents
from agenda.model import Document, Kind, Money, Pillar, Slots, Statement, StatementType
from agenda.publish.status_formats import status_record
from agenda.store.agendas import save_agenda
from agenda.store.db import session_scope
from agenda.store.schema import EvidenceRow, StatusChangeRow
from agenda.store.status import agenda_status

from .conftest import FIXTURES

COUNCIL_READOUT = Document(
    id="r-03", date=date(2022, 9, 1), lang="en", title="Readout of the customs council",
    text=("Customs officials of Mexico and the United States held the first session of the bilateral customs "
          "council in Laredo. The two governments will also create a joint task force on avocado exports."),
)
CLINIC_GRANT = Document(id="r-06", date=date(2022, 10, 3), lang="en", title="Clinic grants awarded",
                        text=("The United States awarded $12 million in grants to health clinics in towns on the "
                              "Mexico border."))


def _statements(document: Document) -> list[Statement]:
    """Statements with exact slots for the grant document (an analyzer of our own for the test)."""
    text = document.text
    return [Statement(doc=document.id, start=0, end=len(text), text=text, type=StatementType.PROGRESS,
                      slots=Slots(actors=["MEX", "USA"], kind=Kind.FUNDING, pillar=Pillar.HEALTH,
                                  amount=Money(12_000_000, "USD")),
                      lang="en", doc_date=document.date)]


@pytest.fixture
def tracked(db_url: str) -> str:
    with session_scope(db_url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_track.yaml"))
        process_documents(session, [(COUNCIL_READOUT, "test:r-03")])
    return db_url


def _by_id(url: str, when: date) -> dict:
    with session_scope(url) as session:
        return {i.commitment.id: i for i in agenda_status(session, "test-rivers", when)}


def test_ingesting_a_readout_proposes_delivery_without_touching_the_reviewed_status(tracked: str) -> None:
    council = _by_id(tracked, date(2022, 12, 1))["customs-council"]
    assert (str(council.status), str(council.proposed_status)) == ("announced", "delivered")
    assert [e.document for e in council.evidence] == ["r-03"]
    before = _by_id(tracked, date(2022, 8, 31))["customs-council"]
    assert str(before.proposed_status) == "announced" and before.no_evidence


def test_the_machine_records_its_proposal_as_an_unreviewed_dated_change(tracked: str) -> None:
    with session_scope(tracked) as session:
        rows = list(session.scalars(select(StatusChangeRow).where(StatusChangeRow.reviewed.is_(False))))
    assert [(r.date, r.status, r.basis, r.document_key) for r in rows] == [
        (date(2022, 9, 1), "delivered", "evidence", "r-03")]
    with session_scope(tracked) as session:  # ingesting the same text again adds nothing
        counts = process_documents(session, [(COUNCIL_READOUT, "test:again")])
        assert (counts.new, counts.duplicate) == (0, 1)
        assert len(list(session.scalars(select(StatusChangeRow).where(StatusChangeRow.reviewed.is_(False))))) == 1


def test_the_parent_rolls_up_and_the_status_record_keeps_its_contract(tracked: str) -> None:
    items = _by_id(tracked, date(2022, 12, 1))
    record = status_record(items["customs-council"])
    for key in ("id", "status", "proposed_status", "overdue", "progress", "no_evidence", "last_evidence",
                "evidence", "proposed_history", "rollup"):
        assert key in record
    assert record["last_evidence"]["document"] == "r-03" and record["last_evidence"]["stance"] == "fulfil"
    child = items["customs-council-yearly"]
    assert child.no_evidence and str(child.proposed_status) == "announced"
    assert items["customs-council"].rollup == {"children": 1, "by_status": {"announced": 1}, "moved": 0,
                                               "status": "delivered"}


def test_money_evidence_keeps_its_stage_and_counts_towards_the_target(db_url: str) -> None:
    with session_scope(db_url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_track.yaml"))
        process_documents(session, [(CLINIC_GRANT, "test:r-06")], analyzer=_statements)
        stages = [e.money_stage for e in session.scalars(select(EvidenceRow))]
    assert stages == ["awarded"]
    clinics = _by_id(db_url, date(2023, 1, 1))["clinic-fund"]
    assert clinics.progress == 0.4 and str(clinics.proposed_status) == "in_progress"
    assert status_record(clinics)["progress_detail"]["money"] == {
        "pledged": 0, "awarded": 12000000, "disbursed": 0}
    assert _by_id(db_url, date(2024, 3, 1))["clinic-fund"].overdue


PORT_AGENDA = """
agenda: test-ports
title: Made-up port security talks between Mexico and the United States
commitments:
- id: port-talks
  text: Hold the first round of bilateral talks on port security and container inspections
  parties: [MEX, USA]
  kind: dialogue
  pillar: security
  announced: 2022-01-10
  due: null
- id: port-talks-yearly
  text: Meet every year after that to review port security and container inspections
  parties: [MEX, USA]
  kind: dialogue
  pillar: security
  announced: 2022-01-10
  due: null
  parent: port-talks
"""


def _port_report(key: str, when: date, text: str) -> Document:
    return Document(id=key, date=when, lang="en", title="Port security talks", text=text)


FIRST_ROUND = ("Officials of Mexico and the United States held the first round of bilateral talks on port "
               "security and container inspections in Veracruz.")
def _a_round(city: str) -> str:
    return ("Officials of Mexico and the United States held a round of bilateral talks on port security and "
            f"container inspections in {city}.")


def _linked_to(url: str, document: str) -> list[tuple[str, str]]:
    with session_scope(url) as session:
        items = agenda_status(session, "test-ports", date(2025, 1, 1))
    return sorted((i.commitment.id, str(e.stance)) for i in items for e in i.evidence if e.document == document)


def test_a_meeting_once_reported_held_is_not_held_again_across_runs(db_url: str, tmp_path) -> None:
    from agenda.store.review import reject_evidence

    agenda_file = tmp_path / "ports.yaml"
    agenda_file.write_text(PORT_AGENDA)
    with session_scope(db_url) as session:
        save_agenda(session, read_agenda_file(agenda_file))
        process_documents(session, [(_port_report("p-1", date(2022, 5, 10), FIRST_ROUND), "test:p-1"),
                                    (_port_report("p-2", date(2023, 6, 10), _a_round("Houston")), "test:p-2")])
    assert ("port-talks", "fulfil") in _linked_to(db_url, "p-1")
    assert _linked_to(db_url, "p-2") == [("port-talks-yearly", "advance")]
    # Another run (a new linker) reads what the store says was held.
    with session_scope(db_url) as session:
        process_documents(session, [(_port_report("p-3", date(2023, 7, 1), _a_round("Manzanillo")), "test:p-3")])
    assert _linked_to(db_url, "p-3") == [("port-talks-yearly", "advance")]
    # Once a reviewer rejects the report of the first round, a later round may be that one, held late.
    with session_scope(db_url) as session:
        first = session.scalars(select(EvidenceRow).where(EvidenceRow.stance == "fulfil")).one()
        reject_evidence(session, first.pk, "reviewer", "not the first round")
        process_documents(session, [(_port_report("p-4", date(2023, 8, 1), _a_round("Long Beach")), "test:p-4")])
    assert "port-talks" in [c for c, _ in _linked_to(db_url, "p-4")]
