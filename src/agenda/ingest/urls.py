"""URLs as identities: a normal form, so the same page is one journal item and one version chain."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_url(argument: str) -> bool:
    return "://" in argument[:12]


def normalize_url(url: str) -> str:
    """Scheme and host lowercased, default port and fragment dropped, empty path made '/'."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def join_url(base: str, link: str) -> str:
    return normalize_url(urljoin(base, link.strip()))


def check_url(url: str) -> str | None:
    """Why a URL cannot be fetched (bad scheme, no host, bad port), or None when it can."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        return f"unsupported URL scheme {parts.scheme!r} (only http and https)"
    if not parts.hostname:
        return "URL without a host"
    try:
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        return "URL with an invalid port"
    return None
