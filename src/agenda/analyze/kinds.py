"""What kind of action a statement is about and its subject (pillar), by weighted cue lexicons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from agenda.analyze.lang import language_data
from agenda.model import Kind, Pillar


@dataclass(frozen=True)
class _Scorer:
    cues: tuple[tuple[str, int, re.Pattern[str]], ...]
    order: tuple[str, ...]


def _compile(table: dict[str, dict[int, tuple[str, ...]]], order: tuple[str, ...]) -> _Scorer:
    cues = tuple(
        (label, weight, re.compile("|".join(patterns).lower()))
        for label, by_weight in table.items()
        for weight, patterns in by_weight.items()
    )
    return _Scorer(cues, order)


@cache
def _kind_scorer(lang: str) -> _Scorer:
    data = language_data(lang, "kinds")
    return _compile(data.KIND_CUES, data.KIND_ORDER)


@cache
def _pillar_scorer(lang: str) -> _Scorer:
    data = language_data(lang, "pillars")
    return _compile(data.PILLAR_CUES, data.PILLAR_ORDER)


def _scores(sentence: str, scorer: _Scorer) -> dict[str, float]:
    scores: dict[str, float] = {}
    length = max(len(sentence), 1)
    lowered = sentence.lower()  # faster than case-insensitive patterns
    for label, weight, pattern in scorer.cues:
        for match in pattern.finditer(lowered):
            # what comes first in a sentence is more often its action and topic than what follows
            scores[label] = scores.get(label, 0.0) + weight * (1.5 - match.start() / length)
    return scores


def _best(scores: dict[str, float], order: tuple[str, ...], default: str) -> str:
    if not scores:
        return default
    return max(scores, key=lambda label: (scores[label], -order.index(label)))


def classify_kind(sentence: str, lang: str, has_amount: bool = False) -> Kind:
    """The kind of action of `sentence`; money named for it leans towards funding."""
    scores = _scores(sentence, _kind_scorer(lang))
    if has_amount:
        scores["funding"] = scores.get("funding", 0.0) + 2.0
    return Kind(_best(scores, _kind_scorer(lang).order, "program"))


def classify_pillar(sentence: str, lang: str) -> Pillar:
    """The subject of `sentence` among the pillars; "other" when no cue is found."""
    return Pillar(_best(_scores(sentence, _pillar_scorer(lang)), _pillar_scorer(lang).order, "other"))
