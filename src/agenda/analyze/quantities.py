"""Counts and targets in a sentence that are not money: "1 million vaccine doses", "26 projects"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from agenda.analyze.lang import language_data
from agenda.analyze.numbers import Figure, Token
from agenda.model import Quantity

_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b|porciento\b|percentage\b)", re.IGNORECASE)
_MAX_UNIT_WORDS = 4
_PUNCTUATION = ",;:.!?()[]\"“”"


@dataclass(frozen=True)
class _Lexicon:
    units: ModuleType
    months: frozenset[str]
    canonical_pattern: re.Pattern[str] | None


@cache
def _lexicon(lang: str) -> _Lexicon:
    units = language_data(lang, "units")
    months = frozenset(language_data(lang, "dates").MONTHS)
    heads = sorted(units.CANONICAL_UNITS, key=len, reverse=True)
    canonical = re.compile(r"(?<!\w)(" + "|".join(re.escape(h) for h in heads) + r")(?!\w)", re.IGNORECASE) \
        if heads else None
    return _Lexicon(units, months, canonical)


def find_quantity(text: str, lang: str, tokens: list[Token], figures: list[Figure],
                  money_figures: set[int]) -> Quantity | None:
    """The first count of something in `text` that is not money, a year, a percentage, a date or a duration."""
    lexicon = _lexicon(lang)
    for figure in figures:
        if figure.start in money_figures or not _countable(text, tokens, figure, lexicon):
            continue
        unit = _unit(text, figure, lexicon)
        if unit is None:
            continue
        return Quantity(value=figure.value, unit=unit)
    return None


def _countable(text: str, tokens: list[Token], figure: Figure, lexicon: _Lexicon) -> bool:
    if figure.ordinal or figure.hyphenated or figure.abbreviated:
        return False
    if figure.value <= 1 and not figure.scaled:
        return False  # "one of the", "un programa": an article more often than a count
    if figure.plain_integer and 1900 <= figure.value <= 2100:
        return False
    if _PERCENT.match(text, figure.end):
        return False
    before = tokens[figure.first - 1].lower if figure.first > 0 else ""
    after = tokens[figure.last + 1].lower if figure.last + 1 < len(tokens) else ""
    if before in lexicon.months or after in lexicon.months:
        return False  # a day of a month
    if after == "de" and figure.last + 2 < len(tokens) and tokens[figure.last + 2].lower in lexicon.months:
        return False
    if before in lexicon.units.CODE_WORDS or (before == "(" and figure.first > 1 and tokens[figure.first - 2].is_word):
        return False
    return True


def _unit(text: str, figure: Figure, lexicon: _Lexicon) -> str | None:
    """The noun phrase that says what was counted, canonical when known; None when it is not a count."""
    units = lexicon.units
    words: list[str] = []
    for raw in text[figure.end:].split()[: _MAX_UNIT_WORDS + 3]:
        word = raw.strip(_PUNCTUATION)
        lowered = word.lower()
        if not word:
            break
        if not words and lowered in units.NOT_COUNTED:
            return None
        if lowered in units.UNIT_STOPWORDS:
            if lowered in ("of", "de") and words and words[-1].lower() in units.MEASURE_HEADS:
                words.append(word)
                if raw[-1] in _PUNCTUATION:
                    break
                continue
            break
        if any(c.isdigit() for c in word) and not any(c.isalpha() for c in word):
            break
        words.append(word)
        if raw[-1] in _PUNCTUATION or len(words) >= _MAX_UNIT_WORDS:
            break
    while words and words[-1].lower() in ("of", "de"):
        words.pop()
    phrase = " ".join(words)
    if lexicon.canonical_pattern is not None:
        found = lexicon.canonical_pattern.search(phrase) or (
            lexicon.canonical_pattern.search(text) if figure.scaled and not phrase else None)
        if found:
            return units.CANONICAL_UNITS[found.group(1).lower()]
    if not phrase:
        return "" if figure.scaled else None
    return phrase
