"""The FastAPI application: public pages, editor and admin pages, the JSON API, security headers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine, event

from agenda.auth.secret import session_secret
from agenda.store.db import get_engine, session_scope
from agenda.store.versions import DataVersion
from agenda.web.api import new_commitments as api_new
from agenda.web.api import read as api_read
from agenda.web.api import write as api_write
from agenda.web.auth import WebContext
from agenda.web.cache import VersionedCache
from agenda.web.errors import install_error_handlers
from agenda.web.middleware import WebMiddleware
from agenda.web.pages import account, admin, new_commitments, public, review
from agenda.web.sessions import SessionCodec
from agenda.web.settings import WebSettings

STATIC = Path(__file__).parent / "static"
DESCRIPTION = """Where each commitment of an agenda stands, with the evidence behind it.

Every read takes `as_of=YYYY-MM-DD` (default: today) and answers from the dated history.
Reading is public. Review actions need the `editor` role, edits and imports the `admin` role:
send `Authorization: Bearer TOKEN` (tokens come from `agenda token create`). Errors are
`{"error": {"status", "code", "message", "details"?}}`.
"""


def create_app(database: str | None = None, settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings(database=database)
    if database and settings.database != database:
        raise ValueError("give the database either directly or in the settings, not both")
    engine = get_engine(settings.database)
    _without_jit(engine)
    with session_scope(settings.database) as session:
        secret = session_secret(session)
    app = FastAPI(title="Agenda Tracker", version="1", description=DESCRIPTION, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None)
    version = DataVersion(engine) if settings.cache else None
    app.state.web = WebContext(settings=settings, codec=SessionCodec(secret, settings.session_days * 86400),
                               overviews=VersionedCache(version), spans=VersionedCache(version, size=16))
    app.add_middleware(WebMiddleware, trust_proxy=settings.trust_proxy)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for router in (api_read.router, api_write.router, api_new.router, account.router, review.router,
                   new_commitments.router, admin.router, public.router):
        app.include_router(router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _without_jit(engine: Engine) -> None:
    """PostgreSQL's JIT compiles the status queries for ~70 ms to save ~1 ms: turn it off for the web's
    connections (short OLTP queries; the planner's cost estimates trigger it wrongly)."""
    if engine.dialect.name != "postgresql" or event.contains(engine, "connect", _jit_off):
        return
    event.listen(engine, "connect", _jit_off)
    engine.dispose()  # connections opened before (by the migration) get the setting when reopened


def _jit_off(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("SET jit = off")
    cursor.close()
    dbapi_connection.commit()


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schema.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer", "description": "an API token from `agenda token create`"}
        }
        for methods in schema.get("paths", {}).values():
            for operation in methods.values():
                if "x-required-role" in operation:
                    operation["security"] = [{"bearer": []}]
        app.openapi_schema = schema
    return app.openapi_schema


def iter_api_routes(app: FastAPI) -> list[APIRoute]:
    """Every route the app serves with its full path (through included routers too)."""
    found: list[APIRoute] = []
    for route in app.routes:
        original = getattr(route, "original_router", None)
        if original is not None:
            found.extend(r for r in original.routes if isinstance(r, APIRoute))
        elif isinstance(route, APIRoute):
            found.append(route)
    return found
