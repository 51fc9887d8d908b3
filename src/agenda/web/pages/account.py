"""Logging in (CSRF-protected, rate-limited) and out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from agenda.auth.throttle import clear_failures, record_failure, retry_after
from agenda.auth.users import Principal, authenticate
from agenda.store.schema import UserRow
from agenda.web.auth import context, current_session, editor_required, log_in, log_out, optional_principal, role_extra
from agenda.web.errors import Forbidden, TooManyRequests
from agenda.web.i18n import Translator
from agenda.web.middleware import client_address
from agenda.web.pages.common import database
from agenda.web.render import render
from agenda.web.urls import local_path

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse, dependencies=[Depends(optional_principal)])
def login_form(request: Request, next: str | None = None) -> HTMLResponse:
    return render(request, "login.html", {"next": local_path(next), "error": None, "name": ""})


def _attempt(request: Request, name: str, password: str) -> UserRow | int | None:
    """The user on success, seconds to wait when throttled, None on a wrong name or password."""
    web = context(request)
    address = client_address(request, web.settings.trust_proxy)
    with database(request) as session:
        wait = retry_after(session, name, address, web.settings.login_limits)
        if wait is not None:
            return wait
        user = authenticate(session, name, password)
        if user is None:
            record_failure(session, name, address, web.settings.login_limits)
            return None
        clear_failures(session, name)
        return user


@router.post("/login", response_class=HTMLResponse)
async def login_submit(request: Request, name: Annotated[str, Form(max_length=200)] = "",
                       password: Annotated[str, Form(max_length=1000)] = "",
                       csrf_token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    if not context(request).codec.csrf_valid(current_session(request), csrf_token):
        raise Forbidden("missing or wrong CSRF token: reload the login page and try again")
    outcome = await run_in_threadpool(_attempt, request, name.strip(), password)
    translate = Translator(request.scope.get("state", {}).get("lang", "en"))
    if isinstance(outcome, int):
        raise TooManyRequests(translate("login.throttled", seconds=outcome), headers={"retry-after": str(outcome)})
    if outcome is None:
        return render(request, "login.html", {"next": local_path(next), "error": translate("login.failed"),
                                              "name": name}, status_code=401)
    log_in(request, outcome)
    return RedirectResponse(local_path(next), status_code=303)


@router.post("/logout", openapi_extra=role_extra("editor"))
async def logout(request: Request, _principal: Annotated[Principal, Depends(editor_required)]) -> Response:
    log_out(request)
    return RedirectResponse("/", status_code=303)
