"""Signed session cookies and the CSRF token bound to each session."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "agenda_session"


@dataclass(frozen=True)
class WebSession:
    sid: str
    user_pk: int | None = None
    stamp: str | None = None


class SessionCodec:
    """Turns sessions into tamper-proof cookie values and back, and derives their CSRF tokens."""

    def __init__(self, secret: str, max_age_seconds: int) -> None:
        self._secret = secret.encode("utf-8")
        self._serializer = URLSafeTimedSerializer(secret, salt="agenda-session")
        self.max_age = max_age_seconds

    def new(self, user_pk: int | None = None, stamp: str | None = None) -> WebSession:
        return WebSession(sid=secrets.token_urlsafe(24), user_pk=user_pk, stamp=stamp)

    def encode(self, session: WebSession) -> str:
        return self._serializer.dumps({"sid": session.sid, "uid": session.user_pk, "stamp": session.stamp})

    def decode(self, value: str | None) -> WebSession | None:
        if not value:
            return None
        try:
            data = self._serializer.loads(value, max_age=self.max_age)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("sid"), str):
            return None
        uid = data.get("uid")
        return WebSession(sid=data["sid"], user_pk=uid if isinstance(uid, int) else None,
                          stamp=data.get("stamp") if isinstance(data.get("stamp"), str) else None)

    def csrf_token(self, session: WebSession) -> str:
        return hmac.new(self._secret, f"csrf:{session.sid}".encode(), hashlib.sha256).hexdigest()

    def csrf_valid(self, session: WebSession | None, token: str | None) -> bool:
        return bool(session and token) and hmac.compare_digest(self.csrf_token(session), token)  # type: ignore[arg-type]


def cookie_header(name: str, value: str, max_age: int, secure: bool, http_only: bool = True) -> str:
    """A Set-Cookie value: whole site, Lax same-site, Secure over HTTPS."""
    parts = [f"{name}={value}", "Path=/", f"Max-Age={max_age}", "SameSite=Lax"]
    if http_only:
        parts.append("HttpOnly")
    if secure:
        parts.append("Secure")
    return "; ".join(parts)
