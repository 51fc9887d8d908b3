"""The editors' page of statements that promise something no commitment accounts for: adopt, restate, dismiss."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from agenda.store.agendas import list_agenda_ids
from agenda.store.listing import Page
from agenda.store.new_commitments import (
    adopt_statement,
    dismiss_statement,
    page_of_new_commitments,
    restate_statement,
)
from agenda.web.auth import context, role_extra
from agenda.web.pages.common import agenda_filter, database, flash_message
from agenda.web.pages.review import Editor, Next, Reason, back_to, optional
from agenda.web.params import PageNumber, as_of_date
from agenda.web.render import render

router = APIRouter(include_in_schema=False)
AgendaField = Annotated[str, Form(min_length=1, max_length=100)]
Key = Annotated[str, Form(max_length=200)]


@router.get("/review/new", response_class=HTMLResponse, openapi_extra=role_extra("editor"))
def new_commitments(request: Request, _editor: Editor, as_of: Annotated[date, Depends(as_of_date)],
                    page: PageNumber = 1, agenda: Annotated[str | None, Query()] = None,
                    nearest: Annotated[bool, Query()] = False) -> HTMLResponse:
    per_page = context(request).settings.per_page
    with database(request) as session:
        agendas = list_agenda_ids(session)
        chosen = agenda_filter(session, agenda)
        items, total = page_of_new_commitments(session, chosen, per_page, (page - 1) * per_page, nearest, as_of)
    return render(request, "review_new.html", {
        "page": Page(items=items, total=total, page=page, per_page=per_page), "agendas": agendas,
        "agenda": chosen, "nearest": nearest, "message": flash_message(request),
    })


@router.post("/review/new/{statement_id}/adopt", openapi_extra=role_extra("editor"))
def adopt(request: Request, statement_id: int, editor: Editor, agenda: AgendaField, id: Key = "",
          text: Annotated[str, Form(max_length=5000)] = "", parent: Key = "", reason: Reason = "",
          next: Next = "/review/new") -> RedirectResponse:
    with database(request) as session:
        key = adopt_statement(session, statement_id, editor.name, agenda, optional(id), optional(text),
                              optional(parent), optional(reason))
    return back_to(next, "/review/new", msg="adopted", agenda=agenda, commitment=key)


@router.post("/review/new/{statement_id}/restate", openapi_extra=role_extra("editor"))
def restate(request: Request, statement_id: int, editor: Editor, agenda: AgendaField,
            commitment: Annotated[str, Form(min_length=1, max_length=200)], reason: Reason = "",
            next: Next = "/review/new") -> RedirectResponse:
    with database(request) as session:
        evidence = restate_statement(session, statement_id, commitment.strip(), editor.name, agenda,
                                     optional(reason))
    return back_to(next, "/review/new", msg="restated", id=evidence, commitment=commitment.strip())


@router.post("/review/new/{statement_id}/dismiss", openapi_extra=role_extra("editor"))
def dismiss(request: Request, statement_id: int, editor: Editor, agenda: AgendaField, reason: Reason = "",
            next: Next = "/review/new") -> RedirectResponse:
    with database(request) as session:
        dismiss_statement(session, statement_id, editor.name, agenda, optional(reason))
    return back_to(next, "/review/new", msg="dismissed", id=statement_id)
