"""Fit the link model on a gold set's statements (oracle extraction) and write track/weights.py.

Prints document-grouped cross-validated precision/recall/F1 for several thresholds, so the
figure reported is not the in-sample one. Usage:

    .venv/bin/python benchmarks/fit_link_model.py [--gold ../shared/eval] [--l2 1000] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from agenda.analyze import analyze_document
from agenda.evaluate.fit_link import (
    DEFAULT_L2,
    cross_validated_probabilities,
    fit_model,
    pair_scores,
    pair_table,
)
from agenda.evaluate.gold_links import load_gold
from agenda.model import StatementType
from agenda.track.features import FEATURES
from agenda.track.index import CommitmentIndex
from agenda.track.link import LinkOptions

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "agenda" / "track" / "weights.py"
HEADER = '''"""The fitted link model (written by benchmarks/fit_link_model.py; do not edit by hand)."""

# One logistic regression per statement type over the features of agenda.track.features, fitted
# on the developers' gold set (gold statements, and with --with-extracted the analyzer's statements
# labelled by span overlap). Refit after changing the features or the analyzer.

'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="../shared/eval")
    parser.add_argument("--l2", type=float, default=DEFAULT_L2)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write src/agenda/track/weights.py")
    parser.add_argument("--with-extracted", action="store_true",
                        help="also train on the analyzer's statements (labelled by span overlap)")
    args = parser.parse_args()
    if not Path(args.gold, "docs.jsonl").exists():
        print(f"no gold set at {args.gold}", file=sys.stderr)
        return 1
    gold = load_gold(args.gold)
    index = CommitmentIndex(gold.agenda.commitments)
    table = pair_table(gold, index)
    oracle_rows = len(table.features)
    if args.with_extracted:
        table = pair_table(gold, index, analyzer=analyze_document, table=table)
        print(f"{len(table.features) - oracle_rows} extracted statements added")
    print(f"{len(table.features)} statements scored, {sum(int(y.sum()) for y in table.labels)} gold pairs reachable")
    base = LinkOptions()
    for seed in range(args.seeds):
        probabilities = cross_validated_probabilities(table, seed=seed, l2=args.l2)
        for threshold in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
            options = replace(base, progress_threshold=threshold, commitment_threshold=threshold)
            figures = {t.value: pair_scores(table, probabilities, options, t)
                       for t in (StatementType.PROGRESS, StatementType.COMMITMENT)}
            overall = pair_scores(table, probabilities, options)
            print(f"seed {seed} threshold {threshold:.2f}: all P/R/F1 {_fmt(overall)}  "
                  + "  ".join(f"{k} {_fmt(v)}" for k, v in figures.items()))
    model = fit_model(table, l2=args.l2)
    for name, logistic in (("progress", model.progress), ("commitment", model.commitment)):
        print(name, " ".join(f"{f}={c:+.2f}" for f, c in zip(FEATURES, logistic.coef, strict=True)))
    if args.write:
        WEIGHTS.write_text(HEADER + "LINK_MODEL = " + json.dumps(model.to_json(), indent=1) + "\n",
                           encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


def _fmt(values: tuple[float, float, float]) -> str:
    return "/".join(f"{v:.3f}" for v in values)


if __name__ == "__main__":
    np.seterr(all="ignore")
    raise SystemExit(main())
