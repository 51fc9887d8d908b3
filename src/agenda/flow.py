"""The whole flow for a batch of documents: store, analyze, link against the stored agendas."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agenda.analyze import analyze_document
from agenda.ingest.near_dup import NearDuplicateIndex
from agenda.ingest.timing import NO_TIMER, StageTimer
from agenda.model import Document, Stance, Statement
from agenda.store.agendas import row_to_commitment
from agenda.store.records import (
    DocumentMeta,
    Outcome,
    StoredDocument,
    record_proposed_changes,
    save_links,
    save_statements,
    store_document,
)
from agenda.store.schema import CommitmentRow, DocumentRow, EvidenceRow, StatementRow
from agenda.track.embed import CachedEncoder, Encoder
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions, LinkResult, embed_ahead, link_document_detailed
from agenda.track.scoring import LinkModel

_SPACES = re.compile(r"\s+")
BATCH = 32  # documents whose statements are embedded together

Analyzer = Callable[[Document], list[Statement]]
BatchAnalyzer = Callable[[list[Document]], list[list[Statement]]]


@dataclass
class FlowCounts:
    new: int = 0
    duplicate: int = 0
    versions: int = 0
    copies: int = 0
    statements: int = 0
    evidence: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def count(self, outcome: Outcome) -> None:
        if outcome is Outcome.NEW:
            self.new += 1
        elif outcome is Outcome.DUPLICATE:
            self.duplicate += 1
        elif outcome is Outcome.VERSION:
            self.versions += 1
        else:
            self.copies += 1


class Linker:
    """The stored agendas, each indexed once (commitments embedded once), for many documents.

    Each agenda is linked separately: a statement is compared with the commitments of one
    agenda at a time, so two agendas that overlap do not compete for it.
    """

    def __init__(self, session: Session, options: LinkOptions | None = None,
                 encoder: Encoder | None = None, model: LinkModel | None = None) -> None:
        self.options = options or LinkOptions.from_env()
        # None: the shipped model. An evaluation swaps in one fitted without the next document.
        self.model = model
        self.encoder = CachedEncoder(encoder)
        rows = list(session.scalars(select(CommitmentRow).order_by(CommitmentRow.pk)))
        self.rows: dict[str, dict[str, CommitmentRow]] = {}
        for row in rows:
            self.rows.setdefault(row.agenda_id, {})[row.key] = row
        self._held = reported_held(session)
        self._indexes: dict[str, CommitmentIndex] = {}

    def index(self, agenda_id: str) -> CommitmentIndex:
        if agenda_id not in self._indexes:
            commitments = [row_to_commitment(row) for row in self.rows[agenda_id].values()]
            index = CommitmentIndex(commitments, encoder=self.encoder)
            for row in self.rows[agenda_id].values():
                if row.pk in self._held:
                    index.record_held(row.key, self._held[row.pk])
            self._indexes[agenda_id] = index
        return self._indexes[agenda_id]

    def embed_ahead(self, documents: list[tuple[Document, list[Statement]]]) -> None:
        """Embed, in one batch, what linking these documents against every agenda will need."""
        for agenda_id in self.rows:
            embed_ahead([(statements, d.title, d.text) for d, statements in documents], self.index(agenda_id),
                        self.options)

    def link(self, document: Document, statements: list[Statement]) -> dict[str, list[LinkResult]]:
        """Per agenda, what the linker decided for each statement of the document."""
        return {agenda_id: link_document_detailed(statements, self.index(agenda_id), document.title,
                                                  self.options, model=self.model, text=document.text)
                for agenda_id in self.rows}


def reported_held(session: Session) -> dict[int, dt.date]:
    """Per commitment (pk), the earliest date a stored report fulfils it (rejected evidence aside):
    a one-off meeting reported held is not held again (see `CommitmentIndex.meetings_long_past`)."""
    query = (select(EvidenceRow.commitment_pk, func.min(DocumentRow.published))
             .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
             .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
             .where(EvidenceRow.stance == str(Stance.FULFIL), EvidenceRow.review_state != "rejected",
                    DocumentRow.published.is_not(None))
             .group_by(EvidenceRow.commitment_pk))
    return {pk: when for pk, when in session.execute(query)}


def link_stored_document(session: Session, row: DocumentRow, document: Document, statements: list[Statement],
                         statement_rows: list[StatementRow], linker: Linker) -> int:
    """Save the links of a stored document's statements and the status changes they propose."""
    saved = 0
    for agenda_id, results in linker.link(document, statements).items():
        touched: dict[int, CommitmentRow] = {}
        for result, statement_row in zip(results, statement_rows, strict=True):
            for evidence in save_links(session, statement_row, row, linker.rows[agenda_id], result.links):
                touched[evidence.commitment_pk] = session.get(CommitmentRow, evidence.commitment_pk)
                saved += 1
            if row.published is not None:
                for link in result.links:
                    if link.stance == Stance.FULFIL:
                        linker.index(agenda_id).record_held(link.commitment_id, row.published)
        if row.published is not None:
            for commitment in touched.values():
                record_proposed_changes(session, commitment, row.published)
    return saved


