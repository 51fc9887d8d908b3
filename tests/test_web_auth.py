"""Every write route checks its role (anonymous 401/redirect, wrong role 403, right role works), CSRF."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from agenda.auth.users import RANK
from agenda.store.db import session_scope
from agenda.store.new_commitments import list_new_commitments
from agenda.store.schema import AgendaRow, CommitmentRow, EvidenceRow, UserRow
from agenda.store.status import agenda_status
from agenda.web.app import create_app, iter_api_routes
from agenda.web.auth import ROLE_KEY
from agenda.web.settings import WebSettings

from .web_support import Built, built_copy, built_template, client, form_token, logged_in

__all__ = ["built_copy", "built_template"]
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
NEW_AGENDA = b"agenda: upload-pact\ntitle: Uploaded pact\ncommitments:\n- id: one\n  text: Do one thing\n" \
             b"  parties: [MEX]\n  kind: policy\n  pillar: other\n  announced: 2023-01-01\n"


def _status(b: Built, key: str) -> tuple[str, str]:
    with session_scope(b.url) as session:
        found = {i.commitment.id: i for i in agenda_status(session, "test-pact", date.today())}[key]
        return str(found.status), str(found.proposed_status)


def _review_state(b: Built, evidence_id: int) -> str:
    with session_scope(b.url) as session:
        return session.get(EvidenceRow, evidence_id).review_state


def _accepted_on(b: Built, key: str) -> int:
    with session_scope(b.url) as session:
        return len(list(session.scalars(select(EvidenceRow).join(CommitmentRow).where(
            CommitmentRow.key == key, EvidenceRow.review_state == "accepted"))))


def _user_exists(b: Built, name: str) -> bool:
    with session_scope(b.url) as session:
        return session.scalars(select(UserRow).where(UserRow.name == name)).first() is not None


def _commitment(b: Built, key: str) -> CommitmentRow:
    with session_scope(b.url) as session:
        return session.scalars(select(CommitmentRow).where(CommitmentRow.key == key)).one()


def _origin(b: Built, key: str) -> str | None:
    with session_scope(b.url) as session:
        return session.scalars(select(CommitmentRow.origin).where(CommitmentRow.key == key)).first()


def _proposed_new(b: Built) -> list[int]:
    with session_scope(b.url) as session:
        return [p.statement_id for p in list_new_commitments(session, "test-pact")]


def _agenda_exists(b: Built, agenda_id: str) -> bool:
    with session_scope(b.url) as session:
        return session.get(AgendaRow, agenda_id) is not None


@dataclass
class Case:
    role: str
    method: str
    path: str
    api: bool
    data: dict[str, Any] | None = None
    files: dict[str, Any] | None = None
    ok: int = 303
    check: Callable[[Built], bool] = field(default=lambda b: True)


def write_cases(b: Built) -> dict[tuple[str, str], Case]:
    forum = b.evidence[("trade-forum", "w-02")]
    water = b.evidence[("water-fund", "w-03")]
    pledge = b.new_statements["w-06"]
    c = "/agendas/test-pact/commitments"
    upload = {"file": ("upload.yaml", NEW_AGENDA, "application/x-yaml")}
    return {
        ("POST", "/logout"): Case("editor", "POST", "/logout", False, {}),
        ("POST", "/review/{evidence_id}/accept"): Case(
            "editor", "POST", f"/review/{forum}/accept", False, {"reason": "readout"},
            check=lambda b: _status(b, "trade-forum") == ("delivered", "delivered")),
        ("POST", "/review/{evidence_id}/reject"): Case(
            "editor", "POST", f"/review/{water}/reject", False, {"reason": "other fund"},
            check=lambda b: _review_state(b, water) == "rejected"),
        ("POST", "/review/{evidence_id}/relink"): Case(
            "editor", "POST", f"/review/{water}/relink", False,
            {"commitment": "water-fund-pilot", "agenda": "test-pact", "reason": "pilot"},
            check=lambda b: _accepted_on(b, "water-fund-pilot") == 1),
        ("POST", "/agendas/{agenda_id}/commitments/{key}/status"): Case(
            "editor", "POST", f"{c}/water-fund-pilot/status", False, {"status": "stalled", "reason": "no news"},
            check=lambda b: _status(b, "water-fund-pilot")[0] == "stalled"),
        ("POST", "/admin/users"): Case(
            "admin", "POST", "/admin/users", False,
            {"name": "newcomer", "role": "editor", "password": "newcomer-1", "password2": "newcomer-1"},
            check=lambda b: _user_exists(b, "newcomer")),
        ("POST", "/admin/users/{name}/delete"): Case(
            "admin", "POST", "/admin/users/spare/delete", False, {}, check=lambda b: not _user_exists(b, "spare")),
        ("POST", "/admin/import"): Case(
            "admin", "POST", "/admin/import", False, {}, files=upload,
            check=lambda b: _agenda_exists(b, "upload-pact")),
        ("POST", "/agendas/{agenda_id}/commitments/{key}/edit"): Case(
            "admin", "POST", f"{c}/water-fund-pilot/edit", False,
            {"text": "Start two pilot plants", "due": "2025-01-31"},
            check=lambda b: _commitment(b, "water-fund-pilot").due == date(2025, 1, 31)),
        ("POST", "/api/review/{evidence_id}/accept"): Case(
            "editor", "POST", f"/api/review/{forum}/accept", True, {"reason": "readout"}, ok=200,
            check=lambda b: _status(b, "trade-forum") == ("delivered", "delivered")),
        ("POST", "/api/review/{evidence_id}/reject"): Case(
            "editor", "POST", f"/api/review/{water}/reject", True, {}, ok=200,
            check=lambda b: _review_state(b, water) == "rejected"),
        ("POST", "/api/review/{evidence_id}/relink"): Case(
            "editor", "POST", f"/api/review/{water}/relink", True, {"commitment": "water-fund-pilot"}, ok=200,
            check=lambda b: _accepted_on(b, "water-fund-pilot") == 1),
        ("POST", "/api/agendas/{agenda_id}/commitments/{key}/status"): Case(
            "editor", "POST", f"/api/{c[1:]}/trade-forum/status", True, {"status": "broken", "reason": "cancelled"},
            ok=200, check=lambda b: _status(b, "trade-forum")[0] == "broken"),
        ("PATCH", "/api/agendas/{agenda_id}/commitments/{key}"): Case(
            "admin", "PATCH", f"/api/{c[1:]}/water-fund", True, {"target_value": 80000000}, ok=200,
            check=lambda b: _commitment(b, "water-fund").target_value == 80000000),
        ("POST", "/api/agendas"): Case(
            "admin", "POST", "/api/agendas", True, None, files=upload, ok=200,
            check=lambda b: _agenda_exists(b, "upload-pact")),
        ("POST", "/api/users"): Case(
            "admin", "POST", "/api/users", True, {"name": "newcomer", "role": "editor", "password": "newcomer-1"},
            ok=201, check=lambda b: _user_exists(b, "newcomer")),
        ("POST", "/review/new/{statement_id}/adopt"): Case(
            "editor", "POST", f"/review/new/{pledge}/adopt", False,
            {"agenda": "test-pact", "id": "avocado-task-force", "reason": "a new promise"},
            check=lambda b: _origin(b, "avocado-task-force") == "proposed"),
        ("POST", "/review/new/{statement_id}/restate"): Case(
            "editor", "POST", f"/review/new/{pledge}/restate", False,
            {"agenda": "test-pact", "commitment": "trade-forum"}, check=lambda b: _accepted_on(b, "trade-forum") == 1),
        ("POST", "/review/new/{statement_id}/dismiss"): Case(
            "editor", "POST", f"/review/new/{pledge}/dismiss", False, {"agenda": "test-pact", "reason": "aside"},
            check=lambda b: not _proposed_new(b)),
        ("POST", "/api/review/new-commitments/{statement_id}/adopt"): Case(
            "editor", "POST", f"/api/review/new-commitments/{pledge}/adopt", True,
            {"agenda": "test-pact", "id": "avocado-task-force"}, ok=200,
            check=lambda b: _origin(b, "avocado-task-force") == "proposed"),
        ("POST", "/api/review/new-commitments/{statement_id}/restate"): Case(
            "editor", "POST", f"/api/review/new-commitments/{pledge}/restate", True,
            {"agenda": "test-pact", "commitment": "trade-forum"}, ok=200,
            check=lambda b: _accepted_on(b, "trade-forum") == 1),
        ("POST", "/api/review/new-commitments/{statement_id}/dismiss"): Case(
            "editor", "POST", f"/api/review/new-commitments/{pledge}/dismiss", True, {"agenda": "test-pact"}, ok=200,
            check=lambda b: not _proposed_new(b)),
        ("DELETE", "/api/users/{name}"): Case(
            "admin", "DELETE", "/api/users/spare", True, None, ok=204, check=lambda b: not _user_exists(b, "spare")),
    }


OPEN_WRITES = {("POST", "/login")}  # logging in is for anyone (it has its own CSRF and rate-limit tests)


def _send(web, case: Case, headers: dict[str, str] | None = None, data: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    if case.api:
        return web.request(case.method, case.path, json=case.data if case.files is None else None,
                           files=case.files, headers=headers or {})
    return web.request(case.method, case.path, data=data if data is not None else case.data, files=case.files,
                       headers=headers or {})


def test_the_table_names_every_write_route_of_the_app(built_template: Built) -> None:
    app = create_app(settings=WebSettings(database=built_template.url))
    routes = {(method, route.path): (route.openapi_extra or {}).get(ROLE_KEY)
              for route in iter_api_routes(app) for method in route.methods & WRITE_METHODS}
    cases = write_cases(built_template)
    assert set(routes) - OPEN_WRITES == set(cases)
    for key, case in cases.items():
        assert routes[key] == case.role, key


ROUTES = sorted(write_cases(Built(url="", evidence=defaultdict(int), new_statements=defaultdict(int))))


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r[0]} {r[1]}")
def test_write_route_checks_role_and_csrf(route: tuple[str, str], built_copy: Built) -> None:
    case = write_cases(built_copy)[route]
    anonymous = _send(client(built_copy.url), case)
    if case.api:
        assert anonymous.status_code == 401
        assert anonymous.json()["error"]["code"] == "unauthorized"
        assert anonymous.headers["www-authenticate"].startswith("Bearer")
    else:
        assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
    if RANK[case.role] > RANK["editor"]:
        if case.api:
            weaker = _send(client(built_copy.url), case, {"authorization": f"Bearer {built_copy.tokens['ed']}"})
            assert weaker.status_code == 403 and weaker.json()["error"]["code"] == "forbidden"
        else:
            editor = logged_in(built_copy.url, "ed")
            weaker = _send(editor, case, data={**(case.data or {}), "csrf_token": form_token(editor)})
            assert weaker.status_code == 403 and "admin role" in weaker.text
    assert not case.check(built_copy) or case.path == "/logout", "the change happened before it was allowed"
    name = "ad" if case.role == "admin" else "ed"
    if case.api:
        done = _send(client(built_copy.url), case, {"authorization": f"Bearer {built_copy.tokens[name]}"})
    else:
        web = logged_in(built_copy.url, name)
        token = form_token(web)
        assert _send(web, case).status_code == 403, "accepted without a CSRF token"
        assert _send(web, case, data={**(case.data or {}), "csrf_token": token[::-1]}).status_code == 403
        done = _send(web, case, data={**(case.data or {}), "csrf_token": token})
    assert done.status_code == case.ok, done.text
    assert case.check(built_copy)


def test_logout_ends_the_session(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    assert web.get("/review").status_code == 200
    assert web.post("/logout", data={"csrf_token": form_token(web)}).status_code == 303
    assert web.get("/review").status_code == 303


PROTECTED_READS = [
    ("/review", "editor"), ("/admin", "admin"), ("/agendas/test-pact/commitments/water-fund/edit", "admin"),
    ("/api/me", "editor"), ("/api/review/proposals", "editor"), ("/api/audit", "editor"), ("/api/users", "admin"),
    ("/review/new", "editor"), ("/api/review/new-commitments", "editor"),
]


@pytest.mark.parametrize("path,role", PROTECTED_READS)
def test_protected_pages_and_reads(path: str, role: str, built_copy: Built) -> None:
    anonymous = client(built_copy.url).get(path)
    assert anonymous.status_code == (401 if path.startswith("/api/") else 303)
    editor = client(built_copy.url).get(path, headers={"authorization": f"Bearer {built_copy.tokens['ed']}"})
    assert editor.status_code == (200 if role == "editor" else 403)
    admin = client(built_copy.url).get(path, headers={"authorization": f"Bearer {built_copy.tokens['ad']}"})
    assert admin.status_code == 200


def test_every_role_protected_read_is_covered(built_template: Built) -> None:
    app = create_app(settings=WebSettings(database=built_template.url))
    protected = {route.path for route in iter_api_routes(app)
                 if "GET" in route.methods and ROLE_KEY in (route.openapi_extra or {})}
    tested = {p.replace("test-pact/commitments/water-fund", "{agenda_id}/commitments/{key}")
              for p, _ in PROTECTED_READS}
    assert protected == tested


def test_api_write_with_a_session_needs_the_csrf_header(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    forum = built_copy.evidence[("trade-forum", "w-02")]
    assert web.post(f"/api/review/{forum}/accept", json={}).status_code == 403
    accepted = web.post(f"/api/review/{forum}/accept", json={}, headers={"x-csrf-token": form_token(web)})
    assert accepted.status_code == 200
    assert accepted.json()["commitment"]["status"] == "delivered"


def test_revoked_or_unknown_tokens_are_refused(built_copy: Built) -> None:
    from agenda.auth.users import revoke_token

    web = client(built_copy.url)
    assert web.get("/api/me", headers={"authorization": f"Bearer {built_copy.tokens['ed']}"}).json()["name"] == "ed"
    with session_scope(built_copy.url) as session:
        revoke_token(session, "ed-script", "ed", "test")
    refused = web.get("/api/agendas", headers={"authorization": f"Bearer {built_copy.tokens['ed']}"})
    assert refused.status_code == 401 and "revoked" in refused.json()["error"]["message"]
    assert web.get("/api/agendas", headers={"authorization": "Basic abc"}).status_code == 401

