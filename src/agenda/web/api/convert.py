"""From store results to API models."""

from __future__ import annotations

from datetime import date

from agenda.store.detail import CommitmentDetail, DocumentDetail
from agenda.store.listing import CommitmentSummary
from agenda.store.review import Proposal
from agenda.web.api import models


def commitment_out(item: CommitmentSummary) -> models.CommitmentOut:
    target = models.TargetOut(value=item.target_value, unit=item.target_unit) if item.target_value is not None else None
    return models.CommitmentOut(
        agenda=item.agenda, id=item.id, text=item.text, parties=item.parties, kind=item.kind, pillar=item.pillar,
        announced=item.announced, due=item.due, parent=item.parent, target=target, status=item.status,
        proposed_status=item.proposed_status, overdue=item.overdue, progress=item.progress,
        evidence_count=item.evidence_count, no_evidence=item.no_evidence, last_evidence_date=item.last_evidence_date,
    )


def detail_summary(detail: CommitmentDetail) -> CommitmentSummary:
    row, state = detail.row, detail.state
    live = [e for e in state.evidence if e.review_state != "rejected"]
    return CommitmentSummary(
        agenda=detail.agenda, id=row.key, text=row.text, parties=list(row.parties or []), kind=row.kind,
        pillar=row.pillar, announced=row.announced, due=row.due, parent=row.parent_key,
        target_value=row.target_value, target_unit=row.target_unit, status=str(state.status),
        proposed_status=str(state.proposed_status), overdue=state.overdue, progress=state.progress,
        evidence_count=len(live), last_evidence_date=live[-1].date if live else None,
    )


def commitment_detail_out(detail: CommitmentDetail, as_of: date) -> models.CommitmentDetailOut:
    base = commitment_out(detail_summary(detail)).model_dump()
    return models.CommitmentDetailOut(
        **base, as_of=as_of, quote=detail.row.quote, note=detail.row.note, source=detail.row.source_doc,
        children=[key for key, _ in detail.children], later_changes=detail.later_changes,
        history=[models.HistoryOut(**vars(h)) for h in detail.history],
        evidence=[
            models.EvidenceOut(
                id=e.id, stance=e.stance, score=e.score, review_state=e.review_state, reasons=e.reasons,
                statement_id=e.statement_id, statement=e.statement, statement_type=e.statement_type,
                document=models.DocumentRefOut(id=e.document, title=e.document_title, published=e.document_date,
                                               source=e.document_source, lang=e.document_lang, url=e.document_url),
            )
            for e in detail.evidence
        ],
    )


def document_detail_out(detail: DocumentDetail) -> models.DocumentDetailOut:
    row = detail.row
    return models.DocumentDetailOut(
        id=row.key, title=row.title, published=row.published, source=row.source, lang=row.lang, url=row.url,
        text=row.text, sources=detail.sources,
        statements=[
            models.DocumentStatementOut(
                id=s.id, start=s.start, end=s.end, text=s.text, type=s.type, kind=s.kind, pillar=s.pillar,
                actors=s.actors, confidence=s.confidence,
                links=[models.StatementLinkOut(**vars(link)) for link in s.links],
            )
            for s in detail.statements
        ],
    )


def proposal_out(p: Proposal) -> models.ProposalOut:
    return models.ProposalOut(
        id=p.evidence_id, agenda=p.agenda, commitment=p.commitment, commitment_text=p.commitment_text,
        stance=p.stance, score=p.score, review_state=p.review_state, statement=p.statement,
        statement_type=p.statement_type, document=p.document, document_title=p.document_title,
        document_date=p.document_date, document_lang=p.document_lang, reasons=p.reasons,
    )
