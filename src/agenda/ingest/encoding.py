"""Turning raw bytes into text: BOMs, declared charsets (HTTP header, HTML meta), then sniffing."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
# Browsers read a declared Latin-1 as Windows-1252 (WHATWG Encoding); pages rely on it for “” and €.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
            "ascii": "cp1252", "l1": "cp1252", "iso8859-1": "cp1252", "windows-1252": "cp1252"}
# control characters other than tab, newlines and form feed, and the replacement mark of failed decoding
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_SNIFF_BYTES = 8192


class BinaryContent(ValueError):
    """Bytes that are not text in any encoding we read."""


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    found = _HEADER_CHARSET.search(content_type)
    return found.group(1) if found else None


def declared_html_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its start."""
    found = _META_CHARSET.search(raw[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def decode_text(raw: bytes, declared: str | None = None, html: bool = False) -> str:
    """Text of `raw`: BOM first, then the declared charset, then the page's meta, then UTF-8/1252.

    Raises `BinaryContent` for data that is not text (NUL bytes, mostly control characters).
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _checked(raw.decode(encoding, errors="replace"))
    if b"\x00" in raw[:_SNIFF_BYTES]:
        raise BinaryContent("binary data, not text (NUL bytes)")
    candidates = [declared]
    if html:
        candidates.append(declared_html_charset(raw))
    for name in candidates:
        codec = _codec(name)
        if codec is None:
            continue
        try:
            return _checked(raw.decode(codec))
        except UnicodeDecodeError:
            break  # a wrong declaration: sniff instead
    try:
        return _checked(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return _checked(raw.decode("cp1252"))
    except UnicodeDecodeError:
        # bytes undefined in 1252 (0x81, 0x8D, ...): Latin-1 maps every byte
        return _checked(raw.decode("latin-1"))


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    lowered = name.strip().lower()
    lowered = _ALIASES.get(lowered, lowered)
    try:
        return codecs.lookup(lowered).name
    except LookupError:
        return None


def _checked(text: str) -> str:
    """Reject decoded 'text' that is mostly control characters or replacement marks (binary junk)."""
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return text
    bad = len(_NOT_TEXT.findall(sample))
    if bad > max(8, len(sample) // 20):
        raise BinaryContent("binary data, not text (mostly control characters)")
    return text
