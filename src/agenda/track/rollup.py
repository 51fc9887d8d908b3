"""Rolling children up into their parent commitment.

Rule (also in the README): a parent with no progress of its own (proposed `announced`) is
proposed `in_progress` as soon as any child is in progress, partial or delivered, dated by
the earliest such child change; the parent's own evidence otherwise decides. Every parent
also reports how many children it has and their proposed statuses. Reviewed statuses are a
person's record and are never rolled up.
"""

from __future__ import annotations

from collections import Counter

from agenda.model import Status
from agenda.track.status import MOVED, Change, CommitmentStatus


def roll_up(items: list[CommitmentStatus]) -> list[CommitmentStatus]:
    """Fill `rollup` of every parent and lift announced parents of moving children (in place)."""
    by_id = {item.commitment.id: item for item in items}
    children: dict[str, list[CommitmentStatus]] = {}
    for item in items:
        parent = item.commitment.parent
        if parent in by_id:
            children.setdefault(parent, []).append(item)
    for item in sorted(items, key=lambda i: -_depth(i, by_id)):
        kids = children.get(item.commitment.id)
        if not kids:
            continue
        counts = Counter(str(k.proposed_status) for k in kids)
        moved = [k for k in kids if k.proposed_status in MOVED]
        item.rollup = {"children": len(kids), "by_status": dict(sorted(counts.items())),
                       "moved": len(moved)}
        if moved and item.proposed_status == Status.ANNOUNCED:
            first = min(moved, key=lambda k: _first_move(k))
            item.proposed_status = Status.IN_PROGRESS
            item.history.append(Change(_first_move(first), Status.IN_PROGRESS, reviewed=False,
                                       reason=f"child {first.commitment.id} is {first.proposed_status}"))
    return items


def _first_move(item: CommitmentStatus):  # type: ignore[no-untyped-def]
    moves = [c.date for c in item.history if c.status in MOVED]
    return min(moves) if moves else item.commitment.announced


def _depth(item: CommitmentStatus, by_id: dict[str, CommitmentStatus]) -> int:
    depth, parent, seen = 0, item.commitment.parent, set()
    while parent in by_id and parent not in seen:
        seen.add(parent)
        depth += 1
        parent = by_id[parent].commitment.parent
    return depth
