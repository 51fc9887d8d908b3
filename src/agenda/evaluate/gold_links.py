"""Reading a gold set with its links (docs.jsonl, gold/*.json with refs, agenda.yaml) for the linking scores."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from agenda.agendafile import read_agenda_file
from agenda.errors import UserError
from agenda.evaluate.gold import parse_slots
from agenda.model import Agenda, Document, Statement, StatementType


@dataclass
class GoldStatement:
    """A labelled statement: the Statement the linker would see, plus its gold refs and stance."""

    statement: Statement
    refs: list[str] = field(default_factory=list)
    stance: str | None = None


@dataclass
class GoldSet:
    documents: list[Document]
    statements: dict[str, list[GoldStatement]]
    agenda: Agenda

    def documents_in_date_order(self) -> list[Document]:
        return sorted(self.documents, key=lambda d: (d.date or date.min, d.id))


def load_gold(folder: str | Path) -> GoldSet:
    """The gold set in `folder`; a missing part is a UserError naming the file."""
    root = Path(folder)
    docs_file, agenda_file, gold_dir = root / "docs.jsonl", root / "agenda.yaml", root / "gold"
    for needed in (docs_file, agenda_file, gold_dir):
        if not needed.exists():
            raise UserError(f"gold set {root}: missing {needed.name}")
    documents = [_document(json.loads(line)) for line in docs_file.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    by_id = {d.id: d for d in documents}
    statements: dict[str, list[GoldStatement]] = {}
    for file in sorted(gold_dir.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        document = by_id.get(str(data["doc"]))
        if document is None:
            raise UserError(f"{file}: document {data['doc']!r} is not in docs.jsonl")
        statements[document.id] = _statements(document, data.get("statements", []))
    return GoldSet(documents, statements, read_agenda_file(agenda_file))


def _document(record: dict[str, Any]) -> Document:
    return Document(id=str(record["id"]), text=record["text"],
                    date=date.fromisoformat(record["date"]) if record.get("date") else None,
                    lang=record.get("lang"), title=record.get("title"), url=record.get("url"),
                    source=record.get("source"))


def _statements(document: Document, records: list[dict[str, Any]]) -> list[GoldStatement]:
    out: list[GoldStatement] = []
    cursor = 0
    for record in records:
        text = record["text"]
        start = document.text.find(text, cursor)
        if start < 0:
            start = document.text.find(text)
        if start < 0:
            continue  # a label whose text is not in the document cannot be located; skip it
        cursor = start + 1
        statement = Statement(
            doc=document.id, start=start, end=start + len(text), text=text,
            type=StatementType(record["type"]), slots=parse_slots(record), confidence=1.0,
            lang=document.lang, doc_date=document.date,
        )
        out.append(GoldStatement(statement, list(record.get("refs") or []), record.get("stance")))
    out.sort(key=lambda g: g.statement.start)
    return out

