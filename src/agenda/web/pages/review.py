"""The editors' pages: the review queue and its actions, and setting a status by hand."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import parse_qsl, urlsplit

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from agenda.auth.users import Principal
from agenda.model import Stance, Status
from agenda.store import review as actions
from agenda.store.agendas import list_agenda_ids
from agenda.store.browse import count_proposals, list_proposals_as_of
from agenda.store.listing import Page
from agenda.web.auth import context, editor_required, role_extra
from agenda.web.errors import ParamError
from agenda.web.pages.common import agenda_filter, agenda_row, database, flash_message
from agenda.web.params import PageNumber, as_of_date, parse_choice, parse_date
from agenda.web.render import render
from agenda.web.urls import commitment_url, local_path, with_query

router = APIRouter(include_in_schema=False)
STATES = ["proposed", "accepted", "rejected"]
STANCES = [s.value for s in Stance]
Editor = Annotated[Principal, Depends(editor_required)]
Reason = Annotated[str, Form(max_length=1000)]
Next = Annotated[str, Form(max_length=2000)]


def optional(text: str) -> str | None:
    """A form field left blank is no value."""
    return text.strip() or None


def back_to(next_path: str, default: str, **params: object) -> RedirectResponse:
    """Back to the page the form was on (a local path, else `default`), with a confirmation message."""
    parts = urlsplit(local_path(next_path, default))
    kept = {k: v for k, v in parse_qsl(parts.query) if k not in {"msg", *params}}
    return RedirectResponse(with_query(parts.path, {**kept, **params}), status_code=303)


def _back(next_path: str, **params: object) -> RedirectResponse:
    return back_to(next_path, "/review", **params)


@router.get("/review", response_class=HTMLResponse, openapi_extra=role_extra("editor"))
def review_queue(request: Request, _editor: Editor, as_of: Annotated[date, Depends(as_of_date)],
                 page: PageNumber = 1,
                 agenda: Annotated[str | None, Query()] = None,
                 state: Annotated[str | None, Query()] = None) -> HTMLResponse:
    chosen_state = parse_choice("state", state, STATES) or "proposed"
    per_page = context(request).settings.per_page
    with database(request) as session:
        agendas = list_agenda_ids(session)
        chosen_agenda = agenda_filter(session, agenda)
        items = list_proposals_as_of(session, chosen_agenda, chosen_state, as_of, per_page,
                                     (page - 1) * per_page)
        total = count_proposals(session, chosen_agenda, chosen_state, as_of)
    return render(request, "review.html", {
        "page": Page(items=items, total=total, page=page, per_page=per_page), "agendas": agendas,
        "agenda": chosen_agenda, "state": chosen_state, "states": STATES, "stances": STANCES,
        "message": flash_message(request),
    })


@router.post("/review/{evidence_id}/accept", openapi_extra=role_extra("editor"))
def accept(request: Request, evidence_id: int, editor: Editor, reason: Reason = "",
           next: Next = "/review") -> RedirectResponse:
    with database(request) as session:
        actions.accept_evidence(session, evidence_id, editor.name, optional(reason))
    return _back(next, msg="accepted", id=evidence_id)


@router.post("/review/{evidence_id}/reject", openapi_extra=role_extra("editor"))
def reject(request: Request, evidence_id: int, editor: Editor, reason: Reason = "",
           next: Next = "/review") -> RedirectResponse:
    with database(request) as session:
        actions.reject_evidence(session, evidence_id, editor.name, optional(reason))
    return _back(next, msg="rejected", id=evidence_id)


@router.post("/review/{evidence_id}/relink", openapi_extra=role_extra("editor"))
def relink(request: Request, evidence_id: int, editor: Editor,
           commitment: Annotated[str, Form(min_length=1, max_length=200)],
           agenda: Annotated[str, Form(max_length=100)] = "", stance: Annotated[str, Form()] = "",
           reason: Reason = "", next: Next = "/review") -> RedirectResponse:
    chosen = parse_choice("stance", stance, STANCES)
    with database(request) as session:
        new_id = actions.relink_evidence(session, evidence_id, commitment.strip(), editor.name, optional(reason),
                                         Stance(chosen) if chosen else None, agenda or None)
    return _back(next, msg="relinked", id=new_id, commitment=commitment.strip())


@router.post("/agendas/{agenda_id}/commitments/{key}/status", openapi_extra=role_extra("editor"))
def set_status(request: Request, agenda_id: str, key: str, editor: Editor,
               status: Annotated[str, Form()], reason: Reason = "",
               date: Annotated[str, Form()] = "") -> RedirectResponse:
    chosen = parse_choice("status", status, [s.value for s in Status])
    if chosen is None:
        raise ParamError("status", "choose a status")
    when = parse_date("date", date)
    with database(request) as session:
        agenda_row(session, agenda_id)
        actions.set_status(session, key, Status(chosen), editor.name, reason.strip(), when, agenda_id)
    return RedirectResponse(f"{commitment_url(agenda_id, key)}?msg=status_set#history", status_code=303)

