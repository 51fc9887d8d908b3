"""From extracted text to a dated, language-tagged document with its identity for dedupe and versions."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from agenda.analyze.langid import detect_language
from agenda.ingest.dates import resolve_date
from agenda.ingest.extracted import Extracted
from agenda.ingest.fingerprint import fingerprint
from agenda.ingest.items import Hints, SourcedDocument
from agenda.ingest.options import IngestOptions
from agenda.ingest.timing import NO_TIMER, StageTimer
from agenda.model import Document
from agenda.store.records import DocumentMeta

LANGUAGES = ("en", "es", "pt", "fr")
# lingua needs a few sentences, not a whole report: on the 68 eval documents, the first 300 characters
# gave the language of the first 2,000 every time, at a seventh of the cost
_LANGID_SAMPLE = 300
_SLUG = re.compile(r"[^\w.-]+")


def build_document(extracted: Extracted, *, doc_id: str, locator: str, version_key: str | None,
                   options: IngestOptions, url: str | None = None, hints: Hints | None = None,
                   source: str | None = None, with_signature: bool = True,
                   timer: StageTimer = NO_TIMER) -> SourcedDocument:
    """The document to store: date resolved (own, --date, metadata, undated), language identified."""
    hints = hints or Hints()
    day, origin = resolve_date(extracted.date, options.date, extracted.metadata_date or hints.date)
    text = extracted.text.replace("\x00", "").strip()  # PostgreSQL refuses NUL in text
    document = Document(
        id=doc_id, text=text, date=day, lang=language_of(text, options.lang, extracted.lang),
        title=extracted.title or hints.title, url=url, source=source or extracted.site or hints.site,
    )
    meta = DocumentMeta(version_key=version_key, author=extracted.author,
                        canonical_url=extracted.canonical_url, date_origin=str(origin))
    if with_signature:
        with timer.stage("store"):  # dedupe work, done here while the text is at hand
            found = fingerprint(text)
        meta.content_hash, meta.signature = found.content_hash, found.signature
    return SourcedDocument(document, locator, meta, meta.signature)


def language_of(text: str, option: str | None, declared: str | None = None) -> str:
    """The --lang option, else the language the input declares (if we read it), else lingua's guess."""
    if option and option != "auto":
        return option
    if declared:
        short = declared.strip().lower()[:2]
        if short in LANGUAGES:
            return short
    sample = text[:_LANGID_SAMPLE]
    cut = sample.rfind(" ")
    return detect_language(sample[:cut] if len(text) > _LANGID_SAMPLE and cut > 0 else sample)


def id_from_path(path: Path) -> str:
    """A file's document id: its name without the extension(s) we read (the `agenda extract` contract)."""
    name = path.name
    for suffix in (".jsonl.gz", ".xml.gz"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem or name


def id_from_url(url: str) -> str:
    """A readable document id from a URL: its last path segment without extension, else its host."""
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    name = segments[-1] if segments else parts.hostname or "page"
    if "." in name and segments:
        stem = name.rsplit(".", 1)[0]
        name = stem or name
    if name.lower() in {"index", "default", "view", "article", "node"} and len(segments) > 1:
        name = f"{segments[-2]}-{name}"
    return _SLUG.sub("-", name).strip("-")[:120] or "page"
