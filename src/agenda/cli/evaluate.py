"""`agenda eval`: scoring the system against a labelled gold set (`eval extract`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from agenda.analyze import analyze_document
from agenda.cli.evaluate_track import track_command
from agenda.evaluate.baseline import keyword_baseline
from agenda.evaluate.extract import score_extraction
from agenda.evaluate.extract_report import format_report, report_to_json
from agenda.evaluate.gold import find_gold_folder, load_gold


@click.group("eval")
def eval_group() -> None:
    """Score the system against a labelled gold set (default ../shared/eval)."""


@eval_group.command("extract")
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Gold folder with docs.jsonl and gold/ID.json (default: ../shared/eval from the "
                   "working directory or the project root).")
@click.option("--json", "as_json", is_flag=True, help="Print one machine-readable JSON document.")
@click.option("--errors", is_flag=True, help="List missed gold statements and false alarms per document.")
@click.option("--no-baseline", is_flag=True, help="Skip the naive keyword baseline figures.")
def extract_eval_command(gold_dir: Path | None, as_json: bool, errors: bool, no_baseline: bool) -> None:
    """Precision, recall and F1 of commitment and progress statements, and slot accuracy, by language."""
    gold = load_gold(find_gold_folder(gold_dir))
    report = score_extraction(gold, analyze_document)
    baseline = None if no_baseline else score_extraction(gold, keyword_baseline)
    if as_json:
        record = {"gold": str(gold.folder), **report_to_json(report, baseline, with_errors=errors)}
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        click.echo(f"gold set: {gold.folder}")
        click.echo(format_report(report, baseline, with_errors=errors))


eval_group.add_command(track_command)
