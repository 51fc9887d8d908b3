"""The command line: help for every command, one-line errors, import/export/status contracts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from .cli_runner import run_agenda
from .conftest import FIXTURES

COMMANDS = ["extract", "import", "export", "ingest", "status", "demo", "serve", "review", "eval", "eval extract"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run_agenda(*command.split(), "--help")
    assert result.returncode == 0
    assert f"Usage: agenda {command}" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "missing.yaml"], "error: no such file: missing.yaml"),
        (["status", "--agenda", "nowhere"], "error: unknown agenda 'nowhere'"),
        (["status", "--as-of", "2021-02-30"], "is not a date"),
        (["extract", "nothing.txt"], "error: no such file: nothing.txt"),
    ],
)
def test_user_errors_are_one_line_without_traceback(args: list[str], message: str,
                                                    sqlite_url: str, tmp_path: Path) -> None:
    result = run_agenda(*args, db=sqlite_url, cwd=tmp_path)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 3


@pytest.mark.parametrize(("url", "says"), [("sqlite:///{tmp}/junk.db", "file is not a database"),
                                          ("foo://bar", "Can't load plugin")])
def test_a_database_that_cannot_be_used_is_named_in_one_line(url: str, says: str, tmp_path: Path) -> None:
    (tmp_path / "junk.db").write_text("these are not the pages of a database\n" * 200)
    result = run_agenda("status", db=url.format(tmp=tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one line, no documentation link
    assert says in result.stderr and "check --db or AGENDA_DB" in result.stderr


def test_debug_shows_the_traceback(sqlite_url: str, tmp_path: Path) -> None:
    result = run_agenda("--debug", "import", "missing.yaml", db=sqlite_url, cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" in result.stderr


def test_bad_agenda_file_imports_nothing(sqlite_url: str, tmp_path: Path) -> None:
    data = yaml.safe_load((FIXTURES / "agenda_small.yaml").read_text())
    data["commitments"][2]["due"] = "soon"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data))
    result = run_agenda("import", str(bad), db=sqlite_url)
    assert result.returncode == 1
    assert "commitment 'water-fund-pilot', field 'due': not a date" in result.stderr
    listed = run_agenda("status", db=sqlite_url)
    assert "no agenda stored yet" in listed.stderr


def test_import_export_import_round_trips_through_the_store(db_url: str, tmp_path: Path) -> None:
    assert run_agenda("import", str(FIXTURES / "agenda_small.yaml"), "--with-history",
                      db=db_url).returncode == 0
    for fmt in ("yaml", "json", "csv"):
        exported = run_agenda("export", "--format", fmt, db=db_url)
        assert exported.returncode == 0, exported.stderr
        path = tmp_path / f"agenda.{fmt}"
        path.write_text(exported.stdout)
        other_db = f"sqlite:///{tmp_path / f'again-{fmt}.db'}"
        assert run_agenda("import", str(path), "--with-history", db=other_db).returncode == 0
        again = run_agenda("export", "--format", fmt, db=other_db)
        assert again.stdout == exported.stdout


def test_status_json_and_as_of(sqlite_url: str) -> None:
    run_agenda("import", str(FIXTURES / "agenda_small.yaml"), "--with-history", db=sqlite_url)
    now = json.loads(run_agenda("status", "--format", "json", db=sqlite_url).stdout)
    before = json.loads(run_agenda("status", "--format", "json", "--as-of", "2022-06-01",
                                   db=sqlite_url).stdout)
    forum_now = next(c for c in now["commitments"] if c["id"] == "trade-forum")
    forum_before = next(c for c in before["commitments"] if c["id"] == "trade-forum")
    assert forum_now["status"] == "delivered"
    assert forum_before["status"] == "announced"
    fund = next(c for c in now["commitments"] if c["id"] == "water-fund")
    assert fund["overdue"] is True and fund["no_evidence"] is True
    assert before["as_of"] == "2022-06-01"


def test_extract_prints_json_lines_without_a_database(tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(json.dumps({
        "id": "n1", "date": "2023-04-02", "lang": "en",
        "text": "The two ministers met in Ottawa. Canada will fund a new border lab with $12 million.",
    }) + "\n")
    result = run_agenda("extract", str(corpus), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    commitment = next(r for r in records if r["type"] == "commitment")
    assert commitment["doc"] == "n1"
    text = corpus.read_text()
    document_text = json.loads(text)["text"]
    assert document_text[commitment["start"]:commitment["end"]] == commitment["text"]
    assert commitment["amount"] == {"value": 12000000, "currency": "USD"}
    assert not list(tmp_path.glob("*.db"))
