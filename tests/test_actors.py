"""Who acts: countries, demonyms, agencies and officials as ISO3 codes; actors versus recipients and places."""

from __future__ import annotations

from datetime import date

import pytest

from agenda.analyze.actors import PARTIES, SPEAKER, UNNAMED, find_actors, read_actors


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The United States will provide 500 ventilators to Honduras.", "en", ["USA"]),
        ("Guatemala and Belize agreed to hold a border dialogue.", "en", ["BLZ", "GTM"]),
        ("Mexico, Canada and the United States will meet in Ottawa.", "en", ["CAN", "MEX", "USA"]),
        ("Peruvian and Chilean authorities will share records.", "en", ["CHL", "PER"]),
        ("USAID will fund a water project in Guatemala.", "en", ["USA"]),
        ("The DHS and the Secretaría de Relaciones Exteriores signed a plan.", "en", ["MEX", "USA"]),
        ("The US Government will work with the Government of Honduras.", "en", ["USA"]),
        ("Colombia, in cooperation with Spain, will train judges.", "en", ["COL"]),
        ("Japan and Korea, together with the EU, will fund the lab.", "en", ["INT", "JPN", "KOR"]),
        ("President Petro spoke with Prime Minister Trudeau about trade.", "en", ["CAN", "COL"]),
        ("Secretary Blinken will visit Panama City next week.", "en", ["USA"]),
        ("The World Bank will lend funds to Ecuador.", "en", ["INT"]),
        ("Ecuador will launch the office with U.S. support.", "en", ["ECU", "USA"]),
        ("The minister thanked Brazil for its help with the fires.", "en", ["BRA"]),
        ("Estados Unidos va a donar equipo a Guatemala.", "es", ["USA"]),
        ("Las autoridades colombianas y panameñas acordaron patrullar la selva.", "es", ["COL", "PAN"]),
        ("La Secretaría de Relaciones Exteriores firmó el acuerdo.", "es", ["MEX"]),
        ("El presidente López Obrador se reunió con el primer ministro Trudeau.", "es", ["CAN", "MEX"]),
        # the countries an agreement is "between" are the pair it binds, not places
        ("The accord between Chile and Peru will enter into force in May.", "en", ["CHL", "PER"]),
        ("El convenio entre Colombia y Ecuador establece un marco de cooperación.", "es", ["COL", "ECU"]),
    ],
)
def test_actors(text: str, lang: str, expected: list[str]) -> None:
    assert find_actors(text, lang, date(2022, 5, 1)) == expected


def test_a_title_stands_for_its_holder_at_the_document_date() -> None:
    assert find_actors("The Vice President will travel to Quito.", "en", date(2022, 5, 1)) == ["USA"]
    # "the President" fits the heads of state of many countries: it names nobody in particular
    assert find_actors("The President will travel to Quito.", "en", date(2022, 5, 1)) == []


def test_names_of_agreements_and_regions_are_not_actors() -> None:
    assert find_actors("North American ministers will review the USMCA rules of origin.", "en") == []
    assert find_actors("Latin America will need more doses.", "en") == []


def test_demonyms_of_people_and_places_are_not_actors() -> None:
    assert find_actors("Mexican families received the doses.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "reference"),
    [
        ("We will expand the program.", "en", SPEAKER),
        ("Both countries will expand the program.", "en", PARTIES),
        ("The two governments committed to meet.", "en", PARTIES),
        ("Ambos países acordaron reunirse.", "es", PARTIES),
        ("Expand access to legal pathways.", "en", UNNAMED),
        ("Fortalecer las vías regulares de migración.", "es", UNNAMED),
    ],
)
def test_collective_subjects_are_left_to_the_document(text: str, lang: str, reference: str) -> None:
    actors, why = read_actors(text, lang)
    assert actors == set()
    assert why == reference


def test_a_us_national_guard_is_not_mexico_but_the_guardia_nacional_is() -> None:
    from agenda.track.features import party_mentions

    assert party_mentions("Governors sent the National Guard to the southern border.", "en") == {}
    assert party_mentions("La Guardia Nacional vigila la frontera sur.", "es") == {"MEX": 1}
