"""Acronyms an agenda spells out in one commitment are spelled out in all of them."""

from __future__ import annotations

from datetime import date

from agenda.model import Commitment, Kind, Pillar, Slots, Statement, StatementType
from agenda.track.acronyms import acronym_expansions, spell_out
from agenda.track.index import CommitmentIndex
from agenda.track.link import link_statement

TEXTS = [
    "Relaunch the Joint Border Committee, dormant since 2015, with a first meeting in March",
    "Hold the JBC every year after that",
    "Sign a Memorandum of Understanding on river water with the state of Sonora",
    "Sign the MOU before the summer",
    "Share data with the USDA on fruit flies",  # spelled out nowhere: left alone
]


def test_an_acronym_is_expanded_only_where_the_agenda_spells_it_out() -> None:
    found = acronym_expansions(TEXTS)
    assert found == {"JBC": "Joint Border Committee", "MOU": "Memorandum of Understanding"}


def test_acronym_and_words_are_put_side_by_side_both_ways() -> None:
    found = acronym_expansions(TEXTS)
    assert spell_out("Hold the JBC every year after that", found) == \
        "Hold the JBC (Joint Border Committee) every year after that"
    assert spell_out("Relaunch the Joint Border Committee in March", found) == \
        "Relaunch the Joint Border Committee (JBC) in March"
    assert spell_out("The JBC (Joint Border Committee) met", found) == "The JBC (Joint Border Committee) met"
    assert spell_out("Share data with the USDA", found) == "Share data with the USDA"


def test_a_report_that_spells_out_the_name_finds_the_commitment_that_uses_the_acronym() -> None:
    def commitment(id_: str, text: str, parent: str | None = None) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=Kind.DIALOGUE, pillar=Pillar.SECURITY,
                          announced=date(2022, 1, 10), due=date(2022, 3, 31) if parent is None else None,
                          parent=parent)
    index = CommitmentIndex([
        commitment("jbc-relaunch", "Relaunch the Joint Border Committee with a first meeting in March"),
        commitment("jbc-yearly", "Hold the JBC every year after that to review crossings", parent="jbc-relaunch"),
        commitment("river-mou", "Sign a memorandum on river water with the state of Sonora"),
    ])
    assert index.texts[1] == "Hold the JBC (Joint Border Committee) every year after that to review crossings"
    text = "Officials of Mexico and the United States met in Tijuana for this year's Joint Border Committee."
    report = Statement(doc="d-9", start=0, end=len(text), text=text, type=StatementType.PROGRESS,
                       slots=Slots(actors=["MEX", "USA"], kind=Kind.DIALOGUE, pillar=Pillar.SECURITY),
                       lang="en", doc_date=date(2023, 4, 20))
    assert [link.commitment_id for link in link_statement(report, index)][:1] == ["jbc-yearly"]
