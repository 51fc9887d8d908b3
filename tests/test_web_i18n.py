"""The interface texts: both catalogs complete, every key the pages use exists, language choice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from agenda.model import Kind, Pillar, Stance, Status
from agenda.web.i18n import LANGUAGES, LOCALES, Translator, choose_language, from_accept_language

WEB = Path(__file__).resolve().parents[1] / "src" / "agenda" / "web"
STATIC_KEY = re.compile(r"""(?:\b_|translate)\(\s*["']([a-z_]+\.[a-z_.]+)["']""")
FAMILIES = {"status": Status, "pillar": Pillar, "kind": Kind, "stance": Stance}


def _catalog(lang: str) -> dict[str, str]:
    return json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8"))


def test_both_catalogs_have_the_same_keys_and_no_empty_text() -> None:
    english, spanish = _catalog("en"), _catalog("es")
    assert set(english) == set(spanish)
    assert all(v.strip() for v in [*english.values(), *spanish.values()])
    differing = [k for k in english if english[k] != spanish[k]]
    assert len(differing) > len(english) * 0.8  # really translated, not copied


def test_every_key_used_by_templates_and_code_is_in_the_catalogs() -> None:
    used = set()
    for path in [*WEB.rglob("*.html"), *WEB.rglob("*.py")]:
        used |= set(STATIC_KEY.findall(path.read_text(encoding="utf-8")))
    assert len(used) > 150
    for lang in LANGUAGES:
        assert used - set(_catalog(lang)) == set(), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_status_pillar_kind_stance_and_role_has_a_label(lang: str) -> None:
    catalog = _catalog(lang)
    for family, enum in FAMILIES.items():
        for value in enum:
            assert f"{family}.{value.value}" in catalog
    for name in ["review.proposed", "review.accepted", "review.rejected", "role.editor", "role.admin",
                 "basis.import", "basis.evidence", "basis.review"]:
        assert name in catalog


def test_translator_fills_values_and_falls_back() -> None:
    spanish = Translator("es")
    assert spanish("list.count", n=4, date="2024-01-01") == "4 compromisos al 2024-01-01"
    assert spanish("status.delivered") == "cumplido"
    assert spanish("basis.some_new_basis") == "some_new_basis"  # an unknown value shows as itself
    assert Translator("de")("status.delivered") == "delivered"


@pytest.mark.parametrize("header,expected", [
    ("es-MX,es;q=0.9,en;q=0.8", "es"), ("en-GB,en;q=0.9", "en"), ("fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4", "es"),
    ("de-DE", None), ("", None), ("es;q=0.2,en;q=0.7", "en"), ("es;q=abc,en", "en"),
])
def test_accept_language_picks_the_preferred_supported_language(header: str, expected: str | None) -> None:
    assert from_accept_language(header) == expected


def test_query_beats_cookie_beats_browser() -> None:
    assert choose_language("es", "en", "en") == ("es", True)
    assert choose_language("es", "es", "en") == ("es", False)
    assert choose_language(None, "es", "en") == ("es", False)
    assert choose_language("xx", None, "es") == ("es", False)
    assert choose_language(None, None, None) == ("en", False)
