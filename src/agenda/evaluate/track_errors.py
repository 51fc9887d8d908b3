"""Where the linker's errors come from: each wrong and each missed link put in one category."""

# A wrong link (false positive) is either on a sentence the gold set links to other commitments
# (then: a broader commitment than the gold one, a narrower one, a relative in the same family,
# or an unrelated one) or on a sentence the gold set links to nothing (a new pledge, a labelled
# statement without refs, an unlabelled sentence), or it repeats a gold link already matched.
# A missed gold link (false negative) was not extracted (end to end: no statement found
# overlaps it), extracted but linked to nothing, or linked to other commitments only (the
# nearest relation among them is its category). The categories tell where work would pay off:
# the extractor, the threshold, or telling a broad commitment from its children.


from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from agenda.evaluate.gold_links import GoldSet
from agenda.evaluate.track import LinkPair, gold_pairs, overlaps

RELATIONS = ("ancestor", "descendant", "same_family", "unrelated")


def family_relation(predicted: str, wanted: str, parents: Mapping[str, str | None]) -> str:
    """How a predicted commitment stands to the wanted one: one of RELATIONS (never itself)."""
    if predicted in _ancestors(wanted, parents):
        return "ancestor"
    if wanted in _ancestors(predicted, parents):
        return "descendant"
    if _root(predicted, parents) == _root(wanted, parents):
        return "same_family"
    return "unrelated"


def _ancestors(commitment: str, parents: Mapping[str, str | None]) -> list[str]:
    found: list[str] = []
    parent = parents.get(commitment)
    while parent and parent not in found:
        found.append(parent)
        parent = parents.get(parent)
    return found


def _root(commitment: str, parents: Mapping[str, str | None]) -> str:
    chain = _ancestors(commitment, parents)
    return chain[-1] if chain else commitment


def _nearest(relations: Iterable[str]) -> str:
    return min(relations, key=RELATIONS.index, default="unrelated")


def link_errors(gold: GoldSet, false_positives: list[LinkPair], missed: list[LinkPair],
                predicted: list[LinkPair], extracted: Mapping[str, list[tuple[int, int]]] | None = None,
                ) -> dict[str, dict[str, int]]:
    """Counts of wrong links and of missed gold links by category.

    `extracted` holds, per document, the spans of the statements the run linked from (end to
    end, the analyzer's); without it no missed link is put down to extraction.
    """
    parents = {c.id: c.parent for c in gold.agenda.commitments}
    wanted = gold_pairs(gold)
    wrong: Counter[str] = Counter()
    for p in false_positives:
        refs = [g.commitment for g in wanted if g.doc == p.doc and overlaps(p.start, p.end, g.start, g.end)]
        if p.commitment in refs:
            wrong["repeated"] += 1
        elif refs:
            wrong[_nearest(family_relation(p.commitment, r, parents) for r in refs)] += 1
        else:
            wrong[_unreferenced(gold, p)] += 1
    lost: Counter[str] = Counter()
    for g in missed:
        spans = (extracted or {}).get(g.doc, [])
        if extracted is not None and not any(overlaps(s, e, g.start, g.end) for s, e in spans):
            lost["not_extracted"] += 1
            continue
        others = [p.commitment for p in predicted if p.doc == g.doc and overlaps(p.start, p.end, g.start, g.end)
                  and p.commitment != g.commitment]
        lost[_nearest(family_relation(c, g.commitment, parents) for c in others) if others else "not_linked"] += 1
    return {"false_positives": dict(wrong.most_common()), "missed": dict(lost.most_common())}


def _unreferenced(gold: GoldSet, pair: LinkPair) -> str:
    """The category of a link on a sentence whose gold statement has no refs (or that has none)."""
    for g in gold.statements.get(pair.doc, []):
        if overlaps(pair.start, pair.end, g.statement.start, g.statement.end):
            return "new_pledge" if str(g.statement.type) == "commitment" else "progress_without_refs"
    return "unlabelled_sentence"
