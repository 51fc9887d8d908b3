"""Finding a second, separate commitment inside one commitment sentence ("will hold X and will fund Y")."""

from __future__ import annotations

import re
from functools import cache

from agenda.analyze.features import cue_set
from agenda.analyze.lang import language_data

# A second clause shorter than this is a continuation of the first ("and will be"), not a commitment.
_MIN_CLAUSE_CHARS = 25


@cache
def _pattern(lang: str | None) -> re.Pattern[str]:
    return re.compile(language_data(lang, "cues").SECOND_COMMITMENT, re.IGNORECASE)


def second_commitment_start(sentence: str, lang: str | None) -> int | None:
    """Offset in `sentence` where a second commitment clause begins, or None when there is one only."""
    match = _pattern(lang).search(sentence)
    if match is None or match.start() < _MIN_CLAUSE_CHARS or len(sentence) - match.end() < _MIN_CLAUSE_CHARS:
        return None
    first = sentence[:match.start()].lower()
    patterns = cue_set(lang).patterns
    if not any(patterns[name].search(first) for name in ("future", "commit", "intent")):
        return None  # the first clause reports or describes; the sentence holds one commitment only
    return match.start()
