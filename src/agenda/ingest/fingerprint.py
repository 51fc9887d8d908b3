"""A document's fingerprints: the hash of its normalised text (exact copies) and its MinHash signature."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

import numpy as np

from agenda.ingest.near_dup import signature


def normal_form(text: str) -> str:
    """Unicode-compatibility normalised (NFKC) and lower-cased: the text as dedupe compares it."""
    return (text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()


def content_hash(text: str, normal: str | None = None) -> str:
    """SHA-256 of the text with Unicode, case and whitespace normalised: equal for exact copies."""
    normal = normal_form(text) if normal is None else normal
    return hashlib.sha256(" ".join(normal.split()).encode("utf-8")).hexdigest()


@dataclass
class Fingerprint:
    content_hash: str
    signature: np.ndarray | None  # None for texts too short to judge similarity


def fingerprint(text: str) -> Fingerprint:
    normal = normal_form(text)  # computed once for both: NFKC of a long text is not free
    return Fingerprint(content_hash(text, normal), signature(text, normal=normal))
