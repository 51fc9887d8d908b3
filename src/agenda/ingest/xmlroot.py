"""Telling a feed from a sitemap by the root element, without trusting the document's DTD."""

from __future__ import annotations

import io

FEED_ROOTS = {"rss", "feed", "rdf"}
SITEMAP_ROOTS = {"urlset", "sitemapindex"}


def safe_parser():  # type: ignore[no-untyped-def]
    """An lxml parser that fetches nothing and expands no external entities."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


def root_name(body: bytes) -> str | None:
    """Lower-cased local name of the root element, or None when `body` is not XML."""
    from lxml import etree

    try:
        for _event, element in etree.iterparse(io.BytesIO(body), events=("start",), resolve_entities=False,
                                               no_network=True, huge_tree=False):
            return etree.QName(element).localname.lower()
    except etree.XMLSyntaxError:
        return None
    return None
