"""The bundled demo goes through the whole flow and yields evidence-backed statuses."""

from __future__ import annotations

import json
from pathlib import Path

from agenda.agendafile import read_agenda_file
from agenda.cli.demo import DEMO

from .cli_runner import run_agenda


def test_demo_agenda_is_valid_and_names_the_seed_commitments() -> None:
    agenda = read_agenda_file(str(DEMO / "agenda.yaml"))
    ids = {c.id for c in agenda.commitments}
    assert {"hled-2021", "security-dialogue", "labor-130m", "root-causes-partnership",
            "smuggling-operations-group", "southern-mexico-investment",
            "disappearances-partnership", "vaccine-doses"} <= ids


def test_demo_builds_the_database_and_links_evidence(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'agenda.db'}"
    first = run_agenda("demo", "--no-serve", db=db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "hled-2021" in first.stdout
    status = json.loads(run_agenda("status", "--format", "json", db=db).stdout)
    by_id = {c["id"]: c for c in status["commitments"]}
    assert by_id["hled-2021"]["proposed_status"] == "delivered"
    assert by_id["hled-2021"]["last_evidence"]["document"]
    # running it again stores nothing twice
    second = run_agenda("demo", "--no-serve", db=db, cwd=tmp_path)
    assert "0 new documents" in second.stdout
