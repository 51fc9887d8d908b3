"""Plain-text and Markdown files: decoded, Markdown markup stripped, front matter as metadata."""

from __future__ import annotations

from agenda.ingest.dates import parse_date
from agenda.ingest.encoding import decode_text
from agenda.ingest.extracted import Extracted, ExtractionError
from agenda.ingest.markdown import split_front_matter, strip_markdown


def extract_text(raw: bytes, charset: str | None = None) -> Extracted:
    text = decode_text(raw, declared=charset)
    if not text.strip():
        raise ExtractionError("no text (blank file)")
    return Extracted(text=text.strip("\ufeff"))


def extract_markdown(raw: bytes, charset: str | None = None) -> Extracted:
    matter, body = split_front_matter(decode_text(raw, declared=charset))
    text = strip_markdown(body)
    if not text.strip():
        raise ExtractionError("no text in the Markdown file")
    return Extracted(text=text, title=matter.title, author=matter.author, date=parse_date(matter.date),
                     canonical_url=matter.url, lang=matter.lang)
