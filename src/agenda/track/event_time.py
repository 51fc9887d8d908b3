"""The latest time a progress report gives its own event ("in April 2021", "in 2013"), if it gives one."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache

from agenda.analyze.lang import SUPPORTED, language_data


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    data = language_data(lang, "dates")
    months = "|".join(sorted(map(re.escape, data.MONTHS), key=len, reverse=True))
    ongoing = "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in data.ONGOING_FROM)
    return re.compile(
        rf"(?P<ongoing>\b(?:{ongoing})\s+)?(?:\d{{1,2}}\s+(?:de\s+)?)?"
        rf"(?:\b(?P<month>{months})\.?\s+(?:\d{{1,2}},?\s+)?(?:del?\s+)?)?\b(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE)


def latest_time_named(text: str, lang: str | None) -> date | None:
    """The last day of the latest month or year the text names, when every time it names is a point
    ("in April 2021", "in 2013"); None when it names none, or a span running on ("since 2020",
    "from October 2021 to August 2022", "desde 2020"), which reaches the present."""
    data_lang = lang if lang in SUPPORTED else "en"
    months = language_data(data_lang, "dates").MONTHS
    latest: date | None = None
    for match in _pattern(data_lang).finditer(text):
        if match.group("ongoing"):
            return None
        year = int(match.group("year"))
        month = months[match.group("month").lower()] if match.group("month") else 12
        end = date(year, month, calendar.monthrange(year, month)[1])
        latest = end if latest is None or end > latest else latest
    return latest
