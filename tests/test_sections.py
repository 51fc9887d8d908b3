"""Section headings of a document: which heading each statement falls under, and what it does to links."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from datetime import date

from agenda.model import Commitment, Kind, Pillar, Slots, Statement, StatementType
from agenda.track.features import FEATURES
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions, default_model, link_document, link_document_detailed, prepare_document
from agenda.track.scoring import LinkModel
from agenda.track.sections import heading_lines, section_headings

FACT_SHEET = """Fact sheet: the second year of the bilateral security framework
Protecting communities
Under the security framework, both governments expanded programmes that protect communities from violence.
The framework also guided joint training of police officers in both countries.
###
Combatting Illicit Finance:
- The U.S. Treasury named 26 people and 17 companies tied to a cartel, working with Mexico's authorities.
"""


def test_a_heading_is_a_short_line_of_its_own_that_ends_no_sentence() -> None:
    found = [heading for _, heading in heading_lines(FACT_SHEET)]
    assert found == ["Fact sheet: the second year of the bilateral security framework", "Protecting communities",
                     "Combatting Illicit Finance"]


def test_in_hard_wrapped_prose_only_a_line_standing_apart_is_a_heading() -> None:
    # A PDF's or a plain-text file's lines stop mid-sentence: those pieces are not headings.
    prose = ("The two governments agreed to expand the joint inspection of cargo at the northern crossings. "
             "Customs officers will share data on shipments every week and train together twice a year. ") * 3
    finance = "Treasury officials and their counterparts traced the accounts of cartels and froze them. " * 3
    text = textwrap.fill(prose, 72) + "\nCombatting Illicit Finance\n" + textwrap.fill(finance, 72)
    assert len(text.splitlines()) > 8
    assert [heading for _, heading in heading_lines(text)] == ["Combatting Illicit Finance"]


def test_each_statement_falls_under_the_nearest_heading_above_it() -> None:
    starts = [FACT_SHEET.index("Under the"), FACT_SHEET.index("The framework"), FACT_SHEET.index("- The U.S. Treasury")]
    title = FACT_SHEET.splitlines()[0]
    assert section_headings(FACT_SHEET, starts, skip=title) == [
        "Protecting communities", "Protecting communities", "Combatting Illicit Finance"]
    assert section_headings(FACT_SHEET, [0], skip=title) == [None]  # the title is a signal of its own
    assert section_headings(None, starts) == [None, None, None]


def _framework_and_report() -> tuple[CommitmentIndex, list[Statement]]:
    def commitment(id_: str, text: str, parent: str | None = None) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.SECURITY,
                          announced=date(2022, 1, 10), parent=parent)
    index = CommitmentIndex([
        commitment("framework", "Carry out the bilateral security framework to protect communities, prevent "
                                "cross-border crime and pursue criminal networks"),
        commitment("illicit-finance", "Disrupt the illicit finance of criminal networks", "framework"),
        commitment("customs", "Modernise customs inspection at the land ports of entry"),
    ])
    statements = []
    for opening in ("Under the", "The framework", "- The U.S. Treasury"):
        start = FACT_SHEET.index(opening)
        end = FACT_SHEET.index("\n", start)
        statements.append(Statement(doc="fact-sheet", start=start, end=end, text=FACT_SHEET[start:end],
                                    type=StatementType.PROGRESS, lang="en", doc_date=date(2023, 10, 1),
                                    slots=Slots(actors=["MEX", "USA"], kind=Kind.OPERATION, pillar=Pillar.SECURITY)))
    return index, statements


def test_under_a_heading_in_a_childs_words_a_report_goes_to_the_child() -> None:
    index, statements = _framework_and_report()
    title = FACT_SHEET.splitlines()[0]
    prepared = prepare_document(statements, index, title, LinkOptions(), text=FACT_SHEET)
    assert prepared is not None
    narrower = prepared.features[:, :, FEATURES.index("section_narrower")]
    # The heading speaks of illicit finance: only the child that shares those words gets the signal.
    assert narrower[2, index.position["illicit-finance"]] > 0
    assert narrower[0, index.position["illicit-finance"]] == 0
    assert narrower[2, index.position["framework"]] == 0
    links = link_document(statements, index, title=title, text=FACT_SHEET)
    assert [link.commitment_id for link in links[2]][:1] == ["illicit-finance"]
    assert "its words head the section" in links[2][0].reasons  # what a reviewer is shown
    # Without the document's text there is no heading: the framework, the subject, takes the report.
    alone = link_document(statements, index, title=title)
    assert [link.commitment_id for link in alone[2]][:1] == ["framework"]


def test_the_heading_signal_is_what_moves_the_report() -> None:
    index, statements = _framework_and_report()
    title = FACT_SHEET.splitlines()[0]
    model = default_model()
    coef = list(model.progress.coef)
    for name in ("section_narrower", "section_gap"):
        coef[FEATURES.index(name)] = 0.0
    without = LinkModel(replace(model.progress, coef=tuple(coef)), model.commitment)
    results = link_document_detailed(statements, index, title=title, model=without, text=FACT_SHEET)
    assert [link.commitment_id for link in results[2].links][:1] == ["framework"]


def test_a_heading_belongs_to_the_commitment_that_covers_it_not_to_one_sharing_a_common_word() -> None:
    # "Investing in our people": a short commitment that only invests (in roads) shares one word
    # of it; the one about people's training covers the whole heading, in more words of its own.
    text = "Fact sheet: the economic dialogue\nInvesting in Our People\nBoth countries opened 40 new centres.\n"
    index = CommitmentIndex([
        Commitment(id="roads", text="Invest in roads", parties=["MEX", "USA"], kind=Kind.FUNDING,
                   pillar=Pillar.ECONOMY, announced=date(2022, 1, 10)),
        Commitment(id="people", text="Invest in training, apprenticeships, jobs and schooling for young people",
                   parties=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.ECONOMY, announced=date(2022, 1, 10)),
        Commitment(id="customs", text="Modernise customs inspection at the land ports of entry", parties=["MEX", "USA"],
                   kind=Kind.PROGRAM, pillar=Pillar.ECONOMY, announced=date(2022, 1, 10)),
    ])
    start = text.index("Both")
    report = Statement(doc="hled", start=start, end=len(text) - 1, text=text[start:-1], type=StatementType.PROGRESS,
                       lang="en", doc_date=date(2023, 10, 1),
                       slots=Slots(actors=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.ECONOMY))
    prepared = prepare_document([report], index, text.splitlines()[0], LinkOptions(), text=text)
    assert prepared is not None
    # Neither has a parent: how far each is below the heading's best commitment tells them apart.
    gap = prepared.features[0, :, FEATURES.index("section_gap")]
    assert gap[index.position["people"]] == 0.0
    assert gap[index.position["roads"]] > 0.0
