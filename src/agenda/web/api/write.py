"""API routes that change data or show reviewers' data: review actions, edits, imports, users."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from agenda.auth.users import Principal, add_user, list_users, remove_user
from agenda.clock import today
from agenda.errors import UserError
from agenda.model import Status
from agenda.store import review as actions
from agenda.store.browse import audit_entries, count_proposals, list_proposals_as_of
from agenda.store.detail import commitment_detail
from agenda.store.edits import MAX_AGENDA_BYTES, CommitmentEdit, edit_commitment, import_agenda_upload
from agenda.web.api import models
from agenda.web.api.convert import commitment_detail_out, commitment_out, detail_summary, proposal_out
from agenda.web.auth import admin_required, editor_required, role_extra
from agenda.web.errors import ParamError
from agenda.web.pages.common import agenda_filter, agenda_row, database
from agenda.web.params import PageNumber, PerPage, as_of_date, parse_choice

ERRORS = {code: {"model": models.ErrorOut} for code in (400, 401, 403, 404, 422)}
router = APIRouter(prefix="/api", tags=["review and edits"], responses=ERRORS)
Editor = Annotated[Principal, Depends(editor_required)]
Admin = Annotated[Principal, Depends(admin_required)]
EDITOR, ADMIN = role_extra("editor"), role_extra("admin")
STATES = ["proposed", "accepted", "rejected"]
AsOf = Annotated[date, Depends(as_of_date)]


def review_result(session, evidence_id: int) -> models.ReviewResultOut:  # type: ignore[no-untyped-def]
    """The evidence after a review action, with its commitment as it now stands."""
    proposal = actions.get_proposal(session, evidence_id)
    detail = commitment_detail(session, proposal.agenda, proposal.commitment, today())
    return models.ReviewResultOut(evidence=proposal_out(proposal), commitment=commitment_out(detail_summary(detail)))


# nothing here is dated: as_of is only checked, as on every read
@router.get("/me", response_model=models.MeOut, summary="Who the token or session acts for", openapi_extra=EDITOR,
            dependencies=[Depends(as_of_date)])
def me(principal: Editor) -> models.MeOut:
    return models.MeOut(name=principal.name, role=principal.role, via=principal.via)


@router.get("/review/proposals", response_model=models.ProposalPageOut, openapi_extra=EDITOR,
            summary="Evidence awaiting review (or in another review state) from documents known on as_of")
def proposals(request: Request, _editor: Editor, as_of: AsOf, page: PageNumber = 1, per_page: PerPage = 50,
              agenda: Annotated[str | None, Query()] = None,
              state: Annotated[str | None, Query(description="proposed, accepted or rejected")] = None,
              ) -> models.ProposalPageOut:
    chosen = parse_choice("state", state, STATES) or "proposed"
    with database(request) as session:
        agenda = agenda_filter(session, agenda)
        items = list_proposals_as_of(session, agenda, chosen, as_of, per_page, (page - 1) * per_page)
        total = count_proposals(session, agenda, chosen, as_of)
    pages = max(1, -(-total // per_page))
    return models.ProposalPageOut(as_of=as_of, total=total, page=page, per_page=per_page, pages=pages,
                                  items=[proposal_out(p) for p in items])


@router.post("/review/{evidence_id}/accept", response_model=models.ReviewResultOut, openapi_extra=EDITOR,
             summary="Accept evidence: its status change joins the reviewed history")
def accept(request: Request, evidence_id: int, editor: Editor, body: models.ReasonIn | None = None,
           ) -> models.ReviewResultOut:
    with database(request) as session:
        actions.accept_evidence(session, evidence_id, editor.name, body.reason if body else None)
        return review_result(session, evidence_id)


@router.post("/review/{evidence_id}/reject", response_model=models.ReviewResultOut, openapi_extra=EDITOR,
             summary="Reject evidence: it stops counting towards the proposed status")
def reject(request: Request, evidence_id: int, editor: Editor, body: models.ReasonIn | None = None,
           ) -> models.ReviewResultOut:
    with database(request) as session:
        actions.reject_evidence(session, evidence_id, editor.name, body.reason if body else None)
        return review_result(session, evidence_id)


@router.post("/review/{evidence_id}/relink", response_model=models.ReviewResultOut, openapi_extra=EDITOR,
             summary="Move evidence to the commitment it is really about (accepted there)")
def relink(request: Request, evidence_id: int, editor: Editor, body: models.RelinkIn) -> models.ReviewResultOut:
    with database(request) as session:
        new_id = actions.relink_evidence(session, evidence_id, body.commitment, editor.name, body.reason,
                                         body.stance, body.agenda)
        return review_result(session, new_id)


@router.post("/agendas/{agenda_id}/commitments/{key}/status", response_model=models.CommitmentDetailOut,
             openapi_extra=EDITOR, summary="Set a commitment's status by hand, with a reason")
def set_status(request: Request, agenda_id: str, key: str, editor: Editor,
               body: models.SetStatusIn) -> models.CommitmentDetailOut:
    with database(request) as session:
        agenda_row(session, agenda_id)
        actions.set_status(session, key, Status(body.status), editor.name, body.reason, body.date, agenda_id)
        when = max(today(), body.date or today())
        return commitment_detail_out(commitment_detail(session, agenda_id, key, when), when)


@router.get("/audit", response_model=list[models.AuditOut], openapi_extra=EDITOR,
            summary="The audit log up to the end of as_of (UTC), newest first")
def audit(request: Request, _editor: Editor, as_of: AsOf,
          limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[models.AuditOut]:
    with database(request) as session:
        return [models.AuditOut(at=a.at, actor=a.actor, action=a.action, object_type=a.object_type,
                                object_id=a.object_id, reason=a.reason, details=a.details or {})
                for a in audit_entries(session, as_of, limit)]


@router.patch("/agendas/{agenda_id}/commitments/{key}", response_model=models.CommitmentDetailOut,
              openapi_extra=ADMIN, summary="Edit a commitment's text, due date or target (administrators)")
def edit(request: Request, agenda_id: str, key: str, admin: Admin,
         body: models.CommitmentPatchIn) -> models.CommitmentDetailOut:
    sent = body.model_fields_set
    clear = frozenset(name for name in ("due", "target_value", "target_unit")
                      if name in sent and getattr(body, name) is None)
    if "text" in sent and body.text is None:
        raise ParamError("text", "a commitment's text cannot be removed")
    change = CommitmentEdit(text=body.text, due=body.due, target_value=body.target_value,
                            target_unit=body.target_unit, clear=clear)
    with database(request) as session:
        agenda_row(session, agenda_id)
        edit_commitment(session, agenda_id, key, change, admin.name, body.reason)
        return commitment_detail_out(commitment_detail(session, agenda_id, key, today()), today())


@router.post("/agendas", response_model=models.ImportOut, openapi_extra=ADMIN,
             summary="Import an agenda file (YAML, JSON or CSV) as a multipart upload (administrators)")
async def import_agenda(request: Request, admin: Admin, file: Annotated[UploadFile, File()],
                        with_history: Annotated[bool, Form()] = False) -> models.ImportOut:
    raw = await file.read(MAX_AGENDA_BYTES + 1)

    def store() -> tuple[str, int, int]:
        with database(request) as session:
            return import_agenda_upload(session, raw, file.filename or "agenda.yaml", with_history, admin.name)

    agenda_id, added, updated = await run_in_threadpool(store)
    return models.ImportOut(agenda=agenda_id, added=added, updated=updated)


@router.get("/users", response_model=list[models.UserOut], openapi_extra=ADMIN,
            summary="Users and their roles, as added by the end of as_of (UTC)")
def users(request: Request, _admin: Admin, as_of: AsOf) -> list[models.UserOut]:
    with database(request) as session:
        return [models.UserOut(**vars(u)) for u in list_users(session) if u.created_at.date() <= as_of]


@router.post("/users", response_model=models.UserOut, status_code=201, openapi_extra=ADMIN,
             summary="Add a user (administrators)")
def create_user(request: Request, admin: Admin, body: models.UserIn) -> models.UserOut:
    with database(request) as session:
        row = add_user(session, body.name, body.role, body.password, admin.name)
        return models.UserOut(name=row.name, role=row.role, created_at=row.created_at, tokens=0)


@router.delete("/users/{name}", status_code=204, openapi_extra=ADMIN, summary="Remove a user and their tokens")
def delete_user(request: Request, name: str, admin: Admin) -> Response:
    if name == admin.name:
        raise UserError("you cannot remove yourself; ask another administrator")
    with database(request) as session:
        remove_user(session, name, admin.name)
    return Response(status_code=204)
