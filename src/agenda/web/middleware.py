"""Headers every response carries (CSP, nosniff, referrer, framing), the language and cookies."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agenda.web.i18n import COOKIE as LANG_COOKIE
from agenda.web.i18n import choose_language
from agenda.web.sessions import cookie_header

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
])
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}
LANG_COOKIE_AGE = 365 * 24 * 3600


def is_https(connection: HTTPConnection, trust_proxy: bool) -> bool:
    if connection.url.scheme == "https":
        return True
    return trust_proxy and connection.headers.get("x-forwarded-proto", "").split(",")[0].strip() == "https"


def client_address(connection: HTTPConnection, trust_proxy: bool) -> str:
    """The client's address; behind a trusted proxy, the last one it appended to X-Forwarded-For."""
    if trust_proxy:
        forwarded = [p.strip() for p in connection.headers.get("x-forwarded-for", "").split(",") if p.strip()]
        if forwarded:
            return forwarded[-1]
    return connection.client.host if connection.client else "unknown"


def queue_cookie(connection: HTTPConnection, header_value: str) -> None:
    """Ask for a Set-Cookie header on whatever response this request ends with."""
    connection.scope.setdefault("state", {}).setdefault("cookies", []).append(header_value)


def mark_private(connection: HTTPConnection) -> None:
    """The response depends on who asked: no shared caching."""
    connection.scope.setdefault("state", {})["private"] = True


class WebMiddleware:
    """Pure ASGI: decides the language, then adds security headers and queued cookies to the response."""

    def __init__(self, app: ASGIApp, trust_proxy: bool = False) -> None:
        self.app = app
        self.trust_proxy = trust_proxy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        lang, remember = choose_language(connection.query_params.get("lang"), connection.cookies.get(LANG_COOKIE),
                                         connection.headers.get("accept-language"))
        state = scope.setdefault("state", {})
        state["lang"] = lang
        state["cookies"] = []
        if remember:
            state["cookies"].append(cookie_header(LANG_COOKIE, lang, LANG_COOKIE_AGE,
                                                  is_https(connection, self.trust_proxy)))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if state.get("private"):
                    headers["cache-control"] = "no-store"
                    headers.append("vary", "Cookie")
                for cookie in state.get("cookies", []):
                    headers.append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_with_headers)
