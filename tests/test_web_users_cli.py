"""`agenda user` and `agenda token` as a user runs them; the result works on the web app."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from agenda.store.db import session_scope
from agenda.store.schema import ApiTokenRow, AuditRow, UserRow

from .cli_runner import run_agenda
from .web_support import client, login


def test_users_and_tokens_from_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'agenda.db'}"
    added = run_agenda("user", "add", "maria", "--role", "editor", "--password-stdin", db=db,
                       input_text="maria-pass-1\n")
    assert added.returncode == 0, added.stderr
    prompted = run_agenda("user", "add", "boss", "--role", "admin", db=db, input_text="boss-pass-12\nboss-pass-12\n")
    assert prompted.returncode == 0, prompted.stderr
    mismatch = run_agenda("user", "add", "x", "--role", "admin", db=db, input_text="abcdefgh1\nabcdefgh2\n" * 3)
    assert mismatch.returncode != 0
    listing = run_agenda("user", "list", db=db).stdout
    assert "maria" in listing and "editor" in listing and "boss" in listing and "admin" in listing

    created = run_agenda("token", "create", "nightly", "--user", "maria", db=db)
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert token.startswith("agt_") and "shown once" in created.stderr
    with session_scope(db) as session:
        stored = session.scalars(select(ApiTokenRow)).one()
        assert stored.token_hash != token and token not in stored.token_hash
        actions = [a.action for a in session.scalars(select(AuditRow).order_by(AuditRow.pk))]
    assert actions == ["user-add", "user-add", "token-create"]

    web = client(db)
    assert web.get("/api/me", headers={"authorization": f"Bearer {token}"}).json() == {
        "name": "maria", "role": "editor", "via": "token"}
    assert login(web, "maria", "maria-pass-1").status_code == 303
    assert "nightly" in run_agenda("token", "list", db=db).stdout

    assert run_agenda("token", "revoke", "nightly", db=db).returncode == 0
    assert client(db).get("/api/me", headers={"authorization": f"Bearer {token}"}).status_code == 401
    assert run_agenda("user", "remove", "maria", db=db).returncode == 0
    with session_scope(db) as session:
        assert [u.name for u in session.scalars(select(UserRow))] == ["boss"]


def test_user_mistakes_get_one_line_errors(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'agenda.db'}"
    short = run_agenda("user", "add", "ana", "--role", "editor", "--password-stdin", db=db, input_text="short\n")
    assert short.returncode == 1 and short.stderr.strip() == "error: the password must have at least 8 characters"
    run_agenda("user", "add", "ana", "--role", "editor", "--password-stdin", db=db, input_text="ana-pass-12\n")
    again = run_agenda("user", "add", "ana", "--role", "admin", "--password-stdin", db=db, input_text="ana-pass-12\n")
    assert again.stderr.strip() == "error: user 'ana' already exists"
    role = run_agenda("user", "add", "bo", "--role", "owner", "--password-stdin", db=db, input_text="bo-pass-123\n")
    assert role.returncode == 2 and "owner" in role.stderr
    assert run_agenda("user", "remove", "nobody", db=db).stderr.strip() == "error: no user named 'nobody'"
    assert "no token named 'x'" in run_agenda("token", "revoke", "x", db=db).stderr
    assert "no user named 'ghost'" in run_agenda("token", "create", "t", "--user", "ghost", db=db).stderr
    assert "Traceback" not in again.stderr + role.stderr
