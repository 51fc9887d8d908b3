"""Slot quality end to end: the slots of the statements `agenda extract` finds, against the gold ones they match.

Usage: .venv/bin/python benchmarks/slots_extract.py [--gold DIR] [--errors [SLOT ...]] [--docs ID ...]

The same matching and slot scoring as `agenda eval extract` (a prediction matches a gold statement of the
same type whose span it overlaps by half; amount, quantity and due count where either side has a value),
with the mismatches listed per slot: what `agenda eval extract --errors` does not show.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from agenda.analyze import analyze_document
from agenda.errors import UserError
from agenda.evaluate.extract import SLOT_NAMES, as_scored, match, slot_results
from agenda.evaluate.gold import find_gold_folder, load_gold
from agenda.model import Slots

ROOT = Path(__file__).resolve().parents[1]


def _show(slot: str, slots: Slots) -> str:
    if slot == "due":
        return f"{slots.due} ({slots.due_text!r})"
    value = getattr(slots, slot)
    if slot in ("kind", "pillar"):
        return str(value)
    if value is None:
        return "null"
    return json.dumps(value if isinstance(value, list) else vars(value), ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None, help="gold folder (docs.jsonl + gold/)")
    parser.add_argument("--errors", nargs="*", choices=SLOT_NAMES, metavar="SLOT",
                        help="list mismatches (of the given slots; all when none given)")
    parser.add_argument("--docs", nargs="*", help="only these document ids")
    args = parser.parse_args(argv)
    try:
        gold = load_gold(find_gold_folder(args.gold))
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    shown = set(args.errors or SLOT_NAMES) if args.errors is not None else set()
    hits: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for document in gold.documents:
        if args.docs and document.id not in args.docs:
            continue
        lang = document.lang or "en"
        expected = gold.statements.get(document.id, [])
        predicted = as_scored(analyze_document(document))
        for i, j in match(predicted, expected):
            for slot, result in slot_results(predicted[i].slots, expected[j].slots).items():
                if result is None:
                    continue
                for group in (lang, "all"):
                    hits[(group, slot)].append(result)
                if not result and slot in shown:
                    role = f" also#{expected[j].role}" if expected[j].role or predicted[i].role else ""
                    print(f"[{document.id}{role}] {slot}: gold {_show(slot, expected[j].slots)}"
                          f" | got {_show(slot, predicted[i].slots)}\n    {predicted[i].text}")
    print(f"{'':6}" + "".join(f"{slot:>13}" for slot in SLOT_NAMES))
    for group in sorted({g for g, _ in hits}, key=lambda g: (g == "all", g)):
        row = f"{group:6}"
        for slot in SLOT_NAMES:
            results = hits[(group, slot)]
            row += f"{(sum(results) / len(results) if results else float('nan')):>7.3f} ({len(results):>3})"
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
