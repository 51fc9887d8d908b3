"""Linking statements to the commitments they are evidence for, with a stance and a score."""

# `link_document` is the pure entry point for one document's statements (in document order);
# `link_statement` links a lone statement. Both need a `CommitmentIndex` (commitments embedded
# once) and take a `LinkOptions` with the thresholds. Statements that pass a cheap prefilter
# are embedded in one batch per document.


from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

import numpy as np

from agenda.model import Kind, Link, Statement, StatementType
from agenda.track.event_time import latest_time_named
from agenda.track.features import (
    FEATURES,
    DocumentSignals,
    add_to_neighbourhood,
    coverage,
    document_features,
    keyword_weights,
    link_distributions,
    may_name,
    mix_subject,
    names_a_party,
    party_counts,
    statement_terms,
)
from agenda.track.index import CommitmentIndex
from agenda.track.partners import another_partnership
from agenda.track.precedence import closer_child, due_meetings_first, older_children_first
from agenda.track.scoring import LinkModel
from agenda.track.sections import section_headings
from agenda.track.stance import money_stage, stance_of
from agenda.track.text import keyword_pairs, names, years_named

# Kept for callers of the walking skeleton: the default threshold of a progress report.
LINK_THRESHOLD = 0.08
# The kinds of progress report that are never progress on a kind of commitment: an operation
# (arrests, convictions, seizures), money or a case is not news of a meeting or of a working group
# at work; a delivery, a rule or money is not an enforcement operation. (No progress ref of the
# gold set crosses these.)
NOT_PROGRESS_ON: dict[Kind, frozenset[Kind]] = {
    Kind.DIALOGUE: frozenset({Kind.OPERATION, Kind.FUNDING, Kind.CASE}),
    Kind.OPERATION: frozenset({Kind.DELIVERY, Kind.POLICY, Kind.FUNDING}),
}


@dataclass(frozen=True)
class LinkOptions:
    """The thresholds of linking; every number here is documented in the README.

    A statement is linked to its best commitment when the model's probability reaches the
    threshold for its type; further commitments are linked to a progress report too when they reach
    the threshold and at least `extra_ratio` of the best probability (up to `max_links`), to a
    commitment sentence when they reach `commitment_extra_ratio` of it (None: never). A commitment
    sentence's likeliest narrower commitment under its best one takes the second place when it reaches
    the threshold and `child_ratio` of the best probability and shares more keywords with it. Commitment
    sentences that stay below their threshold but above `suggest_threshold` are offered to a
    reviewer as possible re-announcements. A commitment sentence in the same language as a
    commitment re-announces it only when it shares a keyword or a name with it or reaches
    `restate_min_similarity`: the document's subject alone does not make a new pledge in it an old one
    (in the commitment's own announcing document it may).
    A statement dated more than `meeting_grace_days` after a one-off meeting's due date (or the
    first report that it was held) is not evidence for it unless it names that year or an earlier one.
    A progress report dated within `due_meeting_days` of a one-off meeting's due date gets, for that
    meeting, at least the probability of the meeting's broader commitments.
    The document's subject is first estimated from a cheap score of each statement; once the model
    has scored every pair, it is estimated again from the model's probabilities, and that estimate
    weighs `subject_from_model` in the final one (0: the first estimate alone). The neighbourhood
    signal, likewise, gains `neighbourhood_from_model` times the neighbours' probabilities.
    """

    progress_threshold: float = LINK_THRESHOLD
    commitment_threshold: float = 0.12
    extra_ratio: float = 0.75
    commitment_extra_ratio: float | None = None
    max_links: int = 2
    child_ratio: float = 0.5
    suggest_threshold: float = 0.05
    restate_min_similarity: float = 0.4
    meeting_grace_days: int = 180
    due_meeting_days: int = 30
    min_keyword_weight: float = 1.0
    require_parties: bool = True
    subject_from_model: float = 0.4
    neighbourhood_from_model: float = 0.2

    def extra_ratio_for(self, statement_type: StatementType) -> float | None:
        """The share of the best probability a further link needs (None: no further link)."""
        return self.extra_ratio if statement_type == StatementType.PROGRESS else self.commitment_extra_ratio

    def threshold(self, statement_type: StatementType) -> float:
        if statement_type == StatementType.PROGRESS:
            return self.progress_threshold
        return self.commitment_threshold

    @classmethod
    def from_env(cls) -> LinkOptions:
        """Defaults, overridden by AGENDA_LINK_THRESHOLD (both types) or the per-type variables."""
        options = cls()
        both = os.environ.get("AGENDA_LINK_THRESHOLD")
        if both:
            options = replace(options, progress_threshold=float(both), commitment_threshold=float(both))
        for name, attribute in (("AGENDA_LINK_PROGRESS_THRESHOLD", "progress_threshold"),
                                ("AGENDA_LINK_COMMITMENT_THRESHOLD", "commitment_threshold")):
            if os.environ.get(name):
                options = replace(options, **{attribute: float(os.environ[name])})
        return options


