"""Reading local files (text, Markdown, HTML, PDF, JSON lines) into `Document` objects."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agenda.analyze.langid import detect_language
from agenda.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".jsonl.gz", ".ndjson"}


@dataclass
class ItemError:
    """An input item that could not be read, and why, so the batch can go on."""

    item: str
    reason: str


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def read_path(path: Path, default_date: date | None = None,
              lang: str | None = None) -> Iterator[Document | ItemError]:
    """Documents from one file; a JSONL file yields one per line, errors naming the line."""
    suffix = suffix_of(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, default_date, lang)
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield ItemError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    try:
        text, title, found_date = _extract(raw, suffix)
    except ValueError as exc:
        yield ItemError(str(path), str(exc))
        return
    if not text.strip():
        yield ItemError(str(path), "no text found")
        return
    yield Document(
        id=path.name[: -len(suffix)] if suffix else path.name, text=text,
        date=default_date or found_date, lang=_language(text, lang), title=title,
        source=str(path),
    )


def read_jsonl(path: Path, default_date: date | None = None,
               lang: str | None = None) -> Iterator[Document | ItemError]:
    opener = gzip.open if suffix_of(path) == ".jsonl.gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                item = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield ItemError(item, f"invalid JSON: {exc.msg}")
                    continue
                yield _record_document(record, item, default_date, lang)
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        yield ItemError(str(path), f"cannot read: {exc}")


def _record_document(record: object, item: str, default_date: date | None,
                     lang: str | None) -> Document | ItemError:
    if not isinstance(record, dict):
        return ItemError(item, "expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ItemError(item, "missing 'text'")
    doc_id = record.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        return ItemError(item, "missing 'id'")
    doc_date = default_date
    if record.get("date"):
        try:
            doc_date = date.fromisoformat(str(record["date"])[:10])
        except ValueError:
            return ItemError(item, f"bad 'date' {record['date']!r} (expected YYYY-MM-DD)")
    given_lang = record.get("lang") if record.get("lang") in ("en", "es", "pt", "fr") else None
    return Document(
        id=str(doc_id), text=text, date=doc_date, lang=_language(text, given_lang or lang),
        title=record.get("title"), url=record.get("url"), source=record.get("source"),
    )


def _language(text: str, lang: str | None) -> str:
    if lang and lang != "auto":
        return lang
    return detect_language(text)


def _extract(raw: bytes, suffix: str) -> tuple[str, str | None, date | None]:
    if suffix in HTML_SUFFIXES:
        return _extract_html(raw)
    if suffix == ".pdf":
        return _extract_pdf(raw), None, None
    if b"\x00" in raw[:4096]:
        raise ValueError("binary data, not text")
    text = raw.decode("utf-8-sig", errors="replace")
    if suffix in {".md", ".markdown"}:
        text = re.sub(r"^#{1,6}\s*|[*_`]{1,3}", "", text, flags=re.MULTILINE)
    return text, None, None


def _extract_html(raw: bytes) -> tuple[str, str | None, date | None]:
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    html = raw.decode("utf-8", errors="replace")
    result = trafilatura.bare_extraction(html, config=config, with_metadata=True)
    if not result or not getattr(result, "text", None):
        raise ValueError("no article text found in the HTML")
    found = None
    if getattr(result, "date", None):
        try:
            found = date.fromisoformat(str(result.date)[:10])
        except ValueError:
            found = None
    return result.text, getattr(result, "title", None), found


def _extract_pdf(raw: bytes) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise ValueError(f"unreadable PDF: {exc}") from exc
