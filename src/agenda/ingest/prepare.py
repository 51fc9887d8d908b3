"""Preparing one item, outside any transaction: read or fetch it, extract the text, build the document."""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass

from agenda.ingest.dates import parse_date
from agenda.ingest.documents import LANGUAGES, build_document, id_from_path, id_from_url
from agenda.ingest.encoding import charset_from_content_type
from agenda.ingest.extracted import Extracted, ExtractionError
from agenda.ingest.feeds import expand_feed
from agenda.ingest.fetch import Fetcher, FetchError
from agenda.ingest.formats import Format, extract, format_of_response
from agenda.ingest.html import extract_html_text, html_fragment_text
from agenda.ingest.items import (
    EntryItem,
    FailedItem,
    FileItem,
    Item,
    ItemError,
    LineItem,
    Prepared,
    UrlItem,
)
from agenda.ingest.options import IngestOptions
from agenda.ingest.sitemaps import MAX_DEPTH, expand_sitemap
from agenda.ingest.timing import NO_TIMER, StageTimer
from agenda.ingest.xmlroot import FEED_ROOTS, SITEMAP_ROOTS, root_name

_GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Preparer:
    """Turns items into documents (or expansions, or errors); shared by the fetching threads."""

    options: IngestOptions
    fetcher: Fetcher | None = None  # None: URLs are refused (agenda extract reads files only)
    timer: StageTimer = NO_TIMER
    signatures: bool = True  # fingerprint documents for dedupe (not needed by `agenda extract`)

    def __call__(self, item: Item) -> Prepared:
        try:
            return self._prepare(item)
        except (ExtractionError, FetchError) as exc:
            return ItemError(item.label, str(exc))
        except OSError as exc:
            return ItemError(item.label, f"cannot read: {exc.strerror or exc}")
        except MemoryError:
            return ItemError(item.label, "out of memory while reading it")
        except Exception as exc:  # a bad item must never stop the batch
            return ItemError(item.label, f"unexpected {type(exc).__name__}: {exc}")

    def _prepare(self, item: Item) -> Prepared:
        if isinstance(item, FailedItem):
            return ItemError(item.label, item.reason)
        if isinstance(item, LineItem):
            return self._line(item)
        if isinstance(item, FileItem):
            return self._file(item)
        if isinstance(item, UrlItem):
            return self._url(item)
        if isinstance(item, EntryItem):
            return self._entry(item)
        raise TypeError(f"unknown item {item!r}")

    def _file(self, item: FileItem) -> Prepared:
        with self.timer.stage("extract"):
            size = item.path.stat().st_size
            if size > self.options.max_bytes:
                return ItemError(item.label, f"too large: {size:,} bytes (limit {self.options.max_bytes:,}; "
                                             "see --max-size)")
            if size == 0:
                return ItemError(item.label, "empty file")
            raw = item.path.read_bytes()
            if item.format is Format.XML or item.expect_feed:
                return self._container(raw, item.path.absolute().as_uri(), item, item.expect_feed)
            assert item.format is not None
            extracted = extract(raw, item.format)
            return build_document(extracted, doc_id=id_from_path(item.path), locator=str(item.path.absolute()),
                                  version_key=item.path.absolute().as_uri(), options=self.options,
                                  url=extracted.canonical_url, with_signature=self.signatures, timer=self.timer)

    def _line(self, item: LineItem) -> Prepared:
        if item.error or item.record is None:
            return ItemError(item.label, item.error or "empty record")
        with self.timer.stage("extract"):
            record = item.record
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                return ItemError(item.label, "missing 'text'")
            own_date = None
            if record.get("date"):
                own_date = parse_date(record["date"])
                if own_date is None:
                    return ItemError(item.label, f"bad 'date' {record['date']!r} (expected YYYY-MM-DD)")
            lang = record.get("lang") if record.get("lang") in LANGUAGES else None
            title = record.get("title") if isinstance(record.get("title"), str) else None
            url = record.get("url") if isinstance(record.get("url"), str) and record.get("url") else None
            doc_id = str(record["id"]).strip()
            locator = f"{item.path.absolute()}#{doc_id}"
            source = record.get("source") if isinstance(record.get("source"), str) else None
            extracted = Extracted(text=text, title=title, date=own_date, lang=lang)
            return build_document(extracted, doc_id=doc_id, locator=locator, version_key=url or locator,
                                  options=self.options, url=url, source=source, with_signature=self.signatures,
                                  timer=self.timer)

    def _url(self, item: UrlItem) -> Prepared:
        if self.fetcher is None:
            return ItemError(item.label, "URLs are not read here")
        with self.timer.stage("fetch"):
            fetched = self.fetcher.fetch(item.url)
        with self.timer.stage("extract"):
            if fetched.body[:2] == _GZIP_MAGIC:  # a .xml.gz sitemap served as a file, not content-encoded
                fetched.body = gunzip_capped(fetched.body, self.options.max_bytes)
            fmt = format_of_response(fetched.content_type, fetched.body, fetched.url)
            if fmt is Format.XML or item.expect_feed:
                return self._container(fetched.body, item.url, item, item.expect_feed)
            if fmt is None or fmt is Format.JSONL:
                kind = (fetched.content_type or "unknown").split(";")[0]
                return ItemError(item.label, f"unsupported content type {kind!r}")
            extracted = extract(fetched.body, fmt, charset_from_content_type(fetched.content_type), fetched.url)
            return build_document(extracted, doc_id=id_from_url(item.url), locator=item.url,
                                  version_key=item.url, options=self.options, url=item.url, hints=item.hints,
                                  with_signature=self.signatures, timer=self.timer)

    def _entry(self, item: EntryItem) -> Prepared:
        with self.timer.stage("extract"):
            try:
                extracted = extract_html_text(f"<html><body><article>{item.html}</article></body></html>",
                                              item.link)
            except ExtractionError:
                text = html_fragment_text(item.html)
                if not text:
                    raise
                extracted = Extracted(text=text)
            extracted.canonical_url = None  # the page wrapper has none of its own
            extracted.date = None  # the entry's date is in the hints, as metadata
            identity = item.link or item.key
            return build_document(extracted, doc_id=id_from_url(item.link or item.feed), locator=identity,
                                  version_key=identity, options=self.options, url=item.link, hints=item.hints,
                                  with_signature=self.signatures, timer=self.timer)

    def _container(self, body: bytes, url: str, item: Item, expect_feed: bool) -> Prepared:
        if item.depth >= MAX_DEPTH:
            return ItemError(item.label, f"feeds/sitemaps nested more than {MAX_DEPTH} deep")
        if body[:2] == _GZIP_MAGIC:
            body = gunzip_capped(body, self.options.max_bytes)
        root = root_name(body.lstrip())
        if root in FEED_ROOTS:
            return expand_feed(body, url, self.options, item.depth)
        if expect_feed:
            shown = "not XML" if root is None else f"XML with root <{root}>"
            return ItemError(item.label, f"not an RSS/Atom feed ({shown})")
        if root in SITEMAP_ROOTS:
            return expand_sitemap(body, url, self.options, item.depth)
        shown = "not well-formed XML" if root is None else f"root element <{root}>"
        return ItemError(item.label, f"neither a feed nor a sitemap ({shown})")


def gunzip_capped(raw: bytes, limit: int) -> bytes:
    """Decompressed gzip data, refused beyond `limit` bytes (a small file can inflate enormously)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as handle:
            data = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ExtractionError(f"broken gzip data: {exc}") from exc
    if len(data) > limit:
        raise ExtractionError(f"too large once decompressed: more than {limit:,} bytes")
    return data
