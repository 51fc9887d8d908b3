"""The FastAPI application: read-only overview page and status API."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from agenda.clock import today
from agenda.errors import UserError
from agenda.publish.status_formats import status_record
from agenda.store.agendas import list_agenda_ids, resolve_agenda_id
from agenda.store.db import session_scope
from agenda.store.status import agenda_status

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def create_app(database: str | None = None) -> FastAPI:
    app = FastAPI(title="Agenda Tracker", openapi_url="/api/openapi.json", docs_url="/api/docs")

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request, agenda: str | None = None,
                 as_of: date | None = Query(default=None)) -> HTMLResponse:
        when = as_of or today()
        with session_scope(database) as session:
            agendas = list_agenda_ids(session)
            if not agendas:
                return TEMPLATES.TemplateResponse(request, "empty.html", {})
            try:
                agenda_id = resolve_agenda_id(session, agenda or agendas[0])
            except UserError as exc:
                raise HTTPException(status_code=404, detail=str(exc)) from exc
            items = [status_record(i) for i in agenda_status(session, agenda_id, when)]
        return TEMPLATES.TemplateResponse(request, "overview.html", {
            "agenda_id": agenda_id, "agendas": agendas, "as_of": when, "items": items,
        })

    @app.get("/api/status")
    def api_status(agenda: str | None = None, as_of: date | None = None) -> dict:
        when = as_of or today()
        with session_scope(database) as session:
            try:
                agenda_id = resolve_agenda_id(session, agenda)
            except UserError as exc:
                raise HTTPException(status_code=404, detail=str(exc)) from exc
            items = [status_record(i) for i in agenda_status(session, agenda_id, when)]
        return {"agenda": agenda_id, "as_of": when.isoformat(), "commitments": items}

    return app
