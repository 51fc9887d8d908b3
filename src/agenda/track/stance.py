"""What a linked statement says about its commitment: advance, fulfil, setback or restate."""

from __future__ import annotations

import re
from functools import cache

from agenda.analyze.lang import SUPPORTED, language_data
from agenda.analyze.money import find_money
from agenda.analyze.numbers import find_figures
from agenda.model import Commitment, Kind, MoneyStage, Stance, Statement, StatementType

# Kinds whose promise is one act that is either done or not (a meeting held, doses handed over,
# an agreement signed, a case resolved); programmes and operations are only ever advanced.
ONE_OFF_KINDS = frozenset({Kind.DIALOGUE, Kind.DELIVERY, Kind.POLICY, Kind.CASE})
# A fulfil needs a confident link: a completion verb in a loosely related sentence is only progress.
FULFIL_MIN_SCORE = 0.2
# Words before a commitment's verb that do not change what it promises ("jointly develop", "co-create").
_LEADING = re.compile(r"^(?:(?:jointly|together|conjuntamente)\s+|co-)", re.IGNORECASE)
# A written instrument: a promise made through one (a partnership under an MOU) is done when one is signed.
_INSTRUMENT = re.compile(
    r"\b(?:MOUs?|MOC|memorand(?:um|a)|memoránd?um|agreements?|acuerdos?|convenios?|treat(?:y|ies)|tratados?|"
    r"letters? of intent|cartas? de intenci[óo]n)\b", re.IGNORECASE)
# Enforcement acts (freezing accounts, blocking shipments, suspending entries) advance an
# operation or a case; only a delay, cancellation or withdrawal of it is a setback.
_ENFORCEMENT = re.compile(r"\b(?:suspen\w*|halt\w*|froze\w*|frozen|freez\w*|block\w*|bloque\w*|congel\w*)",
                          re.IGNORECASE)
ENFORCEMENT_KINDS = frozenset({Kind.OPERATION, Kind.CASE})


@cache
def _cues(lang: str | None, name: str) -> re.Pattern[str]:
    data = language_data(lang, "stance")
    return re.compile("|".join(getattr(data, name)), re.IGNORECASE)


@cache
def _cues_all_languages(name: str) -> re.Pattern[str]:
    patterns = [p for lang in SUPPORTED for p in getattr(language_data(lang, "stance"), name)]
    return re.compile("|".join(patterns), re.IGNORECASE | re.MULTILINE)


def is_recurring(commitment: Commitment) -> bool:
    """A promise to do something regularly or on an ongoing basis (no single act fulfils it)."""
    return bool(_cues_all_languages("RECURRING_CUES").search(commitment.text))


def is_one_off(commitment: Commitment) -> bool:
    """A promise of a single act: a case, or not recurring and a one-off kind or a text that
    opens with a one-off verb ("jointly create", "co-create" count as "create")."""
    if commitment.kind == Kind.CASE:
        return True
    if is_recurring(commitment):
        return False
    opening = _LEADING.sub("", commitment.text.strip())
    return commitment.kind in ONE_OFF_KINDS or bool(_cues_all_languages("ONE_OFF_CUES").search(opening))


@cache
def _acts(lang: str | None, name: str) -> dict[str, re.Pattern[str]]:
    """Cue patterns by kind of act ("meet", "create", "sign", "deliver"; "generic" is any act)."""
    table = getattr(language_data(lang, "stance"), name)
    return {act: re.compile("|".join([cues] if isinstance(cues, str) else cues), re.IGNORECASE)
            for act, cues in table.items()}


def promised_act(commitment: Commitment) -> str | None:
    """The kind of act a one-off commitment promises: by its opening verb ("hold", "launch",
    "sign", "deliver", in any supported language), else by its kind (a dialogue is held, a
    delivery delivered); None when neither says."""
    opening = _LEADING.sub("", commitment.text.strip())
    for lang in SUPPORTED:
        for act, pattern in _acts(lang, "PROMISED_ACTS").items():
            if pattern.search(opening):
                return act
    return {Kind.DIALOGUE: "meet", Kind.DELIVERY: "deliver"}.get(commitment.kind)


