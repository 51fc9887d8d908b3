"""What kind of action a statement is about and its subject (pillar), by weighted cue lexicons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from agenda.analyze.lang import language_data
from agenda.model import Kind, Pillar

_SUBJECT_FOCUS = 0.6
_ACTION_SPAN = 60  # characters after the predicate's start that hold its verb and object
_ACTION_FOCUS = 2.0
_AMOUNT_BONUS = 2.0
_SETTING_FOCUS = 0.3
_PRIOR_WEIGHT = 1.5


@dataclass(frozen=True)
class _Scorer:
    cues: tuple[tuple[str, int, re.Pattern[str]], ...]
    order: tuple[str, ...]
    setting: re.Pattern[str] | None = None


def _compile(table: dict[str, dict[int, tuple[str, ...]]], order: tuple[str, ...],
             setting: str | None = None) -> _Scorer:
    cues = tuple(
        (label, weight, re.compile("|".join(patterns).lower()))
        for label, by_weight in table.items()
        for weight, patterns in by_weight.items()
    )
    return _Scorer(cues, order, re.compile(setting + r"$") if setting else None)


@cache
def _kind_scorer(lang: str) -> _Scorer:
    data = language_data(lang, "kinds")
    return _compile(data.KIND_CUES, data.KIND_ORDER, data.SETTING)


@cache
def _pillar_scorer(lang: str) -> _Scorer:
    data = language_data(lang, "pillars")
    return _compile(data.PILLAR_CUES, data.PILLAR_ORDER)


def _scores(sentence: str, scorer: _Scorer, predicate: int | None = None) -> dict[str, float]:
    scores: dict[str, float] = {}
    length = max(len(sentence), 1)
    lowered = sentence.lower()  # faster than case-insensitive patterns
    for label, weight, pattern in scorer.cues:
        for match in pattern.finditer(lowered):
            focus = _focus(match.start(), length, predicate)
            if scorer.setting is not None and scorer.setting.search(lowered, max(0, match.start() - 40), match.start()):
                focus *= _SETTING_FOCUS  # "at the Summit", "during the meeting": where, not what
            scores[label] = scores.get(label, 0.0) + weight * focus
    return scores


def _focus(position: int, length: int, predicate: int | None) -> float:
    """How much a cue at `position` tells about the action: most right after the predicate (its verb and
    object), less in the subject or far in the sentence; without a predicate, earlier counts more."""
    if predicate is None:
        return 1.5 - position / length
    if position < predicate:
        return _SUBJECT_FOCUS
    if position - predicate <= _ACTION_SPAN:
        return _ACTION_FOCUS
    return 1.0


def _best(scores: dict[str, float], order: tuple[str, ...], default: str) -> str:
    if not scores:
        return default
    return max(scores, key=lambda label: (scores[label], -order.index(label)))


def classify_kind(sentence: str, lang: str, has_amount: bool = False, predicate: int | None = None) -> Kind:
    """The kind of action of `sentence`; money named for it leans towards funding. `predicate` (a character
    offset) focuses on the words of the action."""
    scores = _scores(sentence, _kind_scorer(lang), predicate)
    if has_amount:
        scores["funding"] = scores.get("funding", 0.0) + _AMOUNT_BONUS
    return Kind(_best(scores, _kind_scorer(lang).order, "program"))


def pillar_scores(sentence: str, lang: str) -> dict[str, float]:
    """Cue scores of each pillar in `sentence` (earlier words weigh more)."""
    return _scores(sentence, _pillar_scorer(lang))


def classify_pillar(sentence: str, lang: str, prior: dict[str, float] | None = None) -> Pillar:
    """The subject of `sentence` among the pillars, with an optional prior (the document's topic) added to its
    cue scores; "other" when nothing points anywhere."""
    scores = pillar_scores(sentence, lang)
    for label, share in (prior or {}).items():
        scores[label] = scores.get(label, 0.0) + _PRIOR_WEIGHT * share
    return Pillar(_best(scores, _pillar_scorer(lang).order, "other"))
