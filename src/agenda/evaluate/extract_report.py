"""Presenting an extraction score: a JSON-ready dict and a plain-text table, with optional error lists."""

from __future__ import annotations

from typing import Any

from agenda.evaluate.extract import SLOT_NAMES, ExtractionReport, Score
from agenda.evaluate.gold import ScoredStatement

_LANG_ORDER = ("en", "es", "all")
_SNIPPET = 160


def score_to_json(score: Score) -> dict[str, Any]:
    record: dict[str, Any] = {"documents": score.documents}
    for name, counts in score.counts.items():
        record[name] = {
            "precision": round(counts.precision, 4), "recall": round(counts.recall, 4),
            "f1": round(counts.f1, 4), "matched": counts.matched, "predicted": counts.predicted,
            "gold": counts.gold,
        }
    slots: dict[str, Any] = {"matched": sum(c.matched for c in score.counts.values())}
    for name, tally in score.slots.items():
        slots[name] = {"accuracy": round(tally.accuracy, 4), "correct": tally.correct, "scored": tally.scored}
    record["slots"] = slots
    return record


def report_to_json(report: ExtractionReport, baseline: ExtractionReport | None = None,
                   with_errors: bool = False) -> dict[str, Any]:
    """The `agenda eval extract --json` document."""
    record: dict[str, Any] = {
        "documents": report.scores["all"].documents,
        "seconds": round(report.seconds, 3),
        "scores": {lang: score_to_json(report.scores[lang]) for lang in _languages(report)},
    }
    if baseline is not None:
        record["baseline"] = {lang: score_to_json(baseline.scores[lang]) for lang in _languages(baseline)}
    if with_errors:
        record["errors"] = [
            {"doc": e.doc, "lang": e.lang,
             "misses": [_unit_json(u) for u in e.misses],
             "false_alarms": [_unit_json(u) for u in e.false_alarms]}
            for e in report.errors if e.misses or e.false_alarms
        ]
    return record


def format_report(report: ExtractionReport, baseline: ExtractionReport | None = None,
                  with_errors: bool = False, with_slots: bool = True) -> str:
    """The plain-text report: P/R/F1 per language and type, slot accuracy, then errors if asked."""
    lines = [
        f"{report.scores['all'].documents} documents scored in {report.seconds:.1f} s",
        "",
        *_type_table(report, "extractor"),
    ]
    if baseline is not None:
        lines += ["", *_type_table(baseline, "naive keyword baseline")]
    if with_slots:
        lines += ["", *_slot_table(report)]
    if with_errors:
        lines += ["", *_error_lines(report)]
    return "\n".join(lines)


def _slot_table(report: ExtractionReport) -> list[str]:
    lines = ["slot accuracy over matched statements (amount, quantity, due: where gold or prediction has one)",
             f"{'':6}{'matched':>8}" + "".join(f"{name:>16}" for name in SLOT_NAMES)]
    for lang in _languages(report):
        score = report.scores[lang]
        matched = sum(c.matched for c in score.counts.values())
        cells = "".join(f"{_pct(t.accuracy)} ({t.scored:>4})".rjust(16) for t in score.slots.values())
        lines.append(f"{lang:6}{matched:>8}{cells}")
    return lines


def _type_table(report: ExtractionReport, title: str) -> list[str]:
    lines = [f"{title}: precision / recall / F1 (matched, predicted, gold)",
             f"{'':6}{'docs':>5}  {'commitment':<40}{'progress':<40}"]
    for lang in _languages(report):
        score = report.scores[lang]
        cells = ""
        for counts in score.counts.values():
            figures = f"{counts.precision:.2f} / {counts.recall:.2f} / {counts.f1:.2f}"
            cells += f"{figures} ({counts.matched}, {counts.predicted}, {counts.gold})".ljust(40)
        lines.append(f"{lang:6}{score.documents:>5}  {cells}".rstrip())
    return lines


def _error_lines(report: ExtractionReport) -> list[str]:
    lines = ["errors per document (missed: gold statements not found; false: predictions not in gold)"]
    for errors in report.errors:
        if not errors.misses and not errors.false_alarms:
            continue
        lines.append(f"== {errors.doc} ({errors.lang}): {len(errors.misses)} missed, "
                     f"{len(errors.false_alarms)} false")
        for unit in errors.misses:
            lines.append(f"  missed {_describe(unit)}")
        for unit in errors.false_alarms:
            lines.append(f"  false  {_describe(unit)}")
    return lines


def _describe(unit: ScoredStatement) -> str:
    role = f" also#{unit.role}" if unit.role else ""
    confidence = f" {unit.confidence:.2f}" if unit.confidence is not None else ""
    text = unit.text if len(unit.text) <= _SNIPPET else unit.text[:_SNIPPET] + "…"
    return f"{unit.type:<10} [{unit.start}:{unit.end}]{role}{confidence} {text!r}"


def _unit_json(unit: ScoredStatement) -> dict[str, Any]:
    record: dict[str, Any] = {"type": str(unit.type), "start": unit.start, "end": unit.end, "text": unit.text}
    if unit.role:
        record["also"] = unit.role
    if unit.confidence is not None:
        record["confidence"] = round(unit.confidence, 3)
    return record


def _languages(report: ExtractionReport) -> list[str]:
    known = [lang for lang in _LANG_ORDER if lang in report.scores]
    return [*known[:-1], *sorted(set(report.scores) - set(_LANG_ORDER)), known[-1]]


def _pct(value: float) -> str:
    return f"{value:.2f}"