def acts_done(statement: Statement) -> set[str]:
    """The kinds of act a report says were completed, generic completions ("completed") aside."""
    return {act for act, pattern in _acts(statement.lang, "COMPLETED_ACTS").items()
            if act != "generic" and pattern.search(statement.text)}


def does_the_promised_act(statement: Statement, commitment: Commitment) -> bool:
    """The report completes the act promised, or names no particular act: "hosted a delegation"
    does not launch a programme, "launched a network" does not conclude a memorandum. A group
    that was to be created and has met was created."""
    promised, done = promised_act(commitment), acts_done(statement)
    if promised is None or not done:
        return True
    return promised in done or (promised == "create" and commitment.kind == Kind.DIALOGUE and "meet" in done)


def announced_here(statement: Statement, commitment: Commitment) -> bool:
    """The statement is in the document that announced the commitment."""
    return commitment.source is not None and statement.doc == commitment.source


def names_instrument(text: str) -> bool:
    """The text names a written instrument: an MOU, agreement, treaty, letter of intent."""
    return bool(_INSTRUMENT.search(text))


def is_setback(statement: Statement, commitment: Commitment | None = None) -> bool:
    """A delay, suspension or cancellation cue, unless it names the promised act itself: a cue
    word the commitment's own text uses ("entries suspended pending review"), or an enforcement
    act ("froze accounts") when the commitment is an operation or a case."""
    cues = [m.group(0) for m in _cues(statement.lang, "SETBACK_CUES").finditer(statement.text)]
    if commitment is None:
        return bool(cues)
    own = commitment.text.lower()
    enforcement = commitment.kind in ENFORCEMENT_KINDS
    return any(cue.lower()[:5] not in own and not (enforcement and _ENFORCEMENT.match(cue)) for cue in cues)


# Acts a pledge may report as news; a meeting held is usually only the occasion of the pledge.
_NEWS_ACTS = ("create", "sign", "deliver")


@cache
def _background(lang: str | None) -> re.Pattern[str]:
    return re.compile(language_data(lang, "stance").BACKGROUND_ACT, re.IGNORECASE)


def reports_an_act(statement: Statement) -> bool:
    """The sentence reports something done ("launched a project that will..."), not as background
    in a relative clause ("which was established in 2013")."""
    acts = _acts(statement.lang, "COMPLETED_ACTS")
    background = _background(statement.lang)
    return any(not background.search(statement.text[:match.start()])
               for act in _NEWS_ACTS for match in acts[act].finditer(statement.text))


def is_completion(statement: Statement) -> bool:
    return bool(_cues(statement.lang, "COMPLETION_CUES").search(statement.text))


def is_cumulative(statement: Statement) -> bool:
    """The figure in the statement is a running total ("to date", "a la fecha")."""
    return bool(_cues(statement.lang, "CUMULATIVE_CUES").search(statement.text))


def stance_of(statement: Statement, commitment: Commitment | None = None, score: float = 1.0) -> Stance:
    """The stance of a statement towards a commitment it is linked to, by these rules:

    a commitment sentence restates (it promises again, nothing is done yet) unless it reports an act
    done after the announcement (see `reports_an_act`): then it advances; a progress report
    with a delay/suspension cue is a setback (unless the cue names the promised act itself, see
    `is_setback`); one with a completion cue, when the link is confident, fulfils a one-off
    commitment (not a recurring one) when the act completed is the act promised (see
    `does_the_promised_act`), or one made through a written instrument when the report names an
    instrument too and the act promised or a signature ("signed a memorandum"); a confident report of a
    body the commitment was to create, at work, fulfils it (see `shows_the_body_at_work`); anything
    else advances. A report whose actors include none of the commitment's parties never fulfils it
    (see `done_by_others`), nor does a report in the
    document that announced the commitment: what it says was done is the
    occasion of the promise (the meeting where it was made), not its delivery; and there a subject
    only discussed (see `only_talk`) restates it.
    """
    if statement.type == StatementType.COMMITMENT:
        if commitment is not None and not announced_here(statement, commitment) and reports_an_act(statement):
            return Stance.ADVANCE
        return Stance.RESTATE
    if is_setback(statement, commitment):
        return Stance.SETBACK
    if commitment is None:
        return Stance.FULFIL if is_completion(statement) else Stance.ADVANCE
    if announced_here(statement, commitment) and only_talk(statement):
        return Stance.RESTATE
    if score < FULFIL_MIN_SCORE or announced_here(statement, commitment) or done_by_others(statement, commitment):
        return Stance.ADVANCE
    if shows_the_body_at_work(statement, commitment):
        return Stance.FULFIL
    if not is_completion(statement):
        return Stance.ADVANCE
    instrument = names_instrument(commitment.text) and names_instrument(statement.text)
    if instrument and "sign" in acts_done(statement):
        return Stance.FULFIL
    if (is_one_off(commitment) or instrument) and does_the_promised_act(statement, commitment):
        return Stance.FULFIL
    return Stance.ADVANCE


