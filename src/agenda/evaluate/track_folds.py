"""Link models fitted without each gold document, so that `agenda eval track` can score out of sample."""

# The shipped link model was fitted on the whole developers' gold set, so scoring it on that set
# is in-sample. Here the documents are split into groups; each group's documents are linked by a
# model fitted, as the shipped one is (gold statements and the analyzer's, labelled by span
# overlap), on the other groups only. What comes out estimates the figures on unseen documents.


from __future__ import annotations

from collections.abc import Callable

import numpy as np

from agenda.evaluate.fit_link import DEFAULT_L2, fit_model, pair_table
from agenda.evaluate.gold_links import GoldSet
from agenda.model import Document, Statement
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions
from agenda.track.scoring import LinkModel


def document_folds(gold: GoldSet, folds: int, seed: int = 0) -> list[list[str]]:
    """The gold documents in `folds` groups of nearly equal size, shuffled by `seed`."""
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    documents = sorted(d.id for d in gold.documents)
    if folds > len(documents):
        raise ValueError(f"{folds} folds for {len(documents)} documents")
    np.random.default_rng(seed).shuffle(documents)
    return [documents[k::folds] for k in range(folds)]


def models_without(gold: GoldSet, groups: list[list[str]], options: LinkOptions | None = None,
                   analyzer: Callable[[Document], list[Statement]] | None = None,
                   l2: float = DEFAULT_L2) -> dict[str, LinkModel]:
    """For each gold document, the link model fitted on the documents of the other groups."""
    index = CommitmentIndex(gold.agenda.commitments)
    table = pair_table(gold, index, options)
    if analyzer is not None:
        table = pair_table(gold, index, options, analyzer=analyzer, table=table)
    models: dict[str, LinkModel] = {}
    for held in groups:
        kept = set(held)
        train = np.array([r for r, doc in enumerate(table.document) if doc not in kept], dtype=int)
        model = fit_model(table, train, l2)
        models.update(dict.fromkeys(held, model))
    return models
