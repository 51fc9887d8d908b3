"""Rendering Jinja pages with what every page needs: translations, user, CSRF field, link helpers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from agenda.auth.users import ANONYMOUS, Principal
from agenda.web import urls
from agenda.web.auth import CSRF_FIELD, csrf_token, current_principal
from agenda.web.errors import WebError
from agenda.web.i18n import LANGUAGES, Translator

TEMPLATES = Path(__file__).parent / "templates"
environment = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(["html", "svg"], default_for_string=True, default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
environment.globals.update(
    agenda_url=urls.agenda_url, commitments_url=urls.commitments_url, commitment_url=urls.commitment_url,
    document_url=urls.document_url, with_query=urls.with_query, external_url=urls.external_url,
)


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _plain(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(value)


environment.filters.update(percent=_percent, iso=_iso, plain=_plain)


def _user(request: Request) -> Principal:
    try:
        return current_principal(request)
    except WebError:  # a bad token on an error page: show the page to nobody in particular
        return ANONYMOUS


def page_context(request: Request) -> dict[str, Any]:
    lang = request.scope.get("state", {}).get("lang", "en")
    translate = Translator(lang)
    as_of_param = request.query_params.get("as_of") or None

    def csrf_field() -> Markup:
        return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, csrf_token(request))

    def here(**changes: object) -> str:
        """This page's URL with some query parameters changed (None removes one)."""
        params: dict[str, object | None] = dict(request.query_params)
        params.update(changes)
        return urls.with_query(request.url.path, params)

    def link(path: str, **params: object) -> str:
        """A link that keeps the date the visitor is looking at."""
        return urls.with_query(path, {**params, "as_of": as_of_param})

    return {
        "request": request, "_": translate, "lang": translate.lang, "languages": LANGUAGES,
        "user": _user(request), "csrf_field": csrf_field, "csrf_token": lambda: csrf_token(request),
        "here": here, "link": link, "as_of_param": as_of_param, "path": request.url.path,
    }


def render(request: Request, template: str, values: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    html = environment.get_template(template).render({**page_context(request), **values})
    return HTMLResponse(html, status_code=status_code)
