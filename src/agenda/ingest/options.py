"""The settings of one ingestion run, as given on the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MEGABYTE = 1024 * 1024
DEFAULT_MAX_BYTES = 50 * MEGABYTE
DEFAULT_TIMEOUT = 20.0


@dataclass(frozen=True)
class IngestOptions:
    date: dt.date | None = None  # for documents without a date of their own
    lang: str | None = None  # None: identify per document
    since: dt.date | None = None  # leave out feed entries and sitemap URLs older than this
    recursive: bool = False
    feed: bool = False  # URL and XML arguments must be RSS/Atom feeds
    allow_private: bool = False  # fetch from loopback/private/link-local addresses
    refresh: bool = False  # fetch URLs again even when the journal says they are done
    analyze: bool = True  # analyze and link new documents (off only for bulk-load measurements)
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    workers: int = 4  # fetch/extract threads in total
    analysis_workers: int = 0  # analyze on a local Dask cluster of this many processes (0: in this process)
    scheduler: str | None = None  # or on this running Dask scheduler
    per_host: int = 2  # simultaneous requests to one host
