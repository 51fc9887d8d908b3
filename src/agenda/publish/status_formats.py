"""Rendering a status report as a text table, JSON or CSV (the `agenda status` contract)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from agenda.track.progress import EvidenceFact
from agenda.track.status import CommitmentStatus

CSV_COLUMNS = ["id", "status", "proposed_status", "overdue", "progress", "due", "evidence_count",
               "last_evidence_date", "last_evidence_document", "text"]


def status_record(item: CommitmentStatus) -> dict[str, Any]:
    """One commitment's status as the JSON object of the `agenda status` contract."""
    c = item.commitment
    live = [e for e in item.evidence if e.counts]
    last = live[-1] if live else None
    return {
        "id": c.id,
        "text": c.text,
        "parties": c.parties,
        "kind": str(c.kind),
        "pillar": str(c.pillar),
        "announced": c.announced.isoformat(),
        "due": c.due.isoformat() if c.due else None,
        "parent": c.parent,
        "status": str(item.status),
        "proposed_status": str(item.proposed_status),
        "overdue": item.overdue,
        "progress": item.progress,
        "progress_detail": item.measured.to_json() if item.measured else None,
        "no_evidence": not live,
        "last_evidence": _evidence_record(last) if last else None,
        "evidence": [_evidence_record(e) for e in item.evidence],
        "proposed_history": [{"date": h.date.isoformat(), "status": str(h.status), "reason": h.reason}
                             for h in item.history],
        "rollup": item.rollup,
    }


def _evidence_record(e: EvidenceFact) -> dict[str, Any]:
    return {"id": e.evidence_id, "date": e.date.isoformat(), "document": e.document, "stance": str(e.stance),
            "review": e.review_state, "score": e.score,
            "money_stage": str(e.money_stage) if e.money_stage else None, "text": e.text}


def to_json(agenda_id: str, as_of: date, items: list[CommitmentStatus]) -> str:
    payload = {"agenda": agenda_id, "as_of": as_of.isoformat(),
               "commitments": [status_record(i) for i in items]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_csv(items: list[CommitmentStatus]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        record = status_record(item)
        last = record["last_evidence"] or {}
        writer.writerow({
            "id": record["id"], "status": record["status"],
            "proposed_status": record["proposed_status"], "overdue": record["overdue"],
            "progress": "" if record["progress"] is None else record["progress"],
            "due": record["due"] or "", "evidence_count": len(record["evidence"]),
            "last_evidence_date": last.get("date", ""),
            "last_evidence_document": last.get("document", ""), "text": record["text"],
        })
    return buffer.getvalue()


def to_table(items: list[CommitmentStatus], width: int = 110) -> str:
    """A fixed-width table for the terminal: one line per commitment."""
    header = f"{'COMMITMENT':<28} {'STATUS':<11} {'PROPOSED':<11} {'DUE':<10} {'PROGRESS':>8}  EVIDENCE"
    lines = [header, "-" * min(width, len(header) + 30)]
    for item in items:
        c = item.commitment
        live = [e for e in item.evidence if e.counts]
        progress = f"{item.progress:.0%}" if item.progress is not None else ""
        due = c.due.isoformat() if c.due else ""
        flag = " OVERDUE" if item.overdue else ""
        evidence = (f"{len(live)} (last {live[-1].date.isoformat()} {live[-1].document})"
                    if live else "no evidence found")
        lines.append(f"{_cut(c.id, 28):<28} {item.status!s:<11} {item.proposed_status!s:<11} "
                     f"{due:<10} {progress:>8}  {evidence}{flag}")
    counts: dict[str, int] = {}
    for item in items:
        counts[str(item.proposed_status)] = counts.get(str(item.proposed_status), 0) + 1
    overdue = sum(1 for item in items if item.overdue)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    if not items:
        lines.append("no commitment announced by this date")
    else:
        lines.append(f"{len(items)} commitment{'s' if len(items) != 1 else ''} (proposed: {summary}); "
                     f"{overdue} overdue")
    return "\n".join(lines) + "\n"


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
