"""Extraction: HTML (trafilatura metadata), PDF, text and Markdown, encodings, dates and language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agenda.ingest.dates import DateOrigin, resolve_date
from agenda.ingest.encoding import BinaryContent, decode_text
from agenda.ingest.extracted import ExtractionError
from agenda.ingest.formats import Format, extract, format_of_response
from agenda.ingest.markdown import strip_markdown
from agenda.ingest.readers import ItemError, read_path

from .conftest import FIXTURES
from .pdf_maker import make_pdf

INGEST = FIXTURES / "ingest"


def test_html_keeps_the_article_and_reads_its_metadata() -> None:
    found = extract((INGEST / "press_release.html").read_bytes(), Format.HTML)
    assert found.text.startswith("Atlantis and Mexico launch border water fund")
    assert "40 million dollars" in found.text
    assert "Contact us" not in found.text and "All rights reserved" not in found.text
    assert found.title and "border water fund" in found.title
    assert found.author == "Dana Whitfield"
    assert found.date == dt.date(2022, 3, 2)
    assert found.canonical_url == "https://waterworks.example.org/news/border-water-fund"


def test_latin1_declared_in_meta_is_read_as_windows_1252() -> None:
    raw = (INGEST / "comunicado_latin1.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    found = extract(raw, Format.HTML)
    assert "México y Atlántida celebraron el foro comercial" in found.text
    assert "próxima reunión" in found.text
    assert found.date == dt.date(2022, 10, 21)


@pytest.mark.parametrize(("raw", "declared", "expected"), [
    ("Año de acción — “cooperación”".encode("cp1252"), None, "Año de acción — “cooperación”"),
    ("Año de acción".encode(), None, "Año de acción"),
    (b"\xef\xbb\xbf" + "Año".encode(), None, "Año"),
    ("Año".encode("utf-16"), None, "Año"),
    ("Caf\xe9".encode("latin-1"), "ISO-8859-1", "Café"),
    ("Café".encode(), "windows-1252", "CafÃ©"),  # a declaration that decodes is trusted
])
def test_text_encodings(raw: bytes, declared: str | None, expected: str) -> None:
    assert decode_text(raw, declared=declared) == expected


def test_a_wrong_declaration_falls_back_to_sniffing() -> None:
    assert decode_text("Niño".encode("cp1252"), declared="utf-8") == "Niño"


@pytest.mark.parametrize("junk", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 100,
                                  bytes([0x1b, 0x07, 0x08, 0x10, 0x11, 0x0e]) * 100])
def test_binary_junk_is_not_text(junk: bytes) -> None:
    with pytest.raises(BinaryContent):
        decode_text(junk)
    with pytest.raises(ExtractionError, match="binary data"):
        extract(junk, Format.TEXT)


def test_markdown_markup_is_stripped_and_front_matter_read() -> None:
    found = extract((INGEST / "briefing.md").read_bytes(), Format.MARKDOWN)
    assert found.title == "Weekly briefing on the water pilot"
    assert found.date == dt.date(2022, 6, 15)
    assert found.author == "Briefing desk"
    assert found.text.startswith("Weekly briefing on the water pilot\n")
    assert "according to the project office." in found.text
    assert "Engineers filled the first tank on Monday." in found.text
    assert "at full capacity in September." in found.text
    for markup in ("**", "](", "# ", "> ", "`", "- Engineers", "---"):
        assert markup not in found.text


def test_markdown_keeps_underscores_inside_words() -> None:
    assert strip_markdown("see file_name_here and _this_") == "see file_name_here and this"


def test_pdf_text_and_info_dictionary() -> None:
    raw = make_pdf(["Atlantis will fund (twelve) plants with 40 million dollars.", "Año nuevo, second page."],
                   title="Water plan", author="Press Office", created="D:20220510120000Z")
    found = extract(raw, Format.PDF)
    assert found.text == "Atlantis will fund (twelve) plants with 40 million dollars.\n\nAño nuevo, second page."
    assert (found.title, found.author) == ("Water plan", "Press Office")
    assert found.date is None and found.metadata_date == dt.date(2022, 5, 10)


@pytest.mark.parametrize(("raw", "reason"), [
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "unreadable PDF"),
    (b"this is not a pdf at all", "not a PDF file"),
    (make_pdf([""]), "no text in the PDF"),
])
def test_broken_pdfs_give_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason):
        extract(raw, Format.PDF)


def test_truncated_pdf_is_refused_with_a_reason() -> None:
    raw = make_pdf(["Some words on a page that will be cut."] * 3)
    with pytest.raises(ExtractionError, match="unreadable PDF"):
        extract(raw[: len(raw) // 2], Format.PDF)


@pytest.mark.parametrize("html", [b"<html><body><nav>Home</nav></body></html>", b"<<<>>>&&&", b"<html><body>"])
def test_html_without_an_article_is_refused(html: bytes) -> None:
    with pytest.raises(ExtractionError, match=r"no article text|empty"):
        extract(html, Format.HTML)


def test_a_page_is_not_dated_by_a_deadline_in_its_text() -> None:
    sentence = "The ministry will finish the twelve treatment plants by 15 March 2021, the minister said. "
    undated = f"<html><body><article><p>{sentence * 4}</p></article></body></html>".encode()
    assert extract(undated, Format.HTML).date is None
    dated = f"<html><body><article><p class='date'>Published on April 3, 2020</p><p>{sentence * 4}</p>"
    assert extract(f"{dated}</article></body></html>".encode(), Format.HTML).date == dt.date(2020, 4, 3)


def test_truncated_html_keeps_what_came_before_the_cut() -> None:
    raw = (INGEST / "press_release.html").read_bytes()
    cut = raw[: raw.index(b"A joint technical team")]
    found = extract(cut, Format.HTML)
    assert "trade forum in October" in found.text


def test_date_precedence_never_defaults_to_today() -> None:
    own, option, meta = dt.date(2022, 1, 5), dt.date(2023, 2, 6), dt.date(2021, 3, 7)
    assert resolve_date(own, option, meta) == (own, DateOrigin.DOCUMENT)
    assert resolve_date(None, option, meta) == (option, DateOrigin.OPTION)
    assert resolve_date(None, None, meta) == (meta, DateOrigin.METADATA)
    assert resolve_date(None, None, None) == (None, DateOrigin.UNDATED)
    # implausible dates are not usable: 1900 footers, far-future typos
    assert resolve_date(dt.date(1900, 1, 1), None, None) == (None, DateOrigin.UNDATED)
    assert resolve_date(dt.date(2999, 1, 1), None, meta) == (meta, DateOrigin.METADATA)


def test_content_sniffing_beats_a_wrong_content_type() -> None:
    assert format_of_response("text/html", b"%PDF-1.7 ...", "http://x/a") is Format.PDF
    assert format_of_response("text/plain", b'<?xml version="1.0"?><rss>', "http://x/a") is Format.XML
    assert format_of_response("application/octet-stream", b"<!DOCTYPE html><html>", "http://x/") is Format.HTML
    assert format_of_response(None, b"plain words", "http://x/notes.txt") is Format.TEXT


def test_read_path_gives_documents_with_language_and_dates(tmp_path: Path) -> None:
    (tmp_path / "nota.txt").write_text("El ministerio anunció que financiará tres plantas de agua en la frontera "
                                       "durante los próximos dos años, según un comunicado oficial.")
    (tmp_path / "note.txt").write_text("The ministry said it would fund three water plants on the border over the "
                                       "next two years, according to an official statement.")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n")
    found = list(read_path(tmp_path, dt.date(2022, 4, 1)))
    documents = {d.id: d for d in found if not isinstance(d, ItemError)}
    assert set(documents) == {"nota", "note"}  # the picture is not a document type we read
    assert documents["nota"].lang == "es" and documents["note"].lang == "en"
    assert documents["note"].date == dt.date(2022, 4, 1)
    assert next(iter(read_path(tmp_path / "note.txt", None))).date is None  # type: ignore[union-attr]
