"""Slot quality on the gold statements' own text (oracle spans): accuracy per slot and language.

Usage: .venv/bin/python benchmarks/slots_gold.py [--gold DIR] [--errors [SLOT ...]] [--docs ID ...]

Every gold statement of ../shared/eval/gold/*.json (and each of its `also` entries) is passed
to `fill_slots(text, doc lang, doc date)` and compared with its labels:

- actors: the same set, read from the sentence alone (what `fill_slots` sees); "actors+" is the same
  with the document's context (`fill_slots_in_context`, from the title, source and text of the
  document in ../shared/eval/docs.jsonl) resolving "we", "both countries" and subject-less bullets;
- kind, pillar: the same label (over every statement); "pillar+" with the document's topic as prior;
- amount: value within 1% and the same currency; quantity: value within 1%; due: within 31 days
  — these three over the statements where the gold or the prediction has a value, so that
  always answering null scores 0; "due+" is due as extraction fills it (with the document context and
  the statement's type: a progress statement keeps only an explicit end such as "until April 2025").
  List items do not get their lead-in here (the gold gives the item's text only).

`also` entries are scored against the slots of the same sentence: the gold gives no separate text
for them (the detector passes fill_slots the clause). The row "main" leaves them out.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from agenda.analyze.context import DocumentContext, document_context, fill_slots_in_context
from agenda.analyze.slots import fill_slots
from agenda.model import Document, Slots

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "gold"
SLOTS = ("actors", "actors+", "kind", "pillar", "pillar+", "amount", "quantity", "due", "due+")
SPARSE = ("amount", "quantity", "due", "due+")


@dataclass
class Case:
    doc: str
    lang: str
    doc_date: date | None
    text: str
    gold: dict[str, Any]
    is_also: bool
    progress: bool = False


def parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None  # partial dates such as 2021-12-XX


def load_documents(gold_dir: Path) -> dict[str, Document]:
    path = gold_dir.parent / "docs.jsonl"
    documents: dict[str, Document] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            documents[record["id"]] = Document(
                id=record["id"], text=record["text"], date=parse_date(record.get("date")), lang=record.get("lang"),
                title=record.get("title"), url=record.get("url"), source=record.get("source"))
    return documents


def load_cases(gold_dir: Path, docs: set[str] | None) -> list[Case]:
    cases: list[Case] = []
    for path in sorted(gold_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if docs and record["doc"] not in docs:
            continue
        doc_date = parse_date(record.get("date"))
        for statement in record["statements"]:
            entries = [(statement, False)] + [(also, True) for also in statement.get("also", [])]
            for entry, is_also in entries:
                cases.append(Case(record["doc"], record["lang"], doc_date, statement["text"], entry, is_also,
                                  statement.get("type") == "progress"))
    return cases


def within(a: float, b: float, tolerance: float = 0.01) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def score(slot: str, gold: dict[str, Any], predicted: dict[str, Any]) -> bool | None:
    """True/False for a scored slot, None when the slot does not count for this case."""
    g, p = gold.get(slot), predicted.get(slot)
    if slot in ("actors", "actors+"):
        return sorted(g or []) == sorted(p or [])
    if slot in ("kind", "pillar", "pillar+"):
        return g == p
    if slot == "due+":
        g, p = gold.get("due"), predicted.get("due+")
    if g is None and p is None:
        return None
    if g is None or p is None:
        return False
    if slot == "amount":
        return within(g["value"], p["value"]) and g["currency"] == p["currency"]
    if slot == "quantity":
        return within(g["value"], p["value"])
    return abs((date.fromisoformat(g) - date.fromisoformat(p)).days) <= 31


def show(slot: str, values: dict[str, Any]) -> str:
    if slot in ("due", "due+"):
        return f"{values.get(slot, values.get('due'))} ({values.get(slot + '_text', values.get('due_text'))!r})"

    return json.dumps(values.get(slot), ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of gold/*.json")
    parser.add_argument("--errors", nargs="*", choices=SLOTS, metavar="SLOT",
                        help="list mismatches (of the given slots; all when none given)")
    parser.add_argument("--docs", nargs="*", help="only these document ids")
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        print(f"error: no gold folder at {args.gold}", file=sys.stderr)
        return 1
    cases = load_cases(args.gold, set(args.docs) if args.docs else None)
    for lang in {case.lang for case in cases}:  # compile the lexicons before timing
        fill_slots("The two countries will meet in 2030.", lang, date(2020, 1, 1))
    started = time.process_time()
    predictions: list[Slots] = [fill_slots(case.text, case.lang, case.doc_date) for case in cases]
    elapsed = time.process_time() - started
    documents = load_documents(args.gold)
    contexts: dict[str, DocumentContext] = {doc: document_context(documents[doc]) for doc in documents}

    hits: dict[tuple[str, str], list[bool]] = defaultdict(list)
    errors: list[str] = []
    shown = set(args.errors or SLOTS) if args.errors is not None else set()
    for case, slots in zip(cases, predictions, strict=True):
        predicted = slots.to_json()
        gold = {**case.gold, "actors+": case.gold["actors"], "pillar+": case.gold["pillar"]}
        if case.doc in contexts:
            in_context = fill_slots_in_context(case.text, case.lang, case.doc_date, contexts[case.doc],
                                               progress=case.progress).to_json()
            predicted["actors+"], predicted["pillar+"] = in_context["actors"], in_context["pillar"]
            predicted["due+"], predicted["due+_text"] = in_context["due"], in_context["due_text"]
        for slot in SLOTS:
            if slot not in predicted:
                continue
            result = score(slot, gold, predicted)
            if result is None:
                continue
            groups = (case.lang, "all") if case.is_also else (case.lang, "all", "main")
            for group in groups:
                hits[(group, slot)].append(result)
            if not result and slot in shown:
                errors.append(f"[{case.doc}{' also' if case.is_also else ''}] {slot}: gold {show(slot, gold)}"
                              f" | got {show(slot, predicted)}\n    {case.text}")
    for line in errors:
        print(line)
    if errors:
        print()

    langs = [*sorted({case.lang for case in cases}), "all", "main"]
    print(f"{'':6}" + "".join(f"{slot:>11}" for slot in SLOTS) + f"{'stmts':>7}")
    for group in langs:
        row = f"{group:6}"
        for slot in SLOTS:
            results = hits[(group, slot)]
            row += f"{(sum(results) / len(results) if results else float('nan')):>6.3f}/{len(results):<4}"
        count = sum(1 for case in cases if group in ("all", case.lang) or (group == "main" and not case.is_also))
        print(row + f"{count:>7}")
    print(f"{len(cases) / elapsed:,.0f} statements/s ({elapsed * 1000:.1f} ms of CPU for {len(cases)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
