"""The administrators' pages: users, agenda file uploads, commitment edits, the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from agenda.auth.users import ROLES, Principal, add_user, list_users, remove_user
from agenda.errors import UserError
from agenda.store.detail import get_commitment_row
from agenda.store.edits import MAX_AGENDA_BYTES, CommitmentEdit, edit_commitment, import_agenda_upload
from agenda.store.review import audit_log
from agenda.web.auth import admin_required, role_extra
from agenda.web.errors import ParamError
from agenda.web.pages.common import agenda_row, database, flash_message
from agenda.web.params import parse_date
from agenda.web.render import render
from agenda.web.urls import commitment_url, with_query

router = APIRouter(include_in_schema=False)
Admin = Annotated[Principal, Depends(admin_required)]


@router.get("/admin", response_class=HTMLResponse, openapi_extra=role_extra("admin"))
def admin_page(request: Request, _admin: Admin) -> HTMLResponse:
    with database(request) as session:
        users = list_users(session)
        audit = audit_log(session, 50)
    return render(request, "admin.html", {"users": users, "audit": audit, "roles": ROLES,
                                          "message": flash_message(request)})


@router.post("/admin/users", openapi_extra=role_extra("admin"))
def create_user(request: Request, admin: Admin, name: Annotated[str, Form(max_length=100)],
                role: Annotated[str, Form()], password: Annotated[str, Form(max_length=1000)],
                password2: Annotated[str, Form(max_length=1000)]) -> RedirectResponse:
    if password != password2:
        raise UserError("the two passwords differ")
    with database(request) as session:
        add_user(session, name.strip(), role, password, admin.name)
    return RedirectResponse(with_query("/admin", {"msg": "user_added", "name": name.strip()}), status_code=303)


@router.post("/admin/users/{name}/delete", openapi_extra=role_extra("admin"))
def delete_user(request: Request, name: str, admin: Admin) -> RedirectResponse:
    if name == admin.name:
        raise UserError("you cannot remove yourself; ask another administrator")
    with database(request) as session:
        remove_user(session, name, admin.name)
    return RedirectResponse(with_query("/admin", {"msg": "user_removed", "name": name}), status_code=303)


@router.post("/admin/import", openapi_extra=role_extra("admin"))
async def import_agenda(request: Request, admin: Admin, file: Annotated[UploadFile, File()],
                        with_history: Annotated[str, Form()] = "") -> RedirectResponse:
    raw = await file.read(MAX_AGENDA_BYTES + 1)
    def store() -> tuple[str, int, int]:
        with database(request) as session:
            return import_agenda_upload(session, raw, file.filename or "agenda.yaml", bool(with_history), admin.name)

    agenda_id, added, updated = await run_in_threadpool(store)
    return RedirectResponse(with_query("/admin", {"msg": "imported", "agenda": agenda_id, "added": added,
                                                  "updated": updated}), status_code=303)


@router.get("/agendas/{agenda_id}/commitments/{key}/edit", response_class=HTMLResponse,
            openapi_extra=role_extra("admin"))
def edit_form(request: Request, agenda_id: str, key: str, _admin: Admin) -> HTMLResponse:
    with database(request) as session:
        agenda_row(session, agenda_id)
        row = get_commitment_row(session, agenda_id, key)
        return render(request, "commitment_edit.html", {"c": row})


def parse_target_value(text: str) -> float | None:
    if not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        raise ParamError("target_value", f"{text!r} is not a number") from None


@router.post("/agendas/{agenda_id}/commitments/{key}/edit", openapi_extra=role_extra("admin"))
def edit_submit(request: Request, agenda_id: str, key: str, admin: Admin,
                text: Annotated[str, Form(max_length=5000)], due: Annotated[str, Form()] = "",
                target_value: Annotated[str, Form()] = "", target_unit: Annotated[str, Form(max_length=100)] = "",
                reason: Annotated[str, Form(max_length=1000)] = "") -> RedirectResponse:
    value = parse_target_value(target_value)
    when = parse_date("due", due)
    clear = frozenset(name for name, given in (("due", when), ("target_value", value),
                                               ("target_unit", target_unit.strip() or None)) if given is None)
    edit = CommitmentEdit(text=text, due=when, target_value=value, target_unit=target_unit.strip() or None,
                          clear=clear)
    with database(request) as session:
        agenda_row(session, agenda_id)
        changes = edit_commitment(session, agenda_id, key, edit, admin.name, reason.strip() or None)
    message = "edited" if changes else "unchanged"
    return RedirectResponse(f"{commitment_url(agenda_id, key)}?msg={message}", status_code=303)
