"""Near-duplicate detection: MinHash signatures of word shingles, indexed with datasketch LSH.

Signatures are one-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification
(Shrivastava 2017): each word-3-shingle is hashed once and kept as the minimum of one of
`NUM_PERM` bins. The fraction of equal bins estimates the Jaccard similarity like a classic
128-permutation MinHash, 4-5 times faster than `datasketch.MinHash.update_batch` on the same
shingles (README, benchmarks), and the signatures go into `datasketch.MinHashLSH`.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

NUM_PERM = 128
SHINGLE_WORDS = 3
# Jaccard similarity of word-3-shingles from which two documents are copies of one text; chosen with
# benchmarks/near_duplicates.py (README, "Near-duplicates"): it finds 95% of planted copies with a new
# header and footer and 5% of their words edited; distinct corpus texts above it are templated ones.
THRESHOLD = 0.6
MIN_WORDS = 30  # below this a signature is noise: short notes are only checked for exact copies
# LSH bands of 4 rows: a pair at the threshold becomes a candidate with probability 1-(1-0.6^4)^32 = 0.985
# (datasketch's own choice for 0.6, 18 bands of 7 rows, finds only 40% of them); candidates are then
# kept only if their estimated similarity reaches THRESHOLD, so the extra candidates cost a comparison each.
LSH_BANDS, LSH_ROWS = 32, 4

# Words are found in UTF-8 bytes (non-ASCII letters kept inside words) and hashed with crc32
# without a Python-level loop: twice as fast as str tokens. Typographic punctuation is spaced out
# first so that a copy with curly quotes or dashes shingles like the original.
_BYTE_WORD = re.compile(rb"[\w\x80-\xff]+")
_PUNCTUATION = re.compile("[\u00a0-\u00bf\u2000-\u206f]")  # Latin-1 signs, general punctuation
_EMPTY = np.uint64(np.iinfo(np.uint64).max)
_BIN_BITS = np.uint64(64 - (NUM_PERM - 1).bit_length())
_VALUE_MASK = np.uint64((1 << int(_BIN_BITS)) - 1)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))
_ROTATE = np.uint64(0x5BD1E995)


def words_of(text: str, normal: str | None = None) -> list[bytes]:
    """The words of a text, normalised (NFKC, lower case), as UTF-8 bytes; `normal`: that form, if known."""
    if normal is None:
        normal = (text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()
    if not normal.isascii():
        normal = _PUNCTUATION.sub(" ", normal)
    return _BYTE_WORD.findall(normal.encode("utf-8"))


def signature(text: str, normal: str | None = None) -> np.ndarray | None:
    """The MinHash signature of a text (`NUM_PERM` uint64), or None when it is too short to judge."""
    words = words_of(text, normal)
    if len(words) < MIN_WORDS:
        return None
    hashes = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    with np.errstate(over="ignore"):
        shingles = hashes[:-2] * _MIX[0] ^ hashes[1:-1] * _MIX[1] ^ hashes[2:] * _MIX[2]
        shingles ^= shingles >> np.uint64(29)
        shingles *= np.uint64(0xBF58476D1CE4E5B9)
        shingles ^= shingles >> np.uint64(32)
    bins = (shingles >> _BIN_BITS).astype(np.intp)
    values = shingles & _VALUE_MASK
    sig = np.full(NUM_PERM, _EMPTY, dtype=np.uint64)
    np.minimum.at(sig, bins, values)
    return _densify(sig)


def _densify(sig: np.ndarray) -> np.ndarray:
    """Fill empty bins from the next non-empty one (circularly), marked by the distance travelled."""
    empty = sig == _EMPTY
    if not empty.any():
        return sig
    filled = np.flatnonzero(~empty)
    positions = np.arange(NUM_PERM)
    nxt = np.searchsorted(filled, positions) % len(filled)
    source = filled[nxt]
    distance = ((source - positions) % NUM_PERM).astype(np.uint64)
    with np.errstate(over="ignore"):
        dense = sig[source] + distance * _ROTATE
    return np.where(empty, dense, sig)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)


@dataclass
class NearMatch:
    pk: int  # the original: the first stored document of the group
    similarity: float


@dataclass
class NearDuplicateIndex:
    """The stored documents' signatures in a datasketch LSH, to find the copy a new text is of."""

    threshold: float = THRESHOLD
    _lsh: object = field(default=None, repr=False)
    _signatures: dict[int, np.ndarray] = field(default_factory=dict, repr=False)
    _original: dict[int, int] = field(default_factory=dict, repr=False)
    _uncommitted: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))

    def __len__(self) -> int:
        return len(self._signatures)

    def load(self, rows: Iterable[tuple[int, int | None, bytes]]) -> None:
        """Add stored documents: (pk, pk of the original it is a copy of or None, signature bytes)."""
        for pk, copy_of, blob in rows:
            self.add(pk, from_bytes(blob), copy_of)
        self.commit()

    def add(self, pk: int, sig: np.ndarray, copy_of: int | None = None) -> None:
        from datasketch import LeanMinHash

        if pk in self._signatures:
            return
        self._signatures[pk] = sig
        self._original[pk] = self._original.get(copy_of, copy_of) if copy_of is not None else pk
        self._lsh.insert(pk, LeanMinHash(seed=1, hashvalues=sig, scheme="legacy"))  # type: ignore[attr-defined]
        self._uncommitted.append(pk)

    def commit(self) -> None:
        """The documents added since the last commit are stored for good."""
        self._uncommitted.clear()

    def forget_uncommitted(self) -> None:
        """Their transaction was rolled back: take the documents added since the last commit out."""
        for pk in self._uncommitted:
            self._lsh.remove(pk)  # type: ignore[attr-defined]
            self._signatures.pop(pk, None)
            self._original.pop(pk, None)
        self._uncommitted.clear()

    def best_match(self, sig: np.ndarray) -> NearMatch | None:
        """The most similar stored document at or above the threshold (ties: the oldest)."""
        from datasketch import LeanMinHash

        candidates = self._lsh.query(LeanMinHash(seed=1, hashvalues=sig, scheme="legacy"))  # type: ignore[attr-defined]
        best: NearMatch | None = None
        for pk in sorted(candidates):
            score = similarity(sig, self._signatures[pk])
            if score >= self.threshold and (best is None or score > best.similarity):
                best = NearMatch(self._original[pk], score)
        return best
