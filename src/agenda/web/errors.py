"""Errors as responses: one JSON shape under /api/, an HTML page (or a login redirect) elsewhere."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from agenda.errors import NotFoundError, UserError

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 422: "invalid_parameter", 429: "too_many_requests"}


class WebError(Exception):
    status = 400

    def __init__(self, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}


class AuthRequired(WebError):
    status = 401


class Forbidden(WebError):
    status = 403


class ParamError(WebError):
    status = 422

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name


class TooManyRequests(WebError):
    status = 429


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_body(status: int, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"status": status, "code": CODES.get(status, "error"), "message": message}
    if details:
        error["details"] = details
    return {"error": error}


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None,
                   details: list[dict[str, Any]] | None = None) -> Response:
    if wants_json(request):
        return JSONResponse(error_body(status, message, details), status_code=status, headers=headers)
    from agenda.web.render import render

    response = render(request, "error.html", {"status": status, "message": message, "details": details or []},
                      status_code=status)
    response.headers.update(headers or {})
    return response


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": [str(part) for part in error.get("loc", ())], "message": str(error.get("msg", ""))}
            for error in exc.errors()]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        if isinstance(exc, AuthRequired) and not wants_json(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            if request.method != "GET":
                target = "/"  # a form post cannot be replayed after logging in
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        headers = dict(exc.headers)
        if isinstance(exc, AuthRequired):
            headers.setdefault("www-authenticate", 'Bearer realm="agenda"')
        return error_response(request, exc.status, exc.message, headers)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(UserError)
    async def user_error(request: Request, exc: UserError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        details = _validation_details(exc)
        first = details[0] if details else {"loc": [], "message": "invalid request"}
        where = ".".join(p for p in first["loc"] if p not in {"query", "body", "path"}) or "request"
        return error_response(request, 422, f"{where}: {first['message']}", details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return error_response(request, exc.status_code, message, dict(exc.headers or {}))
