"""Reading a gold folder (docs.jsonl + gold/ID.json) into documents and located gold statements."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from agenda.errors import UserError
from agenda.model import Document, Kind, Money, Pillar, Quantity, Slots, StatementType


@dataclass(frozen=True)
class ScoredStatement:
    """One statement to match: a gold label or a prediction, with its span and slots.

    `role` is 0 for the statement itself and 1, 2, ... for its `also` entries (same span).
    """

    doc: str
    lang: str
    type: StatementType
    start: int
    end: int
    slots: Slots
    role: int = 0
    text: str = ""
    confidence: float | None = None


@dataclass
class GoldSet:
    """The documents of a gold folder and their labelled statements (also entries expanded)."""

    folder: Path
    documents: list[Document] = field(default_factory=list)
    statements: dict[str, list[ScoredStatement]] = field(default_factory=dict)


def load_gold(folder: Path) -> GoldSet:
    """Documents and located gold statements of `folder`; a UserError naming the file at fault."""
    docs_path = folder / "docs.jsonl"
    gold_dir = folder / "gold"
    if not docs_path.is_file() or not gold_dir.is_dir():
        raise UserError(f"{folder}: not a gold folder (needs docs.jsonl and gold/)")
    gold = GoldSet(folder=folder)
    by_id: dict[str, Document] = {}
    for number, line in enumerate(docs_path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            document = Document(id=str(record["id"]), text=record["text"], lang=record.get("lang"),
                                date=_date(record.get("date")), title=record.get("title"),
                                url=record.get("url"), source=record.get("source"))
        except (ValueError, KeyError, TypeError) as exc:
            raise UserError(f"{docs_path}: line {number}: not a document record ({exc})") from exc
        by_id[document.id] = document
    for path in sorted(gold_dir.glob("*.json")):
        try:
            labels = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise UserError(f"{path}: not valid JSON ({exc})") from exc
        doc_id = str(labels.get("doc", path.stem))
        document = by_id.get(doc_id)
        if document is None:
            raise UserError(f"{path}: document '{doc_id}' is not in {docs_path.name}")
        if labels.get("lang") and not document.lang:
            document.lang = labels["lang"]
        gold.documents.append(document)
        gold.statements[doc_id] = _locate(path, document, labels.get("statements", []))
    return gold


def _locate(path: Path, document: Document, records: list[dict[str, Any]]) -> list[ScoredStatement]:
    """Gold statements with spans found in the text; a repeated text takes its next unused occurrence."""
    located: list[ScoredStatement] = []
    used: set[tuple[int, int]] = set()
    cursor = 0
    lang = document.lang or "en"
    for index, record in enumerate(records):
        text = record.get("text") or ""
        start = _find_unused(document.text, text, cursor, used)
        if start < 0:
            raise UserError(f"{path}: statement {index + 1}: text not found in document '{document.id}'")
        end = start + len(text)
        used.add((start, end))
        cursor = start
        try:
            statement_type = StatementType(record["type"])
            entries = [record, *record.get("also", [])]
            for role, entry in enumerate(entries):
                located.append(ScoredStatement(
                    doc=document.id, lang=lang, type=statement_type, start=start, end=end,
                    slots=parse_slots(entry), role=role, text=text))
        except (KeyError, ValueError, TypeError) as exc:
            raise UserError(f"{path}: statement {index + 1}: bad label ({exc})") from exc
    return located


def _find_unused(text: str, needle: str, cursor: int, used: set[tuple[int, int]]) -> int:
    if not needle:
        return -1
    for origin in (cursor, 0):
        start = text.find(needle, origin)
        while start >= 0:
            if (start, start + len(needle)) not in used:
                return start
            start = text.find(needle, start + 1)
    return -1


def parse_slots(entry: dict[str, Any]) -> Slots:
    """Slots from a gold (or `agenda extract`) record; missing fields take their empty value."""
    amount = entry.get("amount")
    quantity = entry.get("quantity")
    return Slots(
        actors=sorted(entry.get("actors") or []),
        kind=Kind(entry.get("kind") or "other"),
        pillar=Pillar(entry.get("pillar") or "other"),
        amount=Money(float(amount["value"]), str(amount.get("currency", ""))) if amount else None,
        quantity=Quantity(float(quantity["value"]), str(quantity.get("unit", ""))) if quantity else None,
        due=_date(entry.get("due")),
        due_text=entry.get("due_text"),
    )


def _date(value: Any) -> date | None:
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])


DEFAULT_RELATIVE = Path("..") / "shared" / "eval"


def find_gold_folder(given: Path | None = None) -> Path:
    """The gold folder: `given`, else ../shared/eval from the working directory or the project root."""
    if given is not None:
        if not (given / "docs.jsonl").is_file():
            raise UserError(f"{given}: not a gold folder (needs docs.jsonl and gold/)")
        return given
    tried: list[Path] = []
    for base in (Path.cwd(), *_project_roots()):
        candidate = (base / DEFAULT_RELATIVE).resolve()
        if candidate in tried:
            continue
        tried.append(candidate)
        if (candidate / "docs.jsonl").is_file():
            return candidate
    raise UserError(f"no gold set found (looked in {', '.join(map(str, tried))}); pass --gold DIR")


def _project_roots() -> list[Path]:
    """Folders holding pyproject.toml above the working directory and above this package."""
    roots: list[Path] = []
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for folder in (start, *start.parents):
            if (folder / "pyproject.toml").is_file():
                roots.append(folder)
                break
    return roots
