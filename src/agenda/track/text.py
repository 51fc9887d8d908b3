"""Text signals for linking: normalised keywords, distinctive names and acronyms, figures."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import pairwise

from agenda.analyze.lang import SUPPORTED, language_data
from agenda.analyze.party_names import country_aliases

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*[A-Z0-9](?:s)?$")
_NUMBER = re.compile(r"\d[\d,.]*")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: 'Económico' and 'economico' compare equal."""
    # Cached: called once per word of every sentence linked, and words repeat.
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _stopwords() -> frozenset[str]:
    words: set[str] = set()
    for lang in SUPPORTED:
        words.update(fold(w) for w in language_data(lang, "stopwords").STOPWORDS)
        words.update(_party_words(lang))
    return frozenset(words)


def _party_words(lang: str) -> set[str]:
    """Words of party names ('mexico', 'united', 'states'): who acts is the actors' slot, not a topic."""
    words: set[str] = set()
    for alias in country_aliases(lang):
        words.update(fold(part) for part in alias.split() if part.isalpha() and len(part) > 2)
    return words


@cache
def _not_names() -> frozenset[str]:
    words: set[str] = set()
    for lang in SUPPORTED:
        words.update(fold(w) for w in language_data(lang, "stopwords").NOT_NAMES)
        words.update(_party_words(lang))
    return frozenset(words)


def stem(word: str) -> str:
    """A light, language-neutral stem: plural and a few common endings off long words."""
    for ending in ("ations", "ation", "ing", "ies", "es", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def keywords(text: str) -> list[str]:
    """Content words of a text, folded and stemmed, in order (stopwords and short words out)."""
    out: list[str] = []
    for token in _WORD.findall(text):
        out += _token_keywords(token)
    return out


_JOINERS = re.compile(r"[-'’]")


def keywords_in_english(text: str, lang: str | None) -> list[str]:
    """`keywords(text)`, and for a text in another language the English keywords its words
    translate to (lang/*/glossary.py): Spanish evidence then shares words with English commitments."""
    out = keywords(text)
    glossary = _glossary(lang or "en")
    if glossary:
        for token in _WORD.findall(text):
            for part in _JOINERS.split(fold(token)):
                out += _translation(part, glossary)
    return out


def keywords_translated(text: str, lang: str | None) -> frozenset[str]:
    """The keywords of a text with each word the glossary translates counted in English only."""
    glossary = _glossary(lang or "en")
    out: set[str] = set()
    for token in _WORD.findall(text):
        english = [k for part in _JOINERS.split(fold(token)) for k in _translation(part, glossary)] if glossary else []
        out.update(english or _token_keywords(token))
    return frozenset(out)


def keyword_pairs(text: str, lang: str | None) -> frozenset[str]:
    """Pairs of neighbouring content words, in either order ("medical+device"), English words of a
    Spanish text included ("dispositivos médicos" gives the same pair): a phrase two texts share
    says more than its two words do apart."""
    glossary = _glossary(lang or "en")
    tokens: list[tuple[str, ...]] = []
    for token in _WORD.findall(text):
        found = _token_keywords(token)
        if glossary:
            found += tuple(k for part in _JOINERS.split(fold(token)) for k in _translation(part, glossary))
        if found:
            tokens.append(found)
    return frozenset("+".join(sorted((a, b))) for left, right in pairwise(tokens)
                     for a in left for b in right if a != b)


def _translation(word: str, glossary: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The English keywords of a folded word, looked up as written, then without a plural ending."""
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form in glossary:
            return glossary[form]
    return ()


@cache
def _glossary(lang: str) -> dict[str, tuple[str, ...]]:
    """Folded words of `lang` and the English keywords they translate to (empty for English)."""
    if lang not in SUPPORTED:
        return {}
    table = language_data(lang, "glossary").TO_ENGLISH
    return {fold(word): tuple(keywords(english)) for word, english in table.items()}


@lru_cache(maxsize=65536)
def _token_keywords(token: str) -> tuple[str, ...]:
    # Cached: most words of a corpus are a few thousand words seen again and again.
    stop = _stopwords()
    return tuple(stem(part) for part in _JOINERS.split(fold(token))
                 if len(part) > 2 and part not in stop and not part.isdigit())


_CONNECTORS = frozenset({"of", "on", "for", "the", "and", "de", "del", "la", "las", "los", "el", "y", "sobre", "para"})


def names(text: str) -> frozenset[str]:
    """Distinctive names: acronyms ('hled', 'rrm') and pairs of adjacent capitalised words
    ('operation southbound', 'los angeles'), folded, so that generic capitalised words
    ('Americas', 'Central') do not count as a named programme or meeting. Punctuation ends a
    name; a lower-case connector inside one ('Declaration on Migration') does not."""
    not_names = _not_names()
    found: set[str] = set()
    previous: str | None = None
    last_end = 0
    for position, match in enumerate(_WORD.finditer(text)):
        token = match.group(0)
        if text[last_end:match.start()].strip():
            previous = None  # punctuation between the words
        last_end = match.end()
        folded = fold(token)
        if not token[0].isupper():
            if folded not in _CONNECTORS:
                previous = None
            continue
        if len(token) < 2:
            previous = None
            continue
        if _ACRONYM.match(token) and not token.isdigit() and folded not in not_names:
            found.add(folded[:-1] if token.endswith("s") and len(token) > 3 else folded)
        if folded in not_names and folded not in _CONNECTORS:
            previous = None
            continue
        if previous is not None:
            found.add(f"{previous} {folded}")
        previous = folded if position > 0 else None  # a sentence's first word is capitalised anyway
    return frozenset(found)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def years_named(text: str) -> list[int]:
    """The years a text names ("in 2021", "the 2022 dialogue")."""
    return [int(year) for year in _YEAR.findall(text)]


def figures(text: str) -> frozenset[float]:
    """Plain numbers written in a text (for matching amounts and counts), ignoring years."""
    values: set[float] = set()
    for match in _NUMBER.findall(text):
        digits = match.rstrip(".,").replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            continue
        if 1900 <= value <= 2100 and value.is_integer():
            continue
        values.add(value)
    return frozenset(values)


def idf_table(documents: Iterable[Iterable[str]]) -> dict[str, float]:
    """Inverse document frequency of each term over a small collection (log(1 + N / df))."""
    sets = [set(doc) for doc in documents]
    frequency: Counter[str] = Counter(term for doc in sets for term in doc)
    total = max(1, len(sets))
    return {term: math.log(1.0 + total / count) for term, count in frequency.items()}


def close_amounts(a: float, b: float, tolerance: float = 0.05) -> bool:
    """Two figures are the same amount when within `tolerance` of each other."""
    return a > 0 and b > 0 and abs(a - b) <= tolerance * max(a, b)


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in language_data(lang, "stopwords").STOPWORDS)


def guess_language(text: str) -> str:
    """'en' or 'es' by which language's function words the text uses more (for short texts)."""
    words = [fold(w) for w in _WORD.findall(text)]
    scores = {lang: sum(1 for w in words if w in _function_words(lang)) for lang in SUPPORTED}
    return max(scores, key=lambda lang: (scores[lang], lang == "en"))

