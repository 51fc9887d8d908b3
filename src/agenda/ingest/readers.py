"""Reading local files into `Document`s without a database (for `agenda extract` and the demo)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from agenda.ingest.files import items_for_path, jsonl_items
from agenda.ingest.items import Expansion, Item, ItemError, SourcedDocument
from agenda.ingest.options import DEFAULT_MAX_BYTES, IngestOptions
from agenda.ingest.prepare import Preparer
from agenda.model import Document

__all__ = ["ItemError", "read_jsonl", "read_path"]


def read_path(path: Path, default_date: date | None = None, lang: str | None = None, *,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | ItemError]:
    """Documents of a file (a JSONL file gives one per line) or of a folder and its subfolders."""
    options = IngestOptions(date=default_date, lang=lang, recursive=True, max_bytes=max_bytes)
    yield from _documents(items_for_path(Path(path), recursive=True, max_bytes=max_bytes), options)


def read_jsonl(path: Path, default_date: date | None = None, lang: str | None = None, *,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | ItemError]:
    options = IngestOptions(date=default_date, lang=lang, max_bytes=max_bytes)
    yield from _documents(jsonl_items(Path(path), max_bytes), options)


def _documents(items: Iterator[Item], options: IngestOptions) -> Iterator[Document | ItemError]:
    prepare = Preparer(options, fetcher=None, signatures=False)
    for item in items:
        result = prepare(item)
        if isinstance(result, SourcedDocument):
            yield result.document
        elif isinstance(result, Expansion):
            yield ItemError(item.label, "feeds and sitemaps are read by 'agenda ingest', not here")
        else:
            yield result
