"""The concepts of Agenda Tracker as plain typed dataclasses and enums, shared by every stage."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class StatementType(StrEnum):
    COMMITMENT = "commitment"
    PROGRESS = "progress"


class Kind(StrEnum):
    DIALOGUE = "dialogue"
    FUNDING = "funding"
    DELIVERY = "delivery"
    POLICY = "policy"
    OPERATION = "operation"
    PROGRAM = "program"
    CASE = "case"
    OTHER = "other"


class Pillar(StrEnum):
    SECURITY = "security"
    ECONOMY = "economy"
    LABOR = "labor"
    MIGRATION = "migration"
    HEALTH = "health"
    ENERGY_CLIMATE = "energy_climate"
    OTHER = "other"


class Stance(StrEnum):
    ADVANCE = "advance"
    FULFIL = "fulfil"
    SETBACK = "setback"
    RESTATE = "restate"


class Status(StrEnum):
    ANNOUNCED = "announced"
    IN_PROGRESS = "in_progress"
    DELIVERED = "delivered"
    PARTIAL = "partial"
    STALLED = "stalled"
    BROKEN = "broken"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"


class ReviewState(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class MoneyStage(StrEnum):
    """Where a sum of money stands, as IATI separates commitment from disbursement."""

    PLEDGED = "pledged"
    AWARDED = "awarded"
    DISBURSED = "disbursed"


@dataclass(frozen=True)
class Money:
    value: float
    currency: str

    def to_json(self) -> dict[str, Any]:
        return {"value": _plain_number(self.value), "currency": self.currency}


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str

    def to_json(self) -> dict[str, Any]:
        return {"value": _plain_number(self.value), "unit": self.unit}


@dataclass(frozen=True)
class Target:
    """A commitment's numeric goal: a sum (unit is an ISO currency) or a count of things."""

    value: float
    unit: str

    @property
    def is_money(self) -> bool:
        return len(self.unit) == 3 and self.unit.isupper()

    def to_json(self) -> dict[str, Any]:
        return {"value": _plain_number(self.value), "unit": self.unit}


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


@dataclass
class Document:
    """One text to analyze: its clean text and the metadata that dates and places it."""

    id: str
    text: str
    date: date | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass
class Slots:
    """What a statement says: who acts, what kind of action, on what, how much, by when."""

    actors: list[str] = field(default_factory=list)
    kind: Kind = Kind.OTHER
    pillar: Pillar = Pillar.OTHER
    amount: Money | None = None
    quantity: Quantity | None = None
    due: date | None = None
    due_text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "actors": sorted(self.actors),
            "kind": str(self.kind),
            "pillar": str(self.pillar),
            "amount": self.amount.to_json() if self.amount else None,
            "quantity": self.quantity.to_json() if self.quantity else None,
            "due": self.due.isoformat() if self.due else None,
            "due_text": self.due_text,
        }


@dataclass
class Statement:
    """A sentence recognised as a commitment or a progress report, with its slots and span."""

    doc: str
    start: int
    end: int
    text: str
    type: StatementType
    slots: Slots = field(default_factory=Slots)
    confidence: float = 0.5
    lang: str | None = None
    doc_date: date | None = None
    also: list[Slots] = field(default_factory=list)
    progress_also: bool = False

    def to_json(self) -> dict[str, Any]:
        """The public `agenda extract` record (DESIGN.md): ANNOTATION.md slots plus span."""
        record: dict[str, Any] = {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": str(self.type),
            **self.slots.to_json(),
            "confidence": round(self.confidence, 3),
        }
        if self.lang:
            record["lang"] = self.lang
        if self.also:
            record["also"] = [s.to_json() for s in self.also]
        if self.progress_also:
            record["progress_also"] = True
        return record


@dataclass
class TimelineEntry:
    date: date
    status: Status
    doc: str | None = None
    note: str | None = None


@dataclass
class Commitment:
    """A checkable promise of an agenda."""

    id: str
    text: str
    parties: list[str]
    kind: Kind
    pillar: Pillar
    announced: date
    due: date | None = None
    target: Target | None = None
    parent: str | None = None
    source: str | None = None
    quote: str | None = None
    note: str | None = None
    also_in: list[str] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)


@dataclass
class Agenda:
    """A named set of commitments between parties."""

    id: str
    title: str
    commitments: list[Commitment] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    note: str | None = None

    def all_parties(self) -> list[str]:
        found = set(self.parties)
        for commitment in self.commitments:
            found.update(commitment.parties)
        return sorted(found)


@dataclass
class Link:
    """A proposed link of a statement to a commitment: the track stage's output."""

    commitment_id: str
    stance: Stance
    score: float
    reasons: list[str] = field(default_factory=list)
    money_stage: MoneyStage | None = None


def as_dict(obj: Any) -> dict[str, Any]:
    """A JSON-ready dict of any dataclass here (dates as ISO strings, enums as values)."""
    return _jsonable(asdict(obj))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
