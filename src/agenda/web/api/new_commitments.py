"""API routes for statements that promise something no commitment accounts for: list, adopt, restate, dismiss."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from agenda.clock import today
from agenda.store.detail import commitment_detail
from agenda.store.new_commitments import (
    adopt_statement,
    dismiss_statement,
    page_of_new_commitments,
    restate_statement,
)
from agenda.web.api import models
from agenda.web.api.convert import commitment_detail_out
from agenda.web.api.write import EDITOR, ERRORS, Editor, review_result
from agenda.web.pages.common import agenda_filter, database
from agenda.web.params import PageNumber, PerPage, as_of_date

router = APIRouter(prefix="/api/review/new-commitments", tags=["review and edits"], responses=ERRORS)


@router.get("", response_model=models.NewCommitmentPageOut, openapi_extra=EDITOR,
            summary="Commitment sentences of documents known on as_of that no commitment accounts for")
def new_commitments(request: Request, _editor: Editor, as_of: Annotated[date, Depends(as_of_date)],
                    page: PageNumber = 1, per_page: PerPage = 50, agenda: Annotated[str | None, Query()] = None,
                    nearest: Annotated[bool, Query(description="add the closest commitment and its score")] = False,
                    ) -> models.NewCommitmentPageOut:
    with database(request) as session:
        agenda = agenda_filter(session, agenda)
        items, total = page_of_new_commitments(session, agenda, per_page, (page - 1) * per_page, nearest, as_of)
    return models.NewCommitmentPageOut(as_of=as_of, total=total, page=page, per_page=per_page,
                                       pages=max(1, -(-total // per_page)),
                                       items=[models.NewCommitmentOut(**asdict(p)) for p in items])


@router.post("/{statement_id}/adopt", response_model=models.CommitmentDetailOut, openapi_extra=EDITOR,
             summary="Make the statement a commitment of the agenda (origin proposed)")
def adopt(request: Request, statement_id: int, editor: Editor, body: models.AdoptIn) -> models.CommitmentDetailOut:
    with database(request) as session:
        key = adopt_statement(session, statement_id, editor.name, body.agenda, body.id, body.text, body.parent,
                              body.reason)
        return commitment_detail_out(commitment_detail(session, body.agenda, key, today()), today())


@router.post("/{statement_id}/restate", response_model=models.ReviewResultOut, openapi_extra=EDITOR,
             summary="Record the statement as a re-announcement of an existing commitment (accepted evidence)")
def restate(request: Request, statement_id: int, editor: Editor, body: models.RestateIn) -> models.ReviewResultOut:
    with database(request) as session:
        evidence = restate_statement(session, statement_id, body.commitment, editor.name, body.agenda, body.reason)
        return review_result(session, evidence)


@router.post("/{statement_id}/dismiss", response_model=models.DismissOut, openapi_extra=EDITOR,
             summary="Stop proposing the statement as a new commitment of the agenda")
def dismiss(request: Request, statement_id: int, editor: Editor, body: models.DismissIn) -> models.DismissOut:
    with database(request) as session:
        dismiss_statement(session, statement_id, editor.name, body.agenda, body.reason)
    return models.DismissOut(agenda=body.agenda, statement_id=statement_id, dismissed=True)
