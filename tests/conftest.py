"""Shared fixtures: a fresh database per test on SQLite and, when configured, on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from agenda.store.db import dispose_engines

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PG_ENV = "AGENDA_TEST_PG_URL"


def _postgres_database() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("AGENDA_TEST_REQUIRE_PG"):
            pytest.fail(f"AGENDA_TEST_REQUIRE_PG is set but {PG_ENV} is not")
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL tests need a server URL")
    url = make_url(base).set(drivername="postgresql+psycopg")
    name = f"agenda_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        dispose_engines()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, empty database URL, also exported as AGENDA_DB for code that reads it."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'agenda.db'}"
        monkeypatch.setenv("AGENDA_DB", url)
        yield url
        dispose_engines()
    else:
        for url in _postgres_database():
            monkeypatch.setenv("AGENDA_DB", url)
            yield url


@pytest.fixture
def sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh SQLite database only, for tests of behaviour that does not depend on the engine."""
    url = f"sqlite:///{tmp_path / 'agenda.db'}"
    monkeypatch.setenv("AGENDA_DB", url)
    yield url
    dispose_engines()


@pytest.fixture
def shared_eval() -> Path:
    """../shared/eval, or a clean skip when the shared folder is absent."""
    path = SHARED / "eval"
    if not (path / "docs.jsonl").exists():
        pytest.skip("../shared/eval is not available")
    return path
