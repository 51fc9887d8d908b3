"""The section heading each statement of a document falls under ("Human Smuggling", "PILLAR III")."""

# Fact sheets group their reports under short headings; a report under "Combatting Illicit
# Finance" is about illicit finance even when its own words ("OFAC designated 26 individuals")
# are not. A heading is a line of its own, short, that does not end a sentence.


from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

MAX_HEADING_CHARS = 100
_SENTENCE_END = re.compile(r"[.!?;,…\"”»)]\s*$")
_LETTERS = re.compile(r"[^\W\d_]{2}")


def heading_lines(text: str) -> list[tuple[int, str]]:
    """(offset just after the line, heading) for every line of `text` that looks like a heading."""
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        end = offset + len(line)
        stripped = line.strip()
        if (stripped and len(stripped) <= MAX_HEADING_CHARS and not _SENTENCE_END.search(stripped)
                and _LETTERS.search(stripped)):
            found.append((end, stripped.rstrip(":").strip()))
        offset = end
    return found


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
