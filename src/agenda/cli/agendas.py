"""`agenda import` and `agenda export`: agenda files in and out of the store."""

from __future__ import annotations

from pathlib import Path

import click

from agenda.agendafile import dump_agenda, read_agenda_file
from agenda.store.agendas import load_agenda, resolve_agenda_id, save_agenda
from agenda.store.db import session_scope


@click.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--with-history", is_flag=True,
              help="Also load the timelines in the file as reviewed status history.")
def import_command(path: Path, with_history: bool) -> None:
    """Load an agenda file (YAML, JSON or CSV in the format of eval/agenda.yaml).

    The whole file is validated first: any problem names the commitment and field, and
    nothing is stored. Importing again updates the commitments and keeps their history.
    """
    agenda = read_agenda_file(path)
    with session_scope() as session:
        added, updated = save_agenda(session, agenda, with_history=with_history)
    click.echo(f"agenda {agenda.id}: {added} commitments added, {updated} updated")


@click.command("export")
@click.option("--agenda", "agenda_id", help="Agenda id (needed when several are stored).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json", "csv"]), default="yaml",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
def export_command(agenda_id: str | None, fmt: str, output: Path | None) -> None:
    """Write a stored agenda, with its reviewed status history, as YAML, JSON or CSV."""
    with session_scope() as session:
        agenda = load_agenda(session, resolve_agenda_id(session, agenda_id))
    text = dump_agenda(agenda, fmt)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(agenda.commitments)} commitments to {output}", err=True)
    else:
        click.echo(text, nl=False)
