"""A token that changes whenever any connection commits a change, so cached answers are never stale."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Engine, text


class DataVersion:
    """SQLite: `PRAGMA data_version` on a connection that never writes (it moves on every commit by
    any other connection or process). PostgreSQL: the current snapshot (it moves whenever a writing
    transaction starts or ends). Other engines: None, meaning "do not cache".

    Read it before computing an answer: a commit that lands during the computation can only make
    the cached answer newer than its token says, never older.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._watcher: sqlite3.Connection | None = None
        name = engine.dialect.name
        database = engine.url.database
        if name == "sqlite" and database and database != ":memory:" and Path(database).exists():
            self._watcher = sqlite3.connect(database, check_same_thread=False, timeout=30)
        self._postgres = name == "postgresql"

    def current(self) -> str | None:
        if self._watcher is not None:
            with self._lock:
                return f"sqlite:{self._watcher.execute('PRAGMA data_version').fetchone()[0]}"
        if self._postgres:
            with self._engine.connect() as connection:
                return f"pg:{connection.execute(text('SELECT pg_current_snapshot()::text')).scalar()}"
        return None

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
