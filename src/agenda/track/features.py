"""What a statement and a commitment share, as numbers: the features the link model weighs."""

# Three levels of evidence are combined. The statement itself (embedding similarity, shared
# keywords, shared names and acronyms, figures, pillar, kind, actors); its neighbours (reports
# and transcripts stay on one subject for several sentences); and the whole document (its
# title, and which commitments its statements lean towards overall: a fact sheet on one
# framework reports many actions under it).


from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from agenda.analyze.lang import SUPPORTED
from agenda.analyze.lexicon import normalize, trie_regex
from agenda.analyze.party_names import actor_aliases
from agenda.model import Statement
from agenda.track.index import CommitmentIndex
from agenda.track.text import close_amounts, figures, keyword_pairs, keywords_in_english, keywords_translated, names

FEATURES = (
    "sim", "lex", "name", "figure", "gap", "local", "local_gap", "prior", "prior_share", "title_sim",
    "title_gap", "title_name", "coverage", "source", "umbrella", "pillar", "kind", "actor", "foreign",
    "crosslingual", "sim_crosslingual", "past_due", "narrower", "section_narrower", "section_gap", "phrase",
)
# How the first-pass score mixes similarity, keywords and names (the prior and the
# neighbourhood are computed from it); softness of the per-statement distribution.
BASE_MIX = (1.0, 0.75, 0.005)
PRIOR_TEMPERATURE = 0.03
# A statement whose best first-pass score is below this leans towards "no commitment": it adds
# little to the document's subject (a transcript's asides should not elect one).
PRIOR_NONE_SCORE = 0.45
NAME_CAP = 6.0
# The document's subject is its sentences' votes divided by their number plus this many
# abstaining ones: a subject needs several sentences behind it (in a three-sentence readout, a new
# pledge beside an old commitment would otherwise make that commitment the subject).
PRIOR_PSEUDO_STATEMENTS = 15.0


@dataclass
class DocumentSignals:
    """The document-level inputs: title vector and names, and which parties it mentions."""

    doc: str | None
    title_vector: np.ndarray | None
    title_names: frozenset[str]
    party_counts: Counter[str]
    # Per statement, the section heading it falls under (None: none; see agenda.track.sections).
    headings: list[str | None] | None = None


@lru_cache(maxsize=8)
def _alias_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    any_case: dict[str, str] = {}
    as_written: dict[str, str] = {}
    for code in _languages(lang):
        uncased, cased = actor_aliases(code)
        any_case.update(uncased)
        as_written.update(cased)
    pattern = _names_regex(any_case, as_written)
    # The trie lets a space match any whitespace and ' match ’: look matches up by their normal form.
    return (re.compile(pattern), {normalize(alias): code for alias, code in any_case.items()},
            {normalize(alias, case_sensitive=True): code for alias, code in as_written.items()})


def _languages(lang: str) -> list[str]:
    """English names always, then the text's language's (which win where both name a party)."""
    return list(dict.fromkeys(["en", lang if lang in SUPPORTED else "en"]))


def party_mentions(text: str, lang: str | None) -> Counter[str]:
    """How often each party is named in a text (as actor or as target: 'help to Mexico' counts)."""
    return Counter(dict(_mentions(text, lang or "en")))


@lru_cache(maxsize=512)
def _mentions(text: str, lang: str) -> tuple[tuple[str, int], ...]:
    # Cached: the same document is examined for every agenda, and once more when embedding ahead.
    pattern, any_case, as_written = _alias_pattern(lang)
    spelled = Counter(m.group(1) for m in pattern.finditer(text))
    counts: Counter[str] = Counter()
    for name, n in spelled.items():  # normalised once per spelling, not once per mention
        code = as_written.get(normalize(name, case_sensitive=True)) or any_case[normalize(name)]
        counts[code] += n
    return tuple(counts.items())


@lru_cache(maxsize=2048)
def may_name(text: str, lang: str | None, party: str) -> bool:
    """Whether `text` names `party`: a search for that party's names alone, which stops at the first
    and scans a text without one faster than counting every party's names (2.3 times, measured).
    Cached: the same document is examined for every agenda, and once more when embedding ahead."""
    return _party_pattern(lang or "en", party).search(text) is not None


@lru_cache(maxsize=512)
def names_a_party(text: str, lang: str | None) -> bool:
    """Whether `text` names any party at all (stops at the first name)."""
    return _alias_pattern(lang or "en")[0].search(text) is not None


