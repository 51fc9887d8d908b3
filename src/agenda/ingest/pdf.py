"""PDF files to text with pypdf; the PDF info dictionary gives title, author and a date."""

from __future__ import annotations

import io
import logging

from agenda.ingest.dates import parse_date
from agenda.ingest.extracted import Extracted, ExtractionError

# pypdf warns on every recoverable defect; the summary line says what matters
logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract_pdf(raw: bytes) -> Extracted:
    """Text of every page, with the title, author and creation date of the PDF metadata."""
    from pypdf import PdfReader

    if b"%PDF-" not in raw[:1024]:
        raise ExtractionError("not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not _unlock(reader):
            raise ExtractionError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except ExtractionError:
        raise
    except Exception as exc:  # pypdf raises many kinds on broken files
        raise ExtractionError(f"unreadable PDF: {type(exc).__name__}: {exc}") from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise ExtractionError("no text in the PDF (scanned pages without a text layer?)")
    title = author = None
    created = None
    if info is not None:
        title = _clean(info.get("/Title"))
        author = _clean(info.get("/Author"))
        try:
            created = parse_date(info.creation_date)
        except Exception:  # malformed D:... dates
            created = None
    return Extracted(text=text, title=title, author=author, metadata_date=created)


def _unlock(reader) -> bool:  # type: ignore[no-untyped-def]
    """Many PDFs are 'encrypted' with an empty user password only to forbid editing."""
    try:
        return bool(reader.decrypt(""))
    except Exception:
        return False


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
