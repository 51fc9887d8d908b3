"""Review actions: accept, reject, relink and set-status change status only by new rows, audited."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agenda.agendafile import read_agenda_file
from agenda.clock import today
from agenda.errors import UserError
from agenda.flow import process_documents
from agenda.model import Document, Status
from agenda.store import review
from agenda.store.agendas import find_commitment, save_agenda
from agenda.store.db import session_scope
from agenda.store.schema import AuditRow, StatementRow, StatusChangeRow
from agenda.store.status import agenda_status

from .cli_runner import run_agenda
from .conftest import FIXTURES

FORUM_REPORT = Document(
    id="t-05", date=date(2022, 10, 20), lang="en", title="Forum readout",
    text="Trade ministers from both countries held the trade forum in Monterrey on Thursday.",
)


def _statuses(url: str, when: date = date(2023, 1, 1)) -> dict[str, tuple[str, str]]:
    with session_scope(url) as session:
        return {i.commitment.id: (str(i.status), str(i.proposed_status))
                for i in agenda_status(session, "test-pact", when)}


@pytest.fixture
def linked(db_url: str) -> str:
    with session_scope(db_url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_small.yaml"))
        process_documents(session, [(FORUM_REPORT, "test:t-05")])
    return db_url


def _only_proposal(url: str) -> review.Proposal:
    with session_scope(url) as session:
        proposals = review.list_proposals(session, "test-pact")
    assert [p.commitment for p in proposals] == ["trade-forum"]
    return proposals[0]


def test_a_proposal_moves_only_the_proposed_status(linked: str) -> None:
    proposal = _only_proposal(linked)
    assert proposal.stance == "fulfil" and "held the trade forum" in proposal.statement
    assert _statuses(linked)["trade-forum"] == ("announced", "delivered")


def test_accepting_makes_it_the_reviewed_status_and_is_audited(linked: str) -> None:
    proposal = _only_proposal(linked)
    with session_scope(linked) as session:
        review.accept_evidence(session, proposal.evidence_id, "ana", "readout is clear")
    assert _statuses(linked)["trade-forum"] == ("delivered", "delivered")
    assert _statuses(linked, date(2022, 10, 1))["trade-forum"] == ("announced", "announced")
    with session_scope(linked) as session:
        audit = session.scalars(select(AuditRow)).one()
        assert (audit.actor, audit.action, audit.reason) == ("ana", "accept", "readout is clear")
        with pytest.raises(UserError, match="already accepted"):
            review.accept_evidence(session, proposal.evidence_id, "ana")


def test_rejecting_withdraws_the_proposal_without_deleting_history(linked: str) -> None:
    proposal = _only_proposal(linked)
    with session_scope(linked) as session:
        rows_before = session.scalar(select(func.count()).select_from(StatusChangeRow))
        review.reject_evidence(session, proposal.evidence_id, "ana", "different forum")
    assert _statuses(linked)["trade-forum"] == ("announced", "announced")
    with session_scope(linked) as session:
        assert session.scalar(select(func.count()).select_from(StatusChangeRow)) == rows_before
        assert review.list_proposals(session, "test-pact") == []


def test_rejecting_accepted_evidence_adds_a_correction(linked: str) -> None:
    proposal = _only_proposal(linked)
    with session_scope(linked) as session:
        review.accept_evidence(session, proposal.evidence_id, "ana")
    with session_scope(linked) as session:
        review.reject_evidence(session, proposal.evidence_id, "ben", "misread")
    assert _statuses(linked, date.today())["trade-forum"] == ("announced", "announced")
    with session_scope(linked) as session:
        statuses = [c.status for c in session.scalars(
            select(StatusChangeRow).order_by(StatusChangeRow.pk))]
    assert statuses[-2:] == ["delivered", "announced"]


def test_relink_moves_evidence_to_the_right_commitment(linked: str) -> None:
    proposal = _only_proposal(linked)
    with session_scope(linked) as session:
        review.relink_evidence(session, proposal.evidence_id, "water-fund-pilot", "ana", "wrong target")
    statuses = _statuses(linked)
    assert statuses["trade-forum"] == ("announced", "announced")
    assert statuses["water-fund-pilot"] == ("delivered", "delivered")
    assert _page_statuses(linked) == statuses  # the dashboard's SQL status agrees with the engine


FORUM_AGAIN = Document(
    id="t-06", date=date(2022, 12, 5), lang="en", title="Second forum readout",
    text="Trade ministers from both countries held the trade forum in Monterrey again, with business leaders.",
)


def _proposals_by_document(url: str) -> dict[str, int]:
    with session_scope(url) as session:
        return {p.document: p.evidence_id for p in review.list_proposals(session, "test-pact")
                if p.commitment == "trade-forum"}


def test_a_withdrawn_acceptance_does_not_hide_reports_accepted_later(linked: str) -> None:
    with session_scope(linked) as session:
        process_documents(session, [(FORUM_AGAIN, "test:t-06")])
    first, second = _proposals_by_document(linked)["t-05"], _proposals_by_document(linked)["t-06"]
    with session_scope(linked) as session:
        review.accept_evidence(session, first, "ana")
        review.reject_evidence(session, first, "ben", "another forum")
        review.accept_evidence(session, second, "ana", "this one was held")
    # The correction takes effect on the rejected report's date, not on the day of the review,
    # so it neither hides the later acceptance today nor leaves the rejected report counting then.
    assert _statuses(linked, today())["trade-forum"][0] == "delivered"
    assert _statuses(linked, date(2022, 11, 1))["trade-forum"][0] == "announced"
    assert _statuses(linked, date(2022, 12, 31))["trade-forum"][0] == "delivered"
    with session_scope(linked) as session:
        review.accept_evidence(session, first, "ben", "it was the forum after all")
    assert _statuses(linked, date(2022, 11, 1))["trade-forum"][0] == "delivered"
    assert _page_statuses(linked, date(2022, 11, 1))["trade-forum"][0] == "delivered"  # the pages agree


def test_relinking_accepted_evidence_away_corrects_the_old_commitment(linked: str) -> None:
    proposal = _only_proposal(linked)
    with session_scope(linked) as session:
        review.accept_evidence(session, proposal.evidence_id, "ana")
        new_id = review.relink_evidence(session, proposal.evidence_id, "water-fund-pilot", "ben", "the plant")
    for when in (date(2023, 1, 1), today()):
        statuses = _statuses(linked, when)
        assert statuses["trade-forum"] == ("announced", "announced")
        assert statuses["water-fund-pilot"][0] == "delivered"
    with session_scope(linked) as session:
        with pytest.raises(UserError, match=f"already relinked \\(as evidence {new_id}\\)"):
            review.relink_evidence(session, proposal.evidence_id, "water-fund", "ben", "again")
        rows = session.scalar(select(func.count()).select_from(StatusChangeRow))
        review.relink_evidence(session, new_id, "water-fund", "ben", "the fund, not the plant")
        assert session.scalar(select(func.count()).select_from(StatusChangeRow)) > rows
    assert _statuses(linked)["water-fund-pilot"][0] == "announced"


def test_relinking_refuses_a_commitment_announced_after_the_report(linked: str) -> None:
    proposal = _only_proposal(linked)
    with session_scope(linked) as session:
        pilot = find_commitment(session, "water-fund-pilot", "test-pact")
        pilot.announced = date(2023, 2, 1)
        with pytest.raises(UserError, match="is from 2022-10-20, before water-fund-pilot was announced"):
            review.relink_evidence(session, proposal.evidence_id, "water-fund-pilot", "ana", "x")


def test_status_leaves_out_commitments_not_yet_announced(linked: str) -> None:
    from agenda.store.listing import CommitmentFilters, list_commitments

    assert set(_statuses(linked, date(2022, 4, 1))) == {"trade-forum", "water-fund"}
    assert set(_page_statuses(linked, date(2022, 4, 1))) == {"trade-forum", "water-fund"}
    assert _statuses(linked, date(2022, 1, 1)) == {}
    with session_scope(linked) as session:
        for filters in (CommitmentFilters(), CommitmentFilters(status="announced")):
            first = list_commitments(session, "test-pact", date(2022, 4, 1), filters, per_page=1)
            second = list_commitments(session, "test-pact", date(2022, 4, 1), filters, page=2, per_page=1)
            assert first.total == 2 and len(first.items) == len(second.items) == 1


def test_a_persons_decision_has_the_last_word_on_its_day(linked: str) -> None:
    proposal = _only_proposal(linked)
    with session_scope(linked) as session:
        review.accept_evidence(session, proposal.evidence_id, "ana", "held")
        review.set_status(session, "trade-forum", Status.STALLED, "ben", "cut short that day", date(2022, 10, 20))
    assert _statuses(linked)["trade-forum"][0] == "stalled"
    assert _page_statuses(linked)["trade-forum"][0] == "stalled"


def test_evidence_moved_back_can_be_moved_again(linked: str) -> None:
    proposal = _only_proposal(linked)
    with session_scope(linked) as session:
        moved = review.relink_evidence(session, proposal.evidence_id, "water-fund-pilot", "ana", "the plant")
        back = review.relink_evidence(session, moved, "trade-forum", "ben", "it was the forum")
        assert back == proposal.evidence_id  # the forum's own evidence, accepted again
        review.relink_evidence(session, back, "water-fund", "ana", "the fund after all")
    assert _statuses(linked)["water-fund"][0] == "delivered"


def test_evidence_accepted_again_counts_again_on_the_pages_too(linked: str) -> None:
    with session_scope(linked) as session:
        process_documents(session, [(FORUM_AGAIN, "test:t-06")])
    first, second = _proposals_by_document(linked)["t-05"], _proposals_by_document(linked)["t-06"]
    with session_scope(linked) as session:
        review.reject_evidence(session, second, "ana", "a rerun")
        review.accept_evidence(session, first, "ana", "held")
        review.reject_evidence(session, first, "ben", "another forum")
        review.accept_evidence(session, second, "ben", "this one was held")
    for when in (date(2022, 11, 1), date(2022, 12, 31)):
        assert _page_statuses(linked, when) == _statuses(linked, when)  # the pages agree with the engine
    assert _statuses(linked, date(2022, 12, 31))["trade-forum"] == ("delivered", "delivered")


def _page_statuses(url: str, when: date = date(2023, 1, 1)) -> dict[str, tuple[str, str]]:
    from agenda.store.listing import CommitmentFilters, list_commitments

    with session_scope(url) as session:
        page = list_commitments(session, "test-pact", when, CommitmentFilters(), per_page=100)
    return {i.id: (str(i.status), str(i.proposed_status)) for i in page.items}


def test_set_status_needs_a_reason_and_respects_the_announcement(linked: str) -> None:
    with session_scope(linked) as session:
        with pytest.raises(UserError, match="reason"):
            review.set_status(session, "water-fund", Status.STALLED, "ana", "")
        with pytest.raises(UserError, match="before water-fund was announced"):
            review.set_status(session, "water-fund", Status.STALLED, "ana", "x", date(2021, 1, 1))
        with pytest.raises(UserError, match="is after today"):
            review.set_status(session, "water-fund", Status.STALLED, "ana", "x", date(today().year + 2, 1, 1))
        review.set_status(session, "water-fund", Status.STALLED, "ana", "budget frozen", date(2022, 12, 1))
    assert _statuses(linked)["water-fund"] == ("stalled", "stalled")
    assert _statuses(linked, date(2022, 11, 1))["water-fund"] == ("announced", "announced")


COUNCIL_READOUT = Document(
    id="r-03", date=date(2022, 9, 1), lang="en", title="Readout of the customs council",
    text=("Customs officials of Mexico and the United States held the first session of the bilateral customs "
          "council in Laredo. The two governments will also create a joint task force on avocado exports, "
          "led by their farm ministries. "
          "Mexico will host a regional fair on honey and beekeeping next spring."),
)


@pytest.fixture
def with_new(db_url: str) -> str:
    with session_scope(db_url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_track.yaml"))
        process_documents(session, [(COUNCIL_READOUT, "test:r-03")])
    return db_url


def _new(url: str) -> dict[str, int]:
    with session_scope(url) as session:
        return {p.text: p.statement_id for p in review.list_new_commitments(session, "test-rivers")}


AVOCADO = "The two governments will also create a joint task force on avocado exports, led by their farm ministries."
BEES = "Mexico will host a regional fair on honey and beekeeping next spring."


def test_unmatched_commitment_sentences_are_proposed_as_new_commitments(with_new: str) -> None:
    proposed = _new(with_new)
    assert AVOCADO in proposed
    assert not any("customs council" in text for text in proposed)  # linked, so not new


def test_adopting_creates_a_proposed_commitment_with_history_and_audit(with_new: str) -> None:
    statement_id = _new(with_new)[AVOCADO]
    with session_scope(with_new) as session:
        key = review.adopt_statement(session, statement_id, "ana", "test-rivers", key="avocado-task-force",
                                     reason="a real new pledge")
        row = find_commitment(session, key, "test-rivers")
        assert (row.origin, row.announced, row.quote, row.source_doc) == (
            "proposed", date(2022, 9, 1), AVOCADO, "r-03")
        with pytest.raises(UserError, match="already linked"):
            review.adopt_statement(session, statement_id, "ana", "test-rivers")
        audit = session.scalars(select(AuditRow).where(AuditRow.action == "adopt")).one()
        assert (audit.actor, audit.reason, audit.details["commitment"]) == ("ana", "a real new pledge", key)
    assert AVOCADO not in _new(with_new)
    with session_scope(with_new) as session:
        items = {i.commitment.id: i for i in agenda_status(session, "test-rivers", date(2023, 1, 1))}
    assert str(items["avocado-task-force"].status) == "announced" and not items["avocado-task-force"].no_evidence


def test_only_a_promise_can_be_adopted_and_its_id_is_made_of_whole_words(with_new: str) -> None:
    with session_scope(with_new) as session:
        report = session.scalars(select(StatementRow).where(StatementRow.type == "progress")).first()
        assert report is not None and "held the first session" in report.text
        with pytest.raises(UserError, match="reports progress, it promises nothing"):
            review.adopt_statement(session, report.pk, "ana", "test-rivers")
        key = review.adopt_statement(session, _new(with_new)[BEES], "ana", "test-rivers",
                                     text="México organizará una feria regional de apicultura")
        # whole words, without accents ("organizará", not a stem of it), function words left out
        assert key.split("-") == ["organizara", "feria", "regional", "apicultura"]


def test_dismissing_and_restating_take_a_proposal_off_the_list(with_new: str) -> None:
    proposed = _new(with_new)
    with session_scope(with_new) as session:
        review.dismiss_statement(session, proposed[AVOCADO], "ben", "test-rivers", "not a government pledge")
        with pytest.raises(UserError, match="already dismissed"):
            review.dismiss_statement(session, proposed[AVOCADO], "ben", "test-rivers")
        evidence_id = review.restate_statement(session, proposed[BEES], "pollinator-plan", "ben", "test-rivers")
        assert review.get_proposal(session, evidence_id).stance == "restate"
    assert _new(with_new) == {}
    with session_scope(with_new) as session:
        plan = {i.commitment.id: i for i in agenda_status(session, "test-rivers", date(2023, 1, 1))}["pollinator-plan"]
        actions = [r.action for r in review.audit_log(session)]
    assert str(plan.proposed_status) == "announced" and not plan.no_evidence
    assert actions[:2] == ["restate", "dismiss"]


def test_review_new_adopt_and_dismiss_from_the_command_line(sqlite_url: str, tmp_path: Path) -> None:
    readout = tmp_path / "readout.txt"
    readout.write_text(COUNCIL_READOUT.text)
    assert run_agenda("import", str(FIXTURES / "agenda_track.yaml"), db=sqlite_url).returncode == 0
    ingested = run_agenda("ingest", str(readout), "--date", "2022-09-01", "--lang", "en", db=sqlite_url)
    assert ingested.returncode == 0, ingested.stderr
    listed = run_agenda("review", "new", "--format", "json", db=sqlite_url)
    assert listed.returncode == 0, listed.stderr
    proposals = {p["text"]: p["statement"] for p in json.loads(listed.stdout)}
    assert AVOCADO in proposals
    before = run_agenda("review", "new", "--as-of", "2022-08-31", db=sqlite_url)
    assert before.returncode == 0 and "no new commitments proposed" in before.stdout
    adopted = run_agenda("review", "adopt", str(proposals[AVOCADO]), "--id", "avocado-task-force", "--as", "ana",
                         "-m", "new pledge", db=sqlite_url)
    assert adopted.returncode == 0 and "adopted as commitment avocado-task-force" in adopted.stdout
    dismissed = run_agenda("review", "dismiss", str(proposals[BEES]), "--as", "ana", db=sqlite_url)
    assert dismissed.returncode == 0, dismissed.stderr
    assert "no new commitments proposed" in run_agenda("review", "new", db=sqlite_url).stdout
    status = json.loads(run_agenda("status", "--format", "json", db=sqlite_url).stdout)
    assert "avocado-task-force" in [c["id"] for c in status["commitments"]]
    log = run_agenda("review", "log", db=sqlite_url).stdout
    assert "ana adopt statement test-rivers/" in log and "ana dismiss statement" in log
    again = run_agenda("review", "adopt", str(proposals[AVOCADO]), db=sqlite_url)
    assert again.returncode == 1 and "already linked" in again.stderr


def test_review_listing_and_log_from_the_command_line(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_small.yaml"))
        process_documents(session, [(FORUM_REPORT, "test:t-05"), (FORUM_AGAIN, "test:t-06")])
    unknown = run_agenda("review", "--agenda", "test-pakt", db=sqlite_url)
    assert unknown.returncode == 1 and "unknown agenda 'test-pakt' (stored: test-pact)" in unknown.stderr
    everything = json.loads(run_agenda("review", "--limit", "0", "--format", "json", db=sqlite_url).stdout)
    one = json.loads(run_agenda("review", "--limit", "1", "--format", "json", db=sqlite_url).stdout)
    assert len(everything) >= 2 and len(one) == 1
    assert run_agenda("review", "--limit", "-1", db=sqlite_url).returncode == 2
    first = everything[0]["id"]
    relinked = run_agenda("review", "relink", str(first), "--to", "water-fund-pilot", "-m", "the plant",
                          "--as", "ana", db=sqlite_url)
    assert relinked.returncode == 0, relinked.stderr
    log = json.loads(run_agenda("review", "log", "--format", "json", db=sqlite_url).stdout)
    assert log[0]["action"] == "relink" and log[0]["actor"] == "ana" and log[0]["reason"] == "the plant"
    assert log[0]["details"]["to_commitment"] == "water-fund-pilot" and log[0]["at"].endswith("Z")
    text = run_agenda("review", "log", db=sqlite_url).stdout
    assert f"UTC ana relink evidence {first} to_commitment=water-fund-pilot new_evidence=" in text
