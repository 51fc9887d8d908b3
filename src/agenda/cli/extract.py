"""`agenda extract`: statements of files as JSON lines, without touching any database."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import click

from agenda.analyze import analyze_document
from agenda.cli.common import DATE
from agenda.errors import UserError
from agenda.ingest.readers import ItemError, read_path
from agenda.model import Document, Statement
from agenda.scale.batch import AnalysisFailure, analyze_in_parallel, dask_client


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", "doc_date", type=DATE, help="Publication date of documents that lack one.")
@click.option("--lang", type=click.Choice(["en", "es", "auto"]), default="auto", show_default=True,
              help="Language of the documents; auto identifies it per document.")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Analyse on a local Dask cluster of this many processes (0: in this process).")
@click.option("--scheduler", metavar="ADDRESS", help="Analyse on this running Dask scheduler instead.")
def extract_command(paths: tuple[Path, ...], doc_date: date | None, lang: str, workers: int,
                    scheduler: str | None) -> None:
    """Print every commitment and progress statement in PATHS as one JSON object per line.

    Reads text, Markdown, HTML, PDF and JSONL files ({"id", "date", "text"} per line), and
    folders of them with their subfolders, through the same extraction as `agenda ingest`.
    With --workers or --scheduler the documents are analysed in parallel on Dask; the output
    is the same, in the same order.
    """
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UserError(f"no such file: {', '.join(missing)}")
    failures = [0]

    def documents() -> Iterator[Document]:
        for path in paths:
            for item in read_path(path, doc_date, None if lang == "auto" else lang):
                if isinstance(item, ItemError):
                    failures[0] += 1
                    click.echo(f"skipped {item.item}: {item.reason}", err=True)
                    continue
                yield item

    if workers or scheduler:
        with dask_client(workers or 1, scheduler) as client:
            for document, outcome in analyze_in_parallel(documents(), client):
                failures[0] += _write(document, outcome)
    else:
        for document in documents():
            _write(document, analyze_document(document))
    if failures[0]:
        raise SystemExit(1)


def _write(document: Document, outcome: list[Statement] | AnalysisFailure) -> int:
    """Print a document's statements; report a failed one (returns the failures: 0 or 1)."""
    if isinstance(outcome, AnalysisFailure):
        click.echo(f"skipped {document.id}: analysis failed: {outcome.reason}", err=True)
        return 1
    for statement in outcome:
        sys.stdout.write(json.dumps(statement.to_json(), ensure_ascii=False) + "\n")
    return 0
