"""Shared names in the first-pass score: a named operation tips the document's subject towards itself."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

import agenda.track.features as features
from agenda.model import Commitment, Kind, Pillar, Slots, Statement, StatementType
from agenda.track.features import FEATURES
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions, prepare_document

from .statement_helpers import statements_of


def _index() -> CommitmentIndex:
    def commitment(id_: str, text: str) -> Commitment:
        return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=Kind.OPERATION, pillar=Pillar.SECURITY,
                          announced=date(2022, 1, 10))
    return CommitmentIndex([
        commitment("named", "Run Operation Lodestar against firearms trafficking across the border"),
        commitment("unnamed", "Step up joint inspections against firearms trafficking across the border"),
    ])


def _statements() -> list[Statement]:
    texts = ["Agents of Operation Lodestar seized rifles bound for the border.",
             "Both countries reported more seizures of trafficked firearms this year.",
             "Inspectors on both sides shared what they found."]
    return statements_of("readout", texts, StatementType.PROGRESS, date(2023, 3, 1),
                         Slots(actors=["MEX", "USA"], kind=Kind.OPERATION, pillar=Pillar.SECURITY))


def _lead(signal: str) -> np.ndarray:
    """How far the named commitment is ahead of the unnamed one, per statement, on a first-pass signal."""
    index = _index()
    prepared = prepare_document(_statements(), index, "Readout: firearms seizures", LinkOptions())
    assert prepared is not None
    column = prepared.features[:, :, FEATURES.index(signal)]
    return column[:, index.position["named"]] - column[:, index.position["unnamed"]]


@pytest.mark.parametrize("signal", ["local", "prior"])
def test_a_shared_name_raises_the_named_commitment_in_the_first_pass_signals(
        signal: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = _lead(signal)
    similarity, keywords, _ = features.BASE_MIX
    monkeypatch.setattr(features, "BASE_MIX", (similarity, keywords, 0.0))
    without_names = _lead(signal)
    # The sentence naming the operation, and the document's subject, lean further to it with names.
    assert shipped[0] > without_names[0]
