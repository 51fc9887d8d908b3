"""Query parameters shared by pages and API: dates, filters and pages, checked with clear errors."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import Query

from agenda.clock import today
from agenda.model import Kind, Pillar, Status
from agenda.store.listing import SORTS, CommitmentFilters
from agenda.web.errors import ParamError

STATUSES = [s.value for s in Status]
PILLARS = [p.value for p in Pillar]
KINDS = [k.value for k in Kind]
PARTY = re.compile(r"^[A-Za-z]{2,3}$")
TRUE_WORDS, FALSE_WORDS = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}
MAX_QUERY = 200


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def parse_date(name: str, value: str | None) -> date | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ParamError(name, f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def parse_choice(name: str, value: str | None, choices: list[str]) -> str | None:
    value = _blank(value)
    if value is not None and value not in choices:
        raise ParamError(name, f"{value!r} is not one of {', '.join(choices)}")
    return value


def parse_flag(name: str, value: str | None) -> bool | None:
    value = _blank(value)
    if value is None:
        return None
    if value.lower() in TRUE_WORDS:
        return True
    if value.lower() in FALSE_WORDS:
        return False
    raise ParamError(name, f"{value!r} is not a yes/no value (use 1 or 0)")


def parse_text(name: str, value: str | None) -> str | None:
    value = _blank(value)
    if value is not None and len(value) > MAX_QUERY:
        raise ParamError(name, f"at most {MAX_QUERY} characters")
    return value


AsOf = Annotated[str | None, Query(description="Answer as of this date (YYYY-MM-DD); default today.")]


def as_of_date(as_of: AsOf = None) -> date:
    return parse_date("as_of", as_of) or today()


def commitment_filters(
    status: Annotated[str | None, Query(description=f"Reviewed status: {', '.join(STATUSES)}")] = None,
    proposed: Annotated[str | None, Query(description="Proposed status (counting unreviewed evidence)")] = None,
    pillar: Annotated[str | None, Query(description=f"Pillar: {', '.join(PILLARS)}")] = None,
    party: Annotated[str | None, Query(description="Party code (ISO 3166 alpha-3, e.g. MEX)")] = None,
    kind: Annotated[str | None, Query(description=f"Kind: {', '.join(KINDS)}")] = None,
    overdue: Annotated[str | None, Query(description="1: only overdue; 0: only not overdue")] = None,
    has_target: Annotated[str | None, Query(description="1: only commitments with a numeric target")] = None,
    q: Annotated[str | None, Query(description="Text to find in the id, text or source quote")] = None,
    sort: Annotated[str | None, Query(description=f"Order: {', '.join(SORTS)}")] = None,
) -> CommitmentFilters:
    party_code = _blank(party)
    if party_code is not None and not PARTY.match(party_code):
        raise ParamError("party", f"{party_code!r} is not a party code (e.g. MEX)")
    return CommitmentFilters(
        status=parse_choice("status", status, STATUSES), proposed=parse_choice("proposed", proposed, STATUSES),
        pillar=parse_choice("pillar", pillar, PILLARS), party=party_code.upper() if party_code else None,
        kind=parse_choice("kind", kind, KINDS), overdue=parse_flag("overdue", overdue),
        has_target=parse_flag("has_target", has_target), q=parse_text("q", q),
        sort=parse_choice("sort", sort, list(SORTS)) or "agenda",
    )


PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=200, description="Items per page (at most 200)")]
