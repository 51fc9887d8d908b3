"""Splitting a document's text into sentences (character spans) that survive abbreviations, lists,
tables, headings glued to text, and transcript speaker turns."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from agenda.analyze.lang import language_data

_LINE = re.compile(r"[^\n]+")
# End punctuation (with closing quotes/brackets) followed by space and something that opens a sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"“«(¿¡\[‘']?[A-ZÁÉÍÓÚÑÜ0-9])")
_LIST_MARKER = re.compile(r"(?:[-•*·‣▪●◦–—]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+")
_LABEL = re.compile(r"([^\n:]{1,140}):[ \t]+")
_LABEL_AT_LINE_START = re.compile(r"(?m)^[ \t]*([^\n:]{1,140}):[ \t]")
# A dateline of one or two capitalised words before a dash or ", DC" ("WASHINGTON – ...").
_DATELINE = re.compile(
    r"[A-ZÁÉÍÓÚÑ]{3,}(?: [A-ZÁÉÍÓÚÑ]{2,})?(?:,? D\.?C\.?)?(?:[ \t]+[–—-][ \t]+|,? D\.?C\.?[ \t]+(?=[A-Z]))")
_MULTI_INITIALS = re.compile(r"(?:\w\.){2,}")
_SINGLE_INITIAL = re.compile(r"[A-ZÁÉÍÓÚÑ]\.")
_ENUMERATOR = re.compile(r"\d{1,2}\.")
# What precedes an inline enumerator ("pillars of: 1. Building ...; and 2. Investing ...").
_ENUMERATION_LEAD = re.compile(r"(?:[:;,]|\b(?:and|or|y|o|e)\b)\s*$")
_END_PUNCTUATION = ".!?:;…\"”’)]"
_OPENING_QUOTES = "\"“«‘'"
_HEADING_MAX_WORDS = 12
_WRAPPED_LINE_MIN_CHARS = 60


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span and where it stands in the document's layout."""

    start: int
    end: int
    line: int = 0
    list_item: bool = False
    heading: bool = False
    table_row: bool = False
    speaker: str | None = None
    questioner: bool = False


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, in order, without bullets or speaker labels."""
    return [(s.start, s.end) for s in segment(text, lang)]


def segment(text: str, lang: str | None = None) -> list[Sentence]:
    """The sentences of `text` with their layout: list item, heading, table row, transcript speaker."""
    return list(_segment(text, lang))


@lru_cache(maxsize=2)  # the detector and then the document context split the same text
def _segment(text: str, lang: str | None) -> tuple[Sentence, ...]:
    abbreviations = language_data(lang, "abbreviations")
    speakers = language_data(lang, "speakers")
    known_labels = _recurring_labels(text)
    sentences: list[Sentence] = []
    speaker: str | None = None
    questioner = False
    for number, (start, end) in enumerate(_lines(text)):
        label, start = _speaker_label(text, start, end, speakers, known_labels)
        if label is not None:
            speaker = label
            questioner = label in speakers.QUESTIONER_LABELS
        marker = _LIST_MARKER.match(text, start, end)
        if marker:
            start = marker.end()
        dateline = _DATELINE.match(text, start, end)
        if dateline and number < 3:
            start = dateline.end()
        line_text = text[start:end]
        layout = {"line": number, "list_item": bool(marker), "speaker": speaker, "questioner": questioner}
        if " | " in line_text or line_text.count("|") >= 2:
            sentences.append(Sentence(start, end, table_row=True, **layout))
            continue
        if _is_heading(line_text):
            sentences.append(Sentence(start, end, heading=True, **layout))
            continue
        for a, b in _split_line(text, start, end, abbreviations):
            sentences.append(Sentence(a, b, **layout))
    return tuple(sentences)


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, trimmed; a hard-wrapped line is joined to the one it continues."""
    lines: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = _trim(text, *match.span())
        if start >= end:
            continue
        if lines and _continues(text, lines[-1], start):
            lines[-1] = (lines[-1][0], end)
        else:
            lines.append((start, end))
    return lines


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    if text.count("\n", previous[1], start) != 1:
        return False
    last, first = text[previous[1] - 1], text[start]
    if last in _END_PUNCTUATION or _LIST_MARKER.match(text, start):
        return False
    if first.islower():
        return True
    long_line = previous[1] - previous[0] >= _WRAPPED_LINE_MIN_CHARS
    return first.isdigit() and long_line and last.isalnum() and "|" not in text[start:start + 40]


