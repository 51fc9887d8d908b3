"""`agenda documents`: list stored documents with filters, or show one with its sources and statements."""

from __future__ import annotations

import json
import textwrap
from datetime import date

import click

from agenda.cli.common import DATE
from agenda.store.db import session_scope
from agenda.store.document_list import DocumentDetail, DocumentFilter, DocumentSummary, document_detail, list_documents

_TITLE_WIDTH = 48
_SOURCE_WIDTH = 36


@click.group("documents", invoke_without_command=True)
@click.option("--lang", help="Only documents in this language (en, es, pt, fr).")
@click.option("--since", type=DATE, help="Only documents published on or after this day.")
@click.option("--until", type=DATE, help="Only documents published on or before this day.")
@click.option("--query", "-q", help="Only documents whose title or text contains all these words.")
@click.option("--undated", is_flag=True, help="Only documents without a usable publication date.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="At most this many (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def documents_command(ctx: click.Context, lang: str | None, since: date | None, until: date | None,
                      query: str | None, undated: bool, limit: int, fmt: str) -> None:
    """List stored documents, newest first: id, date, language, title, source, copies and versions.

    'agenda documents show ID' prints one document: metadata, sources, statements and text.
    """
    if ctx.invoked_subcommand is not None:
        return
    where = DocumentFilter(lang=lang, since=since, until=until, query=query, undated=undated, limit=limit or None)
    with session_scope() as session:
        found = list_documents(session, where)
    if fmt == "json":
        click.echo(json.dumps([d.to_json() for d in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no documents match", err=True)
        return
    click.echo(_table(found), nl=False)


@documents_command.command("show")
@click.argument("document_id", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show_command(document_id: str, fmt: str) -> None:
    """Print one document: metadata, where it was found, copies and versions, statements, text."""
    with session_scope() as session:
        detail = document_detail(session, document_id)
    if fmt == "json":
        click.echo(json.dumps(detail.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(_detail_text(detail), nl=False)


def _relations(d: DocumentSummary) -> str:
    parts = []
    if d.copy_of:
        parts.append(f"copy of {d.copy_of}")
    if d.copies:
        parts.append(f"{d.copies} cop{'y' if d.copies == 1 else 'ies'}")
    if d.version_of:
        parts.append(f"new version of {d.version_of}")
    if d.versions > 1:
        parts.append(f"{d.versions} versions")
    if d.sources > 1:
        parts.append(f"found {d.sources} times")
    return ", ".join(parts)


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(documents: list[DocumentSummary]) -> str:
    rows = [("ID", "DATE", "LANG", "TITLE", "SOURCE", "COPIES/VERSIONS")]
    rows += [(d.id, d.date or "undated", d.lang or "?", _cut(d.title, _TITLE_WIDTH),
              _cut(d.source, _SOURCE_WIDTH), _relations(d)) for d in documents]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n"
                   for row in rows)


def _detail_text(detail: DocumentDetail) -> str:
    s = detail.summary
    origin = f" ({s.date_origin})" if s.date else ""
    lines = [
        f"id:        {s.id}",
        f"title:     {s.title or '-'}",
        f"date:      {s.date or 'undated'}{origin}",
        f"language:  {s.lang or '?'}",
    ]
    for label, value in (("url", s.url), ("canonical", detail.canonical_url), ("author", detail.author),
                         ("source", s.source)):
        if value:
            lines.append(f"{label + ':':<10} {value}")
    if s.copy_of:
        lines.append(f"copy of:   {s.copy_of} (similarity {detail.copy_similarity or 0:.2f})")
    if detail.copy_ids:
        lines.append(f"copies:    {', '.join(detail.copy_ids)}")
    if len(detail.version_ids) > 1:
        lines.append(f"versions:  {' → '.join(detail.version_ids)}")
    lines.append(f"ingested:  {detail.ingested_at}")
    lines.append(f"sources ({len(detail.located)}):")
    lines += [f"  {place['locator']}  (seen {place['seen_at']})" for place in detail.located]
    lines.append(f"statements ({len(detail.statement_list)}):")
    for st in detail.statement_list:
        lines.append(f"  [{st['type']}, {st['kind']}, {st['start']}-{st['end']}] {_cut(st['text'], 100)}")
    lines.append("")
    lines.append("text:")
    lines += [textwrap.indent(paragraph, "  ") for paragraph in detail.text.splitlines()]
    return "\n".join(lines) + "\n"
