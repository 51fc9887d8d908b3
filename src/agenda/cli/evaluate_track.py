"""`agenda eval track`: link precision/recall/F1, stance accuracy and final-status accuracy."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from agenda.errors import UserError
from agenda.track.link import LinkOptions

DEFAULT_GOLD = "../shared/eval"


@click.command("track")
@click.option("--gold", "gold_dir", default=DEFAULT_GOLD, show_default=True,
              type=click.Path(path_type=Path), help="Gold set folder (docs.jsonl, gold/, agenda.yaml).")
@click.option("--oracle", is_flag=True, help="Link the gold statements (judges linking apart from extraction).")
@click.option("--threshold", type=float, help="Link threshold for both statement types (default from LinkOptions).")
@click.option("--cross-validate", "folds", type=click.IntRange(min=2), metavar="K",
              help="Link each document with a model fitted without it (K groups of documents).")
@click.option("--seed", type=int, default=0, show_default=True, help="How --cross-validate groups the documents.")
@click.option("--seeds", "seed_list", metavar="LIST",
              help="With --cross-validate: several seeds (0-5, or 0,2,4); prints each seed's figures and their mean.")
@click.option("--stratify", is_flag=True,
              help="With --cross-validate: spread each language evenly over the groups.")
@click.option("--gold-links", is_flag=True,
              help="Link each gold statement to its gold refs (judges the stance and status rules alone).")
@click.option("--gold-stances", is_flag=True, help="With --gold-links: take the gold stances too.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def track_command(gold_dir: Path, oracle: bool, threshold: float | None, folds: int | None, seed: int,
                  seed_list: str | None, stratify: bool, gold_links: bool, gold_stances: bool,
                  as_json: bool) -> None:
    """Ingest the gold documents in date order into a fresh temporary database and score the links
    and the proposed statuses against the gold refs and timelines."""
    from agenda.evaluate.track_run import run_track_evaluation

    if not (gold_dir / "docs.jsonl").exists():
        raise UserError(f"no gold set at {gold_dir} (expected {gold_dir / 'docs.jsonl'})")
    if stratify and not folds:
        raise UserError("--stratify goes with --cross-validate K")
    options = LinkOptions.from_env()
    if threshold is not None:
        options = replace(options, progress_threshold=threshold, commitment_threshold=threshold)
    if seed_list is not None:
        if not folds:
            raise UserError("--seeds goes with --cross-validate K")
        if gold_links:
            raise UserError("--gold-links leaves no link model to cross-validate")
        _several_seeds(gold_dir, seed_list, oracle, options, folds, stratify, as_json)
        return
    try:
        report = run_track_evaluation(gold_dir, oracle=oracle, options=options, folds=folds, seed=seed,
                                      stratify=stratify, gold_links=gold_links, gold_stances=gold_stances)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(render(report))


def _several_seeds(gold_dir: Path, seed_list: str, oracle: bool, options: LinkOptions, folds: int,
                   stratify: bool, as_json: bool) -> None:
    from agenda.evaluate.track_run import run_track_evaluation
    from agenda.evaluate.track_seeds import over_seeds, parse_seeds, render_seeds

    try:
        seeds = parse_seeds(seed_list)
        summary = over_seeds(seeds, lambda seed: run_track_evaluation(
            gold_dir, oracle=oracle, options=options, folds=folds, seed=seed, stratify=stratify),
            progress=lambda line: click.echo(line, err=True))
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    click.echo(json.dumps(summary, ensure_ascii=False, indent=2) if as_json else render_seeds(summary))


def _prf(figures: dict[str, Any]) -> str:
    return (f"P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}  "
            f"(tp {figures['tp']}, fp {figures['fp']}, fn {figures['fn']})")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name.replace('_', ' ')} {n}" for name, n in counts.items()) or "none"


def _intervals(intervals: dict[str, Any]) -> list[str]:
    lines = [f"  link F1, {intervals['level']:.0%} interval (documents resampled within each language, "
             f"{intervals['rounds']} rounds):"]
    lines += [f"    {name:<20} {low:.3f} to {high:.3f}" for name, (low, high) in intervals["f1"].items()]
    for name, figures in intervals.get("difference", {}).items():
        low, high = figures["interval"]
        lines.append(f"    {name:<20} {figures['value']:+.3f} ({low:+.3f} to {high:+.3f})")
    return lines


def render(report: dict[str, Any]) -> str:
    """The report as a few aligned lines for the terminal."""
    links, stance, status = report["links"], report["stance"], report["status"]
    lines = [f"agenda eval track — {report['mode']}, {report['documents']} documents, "
             f"{report['statements']} statements, {report['evidence']} links, as of {report['as_of']}",
             "links:"]
    for name in ("all", "progress", "commitment_with_refs"):
        if name in links:
            lines.append(f"  {name:<22} {_prf(links[name])}")
    for name in sorted(k for k in links if k.startswith("lang:")):
        lines.append(f"  {name:<22} {_prf(links[name])}")
    if "intervals" in report:
        lines += _intervals(report["intervals"])
    lines.append("stance accuracy on matched links:")
    for name, figures in stance.items():
        if name != "confusion" and figures["accuracy"] is not None:
            lines.append(f"  {name:<22} {figures['accuracy']:.3f} ({figures['matched']} links)")
    lines.append(f"final status: accuracy {status['accuracy']:.3f} over {status['commitments']} commitments "
                 f"(all 'announced' would score {status['baseline_all_announced']:.3f})")
    if status.get("interval"):
        low, high = status["interval"]
        lines.append(f"  95% interval (commitments resampled): {low:.3f} to {high:.3f}")
    for lang, figures in status["by_evidence_lang"].items():
        lines.append(f"  commitments with {lang} evidence: {figures['accuracy']:.3f} ({figures['commitments']})")
    lines.append("  confusion (gold → proposed):")
    for gold_status, row in status["confusion"].items():
        lines.append(f"    {gold_status:<12} " + ", ".join(f"{k} {v}" for k, v in row.items()))
    if status.get("wrong"):
        lines.append("  wrong (gold → proposed):")
        lines += [f"    {w['id']}: {w['expected']} → {w['proposed']}" for w in status["wrong"]]
    errors = report["errors"]
    lines.append("wrong links: " + _counts(errors["false_positives"]))
    lines.append("missed gold links: " + _counts(errors["missed"]))
    lines.append(f"({report['seconds']} s)")
    return "\n".join(lines)
