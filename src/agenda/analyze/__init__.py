"""The analysis stage: documents in, recognised commitment and progress statements out."""

from __future__ import annotations

from agenda.analyze.detect import classify_sentence
from agenda.analyze.sentences import split_sentences
from agenda.analyze.slots import fill_slots
from agenda.model import Document, Statement

__all__ = ["analyze_document"]


def analyze_document(document: Document) -> list[Statement]:
    """Every commitment and progress statement of a document, with slots and offsets."""
    lang = document.lang or "en"
    statements: list[Statement] = []
    for start, end in split_sentences(document.text, lang):
        sentence = document.text[start:end]
        statement_type, confidence = classify_sentence(sentence, lang)
        if statement_type is None:
            continue
        statements.append(Statement(
            doc=document.id, start=start, end=end, text=sentence, type=statement_type,
            slots=fill_slots(sentence, lang, document.date), confidence=confidence, lang=lang,
            doc_date=document.date,
        ))
    return statements
