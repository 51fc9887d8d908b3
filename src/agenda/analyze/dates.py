"""Deadlines in a sentence: date phrases resolved against the document's date to their period's last day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import ModuleType

from agenda.analyze.lang import language_data
from agenda.analyze.periods import add_months, after, clamped, closest, fiscal_end, month_end, period_end, upcoming

# Rules whose phrase is a deadline by its shape; the others ("in 2023", "on June 8", "today")
# count only in a sentence that looks forward, unless a deadline preposition ("by") leads them.
_DEADLINE_RULES = frozenset({
    "duration", "month_part", "year_part", "year_part_relative", "month_part_relative", "year_end",
})
_LAST_RESORT_RULES = frozenset({"tomorrow", "today"})
# Rules that name a point in time (a day, a month) rather than a period one works within ("in 2024").
_POINT_RULES = frozenset({"day", "weekday", "month", "season", "tomorrow", "today"})
_WINDOW_BEFORE = 60  # longest preposition and period words before a date word ("a partir de los primeros días de")
_WINDOW_AFTER = 40


@dataclass(frozen=True)
class Due:
    """A resolved deadline and the words that gave it."""

    date: date
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Candidate:
    rule: str
    match: re.Match[str]

    @property
    def length(self) -> int:
        return self.match.end() - self.match.start()


@dataclass(frozen=True)
class _Grammar:
    data: ModuleType
    small_numbers: dict[str, float]
    patterns: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]
    prefilter: re.Pattern[str]
    deadline: re.Pattern[str]
    until: re.Pattern[str]
    forward: re.Pattern[str]
    past_verb: re.Pattern[str]
    future_after_today: re.Pattern[str]


def _keyword_classes(data: ModuleType) -> dict[str, list[str]]:
    """The kinds of word a date phrase is built around, each with its words."""
    return {
        "month": list(data.MONTHS), "weekday": list(data.WEEKDAYS), "season": list(data.SEASONS),
        "unit": list(data.UNITS), "period": list(data.PERIOD_WORDS),
    }


def _classes(template: str, data: ModuleType) -> frozenset[str]:
    """The keyword kinds a phrase shape mentions: it is tried only where one of them occurs."""
    found = set()
    for name, places in (("month", ("{month}",)), ("weekday", ("{weekday}",)), ("season", ("{season}",)),
                         ("unit", ("{unit}", "{unit1}")), ("period", ("{fy}", "{quarter}", "{half}")),
                         ("digits", ("{year}", "{day}", "{num}", "{qn}", "\\d"))):
        if any(place in template for place in places):
            found.add(name)
    found.update(name for name, words in _keyword_classes(data).items()
                 if any(re.search(r"(?<![{\w])" + re.escape(word) + r"(?![\w}])", template) for word in words))
    return frozenset(found)


def _alternation(words: object) -> str:
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[arg-type]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _grammar(lang: str) -> _Grammar:
    data = language_data(lang, "dates")
    numbers = language_data(lang, "numbers")
    small = {w: v for w, v in numbers.SMALL.items() if v < 100}
    day_words = _alternation(data.DAY_WORDS) if data.DAY_WORDS else r"(?!x)x"
    places = {
        "month": rf"(?P<month>{_alternation(data.MONTHS)})(?!\w)",
        "year": r"(?P<year>(?:19|20)\d\d)(?!\d)",
        "year2": r"(?P<year2>(?:19|20)\d\d)(?!\d)",
        "day": rf"(?P<day>[0-3]?\d(?!\d)|{day_words}){data.DAY_SUFFIX}",
        "day2": rf"(?P<day2>[0-3]?\d(?!\d)|{day_words}){data.DAY_SUFFIX}",
        "num": rf"(?P<num>\d+|{_alternation(list(small) + list(numbers.ARTICLES_AS_ONE))})(?!\w)",
        "unit": rf"(?P<unit>{_alternation(data.UNITS)})(?!\w)",
        "unit1": rf"(?P<unit>{_alternation(data.SINGULAR_UNITS)})(?!\w)",
        "weekday": rf"(?P<weekday>{_alternation(data.WEEKDAYS)})(?!\w)",
        "season": rf"(?P<season>{_alternation(data.SEASONS)})(?!\w)",
        "part": rf"(?P<part>{_alternation(set(data.YEAR_PARTS) | set(data.MONTH_PARTS))})",
        "quarter": rf"(?P<quarter>{_alternation(data.QUARTERS)})(?!\w)",
        "qn": r"(?P<qn>[1-4])",
        "half": rf"(?P<half>{_alternation(data.HALVES)})(?!\w)",
        "this": rf"(?P<this>{_alternation(data.THIS)})(?!\w)",
        "next": rf"(?P<next>{_alternation(data.NEXT)})(?!\w)",
        "next2": rf"(?P<next2>{_alternation(data.NEXT)})(?!\w)",
        "fy": rf"(?:{data.FISCAL_YEAR})",
    }

    def expand(template: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: places[m.group(1)], template)

    compiled: list[tuple[str, re.Pattern[str], frozenset[str]]] = []
    for rule, template in data.PATTERNS:
        try:
            pattern = re.compile(r"(?<!\w)(?:" + expand(template) + r")(?!\w)", re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"{lang} date shape {rule!r} {template!r}: {error}") from error
        compiled.append((rule, pattern, _classes(template, data)))
    patterns = tuple(compiled)
    prefilter = re.compile(
        r"(?P<digits>\d+)|(?<!\w)(?:"
        + "|".join(f"(?P<{name}>{_alternation(words)})" for name, words in _keyword_classes(data).items())
        + r")(?!\w)", re.IGNORECASE)
    deadline = re.compile(r"(?:" + data.DEADLINE + r")", re.IGNORECASE)
    until = re.compile(r"(?:" + data.UNTIL + r")", re.IGNORECASE)
    # a bullet that starts with its verb ("Expand ...", "Joining ...") lists something to do
    bullets = language_data(lang, "actors")
    forward = re.compile("|".join(data.FORWARD_CUES) + "|^(?:" + bullets.IMPERATIVE_START + "|" + bullets.GERUND_START
                         + ")", re.IGNORECASE)
    return _Grammar(data, small, patterns, prefilter, deadline, until, forward, re.compile(data.PAST_VERB),
                    re.compile(data.FUTURE_AFTER_TODAY, re.IGNORECASE))


def find_due(sentence: str, lang: str, doc_date: date | None, bounded_only: bool = False,
             periods_only: bool = False) -> Due | None:
    """The first deadline of `sentence` that lies on or after `doc_date` (any, if it is unknown).

    `bounded_only` (for a report of something done) keeps only an explicit end ("until April 2025") and the
    current period ("this fiscal year"): a date there mostly says when the reported thing started, for how long
    it was planned or what its goal is, not what is still due. `periods_only` (for the lead-in of a list) drops
    a day or a month that no deadline word leads: it dates the lead-in's own event ("Today, the leaders will
    meet to discuss:"), while a period ("over the next year", "in 2024", "by June") bounds each item."""
    grammar = _grammar(lang if lang in ("en", "es") else "en")
    windows = _windows(sentence, grammar)
    if not windows:
        return None
    seen: set[tuple[str, int, int]] = set()
    candidates: list[_Candidate] = []
    for rule, pattern, classes in grammar.patterns:
        for start, end, present in windows:
            if not classes & present:
                continue
            for match in pattern.finditer(sentence, start, end):
                if (rule, match.start(), match.end()) not in seen:
                    seen.add((rule, match.start(), match.end()))
                    candidates.append(_Candidate(rule, match))
    if not candidates:
        return None
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (-c.length, c.match.start())):
        if all(candidate.match.end() <= k.match.start() or candidate.match.start() >= k.match.end() for k in kept):
            kept.append(candidate)
    looks_forward: bool | None = None
    fallback: Due | None = None
    ordered = sorted(kept, key=lambda c: c.match.start())
    for index, candidate in enumerate(ordered):
        if _in_the_past(sentence, candidate.match, grammar) or _names_a_thing(sentence, candidate, ordered, index):
            continue
        resolved = _resolve(candidate, grammar, doc_date)
        if resolved is None or (doc_date is not None and resolved < doc_date):
            continue
        if bounded_only and not _is_bound(candidate, grammar):
            continue
        if periods_only and candidate.rule in _POINT_RULES and not _is_deadline(candidate, grammar):
            continue
        if candidate.rule == "today" and not grammar.future_after_today.search(sentence, candidate.match.end()):
            continue
        if not _is_deadline(candidate, grammar):
            if looks_forward is None:
                looks_forward = bool(grammar.forward.search(sentence))
            if not looks_forward or _after_past_verb(sentence, candidate.match, grammar):
                continue
        due = Due(resolved, candidate.match.group(0), candidate.match.start(), candidate.match.end())
        if candidate.rule in _LAST_RESORT_RULES:
            fallback = fallback or due
            continue
        return due
    return fallback


