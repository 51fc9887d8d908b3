"""Rolling children up into their parent commitment."""

# Rule (also in the README): a parent reports its children — how many, their proposed statuses,
# how many have moved — and a `rollup_status`: `delivered` when every child is delivered,
# `in_progress` when any child is in progress, partial or delivered, else the parent's own
# proposed status. The parent's `proposed_status` stays its own, backed by evidence about the
# parent itself (a framework whose working groups met is not itself "done" or even "moving" on
# that ground alone: the roll-up says so separately). Grandchildren count through their parent.


from __future__ import annotations

from collections import Counter

from agenda.model import Status
from agenda.track.status import MOVED, CommitmentStatus


def roll_up(items: list[CommitmentStatus]) -> list[CommitmentStatus]:
    """Fill `rollup` of every parent, children before parents (in place; returns the list)."""
    by_id = {item.commitment.id: item for item in items}
    children: dict[str, list[CommitmentStatus]] = {}
    for item in items:
        parent = item.commitment.parent
        if parent in by_id and parent != item.commitment.id:
            children.setdefault(parent, []).append(item)
    for item in sorted(items, key=lambda i: -_depth(i, by_id)):
        kids = children.get(item.commitment.id)
        if not kids:
            continue
        effective = [_effective(k) for k in kids]
        counts = Counter(str(s) for s in effective)
        moved = sum(1 for s in effective if s in MOVED)
        if all(s == Status.DELIVERED for s in effective):
            status = Status.DELIVERED
        elif moved:
            status = Status.IN_PROGRESS if item.proposed_status not in MOVED else item.proposed_status
        else:
            status = item.proposed_status
        item.rollup = {"children": len(kids), "by_status": dict(sorted(counts.items())), "moved": moved,
                       "status": str(status)}
    return items


def _effective(item: CommitmentStatus) -> Status:
    """A child's own status, or its roll-up when that says more (grandchildren count)."""
    if item.rollup and item.proposed_status not in MOVED:
        return Status(str(item.rollup["status"]))
    return item.proposed_status


def _depth(item: CommitmentStatus, by_id: dict[str, CommitmentStatus]) -> int:
    depth, parent, seen = 0, item.commitment.parent, set()
    while parent in by_id and parent not in seen:
        seen.add(parent)
        depth += 1
        parent = by_id[parent].commitment.parent
    return depth
