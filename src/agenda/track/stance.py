"""What a linked statement says about its commitment: advance, fulfil, setback or restate."""

from __future__ import annotations

import re
from functools import cache

from agenda.analyze.lang import SUPPORTED, language_data
from agenda.model import Commitment, Kind, MoneyStage, Stance, Statement, StatementType

# Kinds whose promise is one act that is either done or not (a meeting held, doses handed over,
# an agreement signed, a case resolved); programmes and operations are only ever advanced.
ONE_OFF_KINDS = frozenset({Kind.DIALOGUE, Kind.DELIVERY, Kind.POLICY, Kind.CASE})
# A fulfil needs a confident link: a completion verb in a loosely related sentence is only progress.
FULFIL_MIN_SCORE = 0.2


@cache
def _cues(lang: str | None, name: str) -> re.Pattern[str]:
    data = language_data(lang, "stance")
    return re.compile("|".join(getattr(data, name)), re.IGNORECASE)


@cache
def _cues_all_languages(name: str) -> re.Pattern[str]:
    patterns = [p for lang in SUPPORTED for p in getattr(language_data(lang, "stance"), name)]
    return re.compile("|".join(patterns), re.IGNORECASE | re.MULTILINE)


def is_recurring(commitment: Commitment) -> bool:
    """A promise to do something regularly or on an ongoing basis (no single act fulfils it)."""
    return bool(_cues_all_languages("RECURRING_CUES").search(commitment.text))


def is_one_off(commitment: Commitment) -> bool:
    """A promise of a single act: a one-off kind, or a text that opens with a one-off verb."""
    if is_recurring(commitment):
        return False
    return commitment.kind in ONE_OFF_KINDS or bool(_cues_all_languages("ONE_OFF_CUES").search(commitment.text))


def is_setback(statement: Statement) -> bool:
    return bool(_cues(statement.lang, "SETBACK_CUES").search(statement.text))


def is_completion(statement: Statement) -> bool:
    return bool(_cues(statement.lang, "COMPLETION_CUES").search(statement.text))


def is_cumulative(statement: Statement) -> bool:
    """The figure in the statement is a running total ("to date", "a la fecha")."""
    return bool(_cues(statement.lang, "CUMULATIVE_CUES").search(statement.text))


def stance_of(statement: Statement, commitment: Commitment | None = None, score: float = 1.0) -> Stance:
    """The stance of a statement towards a commitment it is linked to, by these rules:

    a commitment sentence restates (it promises again, nothing is done yet); a progress report
    with a delay/suspension cue is a setback; one with a completion cue fulfils a one-off
    commitment (not a recurring one) when the link is confident; anything else advances.
    """
    if statement.type == StatementType.COMMITMENT:
        return Stance.RESTATE
    if is_setback(statement):
        return Stance.SETBACK
    if commitment is None:
        return Stance.FULFIL if is_completion(statement) else Stance.ADVANCE
    if is_one_off(commitment) and score >= FULFIL_MIN_SCORE and is_completion(statement):
        return Stance.FULFIL
    return Stance.ADVANCE


def money_stage(statement: Statement) -> MoneyStage | None:
    """Where the money named in a statement stands: pledged, awarded (obligated) or disbursed."""
    if statement.slots.amount is None:
        return None
    if statement.type == StatementType.COMMITMENT:
        return MoneyStage.PLEDGED
    data = language_data(statement.lang, "stance").MONEY_STAGE_CUES
    for stage in (MoneyStage.DISBURSED, MoneyStage.AWARDED, MoneyStage.PLEDGED):
        if re.search("|".join(data[str(stage)]), statement.text, re.IGNORECASE):
            return stage
    return MoneyStage.AWARDED
