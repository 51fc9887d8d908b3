"""A document's publication date: its own, else `--date`, else its metadata, else undated."""

from __future__ import annotations

import datetime as dt
import re
import time
from enum import StrEnum

from agenda.clock import today

# Dates outside this window are parsing accidents (a "1900" in a footer, a year-2099 typo).
EARLIEST = dt.date(1945, 1, 1)
_LEEWAY = dt.timedelta(days=2)  # time zones: a page dated "tomorrow" somewhere is fine
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


class DateOrigin(StrEnum):
    DOCUMENT = "document"  # found in the document itself (JSONL field, HTML metadata, front matter)
    OPTION = "option"  # the --date option
    METADATA = "metadata"  # the container's metadata: feed entry, PDF info, news sitemap
    UNDATED = "undated"


def usable(day: dt.date | None) -> dt.date | None:
    """The date if it is plausible for a publication (not before 1945, not in the future)."""
    if day is None or day < EARLIEST or day > today() + _LEEWAY:
        return None
    return day


def parse_date(value: object) -> dt.date | None:
    """A date from an ISO string (time part ignored), a datetime, a date or a time.struct_time."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        try:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError:
            return None
    found = _ISO_PREFIX.match(str(value))
    if not found:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def resolve_date(own: dt.date | None, option: dt.date | None,
                 metadata: dt.date | None) -> tuple[dt.date | None, DateOrigin]:
    """The date to store and where it came from; never silently today."""
    if usable(own):
        return own, DateOrigin.DOCUMENT
    if option:
        return option, DateOrigin.OPTION
    if usable(metadata):
        return metadata, DateOrigin.METADATA
    return None, DateOrigin.UNDATED
