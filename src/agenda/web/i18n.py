"""The interface language: message catalogs in `locales/*.json` and choosing one per request."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LOCALES = Path(__file__).parent / "locales"
LANGUAGES = ("en", "es")
DEFAULT = "en"
COOKIE = "agenda_lang"


@cache
def catalog(lang: str) -> dict[str, str]:
    return json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8"))


class Translator:
    """`_("key", n=3)`: the language's text for a key, else English, else the key itself."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else DEFAULT
        self.messages = catalog(self.lang)
        self.fallback = catalog(DEFAULT)

    def __call__(self, key: str, **params: object) -> str:
        # an unknown value of an open family (a new basis, a new status) shows as the value itself
        text = self.messages.get(key) or self.fallback.get(key) or key.rpartition(".")[2]
        return text.format(**params) if params else text


def from_accept_language(header: str | None) -> str | None:
    """The supported language the browser prefers most, by its q-values."""
    best, best_q = None, 0.0
    for part in (header or "").split(","):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if primary in LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


def choose_language(query: str | None, cookie: str | None, accept_language: str | None) -> tuple[str, bool]:
    """(language, whether to remember it in the cookie): `?lang=` beats the cookie beats the browser."""
    if query in LANGUAGES:
        return query, query != cookie  # type: ignore[return-value]
    if cookie in LANGUAGES:
        return cookie, False  # type: ignore[return-value]
    return from_accept_language(accept_language) or DEFAULT, False