@dataclass
class LinkResult:
    """What the linker decided for one statement: its links, and the nearest miss."""

    statement: Statement
    links: list[Link] = field(default_factory=list)
    nearest: Link | None = None
    examined: bool = False


@cache
def default_model() -> LinkModel:
    from agenda.track.weights import LINK_MODEL

    return LinkModel.from_json(LINK_MODEL)


def link_statement(statement: Statement, index: CommitmentIndex,
                   options: LinkOptions | None = None) -> list[Link]:
    """The commitments a lone statement is evidence for, best first (no document context)."""
    return link_document([statement], index, options=options)[0]


def link_document(statements: Sequence[Statement], index: CommitmentIndex, title: str | None = None,
                  options: LinkOptions | None = None, text: str | None = None) -> list[list[Link]]:
    """The links of each statement of one document (same order as `statements`)."""
    return [r.links for r in link_document_detailed(statements, index, title, options, text=text)]


def link_document_detailed(statements: Sequence[Statement], index: CommitmentIndex,
                           title: str | None = None, options: LinkOptions | None = None,
                           title_actors: list[str] | None = None, model: LinkModel | None = None,
                           text: str | None = None) -> list[LinkResult]:
    """Links plus the nearest below-threshold candidate of every statement of a document.

    `text`, the document's whole text, lets the linker count the parties it names outside
    the statements too.
    """
    options = options or LinkOptions()
    results = [LinkResult(s) for s in statements]
    prepared = prepare_document(statements, index, title, options, title_actors, text)
    if prepared is None:
        return results
    model = model or default_model()
    if options.subject_from_model > 0 or options.neighbourhood_from_model > 0:
        _second_pass(prepared, [statements[k] for k in prepared.chosen], model, options)
    for row, k in enumerate(prepared.chosen):
        results[k] = _decide(statements[k], prepared.features[row], prepared.valid[row], index, model, options)
    return results


@dataclass
class PreparedDocument:
    """The statements that passed the prefilter (their positions) and their pair features."""

    chosen: list[int]
    features: np.ndarray
    valid: np.ndarray


@dataclass
class _Gate:
    chosen: list[int]
    counts: Counter[str]
    valid: np.ndarray
    title: str
    doc_date: date | None


def _gate(statements: Sequence[Statement], index: CommitmentIndex, title: str | None, options: LinkOptions,
          title_actors: list[str] | None, text: str | None) -> _Gate | None:
    """Which statements of a document are worth embedding, and which commitments are possible."""
    if not statements or not len(index):
        return None
    if options.require_parties and text is not None and not title_actors and _lacks_a_core_party(
            text, statements[0].lang, index):
        return None  # the cheap answer to the test below, for most documents of a general corpus
    counts = party_counts(list(statements), title_actors, text)
    if options.require_parties and counts and any(counts.get(p, 0) == 0 for p in index.core_parties):
        return None  # the document does not name the parties the agenda is about
    doc_date = _document_date(statements)
    valid_commitments = index.valid_on(doc_date)
    if options.require_parties and counts:
        # A document that names parties but not a commitment's cannot be about it; one that
        # names none ("both countries") is left to the other signals.
        valid_commitments &= coverage(index, counts) > 0
    if not valid_commitments.any():
        return None
    # The party a document names most (its own government, usually) says little about a sentence.
    home = counts.most_common(1)[0][0] if counts else None
    chosen = [k for k, s in enumerate(statements)
              if _passes_prefilter(s, index, valid_commitments, options, home)]
    if not chosen:
        return None
    # Without a title, the document's first statement stands for it (as a lead sentence does).
    return _Gate(chosen, counts, valid_commitments, title or statements[0].text, doc_date)


def _lacks_a_core_party(text: str, lang: str | None, index: CommitmentIndex) -> bool:
    """The text names some party but certainly not every core party of the agenda."""
    return any(not may_name(text, lang, p) for p in index.core_parties) and names_a_party(text, lang)


