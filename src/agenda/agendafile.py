"""Reading, validating and writing agenda files (YAML, JSON, CSV) as `Agenda` objects."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from agenda.errors import UserError, ValidationError
from agenda.model import Agenda, Commitment, Kind, Pillar, Status, Target, TimelineEntry

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")
PARTY_PATTERN = re.compile(r"^[A-Z]{3}$")
KNOWN_COMMITMENT_FIELDS = {
    "id", "text", "parties", "kind", "pillar", "announced", "source", "due", "target",
    "parent", "timeline", "also_in", "note", "quote",
}
CSV_COLUMNS = [
    "id", "text", "parties", "kind", "pillar", "announced", "due", "target_value",
    "target_unit", "parent", "source", "quote", "note",
]


def read_agenda_file(path: str | Path) -> Agenda:
    """Parse and validate an agenda file; every problem names the entry and the field."""
    file = Path(path)
    if not file.exists():
        raise UserError(f"no such file: {file}")
    if file.is_dir():
        raise UserError(f"{file} is a folder, not an agenda file")
    try:
        raw_text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{file} is not UTF-8 text (byte {exc.start})") from exc
    return parse_agenda(raw_text, name=str(file))


def parse_agenda(raw_text: str, name: str = "<agenda>") -> Agenda:
    if name.endswith(".csv"):
        return agenda_from_csv(raw_text, name)
    try:
        data = json.loads(raw_text) if name.endswith(".json") else yaml.safe_load(raw_text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{name}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise UserError(f"{name}: invalid YAML{where}: {problem}") from exc
    return agenda_from_dict(data, name)


def agenda_from_dict(data: Any, name: str = "<agenda>") -> Agenda:
    if not isinstance(data, dict):
        raise ValidationError(name, None, "expected a mapping with 'agenda' and 'commitments'")
    agenda_id = _required_str(data, "agenda", name)
    if not ID_PATTERN.match(agenda_id):
        raise ValidationError(name, "agenda", f"not a valid id: {agenda_id!r}")
    raw_commitments = data.get("commitments")
    if not isinstance(raw_commitments, list) or not raw_commitments:
        raise ValidationError(name, "commitments", "expected a non-empty list")
    parties = _parties(data.get("parties", []), name, "parties")
    commitments: list[Commitment] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_commitments, start=1):
        commitment = _commitment(raw, f"{name}: commitment #{index}")
        if commitment.id in seen:
            raise ValidationError(f"{name}: commitment '{commitment.id}'", "id", "duplicate id")
        seen.add(commitment.id)
        commitments.append(commitment)
    for commitment in commitments:
        if commitment.parent and commitment.parent not in seen:
            raise ValidationError(
                f"{name}: commitment '{commitment.id}'", "parent",
                f"unknown commitment {commitment.parent!r}",
            )
    _refuse_parent_cycles(commitments, name)
    title = data.get("title") or agenda_id
    note = data.get("note")
    return Agenda(id=agenda_id, title=str(title), commitments=commitments, parties=parties,
                  note=str(note) if note else None)


def _commitment(raw: Any, where: str) -> Commitment:
    if not isinstance(raw, dict):
        raise ValidationError(where, None, "expected a mapping")
    commitment_id = raw.get("id")
    if commitment_id is None or str(commitment_id).strip() == "":
        raise ValidationError(where, "id", "missing")
    commitment_id = str(commitment_id)
    if not ID_PATTERN.match(commitment_id):
        raise ValidationError(where, "id", f"not a valid id: {commitment_id!r}")
    where = f"{where.split(': commitment #')[0]}: commitment '{commitment_id}'"
    text = _required_str(raw, "text", where)
    kind = _enum(Kind, raw.get("kind"), where, "kind")
    pillar = _enum(Pillar, raw.get("pillar"), where, "pillar")
    announced = _date(raw.get("announced"), where, "announced")
    if announced is None:
        raise ValidationError(where, "announced", "missing")
    due = _date(raw.get("due"), where, "due")
    if due is not None and due < announced:
        raise ValidationError(where, "due", f"{due} is before the announcement ({announced})")
    timeline = [
        _timeline_entry(entry, where, position)
        for position, entry in enumerate(raw.get("timeline") or [], start=1)
    ]
    also_in = raw.get("also_in") or []
    if not isinstance(also_in, list):
        raise ValidationError(where, "also_in", "expected a list of document ids")
    parent = raw.get("parent")
    source = raw.get("source")
    return Commitment(
        id=commitment_id,
        text=text,
        parties=_parties(raw.get("parties"), where, "parties", required=True),
        kind=kind,
        pillar=pillar,
        announced=announced,
        due=due,
        target=_target(raw.get("target"), where),
        parent=str(parent) if parent not in (None, "") else None,
        source=str(source) if source not in (None, "") else None,
        quote=_optional_str(raw.get("quote")),
        note=_optional_str(raw.get("note")),
        also_in=[str(item) for item in also_in],
        timeline=timeline,
    )


def _refuse_parent_cycles(commitments: list[Commitment], name: str) -> None:
    parents = {c.id: c.parent for c in commitments}
    for start in parents:
        seen = {start}
        current = parents[start]
        while current:
            if current in seen:
                raise ValidationError(f"{name}: commitment '{start}'", "parent", "parents form a cycle")
            seen.add(current)
            current = parents.get(current)


def _timeline_entry(raw: Any, where: str, position: int) -> TimelineEntry:
    field = f"timeline[{position}]"
    if not isinstance(raw, dict):
        raise ValidationError(where, field, "expected a mapping with date and status")
    entry_date = _date(raw.get("date"), where, f"{field}.date")
    if entry_date is None:
        raise ValidationError(where, f"{field}.date", "missing")
    status = _enum(Status, raw.get("status"), where, f"{field}.status")
    doc = raw.get("doc")
    return TimelineEntry(date=entry_date, status=status, doc=str(doc) if doc is not None else None,
                         note=_optional_str(raw.get("note")))


def _target(raw: Any, where: str) -> Target | None:
    if raw in (None, "", {}):
        return None
    if not isinstance(raw, dict) or "value" not in raw or "unit" not in raw:
        raise ValidationError(where, "target", "expected {value: NUMBER, unit: TEXT}")
    try:
        value = float(raw["value"])
    except (TypeError, ValueError) as exc:
        raise ValidationError(where, "target.value", f"not a number: {raw['value']!r}") from exc
    if value <= 0:
        raise ValidationError(where, "target.value", "must be positive")
    unit = str(raw["unit"]).strip()
    if not unit:
        raise ValidationError(where, "target.unit", "missing")
    return Target(value=value, unit=unit)


def _parties(raw: Any, where: str, field: str, required: bool = False) -> list[str]:
    if raw in (None, []):
        if required:
            raise ValidationError(where, field, "missing (a list of ISO 3166-1 alpha-3 codes)")
        return []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        raise ValidationError(where, field, "expected a list of ISO 3166-1 alpha-3 codes")
    codes = [str(code).strip().upper() for code in raw]
    for code in codes:
        if not PARTY_PATTERN.match(code):
            raise ValidationError(where, field, f"not an ISO 3166-1 alpha-3 code: {code!r}")
    return sorted(set(codes))


def _enum(enum: type[Kind] | type[Pillar] | type[Status], value: Any, where: str, field: str):  # type: ignore[no-untyped-def]
    if value is None or value == "":
        raise ValidationError(where, field, "missing")
    try:
        return enum(str(value))
    except ValueError as exc:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(where, field, f"unknown {field.split('.')[-1]} {value!r} (one of: {allowed})") from exc


def _date(value: Any, where: str, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(where, field, f"not a date (YYYY-MM-DD): {value!r}") from exc


def _required_str(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if value is None or str(value).strip() == "":
        raise ValidationError(where, key, "missing")
    return str(value)


def _optional_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


# --- writing -------------------------------------------------------------------------------


def agenda_to_dict(agenda: Agenda, with_history: bool = True) -> dict[str, Any]:
    """The agenda in the shape of `eval/agenda.yaml` (dates as ISO strings)."""
    commitments = []
    for c in agenda.commitments:
        entry: dict[str, Any] = {
            "id": c.id,
            "text": c.text,
            "parties": list(c.parties),
            "kind": str(c.kind),
            "pillar": str(c.pillar),
            "announced": c.announced.isoformat(),
            "source": c.source,
            "due": c.due.isoformat() if c.due else None,
            "target": c.target.to_json() if c.target else None,
            "parent": c.parent,
        }
        if c.quote:
            entry["quote"] = c.quote
        if with_history:
            entry["timeline"] = [
                {k: v for k, v in {
                    "date": t.date.isoformat(), "status": str(t.status), "doc": t.doc,
                    "note": t.note,
                }.items() if v is not None}
                for t in c.timeline
            ]
        entry["also_in"] = list(c.also_in)
        if c.note:
            entry["note"] = c.note
        commitments.append(entry)
    data: dict[str, Any] = {"agenda": agenda.id, "title": agenda.title}
    if agenda.parties:
        data["parties"] = list(agenda.parties)
    data["commitments"] = commitments
    if agenda.note:
        data["note"] = agenda.note
    return data


def dump_agenda(agenda: Agenda, fmt: str) -> str:
    """The agenda as `yaml`, `json` or `csv` text (CSV holds the commitments, not timelines)."""
    if fmt == "yaml":
        return yaml.safe_dump(agenda_to_dict(agenda), sort_keys=False, allow_unicode=True, width=100)
    if fmt == "json":
        return json.dumps(agenda_to_dict(agenda), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _agenda_to_csv(agenda)
    raise UserError(f"unknown export format {fmt!r} (yaml, json or csv)")


def _agenda_to_csv(agenda: Agenda) -> str:
    buffer = io.StringIO()
    buffer.write(f"# agenda: {agenda.id}\n# title: {agenda.title}\n")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in agenda.commitments:
        writer.writerow({
            "id": c.id, "text": c.text, "parties": " ".join(c.parties), "kind": str(c.kind),
            "pillar": str(c.pillar), "announced": c.announced.isoformat(),
            "due": c.due.isoformat() if c.due else "",
            "target_value": _csv_number(c.target.value) if c.target else "",
            "target_unit": c.target.unit if c.target else "",
            "parent": c.parent or "", "source": c.source or "", "quote": c.quote or "",
            "note": c.note or "",
        })
    return buffer.getvalue()


def _csv_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def agenda_from_csv(raw_text: str, name: str = "<agenda.csv>") -> Agenda:
    """Read the CSV written by `dump_agenda(..., 'csv')` back (header comments name the agenda)."""
    header: dict[str, str] = {}
    body_lines = []
    for line in raw_text.splitlines():
        match = re.match(r"^#\s*(agenda|title):\s*(.*)$", line)
        if match and not body_lines:
            header[match.group(1)] = match.group(2).strip()
        else:
            body_lines.append(line)
    rows = list(csv.DictReader(io.StringIO("\n".join(body_lines))))
    commitments = []
    for row in rows:
        target = None
        if row.get("target_value"):
            target = {"value": row["target_value"], "unit": row.get("target_unit")}
        commitments.append({
            "id": row.get("id"), "text": row.get("text"),
            "parties": (row.get("parties") or "").split(), "kind": row.get("kind"),
            "pillar": row.get("pillar"), "announced": row.get("announced"),
            "due": row.get("due") or None, "target": target, "parent": row.get("parent") or None,
            "source": row.get("source") or None, "quote": row.get("quote") or None,
            "note": row.get("note") or None,
        })
    data = {"agenda": header.get("agenda"), "title": header.get("title"), "commitments": commitments}
    return agenda_from_dict(data, name)
