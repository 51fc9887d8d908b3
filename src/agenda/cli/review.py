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
from agenda.store.agendas import resolve_agenda_id
from agenda.store.db import session_scope


def _reviewer(name: str | None) -> str:
    return name or os.environ.get("AGENDA_USER") or getpass.getuser()


reviewer_option = click.option(
    "--as", "reviewer", metavar="NAME", help="Who is reviewing (default: $AGENDA_USER or the OS user).")
reason_option = click.option("--reason", "-m", help="Why (kept in the audit log).")


@click.group("review", invoke_without_command=True)
@click.option("--agenda", "agenda_id", help="Only proposals for this agenda.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0), help="At most this many (0: all).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def review_group(ctx: click.Context, agenda_id: str | None, limit: int, fmt: str) -> None:
    """Review proposed evidence: without a subcommand, list what awaits review."""
    if ctx.invoked_subcommand is not None:
        return
    with session_scope() as session:
        if agenda_id:
            resolve_agenda_id(session, agenda_id)  # an unknown agenda is an error, not an empty queue
        proposals = actions.list_proposals(session, agenda_id, limit=limit or None)
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


@review_group.command("new")
@click.option("--agenda", "agenda_id", help="Only proposals for this agenda.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0), help="At most this many (0: all).")
@click.option("--nearest", is_flag=True, help="Also show the closest existing commitment (loads the embeddings).")
@click.option("--as-of", "as_of", type=DATE, help="Only sentences of documents published by this date.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def new_command(agenda_id: str | None, limit: int, nearest: bool, as_of: date | None, fmt: str) -> None:
    """Commitment sentences that match no commitment of the agenda: adopt, restate or dismiss them."""
    with session_scope() as session:
        proposals = actions.list_new_commitments(session, agenda_id, limit=limit or None, nearest=nearest,
                                                 as_of=as_of)
    if fmt == "json":
        click.echo(json.dumps([_new_json(p) for p in proposals], ensure_ascii=False, indent=2))
        return
    if not proposals:
        click.echo("no new commitments proposed")
        return
    for p in proposals:
        when = p.document_date.isoformat() if p.document_date else "undated"
        figures = ", ".join(f"{v['value']:g} {v.get('currency') or v.get('unit')}"
                            for v in (p.amount, p.quantity) if v)
        click.echo(f"statement {p.statement_id}  [{p.agenda}]  {p.kind}/{p.pillar}  {'/'.join(p.actors)}"
                   + (f"  {figures}" if figures else "") + (f"  due {p.due}" if p.due else ""))
        click.echo(f"    \"{p.text}\"")
        click.echo(f"    — {p.document} ({when}, {p.document_lang or '?'}): {p.document_title or ''}")
        if p.nearest:
            click.echo(f"    closest commitment: {p.nearest} (score {p.nearest_score:.2f})")
    click.echo(f"{len(proposals)} shown; `agenda review adopt ID`, `agenda review restate ID --of C`, "
               "`agenda review dismiss ID`")


def _new_json(p: actions.NewCommitmentProposal) -> dict:
    return {
        "statement": p.statement_id, "agenda": p.agenda, "text": p.text, "actors": p.actors, "kind": p.kind,
        "pillar": p.pillar, "amount": p.amount, "quantity": p.quantity,
        "due": p.due.isoformat() if p.due else None, "confidence": p.confidence, "document": p.document,
        "document_title": p.document_title,
        "document_date": p.document_date.isoformat() if p.document_date else None,
        "document_lang": p.document_lang, "nearest": p.nearest, "nearest_score": p.nearest_score,
    }


@review_group.command("adopt")
@click.argument("statement_id", type=int)
@click.option("--agenda", "agenda_id", help="Agenda to add it to (needed when several are stored).")
@click.option("--id", "key", help="Id of the new commitment (default: made from its words).")
@click.option("--text", help="The commitment's text (default: the sentence).")
@click.option("--parent", help="Id of a parent commitment.")
@reviewer_option
@reason_option
def adopt_command(statement_id: int, agenda_id: str | None, key: str | None, text: str | None,
                  parent: str | None, reviewer: str | None, reason: str | None) -> None:
    """Adopt a proposed sentence as a new commitment (origin 'proposed')."""
    with session_scope() as session:
        new_key = actions.adopt_statement(session, statement_id, _reviewer(reviewer), agenda_id, key, text,
                                          parent, reason)
    click.echo(f"statement {statement_id} adopted as commitment {new_key}")


@review_group.command("dismiss")
@click.argument("statement_ids", nargs=-1, required=True, type=int)
@click.option("--agenda", "agenda_id", help="Agenda it was proposed for (needed when several are stored).")
@reviewer_option
@reason_option
def dismiss_command(statement_ids: tuple[int, ...], agenda_id: str | None, reviewer: str | None,
                    reason: str | None) -> None:
    """Stop proposing sentences as new commitments."""
    with session_scope() as session:
        for statement_id in statement_ids:
            actions.dismiss_statement(session, statement_id, _reviewer(reviewer), agenda_id, reason)
    click.echo(f"dismissed {len(statement_ids)} statements")


@review_group.command("restate")
@click.argument("statement_id", type=int)
@click.option("--of", "commitment", required=True, help="The commitment it announces again.")
@click.option("--agenda", "agenda_id", help="Agenda of the commitment, when ids repeat across agendas.")
@reviewer_option
@reason_option
def restate_command(statement_id: int, commitment: str, agenda_id: str | None, reviewer: str | None,
                    reason: str | None) -> None:
    """Record a proposed sentence as a re-announcement of an existing commitment."""
    with session_scope() as session:
        evidence_id = actions.restate_statement(session, statement_id, commitment, _reviewer(reviewer),
                                                agenda_id, reason)
    click.echo(f"statement {statement_id} recorded as a restatement of {commitment} (evidence {evidence_id})")


@review_group.command("log")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0), help="At most this many (0: all).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def log_command(limit: int, fmt: str) -> None:
    """The audit log: who did what, when (UTC) and why, and what it changed (newest first)."""
    with session_scope() as session:
        rows = actions.audit_log(session, limit or None)
        if fmt == "json":
            click.echo(json.dumps([{"id": row.pk, "at": row.at.isoformat() + "Z", "actor": row.actor,
                                    "action": row.action, "object_type": row.object_type,
                                    "object_id": row.object_id, "reason": row.reason, "details": row.details or {}}
                                   for row in rows], ensure_ascii=False, indent=2))
            return
        for row in rows:
            what = "".join(f" {key}={value}" for key, value in (row.details or {}).items())
            why = f" — {row.reason}" if row.reason else ""
            click.echo(f"{row.at:%Y-%m-%d %H:%M} UTC {row.actor} {row.action} {row.object_type} {row.object_id}"
                       f"{what}{why}")
