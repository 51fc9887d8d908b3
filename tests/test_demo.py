"""The bundled demo: a valid agenda, a well-formed dated corpus that tells the story, and a clean `agenda demo` run."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from agenda.agendafile import read_agenda_file
from agenda.cli.demo import DEMO
from agenda.ingest.readers import ItemError, read_jsonl
from agenda.model import Agenda, Document

from .cli_runner import run_agenda

SEED_COMMITMENTS = {
    "hled-2021", "security-dialogue", "labor-130m", "labor-rrm-cases", "root-causes-partnership",
    "smuggling-operations-group", "southern-mexico-investment", "disappearances-partnership", "vaccine-doses",
}
# how the two parties of the demo agenda are named in English and Spanish prose
PARTY_NAMES = {
    "MEX": re.compile(r"\bM[eé]xic\w*", re.IGNORECASE),
    "USA": re.compile(r"\bUnited States\b|\bU\.S\.|\bEstados Unidos\b|\bEE\.\s?UU\.|\bestadounidense", re.IGNORECASE),
}


@pytest.fixture(scope="module")
def agenda() -> Agenda:
    return read_agenda_file(str(DEMO / "agenda.yaml"))


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    lines = (DEMO / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    read = list(read_jsonl(DEMO / "corpus.jsonl"))  # type: ignore[arg-type]
    errors = [item for item in read if isinstance(item, ItemError)]
    assert not errors, f"demo corpus lines that do not read: {errors}"
    return {doc.id: doc for doc in read if isinstance(doc, Document)}


def story_documents(records: list[dict[str, Any]], documents: dict[str, Document]) -> list[Document]:
    return [documents[r["id"]] for r in records if not r.get("distractor")]


# --- the agenda ------------------------------------------------------------------------------


def test_demo_agenda_is_valid_and_names_the_seed_commitments(agenda: Agenda) -> None:
    ids = [c.id for c in agenda.commitments]
    assert set(ids) >= SEED_COMMITMENTS
    assert len(ids) == len(set(ids))
    assert agenda.all_parties() == ["MEX", "USA"]


def test_money_and_dose_commitments_carry_their_targets(agenda: Agenda) -> None:
    by_id = {c.id: c for c in agenda.commitments}
    assert (by_id["labor-130m"].target.value, by_id["labor-130m"].target.unit) == (130_000_000, "USD")
    assert by_id["labor-130m"].due == date(2024, 6, 8)
    assert by_id["vaccine-doses"].target.value == 1_000_000
    assert not by_id["vaccine-doses"].target.is_money
    assert by_id["hled-2021"].due == date(2021, 9, 30)


def test_every_commitment_cites_the_demo_document_that_announced_it(
        agenda: Agenda, documents: dict[str, Document]) -> None:
    for commitment in agenda.commitments:
        source = documents.get(commitment.source or "")
        assert source is not None, f"{commitment.id}: source {commitment.source!r} is not a demo document"
        assert source.date == commitment.announced, commitment.id
        assert commitment.quote and commitment.quote in source.text, f"{commitment.id}: quote not in {source.id}"


# --- the corpus ------------------------------------------------------------------------------


def test_every_document_reads_with_an_id_date_language_and_title(
        records: list[dict[str, Any]], documents: dict[str, Document]) -> None:
    assert 20 <= len(records) <= 40
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == len(documents)
    for record in records:
        assert re.fullmatch(r"demo-\d{2}", record["id"])
        document = documents[record["id"]]
        assert document.date is not None and date(2021, 1, 1) <= document.date <= date(2024, 12, 31)
        assert document.lang == record["lang"] in {"en", "es"}
        assert document.title and "demo" in document.title.lower()
        assert document.url and document.url.startswith("https://demo.invalid/")
        assert document.source and "demo" in document.source.lower()
        assert 60 <= len(document.text.split()) <= 300, record["id"]


def test_documents_are_in_date_order(records: list[dict[str, Any]]) -> None:
    dates = [r["date"] for r in records]
    assert dates == sorted(dates)


def test_both_languages_tell_the_story(records: list[dict[str, Any]], documents: dict[str, Document]) -> None:
    story = story_documents(records, documents)
    assert {d.lang for d in story} == {"en", "es"}
    assert sum(d.lang == "es" for d in story) >= 5


def test_distractors_are_about_other_countries_or_domestic_matters(
        records: list[dict[str, Any]], documents: dict[str, Document]) -> None:
    distractors = [documents[r["id"]] for r in records if r.get("distractor")]
    assert 3 <= len(distractors) <= 5
    assert {d.lang for d in distractors} == {"en", "es"}
    for document in distractors:
        named = [party for party, pattern in PARTY_NAMES.items() if pattern.search(document.text)]
        assert len(named) <= 1, f"{document.id} names both agenda parties: not a distractor"
    for document in story_documents(records, documents):
        assert any(p.search(document.text) for p in PARTY_NAMES.values()), f"{document.id} names no party"


@pytest.mark.parametrize(
    ("lang", "start", "end", "phrase"),
    [
        ("en", "2021-09-01", "2021-09-30", "High-Level Economic Dialogue (HLED) was held"),
        ("es", "2021-09-01", "2021-09-30", "Se llevó a cabo en Washington el Diálogo Económico de Alto Nivel"),
        ("en", "2021-10-08", "2021-10-08", "adopted the Bicentennial Framework"),
        ("es", "2021-06-09", "2021-12-31", "dosis"),
        ("en", "2021-06-09", "2021-12-31", "doses"),
        ("en", "2021-09-01", "2022-12-31", "awarded a $10 million"),
        ("en", "2022-01-01", "2024-12-31", "Disbursed: $21 million"),
        ("en", "2021-06-09", "2024-12-31", "filed a request under the USMCA Rapid Response Labor Mechanism"),
        ("es", "2021-06-09", "2024-12-31", "Sembrando Oportunidades"),
        ("en", "2021-06-09", "2024-12-31", "operations group on human smuggling and human trafficking"),
        ("es", "2023-03-11", "2023-12-31", "se aplazó"),
        ("en", "2021-06-09", "2024-12-31", "No new initiatives, meetings or funding were announced"),
        ("es", "2024-06-09", "2024-12-31", "130 millones de dólares"),
    ],
)
def test_the_story_reports_each_milestone(records: list[dict[str, Any]], documents: dict[str, Document],
                                          lang: str, start: str, end: str, phrase: str) -> None:
    window = (date.fromisoformat(start), date.fromisoformat(end))
    found = [d.id for d in story_documents(records, documents)
             if d.lang == lang and d.date and window[0] <= d.date <= window[1] and phrase in d.text]
    assert found, f"no {lang} document between {start} and {end} says {phrase!r}"


def test_some_commitments_have_nothing_after_their_announcement(
        agenda: Agenda, records: list[dict[str, Any]], documents: dict[str, Document]) -> None:
    # the demo must show "no evidence found": no later document names the joint arms-trafficking report
    later = [d for d in story_documents(records, documents) if d.date and d.date > date(2022, 10, 14)]
    assert not [d.id for d in later if re.search(r"report on arms trafficking|informe.*armas", d.text)]
    assert not [d.id for d in later if re.search(r"task force|grupo de tarea", d.text, re.IGNORECASE)]


# --- the command -----------------------------------------------------------------------------


def test_demo_builds_the_database_and_links_evidence(tmp_path: Path, agenda: Agenda,
                                                     records: list[dict[str, Any]]) -> None:
    db = f"sqlite:///{tmp_path / 'agenda.db'}"
    first = run_agenda("demo", "--no-serve", db=db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "skipped" not in first.stderr
    assert f"({len(agenda.commitments)} new commitments); {len(records)} new documents" in first.stdout
    table_ids = {line.split()[0] for line in first.stdout.splitlines() if line.strip()}
    assert {c.id for c in agenda.commitments} <= table_ids
    links = re.search(r"(\d+) evidence links", first.stdout)
    assert links and int(links.group(1)) > 0
    status = json.loads(run_agenda("status", "--format", "json", db=db).stdout)
    assert [c["id"] for c in status["commitments"]] == [c.id for c in agenda.commitments]
    # running it again stores nothing twice
    second = run_agenda("demo", "--no-serve", db=db, cwd=tmp_path)
    assert "0 new documents" in second.stdout