def embed_ahead(documents: Sequence[tuple[Sequence[Statement], str | None, str | None]], index: CommitmentIndex,
                options: LinkOptions | None = None) -> int:
    """Embed the statements several documents will need in one batch (the encoder keeps them).

    The model is much faster on one batch of hundreds of sentences than on many batches of a
    few, so a batch pipeline calls this for a chunk of documents before linking each of them.
    `documents` holds (statements, title, text) per document; returns the sentences embedded.
    """
    options = options or LinkOptions()
    texts: list[str] = []
    for statements, title, text in documents:
        gate = _gate(statements, index, title, options, None, text)
        if gate is not None:
            texts += [statements[k].text for k in gate.chosen] + [gate.title]
    if texts:
        index.encoder.encode(texts)
    return len(texts)


def prepare_document(statements: Sequence[Statement], index: CommitmentIndex, title: str | None,
                     options: LinkOptions, title_actors: list[str] | None = None,
                     text: str | None = None) -> PreparedDocument | None:
    """Prefilter, embed (one batch) and compute the features of one document's statements."""
    gate = _gate(statements, index, title, options, title_actors, text)
    if gate is None:
        return None
    picked = [statements[k] for k in gate.chosen]
    vectors = index.encoder.encode([s.text for s in picked] + [gate.title])  # one batch per document
    signals = DocumentSignals(doc=statements[0].doc, title_vector=vectors[-1], title_names=names(gate.title),
                              party_counts=gate.counts,
                              headings=section_headings(text, [s.start for s in picked], skip=title))
    valid = np.tile(gate.valid, (len(picked), 1))
    for row, statement in enumerate(picked):
        if statement.doc_date is not None and statement.doc_date != gate.doc_date:
            valid[row] &= index.valid_on(statement.doc_date)
        valid[row] &= ~index.meetings_long_past(statement.doc_date, years_named(statement.text),
                                                options.meeting_grace_days)
        if statement.type == StatementType.PROGRESS:
            valid[row] &= ~index.scheduled_in(statement.doc, statement.doc_date)
            valid[row] &= ~index.announced_elsewhere_on(statement.doc, statement.doc_date)
    features = document_features(index, picked, vectors[:len(picked)], valid, signals)
    return PreparedDocument(gate.chosen, features, valid)


def _second_pass(prepared: PreparedDocument, picked: list[Statement], model: LinkModel,
                 options: LinkOptions) -> None:
    """Estimate the document's subject and the neighbourhood again from the model's probabilities,
    which weigh keywords, phrases, sections and figures that the first-pass score leaves out (in place)."""
    probability = np.zeros(prepared.valid.shape)
    for row, statement in enumerate(picked):
        probability[row] = np.where(prepared.valid[row],
                                    model.for_type(statement.type).probability(prepared.features[row]), 0.0)
    mix_subject(prepared.features, link_distributions(probability), options.subject_from_model)
    add_to_neighbourhood(prepared.features, probability, prepared.valid, options.neighbourhood_from_model)


def _document_date(statements: Sequence[Statement]) -> date | None:
    dates = [s.doc_date for s in statements if s.doc_date is not None]
    return min(dates) if dates else None


def _passes_prefilter(statement: Statement, index: CommitmentIndex, valid: np.ndarray,
                      options: LinkOptions, home: str | None = None) -> bool:
    """Worth embedding: it names a party of a commitment still possible (other than the party
    the document names most), or shares a name or enough keyword weight with one. (The
    document already names the agenda's parties, or names none.)

    Sentences in another language than the commitments cannot share keywords, so they pass.
    """
    if statement.lang not in (None, "en"):
        return True
    others = set(statement.slots.actors) - {home}
    if others and (index.party_matrix[valid] @ index.party_vector(others)).any():
        return True
    words, found, _ = statement_terms(statement.text)
    if any(valid[index.name_postings[t]].any() for t in found if t in index.name_postings):
        return True
    # In units of the rarest word's weight: 1.0 is one word found in a single commitment.
    needed = options.min_keyword_weight * index.rarest_keyword_idf
    return bool((np.where(valid, keyword_weights(index, words), 0.0) >= needed).any())


