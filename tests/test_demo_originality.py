"""The bundled demo is written in our own words: no 10-word run is shared with the real eval documents."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import pytest
import yaml

from agenda.cli.demo import DEMO

from .conftest import SHARED

SHINGLE_WORDS = 10
MAX_SHARED_SHINGLES = 3  # a demo text must share fewer than this many shingles with the eval texts
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def demo_texts() -> Iterable[tuple[str, str]]:
    """(name, text) of every piece of prose in the demo: documents and commitment wordings."""
    for line in (DEMO / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            yield f"corpus.jsonl {record['id']}", f"{record.get('title', '')}\n{record['text']}"
    agenda = yaml.safe_load((DEMO / "agenda.yaml").read_text(encoding="utf-8"))
    for commitment in agenda["commitments"]:
        prose = [commitment.get(key) or "" for key in ("text", "quote", "note")]
        yield f"agenda.yaml {commitment['id']}", "\n".join(prose)


@pytest.fixture(scope="module")
def eval_shingles() -> set[tuple[str, ...]]:
    docs = SHARED / "eval" / "docs.jsonl"
    if not docs.exists():
        pytest.skip("../shared/eval is not available")
    found: set[tuple[str, ...]] = set()
    with docs.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                found |= shingles(json.loads(line).get("text") or "")
    return found


def test_shingles_are_runs_of_ten_lowercased_words() -> None:
    text = "One two three four five six seven eight nine ten Eleven"
    assert shingles(text) == {
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    }
    assert shingles("too short to make one") == set()


def test_no_demo_text_copies_the_eval_documents(eval_shingles: set[tuple[str, ...]]) -> None:
    copied = {}
    for name, text in demo_texts():
        shared = shingles(text) & eval_shingles
        if len(shared) >= MAX_SHARED_SHINGLES:
            copied[name] = sorted(" ".join(s) for s in shared)[:3]
    assert not copied, f"demo texts sharing {MAX_SHARED_SHINGLES}+ ten-word runs with ../shared/eval: {copied}"


def test_the_check_reads_every_document_and_commitment() -> None:
    names = [name for name, text in demo_texts() if len(shingles(text)) > 0]
    documents = [line for line in (DEMO / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    commitments = yaml.safe_load((DEMO / "agenda.yaml").read_text(encoding="utf-8"))["commitments"]
    assert len(names) == len(set(names)) == len(documents) + len(commitments)
