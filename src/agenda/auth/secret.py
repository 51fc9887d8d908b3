"""The key that signs session cookies: `AGENDA_SECRET_KEY`, or one generated once and stored."""

from __future__ import annotations

import os
import secrets

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agenda.errors import UserError
from agenda.store.schema import AppSecretRow

ENV = "AGENDA_SECRET_KEY"
NAME = "session-key"
MIN_LENGTH = 32


def session_secret(session: Session) -> str:
    """The environment's key when set; else the database's, generated on first use."""
    configured = os.environ.get(ENV)
    if configured:
        if len(configured) < MIN_LENGTH:
            raise UserError(f"{ENV} must have at least {MIN_LENGTH} characters")
        return configured
    row = session.get(AppSecretRow, NAME)
    if row is not None:
        return row.value
    try:
        with session.begin_nested():
            session.add(AppSecretRow(name=NAME, value=secrets.token_urlsafe(48)))
    except IntegrityError:
        pass  # another process stored one first: use theirs
    return session.get(AppSecretRow, NAME, populate_existing=True).value  # type: ignore[union-attr]