def _windows(sentence: str, grammar: _Grammar) -> list[tuple[int, int, frozenset[str]]]:
    """Stretches of `sentence` around its date words, with the kinds of date word in each: the phrase shapes
    are tried there only (a full scan of every shape over a long sentence costs far more)."""
    windows: list[tuple[int, int, frozenset[str]]] = []
    for hit in grammar.prefilter.finditer(sentence):
        kind = hit.lastgroup or ""
        if kind in ("month", "weekday") and grammar.data.CAPITALIZED_NAMES and not hit.group(0)[0].isupper():
            continue  # "may", "march": verbs, not months
        start = max(0, hit.start() - _WINDOW_BEFORE)
        end = min(len(sentence), hit.end() + _WINDOW_AFTER)
        while end < len(sentence) and not sentence[end].isspace():
            end += 1  # a window ends between words, so that a match cannot stop inside one
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end), windows[-1][2] | {kind})
        else:
            windows.append((start, end, frozenset({kind})))
    return windows


def _is_deadline(candidate: _Candidate, grammar: _Grammar) -> bool:
    groups = candidate.match.groupdict()
    if candidate.rule in _DEADLINE_RULES:
        return True
    if candidate.rule in ("relative", "season", "fiscal_year_relative") and (groups.get("next") or groups.get("next2")):
        return True
    return _has_deadline_prep(groups, grammar)


