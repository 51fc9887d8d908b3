"""The section heading each statement of a document falls under ("Human Smuggling", "PILLAR III")."""

# Fact sheets group their reports under short headings; a report under "Combatting Illicit
# Finance" is about illicit finance even when its own words ("OFAC designated 26 individuals")
# are not. A heading is a line of its own, short, that does not end a sentence. Text cut into lines
# of a fixed width (a PDF's, a plain-text file's) has many such lines that are only pieces of
# sentences: there a heading must also follow the end of a sentence, be clearly shorter than the
# prose lines, and be followed by a line that starts a sentence.


from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from statistics import median

MAX_HEADING_CHARS = 100
_SENTENCE_END = re.compile(r"[.!?;,…\"”»)]\s*$")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_STARTS_SENTENCE = re.compile(r"^[\W\d]*[^\W\d_]", re.UNICODE)
# Prose is hard-wrapped when most of its long lines that stop in the middle of a sentence go on in
# lower case on the next line (at least this many do).
WRAPPED_MIN_LINES = 5
WRAPPED_LINE_CHARS = 40
WRAPPED_SHARE = 0.5
# In hard-wrapped prose a heading is at most this share of the median prose line's length.
WRAPPED_HEADING_SHARE = 0.6


def heading_lines(text: str) -> list[tuple[int, str]]:
    """(offset just after the line, heading) for every line of `text` that looks like a heading."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        if line.strip():
            lines.append((offset, line.strip()))
    wrapped = _hard_wrapped([line for _, line in lines])
    long_lines = [line for _, line in lines if len(line) >= WRAPPED_LINE_CHARS]
    width = median(len(line) for line in long_lines) if long_lines else 0
    found: list[tuple[int, str]] = []
    for i, (end, line) in enumerate(lines):
        if not _looks_like_heading(line):
            continue
        if wrapped and not _stands_apart(lines, i, width):
            continue
        found.append((end, line.rstrip(":").strip()))
    return found


def _hard_wrapped(lines: list[str]) -> bool:
    """Most long lines that stop in the middle of a sentence go on, in lower case, on the next line."""
    cut = [nxt for line, nxt in pairwise(lines)
           if len(line) >= WRAPPED_LINE_CHARS and not _SENTENCE_END.search(line)]
    carried_on = sum(1 for nxt in cut if not _starts_a_sentence(nxt))
    return carried_on >= WRAPPED_MIN_LINES and carried_on > WRAPPED_SHARE * len(cut)


def _starts_a_sentence(line: str) -> bool:
    first_letter = _STARTS_SENTENCE.match(line)
    return bool(first_letter) and first_letter.group(0)[-1].isupper()


def _looks_like_heading(line: str) -> bool:
    return len(line) <= MAX_HEADING_CHARS and not _SENTENCE_END.search(line) and bool(_LETTERS.search(line))


def _stands_apart(lines: list[tuple[int, str]], i: int, width: float) -> bool:
    """In hard-wrapped prose: a short line after a finished sentence, before a new one."""
    line = lines[i][1]
    if len(line) > WRAPPED_HEADING_SHARE * width:
        return False
    before = lines[i - 1][1] if i > 0 else None
    after = lines[i + 1][1] if i + 1 < len(lines) else None
    if before is not None and not _SENTENCE_END.search(before):
        return False
    return after is None or _starts_a_sentence(after)


def section_headings(text: str | None, starts: Sequence[int], skip: str | None = None) -> list[str | None]:
    """The nearest heading above each statement start (None when there is none, or it is `skip`,
    the document's title, already a signal of its own)."""
    if not text:
        return [None] * len(starts)
    headings = [(end, h) for end, h in heading_lines(text) if not skip or h != skip.strip()]
    ends = [end for end, _ in headings]
    out: list[str | None] = []
    for start in starts:
        k = bisect_right(ends, start) - 1
        out.append(headings[k][1] if k >= 0 else None)
    return out
