"""What kind of action a statement is about and its subject (pillar), by weighted cue lexicons."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from agenda.analyze.lang import language_data
from agenda.analyze.lexicon import trie_regex
from agenda.model import Kind, Pillar

_SUBJECT_FOCUS = 0.6
_ACTION_SPAN = 60  # characters after the predicate's start that hold its verb and object
_ACTION_FOCUS = 2.0
_AMOUNT_BONUS = 10.0
_SETTING_FOCUS = 0.3
_PROGRAM_PRIOR = 1.5
_PRIOR_WEIGHT = 1.5


@dataclass(frozen=True)
class _Cue:
    label: str
    weight: int
    anchor: str  # the literal start of every match, to find candidates fast
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Scorer:
    by_start: dict[str, tuple[_Cue, ...]]  # cues by the first two letters of their anchor
    unanchored: tuple[_Cue, ...]
    order: tuple[str, ...]
    setting: re.Pattern[str] | None = None
    # The word starts where some anchor begins: the only places an anchored cue can match.
    starts: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        anchors = {cue.anchor for cues in self.by_start.values() for cue in cues if _WORD_START.match(cue.anchor)}
        object.__setattr__(self, "starts", re.compile(r"(?<!\w)(?=" + trie_regex(sorted(anchors)) + ")"))


_WORD_START = re.compile(r"(?<!\w)\w")
_ESCAPE_OR_CAPITAL = re.compile(r"\\.|[^\\]")
_SPECIAL = set("\\()[]?*+|.{}^$")


def _lower_pattern(pattern: str) -> str:
    """A cue pattern for lower-cased text: letters lowered, escapes such as \\S kept."""
    return "".join(part if part.startswith("\\") else part.lower() for part in _ESCAPE_OR_CAPITAL.findall(pattern))


def _anchor(pattern: str) -> str:
    """The literal text every match of a cue starts with ("law" for \\blaws?\\b), or "" when there is none."""
    body = pattern[2:] if pattern.startswith("\\b") else pattern
    anchor = []
    for index, char in enumerate(body):
        if char in _SPECIAL:
            break
        if body[index + 1:index + 2] in ("?", "*", "{"):
            break  # an optional last letter is not part of every match
        anchor.append(char)
    return "".join(anchor) if len(anchor) >= 2 else ""


def _compile(table: dict[str, dict[int, tuple[str, ...]]], order: tuple[str, ...],
             setting: str | None = None) -> _Scorer:
    by_start: dict[str, list[_Cue]] = {}
    unanchored: list[_Cue] = []
    for label, by_weight in table.items():
        for weight, patterns in by_weight.items():
            for pattern in patterns:
                lowered = _lower_pattern(pattern)
                cue = _Cue(label, weight, _anchor(lowered), re.compile(lowered))
                if cue.anchor:
                    by_start.setdefault(cue.anchor[:2], []).append(cue)
                else:
                    unanchored.append(cue)
    return _Scorer({k: tuple(v) for k, v in by_start.items()}, tuple(unanchored), order,
                   re.compile(setting + r"$") if setting else None)


@cache
def _kind_scorer(lang: str) -> _Scorer:
    data = language_data(lang, "kinds")
    return _compile(data.KIND_CUES, data.KIND_ORDER, data.SETTING)


@cache
def _pledge(lang: str) -> re.Pattern[str]:
    return re.compile(language_data(lang, "kinds").PLEDGE, re.IGNORECASE)


def _action_start(sentence: str, lang: str, predicate: int | None) -> int | None:
    """Where the action a sentence binds itself to begins: after the next pledge ("discussed migration and
    agreed to open offices": the offices), else the predicate. The first pledge, not the last: a later
    "plans to" is mostly a noun inside the action ("develop plans to prevent ...")."""
    if predicate is None:
        return None
    pledge = _pledge(lang).search(sentence, predicate + 1)
    return pledge.end() if pledge else predicate


@cache
def _pillar_scorer(lang: str) -> _Scorer:
    data = language_data(lang, "pillars")
    return _compile(data.PILLAR_CUES, data.PILLAR_ORDER)


def _matches(lowered: str, scorer: _Scorer) -> list[tuple[_Cue, int]]:
    """Every (cue, position) match in lower-cased text, one per cue group and position."""
    found: list[tuple[_Cue, int]] = []
    seen: set[tuple[str, int, int]] = set()
    for word in scorer.starts.finditer(lowered):
        position = word.start()
        for cue in scorer.by_start.get(lowered[position:position + 2], ()):
            if lowered.startswith(cue.anchor, position) and cue.pattern.match(lowered, position) \
                    and (cue.label, cue.weight, position) not in seen:
                seen.add((cue.label, cue.weight, position))
                found.append((cue, position))
    for cue in scorer.unanchored:
        found.extend((cue, match.start()) for match in cue.pattern.finditer(lowered))
    return found


def _scores(sentence: str, scorer: _Scorer, predicate: int | None = None) -> dict[str, float]:
    scores: dict[str, float] = {}
    length = max(len(sentence), 1)
    lowered = sentence.lower()
    for cue, position in _matches(lowered, scorer):
        focus = _focus(position, length, predicate)
        if scorer.setting is not None and scorer.setting.search(lowered, max(0, position - 40), position):
            focus *= _SETTING_FOCUS  # "at the Summit", "during the meeting": where, not what
        scores[cue.label] = scores.get(cue.label, 0.0) + cue.weight * focus
    return scores


def _focus(position: int, length: int, predicate: int | None) -> float:
    """How much a cue at `position` tells about the action: most right after the predicate (its verb and
    object), less in the subject or far in the sentence; without a predicate, earlier counts more."""
    if predicate is None:
        return 1.5 - position / length
    if position < predicate:
        return _SUBJECT_FOCUS
    if position - predicate <= _ACTION_SPAN:
        return _ACTION_FOCUS
    return 1.0


def _best(scores: dict[str, float], order: tuple[str, ...], default: str) -> str:
    if not scores:
        return default
    return max(scores, key=lambda label: (scores[label], -order.index(label)))


def classify_kind(sentence: str, lang: str, has_amount: bool = False, predicate: int | None = None) -> Kind:
    """The kind of action of `sentence`; money named for it leans towards funding. `predicate` (a character
    offset) focuses on the words of the action."""
    scores = _scores(sentence, _kind_scorer(lang), _action_start(sentence, lang, predicate))
    if has_amount:
        scores["funding"] = scores.get("funding", 0.0) + _AMOUNT_BONUS
    # a partnership or initiative is the usual shape of cooperation: a single weak cue does not beat it
    scores["program"] = scores.get("program", 0.0) + _PROGRAM_PRIOR
    return Kind(_best(scores, _kind_scorer(lang).order, "program"))


def pillar_scores(sentence: str, lang: str) -> dict[str, float]:
    """Cue scores of each pillar in `sentence` (earlier words weigh more)."""
    return _scores(sentence, _pillar_scorer(lang))


def classify_pillar(sentence: str, lang: str, prior: dict[str, float] | None = None) -> Pillar:
    """The subject of `sentence` among the pillars, with an optional prior (the document's topic) added to its
    cue scores; "other" when nothing points anywhere."""
    scores = pillar_scores(sentence, lang)
    for label, share in (prior or {}).items():
        scores[label] = scores.get(label, 0.0) + _PRIOR_WEIGHT * share
    return Pillar(_best(scores, _pillar_scorer(lang).order, "other"))
