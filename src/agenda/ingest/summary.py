"""The end-of-run summary: counts per outcome, time per stage, one line per failed item."""

from __future__ import annotations

from agenda.ingest.progress import counts_line
from agenda.ingest.runner import IngestReport
from agenda.ingest.timing import STAGES

_SHOWN_IGNORED = 3


def summary_lines(report: IngestReport) -> list[str]:
    c = report.counts
    lines = [f"ingested {report.items} items in {report.seconds:.1f} s: {counts_line(report)}"]
    extras = []
    if report.repeated:
        extras.append(f"{report.repeated} listed twice")
    if report.older:
        extras.append(f"{report.older} older than --since")
    if extras:
        lines.append("left out: " + ", ".join(extras))
    lines.append(f"analysis: {c.statements} statements, {c.evidence} evidence links")
    stages = ", ".join(f"{name} {report.timer.seconds.get(name, 0.0):.2f} s" for name in STAGES)
    slowest = report.timer.slowest()
    lines.append(f"time per stage: {stages}" + (f"; slowest: {slowest}" if slowest else ""))
    for label, description in report.expanded:
        lines.append(f"read {label}: {description}")
    if report.ignored_files:
        shown = ", ".join(p.name for p in report.ignored_files[:_SHOWN_IGNORED])
        more = ", ..." if len(report.ignored_files) > _SHOWN_IGNORED else ""
        lines.append(f"ignored {len(report.ignored_files)} files of other types in folders ({shown}{more})")
    for item, reason in c.failed:
        lines.append(f"failed {item}: {reason}")
    if report.interrupted:
        lines.append("interrupted: run the same command again to resume (finished items are skipped)")
    return lines
