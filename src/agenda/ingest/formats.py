"""Which extractor reads an input: by file suffix, HTTP content type, or a look at the bytes."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from agenda.ingest.encoding import BinaryContent
from agenda.ingest.extracted import Extracted, ExtractionError


class Format(StrEnum):
    HTML = "html"
    PDF = "pdf"
    TEXT = "text"
    MARKDOWN = "markdown"
    JSONL = "jsonl"
    XML = "xml"  # a feed or a sitemap, told apart by its root element


SUFFIXES = {
    ".html": Format.HTML, ".htm": Format.HTML, ".xhtml": Format.HTML,
    ".pdf": Format.PDF,
    ".txt": Format.TEXT, ".text": Format.TEXT,
    ".md": Format.MARKDOWN, ".markdown": Format.MARKDOWN,
    ".jsonl": Format.JSONL, ".jsonl.gz": Format.JSONL, ".ndjson": Format.JSONL,
    ".xml": Format.XML, ".rss": Format.XML, ".atom": Format.XML, ".xml.gz": Format.XML,
}
_CONTENT_TYPES = (
    ("application/pdf", Format.PDF),
    ("text/html", Format.HTML), ("application/xhtml", Format.HTML),
    ("text/markdown", Format.MARKDOWN),
    ("text/plain", Format.TEXT),
    ("rss", Format.XML), ("atom", Format.XML), ("xml", Format.XML),
)


def suffix_of(path: Path | str) -> str:
    name = Path(path).name.lower()
    for double in (".jsonl.gz", ".xml.gz"):
        if name.endswith(double):
            return double
    return Path(name).suffix


def format_of_path(path: Path | str) -> Format | None:
    return SUFFIXES.get(suffix_of(path))


def format_of_response(content_type: str | None, body: bytes, url: str) -> Format | None:
    """The format of a fetched body: what it looks like first, then its Content-Type, then its URL."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return Format.PDF
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<urlset", b"<sitemapindex", b"<rdf")):
        return Format.HTML if b"<html" in body[:2048].lower() else Format.XML
    if head.startswith((b"<!doctype html", b"<html")):
        return Format.HTML
    media = (content_type or "").split(";")[0].strip().lower()
    for marker, fmt in _CONTENT_TYPES:
        if marker in media:
            return fmt
    return format_of_path(url.split("?")[0]) or (Format.HTML if b"<" in head[:1] else None)


def extract(raw: bytes, fmt: Format, charset: str | None = None, url: str | None = None) -> Extracted:
    """The document in `raw` read as `fmt`; `ExtractionError` (with the reason) when it cannot be."""
    from agenda.ingest.html import extract_html
    from agenda.ingest.pdf import extract_pdf
    from agenda.ingest.text import extract_markdown, extract_text

    if not raw:
        raise ExtractionError("empty file")
    try:
        if fmt is Format.HTML:
            return extract_html(raw, charset, url)
        if fmt is Format.PDF:
            return extract_pdf(raw)
        if fmt is Format.MARKDOWN:
            return extract_markdown(raw, charset)
        if fmt is Format.TEXT:
            return extract_text(raw, charset)
    except BinaryContent as exc:
        raise ExtractionError(str(exc)) from exc
    raise ExtractionError(f"cannot read {fmt} content as a document")