def only_talk(statement: Statement) -> bool:
    """The report says a subject was discussed, and nothing done ("discussed the kidnapping")."""
    return bool(_cues(statement.lang, "TALK_CUES").search(statement.text)) and not is_completion(statement)


def done_by_others(statement: Statement, commitment: Commitment) -> bool:
    """The report names who acted, and none of them is a party to the commitment: the United States
    launching a project does not deliver what Mexico promised to launch."""
    actors = set(statement.slots.actors)
    return bool(actors) and not actors & set(commitment.parties)


def shows_the_body_at_work(statement: Statement, commitment: Commitment) -> bool:
    """A group the commitment was to create ("create an expert working group") appears in the
    report as existing ("progress made by the expert working group"), not as still to be created."""
    if commitment.kind != Kind.DIALOGUE or promised_act(commitment) != "create":
        return False
    promised = {body for lang in SUPPORTED for body, pattern in _bodies(lang).items()
                if pattern.search(commitment.text)}
    reported = {body for body, pattern in _bodies(statement.lang).items() if pattern.search(statement.text)}
    return bool(promised & reported) and not _cues(statement.lang, "TO_CREATE").search(statement.text)


@cache
def _bodies(lang: str | None) -> dict[str, re.Pattern[str]]:
    return {body: re.compile(pattern, re.IGNORECASE)
            for body, pattern in language_data(lang, "stance").BODIES.items()}


def money_stage(statement: Statement) -> MoneyStage | None:
    """Where the money named in a statement stands: pledged, awarded (obligated) or disbursed.

    Money moved outranks words of intent or announcement ("announced $50 million in grants awarded
    to 20 cities": awarded). Among the words of money moved, the one nearest before the sum decides
    ("se han otorgado 53 millones, de los cuales se han desembolsado 29": 53 awarded), else any in the
    sentence, disbursed first; without one, a word of intent or of money offered makes it pledged;
    without any, awarded.
    """
    if statement.slots.amount is None:
        return None
    if statement.type == StatementType.COMMITMENT:
        return MoneyStage.PLEDGED
    patterns = _stage_patterns(statement.lang)
    moved = (MoneyStage.DISBURSED, MoneyStage.AWARDED)
    start = _amount_start(statement)
    if start is not None:
        before = [(m.end(), stage) for stage in moved for m in patterns[stage].finditer(statement.text, 0, start)]
        if before:
            return max(before, key=lambda found: found[0])[1]
    for stage in (*moved, MoneyStage.PLEDGED):
        if patterns[stage].search(statement.text):
            return stage
    return MoneyStage.AWARDED


@cache
def _stage_patterns(lang: str | None) -> dict[MoneyStage, re.Pattern[str]]:
    data = language_data(lang, "stance").MONEY_STAGE_CUES
    return {stage: re.compile("|".join(data[str(stage)]), re.IGNORECASE) for stage in MoneyStage}


def _amount_start(statement: Statement) -> int | None:
    """Where the statement's sum starts in its text (None when it cannot be found again)."""
    lang = statement.lang or "en"
    mentions = find_money(statement.text, lang, find_figures(statement.text, lang))
    return next((m.figure.start for m in mentions if m.money == statement.slots.amount), None)
