"""`agenda eval track`: the pairing and scoring rules, a tiny gold set of our own, and the shared one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from agenda.cli.evaluate_track import render
from agenda.evaluate.gold_links import load_gold
from agenda.evaluate.track import LinkPair, overlaps, score_links, score_status
from agenda.evaluate.track_run import run_track_evaluation
from agenda.model import Status

from .cli_runner import run_agenda
from .conftest import FIXTURES

HELD = "Customs officials of Mexico and the United States held the first session of the customs council."
WILL = "The two governments will also create a joint task force on avocado exports."
LAB = "Mexico and the United States will open the joint laboratory that monitors the river water."


@pytest.fixture
def mini_gold(tmp_path: Path) -> Path:
    """Two made-up documents labelled under the annotation guide, with the test agenda."""
    docs = [
        {"id": "m1", "date": "2022-05-01", "lang": "en", "title": "River lab pledge", "text": LAB},
        {"id": "m2", "date": "2022-09-01", "lang": "en", "title": "Customs council readout",
         "text": f"{HELD} {WILL}"},
    ]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    (tmp_path / "gold").mkdir()
    base = {"actors": ["MEX", "USA"], "amount": None, "quantity": None, "due": None, "due_text": None}
    (tmp_path / "gold" / "m1.json").write_text(json.dumps({"doc": "m1", "date": "2022-05-01", "lang": "en",
        "statements": [{**base, "text": LAB, "type": "commitment", "kind": "program", "pillar": "energy_climate",
                        "refs": ["river-lab"], "stance": "restate"}]}))
    (tmp_path / "gold" / "m2.json").write_text(json.dumps({"doc": "m2", "date": "2022-09-01", "lang": "en",
        "statements": [{**base, "text": HELD, "type": "progress", "kind": "dialogue", "pillar": "economy",
                        "refs": ["customs-council"], "stance": "fulfil"},
                       {**base, "text": WILL, "type": "commitment", "kind": "operation", "pillar": "economy"}]}))
    agenda = yaml.safe_load((FIXTURES / "agenda_track.yaml").read_text())
    for c in agenda["commitments"]:
        c["timeline"] = [{"date": str(c["announced"]), "status": "announced"}]
    next(c for c in agenda["commitments"] if c["id"] == "customs-council")["timeline"].append(
        {"date": "2022-09-01", "status": "delivered", "doc": "m2"})
    (tmp_path / "agenda.yaml").write_text(yaml.safe_dump(agenda, sort_keys=False))
    return tmp_path


def test_spans_match_when_half_of_the_shorter_one_is_shared() -> None:
    assert overlaps(0, 100, 40, 90)
    assert overlaps(0, 100, 50, 200)
    assert not overlaps(0, 100, 60, 200)
    assert not overlaps(0, 10, 10, 20)


def test_links_are_scored_by_category_and_language_with_stance_on_matches(mini_gold: Path) -> None:
    gold = load_gold(mini_gold)
    held_start = 0
    will_start = len(HELD) + 1
    predicted = [
        LinkPair("m1", 0, len(LAB), "river-lab", "restate", "commitment", "en"),  # right
        LinkPair("m2", held_start, len(HELD) - 5, "customs-council", "advance", "progress", "en"),  # right, stance off
        LinkPair("m2", held_start, len(HELD), "pollinator-plan", "advance", "progress", "en"),  # wrong commitment
        LinkPair("m2", will_start, will_start + len(WILL), "river-lab", "restate", "commitment", "en"),  # new pledge
    ]
    scores = score_links(gold, predicted).to_json()
    assert scores["links"]["all"] == {"precision": 0.5, "recall": 1.0, "f1": 0.667, "tp": 2, "fp": 2, "fn": 0}
    assert (scores["links"]["progress"]["tp"], scores["links"]["progress"]["fp"]) == (1, 1)
    assert scores["links"]["commitment_with_refs"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                                      "tp": 1, "fp": 0, "fn": 0}
    assert scores["stance"]["all"] == {"accuracy": 0.5, "matched": 2}
    assert scores["stance"]["confusion"] == {"fulfil": {"advance": 1}, "restate": {"restate": 1}}


def test_per_document_counts_add_up_to_the_totals(mini_gold: Path) -> None:
    gold = load_gold(mini_gold)
    predicted = [LinkPair("m1", 0, 20, "river-lab", "restate", "commitment", "en"),
                 LinkPair("m2", 0, 30, "pollinator-plan", "advance", "progress", "en")]
    scores = score_links(gold, predicted)
    for key in ("all", "lang:en"):
        total = scores.counts[key]
        summed = [sum(getattr(scores.by_document[doc][key], name) for doc in scores.by_document)
                  for name in ("tp", "fp", "fn")]
        assert summed == [total.tp, total.fp, total.fn]
    assert scores.by_document["m2"]["all"].fp == 1 and scores.by_document["m2"]["all"].fn == 1


def test_final_status_is_compared_with_the_last_timeline_entry(mini_gold: Path) -> None:
    gold = load_gold(mini_gold)
    figures = score_status(gold, {"customs-council": Status.DELIVERED, "river-lab": Status.IN_PROGRESS})
    assert figures["commitments"] == 6
    assert figures["accuracy"] == round(5 / 6, 3)
    assert figures["baseline_all_announced"] == round(5 / 6, 3)
    assert figures["confusion"] == {"announced": {"announced": 4, "in_progress": 1}, "delivered": {"delivered": 1}}
    assert figures["wrong"] == [{"id": "river-lab", "expected": "announced", "proposed": "in_progress"}]
    low, high = figures["interval"]  # six commitments, one wrong: the share could be far lower
    assert low < figures["accuracy"] <= high == 1.0
    missing = score_status(gold, {"river-lab": Status.IN_PROGRESS})  # a commitment the run never moved
    assert {w["id"]: w["proposed"] for w in missing["wrong"]} == {"customs-council": "announced",
                                                                  "river-lab": "in_progress"}


def test_the_oracle_run_links_the_gold_statements_through_the_real_flow(mini_gold: Path) -> None:
    report = run_track_evaluation(mini_gold, oracle=True)
    assert report["mode"] == "oracle" and report["documents"] == 2 and report["statements"] == 3
    assert report["links"]["all"]["tp"] >= 1
    assert report["status"]["commitments"] == 6
    # The terminal report names each commitment whose final status is wrong.
    report["status"] = score_status(load_gold(mini_gold), {"river-lab": Status.IN_PROGRESS})
    text = render(report)
    assert "customs-council: delivered → announced" in text and "river-lab: announced → in_progress" in text
    assert "pollinator-plan:" not in text


@pytest.mark.slow
def test_eval_track_json_on_the_shared_gold_set(shared_eval: Path, tmp_path: Path) -> None:
    result = run_agenda("eval", "track", "--gold", str(shared_eval), "--json", cwd=tmp_path, timeout=900)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["mode"] == "end-to-end"
    for name in ("all", "progress", "commitment_with_refs", "lang:en", "lang:es"):
        figures = report["links"][name]
        assert set(figures) == {"precision", "recall", "f1", "tp", "fp", "fn"}
        assert all(0.0 <= figures[k] <= 1.0 for k in ("precision", "recall", "f1"))
    status = report["status"]
    assert status["commitments"] == sum(sum(row.values()) for row in status["confusion"].values())
    assert 0.0 <= status["accuracy"] <= 1.0 and set(status["by_evidence_lang"]) == {"en", "es"}
    assert len(status["wrong"]) == status["commitments"] - round(status["accuracy"] * status["commitments"])
    assert all(w["expected"] != w["proposed"] for w in status["wrong"])
    assert "accuracy" in report["stance"]["all"]
    intervals = report["intervals"]
    for name in ("all", "lang:en", "lang:es"):
        low, high = intervals["f1"][name]
        assert low <= report["links"][name]["f1"] <= high
    # Six Spanish documents against sixty-odd English ones: Spanish is the less certain figure.
    spanish, english = intervals["f1"]["lang:es"], intervals["f1"]["lang:en"]
    assert spanish[1] - spanish[0] > english[1] - english[0]
    assert set(intervals["difference"]) == {"lang:es - lang:en"}
    assert not list(tmp_path.glob("*.db"))  # the run used a temporary database


def test_eval_track_explains_a_missing_gold_set(tmp_path: Path) -> None:
    result = run_agenda("eval", "track", "--gold", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert result.returncode == 1
    assert "no gold set at" in result.stderr and "Traceback" not in result.stderr


def test_cross_validation_folds_split_every_document_once(shared_eval: Path) -> None:
    from agenda.evaluate.track_folds import document_folds

    gold = load_gold(shared_eval)
    groups = document_folds(gold, 3, seed=1)
    flat = [doc for group in groups for doc in group]
    assert sorted(flat) == sorted(d.id for d in gold.documents) and len(set(flat)) == len(flat)
    assert max(map(len, groups)) - min(map(len, groups)) <= 1
    assert document_folds(gold, 3, seed=1) == groups != document_folds(gold, 3, seed=2)
    with pytest.raises(ValueError, match="at least 2"):
        document_folds(gold, 1)
    with pytest.raises(ValueError, match="folds for"):
        document_folds(gold, len(gold.documents) + 1)


def test_stratified_folds_hold_out_each_language_evenly(shared_eval: Path) -> None:
    from agenda.evaluate.track_folds import document_folds

    gold = load_gold(shared_eval)
    spanish = {d.id for d in gold.documents if d.lang == "es"}
    for seed in range(6):
        groups = document_folds(gold, 3, seed=seed, stratify=True)
        flat = [doc for group in groups for doc in group]
        assert sorted(flat) == sorted(d.id for d in gold.documents) and len(set(flat)) == len(flat)
        assert max(map(len, groups)) - min(map(len, groups)) <= 1
        held_spanish = [len(spanish & set(group)) for group in groups]
        assert max(held_spanish) - min(held_spanish) <= 1, (seed, held_spanish)
    assert document_folds(gold, 3, seed=4, stratify=True) != document_folds(gold, 3, seed=5, stratify=True)


def test_cross_validation_says_when_a_fold_has_nothing_to_learn_from(mini_gold: Path, tmp_path: Path) -> None:
    # Each document holds the only linked statement of its type: whichever group is held out, the
    # model for it has no linked statement of one type to fit on.
    result = run_agenda("eval", "track", "--gold", str(mini_gold), "--cross-validate", "2", cwd=tmp_path)
    assert result.returncode == 1
    assert re.search(r"no linked (progress|commitment) statement", result.stderr)
    assert "Traceback" not in result.stderr


def test_stratify_without_cross_validation_is_refused(mini_gold: Path, tmp_path: Path) -> None:
    result = run_agenda("eval", "track", "--gold", str(mini_gold), "--stratify", cwd=tmp_path)
    assert result.returncode == 1
    assert "--stratify goes with --cross-validate" in result.stderr and "Traceback" not in result.stderr


def test_the_report_says_when_its_folds_were_stratified() -> None:
    from agenda.evaluate.track_run import _mode

    assert _mode(False, 3, 4, False, False, stratify=True) == (
        "end-to-end, cross-validated (3 folds, stratified by language, seed 4)")
    assert _mode(False, 3, 4, False, False) == "end-to-end, cross-validated (3 folds, seed 4)"


@pytest.mark.slow
def test_eval_track_cross_validated_links_each_document_with_a_model_that_never_saw_it(
        shared_eval: Path, tmp_path: Path) -> None:
    from agenda.evaluate.track_folds import document_folds, models_without
    from agenda.track.link import default_model

    gold = load_gold(shared_eval)
    groups = document_folds(gold, 3)
    models = models_without(gold, groups)
    assert set(models) == {d.id for d in gold.documents}
    assert len({id(m) for m in models.values()}) == 3  # one model per group, shared by its documents
    assert all(models[g[0]] is models[doc] for g in groups for doc in g)
    assert all(m != default_model() for m in models.values())
    result = run_agenda("eval", "track", "--gold", str(shared_eval), "--cross-validate", "3", "--json",
                        cwd=tmp_path, timeout=900)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["mode"] == "end-to-end, cross-validated (3 folds, seed 0)"
    assert 0.0 < report["links"]["all"]["f1"] < 1.0 and 0.0 < report["status"]["accuracy"] <= 1.0


def test_family_relation_says_whether_a_link_went_broader_narrower_or_elsewhere() -> None:
    from agenda.evaluate.track_errors import family_relation

    parents = {"dialogue": None, "dialogue-yearly": "dialogue", "dialogue-2023": "dialogue-yearly",
               "working-group": "dialogue", "fund": None}
    assert family_relation("dialogue", "dialogue-2023", parents) == "ancestor"
    assert family_relation("dialogue-2023", "dialogue", parents) == "descendant"
    assert family_relation("working-group", "dialogue-2023", parents) == "same_family"
    assert family_relation("fund", "dialogue-yearly", parents) == "unrelated"


def test_wrong_and_missed_links_are_put_in_categories(mini_gold: Path) -> None:
    from agenda.evaluate.track_errors import link_errors

    gold = load_gold(mini_gold)
    will_start = len(HELD) + 1
    predicted = [
        # The council's yearly meetings, narrower than the first meeting the sentence reports.
        LinkPair("m2", 0, len(HELD), "customs-council-yearly", "advance", "progress", "en"),
        LinkPair("m2", will_start, will_start + len(WILL), "pollinator-plan", "restate", "commitment", "en"),
    ]
    scores = score_links(gold, predicted)
    assert [p.commitment for p in scores.false_positives] == ["customs-council-yearly", "pollinator-plan"]
    assert sorted(g.commitment for g in scores.missed) == ["customs-council", "river-lab"]
    # The lab's pledge in m1 was never extracted; the council's report was, and went to its child.
    extracted = {"m2": [(0, len(HELD)), (will_start, will_start + len(WILL))]}
    errors = link_errors(gold, scores.false_positives, scores.missed, predicted, extracted)
    assert errors == {"false_positives": {"descendant": 1, "new_pledge": 1},
                      "missed": {"descendant": 1, "not_extracted": 1}}
    # Without the extracted spans (gold statements linked), nothing is put down to extraction.
    errors = link_errors(gold, scores.false_positives, scores.missed, predicted)
    assert errors["missed"] == {"descendant": 1, "not_linked": 1}


def test_gold_links_judge_the_stance_and_status_rules_alone(mini_gold: Path) -> None:
    report = run_track_evaluation(mini_gold, gold_links=True)
    assert report["mode"] == "gold links, stances by our rules"
    assert report["links"]["all"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0}
    assert report["errors"] == {"false_positives": {}, "missed": {}}
    # "held the first session" fulfils the one-off council meeting, as the gold stance says.
    assert report["stance"]["confusion"] == {"fulfil": {"fulfil": 1}, "restate": {"restate": 1}}
    assert report["status"]["accuracy"] == 1.0
    assert run_track_evaluation(mini_gold, gold_links=True, gold_stances=True)["mode"] == "gold links and stances"


def test_gold_stances_without_gold_links_is_refused(mini_gold: Path, tmp_path: Path) -> None:
    result = run_agenda("eval", "track", "--gold", str(mini_gold), "--gold-stances", cwd=tmp_path)
    assert result.returncode == 1
    assert "gold stances go with gold links" in result.stderr and "Traceback" not in result.stderr
