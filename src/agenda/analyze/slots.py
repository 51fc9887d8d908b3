"""Filling a statement's slots: actors, kind, pillar, amount, quantity and due date."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from agenda.analyze.lang import language_data
from agenda.model import Kind, Money, Pillar, Slots

_MONEY = re.compile(r"\$\s?(\d+(?:[.,]\d+)?)\s*(million|billion)?", re.IGNORECASE)
_SCALE = {"million": 1e6, "billion": 1e9}
_KIND_WORDS = {
    Kind.FUNDING: ("invest", "fund", "grant", "financ", "$"),
    Kind.DIALOGUE: ("dialogue", "meeting", "working group", "committee", "diálogo", "reunión"),
    Kind.DELIVERY: ("doses", "donat", "vacunas", "equipment"),
    Kind.OPERATION: ("operation", "law enforcement", "extradit", "investigat", "operativo"),
    Kind.POLICY: ("law", "agreement", "memorandum", "reform", "acuerdo", "ley"),
}
_PILLAR_WORDS = {
    Pillar.LABOR: ("labor", "worker", "laboral", "trabajador"),
    Pillar.HEALTH: ("vaccin", "covid", "health", "vacuna", "salud"),
    Pillar.MIGRATION: ("migra", "smuggl", "trafficking", "root causes", "asylum", "refugee"),
    Pillar.SECURITY: ("security", "fentanyl", "drug", "arms", "crime", "seguridad", "disappear"),
    Pillar.ECONOMY: ("economic", "trade", "investment", "supply chain", "económic", "comercio"),
    Pillar.ENERGY_CLIMATE: ("climate", "energy", "clima", "energía", "water"),
}


@cache
def _actor_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    aliases = language_data(lang, "actors").ACTOR_ALIASES
    names = sorted(aliases, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    return pattern, aliases


def fill_slots(sentence: str, lang: str, doc_date: date | None) -> Slots:
    """The slots of a statement sentence, read with the language's data."""
    pattern, aliases = _actor_pattern(lang)
    actors = sorted({aliases[m.group(1).lower()] for m in pattern.finditer(sentence)})
    lowered = sentence.lower()
    return Slots(
        actors=actors,
        kind=_first_match(lowered, _KIND_WORDS, Kind.PROGRAM),
        pillar=_first_match(lowered, _PILLAR_WORDS, Pillar.OTHER),
        amount=_amount(sentence),
    )


def _first_match(lowered: str, table: dict, default):  # type: ignore[no-untyped-def]
    for label, words in table.items():
        if any(word in lowered for word in words):
            return label
    return default


def _amount(sentence: str) -> Money | None:
    match = _MONEY.search(sentence)
    if not match:
        return None
    value = float(match.group(1).replace(",", ""))
    scale = _SCALE.get((match.group(2) or "").lower(), 1)
    return Money(value=value * scale, currency="USD")
