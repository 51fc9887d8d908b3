"""Logging in: cookie flags, HTTPS behind a trusted proxy only, rotation, throttling, secrets, hashes."""

from __future__ import annotations

from http.cookies import SimpleCookie

import pytest
from sqlalchemy import select

from agenda.auth.secret import ENV as SECRET_ENV
from agenda.auth.users import add_user, remove_user
from agenda.errors import UserError
from agenda.store.db import session_scope
from agenda.store.schema import ApiTokenRow, AppSecretRow, UserRow
from agenda.web.sessions import COOKIE

from .web_support import Built, built_copy, built_template, client, csrf_of, form_token, logged_in, login

__all__ = ["built_copy", "built_template"]


def _session_cookie(response) -> SimpleCookie:  # type: ignore[no-untyped-def]
    headers = [v for k, v in response.headers.multi_items() if k == "set-cookie" and v.startswith(COOKIE)]
    assert headers, "no session cookie was set"
    cookie = SimpleCookie()
    cookie.load(headers[-1])
    return cookie


def _flags(response) -> set[str]:  # type: ignore[no-untyped-def]
    """The session cookie's attributes: names only, except SameSite with its value."""
    header = [v for k, v in response.headers.multi_items() if k == "set-cookie" and v.startswith(COOKIE)][-1]
    attributes = [part.strip().lower() for part in header.split(";")[1:]]
    return {a if a.startswith("samesite") else a.split("=")[0] for a in attributes}


def test_session_cookie_is_httponly_lax_and_not_secure_over_http(built_copy: Built) -> None:
    response = login(client(built_copy.url), "ed")
    assert response.status_code == 303 and response.headers["location"] == "/"
    flags = _flags(response)
    assert {"httponly", "samesite=lax", "path", "max-age"} <= flags
    assert "secure" not in flags


def test_cookie_is_secure_over_https(built_copy: Built) -> None:
    web = client(built_copy.url)
    web.base_url = "https://testserver"
    assert "secure" in _flags(login(web, "ed"))


def test_forwarded_proto_counts_only_behind_a_trusted_proxy(built_copy: Built) -> None:
    untrusted = client(built_copy.url)
    untrusted.headers["x-forwarded-proto"] = "https"
    assert "secure" not in _flags(login(untrusted, "ed"))
    trusted = client(built_copy.url, trust_proxy=True)
    trusted.headers["x-forwarded-proto"] = "https"
    page = trusted.get("/login")
    assert "secure" in _flags(page)
    # the browser speaks HTTPS to the proxy, so it sends the Secure cookie back; the test client, on
    # plain HTTP, would not: send it by hand
    anonymous = _session_cookie(page)[COOKIE].value
    response = trusted.post("/login", headers={"cookie": f"{COOKIE}={anonymous}"}, data={
        "name": "ed", "password": "editor-pass-1", "csrf_token": csrf_of(page.text), "next": "/"})
    assert response.status_code == 303
    assert "secure" in _flags(response)


def test_login_rotates_the_session_and_its_csrf_token(built_copy: Built) -> None:
    web = client(built_copy.url)
    page = web.get("/login")
    before = web.cookies.get(COOKIE)
    anonymous_token = csrf_of(page.text)
    assert web.post("/login", data={"name": "ed", "password": "editor-pass-1", "csrf_token": anonymous_token,
                                    "next": "/review"}).headers["location"] == "/review"
    assert web.cookies.get(COOKIE) != before
    assert form_token(web) != anonymous_token


def test_login_needs_the_form_csrf_token(built_copy: Built) -> None:
    web = client(built_copy.url)
    web.get("/login")
    refused = web.post("/login", data={"name": "ed", "password": "editor-pass-1", "next": "/"})
    assert refused.status_code == 403
    assert web.get("/review").status_code == 303  # still anonymous


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example"])
def test_login_never_redirects_off_site(target: str, built_copy: Built) -> None:
    web = client(built_copy.url)
    token = csrf_of(web.get("/login").text)
    response = web.post("/login", data={"name": "ed", "password": "editor-pass-1", "csrf_token": token,
                                        "next": target})
    assert response.headers["location"] == "/"


def test_wrong_password_is_refused_and_repeated_failures_are_throttled(built_copy: Built) -> None:
    web = client(built_copy.url)
    failed = login(web, "ed", "wrong-password")
    assert failed.status_code == 401 and "Wrong user name or password" in failed.text
    for _ in range(9):
        assert login(web, "ed", "wrong-password").status_code == 401
    throttled = login(web, "ed")  # the right password, too late
    assert throttled.status_code == 429
    assert int(throttled.headers["retry-after"]) > 0
    assert login(web, "ad").status_code == 303  # another account from the same address still may


def test_sessions_survive_a_restart_with_the_stored_secret(built_copy: Built) -> None:
    first = logged_in(built_copy.url, "ed")
    second = client(built_copy.url)  # a new app: reads the same generated secret from the database
    second.cookies.set(COOKIE, first.cookies.get(COOKIE))
    assert second.get("/review").status_code == 200
    with session_scope(built_copy.url) as session:
        assert len(session.scalars(select(AppSecretRow)).all()) == 1


def test_the_configured_secret_key_signs_sessions(built_copy: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "k" * 40)
    with_key = logged_in(built_copy.url, "ed")
    monkeypatch.setenv(SECRET_ENV, "z" * 40)
    other_key = client(built_copy.url)
    other_key.cookies.set(COOKIE, with_key.cookies.get(COOKIE))
    assert other_key.get("/review").status_code == 303
    monkeypatch.setenv(SECRET_ENV, "short")
    with pytest.raises(UserError, match=SECRET_ENV):
        client(built_copy.url)


def test_a_tampered_cookie_is_worth_nothing(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    value = web.cookies.get(COOKIE)
    web.cookies.set(COOKIE, value[:-3] + ("aaa" if not value.endswith("aaa") else "bbb"))
    assert web.get("/review").status_code == 303


def test_removing_a_user_ends_their_sessions_even_if_the_name_returns(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "spare")
    assert web.get("/review").status_code == 200
    with session_scope(built_copy.url) as session:
        remove_user(session, "spare", "test")
    assert web.get("/review").status_code == 303
    with session_scope(built_copy.url) as session:
        add_user(session, "spare", "admin", "another-pass-1", "test")
    assert web.get("/review").status_code == 303


def test_passwords_and_tokens_are_stored_only_as_hashes(built_copy: Built) -> None:
    with session_scope(built_copy.url) as session:
        user = session.scalars(select(UserRow).where(UserRow.name == "ed")).one()
        assert user.password_hash.startswith("$argon2id$") and "editor-pass-1" not in user.password_hash
        stored = {t.token_hash for t in session.scalars(select(ApiTokenRow))}
    assert built_copy.tokens["ed"] not in stored and len(next(iter(stored))) == 64
