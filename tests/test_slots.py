"""fill_slots as a whole: every slot from one sentence, languages other than en/es, and the gold benchmark."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from agenda.analyze.slots import fill_slots
from agenda.model import Kind, Pillar

ROOT = Path(__file__).resolve().parents[1]


def test_every_slot_of_one_commitment() -> None:
    slots = fill_slots(
        "Canada will invest $25 million over the next two years to train 4,000 nurses in Haiti.", "en",
        date(2023, 3, 15))
    record = slots.to_json()
    assert record["actors"] == ["CAN"]
    assert record["kind"] == Kind.FUNDING
    assert record["pillar"] == Pillar.HEALTH
    assert record["amount"] == {"value": 25_000_000, "currency": "USD"}
    assert record["quantity"] == {"value": 4000, "unit": "nurses"}
    assert record["due"] == "2025-03-15"
    assert record["due_text"] == "over the next two years"


def test_every_slot_of_a_spanish_commitment() -> None:
    slots = fill_slots("El Gobierno de México invertirá 1.200 millones de pesos a finales de 2024.", "es",
                       date(2023, 6, 1))
    assert slots.actors == ["MEX"]
    assert slots.kind == Kind.FUNDING
    assert slots.amount is not None and (slots.amount.value, slots.amount.currency) == (1_200_000_000, "MXN")
    assert slots.due == date(2024, 12, 31)


def test_unsupported_languages_are_read_with_english_data() -> None:
    slots = fill_slots("Canada will invest $5 million in 2030.", "pt", date(2023, 1, 1))
    assert slots.actors == ["CAN"]
    assert slots.amount is not None and slots.amount.value == 5_000_000


def test_a_sentence_with_nothing_to_fill() -> None:
    slots = fill_slots("Thank you.", "en", None)
    assert slots.actors == [] and slots.amount is None and slots.quantity is None and slots.due is None


def test_gold_benchmark_runs_and_prints_every_slot(shared_eval: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "slots_gold.py"), "--docs", "011"],
                            capture_output=True, text=True, check=True)
    header = result.stdout.splitlines()[0].split()
    assert header[:8] == ["actors", "actors+", "kind", "pillar", "pillar+", "amount", "quantity", "due"]
    assert "statements/s" in result.stdout
