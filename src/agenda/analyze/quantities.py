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
_PUNCTUATION = ",;:.!?()[]\"“”‘’'"
# Written-out numbers below this ("two delegations", "three goals") are weaker candidates than a
# figure in digits or with a scale word in the same sentence.
_SMALL_WORD_COUNT = 20
# A figure this large that ends its sentence is a count even with no unit (a table row "Mexico | 4,049,000").
_BARE_COUNT = 10000


@dataclass(frozen=True)
class _Lexicon:
    units: ModuleType
    months: frozenset[str]
    currencies: frozenset[str]
    canonical_pattern: re.Pattern[str] | None


@cache
def _lexicon(lang: str) -> _Lexicon:
    units = language_data(lang, "units")
    months = frozenset(language_data(lang, "dates").MONTHS)
    currencies = frozenset(name for name in language_data(lang, "currencies").CURRENCY_NAMES if " " not in name)
    heads = sorted(units.CANONICAL_UNITS, key=len, reverse=True)
    canonical = re.compile(r"(?<!\w)(" + "|".join(re.escape(h) for h in heads) + r")(?!\w)", re.IGNORECASE) \
        if heads else None
    return _Lexicon(units, months, currencies, canonical)


def find_quantity(text: str, lang: str, tokens: list[Token], figures: list[Figure],
                  money_figures: set[int]) -> Quantity | None:
    """The count of something in `text` that is not money, a year, a percentage, a date or a duration: the
    first written in digits or with a scale word and followed by what it counts; else the first such figure
    whose unit is only implied ("nearly three million, ..."); else the first written out."""
    lexicon = _lexicon(lang)
    implied: Quantity | None = None
    fallback: Quantity | None = None
    code_end = -1
    range_end = -1
    for index, figure in enumerate(figures):
        if code_end >= 0 and text[code_end:figure.start].strip() in ("and", "or", ",", "y", "o"):
            code_end = figure.end  # "Executive Orders 14017 and 14001"
            continue
        code_end = figure.end if _labelled(text, figure, lexicon) else -1
        if figure.start in money_figures or not _countable(text, tokens, figure, lexicon):
            continue
        if _range_start(text, figure, figures[index + 1:], lexicon):
            range_end = figures[index + 1].start
            continue  # "from 14 to 72": the count is where it ends, what it counts said before
        unit = _unit(text, figure, lexicon)
        if unit is None and figure.start == range_end and not _names_its_unit(text, figure):
            unit = ""
        if unit is None:
            continue
        before = _word_before(text, figure, lexicon)
        if before in lexicon.units.DETAIL_MARKERS or before in lexicon.units.OFFENCE_WORDS:
            continue  # "including 40 firms", "smuggling of 70 rifles": a part, or what a crime was done to
        quantity = Quantity(value=figure.value, unit=unit)
        if figure.words and not figure.scaled and figure.value < _SMALL_WORD_COUNT:
            fallback = fallback or quantity
            continue
        if not _names_its_unit(text, figure):
            implied = implied or quantity
            continue
        return quantity
    return implied or fallback


def _names_its_unit(text: str, figure: Figure) -> bool:
    """Whether words follow the figure before any punctuation (what it counts), not a comma or the end."""
    rest = text[figure.end:].lstrip()
    return bool(rest) and rest[0].isalpha()


def _range_start(text: str, figure: Figure, later: list[Figure], lexicon: _Lexicon) -> bool:
    """Whether a figure opens a range "from N to M" ("de N a M") whose end follows."""
    before = text[max(0, figure.start - 12):figure.start].split()
    if not later or not before or before[-1].lower() not in lexicon.units.RANGE_FROM:
        return False
    between = text[figure.end:later[0].start].strip().lower()
    return between in lexicon.units.RANGE_TO


def _word_before(text: str, figure: Figure, lexicon: _Lexicon) -> str:
    """The word before a figure, past qualifiers such as "more than" or "a total of"."""
    words = [w.strip(_PUNCTUATION).lower() for w in text[max(0, figure.start - 40):figure.start].split()]
    while words and words[-1] in lexicon.units.APPROXIMATIONS:
        words.pop()
    return words[-1] if words else ""


