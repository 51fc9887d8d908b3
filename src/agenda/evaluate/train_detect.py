"""Training the statement detector's linear model on a gold set, with cross-validation by document.

Run `python -m agenda.evaluate.train_detect [--gold DIR] [--write]`: it prints the cross-validated
figures (each document scored by a model that never saw it) and, with --write, stores the weights
trained on every document in `agenda/analyze/detector_weights.py`.
"""

from __future__ import annotations

import argparse
import pprint
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from agenda.analyze.also import second_commitment_start
from agenda.analyze.detect import LABELS, Candidate, Model, candidates, classify, probabilities
from agenda.evaluate.extract import Extractor, overlaps_enough, score_extraction
from agenda.evaluate.extract_report import format_report
from agenda.evaluate.gold import GoldSet, ScoredStatement, find_gold_folder, load_gold
from agenda.model import Document, Slots, Statement, StatementType

Weights = dict[str, dict[str, float]]
Thresholds = dict[str, dict[str, float]]
_GRID = [round(0.1 + 0.05 * i, 2) for i in range(14)]
_L2 = 10.0
# Thresholds whose held-out F1 is this close to the best are as good; the highest of them is taken, since the
# shipped model (trained on every document) is surer of itself than the held-out models.
_F1_TOLERANCE = 0.003
_WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "analyze" / "detector_weights.py"


@dataclass
class Example:
    doc: str
    features: frozenset[str]
    label: int


def examples(gold: GoldSet) -> list[Example]:
    """Every prefiltered candidate sentence of the gold documents, labelled by the gold statement it matches."""
    found: list[Example] = []
    for document in gold.documents:
        expected = [g for g in gold.statements.get(document.id, []) if g.role == 0]
        for candidate in candidates(document.text, document.lang):
            unit = ScoredStatement(doc=document.id, lang=document.lang or "en", type=StatementType.COMMITMENT,
                                   start=candidate.sentence.start, end=candidate.sentence.end, slots=Slots())
            label = 0
            best = 0
            for g in expected:
                overlap = min(unit.end, g.end) - max(unit.start, g.start)
                if overlaps_enough(unit, g) and overlap > best:
                    best, label = overlap, LABELS.index(str(g.type))
            found.append(Example(document.id, candidate.features, label))
    return found


_LEXICAL = ("w:", "first:")
_MIN_DOCUMENTS = 3


def fit(batch: list[Example], l2: float = 1.0, steps: int = 400, rate: float = 0.1) -> Weights:
    """Multinomial logistic regression (softmax) with L2, full-batch Adam; sparse weights as dicts.

    Word features enter only when seen in at least three documents, so that no single text is memorised.
    """
    documents: dict[str, set[str]] = {}
    for e in batch:
        for name in e.features:
            documents.setdefault(name, set()).add(e.doc)
    vocabulary = sorted(name for name, docs in documents.items()
                        if not name.startswith(_LEXICAL) or len(docs) >= _MIN_DOCUMENTS)
    index = {name: i for i, name in enumerate(vocabulary)}
    rows: list[int] = []
    cols: list[int] = []
    for row, example in enumerate(batch):
        active = [index[name] for name in example.features if name in index]
        rows += [row] * (len(active) + 1)
        cols += [*active, len(vocabulary)]
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(batch), len(vocabulary) + 1))
    xt = x.T.tocsr()
    y = np.zeros((len(batch), len(LABELS)))
    y[np.arange(len(batch)), [e.label for e in batch]] = 1.0
    w = np.zeros((x.shape[1], len(LABELS)))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    penalty = np.full((x.shape[1], 1), l2 / len(batch))
    penalty[-1] = 0.0
    for step in range(1, steps + 1):
        scores = x @ w
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = xt @ (probs - y) / len(batch) + penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    weights: Weights = {}
    for k, label in enumerate(LABELS):
        table = {name: round(float(w[i, k]), 4) for name, i in index.items() if abs(w[i, k]) >= 5e-3}
        table["bias"] = round(float(w[-1, k]), 4)
        weights[label] = dict(sorted(table.items()))
    return weights


