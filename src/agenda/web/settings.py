"""How the web app is configured: database, proxy trust, login limits, page sizes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from agenda.auth.throttle import LoginLimits

TRUST_PROXY_ENV = "AGENDA_TRUST_PROXY"
CACHE_ENV = "AGENDA_WEB_CACHE"


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class WebSettings:
    database: str | None = None
    # honour X-Forwarded-Proto / X-Forwarded-For only behind a proxy we were told to trust
    trust_proxy: bool = field(default_factory=lambda: _env_flag(TRUST_PROXY_ENV))
    # keep overviews until the database changes (off: AGENDA_WEB_CACHE=0)
    cache: bool = field(default_factory=lambda: os.environ.get(CACHE_ENV, "1").strip() not in {"0", "no", "off"})
    login_limits: LoginLimits = field(default_factory=LoginLimits)
    session_days: int = 14
    per_page: int = 50
    max_per_page: int = 200
