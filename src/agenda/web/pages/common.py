"""What the page handlers share: the request's database session and agenda lookup."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from fastapi import Request
from sqlalchemy.orm import Session

from agenda.errors import NotFoundError
from agenda.store.agendas import list_agenda_ids
from agenda.store.db import session_scope
from agenda.store.overview import Overview, agenda_overview, timeline_spans
from agenda.store.schema import AgendaRow
from agenda.web.auth import context
from agenda.web.errors import ParamError


@contextmanager
def database(request: Request) -> Iterator[Session]:
    with session_scope(context(request).settings.database) as session:
        yield session


def overview(request: Request, session: Session, agenda_id: str, as_of: date, list_size: int = 10) -> Overview:
    """The agenda's overview, computed once per change of the database."""
    web = context(request)

    def compute() -> Overview:
        spans = web.spans.get(agenda_id, lambda: timeline_spans(session, agenda_id)) if list_size else None
        return agenda_overview(session, agenda_row(session, agenda_id), as_of, list_size, spans)

    return web.overviews.get((agenda_id, as_of, list_size), compute)


def agenda_filter(session: Session, agenda: str | None) -> str | None:
    """The agenda a list is filtered by (None: every agenda); an unknown one is a bad parameter."""
    if agenda and agenda not in list_agenda_ids(session):
        raise ParamError("agenda", f"unknown agenda {agenda!r}")
    return agenda or None


def agenda_row(session: Session, agenda_id: str) -> AgendaRow:
    row = session.get(AgendaRow, agenda_id)
    if row is None:
        raise NotFoundError(f"unknown agenda {agenda_id!r}")
    return row


MESSAGES = ("accepted", "rejected", "relinked", "status_set", "user_added", "user_removed", "imported", "edited",
            "unchanged", "adopted", "restated", "dismissed")
MESSAGE_PARAMS = ("id", "agenda", "added", "updated", "name", "commitment")


def flash_message(request: Request) -> str | None:
    """The confirmation named by `?msg=` after a redirect (only known messages; values escaped)."""
    from agenda.web.i18n import Translator

    key = request.query_params.get("msg")
    if key not in MESSAGES:
        return None
    translate = Translator(request.scope.get("state", {}).get("lang", "en"))
    return translate(f"msg.{key}", **{name: request.query_params.get(name, "") for name in MESSAGE_PARAMS})