def cross_validated_models(gold: GoldSet, batch: list[Example], folds: int | None, l2: float) -> dict[str, Weights]:
    """For each document, a model trained without it (leave-one-document-out, or k folds by document)."""
    doc_ids = [d.id for d in gold.documents]
    groups = [[d] for d in doc_ids] if not folds else [doc_ids[i::folds] for i in range(folds)]
    models: dict[str, Weights] = {}
    for group in groups:
        held = set(group)
        weights = fit([e for e in batch if e.doc not in held], l2=l2)
        for doc_id in group:
            models[doc_id] = weights
    return models


def cached_detector(gold: GoldSet, models: dict[str, Weights]) -> Callable[[Thresholds], Extractor]:
    """Extractors under any thresholds, reusing each document's candidates and held-out probabilities."""
    cache: dict[str, list[tuple[Candidate, list[float]]]] = {}
    for document in gold.documents:
        model = Model(models[document.id])
        cache[document.id] = [(c, probabilities(c.features, model)) for c in candidates(document.text, document.lang)]

    def with_thresholds(thresholds: Thresholds) -> Extractor:
        model = Model({}, thresholds)

        def extract(document: Document) -> list[Statement]:
            found = []
            for candidate, probs in cache[document.id]:
                kind, confidence = classify(candidate, probs, document.lang, model)
                if kind is not None:
                    # A second commitment in the sentence is an `also` entry, as `analyze_document` makes it.
                    split = second_commitment_start(candidate.text, document.lang) if kind == "commitment" else None
                    found.append(Statement(doc=document.id, start=candidate.sentence.start,
                                           end=candidate.sentence.end, text=candidate.text, type=kind,
                                           confidence=confidence, lang=document.lang,
                                           also=[] if split is None else [Slots()]))
            return found
        return extract
    return with_thresholds


def tune_thresholds(gold: GoldSet, extractor_for: Callable[[Thresholds], Extractor]) -> Thresholds:
    """Per language and type, the probability threshold that maximises the cross-validated F1."""
    thresholds: Thresholds = {lang: {"commitment": 0.5, "progress": 0.5}
                              for lang in sorted({d.lang or "en" for d in gold.documents})}
    for _ in range(2):
        for lang, table in thresholds.items():
            for kind in ("commitment", "progress"):
                curve = []
                for value in _GRID:
                    table[kind] = value
                    curve.append((score_extraction(gold, extractor_for(thresholds)).scores[lang].counts[kind].f1,
                                  value))
                top = max(f1 for f1, _ in curve)
                table[kind] = max(value for f1, value in curve if f1 >= top - _F1_TOLERANCE)
    return thresholds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None, help="gold folder (default ../shared/eval)")
    parser.add_argument("--folds", type=int, default=None, help="k folds by document (default: leave one out)")
    parser.add_argument("--l2", type=float, default=_L2)
    parser.add_argument("--write", action="store_true", help="store the weights trained on all documents")
    parser.add_argument("--errors", action="store_true", help="list the cross-validated errors per document")
    args = parser.parse_args(argv)
    gold = load_gold(find_gold_folder(args.gold))
    batch = examples(gold)
    print(f"{len(batch)} candidate sentences, by label: "
          + ", ".join(f"{label} {sum(e.label == k for e in batch)}" for k, label in enumerate(LABELS)))
    models = cross_validated_models(gold, batch, args.folds, args.l2)
    extractor_for = cached_detector(gold, models)
    thresholds = tune_thresholds(gold, extractor_for)
    print(f"thresholds chosen on the held-out probabilities: {thresholds}")
    report = score_extraction(gold, extractor_for(thresholds))
    print("cross-validated by document (detection only; slots are not filled here):")
    print(format_report(report, with_errors=args.errors, with_slots=False))
    if args.write:
        weights = fit(batch, l2=args.l2)
        _WEIGHTS_FILE.write_text(
            '"""Weights of the statement detector\'s linear model (written by '
            '`python -m agenda.evaluate.train_detect --write`)."""\n\n'
            f"WEIGHTS: dict[str, dict[str, float]] = {pprint.pformat(weights, width=110, sort_dicts=False)}\n\n"
            f"THRESHOLDS: dict[str, dict[str, float]] = {pprint.pformat(thresholds, width=80)}\n",
            encoding="utf-8")
        print(f"wrote {_WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
