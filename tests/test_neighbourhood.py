"""The surroundings of a sentence: the document's home country, foreign countries and cooperation nearby."""

from __future__ import annotations

from agenda.analyze.features import cue_set
from agenda.analyze.neighbourhood import Neighbourhood, country_mentions, with_neighbourhood


def _neighbourhood(text: str, lang: str) -> Neighbourhood:
    return Neighbourhood.of(text, lang, cue_set(lang).patterns["cooperation"])


def test_country_names_and_demonyms_are_read_as_codes_and_common_words_are_not() -> None:
    assert [code for _, code in country_mentions("Los mexicanos y el gobierno de Perú.", "es")] == ["MEX", "PER"]
    assert country_mentions("Tell us more about the plan.", "en") == []
    assert [code for _, code in country_mentions("The US and Ghana met.", "en")] == ["USA", "GHA"]


def test_the_home_country_is_the_one_named_in_most_paragraphs_and_a_sentence_naming_another_is_flagged() -> None:
    text = ("El gobierno de México presentó su plan.\n\nLos mexicanos votarán.\n\n"
            "México construirá un puente. Chile enviará una misión.")
    neighbourhood = _neighbourhood(text, "es")
    assert neighbourhood.home == "MEX"
    bridge = text.index("México construirá")
    assert "home_country_only" in neighbourhood.flags(bridge, text.index(" Chile"))
    assert "foreign_country" in neighbourhood.flags(text.index("Chile"), len(text))


def test_a_partner_named_often_in_one_paragraph_is_no_home_country() -> None:
    text = "Llegaron a Honduras las dosis para el pueblo hondureño, como acordamos con Honduras.\n\nGracias."
    assert _neighbourhood(text, "es").home is None


def test_surroundings_without_foreign_countries_or_cooperation_are_flagged() -> None:
    filler = " El alcalde habló del clima y de las calles de la ciudad." * 12
    text = (f"Hablamos del tratado bilateral con Perú.{filler} El gobierno construirá un puente.{filler}"
            " México invertirá en su red. El plan de México es claro.")
    neighbourhood = _neighbourhood(text, "es")
    start = text.index("El gobierno")
    assert neighbourhood.flags(start, start + 33) == {"no_foreign_near", "no_cooperation_near"}
    first = neighbourhood.flags(text.index(" El alcalde"), text.index(" El alcalde") + 40)
    assert not first & {"no_foreign_near", "no_cooperation_near"}


def test_a_sentence_alone_has_no_surroundings_to_flag() -> None:
    text = "El gobierno construirá un puente."
    assert _neighbourhood(text, "es").flags(0, len(text)) == set()


def test_a_sentence_with_nothing_international_in_or_around_it_is_flagged() -> None:
    around = {"no_foreign_near", "no_cooperation_near"}
    assert "no_international" in with_neighbourhood({"forward", "transcript"}, around)
    flagged = with_neighbourhood({"forward", "transcript", "countries"}, around)
    assert "no_international" not in flagged
    assert "no_foreign_near_x_forward" in flagged
