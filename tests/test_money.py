"""Sums of money: signs, codes and currency names before or after the figure, in English and Spanish."""

from __future__ import annotations

import pytest

from agenda.analyze.money import find_money
from agenda.analyze.numbers import find_figures


def money(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(m.money.value, m.money.currency) for m in find_money(text, lang, find_figures(text, lang))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Canada will provide $45 million for clean water.", "en", (45_000_000, "USD")),
        ("The bank approved USD 20m for ports.", "en", (20_000_000, "USD")),
        ("The fund holds US$1.2 billion.", "en", (1_200_000_000, "USD")),
        ("The agency will lend more than $1 billion.", "en", (1_000_000_000, "USD")),
        ("Brussels will grant €300 million.", "en", (300_000_000, "EUR")),
        ("Ottawa will invest $60 million Canadian dollars over five years.", "en", (60_000_000, "CAD")),
        ("It will cost 900 million pesos.", "en", (900_000_000, "MXN")),
        ("They raised two million dollars.", "en", (2_000_000, "USD")),
        ("The city offered 40 million Colombian pesos as a reward.", "en", (40_000_000, "COP")),
        ("workers were paid over 3 million USD in back wages", "en", (3_000_000, "USD")),
        ("El gobierno invertirá 1.500 millones de pesos.", "es", (1_500_000_000, "MXN")),
        ("Se destinarán 130 millones de dólares.", "es", (130_000_000, "USD")),
        ("Se aprobaron dos mil millones de pesos.", "es", (2_000_000_000, "MXN")),
        ("Habrá 250 mdd para la frontera.", "es", (250_000_000, "USD")),
        ("Se entregarán 75 millones de dólares canadienses.", "es", (75_000_000, "CAD")),
    ],
)
def test_first_sum_with_its_currency(text: str, lang: str, expected: tuple[float, str]) -> None:
    value, currency = money(text, lang)[0]
    assert value == pytest.approx(expected[0])
    assert currency == expected[1]


def test_every_sum_is_found_in_order() -> None:
    assert money("It gave $5 million, then $7.5 million more.") == [(5_000_000, "USD"), (7_500_000, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "They will deliver 3 million doses.",  # a count, not money
        "Emissions fall 30 percent by 2030.",
        "billions of dollars in trade",  # no figure
        "people living on less than two dollars a day",  # a price, not money for an action
        "At COP 27 they agreed to a fund.",  # a conference, not a sum in Colombian pesos
        "Se vacunaron 2 millones de personas.",
    ],
)
def test_no_money_where_there_is_none(text: str) -> None:
    assert money(text, "es" if text.startswith("Se") else "en") == []


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Canada has given $2 billion since the start of the programme, with a new pledge of $300 million.", "en", 3e8),
    ("Canada has given $2 billion to date and now adds $300 million.", "en", 3e8),
    ("Canada will give $300 million for clinics and $20 million for training.", "en", 3e8),
    ("México aportó 5 mil millones de pesos desde el inicio, y ahora suma 400 millones de pesos.", "es", 4e8),
])
def test_a_running_total_before_a_new_sum_gives_way_to_it(text: str, lang: str, value: float) -> None:
    from datetime import date

    from agenda.analyze.slots import fill_slots

    amount = fill_slots(text, lang, date(2024, 1, 1)).amount
    assert amount is not None and amount.value == value
