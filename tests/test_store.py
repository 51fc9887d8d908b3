"""The store: migrations on first use, agenda persistence, append-only dated status history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, select

from agenda.agendafile import read_agenda_file
from agenda.store.agendas import find_commitment, load_agenda, save_agenda
from agenda.store.db import get_engine, session_scope
from agenda.store.schema import HistoryRewriteError, StatusChangeRow
from agenda.store.status import agenda_status

from .conftest import FIXTURES


def test_first_use_creates_every_table(db_url: str) -> None:
    tables = set(inspect(get_engine(db_url)).get_table_names())
    assert {"agenda", "commitment", "document", "statement", "evidence", "status_change",
            "event", "alembic_version"} <= tables


def test_saved_agenda_loads_back_with_reviewed_history(db_url: str) -> None:
    agenda = read_agenda_file(FIXTURES / "agenda_small.yaml")
    with session_scope(db_url) as session:
        assert save_agenda(session, agenda, with_history=True) == (3, 0)
    with session_scope(db_url) as session:
        loaded = load_agenda(session, "test-pact")
    assert [c.id for c in loaded.commitments] == [c.id for c in agenda.commitments]
    assert [(t.date, t.status) for t in loaded.commitments[0].timeline] == [
        (t.date, t.status) for t in agenda.commitments[0].timeline]
    # a commitment without a timeline still starts as announced on its announcement date
    assert [(t.date, str(t.status)) for t in loaded.commitments[1].timeline] == [
        (date(2022, 3, 1), "announced")]


def test_reimport_updates_text_and_keeps_history(db_url: str) -> None:
    agenda = read_agenda_file(FIXTURES / "agenda_small.yaml")
    with session_scope(db_url) as session:
        save_agenda(session, agenda, with_history=True)
    agenda.commitments[0].text = "Hold a trade forum in Monterrey in October"
    with session_scope(db_url) as session:
        assert save_agenda(session, agenda, with_history=True) == (0, 3)
    with session_scope(db_url) as session:
        loaded = load_agenda(session, "test-pact")
    assert loaded.commitments[0].text.endswith("Monterrey in October")
    assert len(loaded.commitments[0].timeline) == 2


def test_status_history_cannot_be_rewritten(db_url: str) -> None:
    with session_scope(db_url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_small.yaml"))
    with pytest.raises(HistoryRewriteError), session_scope(db_url) as session:
        change = session.scalars(select(StatusChangeRow)).first()
        change.status = "delivered"
    with pytest.raises(HistoryRewriteError), session_scope(db_url) as session:
        session.delete(session.scalars(select(StatusChangeRow)).first())
    with session_scope(db_url) as session:
        assert {c.status for c in session.scalars(select(StatusChangeRow))} == {"announced"}


def test_status_as_of_answers_from_history(db_url: str) -> None:
    with session_scope(db_url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_small.yaml"), with_history=True)
        forum = find_commitment(session, "trade-forum").pk
        session.add(StatusChangeRow(commitment_pk=forum, date=date(2023, 2, 1), status="stalled",
                                    basis="review", reviewed=True, author="ana", reason="recheck"))

    def forum_status(when: date) -> str:
        with session_scope(db_url) as session:
            items = {i.commitment.id: i for i in agenda_status(session, "test-pact", when)}
        return str(items["trade-forum"].status)

    assert forum_status(date(2022, 6, 1)) == "announced"
    assert forum_status(date(2022, 10, 20)) == "delivered"
    assert forum_status(date(2023, 3, 1)) == "stalled"
