"""The analysis stage: documents in, recognised commitment and progress statements out."""

from __future__ import annotations

from agenda.analyze.detect import SHIPPED, Model, detect
from agenda.analyze.slots import fill_slots
from agenda.model import Document, Statement

__all__ = ["analyze_document", "analyze_with"]


def analyze_document(document: Document) -> list[Statement]:
    """Every commitment and progress statement of a document, with slots and offsets."""
    return analyze_with(document, SHIPPED)


def analyze_with(document: Document, model: Model) -> list[Statement]:
    """`analyze_document` under a given detector model, for training and evaluation."""
    lang = document.lang or "en"
    statements: list[Statement] = []
    for found in detect(document.text, lang, model):
        sentence = found.sentence
        statements.append(Statement(
            doc=document.id, start=sentence.start, end=sentence.end, text=found.text, type=found.type,
            slots=fill_slots(found.text, lang, document.date), confidence=found.confidence, lang=lang,
            doc_date=document.date,
        ))
    return statements
