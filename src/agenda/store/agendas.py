"""Storing agendas and their commitments, and reading them back as `Agenda` objects."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.errors import NotFoundError, UserError
from agenda.model import Agenda, Commitment, Kind, Pillar, Status, Target, TimelineEntry
from agenda.store.schema import AgendaRow, CommitmentRow, StatusChangeRow


def save_agenda(session: Session, agenda: Agenda, with_history: bool = False,
                author: str = "import") -> tuple[int, int]:
    """Insert or update an agenda; returns (commitments added, commitments updated).

    Every new commitment gets its `announced` status change. With `with_history`, the file's
    timeline entries are added as reviewed changes; existing history is never touched.
    """
    row = session.get(AgendaRow, agenda.id)
    if row is None:
        row = AgendaRow(id=agenda.id, title=agenda.title, parties=agenda.all_parties(),
                        note=agenda.note)
        session.add(row)
        session.flush()
    else:
        row.title = agenda.title
        row.parties = agenda.all_parties()
        row.note = agenda.note
    existing = {c.key: c for c in row.commitments}
    added = updated = 0
    for commitment in agenda.commitments:
        current = existing.get(commitment.id)
        if current is None:
            current = CommitmentRow(agenda_id=agenda.id, key=commitment.id)
            _fill(current, commitment)
            session.add(current)
            session.flush()
            _record_initial_history(session, current, commitment, with_history, author)
            added += 1
        else:
            _fill(current, commitment)
            if with_history:
                _record_missing_timeline(session, current, commitment, author)
            updated += 1
    session.flush()
    return added, updated


def _fill(row: CommitmentRow, commitment: Commitment) -> None:
    row.text = commitment.text
    row.parties = list(commitment.parties)
    row.kind = str(commitment.kind)
    row.pillar = str(commitment.pillar)
    row.announced = commitment.announced
    row.due = commitment.due
    row.target_value = commitment.target.value if commitment.target else None
    row.target_unit = commitment.target.unit if commitment.target else None
    row.parent_key = commitment.parent
    row.source_doc = commitment.source
    row.quote = commitment.quote
    row.note = commitment.note
    row.also_in = list(commitment.also_in)


def _record_initial_history(session: Session, row: CommitmentRow, commitment: Commitment,
                            with_history: bool, author: str) -> None:
    timeline = commitment.timeline if with_history else []
    if not any(entry.status == Status.ANNOUNCED for entry in timeline):
        session.add(StatusChangeRow(
            commitment_pk=row.pk, date=commitment.announced, status=str(Status.ANNOUNCED),
            basis="import", reviewed=True, document_key=commitment.source, author=author,
        ))
    for entry in timeline:
        session.add(_timeline_row(row, entry, author))


def _record_missing_timeline(session: Session, row: CommitmentRow, commitment: Commitment,
                             author: str) -> None:
    known = {
        (change.date, change.status)
        for change in session.scalars(
            select(StatusChangeRow).where(StatusChangeRow.commitment_pk == row.pk)
        )
    }
    for entry in commitment.timeline:
        if (entry.date, str(entry.status)) not in known:
            session.add(_timeline_row(row, entry, author))


def _timeline_row(row: CommitmentRow, entry: TimelineEntry, author: str) -> StatusChangeRow:
    return StatusChangeRow(
        commitment_pk=row.pk, date=entry.date, status=str(entry.status), basis="import",
        reviewed=True, document_key=entry.doc, author=author, reason=entry.note,
    )


def list_agenda_ids(session: Session) -> list[str]:
    return list(session.scalars(select(AgendaRow.id).order_by(AgendaRow.id)))


def resolve_agenda_id(session: Session, agenda_id: str | None) -> str:
    """The agenda the user means: the one named, or the only one stored."""
    ids = list_agenda_ids(session)
    if agenda_id:
        if agenda_id not in ids:
            known = ", ".join(ids) or "none yet; run `agenda import FILE.yaml`"
            raise NotFoundError(f"unknown agenda {agenda_id!r} (stored: {known})")
        return agenda_id
    if not ids:
        raise NotFoundError("no agenda stored yet; run `agenda import FILE.yaml` or `agenda demo`")
    if len(ids) > 1:
        raise UserError(f"several agendas are stored ({', '.join(ids)}); choose one with --agenda")
    return ids[0]


def load_agenda(session: Session, agenda_id: str, with_history: bool = True) -> Agenda:
    """The stored agenda as an `Agenda`; with history, timelines hold the reviewed changes."""
    row = session.get(AgendaRow, agenda_id)
    if row is None:
        raise NotFoundError(f"unknown agenda {agenda_id!r}")
    history: dict[int, list[TimelineEntry]] = {}
    if with_history:
        changes = session.scalars(
            select(StatusChangeRow)
            .join(CommitmentRow)
            .where(CommitmentRow.agenda_id == agenda_id, StatusChangeRow.reviewed.is_(True))
            .order_by(StatusChangeRow.date, StatusChangeRow.pk)
        )
        for change in changes:
            history.setdefault(change.commitment_pk, []).append(TimelineEntry(
                date=change.date, status=Status(change.status), doc=change.document_key,
                note=change.reason,
            ))
    return Agenda(
        id=row.id, title=row.title, parties=list(row.parties or []), note=row.note,
        commitments=[row_to_commitment(c, history.get(c.pk, [])) for c in row.commitments],
    )


def row_to_commitment(row: CommitmentRow, timeline: list[TimelineEntry] | None = None) -> Commitment:
    target = None
    if row.target_value is not None and row.target_unit:
        target = Target(value=row.target_value, unit=row.target_unit)
    return Commitment(
        id=row.key, text=row.text, parties=list(row.parties or []), kind=Kind(row.kind),
        pillar=Pillar(row.pillar), announced=row.announced, due=row.due, target=target,
        parent=row.parent_key, source=row.source_doc, quote=row.quote, note=row.note,
        also_in=list(row.also_in or []), timeline=list(timeline or []),
    )


def find_commitment(session: Session, key: str, agenda_id: str | None = None) -> CommitmentRow:
    """A commitment by its id, within the agenda given or across all when unambiguous."""
    query = select(CommitmentRow).where(CommitmentRow.key == key)
    if agenda_id:
        query = query.where(CommitmentRow.agenda_id == agenda_id)
    rows = list(session.scalars(query))
    if not rows:
        raise NotFoundError(f"unknown commitment {key!r}")
    if len(rows) > 1:
        agendas = ", ".join(r.agenda_id for r in rows)
        raise UserError(f"commitment {key!r} exists in several agendas ({agendas}); use --agenda")
    return rows[0]
