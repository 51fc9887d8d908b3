"""The current time in one place, so tests and records agree on UTC."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """Naive UTC now: SQLite and PostgreSQL `timestamp` columns store it the same way."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def today() -> dt.date:
    return utcnow().date()
