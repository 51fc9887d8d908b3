"""`agenda serve`: the web dashboard and JSON API."""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve_command(host: str, port: int) -> None:
    """Serve the dashboard and the JSON API for the database in AGENDA_DB."""
    from agenda.web.server import run_server

    run_server(host, port)
