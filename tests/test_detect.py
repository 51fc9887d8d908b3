"""Statement detection on our own sentences: commitments, progress, exclusions, also, progress_also."""

from __future__ import annotations

from datetime import date

import pytest

from agenda.analyze import analyze_document
from agenda.analyze.features import cue_set
from agenda.model import Document, StatementType

COMMITMENT, PROGRESS = StatementType.COMMITMENT, StatementType.PROGRESS


def detect_one(sentence: str, lang: str = "en") -> StatementType | None:
    statements = analyze_document(Document(id="t", text=sentence, lang=lang, date=date(2022, 3, 1)))
    assert len(statements) <= 1
    return statements[0].type if statements else None


@pytest.mark.parametrize("sentence", [
    "The United States and Peru will hold a ministerial dialogue on port logistics in October.",
    "Chile and Argentina agreed to establish a joint working group on lithium supply chains.",
    "The governments of Ghana and Kenya committed to invest $40 million in a shared vaccine plant.",
    "We pledge to train 500 border officers from both countries over the next two years.",
])
def test_english_commitments(sentence: str) -> None:
    assert detect_one(sentence) == COMMITMENT


@pytest.mark.parametrize("sentence", [
    "Today, the foreign ministers of Peru and Chile signed a memorandum of understanding on fisheries.",
    "The Department of State delivered 300,000 vaccine doses to Paraguay in May.",
    "In 2022, the two governments held the first meeting of the binational energy council.",
])
def test_english_progress(sentence: str) -> None:
    assert detect_one(sentence) == PROGRESS


@pytest.mark.parametrize("sentence", [
    "Los gobiernos de Chile y Perú acordaron establecer un grupo de trabajo sobre puertos.",
    "Nos comprometemos a crear un fondo binacional para la capacitación de jueces.",
    # periphrastic future, first person plural preterite of a pledge, an agreement reached
    "Vamos a enviar con Guatemala una misión de capacitación para los agentes aduanales el próximo mes.",
    "Se va a instalar en marzo el grupo binacional de seguridad con Colombia.",
    "Nos comprometimos con el gobierno de Honduras a construir dos clínicas en la frontera.",
    "Con Panamá se llegó al acuerdo de abrir una oficina consular conjunta en Darién.",
])
def test_spanish_commitments(sentence: str) -> None:
    assert detect_one(sentence, "es") == COMMITMENT


@pytest.mark.parametrize("sentence", [
    "El año pasado se entregaron 200 mil dosis de vacunas a Bolivia como parte del acuerdo bilateral.",
    "Ayer firmamos con el gobierno de Colombia el memorándum de entendimiento sobre aduanas.",
    # delivery reports: passive "se" preterite, plain preterite, perfect, "a la fecha" with a perfect
    "Ya se entregaron a Bolivia las 300 mil dosis que donamos en mayo.",
    "Ya llegaron a Honduras los equipos médicos que enviamos la semana pasada.",
    "Se han aplicado en Guatemala las vacunas que donó el gobierno de Chile.",
    "A la fecha, el centro binacional ha capacitado a 400 agentes de Guatemala y de México.",
])
def test_spanish_progress(sentence: str) -> None:
    assert detect_one(sentence, "es") == PROGRESS


@pytest.mark.parametrize(("sentence", "lang"), [
    ("La reunión ministerial con Guatemala en Tegucigalpa se aplazó y por ahora no tiene nueva fecha.", "es"),
    ("Peru and Chile called off the second round of the fisheries talks.", "en"),
])
def test_a_reported_delay_or_cancellation_is_a_progress_report(sentence: str, lang: str) -> None:
    # The gold set the detector learns from holds no setback: this is a rule, not a learned weight.
    assert detect_one(sentence, lang) == PROGRESS


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("La reunión con Guatemala no se aplazó.", "es", None),  # denied, not reported
    ("Los dos gobiernos aplazarán la reunión con Guatemala hasta marzo.", "es", COMMITMENT),
    ("The delayed shipment of 300,000 doses to Paraguay will arrive in May.", "en", COMMITMENT),
    ("In the event of bad weather, the outdoor ceremony may be canceled.", "en", None),  # hedged
    ("The network suspended its correspondent after the broadcast.", "en", None),  # no government
])
def test_a_denied_or_future_delay_is_no_setback_report(sentence: str, lang: str,
                                                      expected: StatementType | None) -> None:
    assert detect_one(sentence, lang) == expected


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Both nations share a vision of a peaceful and prosperous hemisphere.", "en"),  # a value, no action
    ("Will the ministers meet again before the summer?", "en"),  # a question
    ("The weather was pleasant in the capital.", "en"),  # nothing done by a government
    ("Good morning, everyone, and thank you for coming.", "en"),
    ("¿Cuándo se va a reunir el grupo de trabajo?", "es"),  # a question
])
def test_neither(sentence: str, lang: str) -> None:
    assert detect_one(sentence, lang) is None


@pytest.mark.parametrize("sentence", [
    "The two governments will hold a trade forum in October.",
    "Chile will host the next round of talks.",
])
def test_short_plain_pledges_are_commitments_not_headings(sentence: str) -> None:
    assert detect_one(sentence) == COMMITMENT