def _labelled(text: str, figure: Figure, lexicon: _Lexicon) -> bool:
    """Whether a figure is a label or code ("Executive Order 14059", "Title 42")."""
    words = text[max(0, figure.start - 20):figure.start].split()
    return bool(words) and words[-1].strip(_PUNCTUATION).lower() in lexicon.units.CODE_WORDS


def _countable(text: str, tokens: list[Token], figure: Figure, lexicon: _Lexicon) -> bool:
    units = lexicon.units
    if figure.ordinal or figure.hyphenated or figure.abbreviated:
        return False
    if figure.value <= 1 and not figure.scaled:
        return False  # "one of the", "un programa": an article more often than a count
    if figure.plain_integer and 1900 <= figure.value <= 2100:
        return False
    if _PERCENT.match(text, figure.end) or text[figure.end:figure.end + 1] == "+":
        return False
    before = _word_before(text, figure, lexicon)  # "the more than 82,000 cases" is read as "the 82,000 cases"
    after = tokens[figure.last + 1].lower if figure.last + 1 < len(tokens) else ""
    if before in lexicon.months or after in lexicon.months:
        return False  # a day of a month
    if after == "de" and figure.last + 2 < len(tokens) and tokens[figure.last + 2].lower in lexicon.months:
        return False
    if before in units.CODE_WORDS or _labelled(text, figure, lexicon):
        return False
    # "the two delegations", "Peru's five regions": known things, not a count
    return figure.scaled or (before not in units.DEFINITE and not before.endswith(("'s", "’s")))


def _unit(text: str, figure: Figure, lexicon: _Lexicon) -> str | None:
    """The noun phrase that says what was counted, canonical when known; None when it is not a count."""
    units = lexicon.units
    words: list[str] = []
    comma_at = -1
    for raw in text[figure.end:].split()[: _MAX_UNIT_WORDS + 3]:
        if raw[0] in "([" or any(c.isdigit() for c in raw) or not any(c.isalpha() for c in raw):
            break
        word = raw.strip(_PUNCTUATION)
        lowered = word.lower()
        if not word:
            break
        if not words and lowered in units.SKIPPED_ADJECTIVES:
            continue
        if words and units.VERB_SHAPE and re.fullmatch(units.VERB_SHAPE, lowered):
            break  # "twelve states adopted ...": the unit ends before the verb
        if lowered in units.UNIT_STOPWORDS:
            if lowered in ("of", "de") and words and words[-1].lower() in units.MEASURE_HEADS:
                words.append(word)
                continue
            break
        words.append(word)
        if raw[-1] == ",":
            comma_at = text.find(raw, figure.end) + len(raw)
        if raw[-1] in _PUNCTUATION or len(words) >= _MAX_UNIT_WORDS:
            break
    while words and words[-1].lower() in ("of", "de"):
        words.pop()
    heads = {words[-1].lower()} if words else set()
    if comma_at >= 0:
        heads.add(_list_head(text, comma_at, units))  # "900 academic, business and union leaders"
    if words and (words[0].lower() in units.NOT_COUNTED or heads & units.NOT_COUNTED
                  or words[0].lower() in lexicon.currencies):
        return None
    phrase = " ".join(words)
    if lexicon.canonical_pattern is not None:
        found = lexicon.canonical_pattern.search(phrase) or (
            lexicon.canonical_pattern.search(text) if figure.scaled and not phrase else None)
        if found:
            return units.CANONICAL_UNITS[found.group(1).lower()]
    if not phrase:
        at_end = not text[figure.end:].strip(_PUNCTUATION + " ")
        return "" if figure.scaled or (figure.value >= _BARE_COUNT and at_end) else None
    return phrase


_LIST_REST = re.compile(r"(?:\s*[^\W\d]+(?:[\s-]+[^\W\d]+)?\s*,)*\s*[^\W\d]+(?:[\s-]+[^\W\d]+)?,?\s+(?:and|or|y|o|e)\s+"
                        r"((?:[^\W\d]+[\s-]+){0,3}[^\W\d]+)")


def _list_head(text: str, position: int, units: ModuleType) -> str:
    """The noun that a list of modifiers after a figure ends with: "leaders" in "business, government and civil
    society leaders" ("" when no such list follows)."""
    match = _LIST_REST.match(text, position)
    if not match:
        return ""
    head = ""
    for word in match.group(1).split():
        if word.lower() in units.UNIT_STOPWORDS:
            break
        head = word.lower()
    return head
