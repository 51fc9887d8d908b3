"""Where a document speaks of other countries: features of a sentence's surroundings, in any language."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache

from agenda.analyze.lang import language_data
from agenda.analyze.lexicon import compile_phrases
from agenda.analyze.party_names import country_aliases

# How far around a sentence (in characters, each side) a mention of cooperation still sets its topic: about a
# paragraph, so that a report on a treaty's commitments keeps its topic over the sentences that follow its title.
_WINDOW = 500
# A document has a home country when one country is named in this many paragraphs and in more than any other (a
# speaker's own country); in a short text, or one whose partner fills a single paragraph, every country is a partner.
_HOME_MIN_PARAGRAPHS = 3
_LINE_BREAK = re.compile(r"\n")


@dataclass(frozen=True)
class _Gazetteer:
    uncased: re.Pattern[str]
    cased: re.Pattern[str]
    codes: dict[str, str]


@cache
def _gazetteer(lang: str | None) -> _Gazetteer:
    """Country names, demonyms and capitals of the language; names that are also common words only as cased."""
    data_lang = lang if lang in ("en", "es") else "en"
    codes = country_aliases(data_lang)
    cased = language_data(data_lang, "countries").CASED_NAMES
    folded = {name.lower() for name in cased}
    return _Gazetteer(compile_phrases([alias for alias in codes if alias not in folded], case_sensitive=False),
                      compile_phrases([name for name in cased if name.lower() in codes], case_sensitive=True),
                      codes)


def country_mentions(text: str, lang: str | None) -> list[tuple[int, str]]:
    """(offset, ISO code) of every country named in `text`, in order."""
    gazetteer = _gazetteer(lang)
    found = [(m.start(), gazetteer.codes[m.group(0).lower()]) for pattern in (gazetteer.uncased, gazetteer.cased)
             for m in pattern.finditer(text) if m.group(0).lower() in gazetteer.codes]
    return sorted(found)


@dataclass(frozen=True)
class Neighbourhood:
    """Where one document names countries other than its own, and words of cooperation."""

    home: str | None
    length: int
    country_at: tuple[int, ...]
    foreign_at: tuple[int, ...]
    cooperation_at: tuple[int, ...]

    @classmethod
    def of(cls, text: str, lang: str | None, cooperation: re.Pattern[str]) -> Neighbourhood:
        """Read a document once: its home country is the one it names most (the speaker's own)."""
        mentions = country_mentions(text, lang)
        breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
        paragraphs = {(bisect_left(breaks, at), code) for at, code in mentions}
        ranked = Counter(code for _, code in paragraphs).most_common(2)
        home = None
        if ranked and ranked[0][1] >= _HOME_MIN_PARAGRAPHS and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            home = ranked[0][0]
        return cls(home, len(text), tuple(at for at, _ in mentions), tuple(at for at, code in mentions if code != home),
                   tuple(m.start() for m in cooperation.finditer(text.lower())))

    def flags(self, start: int, end: int) -> set[str]:
        """Whether the sentence start:end names a foreign country, and what its surroundings leave unsaid.

        Only absence is flagged, and only where there are surroundings to read: a sentence alone (a
        one-line document) is judged by itself, as before.
        """
        found = set()
        if _any_in(self.foreign_at, start, end):
            found.add("foreign_country")
        elif _any_in(self.country_at, start, end):
            found.add("home_country_only")
        if min(start, _WINDOW) + min(self.length - end, _WINDOW) < _WINDOW:
            return found
        for name, offsets in (("no_foreign_near", self.foreign_at), ("no_cooperation_near", self.cooperation_at)):
            if not (_any_in(offsets, start - _WINDOW, start) or _any_in(offsets, end, end + _WINDOW)):
                found.add(name)
        return found


def _any_in(offsets: tuple[int, ...], low: int, high: int) -> bool:
    i = bisect_left(offsets, low)
    return i < len(offsets) and offsets[i] < high


def with_neighbourhood(features: set[str], flags: set[str]) -> set[str]:
    """Add the neighbourhood flags and their products with the sentence's tense and layout."""
    combined = features | flags
    for flag in flags:
        for other in ("forward", "done", "transcript", "government_subject"):
            if other in features:
                combined.add(f"{flag}_x_{other}")
    said_here = "foreign_country" in flags or features & {"countries", "cooperation", "regions"}
    if not said_here and {"no_foreign_near", "no_cooperation_near"} <= flags:
        # Nothing international in or around the sentence: in a long transcript, a domestic matter.
        combined.add("no_international")
    return combined