def _has_deadline_prep(groups: dict[str, str | None], grammar: _Grammar) -> bool:
    prep = groups.get("prep")
    return bool(prep and grammar.deadline.fullmatch(prep.strip()))


def _is_bound(candidate: _Candidate, grammar: _Grammar) -> bool:
    """Whether a phrase closes a period under way: "until April" or the current one ("this year"); a target
    ("by 2030") in a report is the goal of what was done, not a date still due."""
    groups = candidate.match.groupdict()
    prep = groups.get("prep")
    if prep and grammar.until.fullmatch(prep.strip()):
        return True
    return bool(groups.get("this")) and not (groups.get("next") or groups.get("next2"))


def _in_the_past(sentence: str, match: re.Match[str], grammar: _Grammar) -> bool:
    before = sentence[:match.start()].split()
    after = sentence[match.end():].split()
    if before and before[-1].lower().strip(",;:") in grammar.data.PAST_BEFORE:
        return True
    return bool(after) and after[0].lower().strip(",.;:") in grammar.data.PAST_AFTER


def _after_past_verb(sentence: str, match: re.Match[str], grammar: _Grammar) -> bool:
    """Whether a past-tense verb leads the phrase ("she launched on May 27")."""
    before = sentence[:match.start()].split()
    return bool(before) and grammar.past_verb.fullmatch(before[-1]) is not None


def _names_a_thing(sentence: str, candidate: _Candidate, ordered: list[_Candidate], index: int) -> bool:
    """Date words that name or label something rather than set a time: "this year's Dialogue", a weekday
    before the date it names ("on Sunday, April 28"), a budget "for FY2024"."""
    match = candidate.match
    if sentence[match.end():match.end() + 2] in ("'s", "’s"):
        return True
    if candidate.rule == "weekday" and index + 1 < len(ordered) and \
            ordered[index + 1].match.start() - match.end() <= 3:
        return True
    prep = (match.groupdict().get("prep") or "").lower()
    return candidate.rule == "fiscal_year" and prep == "for"


