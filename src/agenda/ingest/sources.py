"""Command-line arguments to input items: paths, folders, URLs, and '-' for a list on standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from agenda.errors import UserError
from agenda.ingest.files import items_for_path
from agenda.ingest.items import FailedItem, Item, UrlItem, journal_key
from agenda.ingest.options import IngestOptions
from agenda.ingest.urls import check_url, is_url, normalize_url

STDIN = "-"


def check_arguments(arguments: Iterable[str]) -> None:
    """Refuse the whole command when a path named on the command line does not exist."""
    missing = [a for a in arguments if a != STDIN and not is_url(a) and not Path(a).exists()]
    if missing:
        raise UserError(f"no such file: {', '.join(missing)}")


def items_for_arguments(arguments: Iterable[str], options: IngestOptions, *, stdin: TextIO | None = None,
                        skipped: list[Path] | None = None) -> Iterator[Item]:
    """Every item the arguments name, in order; '-' reads more arguments from standard input."""
    for argument in arguments:
        if argument == STDIN:
            for line in stdin or sys.stdin:
                listed = line.strip()
                if listed and not listed.startswith("#") and listed != STDIN:
                    yield from items_for_argument(listed, options, skipped)
        else:
            yield from items_for_argument(argument, options, skipped)


def items_for_argument(argument: str, options: IngestOptions, skipped: list[Path] | None = None) -> Iterator[Item]:
    if argument.lower().startswith("file://"):
        argument = argument[len("file://"):]
    if is_url(argument):
        problem = check_url(argument)
        if problem:
            yield FailedItem(key=journal_key("url", argument), label=argument, reason=problem)
            return
        url = normalize_url(argument)
        yield UrlItem(key=journal_key("url", url), label=argument, url=url, expect_feed=options.feed)
        return
    path = Path(argument).expanduser()
    if not path.exists():
        yield FailedItem(key=journal_key("file", str(path.absolute())), label=argument,
                         reason="no such file or directory")
        return
    yield from items_for_path(path, recursive=options.recursive, max_bytes=options.max_bytes,
                              expect_feed=options.feed, skipped=skipped)
