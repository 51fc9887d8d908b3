"""`agenda extract`: statements of files as JSON lines, without touching any database."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from agenda.analyze import analyze_document
from agenda.cli.common import DATE
from agenda.errors import UserError
from agenda.ingest.readers import ItemError, read_path


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", "doc_date", type=DATE, help="Publication date of documents that lack one.")
@click.option("--lang", type=click.Choice(["en", "es", "auto"]), default="auto", show_default=True,
              help="Language of the documents; auto identifies it per document.")
def extract_command(paths: tuple[Path, ...], doc_date: date | None, lang: str) -> None:
    """Print every commitment and progress statement in PATHS as one JSON object per line.

    Reads text, Markdown, HTML, PDF and JSONL files ({"id", "date", "text"} per line), and
    folders of them with their subfolders, through the same extraction as `agenda ingest`.
    """
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UserError(f"no such file: {', '.join(missing)}")
    failures = 0
    for path in paths:
        for item in read_path(path, doc_date, None if lang == "auto" else lang):
            if isinstance(item, ItemError):
                failures += 1
                click.echo(f"skipped {item.item}: {item.reason}", err=True)
                continue
            for statement in analyze_document(item):
                sys.stdout.write(json.dumps(statement.to_json(), ensure_ascii=False) + "\n")
    if failures:
        raise SystemExit(1)
