"""Quantitative progress towards a commitment's target, and money by stage (pledged/awarded/disbursed)."""

# Rules (also in the README):
#
# - Only evidence that is not rejected and not a restatement counts, and none from the document
#   that announced the commitment (a figure there is the promise's own, not progress towards it;
#   money pledged there is still reported as pledged).
# - A money target counts sums in its own currency (no exchange rates); a count target counts
#   quantities whose unit shares a word with the target's unit (or has none).
# - The same figure reported in several pieces of evidence is counted once: two reports of
#   "4,049,000 doses" are one fact, not 8 million doses.
# - A figure marked as a running total ("to date", "so far", "a la fecha") is not added to the
#   others: the total is the larger of the biggest running total and the sum of the increments.
# - Money is reported per stage. Progress towards a funding target is the larger of the awarded
#   and the disbursed totals (money is usually awarded, then disbursed: adding both would count
#   it twice); pledged money is reported but never counts as progress.


from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from agenda.model import Commitment, MoneyStage, Stance, Target
from agenda.track.text import keywords


@dataclass
class EvidenceFact:
    """One piece of evidence as the status engine sees it (plain data, no database)."""

    date: date
    stance: Stance
    review_state: str
    text: str
    document: str
    amount: float | None = None
    currency: str | None = None
    quantity: float | None = None
    unit: str | None = None
    money_stage: MoneyStage | None = None
    cumulative: bool = False
    evidence_id: int | None = None
    score: float | None = None

    @property
    def counts(self) -> bool:
        return self.review_state != "rejected"


@dataclass
class Progress:
    """Where a commitment with a numeric target stands."""

    target: Target
    value: float
    fraction: float
    money: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        record: dict[str, object] = {"target": self.target.to_json(), "value": _plain(self.value),
                                     "fraction": round(self.fraction, 4)}
        if self.target.is_money:
            record["money"] = {stage: _plain(v) for stage, v in self.money.items()}
        return record


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def total(figures: list[tuple[float, bool]]) -> float:
    """Sum of distinct incremental figures, or the largest running total if that is larger."""
    increments = {value for value, cumulative in figures if not cumulative}
    running = [value for value, cumulative in figures if cumulative]
    return max(sum(increments), max(running, default=0.0))


def _unit_matches(target_unit: str, unit: str | None) -> bool:
    if not unit:
        return True
    wanted, found = set(keywords(target_unit)), set(keywords(unit))
    return not wanted or not found or bool(wanted & found)


def measure(commitment: Commitment, evidence: list[EvidenceFact]) -> Progress | None:
    """Progress towards the commitment's target from the evidence, or None without a target."""
    target = commitment.target
    if target is None or target.value <= 0:
        return None
    later = [e for e in evidence if commitment.source is None or e.document != commitment.source]
    counted = [e for e in later if e.counts and e.stance != Stance.RESTATE]
    money: dict[str, float] = {}
    if target.is_money:
        for stage in MoneyStage:
            # Pledges are reported wherever they are made; money moved only from later reports.
            source = evidence if stage == MoneyStage.PLEDGED else later
            figures = [(e.amount, e.cumulative) for e in source
                       if e.counts and e.amount and (e.currency or target.unit) == target.unit
                       and (e.money_stage or MoneyStage.PLEDGED) == stage]
            # A pledge re-announced, or offered in parts (a call for applications under it), is one
            # pledge: its size is the largest sum pledged, not the sum of the mentions.
            money[str(stage)] = (max((v for v, _ in figures), default=0.0) if stage == MoneyStage.PLEDGED
                                 else total(figures))  # type: ignore[arg-type]
        value = max(money[str(MoneyStage.AWARDED)], money[str(MoneyStage.DISBURSED)])
    else:
        figures = [(e.quantity, e.cumulative) for e in counted
                   if e.quantity and _unit_matches(target.unit, e.unit)]
        value = total(figures)  # type: ignore[arg-type]
    return Progress(target=target, value=value, fraction=min(value / target.value, 1.0), money=money)
