"""Narrowing a long transcript sentence to the self-contained clause that holds its statement."""

from __future__ import annotations

import re
from functools import cache

from agenda.analyze.lang import language_data

# Spoken sentences longer than this run several thoughts together; written ones are left whole.
LONG_SPOKEN_SENTENCE = 300


@cache
def _break(lang: str | None) -> re.Pattern[str]:
    return re.compile(language_data(lang, "cues").CLAUSE_BREAK)


def clause_end(sentence: str, cue_at: int, lang: str | None) -> int:
    """Length of the sentence up to the first clause break after the cue (the whole sentence if none)."""
    match = _break(lang).search(sentence, cue_at)
    return match.start() if match else len(sentence)
