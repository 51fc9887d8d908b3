"""Choosing the near-duplicate threshold: planted copies against distinct documents of the corpus.

Positives: corpus documents republished "on another site": a different header and footer
(boilerplate of 20-40 words) and a share of words edited (replaced, dropped, inserted), or cut
short. Negatives: pairs of different corpus documents that the LSH puts side by side (the
closest ones, i.e. the hardest), with their exact word-3-shingle Jaccard similarity.

    .venv/bin/python benchmarks/near_duplicates.py [--docs 3000] [--seed 7]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

from agenda.ingest.near_dup import NUM_PERM, NearDuplicateIndex, signature, similarity, words_of

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "whitehouse.jsonl.gz"
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
_HEADERS = ["Press office of the partner ministry. This statement is republished with permission.",
            "Embassy news service. Official translation provided for information; the original text prevails.",
            "Regional newsroom. Subscribe to our alerts to receive statements like this one as soon as they are "
            "released. Share this page."]
_FOOTERS = ["Contact the press office for interviews. All rights reserved. Privacy notice. Terms of use.",
            "Related statements: see our archive of joint communiques and readouts of bilateral meetings.",
            "Follow us on social media. Sign up for the newsletter. Back to top."]
_FILLERS = ["also", "today", "again", "officially", "jointly", "further", "indeed", "notably"]


def _shingles(text: str) -> set[tuple[bytes, ...]]:
    words = words_of(text)
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def jaccard(a: str, b: str) -> float:
    x, y = _shingles(a), _shingles(b)
    return len(x & y) / len(x | y) if x | y else 1.0


def plant_copy(text: str, rng: random.Random, edit_rate: float, keep: float = 1.0) -> str:
    words = text.split()
    words = words[: max(1, int(len(words) * keep))]
    edited: list[str] = []
    for word in words:
        roll = rng.random()
        if roll < edit_rate / 3:
            continue  # dropped
        if roll < 2 * edit_rate / 3:
            edited.append(rng.choice(_FILLERS))  # replaced
            continue
        edited.append(word)
        if roll < edit_rate:
            edited.append(rng.choice(_FILLERS))  # inserted
    return f"{rng.choice(_HEADERS)}\n\n{' '.join(edited)}\n\n{rng.choice(_FOOTERS)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=3000, help="corpus documents to use")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not available")
        return
    rng = random.Random(args.seed)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    records = [r for r in rng.sample(records, min(args.docs, len(records))) if len(words_of(r["text"])) >= 80]
    texts = [r["text"] for r in records]
    titles = [r.get("title") or "" for r in records]
    started = time.perf_counter()
    sigs = [signature(t) for t in texts]
    per_doc = (time.perf_counter() - started) / len(texts) * 1000
    print(f"{len(texts)} corpus documents (>= 80 words), {NUM_PERM}-bin signatures: {per_doc:.2f} ms per document")

    print("\nplanted copies (new header and footer, words edited): share found at each threshold")
    print(f"{'variant':<28}{'jaccard':>9}{'estimate':>10}" + "".join(f"{t:>7}" for t in THRESHOLDS))
    sample = texts[:300]
    for rate, keep in ((0.0, 1.0), (0.02, 1.0), (0.05, 1.0), (0.10, 1.0), (0.20, 1.0), (0.0, 0.8), (0.05, 0.8)):
        pairs = [(t, plant_copy(t, rng, rate, keep)) for t in sample]
        exact = [jaccard(a, b) for a, b in pairs]
        estimates = [similarity(signature(a), signature(b)) for a, b in pairs]  # type: ignore[arg-type]
        found = "".join(f"{sum(e >= t for e in estimates) / len(estimates):>7.2f}" for t in THRESHOLDS)
        label = f"{int(rate * 100)}% words edited" + (f", first {int(keep * 100)}%" if keep < 1 else "")
        print(f"{label:<28}{sum(exact) / len(exact):>9.2f}{sum(estimates) / len(estimates):>10.2f}{found}")

    index = NearDuplicateIndex(threshold=0.3)
    closest: list[tuple[float, int, int]] = []
    for number, sig in enumerate(sigs):
        if sig is None:
            continue
        match = index.best_match(sig)
        if match is not None and texts[match.pk] != texts[number]:
            closest.append((jaccard(texts[match.pk], texts[number]), match.pk, number))
        index.add(number, sig)
    print(f"\ndistinct corpus documents: the closest earlier document of each, when the LSH finds one "
          f"with estimate >= 0.3 ({len(closest)} of {len(sigs)} documents)")
    print("exact jaccard >= " + "  ".join(f"{t}: {sum(j >= t for j, _, _ in closest)}" for t in THRESHOLDS))
    print("\npairs by band, to judge by eye whether they are copies (titles of both):")
    for low, high in ((0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)):
        band = [pair for pair in closest if low <= pair[0] < high]
        print(f"  jaccard {low:.1f}-{min(high, 1.0):.1f}: {len(band)} pairs")
        for score, a, b in rng.sample(band, min(4, len(band))):
            print(f"    {score:.2f}  {titles[a][:60]!r}  |  {titles[b][:60]!r}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
