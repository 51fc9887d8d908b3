"""Linking a statement to the commitments it is evidence for, with a stance and a score."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agenda.model import Commitment, Link, Stance, Statement, StatementType

LINK_THRESHOLD = 0.35
_WORD = re.compile(r"[a-záéíóúñü]{4,}")
_STOP = frozenset(
    "will with that this from have been their they them other such into over also more than united "
    "states mexico méxico which would should both para como sobre entre este esta estos estas".split()
)
_FULFIL = re.compile(r"\b(?:held|signed|delivered|donated|completed|launched|arrived|disbursed|awarded|"
                     r"concluded|se llev[óo] a cabo|se firm[óo]|llegaron|se entregaron)\b", re.IGNORECASE)
_SETBACK = re.compile(r"\b(?:suspend\w*|postpone\w*|delay\w*|cancel\w*|halt\w*|paus\w*|"
                      r"suspendi\w*|pospuso|aplaz\w*|cancel[óo])\b", re.IGNORECASE)


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


@dataclass
class CommitmentIndex:
    """The commitments a statement may be linked to, prepared once per batch."""

    commitments: list[Commitment]
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.words = {c.id: content_words(c.text) for c in self.commitments}


def link_statement(statement: Statement, index: CommitmentIndex,
                   threshold: float = LINK_THRESHOLD) -> list[Link]:
    """The commitments this statement is evidence for (best first), above `threshold`."""
    words = content_words(statement.text)
    links: list[Link] = []
    for commitment in index.commitments:
        if statement.doc_date and statement.doc_date < commitment.announced:
            continue
        shared = words & index.words[commitment.id]
        if not shared:
            continue
        overlap = len(shared) / max(1, min(len(words), len(index.words[commitment.id])))
        score = 0.7 * overlap
        reasons = [f"shares words: {', '.join(sorted(shared)[:6])}"]
        if statement.slots.pillar == commitment.pillar:
            score += 0.15
            reasons.append(f"same pillar ({commitment.pillar})")
        if set(statement.slots.actors) & set(commitment.parties):
            score += 0.15
            reasons.append("shared parties")
        if score >= threshold:
            links.append(Link(commitment.id, stance_of(statement), round(min(score, 1.0), 3), reasons))
    links.sort(key=lambda link: link.score, reverse=True)
    return links[:1]


def stance_of(statement: Statement) -> Stance:
    """What the statement says about the commitment's progress."""
    if _SETBACK.search(statement.text):
        return Stance.SETBACK
    if statement.type == StatementType.COMMITMENT:
        return Stance.RESTATE
    if _FULFIL.search(statement.text):
        return Stance.FULFIL
    return Stance.ADVANCE
