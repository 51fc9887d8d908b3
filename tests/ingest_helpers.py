"""Shared helpers for ingestion tests: reading back what a run stored, writing input folders."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from agenda.store.schema import DocumentRow, DocumentSourceRow, EvidenceRow, JournalRow, StatementRow

from .conftest import FIXTURES
from .pdf_maker import make_pdf

INGEST = FIXTURES / "ingest"


def _engine(url: str):  # type: ignore[no-untyped-def]
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed)


def stored(url: str) -> dict[str, Any]:
    """Everything ingestion stored, by natural keys (no surrogate pks), for comparing runs."""
    engine = _engine(url)
    try:
        with Session(engine) as session:
            docs = list(session.scalars(select(DocumentRow).order_by(DocumentRow.key)))
            keys = {d.pk: d.key for d in docs}
            documents = {d.key: {"text": d.text, "date": d.published, "lang": d.lang, "title": d.title,
                                 "copy_of": keys.get(d.copy_of_pk), "version_of": keys.get(d.version_of_pk),
                                 "date_origin": d.date_origin, "analyzed": d.analyzed} for d in docs}
            sources = sorted((keys[s.document_pk], s.locator) for s in session.scalars(select(DocumentSourceRow)))
            statements = sorted((keys[s.document_pk], s.start, s.end, s.type, s.text)
                                for s in session.scalars(select(StatementRow)))
            evidence = sorted((keys[e.statement.document_pk], e.statement.start, e.commitment.key, e.stance)
                              for e in session.scalars(select(EvidenceRow)))
            journal = {j.item: (j.state, j.outcome, j.reason) for j in session.scalars(select(JournalRow))}
    finally:
        engine.dispose()
    return {"documents": documents, "sources": sources, "statements": statements, "evidence": evidence,
            "journal": journal}


def good_folder(folder: Path) -> Path:
    """A folder with one good input of every file type (and a subfolder), written in our own words."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("press_release.html", "comunicado_latin1.html", "briefing.md", "readout_bom.txt"):
        shutil.copy(INGEST / name, folder / name)
    (folder / "plan.pdf").write_bytes(make_pdf(
        ["Work plan of the border water fund", "The fund will finance twelve projects in the first year and "
         "will report on each of them to both governments every six months."],
        title="Work plan of the border water fund", created="D:20220701090000Z"))
    sub = folder / "older"
    sub.mkdir(exist_ok=True)
    (sub / "memo.txt").write_text("Memo on the customs pilot. The customs offices of both countries will share "
                                  "inspection schedules from next month, the memo says.\n", encoding="utf-8")
    return folder
