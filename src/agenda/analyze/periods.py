"""Calendar arithmetic for deadlines: ends of months and periods, durations, the nearest occurrence of a date."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def clamped(year: int, month: int, day: int) -> date:
    """A date, with a day past the month's end read as its last day."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def fiscal_end(year: int, end: tuple[int, int]) -> date:
    """The last day of the fiscal year named `year`, for a fiscal year ending on (month, day)."""
    return clamped(year, *end)


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, on the month's last day when it has fewer days."""
    index = day.month - 1 + months
    return clamped(day.year + index // 12, index % 12 + 1, day.day)


def after(doc: date, count: int, unit: str) -> date | None:
    """The date `count` units (day, week, month, year, decade) after `doc`."""
    if unit == "day":
        return doc + timedelta(days=count)
    if unit == "week":
        return doc + timedelta(weeks=count)
    if unit == "month":
        return add_months(doc, count)
    if unit == "year":
        return add_months(doc, 12 * count)
    if unit == "decade":
        return add_months(doc, 120 * count)
    return None


def period_end(doc: date, unit: str, ahead: int) -> date | None:
    """The last day of the year, month, week (Sunday) or decade of `doc`, `ahead` periods later."""
    if unit == "year":
        return date(doc.year + ahead, 12, 31)
    if unit == "month":
        first = add_months(doc.replace(day=1), ahead)
        return month_end(first.year, first.month)
    if unit == "week":  # weeks end on Sunday
        return doc + timedelta(days=6 - doc.weekday() + 7 * ahead)
    if unit == "decade":
        return date(doc.year // 10 * 10 + 9 + 10 * ahead, 12, 31)
    return None


def closest(doc: date, month: int, day: int | None, clamp: bool = False) -> date:
    """The occurrence of a month (or a day of it) nearest to `doc`, the later one on a tie; `clamp` reads a day
    past the month's end as its last day ("the end of June")."""
    options = []
    for year in (doc.year - 1, doc.year, doc.year + 1):
        try:
            if day is None:
                options.append(month_end(year, month))
            else:
                options.append(clamped(year, month, day) if clamp else date(year, month, day))
        except ValueError:  # February 29 outside leap years
            continue
    return min(options, key=lambda d: (abs((d - doc).days), -d.toordinal()))


def upcoming(doc: date, month: int, day: int | None, clamp: bool = False, horizon: int = 240) -> date:
    """The first occurrence of a month's end (or of a day of it) on or after `doc` when it lies within `horizon`
    days, else the nearest one as in `closest`: "by May 1" read in late June recalls a past deadline."""
    for year in (doc.year, doc.year + 1):
        try:
            if day is None:
                found = month_end(year, month)
            else:
                found = clamped(year, month, day) if clamp else date(year, month, day)
        except ValueError:  # February 29 outside leap years
            continue
        if found >= doc:
            return found if (found - doc).days <= horizon else closest(doc, month, day, clamp)
    return closest(doc, month, day, clamp)
