"""The time a progress report gives its own event, in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from agenda.track.event_time import latest_time_named


@pytest.mark.parametrize("text,lang,expected", [
    ("Prosecutors set up their river unit in April 2021 to chase poachers.", "en", date(2021, 4, 30)),
    ("The orchard council first met in 2013 in a border town.", "en", date(2013, 12, 31)),
    ("On May 3, 2022, the ministers met; in 2021 they had only traded letters.", "en", date(2022, 5, 31)),
    ("Bee hives counted in 2021 were a fifth more than in 2020.", "en", date(2021, 12, 31)),
    ("El 15 de abril de 2021 se firmó el convenio de los huertos.", "es", date(2021, 4, 30)),
    ("En febrero de 2024 se abrió la oficina de polinizadores.", "es", date(2024, 2, 29)),
])
def test_the_latest_month_or_year_named_bounds_the_event(text: str, lang: str, expected: date) -> None:
    assert latest_time_named(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Since 2020, the river unit has trained park rangers each spring.", "en"),
    ("From October 2021 to August 2022, the bee hotline logged 41 calls.", "en"),
    ("Desde 2020 el consejo de huertos se reúne cada mes.", "es"),
    ("The orchard council met today in the capital.", "en"),
])
def test_a_span_running_up_to_now_or_no_time_at_all_bounds_nothing(text: str, lang: str) -> None:
    assert latest_time_named(text, lang) is None