def store_new(session: Session, document: Document, locator: str, counts: FlowCounts, *,
              meta: DocumentMeta | None = None, near: NearDuplicateIndex | None = None, analyze: bool = True,
              timer: StageTimer = NO_TIMER) -> StoredDocument:
    """Store a document unless its text is already stored (then it is another source of it)."""
    with timer.stage("store"):
        stored = store_document(session, document, locator, meta, near, analyzed=analyze)
    if near is not None and stored.signature is not None and stored.outcome is not Outcome.DUPLICATE:
        near.add(stored.pk, stored.signature, stored.copy_of_pk)
    counts.count(stored.outcome)
    return stored


def analyze_and_link(session: Session, batch: list[tuple[Document, StoredDocument]], linker: Linker,
                     counts: FlowCounts, timer: StageTimer = NO_TIMER,
                     analyzer: Analyzer = analyze_document, analyze_batch: BatchAnalyzer | None = None) -> None:
    """Analyze stored documents and link their statements to the commitments as proposed evidence.

    A new version or a near-copy is analyzed too, but only its sentences that the previous
    version or the original does not contain become statements: the same words are never
    counted twice as evidence. The statements of the whole batch are embedded together.
    `analyze_batch`, when given, analyzes the batch's documents at once (on Dask workers:
    `agenda.scale.batch`) instead of `analyzer` one by one.
    """
    pending = [(stored, replace(document, id=stored.key)) for document, stored in batch
               if stored.outcome is not Outcome.DUPLICATE]
    with timer.stage("analyze"):
        keyed_documents = [keyed for _, keyed in pending]
        found = analyze_batch(keyed_documents) if analyze_batch else [analyzer(d) for d in keyed_documents]
    analyzed: list[tuple[DocumentRow, Document, list[Statement], list[StatementRow]]] = []
    for (stored, keyed), statements in zip(pending, found, strict=True):
        with timer.stage("analyze"):
            if statements and stored.related_pk is not None:
                related_text = session.scalar(select(DocumentRow.text).where(DocumentRow.pk == stored.related_pk))
                statements = novel_statements(statements, related_text or "")
        if not statements:
            continue
        with timer.stage("store"):
            row = stored.row(session)
            statement_rows = save_statements(session, row, statements)
        counts.statements += len(statement_rows)
        analyzed.append((row, keyed, statements, statement_rows))
    with timer.stage("link"):
        if len(analyzed) > 1:
            linker.embed_ahead([(document, statements) for _, document, statements, _ in analyzed])
        for row, document, statements, statement_rows in analyzed:
            counts.evidence += link_stored_document(session, row, document, statements, statement_rows, linker)


def process_document(session: Session, document: Document, locator: str, linker: Linker,
                     counts: FlowCounts, analyzer: Analyzer = analyze_document, *,
                     meta: DocumentMeta | None = None, near: NearDuplicateIndex | None = None,
                     analyze: bool = True, timer: StageTimer = NO_TIMER) -> StoredDocument:
    """Store one document; unless it was already stored, analyze it and link its statements."""
    stored = store_new(session, document, locator, counts, meta=meta, near=near, analyze=analyze, timer=timer)
    if analyze:
        analyze_and_link(session, [(document, stored)], linker, counts, timer, analyzer)
    return stored


def novel_statements(statements: list[Statement], related_text: str) -> list[Statement]:
    """The statements whose sentence does not already appear in the related document's text."""
    known = _normal(related_text)
    return [s for s in statements if _normal(s.text) not in known]


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower()


def process_documents(session: Session, documents: Iterable[tuple[Document, str]],
                      options: LinkOptions | None = None, analyzer: Analyzer = analyze_document,
                      batch: int = BATCH, near: NearDuplicateIndex | None = None) -> FlowCounts:
    """Store, analyze and link documents in the caller's transaction, `batch` documents at a time."""
    counts = FlowCounts()
    linker = Linker(session, options)
    chunk: list[tuple[Document, StoredDocument]] = []
    for document, locator in documents:
        chunk.append((document, store_new(session, document, locator, counts, near=near)))
        if len(chunk) >= batch:
            analyze_and_link(session, chunk, linker, counts, analyzer=analyzer)
            chunk = []
    if chunk:
        analyze_and_link(session, chunk, linker, counts, analyzer=analyzer)
    return counts