@lru_cache(maxsize=64)
def _party_pattern(lang: str, party: str) -> re.Pattern[str]:
    any_case: list[str] = []
    as_written: list[str] = []
    for code in _languages(lang):
        uncased, cased = actor_aliases(code)
        any_case += [alias for alias, iso in uncased.items() if iso == party]
        as_written += [alias for alias, iso in cased.items() if iso == party]
    return re.compile(_names_regex(any_case, as_written))


def _names_regex(any_case: Iterable[str], as_written: Iterable[str]) -> str:
    # A plural ending is allowed: "Estados Unidos Mexicanos" names Mexico as "mexicano" does.
    # A trie of the names, not a plain alternation: Python's regex engine then tries a few
    # branches per character instead of every name (13-20 times faster on a long text). Names
    # that are also words ("US", "Chad", "SEP") match only as written, the others in any case.
    return r"(?<!\w)((?i:" + trie_regex(any_case) + r")|" + trie_regex(as_written) + r")(?:e?s)?(?!\w)"


def party_counts(statements: list[Statement], title_actors: list[str] | None = None,
                 text: str | None = None) -> Counter[str]:
    """How often a document names each party: in its text when given, else in its statements
    (their actor slots and their words); the title's actors count once."""
    counts: Counter[str] = Counter()
    lang = statements[0].lang if statements else None
    if text is not None:
        counts.update(party_mentions(text, lang))
    else:
        for statement in statements:
            counts.update(set(statement.slots.actors) | set(party_mentions(statement.text, statement.lang)))
    counts.update(set(title_actors or []))
    return counts


def coverage(index: CommitmentIndex, counts: Counter[str]) -> np.ndarray:
    """How well a document names a commitment's parties: log(1 + mentions of its second most
    named party). 0 when fewer than two of its parties are named (a bilateral promise needs
    both sides; a 20-country declaration any two of them). A one-party commitment of an agenda
    ("the U.S. will lend doses to Mexico") needs its party and one other party of the agenda."""
    if not counts or not index.party_names:
        # A text naming no party at all ("both countries") is not evidence against.
        return np.full(len(index), np.log1p(1))
    named = np.array([counts.get(p, 0) for p in index.party_names], dtype=float)
    is_party = index.party_matrix > 0
    own = np.sort(np.where(is_party, named, -1.0), axis=1)[:, ::-1]
    n_parties = is_party.sum(axis=1)
    if own.shape[1] > 1:
        second = own[:, 1]
        # A one-party commitment: its partner is the most named other party of the agenda.
        others = np.where(is_party, -1.0, named).max(axis=1)
    else:
        second = others = own[:, 0]
    mentions = np.where(n_parties >= 2, second, np.where(n_parties == 1, others, 1.0))
    return np.log1p(mentions)


@lru_cache(maxsize=16384)
def statement_terms(text: str, lang: str | None = None) -> tuple[frozenset[str], frozenset[str], frozenset[float]]:
    """Keywords (with their English translations), names and plain figures of a sentence
    (computed once per distinct text)."""
    return frozenset(keywords_in_english(text, lang)), names(text), figures(text)


def keyword_weights(index: CommitmentIndex, words: frozenset[str]) -> np.ndarray:
    """Summed idf of the keywords each commitment shares with `words`."""
    weights = np.zeros(len(index))
    for term in words:
        postings = index.postings.get(term)
        if postings:
            weights[postings] += index.keyword_idf[term]
    return weights


def past_due(index: CommitmentIndex, statement: Statement) -> np.ndarray:
    """Years (up to 3) by which the statement's document is later than each commitment's due date."""
    if statement.doc_date is None:
        return np.zeros(len(index))
    days = np.where(index.due > 0, statement.doc_date.toordinal() - index.due, 0)
    return np.clip(days / 365.0, 0.0, 3.0)