def _decide(statement: Statement, features: np.ndarray, valid: np.ndarray, index: CommitmentIndex,
            model: LinkModel, options: LinkOptions) -> LinkResult:
    logistic = model.for_type(statement.type)
    probability = np.where(valid, logistic.probability(features), 0.0)
    if statement.type == StatementType.COMMITMENT:
        probability = np.where(_shares_its_own_words(features, options), probability, 0.0)
    if statement.type == StatementType.PROGRESS:
        ruled_out = [str(kind) for kind, reports in NOT_PROGRESS_ON.items() if statement.slots.kind in reports]
        if ruled_out:
            probability = np.where(np.isin(index.kind_codes, ruled_out), 0.0, probability)
        named = latest_time_named(statement.text, statement.lang)
        if named is not None:
            probability = np.where(index.valid_on(named), probability, 0.0)
        others = another_partnership(statement, index, np.flatnonzero(probability >= options.suggest_threshold))
        if others:
            probability = probability.copy()
            probability[others] = 0.0
        threshold = options.threshold(statement.type)
        probability = due_meetings_first(probability, statement, index, valid, threshold, options.due_meeting_days)
        probability = older_children_first(probability, statement, index, valid, threshold)
    order = [j for j in np.argsort(-probability) if valid[j]]
    result = LinkResult(statement, examined=True)
    if not order:
        return result
    threshold = options.threshold(statement.type)
    best = probability[order[0]]
    extra_ratio = options.extra_ratio_for(statement.type)
    for j in order[:options.max_links]:
        p = float(probability[j])
        if p < threshold or (j != order[0] and (extra_ratio is None or p < extra_ratio * best)):
            break
        result.links.append(_make_link(statement, index, j, p, features[j]))
    if statement.type == StatementType.COMMITMENT and result.links and options.max_links >= 2 and options.child_ratio:
        child = closer_child(probability, features[:, _COLUMN["lex"]], index, valid, order[0], threshold,
                             options.child_ratio)
        if child is not None and index.commitments[child].id not in {link.commitment_id for link in result.links}:
            result.links[1:] = [_make_link(statement, index, child, float(probability[child]), features[child])]
    if not result.links and best >= options.suggest_threshold:
        j = order[0]
        result.nearest = _make_link(statement, index, j, float(best), features[j])
    return result


_COLUMN = {name: i for i, name in enumerate(FEATURES)}


def _shares_its_own_words(features: np.ndarray, options: LinkOptions) -> np.ndarray:
    """Which commitments a commitment sentence itself resembles (keywords, names, meaning), cannot
    share words with (another language), or was announced by (a declaration's own sentences spell out
    what it promises in other words than the agenda's summary of it)."""
    return ((features[:, _COLUMN["lex"]] > 0) | (features[:, _COLUMN["name"]] > 0)
            | (features[:, _COLUMN["sim"]] >= options.restate_min_similarity)
            | (features[:, _COLUMN["crosslingual"]] > 0) | (features[:, _COLUMN["source"]] > 0))


def explain(statement: Statement, index: CommitmentIndex, j: int, row: np.ndarray) -> list[str]:
    """Why a statement was linked to commitment j, in words a reviewer can check."""
    value = dict(zip(FEATURES, row, strict=True))
    words, found, _ = statement_terms(statement.text, statement.lang)
    reasons = []
    shared_names = sorted(found & index.name_sets[j])
    if shared_names:
        reasons.append("names: " + ", ".join(shared_names[:4]))
    shared_words = sorted(words & index.keyword_sets[j], key=lambda w: -index.keyword_idf.get(w, 0.0))
    if shared_words:
        reasons.append("keywords: " + ", ".join(shared_words[:5]))
    shared_phrases = sorted(keyword_pairs(statement.text, statement.lang) & index.pair_sets[j],
                            key=lambda p: -index.pair_idf.get(p, 0.0))
    if shared_phrases:
        reasons.append("phrases: " + ", ".join(p.replace("+", " ") for p in shared_phrases[:3]))
    reasons.append(f"similarity {value['sim']:.2f}" + (" across languages" if value["crosslingual"] else ""))
    if value["figure"]:
        reasons.append("same figure")
    if value["prior_share"] >= 0.8:
        reasons.append("main subject of the document")
    if value["title_name"] > 0:
        reasons.append("named in the title")
    if value["section_narrower"] > 0:
        reasons.append("its words head the section")
    if value["source"]:
        reasons.append("document that announced it")
    if value["pillar"]:
        reasons.append(f"same pillar ({index.commitments[j].pillar})")
    return reasons


def _make_link(statement: Statement, index: CommitmentIndex, j: int, probability: float, row: np.ndarray) -> Link:
    commitment = index.commitments[j]
    return Link(commitment.id, stance_of(statement, commitment, probability), round(probability, 3),
                explain(statement, index, j, row), money_stage(statement))
