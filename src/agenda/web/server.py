"""Running the web app under uvicorn."""

from __future__ import annotations

import click


def run_server(host: str, port: int) -> None:
    import uvicorn

    from agenda.store.db import database_url, get_engine
    from agenda.web.app import create_app

    get_engine()
    click.echo(f"serving {database_url()} on http://{host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")
