"""HTML pages to article text and metadata with trafilatura (dates through htmldate)."""

from __future__ import annotations

from functools import cache

from agenda.ingest.dates import parse_date
from agenda.ingest.encoding import decode_text
from agenda.ingest.extracted import Extracted, ExtractionError

MIN_WORDS = 5  # a menu item or a lone heading left by a page without an article is not a document


@cache
def _config():  # type: ignore[no-untyped-def]
    from trafilatura.settings import use_config

    config = use_config()
    # the default timeout uses SIGALRM: breaks in threads, and we cap sizes ourselves
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # dates come from the page's metadata, date elements and URL, never from dates in its text:
    # htmldate's extensive search would date a page without metadata by a deadline it mentions
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def extract_html(raw: bytes, charset: str | None = None, url: str | None = None) -> Extracted:
    """Main text, title, author, publication date and canonical URL of an HTML page."""
    return extract_html_text(decode_text(raw, declared=charset, html=True), url)


def extract_html_text(html: str, url: str | None = None) -> Extracted:
    import trafilatura

    if not html.strip():
        raise ExtractionError("empty HTML page")
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                             config=_config())
    except (ValueError, TypeError, AttributeError) as exc:  # lxml on pathological markup
        raise ExtractionError(f"unreadable HTML: {exc}") from exc
    text = getattr(result, "text", None) if result else None
    words = len(text.split()) if text else 0
    if words < MIN_WORDS:
        shown = f" (only {words} word{'s' if words != 1 else ''})" if words else ""
        raise ExtractionError(f"no article text found in the HTML{shown}")
    return Extracted(
        text=text, title=_clean(getattr(result, "title", None)), author=_clean(getattr(result, "author", None)),
        date=parse_date(getattr(result, "date", None)), canonical_url=_clean(getattr(result, "url", None)),
        site=_clean(getattr(result, "sitename", None)), lang=_clean(getattr(result, "language", None)),
    )


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs kept apart."""
    import lxml.html

    if not fragment.strip():
        return ""
    try:
        tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, TypeError) as exc:
        raise ExtractionError(f"unreadable HTML in the feed entry: {exc}") from exc
    for block in tree.iter("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    for bad in tree.iter("script", "style"):
        bad.drop_tree()
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
