"""Deduplication on SQLite and PostgreSQL: exact copies, near-copies across runs, versions, analysis once."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.orm import sessionmaker

from agenda.agendafile import read_agenda_file
from agenda.flow import Linker
from agenda.ingest.committer import GroupCommitter, Tally
from agenda.ingest.items import LineItem, SourcedDocument
from agenda.ingest.near_dup import THRESHOLD, NearDuplicateIndex, signature, similarity
from agenda.ingest.options import IngestOptions
from agenda.ingest.runner import run_ingest
from agenda.ingest.timing import StageTimer
from agenda.model import Document
from agenda.store.agendas import save_agenda
from agenda.store.db import get_engine, session_scope
from agenda.store.journal import Journal
from agenda.store.records import DocumentMeta
from agenda.store.schema import Base

from .conftest import FIXTURES
from .ingest_helpers import stored

JOINT_STATEMENT = (
    "Joint statement on the border water fund. The governments of the United States and Mexico met in "
    "Monterrey this week to review the border water fund. The United States will fund water projects on the "
    "border with 40 million dollars over the next three years. Both governments agreed to hold a trade forum in "
    "October to discuss the results. The delegations visited two treatment works that lose water every summer "
    "and heard from farmers, engineers and city councils about the state of pipes, pumps and reservoirs in the "
    "region. They asked a joint technical team to publish a list of eligible towns before the end of the year, "
    "to open a public consultation in the spring, and to report twice a year on the money committed, the money "
    "spent and the works finished. The next meeting will take place in Washington, on a date to be set by the "
    "two foreign ministries."
)
SITE_A = "Ministry of Waterworks of Atlantis. Press office.\n\n" + JOINT_STATEMENT + "\n\nFollow us on social media."
SITE_B = ("Foreign Ministry of Mexico. English version of the joint statement.\n\n"
          + JOINT_STATEMENT.replace("this week", "on Tuesday").replace("farmers, engineers", "engineers, farmers")
          + "\n\nThe Spanish text of this statement is the reference version.")
SAME_TOPIC_OTHER_TEXT = (
    "Ministry of Waterworks of Atlantis. Press office.\n\nThe border water fund opened its first call for projects "
    "today. Towns along the border can apply for grants to repair pipes and pumps until the end of March. A panel "
    "of engineers from both countries will rank the applications by the number of people served and the water "
    "saved, and the ministry will announce the selected towns in May. Applications must include a budget, a "
    "maintenance plan for ten years and a letter of support from the city council. Workshops for applicants will "
    "be held in four border towns in February, and the ministry's website lists the documents each application "
    "needs.\n\nFollow us on social media."
)


def _agenda(url: str) -> None:
    with session_scope(url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "agenda_small.yaml"))


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_planted_copy_scores_above_the_threshold_and_a_same_topic_text_below() -> None:
    original, copy, other = signature(SITE_A), signature(SITE_B), signature(SAME_TOPIC_OTHER_TEXT)
    assert original is not None and copy is not None and other is not None
    assert similarity(original, copy) >= THRESHOLD
    assert similarity(original, other) < 0.3


def test_exact_duplicates_become_sources_of_one_document(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SITE_A)
    (tmp_path / "b.txt").write_text("  " + SITE_A.upper().replace(" ", "   ") + "\n\n")  # case and spacing only
    report = run_ingest([str(tmp_path)], IngestOptions(), database=db_url)
    assert (report.counts.new, report.counts.duplicate) == (1, 1)
    data = stored(db_url)
    assert list(data["documents"]) == ["a"]
    assert data["sources"] == [("a", str(tmp_path / "a.txt")), ("a", str(tmp_path / "b.txt"))]
    assert data["journal"][f"file:{tmp_path / 'b.txt'}"][:2] == ("duplicate", "duplicate")


def test_near_copy_is_stored_linked_and_not_analyzed_twice(db_url: str, tmp_path: Path) -> None:
    _agenda(db_url)
    archive = _write_jsonl(tmp_path / "sites.jsonl", [
        {"id": "site-a", "date": "2022-03-08", "text": SITE_A, "url": "https://water.example/a"},
        {"id": "site-b", "date": "2022-03-09", "text": SITE_B, "url": "https://foreign.example/b"},
        {"id": "call", "date": "2022-03-10", "text": SAME_TOPIC_OTHER_TEXT, "url": "https://water.example/c"},
    ])
    report = run_ingest([str(archive)], IngestOptions(), database=db_url)
    assert (report.counts.new, report.counts.copies) == (2, 1)
    data = stored(db_url)
    assert data["documents"]["site-b"]["copy_of"] == "site-a"
    assert data["documents"]["call"]["copy_of"] is None
    by_doc: dict[str, list[str]] = {}
    for doc, _start, _end, _type, text in data["statements"]:
        by_doc.setdefault(doc, []).append(text)
    assert any("40 million dollars" in text for text in by_doc["site-a"])
    # the copy's sentences that the original has are not statements (nor evidence) a second time:
    # only the two sentences the second site reworded may be
    review = ("The governments of the United States and Mexico met in Monterrey on Tuesday to review the border "
              "water fund.")
    visit = next(sentence + "." for sentence in SITE_B.split(". ") if "engineers, farmers" in sentence)
    assert review in by_doc["site-b"] and set(by_doc["site-b"]) <= {review, visit}
    site_b_evidence = [e for e in data["evidence"] if e[0] == "site-b"]
    assert len(site_b_evidence) <= 1
    assert len([e for e in data["evidence"] if e[0] == "site-a"]) >= 2


def test_the_near_duplicate_index_survives_across_runs(db_url: str, tmp_path: Path) -> None:
    first = _write_jsonl(tmp_path / "first.jsonl", [{"id": "site-a", "date": "2022-03-08", "text": SITE_A}])
    second = _write_jsonl(tmp_path / "second.jsonl", [{"id": "site-b", "date": "2022-03-09", "text": SITE_B}])
    assert run_ingest([str(first)], IngestOptions(analyze=False), database=db_url).counts.new == 1
    report = run_ingest([str(second)], IngestOptions(analyze=False), database=db_url)
    assert report.counts.copies == 1
    assert stored(db_url)["documents"]["site-b"]["copy_of"] == "site-a"


def test_changed_text_at_the_same_url_is_a_new_version_analyzed_for_what_changed(db_url: str,
                                                                                tmp_path: Path) -> None:
    _agenda(db_url)
    url = "https://water.example/news/fund"
    old = "The United States will fund water projects on the border with 40 million dollars. " + SAME_TOPIC_OTHER_TEXT
    pilot = "Both governments agreed to start the pilot water recycling plant under the fund next year."
    new = f"{old} {pilot}"
    archive = _write_jsonl(tmp_path / "edits.jsonl", [
        {"id": "fund", "date": "2022-03-02", "text": old, "url": url},
        {"id": "fund-update", "date": "2022-03-20", "text": new, "url": url},
        {"id": "fund-again", "date": "2022-03-21", "text": old, "url": url},
    ])
    report = run_ingest([str(archive)], IngestOptions(), database=db_url)
    assert (report.counts.new, report.counts.versions, report.counts.duplicate) == (1, 1, 1)
    data = stored(db_url)
    assert data["documents"]["fund-update"]["version_of"] == "fund"
    assert data["documents"]["fund"]["text"] == old  # the old version is kept
    update_statements = [text for doc, *_, text in data["statements"] if doc == "fund-update"]
    assert update_statements == [pilot]


def test_migrations_match_the_schema(db_url: str) -> None:
    with get_engine(db_url).connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_nul_characters_and_very_long_urls_are_stored(db_url: str, tmp_path: Path) -> None:
    long_url = "https://water.example/news?" + "&".join(f"part{n}=value{n}" for n in range(120))
    archive = _write_jsonl(tmp_path / "odd.jsonl", [
        {"id": "nul", "date": "2022-03-08", "text": "The fund\u0000 paid for twelve pumps in March.", "url": long_url},
    ])
    report = run_ingest([str(archive)], IngestOptions(analyze=False), database=db_url)
    assert report.failed == [] and report.counts.new == 1
    assert stored(db_url)["documents"]["nul"]["text"] == "The fund paid for twelve pumps in March."
    again = _write_jsonl(tmp_path / "odd2.jsonl", [
        {"id": "nul-2", "date": "2022-03-09", "text": "The fund paid for fourteen pumps in April.", "url": long_url},
    ])
    assert run_ingest([str(again)], IngestOptions(analyze=False), database=db_url).counts.versions == 1


def test_an_item_that_fails_while_stored_is_journaled_and_its_group_kept(db_url: str) -> None:
    def item(name: str, day: object) -> tuple[LineItem, SourcedDocument]:
        text = f"Notes on {name}: the inspectors visited the crossing and wrote a report on {name}."
        document = Document(id=name, text=text, date=day, lang="en")  # type: ignore[arg-type]
        return (LineItem(key=f"line:test#{name}", label=f"test {name}", path=Path("test.jsonl"), line=1),
                SourcedDocument(document, f"test#{name}", DocumentMeta(date_origin="document")))

    factory = sessionmaker(bind=get_engine(db_url), expire_on_commit=False)
    tally = Tally()
    with factory() as session:
        committer = GroupCommitter(session, Journal(session), Linker(session), NearDuplicateIndex(),
                                   IngestOptions(analyze=False), StageTimer(), tally)
        for name, day in (("first", date(2022, 1, 3)), ("broken", "the 45th of Nevember"),
                          ("third", date(2022, 1, 5))):
            committer.add(*item(name, day))
        committer.commit()
    assert (tally.counts.new, len(tally.counts.failed)) == (2, 1)
    assert tally.counts.failed[0][0] == "test broken"
    assert tally.counts.failed[0][1].startswith("not stored: ")
    data = stored(db_url)
    assert set(data["documents"]) == {"first", "third"}
    assert data["journal"]["line:test#broken"][0] == "failed"
    assert data["journal"]["line:test#first"][:2] == ("done", "new")
