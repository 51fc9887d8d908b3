"""Linking statements to commitments: our own made-up agenda and sentences, English and Spanish."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from agenda.agendafile import read_agenda_file
from agenda.model import Commitment, Kind, Pillar, Quantity, Slots, Stance, Statement, StatementType
from agenda.track.features import FEATURES, lexical_scores, past_due
from agenda.track.index import CommitmentIndex
from agenda.track.link import (
    LinkOptions,
    default_model,
    link_document,
    link_document_detailed,
    link_statement,
    prepare_document,
)
from agenda.track.precedence import closer_child
from agenda.track.scoring import LinkModel, Logistic
from agenda.track.stance import is_one_off, promised_act, stance_of
from agenda.track.text import keywords, keywords_in_english, names

from .conftest import FIXTURES
from .statement_helpers import statements_of


@pytest.fixture(scope="module")
def index() -> CommitmentIndex:
    return CommitmentIndex(read_agenda_file(FIXTURES / "agenda_track.yaml").commitments)


def statement(text: str, kind: str = "program", pillar: str = "other", when: date = date(2022, 9, 1),
              actors: tuple[str, ...] = ("MEX", "USA"), type_: str = "progress", lang: str = "en",
              quantity: Quantity | None = None) -> Statement:
    return Statement(doc="d-1", start=0, end=len(text), text=text, type=StatementType(type_),
                     slots=Slots(actors=list(actors), kind=Kind(kind), pillar=Pillar(pillar), quantity=quantity),
                     lang=lang, doc_date=when)


COUNCIL_HELD = "Customs officials of Mexico and the United States held the first session of the bilateral " \
               "customs council in Laredo."


def test_a_report_of_the_meeting_being_held_fulfils_the_dialogue(index: CommitmentIndex) -> None:
    links = link_statement(statement(COUNCIL_HELD, "dialogue", "economy"), index)
    assert [link.commitment_id for link in links][:1] == ["customs-council"]
    assert links[0].stance == Stance.FULFIL
    assert 0 < links[0].score <= 1 and links[0].reasons


def test_a_report_of_an_event_dated_before_the_announcement_is_not_evidence_for_it(index: CommitmentIndex) -> None:
    # The council was promised in March 2022: a session the report itself dates earlier was another one.
    earlier = statement(COUNCIL_HELD.replace("in Laredo.", "in Laredo in November 2021."), "dialogue", "economy")
    assert "customs-council" not in [link.commitment_id for link in link_statement(earlier, index)]
    later = statement(COUNCIL_HELD.replace("in Laredo.", "in Laredo in May 2022."), "dialogue", "economy")
    assert [link.commitment_id for link in link_statement(later, index)][:1] == ["customs-council"]
    # A span running up to now ("since 2021") bounds nothing.
    since = statement(COUNCIL_HELD.replace("held the first session", "have held sessions since 2021"),
                      "dialogue", "economy")
    assert "customs-council" in [link.commitment_id for link in link_statement(since, index)]


def test_spanish_evidence_finds_the_english_commitment_through_the_embeddings(index: CommitmentIndex) -> None:
    # No word of this sentence, nor its glossary translation, is in the commitment's English text:
    # only the embeddings can match it (tests/test_glossary.py has one that shares words too).
    text = "México y Estados Unidos abrieron el centro binacional que vigila la calidad del agua del río."
    assert not set(keywords_in_english(text, "es")) & index.keyword_sets[index.position["river-lab"]]
    links = link_statement(statement(text, pillar="energy_climate", when=date(2022, 11, 5), lang="es"), index)
    assert [link.commitment_id for link in links] == ["river-lab"]


def test_a_distractor_about_other_countries_links_to_nothing(index: CommitmentIndex) -> None:
    distractor = statement("Japan and Canada signed a fisheries agreement in Tokyo.", "policy", "economy",
                           actors=("CAN", "JPN"))
    assert link_statement(distractor, index) == []
    unrelated = statement("The weather in Chicago was cold on Tuesday.", "other", "other", actors=())
    assert link_statement(unrelated, index) == []


def test_evidence_cannot_predate_the_announcement(index: CommitmentIndex) -> None:
    early = statement(COUNCIL_HELD, "dialogue", "economy", when=date(2022, 1, 10))
    assert "customs-council" not in [link.commitment_id for link in link_statement(early, index)]
    assert link_statement(replace(early, doc_date=date(2022, 3, 2)), index)[0].commitment_id == "customs-council"


@pytest.mark.parametrize("kind", ["operation", "funding", "case"])
def test_a_report_of_an_operation_money_or_a_case_is_not_news_of_a_meeting(index: CommitmentIndex,
                                                                            kind: str) -> None:
    held = statement(COUNCIL_HELD, "dialogue", "economy")
    assert "customs-council" in [link.commitment_id for link in link_statement(held, index)]
    for result in link_document_detailed([replace(held, slots=replace(held.slots, kind=Kind(kind)))], index):
        assert not [link for link in result.links if link.commitment_id.startswith("customs-council")]
        assert result.nearest is None or not result.nearest.commitment_id.startswith("customs-council")


@pytest.mark.parametrize("kind", ["delivery", "policy", "funding"])
def test_a_delivery_a_rule_or_money_is_not_an_enforcement_operation(kind: str) -> None:
    index = CommitmentIndex([
        Commitment(id="border-inspections", text="Run joint inspections against arms smuggling at border crossings",
                   parties=["MEX", "USA"], kind=Kind.OPERATION, pillar=Pillar.SECURITY, announced=date(2022, 1, 10)),
    ])
    text = "Mexican and U.S. officers ran joint inspections against arms smuggling at two border crossings."
    operation = statement(text, "operation", "security")
    assert [link.commitment_id for link in link_statement(operation, index)][:1] == ["border-inspections"]
    other = replace(operation, slots=replace(operation.slots, kind=Kind(kind)))
    assert "border-inspections" not in [link.commitment_id for link in link_statement(other, index)]


def test_a_report_of_an_operation_still_advances_a_programme(index: CommitmentIndex) -> None:
    text = "Mexican and U.S. inspectors sampled the river water at the binational laboratory in an operation last week."
    links = link_statement(statement(text, "operation", "energy_climate", when=date(2022, 11, 5)), index)
    assert [link.commitment_id for link in links][:1] == ["river-lab"]


def test_a_postponement_is_a_setback(index: CommitmentIndex) -> None:
    text = "The customs council meeting that Mexico and the United States planned for this month was postponed."
    links = link_statement(statement(text, "dialogue", "economy", when=date(2022, 8, 1)), index)
    assert [(link.commitment_id, link.stance) for link in links][:1] == [("customs-council", Stance.SETBACK)]


def test_a_new_promise_of_the_same_thing_is_a_restatement(index: CommitmentIndex) -> None:
    text = "Mexico and the United States will open the joint laboratory that monitors the water quality " \
           "of the shared river."
    links = link_statement(statement(text, pillar="energy_climate", type_="commitment", when=date(2022, 5, 1)),
                           index)
    assert [(link.commitment_id, link.stance) for link in links] == [("river-lab", Stance.RESTATE)]


def test_a_new_pledge_in_a_document_about_a_commitment_is_not_a_restatement_of_it(index: CommitmentIndex) -> None:
    # The document is about the customs council (three sentences on it); the pledge beside the
    # reports shares none of the council's words and little of its meaning, so it is a new
    # commitment, not a re-announcement.
    council = [statement(text, "dialogue", "economy") for text in (
        COUNCIL_HELD,
        "The council reviewed how cargo is inspected at the Laredo and Nuevo Laredo crossings.",
        "Customs officers from both sides presented their inspection data to the council.")]
    pledge = statement("The two governments will also create a joint task force on avocado exports, led by their "
                       "farm ministries.", "dialogue", "economy", type_="commitment")
    again = statement("Mexico and the United States will convene the bilateral customs council again next year.",
                      "dialogue", "economy", type_="commitment")
    title = "Readout of the customs council"
    links = [[link.commitment_id for link in found] for found in link_document([*council, pledge, again], index,
                                                                               title=title)]
    assert links[0] == ["customs-council"]
    assert links[3:] == [[], ["customs-council"]]
    # At a lower threshold, the document's subject wins without the rule and loses with it.
    lower = LinkOptions(commitment_threshold=0.1)
    loose = replace(lower, restate_min_similarity=0.0)
    assert [link.commitment_id for link in link_document([*council, pledge], index, title=title, options=loose)[3]] \
        == ["customs-council"]
    assert link_document([*council, pledge], index, title=title, options=lower)[3] == []


def test_figures_and_running_totals_reach_the_linked_commitment(index: CommitmentIndex) -> None:
    text = "So far 300 teachers from Mexico and the United States have travelled on exchange visits."
    links = link_statement(statement(text, "delivery", quantity=Quantity(300, "teachers")), index)
    assert [(link.commitment_id, link.stance) for link in links] == [("teacher-exchange", Stance.ADVANCE)]


def test_thresholds_are_options(index: CommitmentIndex) -> None:
    report = statement(COUNCIL_HELD, "dialogue", "economy")
    assert link_statement(report, index, LinkOptions(progress_threshold=1.01)) == []
    result = link_document_detailed([report], index, options=LinkOptions(progress_threshold=1.01))[0]
    assert result.nearest is not None and result.nearest.commitment_id == "customs-council"


def test_a_document_is_linked_statement_by_statement_in_order(index: CommitmentIndex) -> None:
    first = statement(COUNCIL_HELD, "dialogue", "economy")
    second = statement("The weather in Chicago was cold on Tuesday.", "other", "other", actors=())
    third = statement("So far 300 teachers from Mexico and the United States have travelled on exchange visits.",
                      "delivery", quantity=Quantity(300, "teachers"))
    links = link_document([first, second, third], index, title="Readout of the border cooperation meeting")
    assert [[link.commitment_id for link in found][:1] for found in links] == [
        ["customs-council"], [], ["teacher-exchange"]]


def test_names_are_acronyms_and_pairs_of_capitalised_words() -> None:
    found = names("Agents of Operation Northstar and the HLED met in Los Angeles; the Americas too.")
    assert {"operation northstar", "hled", "los angeles"} <= found
    assert "americas" not in found  # a lone capitalised word is not a programme's name
    assert "mexico" not in keywords("Mexico and the United States") and keywords("Mexico and the United States") == []


def test_a_one_party_commitment_needs_the_other_side_named_in_the_document(index: CommitmentIndex) -> None:
    text = "The United States awarded 30 million dollars to health clinics in border towns."
    alone = statement(text, "funding", "health", actors=("USA",))
    assert link_statement(alone, index) == []  # could be any U.S. programme: no other party named
    named = statement(text + " The towns lie on the Mexico border.", "funding", "health", actors=("MEX", "USA"))
    assert [link.commitment_id for link in link_statement(named, index)][:1] == ["clinic-fund"]


def _promise(text: str, kind: Kind) -> Commitment:
    return Commitment(id="p", text=text, parties=["MEX", "USA"], kind=kind, pillar=Pillar.OTHER,
                      announced=date(2022, 1, 1))


def test_a_cue_word_that_names_the_promised_act_is_not_a_setback() -> None:
    sanction = _promise("Port case: ask for a review of the plant; shipments suspended until it is resolved",
                        Kind.POLICY)
    report = statement("The Treasury was told to suspend the shipments from the plant while the review runs.")
    assert stance_of(report, sanction) == Stance.ADVANCE
    delay = statement("The review of the plant was postponed to next year.")
    assert stance_of(delay, sanction) == Stance.SETBACK


def test_freezing_accounts_advances_an_operation_but_halts_a_programme() -> None:
    operation = _promise("Disrupt the finances of smuggling rings together", Kind.OPERATION)
    frozen = statement("Both finance ministries froze hundreds of accounts used by the smuggling rings.")
    assert stance_of(frozen, operation) == Stance.ADVANCE
    programme = _promise("Run a joint reading programme in border schools", Kind.PROGRAM)
    halted = statement("The reading programme in border schools was halted for lack of teachers.")
    assert stance_of(halted, programme) == Stance.SETBACK


def test_jointly_creating_a_programme_is_done_once_it_is_launched() -> None:
    launched = statement("The two agencies launched the orchard programme for young farmers in March.")
    assert stance_of(launched, _promise("Jointly create an orchard programme for young farmers", Kind.PROGRAM)) \
        == Stance.FULFIL
    assert stance_of(launched, _promise("Co-create an orchard programme for young farmers", Kind.PROGRAM)) \
        == Stance.FULFIL
    assert stance_of(launched, _promise("Support young farmers' orchards", Kind.PROGRAM)) == Stance.ADVANCE


def test_an_act_done_by_none_of_the_commitments_parties_does_not_fulfil_it() -> None:
    mexican = replace(_promise("Launch an orchard programme for young farmers from Guatemala", Kind.PROGRAM),
                      parties=["MEX"])
    by_the_us = statement("The U.S. Department of Labor launched an orchard programme for young farmers.",
                          actors=("USA",))
    assert stance_of(by_the_us, mexican) == Stance.ADVANCE
    assert stance_of(replace(by_the_us, slots=replace(by_the_us.slots, actors=["MEX"])), mexican) == Stance.FULFIL
    assert stance_of(replace(by_the_us, slots=replace(by_the_us.slots, actors=[])), mexican) == Stance.FULFIL


def test_a_partnership_made_through_an_mou_is_done_when_the_mou_is_signed() -> None:
    partnership = _promise("Work on orchard exports through a strategic partnership (MOU)", Kind.PROGRAM)
    signed = statement("The two ministries signed a memorandum of understanding on orchard exports.")
    assert stance_of(signed, partnership) == Stance.FULFIL
    fair = statement("The two ministries hosted an orchard export fair.")
    assert stance_of(fair, partnership) == Stance.ADVANCE


def test_a_one_off_promise_is_fulfilled_by_the_act_it_promised_not_by_another() -> None:
    phase = _promise("Launch the second phase of the orchard programme", Kind.PROGRAM)
    assert promised_act(phase) == "create"
    visit = statement("Officials of both countries hosted a delegation to review the orchard programme.")
    assert stance_of(visit, phase) == Stance.ADVANCE
    launched = statement("The two governments launched the second phase of the orchard programme.")
    assert stance_of(launched, phase) == Stance.FULFIL
    memorandum = _promise("Conclude a memorandum of understanding on orchard pests", Kind.POLICY)
    network = statement("The ministries launched a network of orchard pest laboratories.")
    assert stance_of(network, memorandum) == Stance.ADVANCE
    assert stance_of(statement("The ministries signed the memorandum on orchard pests."), memorandum) == Stance.FULFIL
    # A group that was to be created and has met exists; a report naming no act in particular still fulfils.
    group = _promise("Create a working group on orchard pests", Kind.DIALOGUE)
    assert stance_of(statement("The working group on orchard pests met for the first time."), group) == Stance.FULFIL
    assert stance_of(statement("The orchard programme's second phase was completed."), phase) == Stance.FULFIL
    convenio = _promise("Firmar un convenio sobre plagas de los huertos", Kind.POLICY)
    assert stance_of(statement("Se inauguró el laboratorio de plagas en Michoacán.", lang="es"), convenio) \
        == Stance.ADVANCE
    assert stance_of(statement("Se firmó el convenio sobre plagas de los huertos.", lang="es"), convenio) \
        == Stance.FULFIL


def test_a_new_pledge_that_reports_an_act_advances_the_older_commitment_it_restates() -> None:
    orchards = replace(_promise("Raise the income of orchard farmers in the south", Kind.PROGRAM), source="d-0")
    launched = statement("The agency launched a new orchard project that will reach 4,000 farmers in the south.",
                         type_="commitment")
    assert stance_of(launched, orchards) == Stance.ADVANCE
    approved = statement("The ministers approved joint objectives and agreed to report on orchard incomes yearly.",
                         type_="commitment")
    assert stance_of(approved, orchards) == Stance.ADVANCE
    # In the document that announced the commitment the act is the occasion of the promise.
    assert stance_of(replace(launched, doc="d-0"), orchards) == Stance.RESTATE
    # A pledge without an act, or with one only as background, re-announces.
    assert stance_of(statement("The agency will raise orchard incomes in the south.", type_="commitment"),
                     orchards) == Stance.RESTATE
    background = statement("The orchard council, which was established in 2013, will meet again to raise incomes.",
                           type_="commitment")
    assert stance_of(background, orchards) == Stance.RESTATE
    assert stance_of(statement("Hay un consejo de huertos que se estableció en 2013 y que apoyará a los productores.",
                               type_="commitment", lang="es"), orchards) == Stance.RESTATE
    assert stance_of(statement("Se inauguró un centro de acopio que apoyará a los productores de huertos.",
                               type_="commitment", lang="es"), orchards) == Stance.ADVANCE


def test_a_group_to_be_created_is_fulfilled_by_a_report_of_it_at_work() -> None:
    group = replace(_promise("Create an expert working group on orchard pests", Kind.DIALOGUE), source="d-0")
    at_work = statement("The co-chairs reviewed the progress made by the expert working group on orchard pests.")
    assert stance_of(at_work, group) == Stance.FULFIL
    assert stance_of(statement("El grupo de trabajo sobre plagas presentó su primer informe.", lang="es"),
                     group) == Stance.FULFIL
    # Still to be created, or seen in the document that promised it: work under way, not done.
    assert stance_of(statement("The ministers agreed to establish the working group on orchard pests soon."),
                     group) == Stance.ADVANCE
    assert stance_of(replace(at_work, doc="d-0"), group) == Stance.ADVANCE
    # A programme is not created by a working group's report, nor a group by a report of another body.
    programme = _promise("Launch a programme on orchard pests", Kind.PROGRAM)
    assert stance_of(at_work, programme) == Stance.ADVANCE
    assert stance_of(statement("The task force on orchard pests reviewed its data in May."), group) \
        == Stance.ADVANCE


def test_a_case_is_one_act_even_when_its_text_says_implement() -> None:
    case = _promise("Bakery union case: implement the remediation plan so that workers can vote", Kind.CASE)
    assert is_one_off(case)
    assert stance_of(statement("The workers of the bakery completed the vote."), case) == Stance.FULFIL


def test_an_open_ended_delivery_is_advanced_by_a_course_completed_not_fulfilled() -> None:
    help_labs = _promise("Help resolve disappearance cases by expanding forensic capacity and training lab staff",
                         Kind.DELIVERY)
    assert not is_one_off(help_labs)
    report = statement("Thirty forensic experts from Mexico completed a training course in Texas.")
    assert stance_of(report, help_labs) == Stance.ADVANCE
    assert not is_one_off(_promise("Ampliar la capacidad forense de los laboratorios", Kind.DELIVERY))


def test_evidence_long_after_the_due_date_weighs_against_a_link(index: CommitmentIndex) -> None:
    due = next(c for c in index.commitments if c.due is not None)
    j = index.position[due.id]
    assert due.due is not None
    late = statement("A later report.", when=date.fromordinal(due.due.toordinal() + 730))
    early = replace(late, doc_date=due.announced)
    assert past_due(index, late)[j] == pytest.approx(2.0, abs=0.01)
    assert past_due(index, early)[j] == 0.0


def test_a_report_in_the_announcing_document_advances_but_does_not_fulfil() -> None:
    meeting = replace(_promise("Hold the next orchard council meeting in the spring", Kind.DIALOGUE), source="d-1")
    held = statement("Today the orchard council held its first meeting in the capital.")
    assert stance_of(held, meeting) == Stance.ADVANCE
    assert stance_of(replace(held, doc="d-2"), meeting) == Stance.FULFIL


def test_a_subject_discussed_where_the_promise_on_it_is_made_is_not_progress_on_it() -> None:
    case = replace(_promise("Find and hold accountable those who attacked the orchard inspectors", Kind.CASE),
                   source="d-1")
    discussed = statement("The delegations also discussed the recent attack on orchard inspectors.", "case")
    assert stance_of(discussed, case) == Stance.RESTATE
    conversaron = statement("Las delegaciones conversaron sobre el ataque a los inspectores.", "case", lang="es")
    assert stance_of(conversaron, case) == Stance.RESTATE
    # At a later meeting, discussing it again is work on it; and in the same document an act done still advances.
    assert stance_of(replace(discussed, doc="d-2"), case) == Stance.ADVANCE
    signed = statement("The delegations discussed the attack and signed a protocol to protect the inspectors.", "case")
    assert stance_of(signed, case) == Stance.ADVANCE


def test_the_party_name_trie_finds_what_the_longest_first_alternation_finds() -> None:
    import re

    from agenda.analyze.lexicon import trie_regex

    words = ["mexico", "mexico city", "mexican", "us", "u.s.", "usaid", "united states", "united kingdom", "uk"]
    text = "USAID and U.S. officials met in Mexico City; the United States and the UK thanked Mexicans and us."
    plain = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                       + r")(?:e?s)?(?!\w)", re.IGNORECASE)
    factored = re.compile(r"(?<!\w)(" + trie_regex(words) + r")(?:e?s)?(?!\w)", re.IGNORECASE)
    expected = [m.group(1) for m in plain.finditer(text)]
    assert [m.group(1) for m in factored.finditer(text)] == expected
    assert "Mexico City" in expected and "USAID" in expected and "Mexican" in expected  # longest wins


def test_party_names_are_counted_across_line_breaks_and_either_apostrophe() -> None:
    from agenda.track.features import party_mentions

    text = "The People\u2019s Republic of China and the People's Republic of China met the United\nStates."
    counts = party_mentions(text, "en")
    assert counts["CHN"] == 2 and counts["USA"] == 1


def test_party_names_that_are_also_words_count_only_as_written() -> None:
    from agenda.track.features import party_mentions

    words = party_mentions("Join us on Sep 30 or sat with a turkey in washington state.", "en")
    assert words == {}  # a pronoun, a month, a verb, a bird, a lower-case place
    names = party_mentions("The US, SEP and SAT met in Washington; Turkey and Mexico and mexican officials.", "en")
    assert names == {"USA": 2, "MEX": 4, "TUR": 1}



def test_the_document_scheduling_a_meeting_reports_no_progress_on_it(index: CommitmentIndex) -> None:
    # r-02 announced the council's first meeting (due 2022-09-30): what it reports happened at the
    # talks that scheduled it. The same report in a later document is the meeting being held.
    text = "Customs officials of Mexico and the United States met in Laredo to discuss the bilateral " \
           "customs council on cargo inspections."
    in_announcement = replace(statement(text, "dialogue", "economy", when=date(2022, 3, 1)), doc="r-02")
    assert "customs-council" not in [link.commitment_id for link in link_statement(in_announcement, index)]
    later = replace(in_announcement, doc="r-07", doc_date=date(2022, 9, 20))
    assert [link.commitment_id for link in link_statement(later, index)][:1] == ["customs-council"]
    restated = replace(in_announcement, type=StatementType.COMMITMENT)
    assert "customs-council" in [link.commitment_id for link in link_statement(restated, index)]


def test_another_documents_report_on_the_announcement_day_covers_the_announcement(index: CommitmentIndex) -> None:
    # The pollinator plan was announced by r-02 on 2022-03-01: a communiqué of that day reporting the
    # talks is coverage of the announcement; the same report a week later is work on the plan.
    text = "Farm officials of Mexico and the United States worked on the joint plan to protect bees and " \
           "other pollinators in farming regions."
    same_day = replace(statement(text, "program", "energy_climate", when=date(2022, 3, 1)), doc="r-03")
    assert "pollinator-plan" not in [link.commitment_id for link in link_statement(same_day, index)]
    week_later = replace(same_day, doc_date=date(2022, 3, 8))
    assert [link.commitment_id for link in link_statement(week_later, index)][:1] == ["pollinator-plan"]


def test_the_quick_party_check_agrees_with_counting_every_name() -> None:
    from agenda.track.features import may_name, names_a_party, party_mentions

    texts = ["The President spoke with Prime Minister Trudeau of Canada about trade.",
             "SEMAR and the U.S. Coast Guard seized a vessel; Washington thanked the Secretaría de Marina.",
             "El canciller de México habló con funcionarios estadounidenses.", "Nothing here at all, sat on Sep 3."]
    for text in texts:
        counts = party_mentions(text, "es" if "canciller" in text else "en")
        lang = "es" if "canciller" in text else "en"
        for party in ("MEX", "USA", "CAN"):
            assert may_name(text, lang, party) == (counts[party] > 0), (text, party)
        assert names_a_party(text, lang) == bool(counts)


COUNCIL_SESSION = "Customs officials of Mexico and the United States held a session of the bilateral customs " \
                  "council in Laredo."


def test_a_meeting_reported_long_after_a_one_off_meeting_was_due_is_a_later_one(index: CommitmentIndex) -> None:
    # customs-council promises the council's first meeting by 2022-09-30; its yearly meetings are
    # a child commitment. A session reported a year later is one of those, not the first held late.
    a_year_later = statement(COUNCIL_SESSION, "dialogue", "economy", when=date(2023, 9, 20))
    assert [(link.commitment_id, link.stance) for link in link_statement(a_year_later, index)] == [
        ("customs-council-yearly", Stance.ADVANCE)]
    # Two months late is the promised meeting, held late.
    late = replace(a_year_later, doc_date=date(2022, 12, 1))
    assert [(link.commitment_id, link.stance) for link in link_statement(late, index)][:1] == [
        ("customs-council", Stance.FULFIL)]
    # A later report that names the promised year is still about it.
    text = COUNCIL_SESSION.replace("a session", "the first session").replace("Laredo.", "Laredo in September 2022.")
    recalled = replace(a_year_later, text=text, end=len(text))
    assert "customs-council" in [link.commitment_id for link in link_statement(recalled, index)]


def test_only_one_off_meetings_with_a_due_date_are_ruled_out_late(index: CommitmentIndex) -> None:
    long_past = index.meetings_long_past(date(2024, 6, 1), [], 180)
    assert {c.id for c, late in zip(index.commitments, long_past, strict=True) if late} == {"customs-council"}
    assert not index.meetings_long_past(date(2022, 12, 1), [], 180).any()
    assert not index.meetings_long_past(date(2024, 6, 1), [2022], 180).any()
    assert index.meetings_long_past(date(2024, 6, 1), [2023], 180)[index.position["customs-council"]]
    assert not index.meetings_long_past(None, [], 180).any()


def _meeting_index() -> CommitmentIndex:
    def commitment(id_: str, text: str, parent: str | None = None) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=Kind.DIALOGUE, pillar=Pillar.SECURITY,
                          announced=date(2022, 1, 10), parent=parent)
    return CommitmentIndex([
        commitment("port-talks", "Hold the first round of talks on port security"),
        commitment("port-talks-yearly", "Meet every year on port security", parent="port-talks"),
    ])


def test_a_one_off_meeting_reported_held_is_not_held_again() -> None:
    index = _meeting_index()
    assert not index.meetings_long_past(date(2024, 1, 1), [], 180).any()  # no due date, not reported held
    index.record_held("port-talks", date(2022, 6, 1))
    index.record_held("port-talks", date(2022, 9, 1))  # a later report of it changes nothing
    index.record_held("port-talks-yearly", date(2022, 6, 1))  # recurring: held again every year
    late = index.meetings_long_past(date(2023, 6, 1), [], 180)
    assert [c.id for c, masked in zip(index.commitments, late, strict=True) if masked] == ["port-talks"]
    assert not index.meetings_long_past(date(2022, 11, 1), [], 180).any()  # within the grace
    assert not index.meetings_long_past(date(2023, 6, 1), [2022], 180).any()  # names the year it was held


def test_a_pledge_long_after_a_one_off_meeting_was_due_does_not_re_announce_it(index: CommitmentIndex) -> None:
    pledge = statement("Mexico and the United States will hold the first meeting of the bilateral customs council "
                       "on cargo inspections.", "dialogue", "economy", when=date(2022, 5, 2), type_="commitment")
    assert [link.commitment_id for link in link_statement(pledge, index)][:1] == ["customs-council"]
    a_year_on = replace(pledge, doc_date=date(2023, 9, 20))
    assert "customs-council" not in [link.commitment_id for link in link_statement(a_year_on, index)]


def test_a_meeting_report_near_a_meetings_due_date_goes_to_that_meeting(index: CommitmentIndex) -> None:
    def commitment(id_: str, text: str, due: date | None = None, parent: str | None = None) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=Kind.DIALOGUE, pillar=Pillar.SECURITY,
                          announced=date(2022, 1, 10), due=due, parent=parent)
    with_ports = CommitmentIndex([*index.commitments,
        commitment("port-talks", "Hold talks on port security and container inspections every year"),
        commitment("port-talks-2023", "Hold this year's port security talks in June 2023", due=date(2023, 6, 30),
                   parent="port-talks"),
    ])
    # The report names containers, a word of the series only: without the rule the series wins. (A
    # report in the 2023 round's words alone goes to it anyway: see the framework test below.)
    text = ("Officials of Mexico and the United States held this year's round of port security talks in Veracruz, "
            "covering containers.")
    report = statement(text, "dialogue", "security", when=date(2023, 6, 20))
    without = LinkOptions(due_meeting_days=-1)
    assert [link.commitment_id for link in link_statement(report, with_ports, without)][:1] == ["port-talks"]
    links = link_statement(report, with_ports)
    assert [(link.commitment_id, link.stance) for link in links][:1] == [("port-talks-2023", Stance.FULFIL)]
    # Months before the round is due, the same report is about the series.
    early = replace(report, doc_date=date(2023, 2, 1))
    assert [link.commitment_id for link in link_statement(early, with_ports)][:1] == ["port-talks"]


def _framework_fact_sheet() -> tuple[CommitmentIndex, list[Statement], str]:
    def commitment(id_: str, text: str, parent: str | None = None, kind: Kind = Kind.PROGRAM) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=kind, pillar=Pillar.SECURITY,
                          announced=date(2022, 1, 10), parent=parent)
    index = CommitmentIndex([
        commitment("framework", "Carry out the bilateral security framework to protect communities, prevent "
                                "cross-border crime and pursue criminal networks"),
        commitment("illicit-finance", "Share financial intelligence to disrupt money laundering and the illicit "
                                      "finance of criminal networks", "framework", Kind.OPERATION),
        commitment("precursors", "Create a working group on the control of precursor chemicals", "framework",
                   Kind.DIALOGUE),
        commitment("customs", "Modernise customs inspection at the land ports of entry"),
    ])
    texts = ["Mexico and the United States marked the first year of their bilateral security framework.",
             "Under the security framework, both governments expanded programmes that protect communities "
             "from violence.",
             "The framework also guided joint training of police officers in both countries.",
             "The security framework helped both countries prevent crime along the border.",
             "Treasury and Mexico's financial intelligence unit traced money laundering networks and froze "
             "their accounts."]
    statements = statements_of("fact-sheet", texts, StatementType.PROGRESS, date(2023, 10, 1),
                               Slots(actors=["MEX", "USA"], kind=Kind.OPERATION, pillar=Pillar.SECURITY))
    return index, statements, "Fact sheet: the first year of the bilateral security framework"


def test_in_a_document_about_a_framework_a_sentence_in_a_childs_words_goes_to_the_child() -> None:
    index, statements, title = _framework_fact_sheet()
    prepared = prepare_document(statements, index, title, LinkOptions())
    assert prepared is not None
    narrower = prepared.features[:, :, FEATURES.index("narrower")]
    # Only the money-laundering report, and only for the child whose words it uses: not for the
    # framework itself, a sibling, or a commitment outside the family.
    assert narrower[4, index.position["illicit-finance"]] > 0
    assert np.count_nonzero(narrower) == 1
    links = [[link.commitment_id for link in found] for found in link_document(statements, index, title=title)]
    assert links == [["framework"]] * 4 + [["illicit-finance"]]
    # The feature is what raises the child against the framework, the document's subject.
    model = default_model()
    coef = list(model.progress.coef)
    coef[FEATURES.index("narrower")] = 0.0
    without = LinkModel(replace(model.progress, coef=tuple(coef)), model.commitment)

    def child_lead(link_model: LinkModel) -> float:
        p = link_model.progress.probability(prepared.features[4])
        return float(p[index.position["illicit-finance"]] - p[index.position["framework"]])
    assert child_lead(model) > child_lead(without)


def _declaration(doc: str) -> tuple[CommitmentIndex, list[Statement], str]:
    index = CommitmentIndex([
        Commitment(id="declaration", text="Adopt a regional declaration on migration and protection with "
                                          "shared responsibilities", parties=["MEX", "USA"], kind=Kind.POLICY,
                   pillar=Pillar.MIGRATION, announced=date(2022, 6, 10), source="declaration-day"),
        Commitment(id="customs", text="Modernise customs inspection at the land ports of entry", parties=["MEX", "USA"],
                   kind=Kind.PROGRAM, pillar=Pillar.ECONOMY, announced=date(2022, 1, 10)),
    ])
    texts = ["Mexico and the United States adopt this declaration on migration and protection.",
             "We intend to share responsibilities for migration and protection across the region.",
             "We further intend to pursue accountability for those who commit abuses against people on the move."]
    statements = statements_of(doc, texts, StatementType.COMMITMENT, date(2022, 6, 10),
                               Slots(actors=["MEX", "USA"], kind=Kind.POLICY, pillar=Pillar.MIGRATION))
    return index, statements, "Declaration on migration and protection"


def test_in_its_announcing_document_a_pledge_in_other_words_restates_the_declaration() -> None:
    # A declaration's text spells out what it promises in sentences that share no word with the
    # agenda's one-line summary of it; outside that document, such a sentence is a new pledge.
    index, statements, title = _declaration("declaration-day")
    accountability = statements[2]
    assert not set(keywords(accountability.text)) & index.keyword_sets[index.position["declaration"]]
    links = link_document(statements, index, title=title)
    assert [(link.commitment_id, link.stance) for link in links[2]] == [("declaration", Stance.RESTATE)]
    index, later, title = _declaration("later-readout")
    assert link_document(later, index, title=title)[2] == []


def test_keyword_overlap_favours_the_commitment_a_sentence_covers_over_a_short_one_it_grazes() -> None:
    # As a share of the commitment's words alone, "Inspect cargo" matched this report perfectly (1.0
    # against 0.61); the overlap is now weighed against the sentence's own keywords too.
    def promise(id_: str, text: str) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.ECONOMY,
                          announced=date(2022, 1, 10))
    index = CommitmentIndex([
        promise("inspect", "Inspect cargo"),
        promise("train", "Train customs officers in cargo inspection at the land ports of entry"),
        promise("bees", "Draft a joint plan to protect bees and pollinators"),
    ])
    report = statement("Both governments trained 300 customs officers to inspect cargo at three land ports.",
                       pillar="economy")
    lex = lexical_scores(index, report)[0]
    assert lex[index.position["train"]] > lex[index.position["inspect"]] > lex[index.position["bees"]] == 0.0
    assert [link.commitment_id for link in link_statement(report, index)][:1] == ["train"]


def _labour_case_index() -> CommitmentIndex:
    def commitment(id_: str, text: str, kind: Kind, announced: date, source: str, parent: str | None = None,
                   ) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=kind, pillar=Pillar.LABOR,
                          announced=announced, source=source, parent=parent)
    return CommitmentIndex([
        commitment("labour-rights", "Work together, through the trade agreement's rapid labour mechanism, to protect "
                   "workers' freedom of association and collective bargaining", Kind.PROGRAM, date(2022, 8, 19),
                   "trade-statement"),
        commitment("orchard-case", "Orchard plant labour case: carry out the remediation plan so that the plant's "
                   "workers can vote on their contract in free conditions", Kind.CASE, date(2022, 7, 8), "case-plan",
                   parent="labour-rights"),
        commitment("customs", "Modernise customs inspection at the land ports of entry", Kind.PROGRAM,
                   date(2022, 1, 1), "customs-plan"),
    ])


def test_in_the_document_announcing_a_broad_commitment_a_report_goes_to_its_older_child() -> None:
    index = _labour_case_index()
    texts = ["The United States Trade Representative released a statement after workers at the orchard plant in "
             "Mexico voted on their contract, a vote won through the rapid labour mechanism that protects their "
             "freedom of association.",
             "The United States will keep working with Mexico, through the rapid labour mechanism, to protect "
             "workers' freedom of association and collective bargaining."]
    title = "Statement on the vote by workers at the orchard plant"

    def first_links(doc: str, when: date) -> list[tuple[str, Stance]]:
        statements = statements_of(doc, texts, StatementType.PROGRESS, when,
                                   Slots(actors=["MEX", "USA"], kind=Kind.CASE, pillar=Pillar.LABOR))
        statements[1] = replace(statements[1], type=StatementType.COMMITMENT)
        return [(link.commitment_id, link.stance) for link in link_document(statements, index, title=title)[0]]
    # The statement that makes the broad promise reports the vote the older case led to: the case
    # comes first, and the vote held fulfils it.
    assert first_links("trade-statement", date(2022, 8, 19))[0] == ("orchard-case", Stance.FULFIL)
    # The same report in a later document, where the broad commitment is not being made, goes to it.
    assert first_links("later-statement", date(2022, 8, 25)) == [("labour-rights", Stance.ADVANCE)]


def test_a_vote_held_fulfils_a_case_whose_plan_was_a_vote() -> None:
    case = _labour_case_index().commitments[1]
    assert stance_of(statement("Workers at the orchard plant voted on their contract.", "case"), case) == Stance.FULFIL
    assert stance_of(statement("Los trabajadores de la planta votaron su contrato.", "case", lang="es"), case) \
        == Stance.FULFIL
    assert stance_of(statement("Workers at the orchard plant will vote on their contract.", "case"), case) \
        == Stance.ADVANCE


def _security_family() -> CommitmentIndex:
    def commitment(id_: str, text: str, parent: str | None = None) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.SECURITY,
                          announced=date(2021, 10, 8), source="framework-day", parent=parent)
    return CommitmentIndex([
        commitment("framework", "Carry out the bilateral security framework: protect people, prevent crime across "
                   "the border and pursue criminal networks"),
        commitment("labs", "Open forensic laboratories to trace the firearms seized under the security framework",
                   parent="framework"),
        commitment("customs", "Modernise customs inspection at the land ports of entry"),
    ])


def _favouring_broad_commitments() -> LinkModel:
    # A model that prefers the commitment with children and rewards shared keywords, so that the
    # framework comes first and its laboratories child second, below `extra_ratio` of it.
    coef = [0.0] * len(FEATURES)
    coef[FEATURES.index("umbrella")] = 3.0
    coef[FEATURES.index("lex")] = 2.0
    logistic = Logistic((0.0,) * len(FEATURES), (1.0,) * len(FEATURES), tuple(coef), -2.5)
    return LinkModel(logistic, logistic)


def test_a_re_announcement_of_a_framework_that_names_a_childs_subject_restates_the_child_too() -> None:
    index = _security_family()
    texts = ["We reaffirm the bilateral security framework and will open more forensic laboratories to trace "
             "seized firearms."]
    pledge = statements_of("review-day", texts, StatementType.COMMITMENT, date(2022, 10, 14),
                           Slots(actors=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.SECURITY))

    def links(options: LinkOptions) -> list[str]:
        result = link_document_detailed(pledge, index, title="Security review", options=options,
                                        model=_favouring_broad_commitments())[0]
        return [link.commitment_id for link in result.links]
    assert links(LinkOptions()) == ["framework", "labs"]
    assert links(LinkOptions(child_ratio=0)) == ["framework"]  # the rule off: the child is below extra_ratio
    # A progress report is left to extra_ratio: the rule is for re-announcements only.
    report = [replace(pledge[0], type=StatementType.PROGRESS)]
    assert [link.commitment_id for link in link_document_detailed(
        report, index, title="Security review", model=_favouring_broad_commitments())[0].links] == ["framework"]


def test_the_closer_child_must_match_the_sentence_better_than_its_parent_and_come_near_it() -> None:
    index = _security_family()
    framework, labs, customs = (index.position[c] for c in ("framework", "labs", "customs"))
    valid = np.ones(len(index), dtype=bool)

    def child(probability: list[float], overlap: list[float], best: int = framework) -> int | None:
        return closer_child(np.array(probability), np.array(overlap), index, valid, best, threshold=0.12, ratio=0.5)
    assert child([0.6, 0.35, 0.0], [0.2, 0.8, 0.0]) == labs
    assert child([0.6, 0.35, 0.0], [0.8, 0.2, 0.0]) is None  # the child shares fewer keywords
    assert child([0.6, 0.25, 0.0], [0.2, 0.8, 0.0]) is None  # below half the framework's probability
    assert child([0.2, 0.11, 0.0], [0.2, 0.8, 0.0]) is None  # below the threshold
    assert child([0.6, 0.0, 0.5], [0.0, 0.0, 0.9], best=customs) is None  # no narrower commitment
    no_labs = valid.copy()
    no_labs[labs] = False
    assert closer_child(np.array([0.6, 0.35, 0.0]), np.array([0.2, 0.8, 0.0]), index, no_labs, framework,
                        0.12, 0.5) is None


def test_a_re_announcement_goes_to_its_best_commitment_alone_unless_asked_for_more() -> None:
    index = _security_family()
    coef = [0.0] * len(FEATURES)
    coef[FEATURES.index("lex")] = 4.0  # shared keywords alone decide
    logistic = Logistic((0.0,) * len(FEATURES), (1.0,) * len(FEATURES), tuple(coef), -2.0)
    model = LinkModel(logistic, logistic)
    texts = ["We will modernise customs inspection at the land ports and protect people across the border from "
             "criminal networks under the security framework."]

    def links(statement_type: StatementType, options: LinkOptions) -> list[str]:
        statements = statements_of("review-day", texts, statement_type, date(2022, 10, 14),
                                   Slots(actors=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.SECURITY))
        result = link_document_detailed(statements, index, title="Review", options=options, model=model)[0]
        return [link.commitment_id for link in result.links]
    # Both commitments come close; a pledge's second match was mostly a wrong link, a report's is not.
    assert links(StatementType.COMMITMENT, LinkOptions()) == ["framework"]
    assert links(StatementType.PROGRESS, LinkOptions()) == ["framework", "customs"]
    assert links(StatementType.COMMITMENT, LinkOptions(commitment_extra_ratio=0.75)) == ["framework", "customs"]
