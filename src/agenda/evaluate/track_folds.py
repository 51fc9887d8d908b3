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


def document_folds(gold: GoldSet, folds: int, seed: int = 0, stratify: bool = False) -> list[list[str]]:
    """The gold documents in `folds` groups of nearly equal size, shuffled by `seed`; with
    `stratify`, each language is spread evenly over the groups."""
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    if folds > len(gold.documents):
        raise ValueError(f"{folds} folds for {len(gold.documents)} documents")
    rng = np.random.default_rng(seed)
    if not stratify:
        documents = sorted(d.id for d in gold.documents)
        rng.shuffle(documents)
        return [documents[k::folds] for k in range(folds)]
    by_language: dict[str, list[str]] = {}
    for document in sorted(gold.documents, key=lambda d: d.id):
        by_language.setdefault(document.lang or "", []).append(document.id)
    groups: list[list[str]] = [[] for _ in range(folds)]
    dealt = 0
    # The rarest language first, so that the commonest one evens out the groups' sizes.
    for language in sorted(by_language, key=lambda lang: (len(by_language[lang]), lang)):
        documents = by_language[language]
        rng.shuffle(documents)
        for document in documents:
            groups[dealt % folds].append(document)
            dealt += 1
    return groups


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
