"""Building the site's URLs from ids (each part quoted) and query strings that keep the filters."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote, urlencode, urlsplit


def part(value: str) -> str:
    return quote(value, safe="")


def agenda_url(agenda_id: str) -> str:
    return f"/agendas/{part(agenda_id)}"


def commitments_url(agenda_id: str) -> str:
    return f"/agendas/{part(agenda_id)}/commitments"


def commitment_url(agenda_id: str, key: str) -> str:
    return f"/agendas/{part(agenda_id)}/commitments/{part(key)}"


def document_url(key: str) -> str:
    return f"/documents/{part(key)}"


def with_query(path: str, params: Mapping[str, object | None]) -> str:
    """The path with the params that have a value, in a stable order (shareable URLs)."""
    pairs = [(k, _plain(v)) for k, v in params.items() if v is not None and v != "" and v is not False]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def _plain(value: object) -> str:
    if value is True:
        return "1"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)  # type: ignore[union-attr]


def external_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) link; anything else (javascript:, data:, ...) is not linked."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(ch in url for ch in "\r\n\t\"'<>` \\"):
        return None
    return url.strip()


def local_path(target: str | None, default: str = "/") -> str:
    """A redirect target only when it stays on this site (no //host, no scheme, no backslash)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
