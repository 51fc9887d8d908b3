"""Language-neutral features of a sentence (cue classes, actors, layout) for the statement detector."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from agenda.analyze.lang import language_data
from agenda.analyze.prefilter import WORD, prefix_lengths, triggers, word_keys
from agenda.analyze.sentences import Sentence

# Cue classes looked up in the language's `cues`, `agents` and `places` modules, searched in lower case.
_CUE_CLASSES = {
    "cues": ("FUTURE", "COMMIT", "INTENT", "CONTINUE", "ANNOUNCE", "PAST_ACTION", "PAST_GENERIC", "PERFECT",
             "PROGRESSIVE", "PASSIVE_PAST", "HEDGE", "VALUE", "THREAT", "REPORTED", "FIRST_SINGULAR",
             "FIRST_PLURAL", "NEGATION", "TODAY", "PAST_TIME", "FUTURE_TIME"),
    "agents": ("GOVERNMENT", "PRIVATE"),
    "places": ("REGIONS", "COOPERATION"),
    "actions": ("CONCRETE", "VAGUE", "PRESENT_ACTION"),
}
# Verb cue classes, searched first: a sentence with none of them is skipped before any other work.
_VERB_CLASSES = ("future", "commit", "intent", "continue", "announce", "past_action", "perfect", "progressive",
                 "passive_past", "past_generic", "present_action")
FORWARD_CUES = ("future", "commit", "intent")
_DONE = ("past_action", "perfect", "progressive", "passive_past")
# A sentence names money with a currency sign or one of these words (sought only when it holds one of them).
_MONEY_SIGNS = "$€£"
_MONEY_WORDS = r"\b(?:usd|mxn|dollars|dólares|pesos|euros)\b|\b(?:million|billion|millones|mil millones)\b"
_MONEY = re.compile(_MONEY_WORDS)
_MONEY_NEEDS = triggers(_MONEY_WORDS)
_NUMBER = re.compile(r"\d")
_WORD = WORD
_SHORT, _LONG, _VERY_LONG = 60, 300, 600
_CLOSING = " \t\"'”’»)]"
# A document naming companies at least a third as often as governments and countries is about the private sector.
_PRIVATE_DOCUMENT_RATIO = 3


@dataclass(frozen=True)
class CueSet:
    """The compiled patterns of one language, with the words each needs (see `prefilter`)."""

    patterns: dict[str, re.Pattern[str]]
    countries: re.Pattern[str]
    imperative_start: re.Pattern[str]
    gerund_start: re.Pattern[str]
    needs: dict[str, frozenset[str] | None]
    # (name, pattern, words needed) of the verb classes and of the others, in order, for the loops per sentence
    verb_cues: tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...] = field(init=False)
    other_cues: tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...] = field(init=False)
    prefix_lengths: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        table = [(name, pattern, self.needs[name]) for name, pattern in self.patterns.items()]
        object.__setattr__(self, "verb_cues", tuple(sorted((cue for cue in table if cue[0] in _VERB_CLASSES),
                                                           key=lambda cue: _VERB_CLASSES.index(cue[0]))))
        object.__setattr__(self, "other_cues", tuple(cue for cue in table if cue[0] not in _VERB_CLASSES))
        object.__setattr__(self, "prefix_lengths", prefix_lengths([*self.needs.values(), _MONEY_NEEDS]))


@cache
def cue_set(lang: str | None) -> CueSet:
    """Compiled cue patterns for `lang` (English data for unsupported languages)."""
    patterns: dict[str, re.Pattern[str]] = {}
    sources: dict[str, str] = {}
    for module_name, names in _CUE_CLASSES.items():
        module = language_data(lang, module_name)
        for name in names:
            sources[name] = getattr(module, name)
            patterns[name.lower()] = re.compile(sources[name])
    places = language_data(lang, "places")
    cues = language_data(lang, "cues")
    common = language_data(lang, "stopwords").STOPWORDS  # a pattern is looked up by its rarer words
    needs = {name.lower(): triggers(source, common) for name, source in sources.items()}
    needs["countries"] = triggers(places.COUNTRIES, common)
    return CueSet(patterns=patterns, countries=re.compile(places.COUNTRIES),
                  imperative_start=re.compile(cues.IMPERATIVE_START), gerund_start=re.compile(cues.GERUND_START),
                  needs=needs)


def may_be_statement(sentence: Sentence, text: str) -> bool:
    """Layout test run before any pattern: headings, table rows and questions are never statements.

    A question is a sentence that ends with a question mark or any sentence of a questioner's turn (a
    reporter's preamble to a question pledges nothing either).
    """
    if sentence.heading or sentence.table_row or sentence.questioner:
        return False
    return not text.rstrip(_CLOSING).endswith("?")


def _opens_with(lowered: str, *patterns: re.Pattern[str]) -> bool:
    return any(p.match(lowered) for p in patterns)


def sentence_features(text: str, lowered: str, sentence: Sentence, cues: CueSet,
                      lead_in: frozenset[str] = frozenset()) -> set[str] | None:
    """The names of the features that hold for one sentence (binary features).

    None when the sentence has no verb cue at all (and is no list item opening with an action verb):
    such a sentence cannot be a statement, and the rest of the work is skipped.
    """
    found = features_and_cue(text, lowered, sentence, cues, lead_in)
    return None if found is None else found[0]


def features_and_cue(text: str, lowered: str, sentence: Sentence, cues: CueSet,
                     lead_in: frozenset[str] = frozenset()) -> tuple[set[str], int] | None:
    """`sentence_features`, and the offset of the first verb cue as `first_cue` finds it."""
    words = _WORD.findall(lowered)
    keys = word_keys(words, cues.prefix_lengths)
    first_match: dict[str, int] = {}
    for name, pattern, needed in cues.verb_cues:  # a pattern is searched only if the sentence has a word it needs
        if needed is None or not needed.isdisjoint(keys):
            match = pattern.search(lowered)
            if match:
                first_match[name] = match.start()
    if not first_match and not (sentence.list_item and _opens_with(lowered, cues.imperative_start,
                                                                   cues.gerund_start)):
        return None
    cue_at = min(first_match.values(), default=0)
    for name, pattern, needed in cues.other_cues:
        if needed is None or not needed.isdisjoint(keys):
            match = pattern.search(lowered)
            if match:
                first_match[name] = match.start()
    active = set(first_match)
    needed = cues.needs["countries"]
    no_country = needed is not None and needed.isdisjoint(keys)
    country_matches = [] if no_country else list(cues.countries.finditer(lowered))
    countries = {m.group(0) for m in country_matches}
    if countries:
        active.add("countries")
        first_match["countries"] = country_matches[0].start()
    _subject(active, first_match)
    if len(countries) >= 2:
        active.add("countries2")
    if cues.imperative_start.match(lowered):
        active.add("imperative_start")
    elif cues.gerund_start.match(lowered):
        active.add("gerund_start")
    if any(sign in lowered for sign in _MONEY_SIGNS) or (
            (_MONEY_NEEDS is None or not _MONEY_NEEDS.isdisjoint(keys)) and _MONEY.search(lowered)):
        active.add("money")
    if _NUMBER.search(lowered):
        active.add("number")
    if "?" in text or "¿" in text:
        active.add("question")
    _layout(active, text, sentence)
    active.update(f"lead_in_{name}" for name in lead_in)
    _interactions(active)
    if words:
        active.add(f"first:{words[0]}")
    active.update(f"w:{word}" for word in words)
    return active, cue_at


def first_cue(lowered: str, lang: str | None) -> int:
    """Offset of the first verb cue of a sentence (0 when none)."""
    patterns = cue_set(lang).patterns
    starts = [m.start() for m in (patterns[name].search(lowered) for name in _VERB_CLASSES) if m]
    return min(starts, default=0)


def document_features(text: str, cues: CueSet) -> set[str]:
    """Flags of the whole document: about private companies more than governments, a transcript."""
    lowered = text.lower()
    private = len(cues.patterns["private"].findall(lowered))
    # Governments and countries are counted only as far as they can outweigh the companies (none if none).
    limit = private * _PRIVATE_DOCUMENT_RATIO
    government = _count(cues.patterns["government"], lowered, limit)
    government += _count(cues.countries, lowered, limit - government)
    flags = set()
    if limit > government:
        flags.add("doc_private")
    return flags


def _count(pattern: re.Pattern[str], text: str, limit: int) -> int:
    """The number of matches of `pattern` in `text` (as `findall` counts them), up to `limit`."""
    return sum(1 for _ in islice(pattern.finditer(text), limit)) if limit > 0 else 0


def lead_in_flags(lowered: str, cues: CueSet) -> frozenset[str]:
    """Whether a sentence that introduces a list looks forward or reports what was done."""
    flags = set()
    if any(cues.patterns[name].search(lowered) for name in FORWARD_CUES):
        flags.add("forward")
    if any(cues.patterns[name].search(lowered) for name in _DONE):
        flags.add("done")
    return frozenset(flags)


def _subject(active: set[str], first_match: dict[str, int]) -> None:
    """Who comes before the first verb cue: a government (or "we"), a private company, or nobody known."""
    cue_at = min((first_match[name] for name in (*FORWARD_CUES, *_DONE) if name in first_match), default=None)
    if cue_at is None:
        return
    before = {name for name in ("government", "countries", "first_plural", "private", "first_singular")
              if first_match.get(name, cue_at + 1) <= cue_at}
    if before & {"government", "countries", "first_plural"}:
        active.add("government_subject")
    elif "private" in before:
        active.add("private_subject")
    elif "first_singular" in before:
        active.add("singular_subject")
    else:
        active.add("unknown_subject")


def _layout(active: set[str], text: str, sentence: Sentence) -> None:
    if sentence.speaker is not None:
        active.add("transcript")
    if sentence.list_item:
        active.add("list_item")
    if sentence.line == 0:
        active.add("title_line")
    if text.rstrip().endswith(":"):
        active.add("ends_with_colon")
    length = len(text)
    if length < _SHORT:
        # Short lines are headings, list titles and small talk; a short written sentence that ends with a full
        # stop outside a list or a transcript is not ("The two governments will hold a forum in May.").
        if sentence.list_item or sentence.speaker is not None or not text.rstrip().endswith((".", "!")):
            active.add("short")
    elif length > _VERY_LONG:
        active.add("very_long")
    elif length > _LONG:
        active.add("long")


def _interactions(active: set[str]) -> None:
    forward = any(name in active for name in FORWARD_CUES)
    done = any(name in active for name in _DONE)
    if forward:
        active.add("forward")
    if done:
        active.add("done")
    if forward and not done:
        active.add("forward_only")
    if done and not forward:
        active.add("done_only")
    if forward and done:
        active.add("forward_and_done")
    actor = "government" in active or "countries" in active or "first_plural" in active
    for flag in ("forward", "done"):
        if flag not in active:
            continue
        for other in ("concrete", "vague", "government_subject", "private_subject", "unknown_subject",
                      "singular_subject", "government", "countries", "first_plural", "first_singular", "private",
                      "cooperation",
                      "regions", "hedge", "transcript", "today", "past_time", "future_time",
                      "list_item", "negation", "value", "threat", "reported"):
            if other in active:
                active.add(f"{flag}_x_{other}")
        if not actor:
            active.add(f"{flag}_no_actor")
    if "concrete" not in active and "vague" in active:
        active.add("vague_only")
    if "present_action" in active and ("government_subject" in active) and not forward:
        active.add("present_action_x_government_subject")
    if "list_item" in active:
        for start in ("imperative_start", "gerund_start"):
            if start in active:
                active.add(f"list_x_{start}")