def lexical_scores(index: CommitmentIndex, statement: Statement) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keyword overlap, name overlap, figure match.

    The overlap is the shared keywords' idf over the geometric mean of the commitment's idf mass and
    the statement's: as a share of the commitment's mass alone, a two-word commitment fully matched
    every long sentence naming its two words.
    """
    words, found, numbers = statement_terms(statement.text, statement.lang)
    n = len(index)
    lex = keyword_weights(index, words)
    name = np.zeros(n)
    figure = np.zeros(n)
    for term in found:
        postings = index.name_postings.get(term)
        if postings:
            name[postings] += index.name_idf[term]
    amounts = [v for v in (statement.slots.amount, statement.slots.quantity) if v is not None]
    if amounts or numbers:
        for j, known in enumerate(index.number_sets):
            if known and (any(close_amounts(a.value, k) for a in amounts for k in known)
                          or any(v >= 10 and v in known for v in numbers)):
                figure[j] = 1.0
    # A word no commitment uses weighs as the rarest one: it is what the sentence says besides. A
    # Spanish word the glossary translates counts once, in English, not also as itself.
    own_mass = _mass(index.keyword_idf, keywords_translated(statement.text, statement.lang), index.rarest_keyword_idf)
    return lex / np.sqrt(index.keyword_mass * own_mass), np.minimum(name, NAME_CAP), figure


def phrase_scores(index: CommitmentIndex, statement: Statement) -> np.ndarray:
    """The neighbouring-word pairs a statement shares with each commitment, idf-weighted, over the
    geometric mean of both texts' pair mass (a pair no commitment uses weighs as the rarest)."""
    pairs = keyword_pairs(statement.text, statement.lang)
    shared = np.zeros(len(index))
    for pair in pairs:
        postings = index.pair_postings.get(pair)
        if postings:
            shared[postings] += index.pair_idf[pair]
    if not shared.any():
        return shared
    return shared / np.sqrt(index.pair_mass * _mass(index.pair_idf, pairs, index.rarest_pair_idf))


def _mass(idf: dict[str, float], terms: Iterable[str], unknown: float) -> float:
    """Summed idf of a text's terms, a term no commitment uses counting `unknown`."""
    return sum(idf.get(t, unknown) for t in terms) or 1.0


