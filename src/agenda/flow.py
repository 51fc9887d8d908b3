"""The whole flow for a batch of documents: store, analyze, link against the stored agendas."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.analyze import analyze_document
from agenda.model import Document, Statement
from agenda.store.agendas import row_to_commitment
from agenda.store.records import record_proposed_changes, save_document, save_links, save_statements
from agenda.store.schema import CommitmentRow, DocumentRow, StatementRow
from agenda.track.embed import CachedEncoder, Encoder
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions, LinkResult, embed_ahead, link_document_detailed


@dataclass
class FlowCounts:
    new: int = 0
    duplicate: int = 0
    statements: int = 0
    evidence: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


class Linker:
    """The stored agendas, each indexed once (commitments embedded once), for many documents.

    Each agenda is linked separately: a statement is compared with the commitments of one
    agenda at a time, so two agendas that overlap do not compete for it.
    """

    def __init__(self, session: Session, options: LinkOptions | None = None,
                 encoder: Encoder | None = None) -> None:
        self.options = options or LinkOptions.from_env()
        self.encoder = CachedEncoder(encoder)
        rows = list(session.scalars(select(CommitmentRow).order_by(CommitmentRow.pk)))
        self.rows: dict[str, dict[str, CommitmentRow]] = {}
        for row in rows:
            self.rows.setdefault(row.agenda_id, {})[row.key] = row
        self._indexes: dict[str, CommitmentIndex] = {}

    def index(self, agenda_id: str) -> CommitmentIndex:
        if agenda_id not in self._indexes:
            commitments = [row_to_commitment(row) for row in self.rows[agenda_id].values()]
            self._indexes[agenda_id] = CommitmentIndex(commitments, encoder=self.encoder)
        return self._indexes[agenda_id]

    def embed_ahead(self, documents: list[tuple[Document, list[Statement]]]) -> None:
        """Embed, in one batch, what linking these documents against every agenda will need."""
        for agenda_id in self.rows:
            embed_ahead([(statements, d.title, d.text) for d, statements in documents], self.index(agenda_id),
                        self.options)

    def link(self, document: Document, statements: list[Statement]) -> dict[str, list[LinkResult]]:
        """Per agenda, what the linker decided for each statement of the document."""
        return {agenda_id: link_document_detailed(statements, self.index(agenda_id), document.title,
                                                  self.options, text=document.text)
                for agenda_id in self.rows}


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
            for commitment in touched.values():
                record_proposed_changes(session, commitment, row.published)
    return saved


Analyzer = Callable[[Document], list[Statement]]


BATCH = 32


def process_document(session: Session, document: Document, locator: str, linker: Linker,
                     counts: FlowCounts, analyzer: Analyzer = analyze_document) -> None:
    """Store one document; if it is new, analyze it and link its statements as evidence."""
    process_batch(session, [(document, locator)], linker, counts, analyzer)


def process_batch(session: Session, items: list[tuple[Document, str]], linker: Linker, counts: FlowCounts,
                  analyzer: Analyzer = analyze_document) -> None:
    """Store and analyze a few documents, embed what linking needs in one batch, then link each."""
    stored = []
    for document, locator in items:
        row, created = save_document(session, document, locator)
        if not created:
            counts.duplicate += 1
            continue
        counts.new += 1
        statements = analyzer(document)
        statement_rows = save_statements(session, row, statements)
        counts.statements += len(statement_rows)
        stored.append((row, document, statements, statement_rows))
    if len(stored) > 1:
        linker.embed_ahead([(document, statements) for _, document, statements, _ in stored])
    for row, document, statements, statement_rows in stored:
        counts.evidence += link_stored_document(session, row, document, statements, statement_rows, linker)


def process_documents(session: Session, documents: Iterable[tuple[Document, str]],
                      options: LinkOptions | None = None, analyzer: Analyzer = analyze_document,
                      batch: int = BATCH) -> FlowCounts:
    """The whole flow over documents in the order given, `batch` documents at a time."""
    counts = FlowCounts()
    linker = Linker(session, options)
    chunk: list[tuple[Document, str]] = []
    for item in documents:
        chunk.append(item)
        if len(chunk) >= batch:
            process_batch(session, chunk, linker, counts, analyzer)
            chunk = []
    if chunk:
        process_batch(session, chunk, linker, counts, analyzer)
    return counts
