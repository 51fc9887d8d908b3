"""Document context: publisher, parties and topic resolve "we", "both countries", bullets and topic-less sentences."""

from __future__ import annotations

from datetime import date

from agenda.analyze.context import document_context, fill_slots_in_context
from agenda.model import Document, Pillar

READOUT = Document(
    id="r1", date=date(2022, 3, 2), lang="en", source="The White House",
    url="https://www.whitehouse.gov/briefing-room/", title="Readout of the U.S.-Chile Dialogue on Mining",
    text="The United States and Chile held talks on mining. Both countries will meet again in May. "
         "They agreed to map critical minerals. The two sides will expand clean energy projects.",
)

DECLARATION = Document(
    id="d1", date=date(2022, 3, 2), lang="en", title="Declaration on Ocean Protection",
    text="We, the Governments of Peru, Ecuador and Colombia, commit to protect the Pacific coast. "
         "We will share fishing data. Expand marine reserves.",
)

CONFERENCE = Document(
    id="c1", date=date(2022, 3, 2), lang="es", source="Presidencia de la República (Gobierno de México)",
    url="https://www.gob.mx/presidencia", title="Conferencia sobre vacunación",
    text="Hoy informamos sobre las vacunas. Vamos a aplicar más dosis de vacuna en la frontera. "
         "La pandemia sigue y la salud es la prioridad.",
)


def test_publisher_comes_from_the_source_or_the_web_domain() -> None:
    assert document_context(READOUT).publisher == {"USA"}
    assert document_context(CONFERENCE).publisher == {"MEX"}
    no_source = Document(id="x", text="Text.", url="https://www.canada.ca/en/news.html", title="News")
    assert document_context(no_source).publisher == {"CAN"}


def test_parties_are_the_publisher_and_the_countries_of_the_title() -> None:
    context = document_context(READOUT)
    assert context.parties == {"CHL", "USA"}
    assert not context.joint


def test_a_text_that_opens_with_its_signatories_is_joint() -> None:
    context = document_context(DECLARATION)
    assert context.joint
    assert context.parties == {"COL", "ECU", "PER"}


def test_collective_subjects_and_bullets_take_the_document_parties() -> None:
    context = document_context(READOUT)
    assert fill_slots_in_context("Both countries will meet again in May.", "en", READOUT.date, context).actors == \
        ["CHL", "USA"]
    declaration = document_context(DECLARATION)
    assert fill_slots_in_context("Expand marine reserves.", "en", DECLARATION.date, declaration).actors == \
        ["COL", "ECU", "PER"]


def test_named_actors_are_kept() -> None:
    context = document_context(READOUT)
    slots = fill_slots_in_context("Chile will open a new laboratory.", "en", READOUT.date, context)
    assert slots.actors == ["CHL"]


def test_a_sentence_without_topic_words_takes_the_document_topic() -> None:
    context = document_context(CONFERENCE)
    assert max(context.topic, key=context.topic.get) == "health"
    slots = fill_slots_in_context("Lo vamos a lograr la próxima semana.", "es", CONFERENCE.date, context)
    assert slots.pillar == Pillar.HEALTH


def test_a_transcript_takes_the_partner_it_keeps_naming_as_a_party() -> None:
    talk = ("Hablamos con Chile sobre el litio. Chile propuso una mesa técnica. El gobierno de Chile enviará "
            "expertos. Con Chile vamos a revisar el acuerdo. Chile y México firmarán en mayo. México agradece. "
            "México va a invertir. México y Chile coinciden. México tiene un plan. México lo presentará.")
    document = Document(id="t1", text=talk, date=date(2022, 3, 2), lang="es",
                        source="Presidencia de la República (Gobierno de México)", title="Versión estenográfica")
    context = document_context(document)
    assert context.parties == {"CHL", "MEX"}
    assert fill_slots_in_context("Vamos a revisarlo.", "es", document.date, context).actors == ["CHL", "MEX"]


def test_a_list_item_takes_the_deadline_and_actors_of_its_lead_in() -> None:
    context = document_context(READOUT)
    lead_in = "Over the next two years, Chile will:"
    item = fill_slots_in_context("Expand the mining registry.", "en", READOUT.date, context, lead_in=lead_in)
    assert item.due == date(2024, 3, 2)
    assert item.due_text == "Over the next two years"
    assert item.actors == ["CHL"]
    # an item's own deadline and actors win over the lead-in's
    own = fill_slots_in_context("The United States will map copper deposits by June 2023.", "en", READOUT.date,
                                context, lead_in=lead_in)
    assert own.due == date(2023, 6, 30)
    assert own.actors == ["USA"]
    # a lead-in that names nobody leaves the item to the document's parties
    unnamed = fill_slots_in_context("Expand the mining registry.", "en", READOUT.date, context,
                                    lead_in="In the coming months, the following steps are planned:")
    assert unnamed.actors == ["CHL", "USA"]


def test_a_progress_statement_has_no_deadline_from_a_plan_period() -> None:
    context = document_context(READOUT)
    text = "The ministers met today to present the mining plan for the next three years."
    assert fill_slots_in_context(text, "en", READOUT.date, context).due == date(2025, 3, 2)
    assert fill_slots_in_context(text, "en", READOUT.date, context, progress=True).due is None


def test_partners_acting_with_us_are_joined_by_the_speaker() -> None:
    context = document_context(CONFERENCE)
    joined = fill_slots_in_context("Y Chile y Perú van a participar con nosotros en el plan.", "es", CONFERENCE.date,
                                   context)
    assert joined.actors == ["CHL", "MEX", "PER"]
    # "our" is a possessive, not the speaker acting
    alone = fill_slots_in_context("Chile will coordinate with investments from our banks.", "en", CONFERENCE.date,
                                  context)
    assert alone.actors == ["CHL"]


def test_a_list_item_finds_its_lead_in_in_the_document() -> None:
    text = ("Roadmap on Fisheries\n\nOver the next two years, Peru and Ecuador will take these steps:\n\n"
            "1. Map the shared fishing grounds.\n2. Train inspectors in both ports.\n\n"
            "The ministers thanked the fishing communities.\n\nToday, the ministers will meet to discuss:\n\n"
            "- Port fees.\n")
    document = Document(id="l1", date=date(2022, 3, 2), lang="en", title="Roadmap on Fisheries", text=text)
    context = document_context(document)
    item = fill_slots_in_context("Train inspectors in both ports.", "en", document.date, context)
    assert item.due == date(2024, 3, 2)
    assert item.actors == ["ECU", "PER"]
    # a sentence outside the list takes nothing from the lead-in
    plain = fill_slots_in_context("The ministers thanked the fishing communities.", "en", document.date, context)
    assert plain.due is None
    # the day of the lead-in's own meeting is not a deadline of each point discussed
    assert fill_slots_in_context("Port fees.", "en", document.date, context).due is None


def test_the_second_commitment_of_a_list_item_keeps_the_lead_in_period() -> None:
    text = "Within a year, the two countries will:\n\n- Map the fishing grounds and train inspectors in both ports.\n"
    document = Document(id="l2", date=date(2022, 3, 2), lang="en", title="Peru and Ecuador", text=text)
    context = document_context(document)
    second = fill_slots_in_context("train inspectors in both ports.", "en", document.date, context)
    assert second.due == date(2023, 3, 2)
