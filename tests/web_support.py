"""Shared by the web tests: a database built by the real flow, users, tokens, a logged-in client."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from agenda.agendafile import read_agenda_file
from agenda.auth.users import add_user, create_token
from agenda.flow import process_documents
from agenda.ingest.readers import ItemError, read_jsonl
from agenda.store.agendas import save_agenda
from agenda.store.db import dispose_engines, session_scope
from agenda.store.new_commitments import list_new_commitments
from agenda.store.review import list_proposals
from agenda.web.app import create_app
from agenda.web.settings import WebSettings

from .conftest import FIXTURES

PASSWORDS = {"ed": "editor-pass-1", "ad": "admin-pass-1", "spare": "spare-pass-1"}
ROLES = {"ed": "editor", "ad": "admin", "spare": "editor"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Built:
    """What a built database holds that tests refer to."""

    url: str
    tokens: dict[str, str] = field(default_factory=dict)
    evidence: dict[tuple[str, str], int] = field(default_factory=dict)  # (commitment, document) -> evidence id
    new_statements: dict[str, int] = field(default_factory=dict)  # document -> statement proposed as a new commitment


def load_documents(path: Path) -> list[tuple[Any, str]]:
    documents = []
    for item in read_jsonl(path):
        assert not isinstance(item, ItemError), item
        documents.append((item, f"test:{item.id}"))
    return documents


def build(url: str, hostile: bool = True, users: bool = True) -> Built:
    """The small test agenda, our own corpus (a new pledge and the hostile document too) through the real flow."""
    built = Built(url=url)
    with session_scope(url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_small.yaml"))
        documents = load_documents(FIXTURES / "web_corpus.jsonl") + load_documents(FIXTURES / "web_new_pledge.jsonl")
        if hostile:
            documents += load_documents(FIXTURES / "web_hostile.jsonl")
        process_documents(session, documents)
        if users:
            for name, password in PASSWORDS.items():
                add_user(session, name, ROLES[name], password, "test")
            built.tokens = {name: create_token(session, f"{name}-script", name, "test") for name in ("ed", "ad")}
        for p in list_proposals(session):
            built.evidence[(p.commitment, p.document)] = p.evidence_id
        for new in list_new_commitments(session):
            built.new_statements[new.document] = new.statement_id
    return built


def copy_sqlite(built: Built, folder: Path) -> Built:
    """A private copy of a built SQLite database, so each test may change it freely."""
    source = Path(built.url.removeprefix("sqlite:///"))
    target = folder / "agenda.db"
    dispose_engines()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return Built(url=f"sqlite:///{target}", tokens=dict(built.tokens), evidence=dict(built.evidence),
                 new_statements=dict(built.new_statements))


def client(url: str, **settings: Any):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's notice about httpx2 in its test client
        from fastapi.testclient import TestClient
    return TestClient(create_app(settings=WebSettings(database=url, **settings)), follow_redirects=False)


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def login(web, name: str, password: str | None = None):  # type: ignore[no-untyped-def]
    """Log in through the login form, as a browser does; returns the POST response."""
    page = web.get("/login")
    assert page.status_code == 200
    return web.post("/login", data={"name": name, "password": password or PASSWORDS[name],
                                    "csrf_token": csrf_of(page.text), "next": "/"})


def logged_in(url: str, name: str, **settings: Any):  # type: ignore[no-untyped-def]
    web = client(url, **settings)
    response = login(web, name)
    assert response.status_code == 303, response.text
    return web


def form_token(web, path: str = "/") -> str:  # type: ignore[no-untyped-def]
    """The CSRF token a logged-in user's pages carry (it is the same on every page of a session)."""
    return csrf_of(web.get(path).text)


@pytest.fixture(scope="session")
def built_template(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Built once per test process; tests take private copies with `built_copy`."""
    folder = tmp_path_factory.mktemp("web-template")
    built = build(f"sqlite:///{folder / 'agenda.db'}")
    dispose_engines()
    return built


@pytest.fixture
def built_copy(built_template: Built, tmp_path: Path) -> Iterator[Built]:
    copy = copy_sqlite(built_template, tmp_path)
    yield copy
    dispose_engines()
