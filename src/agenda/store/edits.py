"""Administrators' edits of an agenda: a commitment's text, due date and target; agenda uploads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from agenda.agendafile import parse_agenda
from agenda.errors import UserError
from agenda.store.agendas import save_agenda
from agenda.store.detail import get_commitment_row
from agenda.store.records import record_proposed_changes
from agenda.store.schema import AuditRow

MAX_AGENDA_BYTES = 5_000_000


@dataclass
class CommitmentEdit:
    """The new values; a field left as None keeps its value unless named in `clear`."""

    text: str | None = None
    due: date | None = None
    target_value: float | None = None
    target_unit: str | None = None
    clear: frozenset[str] = frozenset()


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def edit_commitment(session: Session, agenda_id: str, key: str, edit: CommitmentEdit, actor: str,
                    reason: str | None) -> dict[str, tuple[object, object]]:
    """Apply the edit, audited with the old and new values; returns what changed."""
    row = get_commitment_row(session, agenda_id, key)
    wanted: dict[str, object] = {}
    if edit.text is not None:
        if not edit.text.strip():
            raise UserError("a commitment's text cannot be empty")
        wanted["text"] = edit.text.strip()
    for name in ("due", "target_value", "target_unit"):
        value = getattr(edit, name)
        if name in edit.clear:
            wanted[name] = None
        elif value is not None:
            wanted[name] = value.strip() if isinstance(value, str) else value
    value = wanted.get("target_value", row.target_value)
    unit = wanted.get("target_unit", row.target_unit)
    if value is not None and (not isinstance(value, int | float) or value <= 0):
        raise UserError("a target value must be a positive number")
    if (value is None) != (not unit):
        raise UserError("a target needs both a value and a unit (e.g. 130000000 USD, or 1000000 doses)")
    changes = {name: (getattr(row, name), new) for name, new in wanted.items() if getattr(row, name) != new}
    if not changes:
        return {}
    for name, (_, new) in changes.items():
        setattr(row, name, new)
    session.add(AuditRow(
        actor=actor, action="edit", object_type="commitment", object_id=f"{agenda_id}/{key}", reason=reason,
        details={name: {"from": _plain(old), "to": _plain(new)} for name, (old, new) in changes.items()},
    ))
    session.flush()
    # A new target or due date changes what the evidence proposes (reached, short on the due date):
    # the machine's rows follow, so the pages' SQL status agrees with the engine.
    record_proposed_changes(session, row, date.max)
    return changes


def import_agenda_upload(session: Session, raw: bytes, filename: str, with_history: bool,
                         actor: str) -> tuple[str, int, int]:
    """Validate and store an uploaded agenda file; returns (agenda id, added, updated)."""
    if len(raw) > MAX_AGENDA_BYTES:
        raise UserError(f"{filename}: the file is larger than {MAX_AGENDA_BYTES // 1_000_000} MB")
    if not filename.lower().endswith((".yaml", ".yml", ".json", ".csv")):
        raise UserError(f"{filename}: an agenda file ends in .yaml, .yml, .json or .csv")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{filename} is not UTF-8 text (byte {exc.start})") from exc
    agenda = parse_agenda(text, name=filename)
    added, updated = save_agenda(session, agenda, with_history=with_history, author=actor)
    session.add(AuditRow(actor=actor, action="import", object_type="agenda", object_id=agenda.id,
                         details={"file": filename, "added": added, "updated": updated,
                                  "with_history": with_history}))
    session.flush()
    return agenda.id, added, updated