def _speaker_label(text: str, start: int, end: int, speakers: ModuleType,
                   known_labels: frozenset[str]) -> tuple[str | None, int]:
    """A transcript turn's label at the start of a line ("INTERLOCUTOR:", "Q  ..."), and where text resumes."""
    match = _LABEL.match(text, start, end)
    if match:
        label = match.group(1).strip()
        lowered = label.lower()
        is_label = (label.upper() == label and any(c.isalpha() for c in label)
                    and not any(c.isdigit() for c in label)
                    and (lowered in speakers.QUESTIONER_LABELS or lowered in speakers.MODERATOR_LABELS
                         or ", " in label or label in known_labels))
        if is_label:
            return lowered, match.end()
    for bare in speakers.BARE_LABELS:
        width = len(bare)
        if text[start:start + width].lower() == bare and text[start + width:start + width + 1] in (" ", "\t"):
            resume = start + width
            while resume < end and text[resume] in " \t":
                resume += 1
            if resume < end and text[resume].isupper():
                return bare, resume
    return None, start


def _recurring_labels(text: str) -> frozenset[str]:
    """Upper-case line-start labels seen at least twice: the document's speakers."""
    counts = Counter(m.group(1).strip() for m in _LABEL_AT_LINE_START.finditer(text))
    return frozenset(label for label, n in counts.items() if n >= 2 and label.upper() == label)


def _is_heading(line_text: str) -> bool:
    stripped = line_text.rstrip()
    return (bool(stripped) and stripped[-1] not in _END_PUNCTUATION
            and len(stripped.split()) <= _HEADING_MAX_WORDS)


def _split_line(text: str, start: int, end: int, abbreviations: ModuleType) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, begin, match, end, abbreviations):
            continue
        spans.append(_trim(text, begin, match.end()))
        begin = match.end()
    spans.append(_trim(text, begin, end))
    return [(a, b) for a, b in spans if b > a]


def _is_abbreviation(text: str, begin: int, match: re.Match[str], end: int, abbreviations: ModuleType) -> bool:
    """Whether the period that matched belongs to an abbreviation rather than ending the sentence."""
    if match.group(0) != ".":
        return False
    word_start = max(begin, text.rfind(" ", begin, match.start()) + 1, text.rfind("\n", begin, match.start()) + 1)
    word = text[word_start:match.end()].lstrip("(\"“'‘[«¿¡")
    word = word.rsplit("-", 1)[-1]  # "Canada-U.S." ends like "U.S."
    lowered = word.lower()
    following = _next_word(text, match.end(), end)
    next_is_number = following[:1].isdigit()
    if lowered in abbreviations.NEVER_END or _SINGLE_INITIAL.fullmatch(word):
        return True
    if _ENUMERATOR.fullmatch(word):
        return _ENUMERATION_LEAD.search(text, begin, word_start) is not None or word_start == begin
    if lowered in abbreviations.BEFORE_NUMBER or lowered in abbreviations.MONTHS:
        return next_is_number
    if lowered in abbreviations.MAY_END or _MULTI_INITIALS.fullmatch(lowered):
        return following.lower().strip(_OPENING_QUOTES + "(¿¡") not in abbreviations.SENTENCE_OPENERS
    return False


@cache
def _word_pattern() -> re.Pattern[str]:
    return re.compile(r"\s*(\S+)")


def _next_word(text: str, position: int, end: int) -> str:
    match = _word_pattern().match(text, position, end)
    return match.group(1).rstrip(".,;:") if match else ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
