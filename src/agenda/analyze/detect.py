"""Deciding which sentences are commitments, progress reports or neither: cue features and a linear model."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from agenda.analyze.detector_weights import THRESHOLDS, WEIGHTS
from agenda.analyze.features import (
    FORWARD_CUES,
    cue_set,
    document_features,
    features_and_cue,
    lead_in_flags,
    may_be_statement,
)
from agenda.analyze.lang import language_data
from agenda.analyze.neighbourhood import Neighbourhood, with_neighbourhood
from agenda.analyze.sentences import Sentence, segment
from agenda.model import StatementType

LABELS = ("none", "commitment", "progress")


@dataclass(frozen=True)
class Candidate:
    """A sentence that passed the cheap prefilter, with its features."""

    sentence: Sentence
    text: str
    features: frozenset[str]
    cue_at: int = 0  # offset of the first verb cue (0 when none)


@dataclass(frozen=True)
class Detection:
    """A sentence recognised as a statement, with the model's confidence."""

    sentence: Sentence
    text: str
    type: StatementType
    confidence: float
    features: frozenset[str]
    cue_at: int = 0


def candidates(text: str, lang: str | None) -> Iterator[Candidate]:
    """Sentences of `text` that may be statements, with their features (lead-in of lists included)."""
    cues = cue_set(lang)
    lead_in: frozenset[str] = frozenset()
    document_flags = document_features(text, cues)
    neighbourhood = Neighbourhood.of(text, lang, cues.patterns["cooperation"])
    # In a text of one line (a news archive's paragraph) the first line is no title.
    not_layout = frozenset() if "\n" in text.strip() else frozenset({"title_line"})
    for sentence in segment(text, lang):
        sentence_text = text[sentence.start:sentence.end]
        lowered = sentence_text.lower()
        if not sentence.list_item and not sentence.heading:
            lead_in = lead_in_flags(lowered, cues) if sentence_text.endswith(":") else frozenset()
        if not may_be_statement(sentence, sentence_text):
            continue
        found = features_and_cue(sentence_text, lowered, sentence, cues,
                                 lead_in if sentence.list_item else frozenset())
        if found is None:
            continue
        features, cue_at = found
        features = with_neighbourhood(features, neighbourhood.flags(sentence.start, sentence.end))
        features = (features - not_layout) | document_flags
        if "forward" in features:
            features |= {f"forward_x_{flag}" for flag in document_flags}
        if lang != "en":
            # A language-specific copy of each non-lexical feature lets the model correct the shared weights.
            features |= {f"{lang}|{name}" for name in features if ":" not in name}
        yield Candidate(sentence, sentence_text, frozenset(features), cue_at)


@dataclass(frozen=True)
class Model:
    """A linear model over features and, per language and type, the probability a statement needs."""

    weights: dict[str, dict[str, float]]
    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    by_feature: dict[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # One lookup per feature instead of one per feature and label.
        names = {name for table in self.weights.values() for name in table}
        table = {name: tuple(self.weights.get(label, {}).get(name, 0.0) for label in LABELS) for name in names}
        object.__setattr__(self, "by_feature", table)

    def threshold(self, lang: str | None, statement_type: str) -> float:
        table = self.thresholds.get(lang or "en") or self.thresholds.get("en") or {}
        return table.get(statement_type, 0.5)


SHIPPED = Model(WEIGHTS, THRESHOLDS)


def probabilities(features: frozenset[str], model: Model = SHIPPED) -> list[float]:
    """Softmax probabilities of LABELS for a feature set under a linear model."""
    # One running sum per label (none, commitment, progress), over the features in a fixed order:
    # a set's order moves with the process's hash seed, and so would the last digit of a sum of
    # floats (the same text gave 0.42508170346586294 or 0.425081703465863).
    none, commitment, progress = model.by_feature.get("bias", (0.0, 0.0, 0.0))
    for weight_none, weight_commitment, weight_progress in filter(None, map(model.by_feature.get, sorted(features))):
        none += weight_none
        commitment += weight_commitment
        progress += weight_progress
    scores = [none, commitment, progress]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def decide(probs: list[float], lang: str | None, model: Model = SHIPPED) -> tuple[StatementType | None, float]:
    """The likelier statement type when its probability reaches the language's threshold, else None."""
    best = 1 if probs[1] >= probs[2] else 2
    if probs[best] < model.threshold(lang, LABELS[best]):
        return None, probs[0]
    return StatementType(LABELS[best]), probs[best]


_NOT_A_SETBACK_REPORT = frozenset({*FORWARD_CUES, "hedge", "private"})
_STATE_ACTORS = frozenset({"government", "countries", "foreign_country"})


@cache
def _setback_done(lang: str | None) -> re.Pattern[str]:
    return re.compile(language_data(lang, "cues").SETBACK_DONE, re.IGNORECASE)


def reports_a_setback(candidate: Candidate, lang: str | None) -> bool:
    """A sentence that reports a delay, suspension or cancellation by a government or between
    countries, without a hedge or a pledge: a progress report by rule (no learned weight: the gold
    set the model learns from holds no setback)."""
    features = candidate.features
    return (not features & _NOT_A_SETBACK_REPORT and bool(features & _STATE_ACTORS)
            and bool(_setback_done(lang).search(candidate.text)))


def classify(candidate: Candidate, probs: list[float], lang: str | None,
             model: Model = SHIPPED) -> tuple[StatementType | None, float]:
    """The candidate's statement type and confidence: the model's decision, then the setback rule."""
    statement_type, confidence = decide(probs, lang, model)
    if statement_type is None and reports_a_setback(candidate, lang):
        return StatementType.PROGRESS, max(probs[2], model.threshold(lang, "progress"))
    return statement_type, confidence


def detect(text: str, lang: str | None, model: Model = SHIPPED) -> list[Detection]:
    """Every commitment and progress statement among the sentences of `text`."""
    found: list[Detection] = []
    for candidate in candidates(text, lang):
        statement_type, confidence = classify(candidate, probabilities(candidate.features, model), lang, model)
        if statement_type is not None:
            found.append(Detection(candidate.sentence, candidate.text, statement_type, confidence,
                                   candidate.features, candidate.cue_at))
    return found
