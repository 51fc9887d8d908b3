"""Stored documents for people: filtered listings and one document with its sources and statements."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from agenda.errors import NotFoundError
from agenda.store.schema import DocumentRow, DocumentSourceRow, StatementRow


@dataclass
class DocumentFilter:
    lang: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    query: str | None = None  # case-insensitive words in the title or the text
    undated: bool = False  # only documents without a usable date
    limit: int | None = 50


@dataclass
class DocumentSummary:
    id: str
    date: str | None
    date_origin: str
    lang: str | None
    title: str | None
    url: str | None
    source: str | None  # where it was first found (a file, a URL) or the publisher it names
    sources: int  # places it was found (exact duplicates add places, not documents)
    copy_of: str | None  # the original this near-duplicate copies
    copies: int  # near-duplicate copies of this document
    version_of: str | None  # the previous version (same URL or path, changed text)
    versions: int  # documents at the same URL or path, this one included
    statements: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DocumentDetail:
    summary: DocumentSummary
    author: str | None
    canonical_url: str | None
    version_key: str | None
    copy_similarity: float | None
    ingested_at: str
    text: str
    located: list[dict[str, str]] = field(default_factory=list)
    copy_ids: list[str] = field(default_factory=list)
    version_ids: list[str] = field(default_factory=list)
    statement_list: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {**self.summary.to_json(), "author": self.author, "canonical_url": self.canonical_url,
                "version_key": self.version_key, "copy_similarity": self.copy_similarity,
                "ingested_at": self.ingested_at, "located": self.located, "copy_ids": self.copy_ids,
                "version_ids": self.version_ids, "statement_list": self.statement_list, "text": self.text}


def list_documents(session: Session, where: DocumentFilter) -> list[DocumentSummary]:
    """Documents matching the filter, newest first (undated ones last)."""
    query = _filtered(select(DocumentRow), where).order_by(
        DocumentRow.published.is_(None), DocumentRow.published.desc(), DocumentRow.pk.desc())
    if where.limit:
        query = query.limit(where.limit)
    rows = list(session.scalars(query))
    return _summaries(session, rows)


def document_detail(session: Session, key: str) -> DocumentDetail:
    row = session.scalars(select(DocumentRow).where(DocumentRow.key == key)).first()
    if row is None:
        raise NotFoundError(f"unknown document {key!r} (see 'agenda documents')")
    summary = _summaries(session, [row])[0]
    located = [{"locator": s.locator, "seen_at": s.seen_at.isoformat(timespec="seconds")}
               for s in session.scalars(select(DocumentSourceRow).where(DocumentSourceRow.document_pk == row.pk)
                                        .order_by(DocumentSourceRow.pk))]
    copies = list(session.scalars(select(DocumentRow.key).where(DocumentRow.copy_of_pk == row.pk)
                                  .order_by(DocumentRow.pk)))
    versions = (list(session.scalars(select(DocumentRow.key).where(DocumentRow.version_key == row.version_key)
                                     .order_by(DocumentRow.pk))) if row.version_key else [row.key])
    statements = [{"type": s.type, "start": s.start, "end": s.end, "text": s.text, "kind": s.kind,
                   "pillar": s.pillar, "actors": list(s.actors or []), "confidence": s.confidence}
                  for s in session.scalars(select(StatementRow).where(StatementRow.document_pk == row.pk)
                                           .order_by(StatementRow.start))]
    return DocumentDetail(
        summary=summary, author=row.author, canonical_url=row.canonical_url, version_key=row.version_key,
        copy_similarity=row.copy_similarity, ingested_at=row.ingested_at.isoformat(timespec="seconds"),
        text=row.text, located=located, copy_ids=copies, version_ids=versions, statement_list=statements,
    )


def _filtered(query: Select, where: DocumentFilter) -> Select:
    if where.lang:
        query = query.where(DocumentRow.lang == where.lang)
    if where.since:
        query = query.where(DocumentRow.published >= where.since)
    if where.until:
        query = query.where(DocumentRow.published <= where.until)
    if where.undated:
        query = query.where(DocumentRow.published.is_(None))
    for word in (where.query or "").lower().split():
        query = query.where(or_(func.lower(DocumentRow.title).contains(word, autoescape=True),
                                func.lower(DocumentRow.text).contains(word, autoescape=True)))
    return query


def _summaries(session: Session, rows: list[DocumentRow]) -> list[DocumentSummary]:
    if not rows:
        return []
    pks = [row.pk for row in rows]
    first_source = dict(session.execute(
        select(DocumentSourceRow.document_pk, DocumentSourceRow.locator)
        .where(DocumentSourceRow.pk.in_(select(func.min(DocumentSourceRow.pk))
                                        .where(DocumentSourceRow.document_pk.in_(pks))
                                        .group_by(DocumentSourceRow.document_pk)))).all())
    sources = _counts(session, DocumentSourceRow.document_pk, pks)
    copies = _counts(session, DocumentRow.copy_of_pk, pks)
    statements = _counts(session, StatementRow.document_pk, pks)
    keys = [row.version_key for row in rows if row.version_key]
    versions = dict(session.execute(select(DocumentRow.version_key, func.count()).where(
        DocumentRow.version_key.in_(keys)).group_by(DocumentRow.version_key)).all()) if keys else {}
    related_pks = {pk for row in rows for pk in (row.copy_of_pk, row.version_of_pk) if pk is not None}
    other = aliased(DocumentRow)
    related = dict(session.execute(select(other.pk, other.key).where(other.pk.in_(related_pks))).all()) \
        if related_pks else {}
    return [DocumentSummary(
        id=row.key, date=row.published.isoformat() if row.published else None, date_origin=row.date_origin,
        lang=row.lang, title=row.title, url=row.url, source=row.source or first_source.get(row.pk),
        sources=sources.get(row.pk, 0), copy_of=related.get(row.copy_of_pk) if row.copy_of_pk else None,
        copies=copies.get(row.pk, 0), version_of=related.get(row.version_of_pk) if row.version_of_pk else None,
        versions=versions.get(row.version_key, 1) if row.version_key else 1, statements=statements.get(row.pk, 0),
    ) for row in rows]


def _counts(session: Session, column, pks: list[int]) -> dict[int, int]:  # type: ignore[no-untyped-def]
    return dict(session.execute(select(column, func.count()).where(column.in_(pks)).group_by(column)).all())
