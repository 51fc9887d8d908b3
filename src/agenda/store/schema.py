"""SQLAlchemy tables that persist what the stages produce; Alembic migrations mirror them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from agenda.clock import utcnow


class Base(DeclarativeBase):
    pass


class AgendaRow(Base):
    __tablename__ = "agenda"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    parties: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    commitments: Mapped[list[CommitmentRow]] = relationship(
        back_populates="agenda", cascade="all, delete-orphan", order_by="CommitmentRow.pk"
    )


class CommitmentRow(Base):
    __tablename__ = "commitment"
    __table_args__ = (UniqueConstraint("agenda_id", "key", name="uq_commitment_agenda_key"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    agenda_id: Mapped[str] = mapped_column(ForeignKey("agenda.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    parties: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind: Mapped[str] = mapped_column(String(20))
    pillar: Mapped[str] = mapped_column(String(20))
    announced: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date | None] = mapped_column(Date)
    # Derived (agenda.store.due_dates): the due date, when work reported done by then is short of
    # the target, so that the pages' SQL shows `partial` from that date as the engine does.
    partial_on: Mapped[dt.date | None] = mapped_column(Date)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str | None] = mapped_column(String(100))
    parent_key: Mapped[str | None] = mapped_column(String(200))
    source_doc: Mapped[str | None] = mapped_column(String(200))
    quote: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    also_in: Mapped[list[str]] = mapped_column(JSON, default=list)
    origin: Mapped[str] = mapped_column(String(20), default="import")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    agenda: Mapped[AgendaRow] = relationship(back_populates="commitments")


class DocumentRow(Base):
    __tablename__ = "document"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(Text, index=True)
    source: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_origin: Mapped[str] = mapped_column(String(20), default="given")
    lang: Mapped[str | None] = mapped_column(String(8), index=True)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True, unique=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    # documents sharing a version key (their URL, or file path) are versions of one another
    version_key: Mapped[str | None] = mapped_column(String(1000), index=True)
    copy_of_pk: Mapped[int | None] = mapped_column(ForeignKey("document.pk"))
    copy_similarity: Mapped[float | None] = mapped_column(Float)
    version_of_pk: Mapped[int | None] = mapped_column(ForeignKey("document.pk"))
    analyzed: Mapped[bool] = mapped_column(Boolean, default=False)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    statements: Mapped[list[StatementRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="StatementRow.start"
    )
    sources: Mapped[list[DocumentSourceRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )


class DocumentSourceRow(Base):
    """One place a document was found; an exact duplicate adds a row here, not a document."""

    __tablename__ = "document_source"
    __table_args__ = (UniqueConstraint("document_pk", "locator", name="uq_source_doc_locator"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_pk: Mapped[int] = mapped_column(
        ForeignKey("document.pk", ondelete="CASCADE"), index=True
    )
    locator: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    document: Mapped[DocumentRow] = relationship(back_populates="sources")


class JournalRow(Base):
    """The ingestion journal: one row per input item, so a re-run skips what is done."""

    __tablename__ = "ingest_journal"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    item: Mapped[str] = mapped_column(String(1000), unique=True)
    kind: Mapped[str | None] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), index=True)
    # what the item was when last done (file size and mtime, line hash, feed entry date)
    fingerprint: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    document_pk: Mapped[int | None] = mapped_column(ForeignKey("document.pk"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class StatementRow(Base):
    __tablename__ = "statement"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_pk: Mapped[int] = mapped_column(
        ForeignKey("document.pk", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(20), index=True)
    actors: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind: Mapped[str] = mapped_column(String(20))
    pillar: Mapped[str] = mapped_column(String(20))
    amount_value: Mapped[float | None] = mapped_column(Float)
    amount_currency: Mapped[str | None] = mapped_column(String(3))
    quantity_value: Mapped[float | None] = mapped_column(Float)
    quantity_unit: Mapped[str | None] = mapped_column(String(100))
    due: Mapped[dt.date | None] = mapped_column(Date)
    due_text: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    lang: Mapped[str | None] = mapped_column(String(8))
    also: Mapped[list[dict]] = mapped_column(JSON, default=list)
    progress_also: Mapped[bool] = mapped_column(Boolean, default=False)

    document: Mapped[DocumentRow] = relationship(back_populates="statements")


class EvidenceRow(Base):
    """A statement linked to a commitment, with its stance and its review state."""

    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("statement_pk", "commitment_pk", name="uq_evidence_statement_commitment"),
        # covering indexes: the review state of a status change's evidence, and the counts of
        # evidence awaiting review by commitment or by statement, read without the rows
        Index("ix_evidence_pk_state", "pk", "review_state"),
        Index("ix_evidence_commitment_state", "commitment_pk", "review_state"),
        Index("ix_evidence_statement_state", "statement_pk", "review_state"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_pk: Mapped[int] = mapped_column(
        ForeignKey("statement.pk", ondelete="CASCADE"), index=True
    )
    commitment_pk: Mapped[int] = mapped_column(
        ForeignKey("commitment.pk", ondelete="CASCADE"), index=True
    )
    stance: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    review_state: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    money_stage: Mapped[str | None] = mapped_column(String(20))
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    statement: Mapped[StatementRow] = relationship()
    commitment: Mapped[CommitmentRow] = relationship()


class StatusChangeRow(Base):
    """One dated transition of a commitment; rows are only ever added, never updated."""

    __tablename__ = "status_change"
    __table_args__ = (
        # the reviewed status as of a date is one backwards seek per commitment, read from the index
        Index("ix_status_change_reviewed_status", "commitment_pk", "reviewed", "date", "pk", "status"),
        # the proposed status replays a commitment's changes backwards from the date, also from the index
        Index("ix_status_change_replay", "commitment_pk", "date", "pk", "reviewed", "evidence_pk", "basis", "status"),
        Index("ix_status_change_date", "date"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    commitment_pk: Mapped[int] = mapped_column(ForeignKey("commitment.pk", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    basis: Mapped[str] = mapped_column(String(20))
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence_pk: Mapped[int | None] = mapped_column(
        ForeignKey("evidence.pk", ondelete="SET NULL"), index=True
    )
    document_key: Mapped[str | None] = mapped_column(String(300))
    author: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    commitment: Mapped[CommitmentRow] = relationship()
    evidence: Mapped[EvidenceRow | None] = relationship()


class EventRow(Base):
    """A coded interaction between two parties, for the cooperation index."""

    __tablename__ = "event"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_pk: Mapped[int | None] = mapped_column(
        ForeignKey("statement.pk", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    source_actor: Mapped[str] = mapped_column(String(10))
    target_actor: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(40))
    mode: Mapped[str | None] = mapped_column(String(40))
    score: Mapped[float] = mapped_column(Float)


class UserRow(Base):
    __tablename__ = "app_user"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ApiTokenRow(Base):
    __tablename__ = "api_token"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("app_user.pk", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditRow(Base):
    """Who did what, when and why: every review action and every edit."""

    __tablename__ = "audit_log"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class LoginFailureRow(Base):
    """A failed login, counted per user name and per client address to slow down guessing."""

    __tablename__ = "login_failure"
    __table_args__ = (Index("ix_login_failure_key_at", "key", "at"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AppSecretRow(Base):
    """Secrets generated on first use (the session signing key), so restarts keep sessions."""

    __tablename__ = "app_secret"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class HistoryRewriteError(RuntimeError):
    """Raised when code tries to update or delete a status change: history is append-only."""


@event.listens_for(StatusChangeRow, "before_update")
def _refuse_update(_mapper, _connection, target: StatusChangeRow) -> None:  # type: ignore[no-untyped-def]
    raise HistoryRewriteError(f"status change {target.pk} cannot be updated: add a new change")


@event.listens_for(StatusChangeRow, "before_delete")
def _refuse_delete(_mapper, _connection, target: StatusChangeRow) -> None:  # type: ignore[no-untyped-def]
    raise HistoryRewriteError(f"status change {target.pk} cannot be deleted: add a new change")
