"""Agenda files: validation names the entry and field; export and import round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from agenda.agendafile import dump_agenda, parse_agenda, read_agenda_file
from agenda.errors import UserError, ValidationError
from agenda.model import Kind, Status

from .conftest import FIXTURES


def _mutated(change) -> str:  # type: ignore[no-untyped-def]
    data = yaml.safe_load((FIXTURES / "agenda_small.yaml").read_text())
    change(data)
    return yaml.safe_dump(data)


def test_reads_commitments_targets_and_timelines() -> None:
    agenda = read_agenda_file(FIXTURES / "agenda_small.yaml")
    assert agenda.id == "test-pact"
    assert [c.id for c in agenda.commitments] == ["trade-forum", "water-fund", "water-fund-pilot"]
    fund = agenda.commitments[1]
    assert fund.kind is Kind.FUNDING
    assert fund.target is not None and fund.target.value == 40_000_000 and fund.target.is_money
    assert agenda.commitments[0].timeline[-1].status is Status.DELIVERED
    assert agenda.commitments[2].parent == "water-fund"
    assert agenda.all_parties() == ["MEX", "USA"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["commitments"][1].pop("id"), "commitment #2, field 'id': missing"),
        (lambda d: d["commitments"][0].update(kind="summit"), "'trade-forum', field 'kind': unknown kind 'summit'"),
        (lambda d: d["commitments"][0].update(pillar="sports"), "field 'pillar': unknown pillar 'sports'"),
        (lambda d: d["commitments"][2].update(announced="2022-13-40"),
         "'water-fund-pilot', field 'announced': not a date"),
        (lambda d: d["commitments"][0]["timeline"][1].update(status="done"), "field 'timeline[2].status'"),
        (lambda d: d["commitments"][2].update(id="trade-forum"), "'trade-forum', field 'id': duplicate id"),
        (lambda d: d["commitments"][2].update(parent="nope"), "field 'parent': unknown commitment 'nope'"),
        (lambda d: d["commitments"][0].update(parties=["Mexico"]), "not an ISO 3166-1 alpha-3 code"),
        (lambda d: d["commitments"][1].update(target={"value": "lots", "unit": "USD"}), "field 'target.value'"),
        (lambda d: d.pop("agenda"), "field 'agenda': missing"),
    ],
)
def test_invalid_entries_name_the_entry_and_field(change, expected: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        parse_agenda(_mutated(change), name="pact.yaml")
    assert expected in str(caught.value)
    assert str(caught.value).startswith("pact.yaml")


def test_broken_yaml_reports_the_line() -> None:
    with pytest.raises(UserError, match=r"bad.yaml: invalid YAML at line \d+"):
        parse_agenda("agenda: x\ncommitments:\n  - id: [unclosed\n", name="bad.yaml")


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        read_agenda_file(tmp_path / "absent.yaml")


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_export_then_import_round_trips(fmt: str, tmp_path: Path) -> None:
    original = read_agenda_file(FIXTURES / "agenda_small.yaml")
    path = tmp_path / f"out.{fmt}"
    path.write_text(dump_agenda(original, fmt))
    again = read_agenda_file(path)
    assert again.id == original.id and again.title == original.title
    for before, after in zip(original.commitments, again.commitments, strict=True):
        assert (after.id, after.text, after.parties, after.kind, after.pillar, after.announced,
                after.due, after.target, after.parent, after.source) == (
            before.id, before.text, before.parties, before.kind, before.pillar, before.announced,
            before.due, before.target, before.parent, before.source)
        if fmt != "csv":
            assert after.timeline == before.timeline
            assert after.also_in == before.also_in


def test_reads_the_shared_gold_agenda(shared_eval: Path) -> None:
    agenda = read_agenda_file(shared_eval / "agenda.yaml")
    assert len(agenda.commitments) >= 50
    assert all(c.parties and c.announced for c in agenda.commitments)
