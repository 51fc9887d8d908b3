"""Who is asking: API token or session cookie, the role each route needs, and CSRF checks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from agenda.auth.users import ANONYMOUS, Principal, password_stamp, principal_for_token
from agenda.store.db import session_scope
from agenda.store.overview import Overview, Spans
from agenda.store.schema import UserRow
from agenda.web.cache import VersionedCache
from agenda.web.errors import AuthRequired, Forbidden
from agenda.web.middleware import is_https, mark_private, queue_cookie
from agenda.web.sessions import COOKIE, SessionCodec, WebSession, cookie_header
from agenda.web.settings import WebSettings

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
ROLE_KEY = "x-required-role"


@dataclass
class WebContext:
    """What every request handler needs: settings, the session codec, the overview cache."""

    settings: WebSettings
    codec: SessionCodec
    overviews: VersionedCache[Overview]
    # the timeline's spans do not depend on the date: one computation serves every as_of until a write
    spans: VersionedCache[Spans] = field(default_factory=lambda: VersionedCache(None))


def context(request: Request) -> WebContext:
    return request.app.state.web  # type: ignore[no-any-return]


def current_session(request: Request) -> WebSession | None:
    state = request.scope.setdefault("state", {})
    if "web_session" not in state:
        state["web_session"] = context(request).codec.decode(request.cookies.get(COOKIE))
    return state["web_session"]  # type: ignore[no-any-return]


def _store_session(request: Request, session: WebSession) -> None:
    web = context(request)
    request.scope.setdefault("state", {})["web_session"] = session
    secure = is_https(request, web.settings.trust_proxy)
    queue_cookie(request, cookie_header(COOKIE, web.codec.encode(session), web.codec.max_age, secure))


def ensure_session(request: Request) -> WebSession:
    """The visitor's session, started (and its cookie set) if they have none, for forms' CSRF tokens."""
    session = current_session(request)
    if session is None:
        session = context(request).codec.new()
        _store_session(request, session)
    return session


def csrf_token(request: Request) -> str:
    return context(request).codec.csrf_token(ensure_session(request))


def log_in(request: Request, user: UserRow) -> None:
    """A fresh session id on login, so a session planted before it is worth nothing after."""
    _store_session(request, context(request).codec.new(user.pk, password_stamp(user)))


def log_out(request: Request) -> None:
    _store_session(request, context(request).codec.new())


def current_principal(request: Request) -> Principal:
    state = request.scope.setdefault("state", {})
    if "principal" not in state:
        state["principal"] = _resolve_principal(request)
    return state["principal"]  # type: ignore[no-any-return]


def _resolve_principal(request: Request) -> Principal:
    database = context(request).settings.database
    header = request.headers.get("authorization")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthRequired("use the header 'Authorization: Bearer TOKEN'")
        with session_scope(database) as db:
            principal = principal_for_token(db, token.strip())
        if principal is None:
            raise AuthRequired("invalid or revoked API token")
        mark_private(request)
        return principal
    session = current_session(request)
    if session is None or session.user_pk is None:
        return ANONYMOUS
    with session_scope(database) as db:
        user = db.get(UserRow, session.user_pk)
        if user is None or password_stamp(user) != session.stamp:
            return ANONYMOUS
        mark_private(request)
        return Principal(name=user.name, role=user.role, via="session", user_pk=user.pk)


async def verify_csrf(request: Request) -> None:
    token = request.headers.get(CSRF_HEADER)
    if token is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        token = value if isinstance(value, str) else None
    if not context(request).codec.csrf_valid(current_session(request), token):
        raise Forbidden("missing or wrong CSRF token: reload the page and try again")


def require_role(role: str) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: 401 (or a login redirect) for anonymous, 403 for a lesser role or a bad CSRF token."""

    async def dependency(request: Request) -> Principal:
        principal = await run_in_threadpool(current_principal, request)
        if principal.via == "anonymous":
            raise AuthRequired("log in (or send an API token) to do this")
        if not principal.can(role):
            raise Forbidden(f"this needs the {role} role; {principal.name} is {principal.role}")
        if request.method not in SAFE_METHODS and principal.via == "session":
            await verify_csrf(request)
        return principal

    return dependency


async def optional_principal(request: Request) -> Principal:
    return await run_in_threadpool(current_principal, request)


def role_extra(role: str) -> dict[str, str]:
    """Route metadata naming the role it needs: shown in OpenAPI, enumerated by the tests."""
    return {ROLE_KEY: role}


editor_required = require_role("editor")
admin_required = require_role("admin")
