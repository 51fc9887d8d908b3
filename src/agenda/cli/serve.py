"""`agenda serve`: the web dashboard and JSON API."""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--trust-proxy/--no-trust-proxy", default=None,
              help="Honour X-Forwarded-Proto/-For from a reverse proxy (default: $AGENDA_TRUST_PROXY, else no).")
def serve_command(host: str, port: int, trust_proxy: bool | None) -> None:
    """Serve the dashboard and the JSON API for the database in AGENDA_DB.

    Sessions are signed with AGENDA_SECRET_KEY, or with a key generated once and kept in the
    database. Users come from `agenda user add`.
    """
    from agenda.web.server import run_server

    run_server(host, port, trust_proxy)
