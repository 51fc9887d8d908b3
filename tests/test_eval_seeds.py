"""`agenda eval track --cross-validate K --seeds LIST`: several fold seeds and their mean."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agenda.evaluate.track_seeds import over_seeds, parse_seeds, render_seeds

from .cli_runner import run_agenda


def test_seed_lists_take_ranges_and_commas() -> None:
    assert parse_seeds("0-5") == [0, 1, 2, 3, 4, 5]
    assert parse_seeds("0,2,4") == [0, 2, 4]
    assert parse_seeds("0-2, 7") == [0, 1, 2, 7]
    assert parse_seeds("1-3,2") == [1, 2, 3]  # a seed named twice runs once


@pytest.mark.parametrize(("text", "says"), [("5-1", "runs backwards"), ("a", "'a' is not a number"),
                                            ("0-1000", "more than 100 seeds"), ("1,", "'' is not a number")])
def test_a_bad_seed_list_says_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_seeds(text)


def _report(seed: int, link_f1: float, spanish: float | None, status: float, new_pledges: int) -> dict[str, Any]:
    links = {"all": {"f1": link_f1}, "lang:en": {"f1": link_f1}}
    if spanish is not None:
        links["lang:es"] = {"f1": spanish}
    return {"mode": f"end-to-end, cross-validated (3 folds, stratified by language, seed {seed})",
            "links": links, "status": {"accuracy": status},
            "errors": {"false_positives": {"new_pledge": new_pledges} if new_pledges else {}}}


def test_each_seed_is_reported_and_every_figure_averaged() -> None:
    figures = {0: (0.6, 0.5, 0.8, 40), 3: (0.7, None, 0.7, 0)}
    said: list[str] = []
    summary = over_seeds([0, 3], lambda seed: _report(seed, *figures[seed]), progress=said.append)
    assert summary["mode"] == "end-to-end, cross-validated (3 folds, stratified by language, seeds 0, 3)"
    assert [row["seed"] for row in summary["seeds"]] == [0, 3]
    assert summary["seeds"][1]["new_pledges_linked"] == 0 and "lang:es" not in summary["seeds"][1]
    # A language a seed has no figure for is averaged over the seeds that have one.
    assert summary["mean"] == {"link_f1": 0.65, "lang:en": 0.65, "lang:es": 0.5, "final_status": 0.75,
                               "new_pledges_linked": 20}
    assert said == ["seed 0 (1 of 2): link F1 0.600, final status 0.800",
                    "seed 3 (2 of 2): link F1 0.700, final status 0.700"]
    lines = render_seeds(summary).splitlines()
    assert lines[1].split() == ["seed", "link_f1", "lang:en", "lang:es", "final_status", "new_pledges_linked"]
    assert lines[3].split() == ["3", "0.700", "0.700", "—", "0.700", "0"]
    assert lines[-1].split()[:2] == ["mean", "0.650"]


def test_seeds_need_cross_validation(tmp_path: Path) -> None:
    (tmp_path / "docs.jsonl").write_text("")
    result = run_agenda("eval", "track", "--gold", str(tmp_path), "--seeds", "0-2", cwd=tmp_path)
    assert result.returncode == 1 and "--seeds goes with --cross-validate K" in result.stderr
    result = run_agenda("eval", "track", "--gold", str(tmp_path), "--cross-validate", "3", "--seeds", "2-0",
                        cwd=tmp_path)
    assert result.returncode == 1 and "runs backwards" in result.stderr and "Traceback" not in result.stderr
    result = run_agenda("eval", "track", "--gold", str(tmp_path), "--cross-validate", "3", "--seeds", "0-1",
                        "--gold-links", cwd=tmp_path)
    assert result.returncode == 1 and "--gold-links leaves no link model" in result.stderr


@pytest.mark.slow
def test_two_seeds_on_the_shared_gold_set(shared_eval: Path, tmp_path: Path) -> None:
    result = run_agenda("eval", "track", "--gold", str(shared_eval), "--cross-validate", "3", "--seeds", "0-1",
                        "--json", cwd=tmp_path, timeout=900)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert [row["seed"] for row in summary["seeds"]] == [0, 1]
    assert [r["mode"].endswith(f"seed {s})") for s, r in enumerate(summary["reports"])] == [True, True]
    for name in ("link_f1", "lang:en", "lang:es", "final_status"):
        values = [row[name] for row in summary["seeds"]]
        assert summary["mean"][name] == round(sum(values) / 2, 3)
    # The two partitions differ, so the two seeds are two experiments, not one run twice.
    assert summary["reports"][0]["links"] != summary["reports"][1]["links"]
    assert "seed 1 (2 of 2)" in result.stderr
