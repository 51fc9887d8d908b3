"""Persisting documents, their statements and the evidence linked from them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.ingest.near_dup import NearDuplicateIndex, signature, to_bytes
from agenda.model import Document, Link, Statement
from agenda.store.schema import (
    CommitmentRow,
    DocumentRow,
    DocumentSourceRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)
from agenda.track.status import STANCE_STATUS

_SPACES = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 of the text with Unicode, case and whitespace normalised: equal for exact copies."""
    normal = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class Outcome(StrEnum):
    """What storing a document did."""

    NEW = "new"
    DUPLICATE = "duplicate"  # same normalised text already stored: recorded as another source
    VERSION = "version"  # a changed text at a stored URL/path: a new document, the old one kept
    COPY = "copy"  # a near-duplicate of a stored document: stored, linked, not analyzed twice


@dataclass
class DocumentMeta:
    """What ingestion knows about a document beyond `model.Document`."""

    version_key: str | None = None  # its URL or file path: the same key with a new text is a new version
    author: str | None = None
    canonical_url: str | None = None
    date_origin: str | None = None  # document | option | metadata | undated
    signature: np.ndarray | None = None  # near-duplicate signature, when computed beforehand


@dataclass
class StoredDocument:
    row: DocumentRow
    outcome: Outcome
    related: DocumentRow | None = None  # the original of a copy, the previous version of a version
    signature: np.ndarray | None = None


def store_document(session: Session, document: Document, locator: str, meta: DocumentMeta | None = None,
                   near: NearDuplicateIndex | None = None) -> StoredDocument:
    """Store a document unless its text is already stored, linking it to its previous version or
    to the document it is a near-copy of. The caller adds the signature to `near` once committed."""
    meta = meta or DocumentMeta()
    digest = content_hash(document.text)
    existing = session.scalars(select(DocumentRow).where(DocumentRow.content_hash == digest)).first()
    if existing is not None:
        _add_source(session, existing, locator)
        return StoredDocument(existing, Outcome.DUPLICATE)
    sig = meta.signature if meta.signature is not None else signature(document.text)
    outcome, related, similarity = Outcome.NEW, None, None
    previous = _latest_version(session, meta.version_key) if meta.version_key else None
    if previous is not None:
        outcome, related = Outcome.VERSION, previous
    elif near is not None and sig is not None:
        match = near.best_match(sig)
        if match is not None:
            outcome, related, similarity = Outcome.COPY, session.get(DocumentRow, match.pk), match.similarity
    row = DocumentRow(
        key=_unique_key(session, document.id), title=document.title, url=document.url,
        canonical_url=meta.canonical_url, source=document.source, author=meta.author,
        published=document.date, date_origin=meta.date_origin or ("document" if document.date else "undated"),
        lang=document.lang, text=document.text, content_hash=digest,
        minhash=to_bytes(sig) if sig is not None else None, version_key=meta.version_key,
        copy_of_pk=related.pk if outcome is Outcome.COPY and related is not None else None,
        copy_similarity=similarity,
        version_of_pk=related.pk if outcome is Outcome.VERSION and related is not None else None,
    )
    session.add(row)
    session.flush()
    _add_source(session, row, locator)
    return StoredDocument(row, outcome, related, sig)


def save_document(session: Session, document: Document, locator: str) -> tuple[DocumentRow, bool]:
    """Store a document unless its text is already stored; returns (row, newly stored)."""
    stored = store_document(session, document, locator)
    return stored.row, stored.outcome is not Outcome.DUPLICATE


def stored_signatures(session: Session) -> Iterator[tuple[int, int | None, bytes]]:
    """(pk, original pk or None, signature) of every stored document that has a signature."""
    query = (select(DocumentRow.pk, DocumentRow.copy_of_pk, DocumentRow.minhash)
             .where(DocumentRow.minhash.is_not(None)).order_by(DocumentRow.pk))
    for pk, copy_of, blob in session.execute(query.execution_options(yield_per=2000)):
        yield pk, copy_of, bytes(blob)


def _latest_version(session: Session, version_key: str) -> DocumentRow | None:
    return session.scalars(select(DocumentRow).where(DocumentRow.version_key == version_key)
                           .order_by(DocumentRow.pk.desc()).limit(1)).first()


def _add_source(session: Session, row: DocumentRow, locator: str) -> None:
    known = session.scalars(
        select(DocumentSourceRow.pk).where(
            DocumentSourceRow.document_pk == row.pk, DocumentSourceRow.locator == locator
        )
    ).first()
    if known is None:
        session.add(DocumentSourceRow(document_pk=row.pk, locator=locator))


def _unique_key(session: Session, wanted: str) -> str:
    wanted = wanted[:250] or "document"
    if session.scalars(select(DocumentRow.pk).where(DocumentRow.key == wanted)).first() is None:
        return wanted
    taken = set(session.scalars(select(DocumentRow.key).where(DocumentRow.key.startswith(f"{wanted}-",
                                                                                          autoescape=True))))
    suffix = 2
    while f"{wanted}-{suffix}" in taken:
        suffix += 1
    return f"{wanted}-{suffix}"


def row_to_document(row: DocumentRow) -> Document:
    return Document(id=row.key, text=row.text, date=row.published, lang=row.lang, title=row.title,
                    url=row.url, source=row.source)


def save_statements(session: Session, document: DocumentRow,
                    statements: list[Statement]) -> list[StatementRow]:
    rows = []
    for statement in statements:
        slots = statement.slots
        row = StatementRow(
            document_pk=document.pk, start=statement.start, end=statement.end,
            text=statement.text, type=str(statement.type), actors=sorted(slots.actors),
            kind=str(slots.kind), pillar=str(slots.pillar),
            amount_value=slots.amount.value if slots.amount else None,
            amount_currency=slots.amount.currency if slots.amount else None,
            quantity_value=slots.quantity.value if slots.quantity else None,
            quantity_unit=slots.quantity.unit if slots.quantity else None,
            due=slots.due, due_text=slots.due_text, confidence=statement.confidence,
            lang=statement.lang, also=[s.to_json() for s in statement.also],
            progress_also=statement.progress_also,
        )
        session.add(row)
        rows.append(row)
    document.analyzed = True
    session.flush()
    return rows


def save_links(session: Session, statement_row: StatementRow, document: DocumentRow,
               commitments: dict[str, CommitmentRow], links: list[Link]) -> list[EvidenceRow]:
    """Record links as proposed evidence, and the status each one proposes as a machine change."""
    saved = []
    for link in links:
        commitment = commitments[link.commitment_id]
        evidence = EvidenceRow(
            statement_pk=statement_row.pk, commitment_pk=commitment.pk, stance=str(link.stance),
            score=link.score, review_state="proposed", reasons=list(link.reasons),
        )
        session.add(evidence)
        session.flush()
        status = STANCE_STATUS.get(link.stance)
        if status is not None and document.published is not None:
            session.add(StatusChangeRow(
                commitment_pk=commitment.pk, date=document.published, status=str(status),
                basis="evidence", reviewed=False, evidence_pk=evidence.pk,
                document_key=document.key,
            ))
        saved.append(evidence)
    return saved
