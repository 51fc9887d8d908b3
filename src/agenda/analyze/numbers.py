"""Finding figures in a sentence: digits, written-out numbers and scale words, with their spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from agenda.analyze.lang import language_data

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")


class Token(NamedTuple):
    text: str
    lower: str
    start: int
    end: int

    @property
    def is_digits(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


@dataclass(frozen=True)
class Figure:
    """A number found in a sentence: its value, its character span and how it was written."""

    value: float
    start: int
    end: int
    first: int  # index of its first token
    last: int  # index of its last token
    scaled: bool = False  # has a scale word ("million", "mil")
    abbreviated: str | None = None  # the abbreviated scale it ends with ("m", "bn", "mdd")
    plain_integer: bool = False  # digits only, no separator, no scale ("2023", "45")
    ordinal: bool = False  # "1st", "1º"
    hyphenated: bool = False  # glued to a following word by a hyphen ("2,000-mile")
    words: bool = False  # written out at least in part ("two million")


@dataclass(frozen=True)
class NumberWords:
    small: dict[str, float]
    scales: dict[str, float]
    bare_scales: frozenset[str]
    abbreviations: dict[str, float]
    fractions: dict[str, float]
    articles: frozenset[str]
    joiners: frozenset[str]
    decimal_mark: str
    thousands_after_millions: bool  # a group under a thousand right after millions counts thousands
    starters: frozenset[str]  # words that may begin a figure
    prefilter: re.Pattern[str]
    glued_function_words: frozenset[str]  # "to72": a lost space, not a code


@cache
def number_words(lang: str) -> NumberWords:
    data = language_data(lang, "numbers")
    starters = frozenset(data.SMALL) | data.BARE_SCALES | frozenset(data.FRACTIONS) | data.ARTICLES_AS_ONE
    words = sorted(set(data.SMALL) | set(data.SCALES) | set(data.FRACTIONS), key=len, reverse=True)
    prefilter = re.compile(r"\d|(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    return NumberWords(
        small=data.SMALL, scales=data.SCALES, bare_scales=data.BARE_SCALES,
        abbreviations=data.SCALE_ABBREVIATIONS, fractions=data.FRACTIONS,
        articles=data.ARTICLES_AS_ONE, joiners=data.JOINERS, decimal_mark=data.DECIMAL_MARK,
        thousands_after_millions=data.THOUSANDS_AFTER_MILLIONS, starters=starters, prefilter=prefilter,
        glued_function_words=data.GLUED_FUNCTION_WORDS,
    )


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def parse_digits(text: str, decimal_mark: str) -> float | None:
    """The value of a digit string such as "1,500", "2,7", "1.500" or "20.4" under a convention; None for
    strings that are no number in it ("1.1.529", a section or version)."""
    try:
        return _parse_digits(text, decimal_mark)
    except ValueError:
        return None


def _parse_digits(text: str, decimal_mark: str) -> float:
    if decimal_mark == ".":
        return float(text.replace(",", ""))
    if decimal_mark == ",":
        return float(text.replace(".", "").replace(",", "."))
    marks = [c for c in text if c in ".,"]
    if not marks:
        return float(text)
    if len(set(marks)) == 2:
        decimal = marks[-1]
        grouping = "," if decimal == "." else "."
        return float(text.replace(grouping, "").replace(decimal, "."))
    if len(marks) > 1:
        return float(text.replace(marks[0], ""))
    head, tail = text.split(marks[0])
    if len(tail) == 3:
        return float(head + tail)
    return float(f"{head}.{tail}")


def _place(value: float) -> float:
    """The lowest non-zero decimal place of a whole number: 100 for 300, 10 for 150, 1 for 7."""
    if value <= 0 or not float(value).is_integer():
        return 0
    place = 1
    number = int(value)
    while number % 10 == 0:
        number //= 10
        place *= 10
    return place


def find_figures(text: str, lang: str) -> list[Figure]:
    """Every figure of `text`, left to right, with written-out parts and scale words merged."""
    return read_figures(text, lang)[1]


def read_figures(text: str, lang: str) -> tuple[list[Token], list[Figure]]:
    """The tokens of `text` (none when it holds no figure) and its figures."""
    words = number_words(lang)
    if not words.prefilter.search(text):
        return [], []
    tokens = tokenize(text)
    figures: list[Figure] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not (token.text[0].isdigit() or token.lower in words.starters):
            i += 1
            continue
        figure = _read_figure(text, tokens, i, words)
        if figure is None:
            i += 1
            continue
        figures.append(figure)
        i = figure.last + 1
    return tokens, figures


def _glued_left(text: str, token: Token, words: NumberWords) -> bool:
    """Digits that continue a word or code ("COVID-19", "G20", "H-2B") are not figures; digits
    glued to a lower-case function word ("to72") lost a space."""
    before = text[token.start - 1] if token.start else " "
    if before.isalpha():
        start = token.start - 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = text[start:token.start]
        return not (word.islower() and word in words.glued_function_words)
    return before in "-:/+" and token.start >= 2 and text[token.start - 2].isalnum()


def _read_figure(text: str, tokens: list[Token], i: int, words: NumberWords) -> Figure | None:
    token = tokens[i]
    first = i
    total = 0.0
    current: float | None = None
    top_scale = 0.0
    scaled = has_words = ordinal = hyphenated = False
    abbreviated: str | None = None
    previous = ""  # kind of the previous atom: "digits", "word", "scale", "hundred", "fraction"
    last = i - 1
    while i < len(tokens):
        token = tokens[i]
        glued_to_previous = i > first and tokens[i - 1].end == token.start
        if token.is_digits:
            if previous not in ("", "scale") or (previous == "" and _glued_left(text, token, words)):
                break
            value = parse_digits(token.text, words.decimal_mark)
            if value is None:
                return None
            current, previous, last = value, "digits", i
            tail = text[token.end:token.end + 1]
            if tail in (":", "/") and text[token.end + 1:token.end + 2].isdigit():
                return None  # a time or a date written with digits ("10:30", "12/05")
            if tail == "+":  # "$40+ trillion"
                last = i + 1
                i += 2
                continue
            if tail.isalpha():
                glued = tokens[i + 1].lower if i + 1 < len(tokens) else ""
                if glued in words.scales or glued in words.abbreviations:
                    i += 1
                    continue
                if glued in ("st", "nd", "rd", "th", "º", "ª", "o", "a", "er"):
                    ordinal = True
                    last = i + 1
                    break
                return None  # "5G", "24h": a code, not a figure
            i += 1
            continue
        lower = token.lower
        if lower in words.abbreviations and previous == "digits" and lower not in words.scales:
            if not (glued_to_previous or text[tokens[i - 1].end:token.start] == " "):
                break
            abbreviated = lower
            total += (current or 0) * words.abbreviations[lower]
            current, scaled, last = None, True, i
            i += 1
            break
        if lower in words.scales:
            scale = words.scales[lower]
            if previous == "" and lower not in words.bare_scales:
                break
            if previous == "scale" and scale <= top_scale:
                break
            if scale < 1000:  # "hundred" multiplies the group being read
                current = (current if current is not None else 1) * scale
                previous = "hundred"
            else:
                base = current if current is not None else (0 if total else 1)
                if scale > top_scale:
                    total = (total + base) * scale
                    top_scale = scale
                else:
                    total += base * scale
                current, previous = None, "scale"
            scaled = has_words = True
            last = i
            i += 1
            continue
        if lower in words.small:
            value = words.small[lower]
            if previous in ("", "scale"):
                current = value
            elif previous in ("word", "hundred") and current is not None and value < _place(current):
                current += value
            else:
                break
            previous, has_words, last = "word", True, i
            i += 1
            continue
        if previous == "" and lower in words.fractions:
            following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            if following in words.articles:
                following = tokens[i + 2].lower if i + 2 < len(tokens) else ""
                i += 1
            if following not in words.scales:
                return None
            current, previous, has_words = words.fractions[lower], "fraction", True
            i += 1
            continue
        if previous == "" and lower in words.articles:
            following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            if following not in words.scales:
                return None
            current, previous = 1.0, "fraction"
            i += 1
            continue
        if lower in words.joiners or (token.text == "-" and glued_to_previous):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if previous in ("word", "hundred") and following is not None and following.lower in words.small:
                i += 1
                continue
            if token.text == "-" and previous in ("digits", "word") and following is not None \
                    and following.is_word and following.start == token.end:
                hyphenated = True
            break
        break
    if last < first or (current is None and not scaled):
        return None
    if words.thousands_after_millions and top_scale >= 1e6 and current is not None and 1 <= current < 1000 \
            and float(current).is_integer() and previous in ("digits", "word", "hundred"):
        current *= 1000  # "tres millones 400": the speaker left out "mil"
    value = total + (current or 0)
    start, end = tokens[first].start, tokens[last].end
    plain = (not scaled and not has_words and last == first and tokens[first].text.isdigit())
    return Figure(value=value, start=start, end=end, first=first, last=last, scaled=scaled,
                  abbreviated=abbreviated, plain_integer=plain, ordinal=ordinal,
                  hyphenated=hyphenated, words=has_words)
