"""Figures in sentences: digits in both conventions, written-out numbers and scale words, and non-figures."""

from __future__ import annotations

import pytest

from agenda.analyze.numbers import find_figures, parse_digits


def values(text: str, lang: str) -> list[float]:
    return [figure.value for figure in find_figures(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("They pledged 1,500 tons.", "en", [1500]),
        ("They pledged 2.75 million tons.", "en", [2_750_000]),
        ("They pledged 4 billion.", "en", [4_000_000_000]),
        ("about three hundred and twenty thousand people", "en", [320_000]),
        ("forty-two trainers", "en", [42]),
        ("half a billion shots", "en", [500_000_000]),
        ("a million seedlings", "en", [1_000_000]),
        ("Se donarán 2,5 millones de árboles.", "es", [2_500_000]),
        ("Se invertirán 3.200 millones de pesos.", "es", [3_200_000_000]),
        ("cuatro mil millones de pesos", "es", [4_000_000_000]),
        ("tres millones 400 mil personas", "es", [3_400_000]),
        ("un millón 120 mil dosis", "es", [1_120_000]),
        ("seis mil 305 cartas", "es", [6305]),
        ("treinta y ocho inspectores", "es", [38]),
        ("doscientos cincuenta mil", "es", [250_000]),
        ("medio millón de litros", "es", [500_000]),
    ],
)
def test_figures_are_read_with_their_scale(text: str, lang: str, expected: list[float]) -> None:
    assert values(text, lang) == pytest.approx(expected)


def test_spanish_reads_a_single_separator_before_three_digits_as_grouping() -> None:
    assert parse_digits("1.500", "either") == 1500
    assert parse_digits("1,500", "either") == 1500
    assert parse_digits("2,7", "either") == pytest.approx(2.7)
    assert parse_digits("2.7", "either") == pytest.approx(2.7)
    assert parse_digits("1.234.567,5", "either") == pytest.approx(1_234_567.5)


def test_english_reads_commas_as_grouping_and_the_dot_as_decimal() -> None:
    assert parse_digits("1,234,567", ".") == 1_234_567
    assert parse_digits("1.5", ".") == pytest.approx(1.5)


@pytest.mark.parametrize(
    "text",
    ["the COVID-19 response", "the G20 leaders", "5G networks", "at 10:30 in the morning", "on 12/05"],
)
def test_codes_times_and_names_are_not_figures(text: str) -> None:
    assert values(text, "en") == []


def test_plural_scale_words_alone_are_not_figures() -> None:
    assert values("hundreds of millions of doses and billions of dollars", "en") == []


def test_ordinals_and_hyphenated_adjectives_are_marked() -> None:
    ordinal, = find_figures("the 3rd round", "en")
    assert ordinal.ordinal
    hyphenated, = find_figures("a 3,000-mile border", "en")
    assert hyphenated.hyphenated and hyphenated.value == 3000


def test_malformed_digit_strings_are_not_figures() -> None:
    assert parse_digits("1.1.529", ".") is None
    assert values("See section 1.1.529 of the act.", "en") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("the watchlist grew from 14 to72 chemicals", "en", [14, 72]),
    ("an increase of300 inspectors", "en", [300]),
    ("se contrataron hasta72 inspectores", "es", [72]),
    ("the G20 and Title42 and COVID19", "en", []),
    ("the To72 programme and Of300 fund", "en", []),
])
def test_a_figure_glued_to_a_function_word_lost_a_space_but_a_code_is_no_figure(
        text: str, lang: str, expected: list[float]) -> None:
    assert values(text, lang) == expected
