"""`agenda ingest`: store documents from files, folders, URLs, feeds and sitemaps; analyze and link them."""

from __future__ import annotations

import sys
from datetime import date

import click

from agenda.cli.common import DATE
from agenda.ingest.options import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, MEGABYTE, IngestOptions
from agenda.ingest.progress import Progress
from agenda.ingest.runner import run_ingest
from agenda.ingest.sources import check_arguments
from agenda.ingest.summary import summary_lines


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--recursive", "-r", is_flag=True, help="Read folders with all their subfolders.")
@click.option("--feed", is_flag=True, help="The URLs and XML files given are RSS/Atom feeds (fail otherwise).")
@click.option("--since", type=DATE, help="Leave out feed entries and sitemap URLs dated before this day.")
@click.option("--date", "doc_date", type=DATE, help="Publication date of documents that have none of their own.")
@click.option("--lang", type=click.Choice(["en", "es", "auto"]), default="auto", show_default=True,
              help="Language of the documents; auto identifies it per document.")
@click.option("--allow-private", is_flag=True,
              help="Fetch from loopback, private, link-local and reserved addresses (refused by default).")
@click.option("--refresh", is_flag=True,
              help="Fetch URLs again even if already done; a changed text becomes a new version.")
@click.option("--max-size", "max_size", type=click.FloatRange(min=0.001), default=DEFAULT_MAX_BYTES / MEGABYTE,
              show_default=True, metavar="MB", help="Refuse files and responses larger than this.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS", help="Give up on a URL that takes longer than this.")
@click.option("--analysis-workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Analyse on a local Dask cluster of this many processes (0: in this process).")
@click.option("--scheduler", metavar="ADDRESS", help="Analyse on this running Dask scheduler instead.")
def ingest_command(sources: tuple[str, ...], recursive: bool, feed: bool, since: date | None,
                   doc_date: date | None, lang: str, allow_private: bool, refresh: bool, max_size: float,
                   timeout: float, analysis_workers: int, scheduler: str | None) -> None:
    """Store the documents in PATH_OR_URL..., analyze them and link their statements as evidence.

    Reads .html/.htm, .pdf, .txt, .md files, folders of them, .jsonl/.jsonl.gz archives
    ({"id", "date", "text"} per line), http(s) pages, RSS/Atom feeds and XML sitemaps;
    '-' reads more paths and URLs from standard input, one per line. A journal in the
    database records every item: running the same command again skips what is done and
    retries what failed. Exit status 1 when any item failed.
    """
    check_arguments(sources)
    options = IngestOptions(
        date=doc_date, lang=None if lang == "auto" else lang, since=since, recursive=recursive, feed=feed,
        allow_private=allow_private, refresh=refresh, max_bytes=int(max_size * MEGABYTE), timeout=timeout,
        analysis_workers=analysis_workers, scheduler=scheduler,
    )
    report = run_ingest(sources, options, stdin=sys.stdin, progress=Progress())
    for line in summary_lines(report):
        click.echo(line)
    if report.interrupted:
        raise SystemExit(130)
    if report.failed:
        raise SystemExit(1)
