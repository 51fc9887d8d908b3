"""The status engine on plain data: stances, partial, overdue, progress, money stages, roll-up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from agenda.model import Commitment, Kind, MoneyStage, Pillar, Stance, Status, Target
from agenda.track.progress import EvidenceFact, measure
from agenda.track.rollup import roll_up
from agenda.track.status import Change, status_as_of

LAB = Commitment(id="lab", text="Open a river laboratory", parties=["MEX", "USA"], kind=Kind.PROGRAM,
                 pillar=Pillar.ENERGY_CLIMATE, announced=date(2022, 2, 1), due=date(2022, 12, 31))
TEACHERS = Commitment(id="teachers", text="Send 500 teachers on exchange visits", parties=["MEX", "USA"],
                      kind=Kind.DELIVERY, pillar=Pillar.OTHER, announced=date(2022, 2, 1), due=date(2023, 6, 30),
                      target=Target(500, "teachers"))
CLINICS = Commitment(id="clinics", text="Fund border clinics with 30 million dollars", parties=["USA"],
                     kind=Kind.FUNDING, pillar=Pillar.HEALTH, announced=date(2022, 2, 1), due=date(2024, 1, 31),
                     target=Target(30_000_000, "USD"))
LATER = date(2025, 1, 1)


def fact(when: date, stance: Stance, state: str = "proposed", quantity: float | None = None,
         amount: float | None = None, stage: MoneyStage | None = None, cumulative: bool = False,
         document: str = "d") -> EvidenceFact:
    return EvidenceFact(date=when, stance=stance, review_state=state, text="...", document=document,
                        quantity=quantity, unit="teachers" if quantity else None, amount=amount,
                        currency="USD" if amount else None, money_stage=stage, cumulative=cumulative)


def test_no_evidence_at_all_says_so_and_stays_announced() -> None:
    item = status_as_of(LAB, [], [], date(2022, 6, 1))
    assert (item.status, item.proposed_status, item.no_evidence, item.overdue) == (
        Status.ANNOUNCED, Status.ANNOUNCED, True, False)


def test_advance_moves_to_in_progress_and_a_restatement_changes_nothing() -> None:
    restated = status_as_of(LAB, [], [fact(date(2022, 3, 1), Stance.RESTATE)], LATER)
    assert restated.proposed_status == Status.ANNOUNCED and not restated.no_evidence
    advanced = status_as_of(LAB, [], [fact(date(2022, 3, 1), Stance.RESTATE), fact(date(2022, 4, 1), Stance.ADVANCE),
                                      fact(date(2022, 5, 1), Stance.RESTATE)], LATER)
    assert advanced.proposed_status == Status.IN_PROGRESS
    assert [(c.date, c.status) for c in advanced.history] == [
        (date(2022, 2, 1), Status.ANNOUNCED), (date(2022, 4, 1), Status.IN_PROGRESS)]


def test_a_setback_stalls_until_work_resumes_and_delivery_is_not_undone() -> None:
    evidence = [fact(date(2022, 3, 1), Stance.ADVANCE), fact(date(2022, 4, 1), Stance.SETBACK)]
    assert status_as_of(LAB, [], evidence, LATER).proposed_status == Status.STALLED
    evidence.append(fact(date(2022, 5, 1), Stance.ADVANCE))
    assert status_as_of(LAB, [], evidence, LATER).proposed_status == Status.IN_PROGRESS
    evidence += [fact(date(2022, 6, 1), Stance.FULFIL), fact(date(2022, 7, 1), Stance.ADVANCE),
                 fact(date(2022, 8, 1), Stance.SETBACK)]
    assert status_as_of(LAB, [], evidence, LATER).proposed_status == Status.DELIVERED
    assert status_as_of(LAB, [], evidence, date(2022, 5, 15)).proposed_status == Status.IN_PROGRESS


def test_evidence_dated_before_the_announcement_is_ignored() -> None:
    item = status_as_of(LAB, [], [fact(date(2021, 12, 1), Stance.FULFIL)], LATER)
    assert item.proposed_status == Status.ANNOUNCED
    assert item.overdue  # the early report does not count as fulfilling evidence


def test_rejected_evidence_does_not_count() -> None:
    item = status_as_of(LAB, [], [fact(date(2022, 3, 1), Stance.FULFIL, state="rejected")], LATER)
    assert item.proposed_status == Status.ANNOUNCED and item.no_evidence


def test_overdue_only_past_the_due_date_without_fulfilling_evidence() -> None:
    advanced = [fact(date(2022, 3, 1), Stance.ADVANCE)]
    assert not status_as_of(LAB, [], advanced, date(2022, 12, 31)).overdue
    assert status_as_of(LAB, [], advanced, date(2023, 1, 1)).overdue
    done = [*advanced, fact(date(2022, 11, 1), Stance.FULFIL)]
    assert not status_as_of(LAB, [], done, date(2023, 1, 1)).overdue


def test_partial_when_the_target_is_not_met_by_the_due_date() -> None:
    short = [fact(date(2023, 1, 10), Stance.FULFIL, quantity=300)]
    before_due = status_as_of(TEACHERS, [], short, date(2023, 3, 1))
    assert (before_due.proposed_status, before_due.progress) == (Status.IN_PROGRESS, 0.6)
    after_due = status_as_of(TEACHERS, [], short, date(2023, 7, 1))
    assert (after_due.proposed_status, after_due.overdue) == (Status.PARTIAL, False)
    late_report = status_as_of(TEACHERS, [], [fact(date(2023, 8, 1), Stance.FULFIL, quantity=300)], LATER)
    assert late_report.proposed_status == Status.PARTIAL
    full = status_as_of(TEACHERS, [], [*short, fact(date(2023, 2, 1), Stance.ADVANCE, quantity=200)], LATER)
    assert (full.proposed_status, full.progress) == (Status.DELIVERED, 1.0)


def test_the_same_figure_twice_counts_once_and_running_totals_are_not_added() -> None:
    twice = [fact(date(2022, 5, 1), Stance.ADVANCE, quantity=120, document="a"),
             fact(date(2022, 6, 1), Stance.ADVANCE, quantity=120, document="b")]
    assert measure(TEACHERS, twice).value == 120
    with_total = [fact(date(2022, 5, 1), Stance.ADVANCE, quantity=100),
                  fact(date(2022, 6, 1), Stance.ADVANCE, quantity=50),
                  fact(date(2022, 9, 1), Stance.ADVANCE, quantity=260, cumulative=True)]
    assert measure(TEACHERS, with_total).value == 260
    restated = [fact(date(2022, 5, 1), Stance.RESTATE, quantity=500)]
    assert measure(TEACHERS, restated).value == 0


def test_money_is_reported_by_stage_and_only_awarded_or_disbursed_money_is_progress() -> None:
    evidence = [fact(date(2022, 2, 1), Stance.RESTATE, amount=30e6, stage=MoneyStage.PLEDGED),
                fact(date(2022, 6, 1), Stance.ADVANCE, amount=12e6, stage=MoneyStage.AWARDED),
                fact(date(2022, 9, 1), Stance.ADVANCE, amount=8e6, stage=MoneyStage.DISBURSED)]
    item = status_as_of(CLINICS, [], evidence, LATER)
    assert item.measured is not None
    assert item.measured.money == {"pledged": 30e6, "awarded": 12e6, "disbursed": 8e6}
    assert item.progress == 0.4 and item.proposed_status == Status.IN_PROGRESS
    paid = [*evidence, fact(date(2023, 3, 1), Stance.ADVANCE, amount=30e6, stage=MoneyStage.DISBURSED,
                            cumulative=True)]
    assert status_as_of(CLINICS, [], paid, LATER).proposed_status == Status.DELIVERED


def test_a_pledge_offered_in_parts_is_one_pledge() -> None:
    evidence = [fact(date(2022, 2, 1), Stance.RESTATE, amount=30e6, stage=MoneyStage.PLEDGED),
                fact(date(2022, 4, 1), Stance.ADVANCE, amount=5e6, stage=MoneyStage.PLEDGED, document="call"),
                fact(date(2022, 9, 1), Stance.RESTATE, amount=30e6, stage=MoneyStage.PLEDGED, document="again")]
    measured = status_as_of(CLINICS, [], evidence, LATER).measured
    assert measured is not None and measured.money["pledged"] == 30e6 and measured.value == 0


def test_reviewed_status_comes_from_reviewed_changes_and_a_person_decides_first() -> None:
    changes = [Change(date(2022, 2, 1), Status.ANNOUNCED, reviewed=True, order=1, manual=True),
               Change(date(2022, 4, 1), Status.WITHDRAWN, reviewed=True, order=2, manual=True)]
    evidence = [fact(date(2022, 5, 1), Stance.ADVANCE)]
    item = status_as_of(LAB, changes, evidence, LATER)
    assert (item.status, item.proposed_status) == (Status.WITHDRAWN, Status.WITHDRAWN)
    stalled = [changes[0], Change(date(2022, 4, 1), Status.STALLED, reviewed=True, order=2, manual=True)]
    item = status_as_of(LAB, stalled, evidence, LATER)
    assert (item.status, item.proposed_status) == (Status.STALLED, Status.IN_PROGRESS)
    assert status_as_of(LAB, stalled, evidence, date(2022, 3, 1)).status == Status.ANNOUNCED


def test_a_parent_rolls_up_its_children() -> None:
    parent = Commitment(id="framework", text="Carry out a framework", parties=["MEX", "USA"], kind=Kind.PROGRAM,
                        pillar=Pillar.SECURITY, announced=date(2022, 1, 1))
    child = Commitment(id="unit", text="Create a unit", parties=["MEX", "USA"], kind=Kind.OPERATION,
                       pillar=Pillar.SECURITY, announced=date(2022, 1, 1), parent="framework")
    idle = Commitment(id="idle", text="Hold a meeting", parties=["MEX", "USA"], kind=Kind.DIALOGUE,
                      pillar=Pillar.SECURITY, announced=date(2022, 1, 1), parent="framework")
    items = roll_up([status_as_of(parent, [], [], LATER),
                     status_as_of(child, [], [fact(date(2022, 3, 1), Stance.ADVANCE)], LATER),
                     status_as_of(idle, [], [], LATER)])
    assert items[0].proposed_status == Status.ANNOUNCED  # its own status needs its own evidence
    assert items[0].rollup == {"children": 2, "by_status": {"announced": 1, "in_progress": 1}, "moved": 1,
                               "status": "in_progress"}
    quiet = roll_up([status_as_of(parent, [], [], LATER), status_as_of(idle, [], [], LATER)])
    assert quiet[0].rollup["status"] == "announced"
    done = [fact(date(2022, 3, 1), Stance.FULFIL)]
    both = roll_up([status_as_of(parent, [], [], LATER), status_as_of(child, [], done, LATER),
                    status_as_of(idle, [], done, LATER)])
    assert both[0].rollup["status"] == "delivered" and both[0].rollup["moved"] == 2


def test_a_restatement_in_the_announcing_document_is_not_follow_up_evidence() -> None:
    announced_in = replace(LAB, source="doc-a")
    own = fact(date(2022, 2, 1), Stance.RESTATE, document="doc-a")
    item = status_as_of(announced_in, [], [own], LATER)
    assert item.evidence == [own] and not item.no_evidence and item.no_follow_up and item.follow_up == []
    later = fact(date(2022, 5, 1), Stance.RESTATE, document="doc-b")
    item = status_as_of(announced_in, [], [own, later], LATER)
    assert not item.no_follow_up and item.follow_up == [later]
    worked = fact(date(2022, 2, 1), Stance.ADVANCE, document="doc-a")
    assert not status_as_of(announced_in, [], [worked], LATER).no_follow_up


def test_machine_evidence_never_takes_a_status_back_to_announced_or_undoes_delivery() -> None:
    stances = [Stance.ADVANCE, Stance.SETBACK, Stance.RESTATE, Stance.FULFIL, Stance.ADVANCE, Stance.SETBACK]
    facts = [fact(date(2022, 3, n + 1), s) for n, s in enumerate(stances)]
    history = status_as_of(LAB, [], facts, LATER).history
    statuses = [change.status for change in history]
    assert statuses[0] == Status.ANNOUNCED and Status.ANNOUNCED not in statuses[1:]
    assert statuses[-1] == Status.DELIVERED and statuses.index(Status.DELIVERED) == len(statuses) - 1


def test_the_due_date_change_takes_its_place_in_date_order() -> None:
    short_then_more = [fact(date(2022, 6, 1), Stance.FULFIL, quantity=200), fact(date(2023, 8, 1), Stance.SETBACK),
                       fact(date(2023, 9, 1), Stance.ADVANCE)]
    item = status_as_of(TEACHERS, [], short_then_more, LATER)
    dates = [change.date for change in item.history]
    assert dates == sorted(dates)
    assert [c.status for c in item.history] == [Status.ANNOUNCED, Status.IN_PROGRESS, Status.PARTIAL,
                                                Status.STALLED, Status.IN_PROGRESS]
    assert status_as_of(TEACHERS, [], short_then_more[:1], LATER).proposed_status == Status.PARTIAL


def test_the_announcing_document_neither_delivers_nor_counts_towards_the_target() -> None:
    clinics = replace(CLINICS, source="doc-a")
    same_day = [fact(date(2022, 2, 1), Stance.ADVANCE, amount=30_000_000, stage=MoneyStage.AWARDED, document="doc-a"),
                fact(date(2022, 2, 1), Stance.RESTATE, amount=30_000_000, stage=MoneyStage.PLEDGED, document="doc-a")]
    item = status_as_of(clinics, [], same_day, date(2022, 3, 1))
    assert item.proposed_status == Status.IN_PROGRESS and item.progress == 0.0
    assert item.measured is not None and item.measured.money["pledged"] == 30_000_000
    later = fact(date(2022, 9, 1), Stance.ADVANCE, amount=30_000_000, stage=MoneyStage.AWARDED, document="doc-b")
    assert status_as_of(clinics, [], [*same_day, later], date(2022, 10, 1)).proposed_status == Status.DELIVERED
