"""Sums of money in a sentence: a figure with a currency sign, code or name, as ISO 4217."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from agenda.analyze.lang import language_data
from agenda.analyze.numbers import Figure
from agenda.model import Money

# Signs and codes written before a figure; they are the same in every language we read. A bare
# "$" is read as U.S. dollars unless a currency name follows the figure.
_SIGNS: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "us $": "USD", "usd": "USD", "$": "USD",
    "c$": "CAD", "ca$": "CAD", "can$": "CAD", "cad": "CAD", "mx$": "MXN", "mex$": "MXN", "mxn": "MXN",
    "a$": "AUD", "aud": "AUD", "r$": "BRL", "brl": "BRL", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "cop": "COP", "chf": "CHF", "cny": "CNY", "inr": "INR",
}
_CODES = ("USD", "CAD", "MXN", "EUR", "GBP", "JPY", "COP", "AUD", "BRL", "CHF", "CNY", "INR", "CLP", "ARS", "PEN",
          "GTQ", "HNL")
_SIGN_BEFORE = re.compile(
    r"(?<![\w$])(" + "|".join(re.escape(s) for s in sorted(_SIGNS, key=len, reverse=True)) + r")\s?$",
    re.IGNORECASE,
)


# Sums below this are prices or daily incomes ("two dollars a day"), not money for an action.
_SMALLEST_SUM = 1000


@dataclass(frozen=True)
class MoneyMention:
    money: Money
    figure: Figure


@cache
def _name_after(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    data = language_data(lang, "currencies")
    names = {name: code for name, code in data.CURRENCY_NAMES.items()}
    names.update({code.lower(): code for code in _CODES})
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(r"\s*(?:(?:de|of|in)\s+)?(" + alternatives + r")(?![\w])", re.IGNORECASE)
    return pattern, names


@cache
def _scaled_currencies(lang: str) -> dict[str, str]:
    return dict(language_data(lang, "currencies").SCALED_CURRENCIES)


def statement_amount(text: str, lang: str, found: list[MoneyMention]) -> Money | None:
    """A statement's sum: the first, unless what follows it marks it as a running total before the next."""
    if not found:
        return None
    for current, following in pairwise(found):
        if not _running_total(lang).search(text, current.figure.end, following.figure.start):
            return current.money
    return found[-1].money


@cache
def _running_total(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(language_data(lang, "currencies").RUNNING_TOTAL_WORDS), re.IGNORECASE)


def find_money(text: str, lang: str, figures: list[Figure]) -> list[MoneyMention]:
    """The sums of money among `figures`, in order: a sign or code before, or a currency after."""
    after, names = _name_after(lang)
    scaled = _scaled_currencies(lang)
    found: list[MoneyMention] = []
    for figure in figures:
        if figure.ordinal:
            continue
        currency = None
        if figure.abbreviated and figure.abbreviated in scaled:
            currency = scaled[figure.abbreviated]
        named = after.match(text, figure.end)
        if named and currency is None:
            currency = names[named.group(1).lower()]
        if currency is None:
            sign = _SIGN_BEFORE.search(text, max(0, figure.start - 8), figure.start)
            if sign and (figure.scaled or figure.value >= 100 or not sign.group(1).isalpha()):
                currency = _SIGNS[sign.group(1).lower()]  # "COP 26" is a conference, "USD 20m" money
        if currency is None or figure.value < _SMALLEST_SUM:
            continue
        found.append(MoneyMention(Money(value=figure.value, currency=currency), figure))
    return found
