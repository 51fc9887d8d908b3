"""Filling a statement's slots: actors, kind, pillar, amount, quantity and due date."""

from __future__ import annotations

from datetime import date

from agenda.analyze.actors import find_actors, find_predicate
from agenda.analyze.dates import find_due
from agenda.analyze.kinds import classify_kind, classify_pillar
from agenda.analyze.lang import SUPPORTED
from agenda.analyze.money import find_money, statement_amount
from agenda.analyze.numbers import read_figures
from agenda.analyze.quantities import find_quantity
from agenda.model import Slots


def fill_slots(sentence: str, lang: str, doc_date: date | None) -> Slots:
    """The slots of a statement sentence, read with the language's data (English for other languages)."""
    slots = fill_sentence_slots(sentence, lang, doc_date)
    slots.actors = find_actors(sentence, lang, doc_date)
    slots.pillar = classify_pillar(sentence, lang)
    return slots


def fill_sentence_slots(sentence: str, lang: str, doc_date: date | None) -> Slots:
    """The slots of `fill_slots` but actors and pillar, which a document's context reads its own way."""
    lang = lang if lang in SUPPORTED else "en"
    tokens, figures = read_figures(sentence, lang)
    money = find_money(sentence, lang, figures)
    quantity = find_quantity(sentence, lang, tokens, figures, {m.figure.start for m in money})
    due = find_due(sentence, lang, doc_date)
    amount = statement_amount(sentence, lang, money)
    predicate: int | None = find_predicate(sentence, lang, doc_date)
    if predicate is not None and predicate >= len(sentence.rstrip()):
        predicate = None  # no verb found: the action is read from the whole sentence, its start weighing most
    return Slots(
        kind=classify_kind(sentence, lang, has_amount=amount is not None, predicate=predicate),
        amount=amount,
        quantity=quantity,
        due=due.date if due else None,
        due_text=due.text if due else None,
    )
