"""`agenda status`: where each commitment stands, on a given date, with its evidence."""

from __future__ import annotations

from datetime import date

import click

from agenda.cli.common import DATE
from agenda.clock import today
from agenda.publish.status_formats import to_csv, to_json, to_table
from agenda.store.agendas import resolve_agenda_id
from agenda.store.db import session_scope
from agenda.store.status import agenda_status


@click.command("status")
@click.option("--agenda", "agenda_id", help="Agenda id (needed when several are stored).")
@click.option("--as-of", "as_of", type=DATE, help="Answer from the history as of this date.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def status_command(agenda_id: str | None, as_of: date | None, fmt: str) -> None:
    """Per commitment: reviewed status, proposed status, overdue flag, progress, evidence."""
    when = as_of or today()
    with session_scope() as session:
        resolved = resolve_agenda_id(session, agenda_id)
        items = agenda_status(session, resolved, when)
    if fmt == "json":
        click.echo(to_json(resolved, when, items), nl=False)
    elif fmt == "csv":
        click.echo(to_csv(items), nl=False)
    else:
        click.echo(f"agenda {resolved} as of {when.isoformat()}")
        click.echo(to_table(items), nl=False)