def _resolve(candidate: _Candidate, grammar: _Grammar, doc: date | None) -> date | None:
    data = grammar.data
    g = candidate.match.groupdict()
    rule = candidate.rule
    named_year = g.get("year2") or g.get("year")
    year = int(named_year) if named_year else None
    nxt = 1 if (g.get("next") or g.get("next2")) else 0
    # "by December 31" with no year points ahead: the next such day, even when the last one is nearer
    nearest = upcoming if _has_deadline_prep(g, grammar) else closest
    month = _month(g, data, candidate.match, rule)
    if month == -1:
        return None
    try:
        if rule == "day":
            day = _day(g.get("day2") or g.get("day"), data)
            if year is None:
                return nearest(doc, month, day) if doc else None
            return date(year, month, day)
        if rule == "month":
            if year is not None:
                return month_end(year, month)
            if doc is None:
                return None
            if nxt:
                return month_end(doc.year + (1 if month <= doc.month else 0), month)
            return nearest(doc, month, None)
        if rule in ("year", "year_list", "year_range"):
            return date(year, 12, 31) if year else None
        if rule == "fiscal_year":
            full = year if year else 2000 + int(g["yy"])
            return fiscal_end(full, data.FISCAL_YEAR_END)
        if rule == "fiscal_year_relative":
            if doc is None:
                return None
            end = fiscal_end(doc.year, data.FISCAL_YEAR_END)
            end = end if end >= doc else fiscal_end(doc.year + 1, data.FISCAL_YEAR_END)
            return fiscal_end(end.year + nxt, data.FISCAL_YEAR_END)
        if rule == "year_part":
            part_month, part_day = data.YEAR_PARTS[_norm(g["part"])]
            return date(year, part_month, part_day) if year else None
        if doc is None:
            return None
        if rule == "year_part_relative":
            part_month, part_day = data.YEAR_PARTS[_norm(g["part"])] if g.get("part") else (12, 31)
            return date(doc.year + nxt, part_month, part_day)
        if rule == "year_end":
            return date(doc.year, 12, 31)
        if rule == "month_part":
            day = data.MONTH_PARTS[_norm(g["part"])]
            if month == 0:
                return clamped(doc.year, doc.month, day)
            if year is not None:
                return clamped(year, month, day)
            return nearest(doc, month, day, clamp=True)
        if rule == "month_part_relative":
            first = add_months(doc.replace(day=1), nxt)
            day = data.MONTH_PARTS[_norm(g["part"])] if g.get("part") else 31
            return clamped(first.year, first.month, day)
        if rule in ("quarter", "half"):
            if rule == "quarter":
                index = int(g["qn"]) if g.get("qn") else data.QUARTERS[g["quarter"].lower()]
                end_month = 3 * index
            else:
                end_month = 6 * data.HALVES[g["half"].lower()]
            if year is None:
                year = doc.year + nxt
                if not nxt and not g.get("this") and month_end(year, end_month) < doc:
                    year += 1
            return month_end(year, end_month)
        if rule == "duration":
            return after(doc, _count(g.get("num"), grammar), data.UNITS[g["unit"].lower()])
        if rule == "century_part":
            return date(doc.year // 100 * 100 + 50, 12, 31)
        if rule == "relative":
            return period_end(doc, data.UNITS[g["unit"].lower()], nxt)
        if rule == "season":
            season_month, season_day, offset = data.SEASONS[g["season"].lower()]
            if year is not None:
                return clamped(year + offset, season_month, season_day)
            end = clamped(doc.year, season_month, season_day)
            if end < doc:
                end = clamped(doc.year + 1, season_month, season_day)
            return clamped(end.year + nxt, season_month, season_day)
        if rule == "weekday":
            ahead = (data.WEEKDAYS[g["weekday"].lower()] - doc.weekday()) % 7
            return doc + timedelta(days=ahead or 7)
        if rule == "tomorrow":
            return doc + timedelta(days=1)
        if rule == "today":
            return doc
    except (ValueError, KeyError, TypeError):
        return None
    return None


def _month(g: dict[str, str | None], data: ModuleType, match: re.Match[str], rule: str) -> int:
    """The month number of the phrase, 0 when it names none, -1 when the name is not a month here."""
    name = g.get("month")
    if not name:
        return 0
    if data.CAPITALIZED_NAMES and not name[0].isupper():
        return -1
    key = name.lower().rstrip(".")
    bare = rule == "month" and not g.get("year") and not g.get("prep") and not g.get("next") and not g.get("next2")
    if key in data.AMBIGUOUS_MONTHS and bare:
        return -1
    if rule == "weekday":
        return 0
    return data.MONTHS[key]


def _day(text: str | None, data: ModuleType) -> int:
    if text is None:
        raise ValueError("no day")
    lowered = text.lower()
    return data.DAY_WORDS[lowered] if lowered in data.DAY_WORDS else int(text)


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _count(text: str | None, grammar: _Grammar) -> int:
    if not text:
        return 1
    if text.isdigit():
        return int(text)
    return int(grammar.small_numbers.get(text.lower(), 1))
