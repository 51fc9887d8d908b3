"""Read-only API routes: agendas, commitments, documents, statements (each with `as_of`)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from agenda.errors import NotFoundError
from agenda.publish.status_formats import status_record
from agenda.store.agendas import resolve_agenda_id
from agenda.store.browse import list_agendas, list_documents, list_statements
from agenda.store.detail import commitment_detail, document_detail
from agenda.store.listing import CommitmentFilters, list_commitments
from agenda.store.status import agenda_status
from agenda.web.api import models
from agenda.web.api.convert import commitment_detail_out, commitment_out, document_detail_out
from agenda.web.auth import optional_principal
from agenda.web.pages.common import agenda_row, database, overview
from agenda.web.params import PageNumber, PerPage, as_of_date, commitment_filters, parse_choice, parse_text

ERRORS = {404: {"model": models.ErrorOut}, 422: {"model": models.ErrorOut}, 401: {"model": models.ErrorOut}}
router = APIRouter(prefix="/api", tags=["read"], responses=ERRORS, dependencies=[Depends(optional_principal)])
AsOf = Annotated[date, Depends(as_of_date)]
DOC_LANGS = ["en", "es", "fr", "pt"]
TYPES = ["commitment", "progress"]


# an agenda's frame (title, parties, commitments) is not dated: as_of is checked as on every read, and
# the counts by status as of the date are the summary's (/api/agendas/{id})
@router.get("/agendas", response_model=list[models.AgendaOut], summary="Every stored agenda",
            dependencies=[Depends(as_of_date)])
def agendas(request: Request) -> list[models.AgendaOut]:
    with database(request) as session:
        return [models.AgendaOut(**vars(a)) for a in list_agendas(session)]


@router.get("/agendas/{agenda_id}", response_model=models.AgendaSummaryOut,
            summary="An agenda with its counts by status, pillar and party as of a date")
def agenda(request: Request, agenda_id: str, as_of: AsOf) -> models.AgendaSummaryOut:
    with database(request) as session:
        o = overview(request, session, agenda_id, as_of, list_size=0)
    return models.AgendaSummaryOut(
        id=o.agenda_id, title=o.title, parties=o.parties, note=o.note, commitments=o.total, as_of=as_of,
        status_totals=dict(o.status_totals), proposed_totals=dict(o.proposed_totals),
        status_by_pillar={k: dict(v) for k, v in o.status_by_pillar.items()},
        status_by_party={k: dict(v) for k, v in o.status_by_party.items()},
        overdue=o.overdue_total, quantitative=o.quantitative_total, awaiting_review=o.awaiting_review,
    )


@router.get("/agendas/{agenda_id}/commitments", response_model=models.CommitmentPageOut,
            summary="An agenda's commitments with their status, filtered and paginated")
def commitments(request: Request, agenda_id: str, as_of: AsOf,
                filters: Annotated[CommitmentFilters, Depends(commitment_filters)],
                page: PageNumber = 1, per_page: PerPage = 50) -> models.CommitmentPageOut:
    with database(request) as session:
        agenda_row(session, agenda_id)
        result = list_commitments(session, agenda_id, as_of, filters, page, per_page)
    return models.CommitmentPageOut(agenda=agenda_id, as_of=as_of, total=result.total, page=result.page,
                                    per_page=result.per_page, pages=result.pages,
                                    items=[commitment_out(i) for i in result.items])


@router.get("/agendas/{agenda_id}/commitments/{key}", response_model=models.CommitmentDetailOut,
            summary="One commitment with its dated status history and evidence")
def commitment(request: Request, agenda_id: str, key: str, as_of: AsOf) -> models.CommitmentDetailOut:
    with database(request) as session:
        agenda_row(session, agenda_id)
        return commitment_detail_out(commitment_detail(session, agenda_id, key, as_of), as_of)


@router.get("/documents", response_model=models.DocumentPageOut,
            summary="Documents published on or before as_of, newest first")
def documents(request: Request, as_of: AsOf, page: PageNumber = 1, per_page: PerPage = 50,
              q: Annotated[str | None, Query(description="Text in the title or id")] = None,
              lang: Annotated[str | None, Query(description="Document language: en, es, fr, pt")] = None,
              ) -> models.DocumentPageOut:
    text, language = parse_text("q", q), parse_choice("lang", lang, DOC_LANGS)
    with database(request) as session:
        result = list_documents(session, as_of, text, language, page, per_page)
    return models.DocumentPageOut(as_of=as_of, total=result.total, page=result.page, per_page=result.per_page,
                                  pages=result.pages, items=[models.DocumentOut(**vars(d)) for d in result.items])


@router.get("/documents/{key:path}", response_model=models.DocumentDetailOut,
            summary="One document: its text and its recognised statements with their links")
def document(request: Request, key: str, as_of: AsOf) -> models.DocumentDetailOut:
    with database(request) as session:
        detail = document_detail(session, key)
        if detail.row.published and detail.row.published > as_of:
            raise NotFoundError(f"document {key!r} was not yet published on {as_of.isoformat()}")
        return document_detail_out(detail)


@router.get("/statements", response_model=models.StatementPageOut,
            summary="Recognised statements, newest document first")
def statements(request: Request, as_of: AsOf, page: PageNumber = 1, per_page: PerPage = 50,
               type: Annotated[str | None, Query(description="commitment or progress")] = None,
               document: Annotated[str | None, Query(description="Only this document's statements")] = None,
               q: Annotated[str | None, Query(description="Text in the statement")] = None,
               ) -> models.StatementPageOut:
    chosen = parse_choice("type", type, TYPES)
    with database(request) as session:
        result = list_statements(session, as_of, chosen, document, parse_text("q", q), page, per_page)
    return models.StatementPageOut(as_of=as_of, total=result.total, page=result.page, per_page=result.per_page,
                                   pages=result.pages, items=[models.StatementOut(**vars(s)) for s in result.items])


@router.get("/status", summary="The `agenda status --format json` report (every commitment with its evidence)")
def status(request: Request, as_of: AsOf, agenda: str | None = None) -> dict:
    with database(request) as session:
        agenda_id = resolve_agenda_id(session, agenda)
        items = [status_record(i) for i in agenda_status(session, agenda_id, as_of)]
    return {"agenda": agenda_id, "as_of": as_of.isoformat(), "commitments": items}

