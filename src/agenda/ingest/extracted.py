"""What an extractor finds in one input: the article text and the metadata around it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Extracted:
    """Clean text plus whatever metadata the format carries (all optional but the text)."""

    text: str
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None  # the document's own date (HTML metadata, front matter, JSONL)
    metadata_date: dt.date | None = None  # a weaker date from the container (PDF info, feed entry)
    canonical_url: str | None = None
    site: str | None = None
    lang: str | None = None


class ExtractionError(ValueError):
    """The input cannot give a document; the message says why, for the summary line."""
