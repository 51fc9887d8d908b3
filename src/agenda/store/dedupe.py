"""Storing a document once: exact copies become sources, changed texts versions, near-copies linked copies.

Written with prebuilt Core statements: this runs once per ingested document and the ORM's
unit of work cost more than the rest of storage and dedupe together (see README, benchmark).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from agenda.clock import utcnow
from agenda.ingest.fingerprint import fingerprint
from agenda.ingest.near_dup import NearDuplicateIndex, to_bytes
from agenda.model import Document
from agenda.store.schema import DocumentRow, DocumentSourceRow

# one round trip for the three questions asked of every document
_LOOKUP = select(
    select(DocumentRow.pk).where(DocumentRow.content_hash == bindparam("digest")).scalar_subquery(),
    select(func.max(DocumentRow.pk)).where(DocumentRow.version_key == bindparam("version_key")).scalar_subquery(),
    select(DocumentRow.pk).where(DocumentRow.key == bindparam("key")).scalar_subquery(),
)
_SOURCE_KNOWN = select(DocumentSourceRow.pk).where(DocumentSourceRow.document_pk == bindparam("pk"),
                                                   DocumentSourceRow.locator == bindparam("locator"))
_INSERT_DOCUMENT = insert(DocumentRow)
_VERSION_KEY_LIMIT = 1000
_INSERT_SOURCE = insert(DocumentSourceRow)


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
    content_hash: str | None = None  # both computed beforehand (in `build_document`), or here
    signature: np.ndarray | None = None  # near-duplicate signature


@dataclass
class StoredDocument:
    pk: int
    key: str
    outcome: Outcome
    related_pk: int | None = None  # the original of a copy, the previous version of a version
    signature: np.ndarray | None = None
    copy_of_pk: int | None = None

    def row(self, session: Session) -> DocumentRow:
        row = session.get(DocumentRow, self.pk)
        assert row is not None
        return row


def store_document(session: Session, document: Document, locator: str, meta: DocumentMeta | None = None,
                   near: NearDuplicateIndex | None = None, *, analyzed: bool = False) -> StoredDocument:
    """Store a document unless its text is already stored, linking it to its previous version or to
    the document it is a near-copy of (found through `near`). The caller adds the signature to `near`."""
    meta = meta or DocumentMeta()
    if meta.version_key and len(meta.version_key) > _VERSION_KEY_LIMIT:  # a column of 1000 characters
        digest = hashlib.sha256(meta.version_key.encode("utf-8")).hexdigest()[:24]
        meta.version_key = f"{meta.version_key[:_VERSION_KEY_LIMIT - 26]}#{digest}"
    session.flush()  # rows the caller added through the ORM must be visible to the Core queries
    connection = session.connection()
    if meta.content_hash is None:
        found = fingerprint(document.text)
        meta.content_hash, meta.signature = found.content_hash, found.signature
    digest = meta.content_hash
    wanted_key = document.id[:250] or "document"
    existing, previous, key_taken = connection.execute(
        _LOOKUP, {"digest": digest, "version_key": meta.version_key, "key": wanted_key}).one()
    if existing is not None:
        if connection.execute(_SOURCE_KNOWN, {"pk": existing, "locator": locator}).first() is None:
            connection.execute(_INSERT_SOURCE, {"document_pk": existing, "locator": locator, "seen_at": utcnow()})
        key = session.scalar(select(DocumentRow.key).where(DocumentRow.pk == existing))
        return StoredDocument(existing, key or "", Outcome.DUPLICATE)
    sig = meta.signature
    outcome, related, similarity = Outcome.NEW, None, None
    if previous is not None:
        outcome, related = Outcome.VERSION, previous
    elif near is not None and sig is not None:
        match = near.best_match(sig)
        if match is not None:
            outcome, related, similarity = Outcome.COPY, match.pk, match.similarity
    key = _free_key(session, wanted_key) if key_taken is not None else wanted_key
    now = utcnow()
    copy_of = related if outcome is Outcome.COPY else None
    pk = connection.execute(_INSERT_DOCUMENT, {
        "key": key, "title": document.title, "url": document.url, "canonical_url": meta.canonical_url,
        "source": document.source, "author": meta.author, "published": document.date,
        "date_origin": meta.date_origin or ("document" if document.date else "undated"), "lang": document.lang,
        "text": document.text, "content_hash": digest, "minhash": to_bytes(sig) if sig is not None else None,
        "version_key": meta.version_key, "copy_of_pk": copy_of, "copy_similarity": similarity,
        "version_of_pk": related if outcome is Outcome.VERSION else None, "analyzed": analyzed,
        "ingested_at": now,
    }).inserted_primary_key[0]
    connection.execute(_INSERT_SOURCE, {"document_pk": pk, "locator": locator, "seen_at": now})
    return StoredDocument(pk, key, outcome, related, sig, copy_of)


def stored_signatures(session: Session) -> Iterator[tuple[int, int | None, bytes]]:
    """(pk, original pk or None, signature) of every stored document that has a signature."""
    query = (select(DocumentRow.pk, DocumentRow.copy_of_pk, DocumentRow.minhash)
             .where(DocumentRow.minhash.is_not(None)).order_by(DocumentRow.pk))
    for pk, copy_of, blob in session.execute(query.execution_options(yield_per=2000)):
        yield pk, copy_of, bytes(blob)


def _free_key(session: Session, wanted: str) -> str:
    """`wanted` is taken: the first of wanted-2, wanted-3, ... that is not."""
    taken = set(session.connection().execute(select(DocumentRow.key).where(
        DocumentRow.key.startswith(f"{wanted}-", autoescape=True))).scalars())
    suffix = 2
    while f"{wanted}-{suffix}" in taken:
        suffix += 1
    return f"{wanted}-{suffix}"
