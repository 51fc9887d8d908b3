"""Deciding whether a sentence is a commitment, a progress report, or neither."""

from __future__ import annotations

import re
from functools import cache

from agenda.analyze.lang import language_data
from agenda.model import StatementType


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = language_data(lang, "cues")
    commitment = re.compile("|".join(cues.HEADLINE_COMMITMENT_CUES), re.IGNORECASE)
    progress = re.compile("|".join(cues.HEADLINE_PROGRESS_CUES), re.IGNORECASE)
    return commitment, progress


def classify_sentence(sentence: str, lang: str) -> tuple[StatementType | None, float]:
    """The statement type of a sentence and a confidence in [0, 1]; (None, 0) when neither."""
    commitment, progress = _patterns(lang)
    if commitment.search(sentence):
        return StatementType.COMMITMENT, 0.6
    if progress.search(sentence):
        return StatementType.PROGRESS, 0.5
    return None, 0.0
