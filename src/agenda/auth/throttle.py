"""Slowing down password guessing: failed logins counted per user name and per client address."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from agenda.clock import utcnow
from agenda.store.schema import LoginFailureRow


@dataclass(frozen=True)
class LoginLimits:
    per_user: int = 10
    per_address: int = 30
    window: timedelta = timedelta(minutes=15)


def _keys(name: str, address: str) -> tuple[str, str]:
    return f"user:{name.strip().lower()}"[:300], f"addr:{address}"[:300]


def retry_after(session: Session, name: str, address: str, limits: LoginLimits) -> int | None:
    """Seconds to wait before trying again, or None when a login attempt may proceed."""
    since = utcnow() - limits.window
    user_key, address_key = _keys(name, address)
    waits = []
    for key, limit in ((user_key, limits.per_user), (address_key, limits.per_address)):
        count, oldest = session.execute(
            select(func.count(), func.min(LoginFailureRow.at))
            .where(LoginFailureRow.key == key, LoginFailureRow.at > since)
        ).one()
        if count >= limit and oldest is not None:
            waits.append(int((oldest + limits.window - utcnow()).total_seconds()) + 1)
    return max(waits) if waits else None


def record_failure(session: Session, name: str, address: str, limits: LoginLimits) -> None:
    for key in _keys(name, address):
        session.add(LoginFailureRow(key=key))
    session.execute(delete(LoginFailureRow).where(LoginFailureRow.at < utcnow() - limits.window))


def clear_failures(session: Session, name: str) -> None:
    user_key, _ = _keys(name, "")
    session.execute(delete(LoginFailureRow).where(LoginFailureRow.key == user_key))
