"""Opening the database named by `AGENDA_DB`, migrated to the latest schema on first use."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from agenda.errors import UserError

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_URL = "sqlite:///agenda.db"
MIGRATIONS = Path(__file__).parent / "migrations"

_lock = threading.Lock()
_engines: dict[str, Engine] = {}


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else `AGENDA_DB`, else `agenda.db` in the working dir."""
    return url or os.environ.get("AGENDA_DB") or DEFAULT_URL


def get_engine(url: str | None = None) -> Engine:
    """A cached engine for the URL, with the schema migrated to head."""
    resolved = database_url(url)
    with _lock:
        engine = _engines.get(resolved)
        if engine is None:
            engine = _create(resolved)
            migrate(engine)
            _engines[resolved] = engine
        return engine


def dispose_engines() -> None:
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def _create(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError(f"AGENDA_DB is not a database URL: {url!r}") from exc
    if parsed.drivername.startswith("postgresql") and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername.startswith("sqlite"):
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).expanduser().resolve().parent
            if not folder.is_dir():
                raise UserError(f"the folder for the database does not exist: {folder}")
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Data that a migration adds a column for but only the application can compute, filled in once
# when an upgrade crosses that revision (at head, so the ORM's tables match the database).
PARTIAL_ON_REVISION = 5


def migrate(engine: Engine) -> None:
    """Apply any Alembic migration not yet applied (a no-op on an up-to-date database)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with migration_connection(engine) as connection:
        before = MigrationContext.configure(connection).get_current_revision()
        command.upgrade(alembic_config(connection), "head")
    if before is not None and int(before) < PARTIAL_ON_REVISION:
        _fill_partial_on(engine)


def alembic_config(connection: Connection) -> Config:
    """Alembic's configuration for our migrations, run on `connection`."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction for migrations; on SQLite with foreign keys not enforced.

    SQLite alters a table by copying it and dropping the old one, and a dropped table's rows
    are deleted with ON DELETE CASCADE when keys are enforced: rebuilding `commitment` would
    delete every piece of evidence. The setting only changes outside a transaction.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                yield connection
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise UserError("a database migration left rows pointing at missing rows; nothing was changed")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def _fill_partial_on(engine: Engine) -> None:
    """Compute `commitment.partial_on` for a database stored before the column existed."""
    from sqlalchemy import select

    from agenda.store.due_dates import refresh_due_date_changes
    from agenda.store.schema import CommitmentRow

    with Session(engine) as session, session.begin():
        pks = list(session.scalars(select(CommitmentRow.pk).where(CommitmentRow.due.is_not(None))))
        refresh_due_date_changes(session, pks)


def schema_is_current(engine: Engine) -> bool:
    return "alembic_version" in inspect(engine).get_table_names()


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    factory = sessionmaker(bind=get_engine(url), expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
