"""Counts and targets that are not money: values, units, and what must not be read as a quantity."""

from __future__ import annotations

import pytest

from agenda.analyze.slots import fill_slots


def quantity(text: str, lang: str = "en") -> tuple[float, str] | None:
    found = fill_slots(text, lang, None).quantity
    return (found.value, found.unit) if found else None


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Chile will donate more than 1 million COVID-19 vaccine doses.", "en", 1_000_000, "vaccine doses"),
        ("Peru received 2.4 million vaccines.", "en", 2_400_000, "vaccine doses"),
        ("Se recibieron 2,7 millones de vacunas.", "es", 2_700_000, "vaccine doses"),
        ("Llegaron un millón 300 mil dosis de vacuna.", "es", 1_300_000, "vaccine doses"),
        ("The ministry trained 1,450 customs officers.", "en", 1450, "customs officers"),
        ("The program will build 3,200 homes.", "en", 3200, "homes"),
        ("Brazil will buy up to 15,000 tons of wheat.", "en", 15_000, "tons of wheat"),
        ("Twelve states adopted the new model.", "en", 12, "states"),
        ("Se instalaron 45 tribunales laborales.", "es", 45, "tribunales laborales"),
        # speakers drop "mil" after millions: two million seven hundred thousand
        ("Chile recibirá tres millones 400 vacunas.", "es", 3_400_000, "vaccine doses"),
        ("Paraguay widened its list of controlled substances from 40 to 65.", "en", 65, ""),
        ("Ampliaron la lista de 40 a 65 sustancias.", "es", 65, "sustancias"),
        # the count that names what it counts wins over one whose unit is only implied
        ("Of the doses, almost three million, the state applied a total of 1,250,000 vaccines.", "en", 1_250_000,
         "vaccine doses"),
        ("Argentina has closed nine fraud networks, including over 40 companies.", "en", 9, "fraud networks"),
    ],
)
def test_counts_with_their_unit(text: str, lang: str, value: float, unit: str) -> None:
    assert quantity(text, lang) == (pytest.approx(value), unit)


def test_a_figure_in_digits_beats_a_small_written_count() -> None:
    assert quantity("The agency opened two offices that served 8,000 families.") == (8000, "families")


def test_scaled_figure_without_unit_keeps_the_value() -> None:
    value, _ = quantity("Roughly 4 million will go to the Caribbean.")
    assert value == 4_000_000


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Emissions will fall 40% by 2030.", "en"),
        ("Emissions will fall 40 percent.", "en"),
        ("Las emisiones bajarán 40 por ciento.", "es"),
        ("The plan runs from 2022 to 2026.", "en"),
        ("They will meet on March 14.", "en"),
        ("Se reunirán el 14 de marzo.", "es"),
        ("The two governments will meet again.", "en"),
        ("The three countries agreed to act.", "en"),
        ("They will act within 90 days.", "en"),
        ("It builds on Executive Order 14025.", "en"),
        ("The fund gave $40 million to schools.", "en"),
        ("One of the priorities is water.", "en"),
        ("The 2,000-mile border is long.", "en"),
        ("The ministers will focus on four priorities.", "en"),
        ("The experts of Peru's five coastal regions will meet.", "en"),  # known things, not a count
        ("The fund will help displaced families, including 2 million Haitians.", "en"),  # a part of something
        ("He was sentenced for trafficking at least 70 rifles.", "en"),  # what a crime was done to
        ("The forum drew 900 business, academic and government leaders.", "en"),  # a party count
    ],
)
def test_not_quantities(text: str, lang: str) -> None:
    assert quantity(text, lang) is None
