"""Acronyms an agenda spells out somewhere ("HLED" for High-Level Economic Dialogue), spelled out everywhere."""

# Children of a commitment often name it by its acronym ("Hold the next HLED in September")
# while reports spell it out ("officials met to convene the High-Level Economic Dialogue"): the
# sentence embeddings do not know that the two are one meeting. An acronym is expanded only when
# the agenda's own texts hold words whose initials spell it, so nothing is guessed from outside.


from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9]{2,})(s?)\b")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_CONNECTORS = frozenset({"of", "for", "on", "and", "the", "to", "in", "de", "del", "la", "las", "los", "el",
                         "y", "para", "sobre"})


def acronym_expansions(texts: Iterable[str]) -> dict[str, str]:
    """Each acronym used in `texts` that some text spells out, with the words that spell it (the
    first text that does, in order)."""
    texts = list(texts)
    wanted = {m.group(1) for text in texts for m in _ACRONYM.finditer(text)}
    longest = max(map(len, wanted), default=0)
    found: dict[str, str] = {}
    for text in texts:
        if len(found) == len(wanted):
            break
        for acronym, words in _spelled_out(text, wanted, longest):
            found.setdefault(acronym, words)
    return found


def _spelled_out(text: str, wanted: set[str], longest: int) -> Iterator[tuple[str, str]]:
    """Runs of capitalised words (connectors allowed inside) whose initials, counting the
    connectors' or not, spell one of the `wanted` acronyms."""
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text.replace("-", " "))]
    for i, (first, start, _) in enumerate(words):
        if not first[0].isupper() or first.isupper():
            continue
        initials, counted = "", ""
        for word, _, end in words[i:]:
            if word[0].isupper() and not word.isupper():
                initials += word[0]
                counted += word[0].upper()
            elif word.lower() in _CONNECTORS:
                counted += word[0].upper()
                continue
            else:
                break
            for spelled in {initials, counted} & wanted:
                yield spelled, text[start:end]
            if len(initials) >= longest and len(counted) >= longest:
                break


def spell_out(text: str, expansions: dict[str, str]) -> str:
    """`text` with each known acronym and its words side by side: "the HLED" → "the HLED
    (High-Level Economic Dialogue)", "the High-Level Economic Dialogue" → "the High-Level Economic
    Dialogue (HLED)"."""
    def expanded(match: re.Match[str]) -> str:
        words = expansions.get(match.group(1))
        if words is None or words.lower() in text.lower():
            return match.group(0)
        return f"{match.group(0)} ({words})"
    out = _ACRONYM.sub(expanded, text)
    for acronym, words in expansions.items():
        at = out.find(words)
        if at >= 0 and not re.search(rf"\b{acronym}\b", out):
            out = f"{out[:at + len(words)]} ({acronym}){out[at + len(words):]}"
    return out
