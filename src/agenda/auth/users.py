"""Users with roles, and the API tokens that act for them (only a token's hash is stored)."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agenda.auth.passwords import hash_password, verify_password
from agenda.clock import utcnow
from agenda.errors import NotFoundError, UserError
from agenda.store.schema import ApiTokenRow, AuditRow, UserRow

ROLES = ("editor", "admin")
RANK = {"anonymous": 0, "editor": 1, "admin": 2}
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
TOKEN_PREFIX = "agt_"
# a token's last use is written at most this often, so reads by scripts do not all write
LAST_USED_RESOLUTION = timedelta(minutes=5)


@dataclass(frozen=True)
class Principal:
    """Who is making a request: a user acting by session or by token, or nobody."""

    name: str
    role: str
    via: str  # "session", "token" or "anonymous"
    user_pk: int | None = None

    def can(self, role: str) -> bool:
        return RANK.get(self.role, 0) >= RANK[role]


ANONYMOUS = Principal(name="anonymous", role="anonymous", via="anonymous")


def _check_name(name: str) -> str:
    if not NAME_PATTERN.match(name):
        raise UserError(f"invalid user name {name!r}: use letters, digits and . _ @ - (at most 100)")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(f"unknown role {role!r} (one of: {', '.join(ROLES)})")
    return role


def add_user(session: Session, name: str, role: str, password: str, actor: str) -> UserRow:
    _check_name(name)
    _check_role(role)
    if session.scalars(select(UserRow).where(UserRow.name == name)).first() is not None:
        raise UserError(f"user {name!r} already exists")
    row = UserRow(name=name, role=role, password_hash=hash_password(password))
    session.add(row)
    session.add(AuditRow(actor=actor, action="user-add", object_type="user", object_id=name, details={"role": role}))
    session.flush()
    return row


def get_user(session: Session, name: str) -> UserRow:
    row = session.scalars(select(UserRow).where(UserRow.name == name)).first()
    if row is None:
        raise NotFoundError(f"no user named {name!r}")
    return row


def remove_user(session: Session, name: str, actor: str) -> None:
    row = get_user(session, name)
    for token in session.scalars(select(ApiTokenRow).where(ApiTokenRow.user_pk == row.pk)):
        session.delete(token)
    session.delete(row)
    session.add(AuditRow(actor=actor, action="user-remove", object_type="user", object_id=name, details={}))
    session.flush()


@dataclass
class UserInfo:
    name: str
    role: str
    created_at: datetime
    tokens: int


def list_users(session: Session) -> list[UserInfo]:
    tokens = dict(session.execute(
        select(ApiTokenRow.user_pk, func.count()).group_by(ApiTokenRow.user_pk)).all())
    return [UserInfo(name=u.name, role=u.role, created_at=u.created_at, tokens=tokens.get(u.pk, 0))
            for u in session.scalars(select(UserRow).order_by(UserRow.name))]


def authenticate(session: Session, name: str, password: str) -> UserRow | None:
    """The user when the password is right; None otherwise (same cost whether the name exists or not)."""
    row = session.scalars(select(UserRow).where(UserRow.name == name)).first()
    ok = verify_password(row.password_hash if row else None, password)
    return row if ok and row is not None else None


def password_stamp(row: UserRow) -> str:
    """Changes when the password (or the user) changes, so older sessions stop working."""
    return hashlib.sha256(f"{row.pk}:{row.password_hash}".encode()).hexdigest()[:16]


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, name: str, user_name: str, actor: str) -> str:
    """A new API token for the user; the plain token is returned once and never stored."""
    if not name.strip():
        raise UserError("a token needs a name")
    user = get_user(session, user_name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiTokenRow(user_pk=user.pk, name=name.strip(), token_hash=token_digest(token)))
    session.add(AuditRow(actor=actor, action="token-create", object_type="token", object_id=name,
                         details={"user": user_name}))
    session.flush()
    return token


@dataclass
class TokenInfo:
    name: str
    user: str
    created_at: datetime
    last_used_at: datetime | None


def list_tokens(session: Session) -> list[TokenInfo]:
    rows = session.execute(
        select(ApiTokenRow, UserRow.name).join(UserRow, ApiTokenRow.user_pk == UserRow.pk)
        .order_by(UserRow.name, ApiTokenRow.name))
    return [TokenInfo(name=t.name, user=user, created_at=t.created_at, last_used_at=t.last_used_at)
            for t, user in rows]


def revoke_token(session: Session, name: str, user_name: str | None, actor: str) -> int:
    """Delete the tokens of that name (of that user when given); returns how many."""
    query = select(ApiTokenRow).where(ApiTokenRow.name == name)
    if user_name:
        query = query.where(ApiTokenRow.user_pk == get_user(session, user_name).pk)
    rows = list(session.scalars(query))
    if not rows:
        raise NotFoundError(f"no token named {name!r}" + (f" for user {user_name!r}" if user_name else ""))
    owners = {row.user_pk for row in rows}
    if len(owners) > 1:
        raise UserError(f"several users have a token named {name!r}; choose one with --user")
    for row in rows:
        session.delete(row)
    session.add(AuditRow(actor=actor, action="token-revoke", object_type="token", object_id=name,
                         details={"count": len(rows)}))
    session.flush()
    return len(rows)


def principal_for_token(session: Session, token: str) -> Principal | None:
    found = session.execute(
        select(ApiTokenRow, UserRow).join(UserRow, ApiTokenRow.user_pk == UserRow.pk)
        .where(ApiTokenRow.token_hash == token_digest(token))
    ).first()
    if found is None:
        return None
    row, user = found
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        row.last_used_at = now
    return Principal(name=user.name, role=user.role, via="token", user_pk=user.pk)
