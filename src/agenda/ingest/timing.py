"""Time spent per stage of ingestion (fetch, extract, store, analyze, link), summed over workers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

STAGES = ("fetch", "extract", "store", "analyze", "link")


class StageTimer:
    """Accumulates seconds per stage; safe to use from the fetching threads. A stage entered inside
    another one pauses it: each second is counted once, in the innermost stage."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._local = threading.local()
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        stack: list[list] = self._local.__dict__.setdefault("stack", [])
        now = time.perf_counter()
        if stack:
            outer = stack[-1]
            self.add(outer[0], now - outer[1])
        stack.append([name, now])
        try:
            yield
        finally:
            now = time.perf_counter()
            current = stack.pop()
            self.add(name, now - current[1])
            if stack:
                stack[-1][1] = now  # the outer stage resumes

    def add(self, name: str, seconds: float) -> None:
        with self._lock:
            self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def slowest(self) -> str | None:
        name, spent = max(self.seconds.items(), key=lambda pair: pair[1])
        return name if spent > 0 else None


NO_TIMER = StageTimer()  # a sink for callers that do not report timings