def _softmax(scores: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Each statement's distribution over the commitments and a "none of them" option (dropped)."""
    masked = np.where(valid, scores, -np.inf)
    top = np.maximum(masked.max(axis=1, keepdims=True), PRIOR_NONE_SCORE)
    weights = np.where(valid, np.exp((masked - top) / PRIOR_TEMPERATURE), 0.0)
    none = np.exp((PRIOR_NONE_SCORE - top) / PRIOR_TEMPERATURE)
    return weights / np.maximum(weights.sum(axis=1, keepdims=True) + none, 1e-12)


def document_subject(distributions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The document's subject from each statement's distribution over the commitments: their sum
    over the statements and PRIOR_PSEUDO_STATEMENTS abstaining ones, and that as a share of the
    largest (the features `prior` and `prior_share`)."""
    prior = distributions.sum(axis=0) / (len(distributions) + PRIOR_PSEUDO_STATEMENTS)
    return prior, prior / max(prior.max(), 1e-12)


def link_distributions(probability: np.ndarray) -> np.ndarray:
    """Each statement's link probabilities as a distribution over the commitments: as they are when
    they sum to at most 1 (the rest is "none of them"), else scaled down to sum to 1."""
    return probability / np.maximum(probability.sum(axis=1, keepdims=True), 1.0)


def mix_subject(features: np.ndarray, distributions: np.ndarray, weight: float) -> None:
    """Mix into `features` (in place, `weight` of 1 replacing them) the document's subject
    estimated from `distributions` instead of the first-pass scores."""
    prior, prior_share = document_subject(distributions)
    for column, value in ((FEATURES.index("prior"), prior), (FEATURES.index("prior_share"), prior_share)):
        features[:, :, column] = (1.0 - weight) * features[:, :, column] + weight * value


def add_to_neighbourhood(features: np.ndarray, probability: np.ndarray, valid: np.ndarray, weight: float) -> None:
    """Add to the neighbourhood signal (`local`, and `local_gap` from it) `weight` times the link
    model's probabilities averaged over each statement and its neighbours (in place)."""
    local = features[:, :, FEATURES.index("local")] + weight * _neighbourhood(probability)
    best = np.where(valid, local, -np.inf).max(axis=1, keepdims=True)
    features[:, :, FEATURES.index("local")] = local
    features[:, :, FEATURES.index("local_gap")] = np.where(np.isfinite(best), best, 0.0) - local


def _neighbourhood(base: np.ndarray, width: int = 1) -> np.ndarray:
    out = np.empty_like(base)
    for k in range(len(base)):
        out[k] = base[max(0, k - width):k + width + 1].mean(axis=0)
    return out


def document_features(index: CommitmentIndex, statements: list[Statement], vectors: np.ndarray,
                      valid: np.ndarray, signals: DocumentSignals) -> np.ndarray:
    """Features of every (statement, commitment) pair: shape (statements, commitments, FEATURES).

    `statements` are the document's statements that passed the prefilter, in document
    order; `vectors` their embeddings; `valid` the (statements, commitments) pairs allowed.
    """
    n_s, n_c = len(statements), len(index)
    sim = index.similarity(vectors) if n_s else np.zeros((0, n_c))
    lex = np.zeros((n_s, n_c))
    name = np.zeros((n_s, n_c))
    figure = np.zeros((n_s, n_c))
    for k, statement in enumerate(statements):
        lex[k], name[k], figure[k] = lexical_scores(index, statement)
    a, b, c = BASE_MIX
    base = np.where(valid, a * sim + b * lex + c * name, -1.0)
    best = np.where(valid, base, -np.inf).max(axis=1, keepdims=True) if n_c else np.zeros((n_s, 1))
    best = np.where(np.isfinite(best), best, 0.0)
    local = _neighbourhood(base)
    local_best = np.where(valid, local, -np.inf).max(axis=1, keepdims=True) if n_c else np.zeros((n_s, 1))
    local_best = np.where(np.isfinite(local_best), local_best, 0.0)
    prior, prior_share = document_subject(_softmax(base, valid))
    # A document about a broad commitment (a framework's yearly fact sheet) reports on its children
    # too: in it, a child that shares more of its words with a sentence than its parent does is
    # what the sentence is about ("OFAC designated 26 individuals" is the illicit-finance child's).
    family_subject = np.array([max((prior_share[a] for a in up), default=0.0) for up in index.ancestors])
    title_sim = (index.similarity(signals.title_vector[None, :])[0]
                 if signals.title_vector is not None else np.zeros(n_c))
    any_valid = valid.any(axis=0)
    title_gap = (title_sim[any_valid].max() - title_sim) if any_valid.any() else np.zeros(n_c)
    title_name = np.array([min(sum(index.name_idf.get(t, 0.0) for t in signals.title_names & found), NAME_CAP)
                           for found in index.name_sets])
    cover = coverage(index, signals.party_counts)
    source = np.array([1.0 if signals.doc and c.source == signals.doc else 0.0 for c in index.commitments])
    umbrella = np.log1p(np.array([len(kids) for kids in index.children], dtype=float))
    section_narrower, section_gap = _section_scores(index, statements, valid, signals)
    out = np.zeros((n_s, n_c, len(FEATURES)))
    for k, statement in enumerate(statements):
        slots = statement.slots
        actors = set(slots.actors) - {"INT"}
        pillar = (index.pillar_codes == str(slots.pillar)).astype(float)
        kind = (index.kind_codes == str(slots.kind)).astype(float)
        shared = index.party_matrix @ index.party_vector(actors) if index.party_names else np.zeros(n_c)
        actor = (shared > 0).astype(float)
        foreign = (shared < len(actors)).astype(float)
        # Across languages keywords cannot match: the model leans on the embeddings instead.
        cross = (index.languages != (statement.lang or "en")).astype(float)
        gap = best[k] - base[k]
        local_gap = local_best[k] - local[k]
        out[k] = np.stack([
            sim[k], lex[k], name[k], figure[k], gap, local[k], local_gap, prior, prior_share, title_sim,
            title_gap, title_name, cover, source, umbrella, pillar, kind, actor, foreign, cross, cross * sim[k],
            past_due(index, statement),
            family_subject * np.maximum(lex[k] - lex[k][index.parent_row], 0.0),
            section_narrower[k], section_gap[k], phrase_scores(index, statement),
        ], axis=1)
    return out


def _section_scores(index: CommitmentIndex, statements: list[Statement], valid: np.ndarray,
                    signals: DocumentSignals) -> tuple[np.ndarray, np.ndarray]:
    """From the keywords each statement's section heading shares with each commitment (as a share of
    the commitment's words): how much more of them a commitment shares than its parent does (under
    "Combatting Illicit Finance" in a framework's fact sheet, the illicit-finance child rather than the
    framework), and how far it is below the best commitment's. Both 0 under no heading."""
    narrower = np.zeros((len(statements), len(index)))
    gap = np.zeros_like(narrower)
    lang = statements[0].lang if statements else None
    for k, heading in enumerate(signals.headings or []):
        if heading is None or not valid[k].any():
            continue
        words, _, _ = statement_terms(heading, lang)
        overlap = keyword_weights(index, words)
        heading_mass = _mass(index.keyword_idf, words, index.rarest_keyword_idf)
        # Both ways: one common word of the heading ("investing") is not a short commitment's section.
        share = np.sqrt(overlap / index.keyword_mass * overlap / heading_mass)
        narrower[k] = np.where(valid[k], np.maximum(share - share[index.parent_row], 0.0), 0.0)
        gap[k] = np.where(valid[k], share[valid[k]].max() - share, 0.0)
    return narrower, gap
