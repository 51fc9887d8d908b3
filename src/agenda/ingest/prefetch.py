"""Preparing items on a few threads ahead of the store, results handed over in a fixed order.

The order is depth-first input order (a feed's entries right after the feed), whatever the
threads' timing and whichever items a resumed run skips: which document is the original and
which the copy, and which key gets a "-2", must not depend on either.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from agenda.ingest.items import Expansion, Item, Prepared


class Skipped:
    """The result given for an item that `admit` declined (the journal has it done)."""


class _Inline:
    """Marks an item prepared in the consuming thread, when its turn comes."""


SKIPPED = Skipped()
_INLINE = _Inline()
Entry = tuple[Item, "Future[Prepared] | Skipped | _Inline"]


class OrderedPrefetch:
    def __init__(self, roots: Iterable[Item], prepare: Callable[[Item], Prepared], *,
                 admit: Callable[[Item], bool], threaded: Callable[[Item], bool] = lambda item: True,
                 workers: int = 4, window: int = 32) -> None:
        self._stack: list[Iterator[Item | Entry]] = [iter(roots)]
        self._queue: deque[Entry] = deque()
        self._prepare = prepare
        self._admit = admit
        # CPU-bound items gain nothing from threads and each GIL hand-over stalls the
        # store's database calls: only items that wait on the network go to the pool
        self._threaded = threaded
        self._workers = max(1, workers)
        self._window = max(1, window)

    def upcoming(self) -> list[Item]:
        """The items queued next (already being prepared), in order."""
        return [item for item, state in self._queue if not isinstance(state, Skipped)]

    def __iter__(self) -> Iterator[tuple[Item, Prepared | Skipped]]:
        pool = ThreadPoolExecutor(self._workers, thread_name_prefix="ingest")
        try:
            while True:
                self._fill(pool)
                if not self._queue:
                    return
                item, state = self._queue.popleft()
                if isinstance(state, Skipped):
                    yield item, state
                    continue
                result = self._prepare(item) if isinstance(state, _Inline) else state.result()
                if isinstance(result, Expansion) and result.children:
                    # children come before what was already queued after their container
                    self._stack.append(iter(list(self._queue)))
                    self._queue.clear()
                    self._stack.append(iter(result.children))
                yield item, result
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _fill(self, pool: ThreadPoolExecutor) -> None:
        while len(self._queue) < self._window and self._stack:
            try:
                nxt = next(self._stack[-1])
            except StopIteration:
                self._stack.pop()
                continue
            if isinstance(nxt, tuple):
                self._queue.append(nxt)
            elif not self._admit(nxt):
                self._queue.append((nxt, SKIPPED))
            elif self._threaded(nxt):
                self._queue.append((nxt, pool.submit(self._prepare, nxt)))
            else:
                self._queue.append((nxt, _INLINE))
