"""Scoring linking and tracking against a gold set: link P/R/F1, stance accuracy, final status."""

# Pairing: a predicted (statement span, commitment) pair matches a gold (span, ref) pair of the
# same document and commitment when the spans overlap by at least half of the shorter one (as in
# the extraction scorer); each gold pair is matched at most once. A predicted pair is counted
# under the type of the gold statement its span overlaps (or its own type when it overlaps
# none: a sentence the gold set does not label, whose links are false positives).


from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from agenda.evaluate.gold_links import GoldSet
from agenda.evaluate.intervals import share_interval
from agenda.model import Status


@dataclass(frozen=True)
class LinkPair:
    doc: str
    start: int
    end: int
    commitment: str
    stance: str | None
    type: str
    lang: str | None = None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def to_json(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """At least half of the shorter span is shared."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    shorter = min(a_end - a_start, b_end - b_start)
    return shorter > 0 and shared * 2 >= shorter


def gold_pairs(gold: GoldSet) -> list[LinkPair]:
    langs = {d.id: d.lang for d in gold.documents}
    return [LinkPair(doc, g.statement.start, g.statement.end, ref, g.stance, str(g.statement.type), langs.get(doc))
            for doc, statements in gold.statements.items() for g in statements for ref in g.refs]


def _category(pair: LinkPair, gold: GoldSet) -> str:
    """progress, commitment_with_refs, commitment (no refs: a new pledge) or the pair's own type."""
    for g in gold.statements.get(pair.doc, []):
        s = g.statement
        if overlaps(pair.start, pair.end, s.start, s.end):
            if str(s.type) == "progress":
                return "progress"
            return "commitment_with_refs" if g.refs else "commitment"
    return "unlabelled"


@dataclass
class LinkScores:
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    stance: dict[str, Counter[tuple[str, str]]] = field(default_factory=lambda: defaultdict(Counter))
    false_positives: list[LinkPair] = field(default_factory=list)
    missed: list[LinkPair] = field(default_factory=list)
    # Per document, the counts of "all" and of its language: what the bootstrap resamples.
    by_document: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counts)))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: c.to_json() for name, c in sorted(self.counts.items())}
        stances: dict[str, Any] = {}
        for name, pairs in sorted(self.stance.items()):
            total = sum(pairs.values())
            right = sum(n for (g, p), n in pairs.items() if g == p)
            stances[name] = {"accuracy": round(right / total, 3) if total else None, "matched": total}
        confusion: dict[str, dict[str, int]] = defaultdict(dict)
        for (g, p), n in sorted(self.stance.get("all", Counter()).items()):
            confusion[g][p] = n
        stances["confusion"] = dict(confusion)
        return {"links": out, "stance": stances}


def score_links(gold: GoldSet, predicted: list[LinkPair]) -> LinkScores:
    """Link counts (all, by category, by document language) and stance agreement on matches."""
    scores = LinkScores()
    wanted = gold_pairs(gold)
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, g in enumerate(wanted):
        by_key[(g.doc, g.commitment)].append(i)
    matched: set[int] = set()
    for p in sorted(predicted, key=lambda x: (x.doc, x.start, x.commitment)):
        category = _category(p, gold)
        keys = ("all", category, f"lang:{p.lang}")
        hit = next((i for i in by_key.get((p.doc, p.commitment), [])
                    if i not in matched and overlaps(p.start, p.end, wanted[i].start, wanted[i].end)), None)
        if hit is None:
            for key in keys:
                scores.counts[key].fp += 1
            for key in ("all", f"lang:{p.lang}"):
                scores.by_document[p.doc][key].fp += 1
            scores.false_positives.append(p)
            continue
        matched.add(hit)
        g = wanted[hit]
        keys = ("all", "progress" if g.type == "progress" else "commitment_with_refs", f"lang:{g.lang}")
        for key in keys:
            scores.counts[key].tp += 1
            scores.stance[key][(g.stance or "", p.stance or "")] += 1
        for key in ("all", f"lang:{g.lang}"):
            scores.by_document[g.doc][key].tp += 1
    for i, g in enumerate(wanted):
        if i not in matched:
            scores.missed.append(g)
            for key in ("all", "progress" if g.type == "progress" else "commitment_with_refs", f"lang:{g.lang}"):
                scores.counts[key].fn += 1
            for key in ("all", f"lang:{g.lang}"):
                scores.by_document[g.doc][key].fn += 1
    scores.counts.pop("commitment", None)  # links on new pledges are counted in "all" only
    scores.counts.pop("unlabelled", None)
    return scores


def score_status(gold: GoldSet, proposed: dict[str, Status]) -> dict[str, Any]:
    """Share of commitments whose proposed status equals the last status of the gold timeline, and
    which commitments do not (`wrong`: id, expected and proposed status)."""
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    outcomes: list[bool] = []
    expected: dict[str, str] = {}
    for c in gold.agenda.commitments:
        timeline = sorted(c.timeline, key=lambda t: t.date)
        expected[c.id] = str(timeline[-1].status) if timeline else str(Status.ANNOUNCED)
        got = str(proposed.get(c.id, Status.ANNOUNCED))
        confusion[expected[c.id]][got] += 1
        outcomes.append(got == expected[c.id])
    total = len(gold.agenda.commitments)
    baseline = sum(1 for v in expected.values() if v == str(Status.ANNOUNCED))
    langs = {d.id: d.lang for d in gold.documents}
    by_lang: dict[str, Any] = {}
    for lang in sorted({lang for lang in langs.values() if lang}):
        ids = {p.commitment for p in gold_pairs(gold) if langs.get(p.doc) == lang}
        if ids:
            ok = sum(1 for i in ids if str(proposed.get(i, Status.ANNOUNCED)) == expected.get(i))
            by_lang[lang] = {"accuracy": round(ok / len(ids), 3), "commitments": len(ids)}
    wrong = [{"id": c.id, "expected": expected[c.id], "proposed": str(proposed.get(c.id, Status.ANNOUNCED))}
             for c in sorted(gold.agenda.commitments, key=lambda c: c.id)
             if str(proposed.get(c.id, Status.ANNOUNCED)) != expected[c.id]]
    return {
        "accuracy": round(sum(outcomes) / total, 3) if total else None, "commitments": total,
        "interval": share_interval(outcomes),
        "baseline_all_announced": round(baseline / total, 3) if total else None,
        "confusion": {g: dict(sorted(p.items())) for g, p in sorted(confusion.items())},
        "by_evidence_lang": by_lang,
        "wrong": wrong,
    }
