"""The words a cue pattern needs: derived from the pattern, and never skipping a sentence it matches."""

from __future__ import annotations

import re

import pytest

from agenda.analyze.features import _CUE_CLASSES
from agenda.analyze.lang import SUPPORTED, language_data
from agenda.analyze.prefilter import WORD, triggers, word_keys


def test_words_of_an_alternation() -> None:
    assert triggers(r"\b(?:held|signed)\b") == {"held", "signed"}
    assert triggers(r"\bcommit(?:s|ted)?\s+to\b") == {"commit", "commits", "committed"}
    assert triggers(r"\b(?:we|they)[’']ll\b|\bg7\b") == {"we", "they", "g"}


def test_the_least_common_word_of_a_phrase_stands_for_it() -> None:
    common = frozenset({"is", "are", "to", "the"})
    assert triggers(r"\b(?:(?:is|are)\s+going\s+to|the (?:region|americas)|will)\b", common) == {
        "going", "region", "americas", "will"}
    # "the" is the only word of "the 2024": it stands for "the past" too
    assert triggers(r"\bthe (?:past|\d+)\b", common) == {"the"}
    assert triggers(r"\bhas (?:been|\w+ed)\b", common) == {"has"}


def test_open_endings_are_prefixes() -> None:
    assert triggers(r"\b(?:launch\w*|fund)\b") == {"launch", "laun*", "fund"}
    assert triggers(r"\bpro\w*") == {"pro*"}


@pytest.mark.parametrize("pattern", [
    r"n[’']t\b",  # no leading word boundary
    r"\b[a-z]{3,}ed\b",  # no word to name
    r"\b(?:\$|usd)",  # a match may start with no letter
    r"\bto\w*",  # too short a prefix to look up
    r"(?i)\bheld\b",  # the sentence's words are read in lower case only
])
def test_unknown_patterns_are_always_searched(pattern: str) -> None:
    assert triggers(pattern) is None


SENTENCES = (
    "The United States will hold a ministerial dialogue with Mexico's government in 2025.",
    "we’ll keep working: the G7 agreed to launch funding; we haven't met since.",
    "El Gobierno de México se compromete a invertir 1.200 millones de pesos con Canadá.",
    "U.S. officials signed an MOU — co-hosted by the Ministry — and reaffirmed ties.",
)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_a_sentence_a_cue_matches_holds_a_needed_word(lang: str) -> None:
    sources = [getattr(language_data(lang, module), name) for module, names in _CUE_CLASSES.items() for name in names]
    sources.append(language_data(lang, "places").COUNTRIES)
    common = language_data(lang, "stopwords").STOPWORDS
    for source in sources:
        needed = triggers(source, common)
        pattern = re.compile(source)
        for sentence in SENTENCES:
            lowered = sentence.lower()
            for start in range(len(lowered)):  # every suffix, so that each match is tried at its own start
                if pattern.match(lowered, start) and needed is not None:
                    assert not needed.isdisjoint(word_keys(WORD.findall(lowered))), (source, lowered[start:])
