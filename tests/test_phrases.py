"""Phrases: neighbouring content words a statement shares with a commitment, in either language."""

from __future__ import annotations

from datetime import date

import numpy as np

from agenda.model import Commitment, Kind, Pillar, Slots, Statement, StatementType
from agenda.track.features import FEATURES, phrase_scores
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions, explain, prepare_document
from agenda.track.text import keyword_pairs


def _promise(id_: str, text: str) -> Commitment:
    return Commitment(id=id_, text=text, parties=["MEX", "USA"], kind=Kind.PROGRAM, pillar=Pillar.HEALTH,
                      announced=date(2022, 1, 10))


def _report(text: str, lang: str = "en") -> Statement:
    return Statement(doc="r-1", start=0, end=len(text), text=text, type=StatementType.PROGRESS, lang=lang,
                     doc_date=date(2023, 3, 1), slots=Slots(actors=["MEX", "USA"], kind=Kind.PROGRAM,
                                                            pillar=Pillar.HEALTH))


def test_a_phrase_is_the_same_pair_in_either_order_and_either_language() -> None:
    english = keyword_pairs("Improve access to medical devices in hospitals", "en")
    spanish = keyword_pairs("mejorar el acceso a dispositivos médicos en hospitales", "es")
    assert "devic+medical" in english
    assert "devic+medical" in spanish  # "dispositivos médicos": the glossary's words, the other order
    assert "hospital+improve" not in english  # words apart are no phrase


def test_a_commitment_sharing_the_phrase_scores_above_one_sharing_its_words_apart() -> None:
    index = CommitmentIndex([
        _promise("devices", "Improve access to medical devices for public-health emergencies"),
        _promise("labs", "Train lab staff in medical records and lend devices to clinics"),
        _promise("customs", "Modernise customs inspection at the land ports of entry"),
    ])
    report = _report("Regulators of both countries worked on a project for medical devices in emergencies.")
    phrase = phrase_scores(index, report)
    assert phrase[index.position["devices"]] > 0.0
    assert phrase[index.position["labs"]] == 0.0 == phrase[index.position["customs"]]
    # The same report in Spanish finds the English commitment's phrase through the glossary.
    informe = _report("Los reguladores de ambos países trabajaron en un proyecto de dispositivos médicos.", "es")
    assert phrase_scores(index, informe)[index.position["devices"]] > 0.0
    prepared = prepare_document([report], index, "Readout", LinkOptions())
    assert prepared is not None
    assert prepared.features[0, index.position["devices"], FEATURES.index("phrase")] > 0.0


def test_a_reviewer_sees_the_shared_phrase_among_the_reasons() -> None:
    index = CommitmentIndex([
        _promise("devices", "Improve access to medical devices for public-health emergencies"),
        _promise("customs", "Modernise customs inspection at the land ports of entry"),
    ])
    report = _report("Regulators of both countries approved rules on medical devices for emergencies.")
    reasons = explain(report, index, index.position["devices"], np.zeros(len(FEATURES)))
    assert "phrases: devic medical" in reasons
