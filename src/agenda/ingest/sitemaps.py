"""XML sitemaps and sitemap indexes: the page URLs they list (news sitemaps add title and date)."""

from __future__ import annotations

import io

from agenda.ingest.dates import parse_date
from agenda.ingest.extracted import ExtractionError
from agenda.ingest.items import Expansion, Hints, Item, UrlItem, journal_key
from agenda.ingest.options import IngestOptions
from agenda.ingest.urls import check_url, join_url
from agenda.ingest.xmlroot import safe_parser

MAX_DEPTH = 3  # sitemap index → sitemap → page; deeper nesting is a loop or a mistake


def expand_sitemap(body: bytes, url: str, options: IngestOptions, depth: int) -> Expansion:
    """The pages (or child sitemaps) a sitemap lists, older than --since left out by <lastmod>."""
    from lxml import etree

    try:
        root = etree.parse(io.BytesIO(body), safe_parser()).getroot()
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(f"not a readable sitemap: {exc}") from exc
    is_index = etree.QName(root).localname.lower() == "sitemapindex"
    if is_index and depth >= MAX_DEPTH:
        raise ExtractionError(f"sitemap index nested more than {MAX_DEPTH} deep")
    children: list[Item] = []
    older = 0
    entries = [el for el in root if isinstance(el.tag, str)]
    for element in entries:
        fields = {etree.QName(child).localname.lower(): (child.text or "").strip()
                  for child in element.iter() if isinstance(child.tag, str)}
        location = fields.get("loc")
        if not location:
            continue
        lastmod = parse_date(fields.get("lastmod"))
        if options.since and lastmod and lastmod < options.since:
            older += 1
            continue
        link = join_url(url, location)
        if check_url(link) is not None:
            continue
        hints = Hints(title=fields.get("title") or None, date=parse_date(fields.get("publication_date")))
        stamp = f"lastmod:{fields['lastmod']}" if fields.get("lastmod") else None
        children.append(UrlItem(key=journal_key("url", link), label=link, url=link, hints=hints,
                                fingerprint=None if is_index else stamp, depth=depth + 1))
    kind = "sitemap index" if is_index else "sitemap"
    note = f"{kind}: {len(entries)} entries" + (f" ({older} older than --since)" if older else "")
    return Expansion(children, note, older)
