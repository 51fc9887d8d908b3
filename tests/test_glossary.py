"""The Spanish–English glossary of policy words: Spanish evidence shares keywords with English commitments."""

from __future__ import annotations

from datetime import date

import pytest

from agenda.agendafile import read_agenda_file
from agenda.analyze.lang import language_data
from agenda.model import Commitment, Kind, Pillar, Slots, Stance, Statement, StatementType
from agenda.track.features import lexical_scores
from agenda.track.index import CommitmentIndex
from agenda.track.link import link_statement
from agenda.track.text import fold, keywords, keywords_in_english, keywords_translated

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def index() -> CommitmentIndex:
    return CommitmentIndex(read_agenda_file(FIXTURES / "agenda_track.yaml").commitments)


def test_spanish_words_bring_their_english_keywords_plurals_and_accents_included() -> None:
    words = keywords_in_english("Llegaron las vacunas y hubo reuniones con los trabajadores del sindicato.", "es")
    assert {"vaccine", "worker"} | set(keywords("unions")) <= set(words)
    assert set(keywords("meeting")) <= set(words)  # "reuniones": the plural of a listed singular
    assert "vacuna" in words  # the Spanish keywords stay: a Spanish commitment still matches them
    assert set(keywords_in_english("Diálogo Económico", "es")) == set(keywords_in_english("dialogo economico", "es"))


def test_english_and_unsupported_languages_get_no_translation() -> None:
    text = "The vaccines arrived at the border."
    assert keywords_in_english(text, "en") == keywords(text)
    assert keywords_in_english("las vacunas", "pt") == keywords("las vacunas")
    assert keywords_in_english("las vacunas", None) == keywords("las vacunas")


def test_every_glossary_entry_is_one_spanish_word_with_english_keywords() -> None:
    stopwords = {fold(w) for lang in ("en", "es") for w in language_data(lang, "stopwords").STOPWORDS}
    for spanish, english in language_data("es", "glossary").TO_ENGLISH.items():
        assert spanish.isalpha() and spanish == spanish.lower(), spanish
        assert fold(spanish) not in stopwords, spanish
        assert keywords(english), f"{spanish} -> {english!r} gives no English keyword"


def test_a_spanish_report_names_the_english_keywords_it_shares(index: CommitmentIndex) -> None:
    text = "Ya funciona el laboratorio binacional que vigila la calidad del agua del río compartido."
    spanish = Statement(doc="d-es", start=0, end=len(text), text=text, type=StatementType.PROGRESS,
                        slots=Slots(actors=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.ENERGY_CLIMATE),
                        lang="es", doc_date=date(2022, 11, 5))
    assert not set(keywords(text)) & index.keyword_sets[index.position["river-lab"]]
    links = link_statement(spanish, index)
    assert [link.commitment_id for link in links][:1] == ["river-lab"]
    assert any("laboratory" in reason for reason in links[0].reasons)


def test_a_spanish_report_that_the_laboratory_opened_fulfils_the_english_commitment(index: CommitmentIndex) -> None:
    text = "México y Estados Unidos abrieron el laboratorio binacional que vigila la calidad del agua del río."
    spanish = Statement(doc="d-es", start=0, end=len(text), text=text, type=StatementType.PROGRESS,
                        slots=Slots(actors=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.ENERGY_CLIMATE),
                        lang="es", doc_date=date(2022, 11, 5))
    links = link_statement(spanish, index)
    assert [(link.commitment_id, link.stance) for link in links] == [("river-lab", Stance.FULFIL)]  # "abrieron"


def test_a_spanish_commitment_shares_keywords_with_english_evidence() -> None:
    commitment = Commitment(id="lab-es", text="Abrir un laboratorio conjunto que vigile la calidad del agua del río",
                            parties=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.ENERGY_CLIMATE,
                            announced=date(2022, 1, 10))
    index = CommitmentIndex([commitment])
    assert set(keywords("The joint laboratory opened.")) & index.keyword_sets[0] >= {"laboratory"}


def test_a_spanish_report_weighs_as_much_as_its_english_twin_against_an_english_commitment(
        index: CommitmentIndex) -> None:
    # Each Spanish word the glossary translates counts once, in English, in the sentence's own keyword
    # mass: counted twice, it halved the overlap of every Spanish report.
    assert keywords_translated("Llegaron las vacunas a la frontera.", "es") >= {"vaccine", "border"}
    assert not keywords_translated("Llegaron las vacunas a la frontera.", "es") & {"vacuna", "frontera"}
    english = "The first vaccines arrived at the border hospitals."
    spanish = "Las primeras vacunas llegaron a los hospitales de la frontera."
    lex_en = lexical_scores(index, _statement(english, "en"))[0]
    lex_es = lexical_scores(index, _statement(spanish, "es"))[0]
    best = int(lex_en.argmax())
    assert lex_en[best] > 0 and lex_es[best] >= 0.8 * lex_en[best]


def _statement(text: str, lang: str) -> Statement:
    return Statement(doc="r-1", start=0, end=len(text), text=text, type=StatementType.PROGRESS, lang=lang,
                     doc_date=date(2022, 9, 1), slots=Slots(actors=["MEX", "USA"], kind=Kind.DELIVERY,
                                                            pillar=Pillar.HEALTH))
