"""Deciding which sentences are commitments, progress reports or neither: cue features and a linear model."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from agenda.analyze.detector_weights import WEIGHTS
from agenda.analyze.features import cue_set, lead_in_flags, may_be_statement, sentence_features
from agenda.analyze.sentences import Sentence, segment
from agenda.model import StatementType

LABELS = ("none", "commitment", "progress")


@dataclass(frozen=True)
class Candidate:
    """A sentence that passed the cheap prefilter, with its features."""

    sentence: Sentence
    text: str
    features: frozenset[str]


@dataclass(frozen=True)
class Detection:
    """A sentence recognised as a statement, with the model's confidence."""

    sentence: Sentence
    text: str
    type: StatementType
    confidence: float
    features: frozenset[str]


def candidates(text: str, lang: str | None) -> Iterator[Candidate]:
    """Sentences of `text` that may be statements, with their features (lead-in of lists included)."""
    cues = cue_set(lang)
    lead_in: frozenset[str] = frozenset()
    for sentence in segment(text, lang):
        sentence_text = text[sentence.start:sentence.end]
        lowered = sentence_text.lower()
        if not sentence.list_item and not sentence.heading:
            lead_in = lead_in_flags(lowered, cues) if sentence_text.endswith(":") else frozenset()
        if not may_be_statement(lowered, sentence, cues):
            continue
        features = sentence_features(sentence_text, lowered, sentence, cues,
                                     lead_in if sentence.list_item else frozenset())
        yield Candidate(sentence, sentence_text, frozenset(features))


def probabilities(features: frozenset[str], weights: dict[str, dict[str, float]] | None = None) -> list[float]:
    """Softmax probabilities of LABELS for a feature set under a linear model."""
    model = WEIGHTS if weights is None else weights
    scores = []
    for label in LABELS:
        table = model.get(label, {})
        scores.append(table.get("bias", 0.0) + sum(table.get(name, 0.0) for name in features))
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def classify(features: frozenset[str], weights: dict[str, dict[str, float]] | None = None
             ) -> tuple[StatementType | None, float]:
    """The most probable statement type (None for neither) and its probability."""
    probs = probabilities(features, weights)
    best = max(range(len(LABELS)), key=probs.__getitem__)
    if best == 0:
        return None, probs[0]
    return StatementType(LABELS[best]), probs[best]


def detect(text: str, lang: str | None, weights: dict[str, dict[str, float]] | None = None) -> list[Detection]:
    """Every commitment and progress statement among the sentences of `text`."""
    found: list[Detection] = []
    for candidate in candidates(text, lang):
        statement_type, confidence = classify(candidate.features, weights)
        if statement_type is not None:
            found.append(Detection(candidate.sentence, candidate.text, statement_type, confidence,
                                   candidate.features))
    return found
