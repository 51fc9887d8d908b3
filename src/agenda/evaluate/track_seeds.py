"""Several cross-validation seeds in one run: each seed's headline figures and their mean."""

# One partition of 68 documents into three groups moves link F1 by ±0.01 and final status by a
# commitment or two, so the README's figures are means over seeds 0–5. This makes them one command.


from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from statistics import mean
from typing import Any

_PART = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+))?\s*$")
MAX_SEEDS = 100


def parse_seeds(text: str) -> list[int]:
    """"0-5" → [0, 1, 2, 3, 4, 5]; "0,2,4" and "0-2,7" too. Raises ValueError saying what is wrong."""
    seeds: list[int] = []
    for part in text.split(","):
        found = _PART.match(part)
        if not found:
            raise ValueError(f"seeds {text!r}: {part.strip()!r} is not a number or a range like 0-5")
        first, last = int(found.group(1)), int(found.group(2) or found.group(1))
        if last < first:
            raise ValueError(f"seeds {text!r}: the range {first}-{last} runs backwards")
        seeds += [s for s in range(first, last + 1) if s not in seeds]
        if len(seeds) > MAX_SEEDS:
            raise ValueError(f"seeds {text!r}: more than {MAX_SEEDS} seeds")
    return seeds


def headline(report: dict[str, Any]) -> dict[str, Any]:
    """The figures a seed is compared by: link F1 overall and by language, final status, and the
    new pledges linked as re-announcements of a tracked commitment."""
    links = report["links"]
    row: dict[str, Any] = {"link_f1": links["all"]["f1"]}
    row |= {name: figures["f1"] for name, figures in sorted(links.items()) if name.startswith("lang:")}
    row["final_status"] = report["status"]["accuracy"]
    row["new_pledges_linked"] = report["errors"]["false_positives"].get("new_pledge", 0)
    return row


def over_seeds(seeds: Sequence[int], evaluate: Callable[[int], dict[str, Any]],
               progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Each seed's report and headline, and the mean of every headline figure."""
    reports: list[dict[str, Any]] = []
    for n, seed in enumerate(seeds, 1):
        reports.append(evaluate(seed))
        if progress:
            figures = headline(reports[-1])
            progress(f"seed {seed} ({n} of {len(seeds)}): link F1 {figures['link_f1']:.3f}, "
                     f"final status {figures['final_status']:.3f}")
    rows = [{"seed": seed, **headline(report)} for seed, report in zip(seeds, reports, strict=True)]
    names = list(dict.fromkeys(name for row in rows for name in row if name != "seed"))
    means = {name: round(mean(row[name] for row in rows if row.get(name) is not None), 3) for name in names
             if any(row.get(name) is not None for row in rows)}
    return {"mode": reports[0]["mode"].rsplit(", seed", 1)[0] + f", seeds {_listed(seeds)})",
            "seeds": rows, "mean": means, "reports": reports}


def _listed(seeds: Sequence[int]) -> str:
    return ", ".join(str(s) for s in seeds)


def render_seeds(summary: dict[str, Any]) -> str:
    """One line per seed and the mean, aligned for the terminal."""
    names = list(summary["mean"])
    widths = [max(len(name), 6) for name in names]
    lines = [f"agenda eval track — {summary['mode']}",
             "seed  " + "  ".join(name.ljust(w) for name, w in zip(names, widths, strict=True))]
    for row in summary["seeds"]:
        lines.append(f"{row['seed']:<4}  " + "  ".join(_cell(row.get(name), w)
                                                   for name, w in zip(names, widths, strict=True)))
    lines.append("mean  " + "  ".join(_cell(summary["mean"][name], w) for name, w in zip(names, widths, strict=True)))
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: float | int | None, width: int) -> str:
    if value is None:
        return "—".ljust(width)
    return (f"{value:.3f}" if isinstance(value, float) else str(value)).ljust(width)
