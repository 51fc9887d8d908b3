"""The document's subject and the neighbourhood estimated a second time, from the link model's probabilities."""

from __future__ import annotations

import numpy as np
import pytest

from agenda.track.features import (
    FEATURES,
    PRIOR_PSEUDO_STATEMENTS,
    add_to_neighbourhood,
    document_subject,
    link_distributions,
    mix_subject,
)
from agenda.track.link import LinkOptions, _second_pass, default_model, prepare_document

from .test_first_pass_names import _index, _statements


def test_link_probabilities_that_sum_to_at_most_one_leave_the_rest_to_none() -> None:
    probability = np.array([[0.2, 0.1, 0.0], [0.9, 0.9, 0.3]])
    distributions = link_distributions(probability)
    assert distributions[0] == pytest.approx([0.2, 0.1, 0.0])
    # Two confident links and a weak one share one statement's vote, in proportion.
    assert distributions[1] == pytest.approx([0.9 / 2.1, 0.9 / 2.1, 0.3 / 2.1])


def test_the_subject_counts_abstaining_statements() -> None:
    prior, share = document_subject(np.array([[1.0, 0.0], [0.5, 0.5]]))
    assert prior == pytest.approx([1.5 / (2 + PRIOR_PSEUDO_STATEMENTS), 0.5 / (2 + PRIOR_PSEUDO_STATEMENTS)])
    assert share == pytest.approx([1.0, 1.0 / 3.0])


def test_mixing_moves_only_the_subject_features_by_the_weight() -> None:
    features = np.random.default_rng(0).random((2, 2, len(FEATURES)))
    before = features.copy()
    distributions = np.array([[1.0, 0.0], [0.5, 0.5]])
    mix_subject(features, distributions, 0.4)
    prior, share = document_subject(distributions)
    for name, value in (("prior", prior), ("prior_share", share)):
        column = FEATURES.index(name)
        assert features[:, :, column] == pytest.approx(0.6 * before[:, :, column] + 0.4 * value)
    others = [k for k, name in enumerate(FEATURES) if name not in ("prior", "prior_share")]
    assert np.array_equal(features[:, :, others], before[:, :, others])


def test_the_second_estimate_makes_the_commitment_the_model_links_most_the_subject() -> None:
    index = _index()
    statements = _statements()
    prepared = prepare_document(statements, index, "Readout: firearms seizures", LinkOptions())
    assert prepared is not None
    model = default_model()
    picked = [statements[k] for k in prepared.chosen]
    votes = sum(model.for_type(s.type).probability(prepared.features[row]) for row, s in enumerate(picked))
    _second_pass(prepared, picked, model, LinkOptions(subject_from_model=1.0, neighbourhood_from_model=0.0))
    share = prepared.features[0, :, FEATURES.index("prior_share")]
    assert np.argmax(share) == np.argmax(votes)
    assert share.max() == pytest.approx(1.0)


def test_weights_zero_keep_the_first_estimates() -> None:
    index = _index()
    statements = _statements()
    first = prepare_document(statements, index, "Readout: firearms seizures", LinkOptions())
    again = prepare_document(statements, index, "Readout: firearms seizures", LinkOptions())
    assert first is not None and again is not None
    _second_pass(again, [statements[k] for k in again.chosen], default_model(),
                 LinkOptions(subject_from_model=0.0, neighbourhood_from_model=0.0))
    assert np.array_equal(first.features, again.features)


def test_the_neighbours_probabilities_raise_the_neighbourhood_signal() -> None:
    features = np.zeros((3, 2, len(FEATURES)))
    features[:, :, FEATURES.index("local")] = 0.5
    probability = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
    add_to_neighbourhood(features, probability, np.ones((3, 2), dtype=bool), 0.6)
    local = features[:, :, FEATURES.index("local")]
    # The middle statement sits between a report on each commitment: both rise by a third of 0.6.
    assert local == pytest.approx(np.array([[0.8, 0.5], [0.7, 0.7], [0.5, 0.8]]))
    assert features[:, :, FEATURES.index("local_gap")] == pytest.approx(np.array([[0.0, 0.3], [0.0, 0.0], [0.3, 0.0]]))


def test_an_invalid_pair_does_not_set_the_neighbourhood_gap() -> None:
    features = np.zeros((1, 2, len(FEATURES)))
    add_to_neighbourhood(features, np.array([[0.0, 0.5]]), np.array([[True, False]]), 1.0)
    # The best valid commitment is the first; the invalid one's higher score does not count.
    assert features[0, :, FEATURES.index("local_gap")] == pytest.approx([0.0, -0.5])
