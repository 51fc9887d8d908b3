"""The JSON shapes of the API (they are also its OpenAPI schema)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field

from agenda.model import Stance, Status


class ErrorDetail(BaseModel):
    status: int
    code: str = Field(description="not_found, invalid_parameter, unauthorized, forbidden, bad_request, ...")
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorOut(BaseModel):
    error: ErrorDetail


class AgendaOut(BaseModel):
    id: str
    title: str
    parties: list[str]
    note: str | None = None
    commitments: int


class AgendaSummaryOut(AgendaOut):
    as_of: dt.date
    status_totals: dict[str, int] = Field(description="commitments by reviewed status")
    proposed_totals: dict[str, int] = Field(description="commitments by proposed status")
    status_by_pillar: dict[str, dict[str, int]]
    status_by_party: dict[str, dict[str, int]]
    overdue: int
    quantitative: int
    awaiting_review: int


class TargetOut(BaseModel):
    value: float
    unit: str | None


class CommitmentOut(BaseModel):
    agenda: str
    id: str
    text: str
    parties: list[str]
    kind: str
    pillar: str
    announced: dt.date
    due: dt.date | None
    parent: str | None
    target: TargetOut | None
    status: str = Field(description="reviewed status as of the date")
    proposed_status: str = Field(description="status counting unreviewed evidence")
    overdue: bool
    progress: float | None = Field(description="fraction of the numeric target reached")
    evidence_count: int
    no_evidence: bool
    last_evidence_date: dt.date | None


class CommitmentPageOut(BaseModel):
    agenda: str
    as_of: dt.date
    total: int
    page: int
    per_page: int
    pages: int
    items: list[CommitmentOut]


class HistoryOut(BaseModel):
    date: dt.date
    status: str
    basis: str
    reviewed: bool
    author: str | None
    reason: str | None
    document: str | None
    evidence_id: int | None
    withdrawn: bool = Field(description="a proposal whose evidence was rejected")


class DocumentRefOut(BaseModel):
    id: str
    title: str | None
    published: dt.date | None
    source: str | None
    lang: str | None
    url: str | None


class EvidenceOut(BaseModel):
    id: int
    stance: str
    score: float
    review_state: str
    reasons: list[str]
    statement_id: int
    statement: str
    statement_type: str
    document: DocumentRefOut


class CommitmentDetailOut(CommitmentOut):
    as_of: dt.date
    quote: str | None
    note: str | None
    source: str | None
    children: list[str]
    history: list[HistoryOut]
    later_changes: int = Field(description="changes dated after as_of, not shown")
    evidence: list[EvidenceOut]


class DocumentOut(DocumentRefOut):
    statements: int


class DocumentPageOut(BaseModel):
    as_of: dt.date
    total: int
    page: int
    per_page: int
    pages: int
    items: list[DocumentOut]


class StatementLinkOut(BaseModel):
    evidence_id: int
    agenda: str
    commitment: str
    stance: str
    review_state: str


class StatementOut(BaseModel):
    id: int
    document: str
    document_date: dt.date | None
    start: int
    end: int
    text: str
    type: str
    kind: str
    pillar: str
    actors: list[str]
    lang: str | None = None
    confidence: float


class StatementPageOut(BaseModel):
    as_of: dt.date
    total: int
    page: int
    per_page: int
    pages: int
    items: list[StatementOut]


class DocumentStatementOut(BaseModel):
    id: int
    start: int
    end: int
    text: str
    type: str
    kind: str
    pillar: str
    actors: list[str]
    confidence: float
    links: list[StatementLinkOut]


class DocumentDetailOut(DocumentRefOut):
    text: str
    sources: list[str]
    statements: list[DocumentStatementOut]


class ProposalOut(BaseModel):
    id: int
    agenda: str
    commitment: str
    commitment_text: str
    stance: str
    score: float
    review_state: str
    statement: str
    statement_type: str
    document: str
    document_title: str | None
    document_date: dt.date | None
    document_lang: str | None
    reasons: list[str]


class ProposalPageOut(BaseModel):
    as_of: dt.date
    total: int
    page: int
    per_page: int
    pages: int
    items: list[ProposalOut]


class ReviewResultOut(BaseModel):
    evidence: ProposalOut
    commitment: CommitmentOut


class AuditOut(BaseModel):
    at: dt.datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    reason: str | None
    details: dict[str, Any]


class UserOut(BaseModel):
    name: str
    role: str
    created_at: dt.datetime
    tokens: int


class MeOut(BaseModel):
    name: str
    role: str
    via: str


class ImportOut(BaseModel):
    agenda: str
    added: int
    updated: int


class ReasonIn(BaseModel):
    reason: str | None = Field(default=None, max_length=1000)


class RelinkIn(BaseModel):
    commitment: str = Field(min_length=1, max_length=200, description="id of the commitment it is really about")
    agenda: str | None = Field(default=None, max_length=100)
    stance: Stance | None = None
    reason: str | None = Field(default=None, max_length=1000)


class SetStatusIn(BaseModel):
    status: Status
    reason: str = Field(min_length=1, max_length=1000)
    date: dt.date | None = Field(default=None, description="when it takes effect (default today)")


class CommitmentPatchIn(BaseModel):
    """Only the fields sent change; send null to clear the due date or the target."""

    text: str | None = Field(default=None, min_length=1, max_length=5000)
    due: dt.date | None = None
    target_value: float | None = Field(default=None, gt=0)
    target_unit: str | None = Field(default=None, max_length=100)
    reason: str | None = Field(default=None, max_length=1000)


class UserIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    role: Literal["editor", "admin"]
    password: str = Field(min_length=8, max_length=1000)


class NewCommitmentOut(BaseModel):
    """A commitment sentence that no commitment of the agenda accounts for."""

    statement_id: int
    agenda: str
    text: str
    actors: list[str]
    kind: str
    pillar: str
    amount: dict[str, Any] | None
    quantity: dict[str, Any] | None
    due: dt.date | None
    confidence: float
    document: str
    document_title: str | None
    document_date: dt.date | None
    document_lang: str | None
    nearest: str | None = Field(default=None, description="the closest commitment (with nearest=true)")
    nearest_score: float | None = None


class NewCommitmentPageOut(BaseModel):
    as_of: dt.date
    total: int
    page: int
    per_page: int
    pages: int
    items: list[NewCommitmentOut]


class AdoptIn(BaseModel):
    agenda: str = Field(min_length=1, max_length=100)
    id: str | None = Field(default=None, max_length=200, description="its id (default: from its words)")
    text: str | None = Field(default=None, min_length=1, max_length=5000, description="default: the sentence")
    parent: str | None = Field(default=None, max_length=200)
    reason: str | None = Field(default=None, max_length=1000)


class RestateIn(BaseModel):
    agenda: str = Field(min_length=1, max_length=100)
    commitment: str = Field(min_length=1, max_length=200, description="id of the commitment it re-announces")
    reason: str | None = Field(default=None, max_length=1000)


class DismissIn(BaseModel):
    agenda: str = Field(min_length=1, max_length=100)
    reason: str | None = Field(default=None, max_length=1000)


class DismissOut(BaseModel):
    agenda: str
    statement_id: int
    dismissed: bool