def test_private_company_pledges_rank_below_government_pledges() -> None:
    government = analyze_document(Document(
        id="g", lang="en", text="The governments of Peru and Chile will invest $20 million in a shared port."))
    company = analyze_document(Document(
        id="c", lang="en", text="Acme Coffee Company will invest $20 million in its own roasting plant."))
    government_confidence = government[0].confidence if government else 0.0
    company_confidence = company[0].confidence if company and company[0].type == COMMITMENT else 0.0
    assert government_confidence > company_confidence


def test_questions_from_journalists_in_transcripts_are_not_statements() -> None:
    text = ("PRESIDENTE JUAN PÉREZ: Buenos días.\n\n"
            "INTERLOCUTORA: Presidente, ¿van a firmar el acuerdo con Guatemala?\n\n"
            "PRESIDENTE JUAN PÉREZ: Sí, el gobierno de México va a firmar el acuerdo de cooperación con "
            "Guatemala la próxima semana.")
    statements = analyze_document(Document(id="t", text=text, lang="es"))
    assert [s.text for s in statements] == [
        "Sí, el gobierno de México va a firmar el acuerdo de cooperación con Guatemala la próxima semana."]


def test_a_sentence_is_one_statement_with_progress_also_when_it_reports_and_pledges() -> None:
    text = "Peru and Chile signed a fisheries agreement and will hold annual reviews of its implementation."
    statements = analyze_document(Document(id="t", text=text, lang="en"))
    assert len(statements) == 1
    assert statements[0].type == COMMITMENT
    assert statements[0].progress_also is True
    assert "progress_also" in statements[0].to_json()


def test_second_commitment_goes_under_also_with_its_own_slots() -> None:
    text = ("The United States and Peru will hold a ministerial dialogue on ports in October "
            "and will fund a $25 million training program for customs officers.")
    statements = analyze_document(Document(id="t", text=text, lang="en", date=date(2022, 3, 1)))
    assert len(statements) == 1
    assert len(statements[0].also) == 1
    record = statements[0].to_json()
    assert len(record["also"]) == 1
    assert record["also"][0]["amount"] == {"value": 25000000, "currency": "USD"}


def test_spans_and_confidence_of_every_statement() -> None:
    text = ("Trade Corridor: Chile and Peru will open a joint customs post in 2025.\n\n"
            "- The ministers met in Lima to review the plan.\n\nThe sky was grey.")
    statements = analyze_document(Document(id="t", text=text, lang="en"))
    assert len(statements) == 2
    for statement in statements:
        assert text[statement.start:statement.end] == statement.text
        assert 0.0 <= statement.confidence <= 1.0
        assert not statement.text.startswith("-")


def test_long_transcript_sentence_is_narrowed_to_its_clause() -> None:
    filler = ", y eso lo hemos dicho muchas veces en estas conferencias de prensa por la mañana" * 4
    text = ("PRESIDENTE JUAN PÉREZ: Buenos días.\n\n"
            "PRESIDENTE JUAN PÉREZ: México y Honduras acordaron que el gobierno de México va a enviar 500 mil "
            "dosis de vacunas la próxima semana"
            f", pero también quiero decir que la situación es difícil{filler}.")
    statements = analyze_document(Document(id="t", text=text, lang="es"))
    assert len(statements) == 1
    assert statements[0].text == ("México y Honduras acordaron que el gobierno de México va a enviar 500 mil dosis "
                                  "de vacunas la próxima semana")
    assert text[statements[0].start:statements[0].end] == statements[0].text


@pytest.mark.parametrize(("text", "cue"), [
    ("queremos más turismo", "future"),  # "we want", not a future
    ("esperemos que llueva", "future"),  # "let us hope"
    ("en los últimos meses", "first_plural"),  # an adjective, not "we"
    ("los préstamos del banco", "first_plural"),
    ("aquí en la ciudad", "past_generic"),  # an adverb, not a preterite
    ("nuestro compromiso con la región", "commit"),  # a restated value (CONTINUE), not a pledge
])
def test_spanish_words_that_only_look_like_cues(text: str, cue: str) -> None:
    assert not cue_set("es").patterns[cue].search(text)


def test_spanish_commitment_to_an_action_is_a_commit_cue() -> None:
    assert cue_set("es").patterns["commit"].search("el compromiso de reducir las emisiones")


@pytest.mark.parametrize(("text", "is_action"), [
    ("se firmó el convenio", True), ("entregaron los equipos", True), ("se reunieron en Lima", True),
    ("construyó el puente", True), ("hicieron la revisión", True),
    ("comentó que no", False), ("sucedió ayer", False),  # saying and happening: generic preterites
])
def test_spanish_past_actions_are_the_verbs_of_action_like_the_english_list(text: str, is_action: bool) -> None:
    patterns = cue_set("es").patterns
    assert bool(patterns["past_action"].search(text)) is is_action
    assert patterns["past_generic"].search(text) or patterns["past_action"].search(text)
