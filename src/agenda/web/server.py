"""Running the web app under uvicorn."""

from __future__ import annotations

import click

from agenda.web.settings import WebSettings


def run_server(host: str, port: int, trust_proxy: bool | None = None) -> None:
    import uvicorn

    from agenda.store.db import database_url
    from agenda.web.app import create_app

    settings = WebSettings() if trust_proxy is None else WebSettings(trust_proxy=trust_proxy)
    app = create_app(settings=settings)
    click.echo(f"serving {database_url()} on http://{host}:{port}/ (Ctrl+C to stop)")
    # proxy headers are read by the app itself, and only with --trust-proxy: uvicorn must not rewrite them
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False, server_header=False)
