"""`agenda demo`: the bundled U.S.–Mexico example through the whole flow, then the dashboard."""

from __future__ import annotations

from importlib.resources import files

import click

from agenda.agendafile import read_agenda_file
from agenda.clock import today
from agenda.flow import process_documents
from agenda.ingest.readers import ItemError, read_jsonl
from agenda.publish.status_formats import to_table
from agenda.store.agendas import save_agenda
from agenda.store.db import database_url, session_scope
from agenda.store.status import agenda_status

DEMO = files("agenda") / "data" / "demo"


@click.command("demo")
@click.option("--serve/--no-serve", default=True, show_default=True,
              help="Serve the dashboard afterwards.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def demo_command(serve: bool, host: str, port: int) -> None:
    """Build the database from the bundled demo agenda and corpus, print status, serve."""
    agenda = read_agenda_file(str(DEMO / "agenda.yaml"))
    corpus = DEMO / "corpus.jsonl"
    with session_scope() as session:
        added, _ = save_agenda(session, agenda)
        documents = []
        for item in read_jsonl(corpus):  # type: ignore[arg-type]
            if isinstance(item, ItemError):
                click.echo(f"skipped {item.item}: {item.reason}", err=True)
                continue
            documents.append((item, f"demo:{item.id}"))
        counts = process_documents(session, documents)
    click.echo(f"{database_url()}: agenda {agenda.id} ({added} new commitments); "
               f"{counts.new} new documents, {counts.duplicate} already stored; "
               f"{counts.statements} statements, {counts.evidence} evidence links")
    with session_scope() as session:
        click.echo(to_table(agenda_status(session, agenda.id, today())), nl=False)
    if serve:
        from agenda.web.server import run_server

        run_server(host, port)
