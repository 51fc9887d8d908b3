"""Answers kept while the database has not changed (the overview is the same for every visitor)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from agenda.store.versions import DataVersion

T = TypeVar("T")


class VersionedCache(Generic[T]):
    """At most `size` answers, each valid only for the data version it was computed from."""

    def __init__(self, version: DataVersion | None, size: int = 64) -> None:
        self._version = version
        self._size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[str, T]] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        version = self._version.current() if self._version else None
        if version is None:
            return compute()
        with self._lock:
            found = self._entries.get(key)
            if found is not None and found[0] == version:
                self._entries.move_to_end(key)
                self.hits += 1
                return found[1]
        self.misses += 1
        value = compute()
        with self._lock:
            self._entries[key] = (version, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return value
