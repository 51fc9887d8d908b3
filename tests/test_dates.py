"""Deadlines: resolved against the document's date to the last day of the stated period, in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from agenda.analyze.dates import find_due


def due(text: str, lang: str, doc_date: date | None) -> tuple[date, str] | None:
    found = find_due(text, lang, doc_date)
    return (found.date, found.text) if found else None


JUNE_2021 = date(2021, 6, 8)


@pytest.mark.parametrize(
    ("text", "lang", "doc_date", "expected", "words"),
    [
        ("The ministers will meet in September.", "en", JUNE_2021, date(2021, 9, 30), "in September"),
        ("Canada will fund it over the next three years.", "en", JUNE_2021, date(2024, 6, 8),
         "over the next three years"),
        ("They will finish the plan by the end of the year.", "en", JUNE_2021, date(2021, 12, 31),
         "by the end of the year"),
        ("They will finish it by the end of 2025.", "en", JUNE_2021, date(2025, 12, 31), "by the end of 2025"),
        ("The agency will answer within 90 days.", "en", JUNE_2021, date(2021, 9, 6), "within 90 days"),
        ("The group will meet next month.", "en", JUNE_2021, date(2021, 7, 31), "next month"),
        ("The group will meet in early 2022.", "en", JUNE_2021, date(2022, 3, 31), "in early 2022"),
        ("The group will report in the first quarter of 2022.", "en", JUNE_2021, date(2022, 3, 31),
         "in the first quarter of 2022"),
        ("Funds will be spent in FY2023.", "en", JUNE_2021, date(2023, 9, 30), "in FY2023"),
        ("They will cut methane by 2030.", "en", JUNE_2021, date(2030, 12, 31), "by 2030"),
        ("The talks will resume on July 19.", "en", JUNE_2021, date(2021, 7, 19), "on July 19"),
        ("They will invest between 2022 and 2024.", "en", JUNE_2021, date(2024, 12, 31), "between 2022 and 2024"),
        ("The office will stay open until March 2026.", "en", JUNE_2021, date(2026, 3, 31), "until March 2026"),
        ("The partners will meet this summer.", "en", JUNE_2021, date(2021, 8, 31), "this summer"),
        ("The partners will act this decade.", "en", JUNE_2021, date(2029, 12, 31), "this decade"),
        ("Los equipos se reunirán a finales de año.", "es", JUNE_2021, date(2021, 12, 31), "a finales de año"),
        ("El plan concluirá a finales de 2025.", "es", JUNE_2021, date(2025, 12, 31), "a finales de 2025"),
        ("Se invertirá durante los próximos tres años.", "es", JUNE_2021, date(2024, 6, 8),
         "durante los próximos tres años"),
        ("La reunión será el 15 de octubre.", "es", JUNE_2021, date(2021, 10, 15), "el 15 de octubre"),
        ("Vamos a firmar en septiembre.", "es", JUNE_2021, date(2021, 9, 30), "en septiembre"),
        ("Vamos a revisarlo el próximo mes.", "es", JUNE_2021, date(2021, 7, 31), "el próximo mes"),
        ("El registro estará abierto hasta el 1º de mayo de 2023.", "es", JUNE_2021, date(2023, 5, 1),
         "hasta el 1º de mayo de 2023"),
        ("Vamos a tener las vacunas la semana próxima.", "es", date(2021, 3, 19), date(2021, 3, 28),
         "la semana próxima"),
        # a bullet that starts with its verb lists something to do, like a sentence with "will"
        ("Hosting a regional forum on fisheries in 2022.", "en", JUNE_2021, date(2022, 12, 31), "in 2022"),
        ("Convocar una reunión regional en octubre.", "es", JUNE_2021, date(2021, 10, 31), "en octubre"),
        # "today" before a future verb is the day of the document
        ("Today, the Chilean President will meet the Peruvian President.", "en", JUNE_2021, JUNE_2021, "Today"),
    ],
)
def test_deadlines(text: str, lang: str, doc_date: date, expected: date, words: str) -> None:
    assert due(text, lang, doc_date) == (expected, words)


def test_a_month_already_past_is_next_year_across_the_year_end() -> None:
    assert due("The leaders will meet in January.", "en", date(2023, 12, 20)) == (date(2024, 1, 31), "in January")
    assert due("The leaders will meet next month.", "en", date(2023, 12, 20)) == (date(2024, 1, 31), "next month")
    assert due("The leaders will meet next year.", "en", date(2023, 12, 20)) == (date(2024, 12, 31), "next year")


def test_durations_from_a_leap_day_end_on_the_last_day_of_february() -> None:
    assert due("They will finish within a year.", "en", date(2024, 2, 29))[0] == date(2025, 2, 28)
    assert due("They will finish within four years.", "en", date(2024, 2, 29))[0] == date(2028, 2, 29)


def test_february_ends_on_the_29th_in_leap_years() -> None:
    assert due("They will report by the end of February.", "en", date(2024, 1, 10))[0] == date(2024, 2, 29)
    assert due("They will report by the end of February.", "en", date(2023, 1, 10))[0] == date(2023, 2, 28)


def test_us_fiscal_years_end_in_september() -> None:
    assert due("They will complete it this fiscal year.", "en", date(2024, 9, 26))[0] == date(2024, 9, 30)
    assert due("They will complete it this fiscal year.", "en", date(2024, 10, 2))[0] == date(2025, 9, 30)


def test_without_a_document_date_only_absolute_dates_resolve() -> None:
    assert due("They will cut methane by 2030.", "en", None) == (date(2030, 12, 31), "by 2030")
    assert due("The group will meet next month.", "en", None) is None


@pytest.mark.parametrize(
    ("text", "lang", "doc_date"),
    [
        ("The leaders will meet before the summit.", "en", JUNE_2021),  # no date
        ("In 2020, the agency seized 900 kilos.", "en", JUNE_2021),  # in the past
        ("In June, the minister announced the plan.", "en", date(2021, 8, 3)),  # a past month, nothing ahead
        ("The agency delivered the doses on March 3.", "en", date(2021, 3, 10)),
        ("This year's forum focused on trade.", "en", JUNE_2021),  # names the forum, no deadline
        ("The program ran over the past three years.", "en", JUNE_2021),
        ("Se reunieron el viernes pasado.", "es", JUNE_2021),
        ("The partners met in Ottawa to discuss trade.", "en", JUNE_2021),
        ("Emissions will fall 30 percent.", "en", JUNE_2021),
        # "today" with no future verb: what was done or committed today
        ("Today, the two governments committed to work together on ports.", "en", JUNE_2021),
        ("The ministers signed the accord today.", "en", JUNE_2021),
    ],
)
def test_no_deadline(text: str, lang: str, doc_date: date) -> None:
    assert due(text, lang, doc_date) is None


def test_a_report_of_something_done_keeps_only_an_explicit_end() -> None:
    done = date(2024, 9, 26)
    bounded = find_due("Peru extended the permits until April 2025.", "en", done, bounded_only=True)
    assert bounded is not None and bounded.date == date(2025, 4, 30)
    current = find_due("The agency is on track to admit 900 students this fiscal year.", "en", done, bounded_only=True)
    assert current is not None and current.date == date(2024, 9, 30)
    # when something starts or how long a plan runs is no deadline of a done thing
    assert find_due("Chile expects the first arrivals starting in 2025.", "en", done, bounded_only=True) is None
    assert find_due("The officials presented the plan for the next three years.", "en", done, bounded_only=True) is None


@pytest.mark.parametrize(
    ("text", "lang", "expected", "words"),
    [
        ("The ports will reopen by the end of the decade.", "en", date(2029, 12, 31), "by the end of the decade"),
        ("The grid will reach net zero by mid-century.", "en", date(2050, 12, 31), "by mid-century"),
        ("The registry will be ready by the fall.", "en", date(2021, 11, 30), "by the fall"),
        ("Peru will host the talks in the spring.", "en", date(2022, 5, 31), "in the spring"),
        ("The bank will disburse it by the end of the fiscal year.", "en", date(2021, 9, 30),
         "by the end of the fiscal year"),
        ("The bank will disburse it over a four-year period.", "en", date(2025, 6, 8), "over a four-year period"),
        ("Both teams will deliver a report in the year ahead.", "en", date(2022, 6, 8), "in the year ahead"),
        ("Los países cerrarán el acuerdo antes de que termine el año.", "es", date(2021, 12, 31),
         "antes de que termine el año"),
        ("Se abrirán dos oficinas en el transcurso del año.", "es", date(2021, 12, 31), "en el transcurso del año"),
        ("Tenemos que concluir los puentes en lo que resta del año.", "es", date(2021, 12, 31),
         "en lo que resta del año"),
        ("Esa va a ser la meta 2024 de los dos gobiernos.", "es", date(2024, 12, 31), "meta 2024"),
    ],
)
def test_more_period_phrases(text: str, lang: str, expected: date, words: str) -> None:
    assert due(text, lang, JUNE_2021) == (expected, words)


def test_a_deadline_without_a_year_is_the_next_such_day() -> None:
    # on June 8 the last December 31 is nearer than the next one, but "by" points ahead
    assert due("The agency will file its report by December 31.", "en", JUNE_2021) == \
        (date(2021, 12, 31), "by December 31")
    assert due("La comisión entregará el informe a más tardar en enero.", "es", JUNE_2021) == \
        (date(2022, 1, 31), "a más tardar en enero")
    # without a deadline word the nearest one is meant, and a past one is no deadline
    assert due("The agency will review the report it filed in January.", "en", JUNE_2021) is None


def test_counted_periods_that_are_no_deadlines() -> None:
    # "in N weeks" says how long something takes as often as when it happens ("accomplished in 12 months")
    assert due("Exports will grow at their fastest pace in 30 years.", "en", JUNE_2021) is None
    assert due("The ministers will draft the plan in two weeks, as they did last year.", "en", JUNE_2021) is None
    # "by 2030" in a report of something done is the goal of what was done, not a date still due
    assert find_due("Chile joined a pact that aims to halve emissions by 2030.", "en", JUNE_2021,
                    bounded_only=True) is None


def test_a_list_lead_in_lends_periods_but_not_its_own_day() -> None:
    assert find_due("Today, the leaders will meet to discuss:", "en", JUNE_2021, periods_only=True) is None
    found = find_due("Within two years, the partners will:", "en", JUNE_2021, periods_only=True)
    assert found is not None and found.date == date(2023, 6, 8)


def test_a_list_lead_in_lends_a_year_but_not_the_month_of_its_meeting() -> None:
    found = find_due("In 2023, the partners will:", "en", JUNE_2021, periods_only=True)
    assert found is not None and found.date == date(2023, 12, 31)
    assert find_due("In September, the ministers will meet to discuss:", "en", JUNE_2021, periods_only=True) is None
    bounded = find_due("By September, the ministers will:", "en", JUNE_2021, periods_only=True)
    assert bounded is not None and bounded.date == date(2021, 9, 30)


def test_a_deadline_day_far_ahead_is_rather_a_past_one() -> None:
    # in late June, "by May 1" recalls the deadline just past, not one ten months ahead
    assert due("The troops would stay at risk if they were not withdrawn by May 1.", "en", date(2021, 6, 25)) is None
