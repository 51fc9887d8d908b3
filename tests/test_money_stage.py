"""Where a report's money stands (pledged, awarded, disbursed) and whether its figure is a running total."""

from __future__ import annotations

import pytest

from agenda.model import Money, MoneyStage, Slots, Statement, StatementType
from agenda.track.stance import is_cumulative, money_stage


def _report(text: str, value: float, lang: str = "en") -> Statement:
    return Statement(doc="d", start=0, end=len(text), text=text, type=StatementType.PROGRESS, lang=lang,
                     slots=Slots(amount=Money(value, "USD")))


@pytest.mark.parametrize(("text", "value", "lang", "stage"), [
    # the stage word nearest before the sum decides, whatever stage words come after it
    ("A la fecha se han otorgado 53 millones de dólares a cuatro proyectos, de los cuales se han "
     "desembolsado 29 millones de dólares.", 53e6, "es", MoneyStage.AWARDED),
    ("The agency has disbursed $20 million of the grants it awarded last year.", 20e6, "en", MoneyStage.DISBURSED),
    # money offered to applicants is not awarded to anyone yet
    ("The bureau today invited applications for up to $10 million in cooperative-agreement funding.",
     10e6, "en", MoneyStage.PLEDGED),
    ("Open: a new $15 million competition on labor-justice training opened this month.", 15e6, "en",
     MoneyStage.PLEDGED),
    ("Se publicó la convocatoria por 5 millones de dólares para proyectos de capacitación.", 5e6, "es",
     MoneyStage.PLEDGED),
    # no stage word before the sum: any in the sentence, the furthest stage first; none at all: awarded
    ("$3 million was disbursed to the clinics this week.", 3e6, "en", MoneyStage.DISBURSED),
    ("The clinics received $12 million for equipment.", 12e6, "en", MoneyStage.AWARDED),
    ("The city got $12 million for equipment.", 12e6, "en", MoneyStage.AWARDED),
    # money moved outranks words of announcement or of a competition, wherever they stand
    ("Secretary Smith announced $50 million in grants awarded to 20 border cities.", 50e6, "en",
     MoneyStage.AWARDED),
    ("Winners of the competition received $12 million.", 12e6, "en", MoneyStage.AWARDED),
])
def test_the_stage_word_nearest_before_the_sum_decides(text: str, value: float, lang: str,
                                                       stage: MoneyStage) -> None:
    assert money_stage(_report(text, value, lang)) == stage


def test_a_commitment_sentence_pledges_its_money() -> None:
    promise = Statement(doc="d", start=0, end=10, text="The agency disbursed and will disburse $5 million.",
                        type=StatementType.COMMITMENT, lang="en", slots=Slots(amount=Money(5e6, "USD")))
    assert money_stage(promise) == MoneyStage.PLEDGED


@pytest.mark.parametrize(("text", "lang", "running"), [
    ("With today's awards, $38 million of that commitment has been awarded to projects.", "en", True),
    ("Awarded: $38 million, to three projects on labor inspection and child labor.", "en", True),
    ("So far $38 million has been awarded.", "en", True),
    ("Con las adjudicaciones de hoy, 38 millones de dólares de ese compromiso se han otorgado.", "es", True),
    ("The bureau awarded a $10 million cooperative agreement for the project.", "en", False),
    ("The ministry awarded $16 million to support union elections.", "en", False),
    ("As part of this commitment, USAID awarded $5 million to border clinics.", "en", False),
    ("With these funds, the agency disbursed $5 million to the clinics.", "en", False),
    ("Como parte de este compromiso, se otorgaron 5 millones de dólares a las clínicas.", "es", False),
])
def test_running_totals_are_told_from_new_sums(text: str, lang: str, running: bool) -> None:
    assert is_cumulative(_report(text, 1e6, lang)) is running
