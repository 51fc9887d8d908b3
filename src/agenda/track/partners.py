"""Reports of one party's work with other countries: not evidence for a commitment between other parties."""

# "The United States launched a surge campaign with Colombia and Panama" names one party of a
# U.S.–Mexico–Canada promise to fight smuggling together and two countries outside it: it is news of
# another partnership. A commitment whose own text names those countries (a programme for Central
# America) is not ruled out, nor one with a single party, nor a report that names two of its parties.

from __future__ import annotations

from functools import lru_cache

import numpy as np

from agenda.analyze.actors import MASK, find_mentions
from agenda.model import Statement
from agenda.track.index import CommitmentIndex

# Intergovernmental bodies (code INT) are partners of every party, not another partnership.
_NOT_A_COUNTRY = frozenset({"INT"})


@lru_cache(maxsize=4096)
def countries_named(text: str, lang: str | None) -> frozenset[str]:
    """The codes of the countries (and their agencies and officials) a text names."""
    return frozenset(code for mention in find_mentions(text, lang or "en") if mention.kind != MASK
                     for code in mention.codes) - _NOT_A_COUNTRY


def another_partnership(statement: Statement, index: CommitmentIndex, candidates: np.ndarray) -> list[int]:
    """Which of the `candidates` (commitment positions) the statement reports another partnership for:
    it names a country that is neither a party of the commitment nor named in its text, and at most
    one of the commitment's parties (which must be two or more)."""
    named = countries_named(statement.text, statement.lang)
    if not named:
        return []
    ruled_out = []
    for j in candidates:
        commitment = index.commitments[j]
        parties = set(commitment.parties)
        if len(parties) < 2 or len(named & parties) > 1:
            continue
        if named - parties - countries_named(commitment.text, "en"):
            ruled_out.append(int(j))
    return ruled_out
