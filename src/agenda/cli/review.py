"""`agenda review`: list proposed evidence, accept, reject, relink, set a status by hand."""

from __future__ import annotations

import getpass
import json
import os
from datetime import date

import click

from agenda.cli.common import DATE
from agenda.model import Stance, Status
from agenda.store import review as actions
from agenda.store.db import session_scope


def _reviewer(name: str | None) -> str:
    return name or os.environ.get("AGENDA_USER") or getpass.getuser()


reviewer_option = click.option(
    "--as", "reviewer", metavar="NAME", help="Who is reviewing (default: $AGENDA_USER or the OS user).")
reason_option = click.option("--reason", "-m", help="Why (kept in the audit log).")


@click.group("review", invoke_without_command=True)
@click.option("--agenda", "agenda_id", help="Only proposals for this agenda.")
@click.option("--limit", default=50, show_default=True, type=int)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def review_group(ctx: click.Context, agenda_id: str | None, limit: int, fmt: str) -> None:
    """Review proposed evidence: without a subcommand, list what awaits review."""
    if ctx.invoked_subcommand is not None:
        return
    with session_scope() as session:
        proposals = actions.list_proposals(session, agenda_id, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([_proposal_json(p) for p in proposals], ensure_ascii=False, indent=2))
        return
    if not proposals:
        click.echo("nothing awaits review")
        return
    for p in proposals:
        when = p.document_date.isoformat() if p.document_date else "undated"
        click.echo(f"#{p.evidence_id}  {p.commitment}  {p.stance}  score {p.score:.2f}")
        click.echo(f"    \"{p.statement}\"")
        click.echo(f"    — {p.document} ({when}, {p.document_lang or '?'}): {p.document_title or ''}")
    click.echo(f"{len(proposals)} proposals shown; accept/reject/relink them with `agenda review accept ID`, ...")


def _proposal_json(p: actions.Proposal) -> dict:
    return {
        "id": p.evidence_id, "agenda": p.agenda, "commitment": p.commitment, "stance": p.stance,
        "score": p.score, "review_state": p.review_state, "statement": p.statement,
        "statement_type": p.statement_type, "document": p.document, "document_title": p.document_title,
        "document_date": p.document_date.isoformat() if p.document_date else None,
        "document_lang": p.document_lang, "reasons": p.reasons,
    }


@review_group.command("accept")
@click.argument("evidence_ids", nargs=-1, required=True, type=int)
@reviewer_option
@reason_option
def accept_command(evidence_ids: tuple[int, ...], reviewer: str | None, reason: str | None) -> None:
    """Accept proposed evidence: its status change joins the reviewed history."""
    with session_scope() as session:
        for evidence_id in evidence_ids:
            actions.accept_evidence(session, evidence_id, _reviewer(reviewer), reason)
    click.echo(f"accepted {len(evidence_ids)} evidence")


@review_group.command("reject")
@click.argument("evidence_ids", nargs=-1, required=True, type=int)
@reviewer_option
@reason_option
def reject_command(evidence_ids: tuple[int, ...], reviewer: str | None, reason: str | None) -> None:
    """Reject evidence: it stops counting towards the proposed status."""
    with session_scope() as session:
        for evidence_id in evidence_ids:
            actions.reject_evidence(session, evidence_id, _reviewer(reviewer), reason)
    click.echo(f"rejected {len(evidence_ids)} evidence")


@review_group.command("relink")
@click.argument("evidence_id", type=int)
@click.option("--to", "commitment", required=True, help="The commitment id it is really about.")
@click.option("--stance", type=click.Choice([s.value for s in Stance]), help="Correct the stance too.")
@click.option("--agenda", "agenda_id", help="Agenda of the commitment, when ids repeat across agendas.")
@reviewer_option
@reason_option
def relink_command(evidence_id: int, commitment: str, stance: str | None, agenda_id: str | None,
                   reviewer: str | None, reason: str | None) -> None:
    """Move evidence to the commitment it is really about (accepted there)."""
    with session_scope() as session:
        new_id = actions.relink_evidence(session, evidence_id, commitment, _reviewer(reviewer), reason,
                                         Stance(stance) if stance else None, agenda_id)
    click.echo(f"evidence {evidence_id} relinked to {commitment} as evidence {new_id}")


@review_group.command("set-status")
@click.argument("commitment")
@click.argument("status", type=click.Choice([s.value for s in Status]))
@click.option("--reason", "-m", required=True, help="Why (required, kept in the audit log).")
@click.option("--date", "when", type=DATE, help="Date the status takes effect (default: today).")
@click.option("--agenda", "agenda_id", help="Agenda of the commitment, when ids repeat across agendas.")
@reviewer_option
def set_status_command(commitment: str, status: str, reason: str, when: date | None,
                       agenda_id: str | None, reviewer: str | None) -> None:
    """Set a commitment's status by hand, as a new dated change with a reason."""
    with session_scope() as session:
        actions.set_status(session, commitment, Status(status), _reviewer(reviewer), reason, when, agenda_id)
    click.echo(f"{commitment}: {status}")


@review_group.command("log")
@click.option("--limit", default=50, show_default=True, type=int)
def log_command(limit: int) -> None:
    """The audit log: who did what, when and why (newest first)."""
    with session_scope() as session:
        rows = actions.audit_log(session, limit)
        for row in rows:
            why = f" — {row.reason}" if row.reason else ""
            click.echo(f"{row.at:%Y-%m-%d %H:%M} {row.actor} {row.action} {row.object_type} {row.object_id}{why}")
