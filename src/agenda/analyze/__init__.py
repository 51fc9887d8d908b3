"""The analysis stage: documents in, recognised commitment and progress statements out."""

from __future__ import annotations

from agenda.analyze.also import second_commitment_start
from agenda.analyze.clauses import LONG_SPOKEN_SENTENCE, clause_end
from agenda.analyze.context import DocumentContext, document_context, fill_slots_in_context
from agenda.analyze.detect import SHIPPED, Model, detect
from agenda.model import Document, Slots, Statement, StatementType

__all__ = ["analyze_document", "analyze_with"]


def analyze_document(document: Document) -> list[Statement]:
    """Every commitment and progress statement of a document, with slots and offsets."""
    return analyze_with(document, SHIPPED)


def analyze_with(document: Document, model: Model) -> list[Statement]:
    """`analyze_document` under a given detector model, for training and evaluation."""
    lang = document.lang or "en"
    statements: list[Statement] = []
    context: DocumentContext | None = None
    for found in detect(document.text, lang, model):
        if context is None:  # read only for documents that hold a statement
            context = document_context(document)
        start, text = found.sentence.start, found.text
        if found.sentence.speaker is not None and len(text) > LONG_SPOKEN_SENTENCE:
            text = text[:clause_end(text, found.cue_at, lang)].rstrip(" ,;")
        slots = fill_slots_in_context(text, lang, document.date, context,
                                      progress=found.type == StatementType.PROGRESS)
        also: list[Slots] = []
        progress_also = False
        if found.type == StatementType.COMMITMENT:
            progress_also = "forward_and_done" in found.features
            split = second_commitment_start(text, lang)
            if split is not None:
                second = fill_slots_in_context(text[split:], lang, document.date, context)
                if not second.actors:
                    second.actors = list(slots.actors)
                also.append(second)
        statements.append(Statement(
            doc=document.id, start=start, end=start + len(text), text=text, type=found.type,
            slots=slots, confidence=found.confidence, lang=lang, doc_date=document.date, also=also,
            progress_also=progress_also,
        ))
    return statements
