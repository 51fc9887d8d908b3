"""Feedback during a run: a tqdm bar on a terminal, periodic one-line counts in a log otherwise."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from agenda.ingest.runner import IngestReport

LOG_EVERY_SECONDS = 10.0


def counts_line(report: IngestReport) -> str:
    c = report.counts
    return (f"{c.new} new, {c.versions} new versions, {c.copies} near-duplicate copies, "
            f"{c.duplicate} duplicates, {len(c.failed)} failed, {report.already_done} already done")


class Progress:
    """Shows progress on `stream`: a bar when it is a terminal, a line every few seconds when not."""

    def __init__(self, enabled: bool = True, stream: TextIO | None = None,
                 every: float = LOG_EVERY_SECONDS) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.every = every
        self._bar = None
        self._last_log = time.monotonic()
        self._started = time.monotonic()
        if enabled and _is_terminal(self.stream):
            from tqdm import tqdm

            columns, lines = _size(self.stream)
            self._bar = tqdm(unit=" items", file=self.stream, ncols=columns, nrows=lines, leave=False)

    def update(self, report: IngestReport) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(1)
            c = report.counts
            self._bar.set_postfix_str(f"new {c.new} dup {c.duplicate} failed {len(c.failed)}", refresh=False)
            return
        now = time.monotonic()
        if now - self._last_log >= self.every:
            self._last_log = now
            seen = report.items + report.already_done
            rate = seen / max(now - self._started, 1e-9)
            print(f"ingest: {seen} items so far ({rate:.1f}/s): {counts_line(report)}", file=self.stream,
                  flush=True)

    def close(self, report: IngestReport) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _size(stream: TextIO) -> tuple[int, int]:
    """The terminal's width and height; 100 x 24 when it reports none (a fresh pseudo-terminal says 0 x 0,
    and tqdm then prints nothing at all)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return 100, 24
    return (size.columns if size.columns > 0 else 100), (size.lines if size.lines > 0 else 24)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
