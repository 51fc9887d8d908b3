"""Bootstrap intervals of link F1: documents resampled within each language."""

from __future__ import annotations

from agenda.evaluate.intervals import f1_intervals, share_interval
from agenda.evaluate.track import Counts


def _documents(lang: str, rows: list[tuple[int, int, int]], prefix: str) -> tuple[dict, dict]:
    by_document = {f"{prefix}{i}": {"all": Counts(*row), f"lang:{lang}": Counts(*row)} for i, row in enumerate(rows)}
    return by_document, {doc: lang for doc in by_document}


def test_documents_that_all_score_alike_leave_no_doubt() -> None:
    by_document, languages = _documents("en", [(3, 1, 1)] * 12, "d")
    intervals = f1_intervals(by_document, languages, rounds=300)
    assert intervals["f1"]["all"] == [0.75, 0.75]
    assert "difference" not in intervals  # a single language has nothing to be compared with


def test_the_interval_holds_the_figure_and_narrows_with_more_documents() -> None:
    mixed = [(4, 0, 0), (1, 2, 2), (3, 1, 0), (0, 2, 3)]
    few, few_languages = _documents("en", mixed, "d")
    many, many_languages = _documents("en", mixed * 10, "d")
    point = 2 * 8 / (2 * 8 + 5 + 5)
    narrow = f1_intervals(many, many_languages, rounds=1000)["f1"]["all"]
    wide = f1_intervals(few, few_languages, rounds=1000)["f1"]["all"]
    assert wide[0] <= point <= wide[1] and narrow[0] <= point <= narrow[1]
    assert narrow[1] - narrow[0] < (wide[1] - wide[0]) / 2


def test_languages_are_resampled_apart_and_their_difference_is_bounded() -> None:
    english, en_languages = _documents("en", [(5, 0, 0), (4, 1, 1)] * 15, "e")
    good_spanish, good_languages = _documents("es", [(5, 0, 0), (4, 1, 1)] * 3, "s")
    level = f1_intervals({**english, **good_spanish}, {**en_languages, **good_languages}, rounds=1000)
    difference = level["difference"]["lang:es - lang:en"]
    assert difference["value"] == 0.0 and difference["interval"][0] < 0 < difference["interval"][1]
    poor_spanish, poor_languages = _documents("es", [(1, 4, 4), (2, 3, 3)] * 10, "s")
    behind = f1_intervals({**english, **poor_spanish}, {**en_languages, **poor_languages}, rounds=1000)
    assert behind["difference"]["lang:es - lang:en"]["interval"][1] < 0
    # The reference is the language with the most documents, whichever way the names sort.
    assert set(behind["difference"]) == {"lang:es - lang:en"}


def test_the_same_seed_gives_the_same_interval() -> None:
    by_document, languages = _documents("en", [(4, 0, 0), (1, 2, 2), (3, 1, 0)] * 3, "d")
    assert f1_intervals(by_document, languages, seed=7) == f1_intervals(by_document, languages, seed=7)



def test_a_share_of_commitments_gets_an_interval_that_narrows_with_more_of_them() -> None:
    assert share_interval([True] * 20) == [1.0, 1.0]
    assert share_interval([]) is None
    few = share_interval([True, False] * 5)
    many = share_interval([True, False] * 50)
    assert few is not None and many is not None
    assert few[0] <= 0.5 <= few[1] and many[0] <= 0.5 <= many[1]
    assert many[1] - many[0] < few[1] - few[0]
