"""Fitting the link model on a gold set, with document-grouped cross-validation to report honestly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from agenda.evaluate.gold_links import GoldSet, GoldStatement
from agenda.evaluate.track import overlaps
from agenda.model import Document, Statement, StatementType
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions, prepare_document
from agenda.track.scoring import LinkModel, fit_logistic

# The L2 penalty of the shipped link model, chosen by `agenda eval track --cross-validate`: a strong
# penalty gave the best final-status accuracy on documents the model had not seen (see README).
DEFAULT_L2 = 1000.0


@dataclass
class PairTable:
    """Every (statement, commitment) pair the linker would score, with its gold label."""

    features: list[np.ndarray] = field(default_factory=list)
    labels: list[np.ndarray] = field(default_factory=list)
    statement_type: list[StatementType] = field(default_factory=list)
    document: list[str] = field(default_factory=list)
    gold_count: dict[str, int] = field(default_factory=dict)
    valid: list[np.ndarray] = field(default_factory=list)


def pair_table(gold: GoldSet, index: CommitmentIndex, options: LinkOptions | None = None,
               analyzer: Callable[[Document], list[Statement]] | None = None,
               table: PairTable | None = None) -> PairTable:
    """Features of the gold statements (oracle extraction) against the gold agenda.

    With `analyzer`, the statements are the analyzer's instead, each labelled with the refs of
    the gold statement its span overlaps (none when it overlaps none): the sentences a real
    extractor also yields (asides in transcripts, new pledges) teach the model what not to link.
    """
    options = options or LinkOptions()
    table = table or PairTable()
    for document in gold.documents_in_date_order():
        labelled = gold.statements.get(document.id, [])
        table.gold_count[document.id] = sum(len(g.refs) for g in labelled)
        if analyzer is None:
            statements, refs_of = [g.statement for g in labelled], [set(g.refs) for g in labelled]
        else:
            statements = analyzer(document)
            refs_of = [_overlapping_refs(s, labelled) for s in statements]
        prepared = prepare_document(statements, index, document.title, options, text=document.text)
        if prepared is None:
            continue
        for row, k in enumerate(prepared.chosen):
            table.features.append(prepared.features[row])
            table.labels.append(np.array([1.0 if c.id in refs_of[k] else 0.0 for c in index.commitments]))
            table.valid.append(prepared.valid[row])
            table.statement_type.append(statements[k].type)
            table.document.append(document.id)
    return table


def _overlapping_refs(statement: Statement, labelled: list[GoldStatement]) -> set[str]:
    for g in labelled:
        if overlaps(statement.start, statement.end, g.statement.start, g.statement.end):
            return set(g.refs)
    return set()


def fit_model(table: PairTable, rows: np.ndarray | None = None, l2: float = DEFAULT_L2) -> LinkModel:
    """One logistic regression per statement type over the valid pairs of the chosen rows."""
    rows = np.arange(len(table.features)) if rows is None else rows
    models = {}
    for statement_type in (StatementType.PROGRESS, StatementType.COMMITMENT):
        x, y = [], []
        for r in rows:
            if table.statement_type[r] != statement_type:
                continue
            mask = table.valid[r]
            x.append(table.features[r][mask])
            y.append(table.labels[r][mask])
        labels = np.concatenate(y) if y else np.zeros(0)
        if not labels.any():
            raise ValueError(f"no linked {statement_type} statement to fit the link model on "
                             "(too few labelled documents, or too many folds)")
        models[statement_type] = fit_logistic(np.vstack(x), labels, l2=l2)
    return LinkModel(progress=models[StatementType.PROGRESS], commitment=models[StatementType.COMMITMENT])


def cross_validated_probabilities(table: PairTable, folds: int = 3, seed: int = 0,
                                  l2: float = DEFAULT_L2) -> list[np.ndarray]:
    """Each row's probabilities from a model fitted without its document (grouped k-fold)."""
    documents = sorted(set(table.document))
    rng = np.random.default_rng(seed)
    rng.shuffle(documents)
    probabilities: list[np.ndarray] = [np.zeros(0)] * len(table.features)
    for fold in range(folds):
        held = set(documents[fold::folds])
        train = np.array([r for r, d in enumerate(table.document) if d not in held])
        model = fit_model(table, train, l2)
        for r, d in enumerate(table.document):
            if d in held:
                logistic = model.for_type(table.statement_type[r])
                probabilities[r] = np.where(table.valid[r], logistic.probability(table.features[r]), 0.0)
    return probabilities


def decide(probabilities: np.ndarray, valid: np.ndarray, threshold: float, options: LinkOptions) -> list[int]:
    """The commitments (positions) linked for one statement, as the linker decides."""
    order = [j for j in np.argsort(-probabilities) if valid[j]]
    picked: list[int] = []
    if not order:
        return picked
    best = probabilities[order[0]]
    for j in order[:options.max_links]:
        if probabilities[j] < threshold or (picked and probabilities[j] < options.extra_ratio * best):
            break
        picked.append(int(j))
    return picked


def pair_scores(table: PairTable, probabilities: list[np.ndarray], options: LinkOptions,
                statement_type: StatementType | None = None) -> tuple[float, float, float]:
    """Precision, recall, F1 of the decided links against the gold refs (of one type or all)."""
    tp = fp = 0
    for r, p in enumerate(probabilities):
        if statement_type is not None and table.statement_type[r] != statement_type:
            continue
        threshold = options.threshold(table.statement_type[r])
        for j in decide(p, table.valid[r], threshold, options):
            if table.labels[r][j]:
                tp += 1
            else:
                fp += 1
    total = sum(int(lbl.sum()) for r, lbl in enumerate(table.labels)
                if statement_type is None or table.statement_type[r] == statement_type)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
