"""Building a document's statements from its sentences, for the linker's tests."""

from __future__ import annotations

from datetime import date

from agenda.model import Slots, Statement, StatementType


def statements_of(doc: str, texts: list[str], statement_type: StatementType, doc_date: date,
                  slots: Slots, lang: str = "en") -> list[Statement]:
    """One statement per sentence, with the offsets the sentences have when joined by spaces."""
    statements, start = [], 0
    for text in texts:
        statements.append(Statement(doc=doc, start=start, end=start + len(text), text=text, type=statement_type,
                                    lang=lang, doc_date=doc_date, slots=slots))
        start += len(text) + 1
    return statements
