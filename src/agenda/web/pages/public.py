"""Public pages anyone can link to: agendas, overview, commitment list and page, documents."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from agenda.errors import NotFoundError
from agenda.model import Kind, Pillar, Status
from agenda.store.browse import list_agendas, list_documents
from agenda.store.detail import commitment_detail, document_detail
from agenda.store.listing import SORTS, CommitmentFilters, list_commitments
from agenda.web.auth import context, optional_principal
from agenda.web.chart import timeline_svg
from agenda.web.highlight import highlight
from agenda.web.i18n import Translator
from agenda.web.pages.common import agenda_row, database, flash_message, overview
from agenda.web.params import PageNumber, as_of_date, commitment_filters, parse_choice, parse_text
from agenda.web.render import render
from agenda.web.urls import agenda_url, with_query

router = APIRouter(include_in_schema=False, dependencies=[Depends(optional_principal)])
STATUSES = [s.value for s in Status]
DOC_LANGS = ["en", "es", "fr", "pt"]


def _translator(request: Request) -> Translator:
    return Translator(request.scope.get("state", {}).get("lang", "en"))


@router.get("/", response_class=HTMLResponse)
def home(request: Request, as_of: Annotated[date, Depends(as_of_date)],
         agenda: Annotated[str | None, Query()] = None) -> Response:
    if agenda:  # the first dashboard's address, `/?agenda=ID`, still works
        return RedirectResponse(with_query(agenda_url(agenda), {"as_of": request.query_params.get("as_of")}),
                                status_code=307)
    with database(request) as session:
        agendas = list_agendas(session)
        if not agendas:
            return render(request, "empty.html", {})
        if len(agendas) > 1:
            return render(request, "agendas.html", {"agendas": agendas})
        return _overview(request, session, agendas[0].id, as_of, several=False)


@router.get("/agendas/{agenda_id}", response_class=HTMLResponse)
def agenda_page(request: Request, agenda_id: str, as_of: Annotated[date, Depends(as_of_date)]) -> HTMLResponse:
    with database(request) as session:
        several = len(list_agendas(session)) > 1
        return _overview(request, session, agenda_id, as_of, several)


def _overview(request: Request, session, agenda_id: str, as_of: date, several: bool) -> HTMLResponse:  # type: ignore[no-untyped-def]
    result = overview(request, session, agenda_id, as_of)
    shown = [s for s in STATUSES if result.status_totals[s] or result.proposed_totals[s]] or ["announced"]
    pillars = [(p.value, result.status_by_pillar[p.value]) for p in Pillar if p.value in result.status_by_pillar]
    translate = _translator(request)
    chart = None
    if result.timeline and result.timeline.points:
        chart = timeline_svg(result.timeline, lambda s: translate(f"status.{s}"), translate("overview.chart"))
    return render(request, "overview.html", {
        "o": result, "statuses": shown, "pillars": pillars, "parties": sorted(result.status_by_party.items()),
        "chart": chart, "several": several,
    })


@router.get("/agendas/{agenda_id}/commitments", response_class=HTMLResponse)
def commitments(request: Request, agenda_id: str, as_of: Annotated[date, Depends(as_of_date)],
                filters: Annotated[CommitmentFilters, Depends(commitment_filters)],
                page: PageNumber = 1) -> HTMLResponse:
    per_page = context(request).settings.per_page
    with database(request) as session:
        agenda = agenda_row(session, agenda_id)
        result = list_commitments(session, agenda_id, as_of, filters, page, per_page)
        return render(request, "commitments.html", {
            "agenda": agenda, "filters": filters, "page": result, "as_of": as_of, "statuses": STATUSES,
            "pillars": [p.value for p in Pillar], "kinds": [k.value for k in Kind], "sorts": SORTS,
        })


@router.get("/agendas/{agenda_id}/commitments/{key}", response_class=HTMLResponse)
def commitment(request: Request, agenda_id: str, key: str,
               as_of: Annotated[date, Depends(as_of_date)]) -> HTMLResponse:
    with database(request) as session:
        agenda = agenda_row(session, agenda_id)
        detail = commitment_detail(session, agenda_id, key, as_of)
        return render(request, "commitment.html", {
            "d": detail, "c": detail.row, "agenda_title": agenda.title, "as_of": as_of, "statuses": STATUSES,
            "message": flash_message(request),
        })


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, as_of: Annotated[date, Depends(as_of_date)], page: PageNumber = 1,
              q: Annotated[str | None, Query()] = None,
              doc_lang: Annotated[str | None, Query()] = None) -> HTMLResponse:
    text = parse_text("q", q)
    language = parse_choice("doc_lang", doc_lang, DOC_LANGS)
    with database(request) as session:
        result = list_documents(session, as_of, text, language, page, context(request).settings.per_page)
    return render(request, "documents.html", {"page": result, "q": text, "doc_lang": language,
                                              "doc_langs": DOC_LANGS})


@router.get("/documents/{key:path}", response_class=HTMLResponse)
def document(request: Request, key: str, as_of: Annotated[date, Depends(as_of_date)]) -> HTMLResponse:
    translate = _translator(request)
    with database(request) as session:
        detail = document_detail(session, key)
        if detail.row.published and detail.row.published > as_of:
            raise NotFoundError(f"document {key!r} was not yet published on {as_of.isoformat()}")
        marked = highlight(detail.row.text, detail.statements,
                           lambda s: translate(f"statement.{s.type}"))
        return render(request, "document.html", {"doc": detail.row, "statements": detail.statements,
                                                 "highlighted": marked, "sources": detail.sources})
