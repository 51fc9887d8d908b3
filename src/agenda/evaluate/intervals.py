"""How sure a link F1 is: bootstrap intervals over documents, resampled within each language."""

# Links are not independent draws: one fact sheet can hold sixty of them, all right or all wrong
# for the same reason. So the unit resampled is the document (a cluster bootstrap), and each
# language's documents are resampled among themselves, so that every round keeps as many Spanish
# documents as the gold set has. The Spanish–English difference is taken within each round, which
# is what "Spanish evidence linked as well as English" asks: an interval of the difference that
# holds zero says the gold set cannot tell the two apart. Final-status accuracy is a share of
# commitments, and its interval resamples them.


from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import numpy as np

ROUNDS = 2000
LEVEL = 0.95


class _Counted(Protocol):
    tp: int
    fp: int
    fn: int


def f1_intervals(by_document: Mapping[str, Mapping[str, _Counted]], languages: Mapping[str, str | None],
                 rounds: int = ROUNDS, level: float = LEVEL, seed: int = 0) -> dict[str, Any]:
    """Percentile intervals of F1 for "all" and each "lang:X" key, and of each language's
    difference from the language with the most documents.

    `by_document` holds each document's tp/fp/fn per key; `languages` each document's language
    (documents without a link or a gold link count too: they are drawn and add nothing).
    """
    documents = sorted(languages)
    keys = sorted({key for counts in by_document.values() for key in counts} | {"all"})
    table = np.zeros((len(documents), len(keys), 3))
    for d, doc in enumerate(documents):
        for k, key in enumerate(keys):
            counted = by_document.get(doc, {}).get(key)
            if counted is not None:
                table[d, k] = (counted.tp, counted.fp, counted.fn)
    sums = _resampled_sums(table, [languages[doc] for doc in documents], rounds, seed)
    f1 = _f1(sums)
    point = _f1(table.sum(axis=0)[None])[0]
    tail = (1 - level) / 2 * 100
    out: dict[str, Any] = {"rounds": rounds, "level": level,
                           "f1": {key: _bounds(f1[:, k], tail) for k, key in enumerate(keys)}}
    by_language = [k for k, key in enumerate(keys) if key.startswith("lang:")]
    if len(by_language) >= 2:
        counts = {keys[k]: sum(1 for doc in documents if f"lang:{languages[doc]}" == keys[k]) for k in by_language}
        reference = max(by_language, key=lambda k: (counts[keys[k]], keys[k]))
        out["difference"] = {
            f"{keys[k]} - {keys[reference]}": {"value": round(float(point[k] - point[reference]), 3),
                                               "interval": _bounds(f1[:, k] - f1[:, reference], tail)}
            for k in by_language if k != reference}
    return out


def share_interval(outcomes: Sequence[bool], rounds: int = ROUNDS, level: float = LEVEL,
                   seed: int = 0) -> list[float] | None:
    """A percentile interval of the share of true outcomes (one per commitment: its final status
    right or not), the outcomes resampled with replacement; None without outcomes."""
    if not outcomes:
        return None
    drawn = np.random.default_rng(seed).integers(0, len(outcomes), size=(rounds, len(outcomes)))
    shares = np.asarray(outcomes, dtype=float)[drawn].mean(axis=1)
    return _bounds(shares, (1 - level) / 2 * 100)


def _resampled_sums(table: np.ndarray, languages: list[str | None], rounds: int, seed: int) -> np.ndarray:
    """rounds × keys × (tp, fp, fn): each language's documents drawn with replacement, summed."""
    generator = np.random.default_rng(seed)
    sums = np.zeros((rounds, *table.shape[1:]))
    for language in sorted(set(languages), key=str):
        members = np.array([d for d, lang in enumerate(languages) if lang == language])
        drawn = generator.integers(0, len(members), size=(rounds, len(members)))
        sums += table[members[drawn]].sum(axis=1)
    return sums


def _f1(sums: np.ndarray) -> np.ndarray:
    tp, fp, fn = sums[..., 0], sums[..., 1], sums[..., 2]
    denominator = 2 * tp + fp + fn
    return np.divide(2 * tp, denominator, out=np.zeros_like(tp, dtype=float), where=denominator > 0)


def _bounds(values: np.ndarray, tail: float) -> list[float]:
    low, high = np.percentile(values, [tail, 100 - tail])
    return [round(float(low), 3), round(float(high), 3)]
