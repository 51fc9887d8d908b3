"""Rules that put a narrower commitment before, or beside, a broader one that the link model prefers."""

# The first two rules raise a narrower commitment that already reaches the link threshold to just
# above the broader commitment it competes with (the series a meeting belongs to, the framework a
# case falls under), so that it comes first; the broader one may still be linked beside it. The
# third links a re-announcement's closest narrower commitment beside the broader one it went to.

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from agenda.model import Statement
from agenda.track.index import CommitmentIndex


def due_meetings_first(probability: np.ndarray, statement: Statement, index: CommitmentIndex, valid: np.ndarray,
                       threshold: float, due_meeting_days: int) -> np.ndarray:
    """A report of a meeting due within `due_meeting_days` of its date is that meeting's report: the
    meeting gets at least the probability of its broader commitments (the series, the framework)
    and comes before them."""
    due_now = index.meetings_due_near(statement.doc_date, due_meeting_days)
    candidates = np.flatnonzero(due_now & valid & (probability >= threshold))
    return _ahead_of(probability, candidates, lambda j: index.ancestors[j])


def older_children_first(probability: np.ndarray, statement: Statement, index: CommitmentIndex,
                         valid: np.ndarray, threshold: float) -> np.ndarray:
    """In the document that announces a broad commitment, a report that reaches the threshold for one
    of its children announced earlier is that child's report: the broad commitment is only being
    made there, the older child is what has had time to move (a trade office's statement that opens a
    labour programme reports the vote its earlier case led to). The child gets at least the broad
    one's probability and comes before it."""
    announced_here = index.sources == statement.doc
    if not announced_here.any():
        return probability
    candidates = np.flatnonzero(valid & (probability >= threshold))
    return _ahead_of(probability, candidates, lambda j: [
        a for a in index.ancestors[j] if announced_here[a] and index.announced[a] > index.announced[j]])


def closer_child(probability: np.ndarray, keyword_overlap: np.ndarray, index: CommitmentIndex,
                 valid: np.ndarray, best: int, threshold: float, ratio: float) -> int | None:
    """The narrower commitment a re-announcement of `best` restates too: the likeliest of its
    descendants, when it reaches the threshold and `ratio` of the best's probability and shares more
    keyword weight with the sentence than the best does ("we reaffirm the framework, including the
    laboratories for seized firearms" names the framework and its laboratories child)."""
    descendants = [j for j in np.flatnonzero(valid) if best in index.ancestors[j]]
    if not descendants:
        return None
    child = max(descendants, key=lambda j: probability[j])
    if (probability[child] >= threshold and probability[child] >= ratio * probability[best]
            and keyword_overlap[child] > keyword_overlap[best]):
        return int(child)
    return None


def _ahead_of(probability: np.ndarray, candidates: Iterable[int],
              broader_of: Callable[[int], Iterable[int]]) -> np.ndarray:
    raised = probability
    for j in candidates:
        broader = max((probability[a] for a in broader_of(j)), default=0.0)
        if broader >= raised[j]:
            if raised is probability:
                raised = probability.copy()
            raised[j] = min(broader + 1e-6, 1.0)  # ahead of the broader one it ties with
    return raised
