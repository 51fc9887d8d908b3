"""`agenda ingest`: store documents, analyze them and link their statements as evidence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import click

from agenda.cli.common import DATE
from agenda.errors import UserError
from agenda.flow import BATCH, FlowCounts, Linker, process_batch
from agenda.ingest.readers import ItemError, read_path
from agenda.model import Document
from agenda.store.db import session_scope


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", "doc_date", type=DATE, help="Publication date of documents that lack one.")
@click.option("--lang", type=click.Choice(["en", "es", "auto"]), default="auto", show_default=True)
def ingest_command(paths: tuple[Path, ...], doc_date: date | None, lang: str) -> None:
    """Store the documents in PATHS (files or folders), analyze them and link evidence."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UserError(f"no such file: {', '.join(missing)}")
    counts = FlowCounts()
    with session_scope() as session:
        linker = Linker(session)
        chunk: list[tuple[Document, str]] = []
        for item in _documents(paths, doc_date, None if lang == "auto" else lang):
            if isinstance(item, ItemError):
                counts.failed.append((item.item, item.reason))
                continue
            chunk.append(item)
            if len(chunk) >= BATCH:  # a few documents at a time: the embeddings run in one batch
                process_batch(session, chunk, linker, counts)
                chunk = []
        if chunk:
            process_batch(session, chunk, linker, counts)
    click.echo(f"{counts.new} new, {counts.duplicate} duplicate, {len(counts.failed)} failed; "
               f"{counts.statements} statements, {counts.evidence} evidence links")
    for item_name, reason in counts.failed:
        click.echo(f"  failed {item_name}: {reason}", err=True)
    if counts.failed:
        raise SystemExit(1)


def _documents(paths: tuple[Path, ...], doc_date: date | None,
               lang: str | None) -> Iterator[tuple[Document, str] | ItemError]:
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            for item in read_path(file, doc_date, lang):
                if isinstance(item, ItemError):
                    yield item
                else:
                    yield item, f"{file}#{item.id}"
