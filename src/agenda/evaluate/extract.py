"""Scoring extracted statements against gold: span+type matching, P/R/F1 by language, slot accuracy."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from agenda.evaluate.gold import GoldSet, ScoredStatement
from agenda.model import Document, Slots, Statement, StatementType

SLOT_NAMES = ("actors", "kind", "pillar", "amount", "quantity", "due")
TYPES = (StatementType.COMMITMENT, StatementType.PROGRESS)
_RELATIVE_TOLERANCE = 0.01
_DUE_TOLERANCE_DAYS = 31

Extractor = Callable[[Document], list[Statement]]


@dataclass
class Counts:
    """Matched, predicted and gold statements of one type."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class Tally:
    """How many matched statements had a slot right, out of how many were scored on it."""

    correct: int = 0
    scored: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.scored if self.scored else 0.0


@dataclass
class Score:
    """The figures of one language (or of all documents together)."""

    documents: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {str(t): Counts() for t in TYPES})
    slots: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in SLOT_NAMES})


@dataclass
class DocumentErrors:
    """What the extractor missed and what it found that the gold set does not hold, in one document."""

    doc: str
    lang: str
    misses: list[ScoredStatement] = field(default_factory=list)
    false_alarms: list[ScoredStatement] = field(default_factory=list)


@dataclass
class ExtractionReport:
    scores: dict[str, Score]
    errors: list[DocumentErrors]
    seconds: float


def as_scored(statements: Iterable[Statement]) -> list[ScoredStatement]:
    """Predicted statements as scoring units, each `also` entry a unit of its own on the same span."""
    units: list[ScoredStatement] = []
    for statement in statements:
        for role, slots in enumerate([statement.slots, *statement.also]):
            units.append(ScoredStatement(
                doc=statement.doc, lang=statement.lang or "en", type=statement.type, start=statement.start,
                end=statement.end, slots=slots, role=role, text=statement.text,
                confidence=statement.confidence))
    return units


def overlaps_enough(a: ScoredStatement, b: ScoredStatement) -> bool:
    """Spans overlap by at least half of the shorter one."""
    overlap = min(a.end, b.end) - max(a.start, b.start)
    shorter = min(a.end - a.start, b.end - b.start)
    return overlap > 0 and 2 * overlap >= shorter


def match(predicted: list[ScoredStatement], gold: list[ScoredStatement]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs of the same type whose spans overlap enough.

    Pairs are taken greedily, closest spans first (overlap over union), the same `also` role first.
    """
    candidates: list[tuple[float, int, int, int]] = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p.type != g.type or not overlaps_enough(p, g):
                continue
            overlap = min(p.end, g.end) - max(p.start, g.start)
            union = max(p.end, g.end) - min(p.start, g.start)
            candidates.append((-overlap / union, abs(p.role - g.role), i, j))
    candidates.sort()
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def slot_results(predicted: Slots, gold: Slots) -> dict[str, bool | None]:
    """Per slot: right, wrong, or None when neither side has a value (amount, quantity, due only)."""
    return {
        "actors": sorted(predicted.actors) == sorted(gold.actors),
        "kind": predicted.kind == gold.kind,
        "pillar": predicted.pillar == gold.pillar,
        "amount": _compare(predicted.amount, gold.amount,
                           lambda p, g: p.currency == g.currency and _close(p.value, g.value)),
        "quantity": _compare(predicted.quantity, gold.quantity, lambda p, g: _close(p.value, g.value)),
        "due": _compare(predicted.due, gold.due, lambda p, g: abs((p - g).days) <= _DUE_TOLERANCE_DAYS),
    }


def _compare(predicted, gold, same) -> bool | None:  # type: ignore[no-untyped-def]
    if predicted is None and gold is None:
        return None
    if predicted is None or gold is None:
        return False
    return bool(same(predicted, gold))


def _close(predicted: float, gold: float) -> bool:
    return abs(predicted - gold) <= _RELATIVE_TOLERANCE * abs(gold)


def score_extraction(gold: GoldSet, extractor: Extractor) -> ExtractionReport:
    """Run `extractor` on every gold document and score it, by language and over all documents."""
    scores: dict[str, Score] = {"all": Score()}
    errors: list[DocumentErrors] = []
    began = time.perf_counter()
    for document in gold.documents:
        lang = document.lang or "en"
        expected = gold.statements.get(document.id, [])
        predicted = as_scored(extractor(document))
        pairs = match(predicted, expected)
        for score in (scores.setdefault(lang, Score()), scores["all"]):
            _add(score, predicted, expected, pairs)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        errors.append(DocumentErrors(
            doc=document.id, lang=lang,
            misses=[g for j, g in enumerate(expected) if j not in matched_g],
            false_alarms=[p for i, p in enumerate(predicted) if i not in matched_p]))
    return ExtractionReport(scores=scores, errors=errors, seconds=time.perf_counter() - began)


def _add(score: Score, predicted: list[ScoredStatement], expected: list[ScoredStatement],
         pairs: list[tuple[int, int]]) -> None:
    score.documents += 1
    for unit in predicted:
        score.counts[str(unit.type)].predicted += 1
    for unit in expected:
        score.counts[str(unit.type)].gold += 1
    for i, j in pairs:
        score.counts[str(expected[j].type)].matched += 1
        for name, result in slot_results(predicted[i].slots, expected[j].slots).items():
            if result is None:
                continue
            score.slots[name].scored += 1
            score.slots[name].correct += int(result)
