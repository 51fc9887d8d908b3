"""Identifying a text's language among the ones we read (lingua, restricted to four)."""

from __future__ import annotations

from functools import cache

_SAMPLE_CHARS = 2000


@cache
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    languages = (Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE, Language.FRENCH)
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's language (en, es, pt or fr); `default` when undecidable."""
    sample = text[:_SAMPLE_CHARS].strip()
    if not sample:
        return default
    language = _detector().detect_language_of(sample)
    if language is None:
        return default
    return language.iso_code_639_1.name.lower()
