"""Input items (what the journal tracks) and what preparing one yields: a document, more items, an error."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from agenda.ingest.formats import Format
from agenda.model import Document
from agenda.store.records import DocumentMeta

_KEY_LIMIT = 1000  # ingest_journal.item is VARCHAR(1000)


def journal_key(kind: str, locator: str) -> str:
    """A stable journal key; very long locators keep a readable head and a hash of the whole."""
    key = f"{kind}:{locator}"
    if len(key) <= _KEY_LIMIT:
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{key[:_KEY_LIMIT - 26]}#{digest}"


@dataclass(frozen=True)
class Hints:
    """What a container (feed entry, news sitemap) says about a document it points to."""

    title: str | None = None
    date: dt.date | None = None  # a metadata date: used when the document has none of its own
    site: str | None = None


@dataclass(kw_only=True)
class Item:
    """One input unit: it gets one journal row and at most one stored document."""

    key: str
    label: str  # how the summary names it
    fingerprint: str | None = None  # changes when the input changed since it was last done
    kind: str = "item"
    depth: int = 0  # how many feeds/sitemaps led here


@dataclass(kw_only=True)
class FileItem(Item):
    path: Path
    format: Format | None
    expect_feed: bool = False
    kind: str = "file"


@dataclass(kw_only=True)
class LineItem(Item):
    """One line of a JSON-lines file, already parsed (or the reason it could not be)."""

    path: Path
    line: int
    record: dict[str, Any] | None = None
    error: str | None = None
    kind: str = "line"


@dataclass(kw_only=True)
class UrlItem(Item):
    url: str
    expect_feed: bool = False
    hints: Hints = field(default_factory=Hints)
    kind: str = "url"


@dataclass(kw_only=True)
class EntryItem(Item):
    """A feed entry that carries its full text: stored from the feed without fetching its link."""

    feed: str
    link: str | None
    html: str
    hints: Hints = field(default_factory=Hints)
    kind: str = "entry"


@dataclass(kw_only=True)
class FailedItem(Item):
    """An input that failed before it could be prepared (unreadable folder or JSONL file, bad URL)."""

    reason: str
    kind: str = "input"


@dataclass
class ItemError:
    """An input item that could not be read, and why, so the batch can go on."""

    item: str
    reason: str


@dataclass
class SourcedDocument:
    """A document ready to store, with where it came from and what ingestion knows about it."""

    document: Document
    locator: str
    meta: DocumentMeta
    signature: np.ndarray | None = None


@dataclass
class Expansion:
    """A container (feed, sitemap) turned into the items it lists."""

    children: list[Item]
    description: str  # e.g. "feed: 12 entries (3 older than --since)"
    older: int = 0  # entries left out by --since


Prepared = SourcedDocument | Expansion | ItemError


