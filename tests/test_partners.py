"""A report of one party's work with other countries is not evidence for a commitment between other parties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np

from agenda.model import Commitment, Kind, Pillar, Slots, Statement, StatementType
from agenda.track.index import CommitmentIndex
from agenda.track.link import link_document
from agenda.track.partners import another_partnership, countries_named


def _commitment(id_: str, text: str, parties: list[str]) -> Commitment:
    return Commitment(id=id_, text=text, parties=parties, kind=Kind.OPERATION, pillar=Pillar.MIGRATION,
                      announced=date(2022, 1, 10))


INDEX = CommitmentIndex([
    _commitment("smuggling-task-force", "Create a trilateral task force against migrant smuggling networks",
                ["CAN", "MEX", "USA"]),
    _commitment("farm-jobs", "Support farm jobs for young people in Guatemala and Honduras", ["MEX", "USA"]),
    _commitment("us-patrols", "Double patrols against smuggling networks at the southern border", ["USA"]),
])


def _report(text: str, lang: str = "en") -> Statement:
    return Statement(doc="d-1", start=0, end=len(text), text=text, type=StatementType.PROGRESS,
                     slots=Slots(actors=["USA"], kind=Kind.OPERATION, pillar=Pillar.MIGRATION), lang=lang,
                     doc_date=date(2023, 5, 2))


def _ruled_out(text: str, lang: str = "en") -> set[str]:
    positions = another_partnership(_report(text, lang), INDEX, np.arange(len(INDEX)))
    return {INDEX.commitments[j].id for j in positions}


def test_the_countries_a_text_names_in_english_and_spanish() -> None:
    assert countries_named("The United States launched a campaign with Colombia and Panama.", "en") \
        == {"USA", "COL", "PAN"}
    assert countries_named("Estados Unidos y Guatemala firmaron un acuerdo.", "es") == {"USA", "GTM"}
    assert countries_named("The two governments met with the United Nations.", "en") == frozenset()


def test_one_party_working_with_outside_countries_is_another_partnership() -> None:
    # One party of each two-party promise and two countries outside them (the one-party promise stays).
    assert _ruled_out("The United States launched a campaign with Colombia and Panama against smuggling "
                      "networks.") == {"smuggling-task-force", "farm-jobs"}
    # Two of its parties named: their joint work may include others.
    assert _ruled_out("Mexico and the United States joined Colombia in a campaign against smuggling networks.") \
        == set()
    # Countries the commitment's own text names are its subject, not other partners; a one-party
    # commitment has no partnership to be confused with.
    assert _ruled_out("The United States funded farm jobs for young people in Guatemala.") \
        == {"smuggling-task-force"}


def test_the_linker_leaves_the_other_partnership_out() -> None:
    lead = _report("Mexico and the United States reviewed their joint work against migrant smuggling networks.")
    campaign = ("The United States launched a surge campaign with Colombia and Panama against migrant smuggling "
                "networks.")
    second = replace(_report(campaign), start=len(lead.text) + 1, end=len(lead.text) + 1 + len(campaign))
    links = link_document([lead, second], INDEX, title="Readout: the work against smuggling")
    # The readout is about the trilateral promise; its report of the campaign with two other countries is not.
    assert [link.commitment_id for link in links[0]] == ["smuggling-task-force"]
    assert "smuggling-task-force" not in [link.commitment_id for link in links[1]]
