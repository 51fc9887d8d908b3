"""Who acts in a statement: country, government, agency and official mentions read as ISO3 codes (or INT).

A sentence names more countries than act in it: "The United States will provide X to Honduras" is
a U.S. action. The subject (what stands before the predicate) gives the actors; partners joined by
"together with" or met "with" join them; recipients and places after the verb do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from types import ModuleType

from agenda.analyze.lang import language_data
from agenda.analyze.lang.officials import OFFICIALS
from agenda.analyze.lexicon import compile_phrases, normalize
from agenda.analyze.party_names import is_acronym

# Where a mention comes from: what it says about acting.
NAME, DEMONYM, INSTITUTION, OFFICIAL, TITLE, COLLECTIVE, FIRST_PERSON, MASK = (
    "name", "demonym", "institution", "official", "title", "collective", "first_person", "mask")

# Why a sentence leaves its actors to the document: its subject is "we", or "both countries", or it
# names nobody (a bullet that starts with its verb, an impersonal sentence).
SPEAKER, PARTIES, UNNAMED = "speaker", "parties", "unnamed"
_PLACE_WORDS = frozenset({
    "to", "for", "in", "into", "across", "throughout", "toward", "towards", "on", "at", "within",
    "through", "among", "a", "al", "para", "en", "hacia", "desde", "entre", "sobre",
})
_BETWEEN = frozenset({"between", "entre"})
_CHUNK = re.compile(r"[,;:(—–]|\s-\s")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str
    codes: frozenset[str]
    text: str


@dataclass(frozen=True)
class Entry:
    kind: str
    code: str  # ISO3 / INT, or a role for titles
    terms: tuple[tuple[str, date, date | None], ...] = ()


@dataclass(frozen=True)
class _Gazetteer:
    data: ModuleType
    entries: dict[str, Entry]
    patterns: tuple[tuple[re.Pattern[str], bool], ...]
    predicate: re.Pattern[str]
    joint: re.Pattern[str]
    coordinator: re.Pattern[str]
    partner: re.Pattern[str]
    not_joint: re.Pattern[str]
    meeting: re.Pattern[str]
    with_word: re.Pattern[str]
    agent: re.Pattern[str]
    imperative: re.Pattern[str]
    gerund_start: re.Pattern[str]
    acknowledging: re.Pattern[str]
    participle: re.Pattern[str]
    purpose: re.Pattern[str]
    support: re.Pattern[str]
    demonym_heads: frozenset[str]
    heads_after: bool
    officials_by_role: dict[str, tuple[tuple[str, date, date | None], ...]]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def _gazetteer(lang: str) -> _Gazetteer:
    code = lang if lang in ("en", "es") else "en"
    data = language_data(code, "actors")
    countries = language_data(code, "countries")
    cased: dict[str, Entry] = {}
    uncased: dict[str, Entry] = {}

    def add(alias: str, entry: Entry, case_sensitive: bool) -> None:
        if not alias:
            return
        table = cased if case_sensitive else uncased
        table.setdefault(normalize(alias, case_sensitive), entry)

    for phrase in data.NOT_ACTORS:
        add(phrase, Entry(MASK, ""), False)
    for iso, (names, demonyms) in countries.COUNTRIES.items():
        for name in names.split("|"):
            add(name, Entry(NAME, iso), name in countries.CASED_NAMES)
        for demonym in filter(None, demonyms.split("|")):
            for form in countries.demonym_forms(demonym):
                add(form, Entry(DEMONYM, iso), False)
    for capital, iso in countries.CAPITALS.items():
        add(capital, Entry(NAME, iso), True)
    for alias, codes in data.GROUPS.items():
        add(alias, Entry(NAME, codes), alias.upper() == alias)
    for alias, iso in data.INSTITUTIONS.items():
        add(alias, Entry(INSTITUTION, iso), is_acronym(alias))
    by_role: dict[str, list[tuple[str, date, date | None]]] = {}
    for names, (iso, role, first, last) in OFFICIALS.items():
        for name in names.split("|"):
            add(name, Entry(OFFICIAL, iso), True)
        start = _day(first)
        if start is not None:
            by_role.setdefault(role, []).append((iso, start, _day(last)))
    for title, role in data.TITLES.items():
        add(title, Entry(TITLE, role), False)
    for phrase in data.COLLECTIVE:
        add(phrase, Entry(COLLECTIVE, ""), False)
    for phrase in data.FIRST_PERSON:
        add(phrase, Entry(FIRST_PERSON, ""), False)
    patterns = (
        (compile_phrases(cased, case_sensitive=True), True),
        (compile_phrases(uncased, case_sensitive=False), False),
    )
    entries = {**{f"u:{k}": v for k, v in uncased.items()}, **{f"c:{k}": v for k, v in cased.items()}}
    predicate = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(data.PREDICATE_WORDS, key=len,
                                                                                         reverse=True))
                           + "|" + data.PREDICATE_PATTERN + r")(?![\w-])")
    return _Gazetteer(
        data=data, entries=entries, patterns=patterns, predicate=predicate,
        joint=_marker(data.JOINT_MARKERS, at_start=True), coordinator=_marker(data.COORDINATORS, at_start=True),
        partner=_marker(tuple(m for m in data.JOINT_MARKERS if not re.fullmatch(data.WITH_WORD, m)), at_start=False),
        not_joint=_marker(data.NOT_JOINT_MARKERS, at_start=False),
        meeting=_marker(data.MEETING_VERBS, at_start=False), with_word=re.compile(data.WITH_WORD, re.IGNORECASE),
        agent=re.compile(r"(?<!\w)(?:" + data.PASSIVE_AGENT + r")\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?\S*\s*$",
                         re.IGNORECASE),
        imperative=re.compile(data.IMPERATIVE_START), gerund_start=re.compile(data.GERUND_START),
        acknowledging=re.compile(r"(?:" + "|".join(data.ACKNOWLEDGING_VERBS) + r")(?!\w)", re.IGNORECASE),
        participle=re.compile(data.PARTICIPLE, re.IGNORECASE), purpose=re.compile(data.PURPOSE, re.IGNORECASE),
        support=re.compile(data.SUPPORT_AFTER, re.IGNORECASE),
        demonym_heads=data.DEMONYM_ACTOR_HEADS, heads_after=data.DEMONYM_HEADS_AFTER,
        officials_by_role={role: tuple(terms) for role, terms in by_role.items()},
    )


def _marker(phrases: tuple[str, ...], at_start: bool) -> re.Pattern[str]:
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    prefix = r"^\s*" if at_start else r"(?<!\w)"
    return re.compile(prefix + r"(?:" + body + r")(?!\w)", re.IGNORECASE)


def find_mentions(sentence: str, lang: str, doc_date: date | None = None) -> list[Mention]:
    """Every actor-like mention of `sentence`, left to right, overlaps resolved to the longest."""
    return list(_mentions(sentence, lang, doc_date))


@lru_cache(maxsize=256)  # the actors and the predicate of one sentence are read from the same mentions
def _mentions(sentence: str, lang: str, doc_date: date | None) -> tuple[Mention, ...]:
    gazetteer = _gazetteer(lang)
    found: list[tuple[int, int, Entry, str]] = []
    for pattern, case_sensitive in gazetteer.patterns:
        prefix = "c:" if case_sensitive else "u:"
        for match in pattern.finditer(sentence):
            entry = gazetteer.entries.get(prefix + normalize(match.group(0), case_sensitive))
            if entry is not None:
                found.append((match.start(), match.end(), entry, match.group(0)))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    mentions: list[Mention] = []
    last_end = -1
    for start, end, entry, text in found:
        if start < last_end:
            continue
        last_end = end
        if entry.kind == FIRST_PERSON and text == "US":
            continue
        codes = _codes(entry, sentence, start, end, gazetteer, doc_date)
        if not codes and entry.kind == DEMONYM and mentions and mentions[-1].kind == DEMONYM and mentions[-1].codes \
                and gazetteer.coordinator.match(sentence[mentions[-1].end:start] + " "):
            codes = frozenset({entry.code})  # "autoridades mexicanas y estadounidenses"
        mentions.append(Mention(start, end, entry.kind, codes, text))
    return tuple(_merge_adjacent(sentence, mentions))


def _codes(entry: Entry, sentence: str, start: int, end: int, gazetteer: _Gazetteer,
           doc_date: date | None) -> frozenset[str]:
    if entry.kind in (MASK, COLLECTIVE, FIRST_PERSON):
        return frozenset()
    if entry.kind == TITLE:
        terms = gazetteer.officials_by_role.get(entry.code, ())
        holders = frozenset(iso for iso, first, last in terms
                            if doc_date is None or (first <= doc_date and (last is None or doc_date <= last)))
        return holders if len(holders) == 1 else frozenset()  # "the President": whose is not said
    if entry.kind == DEMONYM and not _heads_a_government(sentence, start, end, gazetteer):
        return frozenset()
    return frozenset(entry.code.split())


def _heads_a_government(sentence: str, start: int, end: int, gazetteer: _Gazetteer) -> bool:
    if gazetteer.heads_after:
        words = sentence[end:end + 60].replace("-", " ").split()
        while len(words) >= 2 and gazetteer.coordinator.match(words[0]) and words[1][:1].isupper():
            words = words[2:]  # "Peruvian and Chilean authorities"
        words = [w.lower() for w in words[:2]]
    else:
        words = sentence[max(0, start - 40):start].lower().split()[-2:]
    return any(word.strip(",.;:()’'") in gazetteer.demonym_heads for word in words)


def _merge_adjacent(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """An agency right after a country or demonym belongs to it ("Mexican National Guard")."""
    merged: list[Mention] = []
    for mention in mentions:
        if merged and mention.kind == INSTITUTION and merged[-1].kind in (NAME, DEMONYM) and merged[-1].codes:
            gap = sentence[merged[-1].end:mention.start].strip().lower()
            if gap in ("", "'s", "’s", "de", "del", "of", "of the"):
                continue
        merged.append(mention)
    return merged


def find_actors(sentence: str, lang: str, doc_date: date | None = None) -> list[str]:
    """Sorted codes of who acts in `sentence`, from what the sentence itself says."""
    return sorted(read_actors(sentence, lang, doc_date)[0])


def read_actors(sentence: str, lang: str, doc_date: date | None = None) -> tuple[set[str], str | None]:
    """The codes of who acts, and when the sentence leaves them to the document, why (SPEAKER for "we",
    PARTIES for "both countries", UNNAMED for a bullet that starts with its verb or nobody named)."""
    gazetteer = _gazetteer(lang)
    if gazetteer.imperative.match(sentence):
        return set(), UNNAMED
    mentions = [m for m in find_mentions(sentence, lang, doc_date) if m.kind != MASK]
    predicate = _predicate_start(sentence, mentions, gazetteer)
    if not mentions or (predicate == len(sentence) and gazetteer.gerund_start.match(sentence)):
        return set(), UNNAMED
    if gazetteer.acknowledging.match(sentence, predicate):
        thanked = {code for m in mentions if m.start > predicate and not _is_place(sentence, m) for code in m.codes}
        if thanked:
            return thanked, None
    subject = [m for m in mentions if m.end <= predicate]
    actors, collective = _subject_actors(sentence, subject, predicate, gazetteer)
    if not actors:
        if collective:
            return set(), collective
        agents = _agents_after(sentence, [m for m in mentions if m.start >= predicate], gazetteer)
        return agents, None if agents else UNNAMED
    return actors | _partners(sentence, mentions, predicate, gazetteer), None


def joins_speaker(sentence: str, lang: str, doc_date: date | None = None) -> bool:
    """Whether the named actors act together with "us" ("Canada will take part with us"): the speaker's side
    joins them."""
    gazetteer = _gazetteer(lang)
    mentions = [m for m in find_mentions(sentence, lang, doc_date) if m.kind != MASK]
    predicate = _predicate_start(sentence, mentions, gazetteer)
    for mention in mentions:
        if mention.kind != FIRST_PERSON or mention.start < predicate or mention.text.lower() in ("our", "my"):
            continue  # "with our partners": a possessive, not "us"
        before = sentence[max(predicate, mention.start - 30):mention.start].rstrip()
        withs = list(gazetteer.with_word.finditer(before))
        if withs and withs[-1].end() == len(before) and not gazetteer.not_joint.search(before):
            return True
    return False


def find_predicate(sentence: str, lang: str, doc_date: date | None = None) -> int:
    """Where the predicate of `sentence` begins (its length when no verb is found, 0 for a verb-first bullet)."""
    gazetteer = _gazetteer(lang)
    if gazetteer.imperative.match(sentence) or gazetteer.gerund_start.match(sentence):
        return 0
    mentions = [m for m in find_mentions(sentence, lang, doc_date) if m.kind != MASK]
    return _predicate_start(sentence, mentions, gazetteer)


def _predicate_start(sentence: str, mentions: list[Mention], gazetteer: _Gazetteer) -> int:
    for match in gazetteer.predicate.finditer(sentence):
        if match.start() == 0 or any(m.start <= match.start() < m.end for m in mentions):
            continue  # a fronted verb has no subject before it; a name is no verb
        if gazetteer.participle.match(sentence, match.start()):
            continue  # "the forum organized by Canada": a participle, not the predicate
        return match.start()
    return len(sentence)


def _subject_actors(sentence: str, subject: list[Mention], predicate: int,
                    gazetteer: _Gazetteer) -> tuple[set[str], str | None]:
    """Codes of the subject: the last comma-separated chunk before the predicate that names someone, with the
    chunks listed with it ("Mexico, Canada and the United States") or joined by "together with", without
    those introduced by "in cooperation with"; or, for a collective subject, SPEAKER or PARTIES."""
    if not subject:
        return set(), None
    bounds = [0] + [m.end() for m in _CHUNK.finditer(sentence, 0, predicate)] + [predicate]
    actors: set[str] = set()
    started = joined = False
    for index in range(len(bounds) - 2, -1, -1):
        start, end = bounds[index], bounds[index + 1]
        text = sentence[start:end]
        inside = [m for m in subject if start <= m.start < end and m.codes
                  and not gazetteer.not_joint.search(sentence[start:m.start])]
        if not started:
            if not inside:
                kinds = {m.kind for m in subject if start <= m.start < end}
                if COLLECTIVE in kinds:
                    return set(), PARTIES
                if FIRST_PERSON in kinds:
                    return set(), SPEAKER
                continue
            started = True
        elif not inside or not (joined or _bare(text, inside, start)):
            break
        acting = [m for m in inside if not _is_place(sentence, m)] or inside
        for mention in acting:
            actors |= mention.codes
        joined = bool(gazetteer.joint.match(text) or gazetteer.coordinator.match(text))
    return actors, None


def _is_place(sentence: str, mention: Mention) -> bool:
    before = sentence[max(0, mention.start - 20):mention.start].lower().split()
    if before and before[-1] in _BETWEEN:
        return False  # "the agreement between Mexico and the United States": the pair it binds
    return bool(before) and before[-1] in _PLACE_WORDS


def _bare(text: str, inside: list[Mention], offset: int) -> bool:
    """Whether a chunk is only a list item: its mentions and at most an article or a conjunction."""
    rest = text
    for mention in sorted(inside, key=lambda m: -m.start):
        rest = rest[:mention.start - offset] + rest[mention.end - offset:]
    return len(rest.split()) <= 2


def _partners(sentence: str, mentions: list[Mention], predicate: int, gazetteer: _Gazetteer) -> set[str]:
    """Codes joined after the predicate: whoever acts "together with" the subject or "with support from"
    it, and whoever the subject meets, hosts or speaks with (up to the purpose of the meeting)."""
    partners: set[str] = set()
    meeting = gazetteer.meeting.search(sentence, predicate)
    if meeting:
        purpose = gazetteer.purpose.search(sentence, meeting.end())
        until = purpose.start() if purpose else len(sentence)
        for mention in mentions:
            if meeting.end() <= mention.start < until and not _is_place(sentence, mention):
                partners |= mention.codes
    for mention in mentions:
        if mention.start < predicate or not mention.codes:
            continue
        chunk_start = max([predicate] + [m.end() for m in _CHUNK.finditer(sentence, predicate, mention.start)])
        before = sentence[chunk_start:mention.start]
        if gazetteer.not_joint.search(before):
            continue
        if gazetteer.joint.match(before) or gazetteer.partner.search(before) or (gazetteer.support.match(
                sentence, mention.end) and gazetteer.with_word.search(before[-12:])):
            partners |= mention.codes
    return partners


def _agents_after(sentence: str, later: list[Mention], gazetteer: _Gazetteer) -> set[str]:
    """With no subject, the agents of a passive ("... was signed by Mexico") after the verb."""
    agents: set[str] = set()
    for mention in later:
        before = sentence[max(0, mention.start - 30):mention.start]
        if mention.codes and gazetteer.agent.search(before):
            agents |= mention.codes
    return agents
