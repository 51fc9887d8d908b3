"""Time spent per stage of ingestion (fetch, extract, store, analyze, link), summed over workers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

STAGES = ("fetch", "extract", "store", "analyze", "link")


class StageTimer:
    """Accumulates seconds per stage; safe to use from the fetching threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)

    def add(self, name: str, seconds: float) -> None:
        with self._lock:
            self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def slowest(self) -> str | None:
        name, spent = max(self.seconds.items(), key=lambda pair: pair[1])
        return name if spent > 0 else None


NO_TIMER = StageTimer()  # a sink for callers that do not report timings
