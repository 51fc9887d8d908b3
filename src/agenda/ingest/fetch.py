"""Fetching URLs politely and safely: timeouts, a size cap, re-checked redirects, per-host limits."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit

import httpx

from agenda.ingest.network import BlockedAddress, Network
from agenda.ingest.options import IngestOptions
from agenda.ingest.urls import check_url, join_url

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024


def _user_agent() -> str:
    try:
        release = version("agenda-tracker")
    except PackageNotFoundError:
        release = "dev"
    return f"AgendaTracker/{release} (document ingestion for commitment tracking; python-httpx)"


USER_AGENT = _user_agent()


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason shown in the summary."""


@dataclass
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str | None
    body: bytes


class Fetcher:
    """One HTTP client for a run; safe to share between the fetching threads."""

    def __init__(self, options: IngestOptions, network: Network | None = None) -> None:
        self.options = options
        self.network = network or Network(allow_private=options.allow_private)
        self._client = httpx.Client(
            transport=_transport(self.network, options.workers), follow_redirects=False,
            timeout=httpx.Timeout(options.timeout), trust_env=False,
            headers={"User-Agent": USER_AGENT,
                     "Accept": "text/html,application/xhtml+xml,application/pdf,application/rss+xml,"
                               "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"},
        )
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """The body at `url`, following up to MAX_REDIRECTS redirects, each hop checked anew."""
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            problem = check_url(current)
            if problem:
                raise FetchError(problem if current == url else f"redirected to {current}: {problem}")
            location, fetched = self._one_hop(current)
            if location is None:
                assert fetched is not None
                return fetched
            current = join_url(current, location)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _one_hop(self, url: str) -> tuple[str | None, Fetched | None]:
        host = (urlsplit(url).hostname or "").lower()
        deadline = time.monotonic() + self.options.timeout
        with self._host_slot(host):
            try:
                with self._client.stream("GET", url) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"HTTP {response.status_code} redirect without a Location")
                        return location, None
                    if response.status_code != 200:
                        raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
                    body = self._read_capped(response, deadline)
                    return None, Fetched(str(response.url), response.status_code,
                                         response.headers.get("content-type"), body)
            except BlockedAddress as exc:
                raise FetchError(str(exc)) from exc
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out after {self.options.timeout:g} s ({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}") from exc

    def _read_capped(self, response: httpx.Response, deadline: float) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"too large: {int(declared):,} bytes (limit {limit:,}; see --max-size)")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(_CHUNK):  # decoded bytes: a gzip bomb hits the cap too
            size += len(chunk)
            if size > limit:
                raise FetchError(f"too large: more than {limit:,} bytes (see --max-size)")
            if time.monotonic() > deadline:
                raise FetchError(f"too slow: no complete response within {self.options.timeout:g} s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _host_slot(self, host: str) -> threading.BoundedSemaphore:
        with self._hosts_lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.BoundedSemaphore(self.options.per_host)
            return slot


def _transport(network: Network, connections: int) -> httpx.BaseTransport:
    from agenda.ingest.network import GuardedTransport

    return GuardedTransport(network, max_connections=max(2, connections))
