"""Splitting a document's text into sentence spans (character offsets)."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(
    r"(?<=[.!?;:])[\"'”’)]*\s+(?=[\"“(¿¡]?[A-ZÁÉÍÓÚÑ0-9])"  # end punctuation, then a capital
    r"|\n\s*\n"  # a blank line
    r"|\n(?=\s*[-•*·]\s)"  # a list item
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:U\.S|U\.N|Mr|Mrs|Ms|Dr|Sr|Sra|No|St|Sept?|Jan|Feb|Mar|Apr|Aug|Oct|Nov|Dec|Gen|Gov|Sen|Rep|Lic)\."
    r"|\b[A-Z]\.)$"
)


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        head = text[start:match.start()].rstrip()
        if match.group(0).strip() == "" and "\n" not in match.group(0) and _ABBREVIATIONS.search(head):
            continue
        _add(text, start, match.start(), spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
