"""Sentence splitting: abbreviations, lists, tables, headings glued to text, transcript turns, exact spans."""

from __future__ import annotations

from agenda.analyze.sentences import segment, split_sentences


def texts(text: str, lang: str = "en") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def test_spans_are_exact_substrings_in_order() -> None:
    text = "  Brazil will host a forum.  Chile signed a pact!\n\nPeru met donors?  "
    spans = split_sentences(text, "en")
    assert [text[a:b] for a, b in spans] == ["Brazil will host a forum.", "Chile signed a pact!", "Peru met donors?"]
    assert spans == sorted(spans)


def test_english_abbreviations_do_not_end_sentences() -> None:
    text = ("The U.S. Embassy and Dr. Ruiz met on Sept. 4 with No. 2 officials of the Canada-U.S. Council. "
            "Joseph R. Bloggs spoke next.")
    assert texts(text) == [
        "The U.S. Embassy and Dr. Ruiz met on Sept. 4 with No. 2 officials of the Canada-U.S. Council.",
        "Joseph R. Bloggs spoke next.",
    ]


def test_abbreviation_at_the_end_of_a_sentence_still_ends_it_before_an_opener() -> None:
    assert texts("Aid will go to the U.S. The rest stays home.") == ["Aid will go to the U.S.", "The rest stays home."]


def test_spanish_abbreviations_and_dates() -> None:
    text = "El 3 de sept. de 2024 la Sra. Pérez viajó a EE. UU. con el Lic. Gómez. Después volvió."
    assert texts(text, "es") == ["El 3 de sept. de 2024 la Sra. Pérez viajó a EE. UU. con el Lic. Gómez.",
                                 "Después volvió."]


def test_bullets_and_numbers_are_not_part_of_the_span_and_each_item_is_a_sentence() -> None:
    text = "The partners will:\n- Open two labs.\n• Train 300 judges\n2. Share data on ports."
    assert texts(text) == ["The partners will:", "Open two labs.", "Train 300 judges", "Share data on ports."]
    items = [s.list_item for s in segment(text, "en")]
    assert items == [False, True, True, True]


def test_inline_enumeration_stays_in_one_sentence() -> None:
    text = "The forum has three goals: 1. Trade; 2. Ports; and 3. Skills."
    assert texts(text) == [text]


def test_heading_glued_to_text_stays_with_its_sentence() -> None:
    text = "Border Logistics: The two customs agencies will share cargo data. They start in May."
    assert texts(text) == ["Border Logistics: The two customs agencies will share cargo data.", "They start in May."]


def test_heading_line_is_its_own_sentence_and_marked() -> None:
    sentences = segment("Clean Energy Goals\nThe ministers agreed to publish a plan.", "en")
    assert sentences[0].heading and not sentences[1].heading


def test_table_rows_are_single_sentences() -> None:
    text = "Country | Doses\nPeru | 1,000\nChile | 2,500"
    sentences = segment(text, "en")
    assert [text[s.start:s.end] for s in sentences] == ["Country | Doses", "Peru | 1,000", "Chile | 2,500"]
    assert all(s.table_row for s in sentences)


def test_hard_wrapped_line_is_joined() -> None:
    text = "The customs agency received thirty tips about smuggling routes in March\n2021. It acted."
    assert texts(text) == ["The customs agency received thirty tips about smuggling routes in March\n2021.",
                           "It acted."]


def test_transcript_speaker_labels_are_stripped_and_questioners_marked() -> None:
    text = ("PRESIDENTA MARÍA LÓPEZ: Vamos a firmar el acuerdo.\n\nINTERLOCUTOR: ¿Cuándo lo firmarán?\n\n"
            "PRESIDENTA MARÍA LÓPEZ: La próxima semana.")
    sentences = segment(text, "es")
    assert [text[s.start:s.end] for s in sentences] == [
        "Vamos a firmar el acuerdo.", "¿Cuándo lo firmarán?", "La próxima semana."]
    assert [s.questioner for s in sentences] == [False, True, False]
    assert sentences[0].speaker == "presidenta maría lópez"


def test_english_q_turns_are_questions() -> None:
    text = "MS. LEE: Thanks.\n\nQ Will the ministers meet again?\n\nMS. LEE: They will."
    sentences = segment(text, "en")
    assert [s.questioner for s in sentences] == [False, True, False]
    assert text[sentences[1].start:sentences[1].end] == "Will the ministers meet again?"


def test_dateline_is_left_out_of_the_first_sentence() -> None:
    text = "LIMA – The trade office announced a new grant."
    assert texts(text) == ["The trade office announced a new grant."]
