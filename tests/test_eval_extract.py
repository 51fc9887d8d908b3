"""`agenda eval extract`: locating gold spans, span/type matching, P/R/F1, slot accuracy, the command."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from agenda.evaluate.extract import score_extraction
from agenda.evaluate.gold import load_gold
from agenda.model import Document, Kind, Money, Pillar, Slots, Statement, StatementType

from .cli_runner import run_agenda

EN_TEXT = ("Ports: Peru and Chile will open a customs post in March. The ministers met in Lima. "
           "The ministers met in Lima. Chile will fund a $10 million lab and will host a forum.")
ES_TEXT = "Perú y Chile acordaron crear un grupo de trabajo. El clima fue bueno."


def _gold_statement(text: str, statement_type: str, **slots: object) -> dict[str, object]:
    record: dict[str, object] = {"text": text, "type": statement_type, "actors": ["CHL", "PER"], "kind": "policy",
                                 "pillar": "economy", "amount": None, "quantity": None, "due": None,
                                 "due_text": None}
    record.update(slots)
    return record


@pytest.fixture
def gold_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "eval"
    (folder / "gold").mkdir(parents=True)
    docs = [{"id": "d1", "date": "2022-01-10", "lang": "en", "text": EN_TEXT},
            {"id": "d2", "date": "2022-02-01", "lang": "es", "text": ES_TEXT}]
    (folder / "docs.jsonl").write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n")
    en = {"doc": "d1", "date": "2022-01-10", "lang": "en", "statements": [
        _gold_statement("Ports: Peru and Chile will open a customs post in March.", "commitment",
                        due="2022-03-31", due_text="in March"),
        _gold_statement("The ministers met in Lima.", "progress"),
        _gold_statement("The ministers met in Lima.", "progress"),
        _gold_statement("Chile will fund a $10 million lab and will host a forum.", "commitment",
                        actors=["CHL"], kind="funding", amount={"value": 10000000, "currency": "USD"},
                        also=[{"actors": ["CHL"], "kind": "dialogue", "pillar": "economy", "amount": None,
                               "quantity": None, "due": None, "due_text": None}]),
    ]}
    es = {"doc": "d2", "date": "2022-02-01", "lang": "es", "statements": [
        _gold_statement("Perú y Chile acordaron crear un grupo de trabajo.", "commitment", kind="dialogue"),
    ]}
    (folder / "gold" / "d1.json").write_text(json.dumps(en))
    (folder / "gold" / "d2.json").write_text(json.dumps(es, ensure_ascii=False))
    return folder


def test_gold_spans_are_located_and_repeats_take_successive_occurrences(gold_folder: Path) -> None:
    gold = load_gold(gold_folder)
    units = gold.statements["d1"]
    met = [u for u in units if u.type == StatementType.PROGRESS]
    assert [EN_TEXT[u.start:u.end] for u in met] == ["The ministers met in Lima."] * 2
    assert met[0].start != met[1].start
    assert [u.role for u in units if u.start == units[-1].start] == [0, 1]  # the `also` entry, same span


def _statement(doc: Document, text: str, kind: StatementType, slots: Slots | None = None,
               also: list[Slots] | None = None, occurrence: int = 0) -> Statement:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return Statement(doc=doc.id, start=start, end=start + len(text), text=text, type=kind,
                     slots=slots or Slots(), lang=doc.lang, also=also or [])


def test_matching_needs_half_of_the_shorter_span_and_the_same_type(gold_folder: Path) -> None:
    gold = load_gold(gold_folder)

    def extractor(doc: Document) -> list[Statement]:
        if doc.id == "d2":
            return [_statement(doc, "El clima fue bueno.", StatementType.COMMITMENT)]  # no overlap: false alarm
        return [
            # Inside the gold span: overlaps by all of the shorter span.
            _statement(doc, "Peru and Chile will open a customs post", StatementType.COMMITMENT),
            # Right span, wrong type: no match.
            _statement(doc, "The ministers met in Lima.", StatementType.COMMITMENT),
            # A longer span holding a whole gold statement matches it (half of the shorter span).
            _statement(doc, "Lima. The ministers met in Lima. Chile will fund", StatementType.PROGRESS),
        ]

    report = score_extraction(gold, extractor)
    en = report.scores["en"].counts
    assert (en["commitment"].matched, en["commitment"].predicted, en["commitment"].gold) == (1, 2, 3)
    assert (en["progress"].matched, en["progress"].predicted, en["progress"].gold) == (1, 1, 2)
    es = report.scores["es"].counts["commitment"]
    assert (es.matched, es.predicted, es.gold) == (0, 1, 1)
    assert es.precision == 0.0 and es.recall == 0.0 and es.f1 == 0.0
    overall = report.scores["all"].counts["commitment"]
    assert overall.precision == pytest.approx(1 / 3)
    assert overall.recall == pytest.approx(1 / 4)
    assert overall.f1 == pytest.approx(2 * (1 / 3) * (1 / 4) / (1 / 3 + 1 / 4))
    errors = {e.doc: e for e in report.errors}
    assert len(errors["d2"].false_alarms) == 1 and len(errors["d2"].misses) == 1


def test_a_predicted_also_matches_the_gold_also_and_slots_are_scored(gold_folder: Path) -> None:
    gold = load_gold(gold_folder)
    sentence = "Chile will fund a $10 million lab and will host a forum."

    def extractor(doc: Document) -> list[Statement]:
        if doc.id != "d1":
            return []
        first = Slots(actors=["CHL"], kind=Kind.FUNDING, pillar=Pillar.ECONOMY,
                      amount=Money(10_050_000, "USD"))  # within 1%
        second = Slots(actors=["CHL", "PER"], kind=Kind.DIALOGUE, pillar=Pillar.ECONOMY,
                       amount=Money(5, "USD"))  # gold has no amount here: counts as wrong
        port = Slots(actors=["CHL", "PER"], kind=Kind.POLICY, pillar=Pillar.ECONOMY, due=date(2022, 4, 25))
        return [_statement(doc, sentence, StatementType.COMMITMENT, first, [second]),
                _statement(doc, "Ports: Peru and Chile will open a customs post in March.",
                           StatementType.COMMITMENT, port)]

    report = score_extraction(gold, extractor)
    counts = report.scores["en"].counts["commitment"]
    assert (counts.matched, counts.predicted, counts.gold) == (3, 3, 3)
    slots = report.scores["en"].slots
    assert (slots["actors"].correct, slots["actors"].scored) == (2, 3)
    assert (slots["kind"].correct, slots["kind"].scored) == (3, 3)
    assert (slots["amount"].correct, slots["amount"].scored) == (1, 2)
    assert (slots["due"].correct, slots["due"].scored) == (1, 1)  # 25 days from the gold date
    assert slots["quantity"].scored == 0  # neither side has one


def test_eval_extract_command_json_on_a_small_gold_folder(gold_folder: Path) -> None:
    result = run_agenda("eval", "extract", "--gold", str(gold_folder), "--json", "--errors")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == 2
    assert set(report["scores"]) == {"en", "es", "all"}
    assert report["scores"]["en"]["commitment"]["gold"] == 3
    assert report["scores"]["es"]["commitment"]["gold"] == 1
    assert set(report["baseline"]) == {"en", "es", "all"}
    assert isinstance(report["errors"], list)


def test_eval_extract_text_report_names_languages_and_types(gold_folder: Path) -> None:
    result = run_agenda("eval", "extract", "--gold", str(gold_folder))
    assert result.returncode == 0, result.stderr
    assert "commitment" in result.stdout and "progress" in result.stdout
    assert "naive keyword baseline" in result.stdout
    assert any(line.startswith("es ") for line in result.stdout.splitlines())


def test_missing_gold_folder_is_one_clear_error(tmp_path: Path) -> None:
    result = run_agenda("eval", "extract", "--gold", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "not a gold folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_gold_text_not_in_its_document_is_reported(gold_folder: Path) -> None:
    bad = json.loads((gold_folder / "gold" / "d2.json").read_text())
    bad["statements"][0]["text"] = "Texto que no existe."
    (gold_folder / "gold" / "d2.json").write_text(json.dumps(bad))
    result = run_agenda("eval", "extract", "--gold", str(gold_folder))
    assert result.returncode == 1
    assert "d2.json: statement 1: text not found" in result.stderr


@pytest.mark.slow
def test_eval_extract_on_the_shared_gold_set(shared_eval: Path) -> None:
    result = run_agenda("eval", "extract", "--gold", str(shared_eval), "--json", timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for lang in ("en", "es", "all"):
        score = report["scores"][lang]
        for kind in ("commitment", "progress"):
            assert 0.0 <= score[kind]["f1"] <= 1.0
            assert score[kind]["gold"] > 0
        assert set(score["slots"]) == {"matched", "actors", "kind", "pillar", "amount", "quantity", "due"}
    # The extractor must do better than the naive keyword baseline it is compared with.
    assert report["scores"]["all"]["commitment"]["f1"] > report["baseline"]["all"]["commitment"]["f1"]
