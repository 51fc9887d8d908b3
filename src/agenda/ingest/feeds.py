"""RSS and Atom feeds: each entry becomes an item, its full text used when the feed carries it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from agenda.ingest.dates import parse_date
from agenda.ingest.extracted import ExtractionError
from agenda.ingest.html import html_fragment_text
from agenda.ingest.items import EntryItem, Expansion, FailedItem, Hints, Item, UrlItem, journal_key
from agenda.ingest.options import IngestOptions
from agenda.ingest.urls import check_url, join_url

# An entry whose content has at least this much text carries the article; less is a teaser.
FULL_TEXT_CHARS = 500


@dataclass
class FeedEntry:
    id: str | None
    link: str | None
    title: str | None
    published: object
    updated: object
    content: str  # HTML of the longest content/summary the entry carries


def parse_feed(body: bytes, url: str) -> tuple[str | None, list[FeedEntry]]:
    """The feed's title and entries; `ExtractionError` when `body` is no RSS/Atom feed."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f": {str(problem).splitlines()[0]}" if problem else ""
        raise ExtractionError(f"not an RSS/Atom feed{detail}")
    entries = []
    for entry in parsed.entries:
        contents = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
        entries.append(FeedEntry(
            id=entry.get("id") or None, link=entry.get("link") or None, title=entry.get("title") or None,
            published=entry.get("published_parsed"), updated=entry.get("updated_parsed"),
            content=max(contents, key=len) if contents else "",
        ))
    return parsed.feed.get("title"), entries


def expand_feed(body: bytes, url: str, options: IngestOptions, depth: int) -> Expansion:
    """The items of a feed: entries with full text as they are, others by their link."""
    title, entries = parse_feed(body, url)
    children: list[Item] = []
    older = 0
    for number, entry in enumerate(entries, start=1):
        day = parse_date(entry.published) or parse_date(entry.updated)
        if options.since and day and day < options.since:
            older += 1
            continue
        hints = Hints(title=entry.title, date=day, site=title)
        stamp = _stamp(entry)
        link = join_url(url, entry.link) if entry.link else None
        text_length = len(html_fragment_text(entry.content)) if entry.content else 0
        if text_length >= FULL_TEXT_CHARS or (link is None and text_length):
            identity = link or f"{url}#{entry.id or number}"
            children.append(EntryItem(
                key=journal_key("entry", identity), label=f"{url} entry {entry.title or identity}",
                fingerprint=stamp or _digest(entry.content), feed=url, link=link, html=entry.content,
                hints=hints, depth=depth + 1,
            ))
        elif link and check_url(link) is None:
            children.append(UrlItem(key=journal_key("url", link), label=link, url=link, hints=hints,
                                    fingerprint=stamp, depth=depth + 1))
        else:
            children.append(FailedItem(
                key=journal_key("entry", f"{url}#{entry.id or number}"), label=f"{url} entry {number}",
                reason=f"entry {entry.title or entry.id or 'untitled'!r} has no text and no usable link",
                depth=depth + 1,
            ))
    note = f"feed: {len(entries)} entries" + (f" ({older} older than --since)" if older else "")
    return Expansion(children, note, older)


def _stamp(entry: FeedEntry) -> str | None:
    """When the entry says it last changed: a changed stamp makes the journal fetch it again."""
    for value in (entry.updated, entry.published):
        if value is not None:
            return "updated:" + "-".join(f"{part:02d}" for part in tuple(value)[:6])  # type: ignore[arg-type]
    return None


def _digest(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]
