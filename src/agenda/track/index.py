"""The commitments a statement may be linked to, prepared once: vectors, keywords, names, tree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from agenda.model import Commitment, Kind
from agenda.track.acronyms import acronym_expansions, spell_out
from agenda.track.embed import DIMENSIONS, Encoder, default_encoder
from agenda.track.stance import is_one_off
from agenda.track.text import figures, guess_language, idf_table, keyword_pairs, keywords_in_english, names


@dataclass
class CommitmentIndex:
    """Commitments embedded once and indexed by keyword and name, for many documents.

    Each commitment is represented by its text and, when known, its source quote (the
    sentence that announced it); a statement is compared with the closer of the two.
    """

    commitments: list[Commitment]
    encoder: Encoder | None = None
    vectors: np.ndarray = field(init=False, repr=False)
    texts: list[str] = field(init=False, repr=False)
    quotes: list[str | None] = field(init=False, repr=False)
    keyword_sets: list[frozenset[str]] = field(init=False, repr=False)
    name_sets: list[frozenset[str]] = field(init=False, repr=False)
    pair_sets: list[frozenset[str]] = field(init=False, repr=False)
    pair_idf: dict[str, float] = field(init=False, repr=False)
    pair_mass: np.ndarray = field(init=False, repr=False)
    pair_postings: dict[str, list[int]] = field(init=False, repr=False)
    # The idf of a term found in one commitment only: the weight of a term no commitment uses.
    rarest_keyword_idf: float = field(init=False, repr=False)
    rarest_pair_idf: float = field(init=False, repr=False)
    due: np.ndarray = field(init=False, repr=False)
    held_on: np.ndarray = field(init=False, repr=False)
    one_off_meeting: np.ndarray = field(init=False, repr=False)
    number_sets: list[frozenset[float]] = field(init=False, repr=False)
    keyword_idf: dict[str, float] = field(init=False, repr=False)
    name_idf: dict[str, float] = field(init=False, repr=False)
    keyword_mass: np.ndarray = field(init=False, repr=False)
    postings: dict[str, list[int]] = field(init=False, repr=False)
    name_postings: dict[str, list[int]] = field(init=False, repr=False)
    pillar_codes: np.ndarray = field(init=False, repr=False)
    kind_codes: np.ndarray = field(init=False, repr=False)
    sources: np.ndarray = field(init=False, repr=False)
    party_names: list[str] = field(init=False, repr=False)
    party_matrix: np.ndarray = field(init=False, repr=False)
    position: dict[str, int] = field(init=False, repr=False)
    children: list[list[int]] = field(init=False, repr=False)
    ancestors: list[list[int]] = field(init=False, repr=False)
    parent_row: np.ndarray = field(init=False, repr=False)
    announced: np.ndarray = field(init=False, repr=False)
    parties: list[frozenset[str]] = field(init=False, repr=False)
    quote_rows: list[int] = field(init=False, repr=False)
    languages: np.ndarray = field(init=False, repr=False)
    core_parties: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.position = {c.id: i for i, c in enumerate(self.commitments)}
        # Every text of the agenda spells out the acronyms one of them spells out ("HLED").
        expansions = acronym_expansions(t for c in self.commitments for t in (c.text, c.quote) if t)
        self.texts = [spell_out(c.text, expansions) for c in self.commitments]
        self.quotes = [spell_out(c.quote, expansions) if c.quote else None for c in self.commitments]
        profiles = [f"{t} {q}" if q else t for t, q in zip(self.texts, self.quotes, strict=True)]
        languages = [guess_language(c.text) for c in self.commitments]
        self.keyword_sets = [frozenset(keywords_in_english(text, lang))
                             for text, lang in zip(profiles, languages, strict=True)]
        self.name_sets = [names(text) for text in profiles]
        self.pair_sets = [keyword_pairs(text, lang) for text, lang in zip(profiles, languages, strict=True)]
        self.pair_idf = idf_table(self.pair_sets)
        self.pair_mass = np.array([sum(self.pair_idf[p] for p in pairs) or 1.0 for pairs in self.pair_sets])
        self.rarest_pair_idf = max(self.pair_idf.values(), default=1.0)
        pair_postings: dict[str, list[int]] = defaultdict(list)
        for i, pairs in enumerate(self.pair_sets):
            for pair in pairs:
                pair_postings[pair].append(i)
        self.pair_postings = dict(pair_postings)
        self.number_sets = [_numbers(c) for c in self.commitments]
        self.keyword_idf = idf_table(self.keyword_sets)
        self.rarest_keyword_idf = max(self.keyword_idf.values(), default=1.0)
        self.name_idf = idf_table(self.name_sets)
        self.keyword_mass = np.array(
            [sum(self.keyword_idf[w] for w in words) or 1.0 for words in self.keyword_sets])
        postings: dict[str, list[int]] = defaultdict(list)
        name_postings: dict[str, list[int]] = defaultdict(list)
        for i, (words, found) in enumerate(zip(self.keyword_sets, self.name_sets, strict=True)):
            for term in words:
                postings[term].append(i)
            for term in found:
                name_postings[term].append(i)
        self.postings = dict(postings)
        self.name_postings = dict(name_postings)
        self.pillar_codes = np.array([str(c.pillar) for c in self.commitments], dtype=object)
        self.kind_codes = np.array([str(c.kind) for c in self.commitments], dtype=object)
        self.party_names = sorted({p for c in self.commitments for p in c.parties})
        self.party_matrix = np.array([[1.0 if p in c.parties else 0.0 for p in self.party_names]
                                      for c in self.commitments]).reshape(len(self.commitments), -1)
        self.children = [[] for _ in self.commitments]
        for i, c in enumerate(self.commitments):
            if c.parent and c.parent in self.position:
                self.children[self.position[c.parent]].append(i)
        self.ancestors = [self._ancestors_of(i) for i in range(len(self.commitments))]
        # A commitment without a parent is its own: comparisons with the parent then give 0.
        self.parent_row = np.array([up[0] if up else i for i, up in enumerate(self.ancestors)], dtype=np.int64)
        self.announced = np.array([c.announced.toordinal() for c in self.commitments], dtype=np.int64)
        self.due = np.array([c.due.toordinal() if c.due else 0 for c in self.commitments], dtype=np.int64)
        self.held_on = np.zeros(len(self.commitments), dtype=np.int64)
        self.one_off_meeting = np.array([c.kind == Kind.DIALOGUE and is_one_off(c) for c in self.commitments],
                                        dtype=bool)
        self.sources = np.array([c.source or "" for c in self.commitments], dtype=object)
        self.parties = [frozenset(c.parties) for c in self.commitments]
        self.languages = np.array(languages, dtype=object)
        # The parties the agenda is about: in at least half of its commitments ("the X-Y agenda").
        share = {p: sum(p in c.parties for c in self.commitments) for p in self.party_names}
        self.core_parties = frozenset(p for p, n in share.items() if n * 2 >= len(self.commitments))
        self.vectors = self._embed()

    def __len__(self) -> int:
        return len(self.commitments)

    def _ancestors_of(self, i: int) -> list[int]:
        found: list[int] = []
        parent = self.commitments[i].parent
        while parent and parent in self.position and self.position[parent] not in found:
            found.append(self.position[parent])
            parent = self.commitments[self.position[parent]].parent
        return found

    def _embed(self) -> np.ndarray:
        """Row i is commitment i's text; rows after len(commitments) are quotes (see quote_rows)."""
        if not self.commitments:
            self.quote_rows = []
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        self.encoder = self.encoder or default_encoder()
        quoted = [(i, q) for i, q in enumerate(self.quotes) if q]
        self.quote_rows = [i for i, _ in quoted]
        return self.encoder.encode(self.texts + [q for _, q in quoted])

    def similarity(self, statement_vectors: np.ndarray) -> np.ndarray:
        """Cosine of each statement with each commitment (the closer of its text and its quote)."""
        n = len(self.commitments)
        sims = statement_vectors @ self.vectors.T
        best = sims[:, :n].copy()
        if self.quote_rows:  # one quote per commitment, so the rows are distinct
            best[:, self.quote_rows] = np.maximum(best[:, self.quote_rows], sims[:, n:])
        return best

    def valid_on(self, when: date | None) -> np.ndarray:
        """Which commitments existed on `when`: evidence cannot predate an announcement."""
        if when is None:
            return np.ones(len(self.commitments), dtype=bool)
        return self.announced <= when.toordinal()

    def scheduled_in(self, doc: str | None, when: date | None) -> np.ndarray:
        """Meetings that `doc` schedules for a later date. A report in that document is about the
        meeting that scheduled them (or an earlier one), never progress on them."""
        if doc is None or when is None:
            return np.zeros(len(self.commitments), dtype=bool)
        return (self.sources == doc) & (self.kind_codes == str(Kind.DIALOGUE)) \
            & (self.due > when.toordinal())

    def announced_elsewhere_on(self, doc: str | None, when: date | None) -> np.ndarray:
        """Commitments announced on `when` by another document than `doc`. A report of that day in
        `doc` covers the announcement (a readout, a communiqué, a transcript), it is not progress."""
        if when is None:
            return np.zeros(len(self.commitments), dtype=bool)
        return (self.announced == when.toordinal()) & (self.sources != (doc or ""))

    def record_held(self, commitment_id: str, when: date) -> None:
        """Note that a one-off meeting was reported held on `when` (the earliest report counts)."""
        j = self.position.get(commitment_id)
        if j is not None and self.one_off_meeting[j] and (not self.held_on[j] or when.toordinal() < self.held_on[j]):
            self.held_on[j] = when.toordinal()

    def meetings_due_near(self, when: date | None, days: int) -> np.ndarray:
        """One-off meetings whose due date is within `days` of `when` (before or after)."""
        if when is None:
            return np.zeros(len(self.commitments), dtype=bool)
        return self.one_off_meeting & (self.due > 0) & (np.abs(when.toordinal() - self.due) <= days)

    def meetings_long_past(self, when: date | None, named_years: Iterable[int], grace_days: int) -> np.ndarray:
        """One-off meetings due (or, without a due date, reported held) more than `grace_days` before
        `when`, whose year is earlier than every year a report names. A meeting reported that late is
        a later one (the next in a series, a follow-up), not the promised one held late or again; a
        report naming the promised year still counts."""
        if when is None:
            return np.zeros(len(self.commitments), dtype=bool)
        reference = np.where(self.due > 0, self.due, self.held_on)
        late = self.one_off_meeting & (reference > 0) & (when.toordinal() - reference > grace_days)
        earliest_named = min(named_years, default=None)
        if earliest_named is not None:
            for j in np.flatnonzero(late):
                late[j] = date.fromordinal(int(reference[j])).year < earliest_named
        return late

    def party_vector(self, actors: list[str] | set[str]) -> np.ndarray:
        return np.array([1.0 if p in actors else 0.0 for p in self.party_names])

    def family_root(self, i: int) -> int:
        return self.ancestors[i][-1] if self.ancestors[i] else i


def _numbers(commitment: Commitment) -> frozenset[float]:
    found = set(figures(commitment.text))
    if commitment.target is not None:
        found.add(float(commitment.target.value))
    return frozenset(found)
