"""`agenda documents`: listing with filters and formats, `show ID`, and ingestion feedback (progress, summary)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from agenda.ingest.options import IngestOptions
from agenda.ingest.progress import Progress
from agenda.ingest.runner import run_ingest

from .cli_runner import run_agenda
from .conftest import FIXTURES
from .ingest_helpers import good_folder


def _archive(path: Path) -> Path:
    body = ("The customs offices of both countries will share inspection schedules from next month and train "
            "forty inspectors together, the joint committee said after its meeting in the border town. The "
            "inspectors will start with the four busiest crossings and report every quarter on waiting times, "
            "seized goods and the cases they pass to prosecutors on either side of the border.")
    records = [
        {"id": "customs-en", "date": "2022-04-02", "title": "Customs schedules", "text": body},
        {"id": "customs-copy", "date": "2022-04-03", "title": "Customs schedules (mirror)",
         "text": "Mirror of the original. " + body + " Contact the press office for details."},
        {"id": "aduanas-es", "date": "2022-05-20", "title": "Calendarios de aduanas", "lang": "es",
         "text": "Las oficinas de aduanas de ambos países compartirán sus calendarios de inspección a partir del "
                 "próximo mes y capacitarán juntas a cuarenta inspectores, informó el comité conjunto."},
        {"id": "no-date", "title": "Undated note", "text": "A note without a date about the seed bank visits that "
                                                           "the agriculture ministries will organise."},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_documents_list_filters_and_formats(sqlite_url: str, tmp_path: Path) -> None:
    run_agenda("import", str(FIXTURES / "agenda_small.yaml"), db=sqlite_url)
    assert run_agenda("ingest", str(_archive(tmp_path / "a.jsonl")), db=sqlite_url).returncode == 0
    table = run_agenda("documents", db=sqlite_url)
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["ID", "DATE", "LANG", "TITLE", "SOURCE", "COPIES/VERSIONS"]
    assert [line.split()[0] for line in lines[1:]] == ["aduanas-es", "customs-copy", "customs-en", "no-date"]
    assert "copy of customs-en" in lines[2] and "1 copy" in lines[3] and "undated" in lines[4]

    def ids(*args: str) -> list[str]:
        result = run_agenda("documents", "--format", "json", *args, db=sqlite_url)
        assert result.returncode == 0, result.stderr
        return [d["id"] for d in json.loads(result.stdout)]

    assert ids("--lang", "es") == ["aduanas-es"]
    assert ids("--since", "2022-04-03", "--until", "2022-04-30") == ["customs-copy"]
    assert ids("--query", "INSPECTORS together") == ["customs-copy", "customs-en"]
    assert ids("--undated") == ["no-date"]
    assert ids("--limit", "2") == ["aduanas-es", "customs-copy"]
    assert run_agenda("documents", "--query", "nothing like this", db=sqlite_url).stderr.strip() == "no documents match"


def test_documents_show_prints_metadata_sources_statements_and_text(sqlite_url: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path / "in")
    run_agenda("import", str(FIXTURES / "agenda_small.yaml"), db=sqlite_url)
    run_agenda("ingest", str(folder), db=sqlite_url)
    shown = run_agenda("documents", "show", "press_release", db=sqlite_url)
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert "date:      2022-03-02 (document)" in out
    assert "canonical: https://waterworks.example.org/news/border-water-fund" in out
    assert "author:    Dana Whitfield" in out
    assert f"  {folder / 'press_release.html'}  (seen " in out
    assert "statements (" in out
    assert out.rstrip().endswith("the first contracts are expected to be signed in the spring.")
    detail = json.loads(run_agenda("documents", "show", "press_release", "--format", "json", db=sqlite_url).stdout)
    assert detail["id"] == "press_release" and detail["located"][0]["locator"] == str(folder / "press_release.html")
    assert any("40 million dollars" in s["text"] for s in detail["statement_list"])
    missing = run_agenda("documents", "show", "nothing", db=sqlite_url)
    assert missing.returncode == 1 and missing.stderr.strip() == "error: unknown document 'nothing' (see " \
                                                                "'agenda documents')"


@pytest.mark.parametrize("command", [["documents", "--help"], ["documents", "show", "--help"], ["ingest", "--help"]])
def test_help(command: list[str]) -> None:
    result = run_agenda(*command)
    assert result.returncode == 0 and "Usage: agenda" in result.stdout


def test_progress_is_a_periodic_log_line_when_not_a_terminal(sqlite_url: str, tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    with log.open("w") as stream:
        run_ingest([str(_archive(tmp_path / "a.jsonl"))], IngestOptions(analyze=False),
                   progress=Progress(stream=stream, every=0.0))
    lines = log.read_text().splitlines()
    assert len(lines) == 4
    assert lines[-1].startswith("ingest: 4 items so far (")
    assert lines[-1].endswith("3 new, 0 new versions, 1 near-duplicate copies, 0 duplicates, 0 failed, "
                              "0 already done")


def test_progress_bar_on_a_terminal(sqlite_url: str, tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a.jsonl")
    leader, follower = pty.openpty()
    env = {**os.environ, "AGENDA_DB": sqlite_url}
    process = subprocess.run([sys.executable, "-m", "agenda", "ingest", str(archive)], env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower, timeout=120,
                             check=False)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.returncode == 0
    assert b"4 items [" in shown and b", new " in shown  # the tqdm bar with its counts
    assert b"time per stage: fetch" in process.stdout and b"slowest: " in process.stdout
