"""Helpers shared by the commands: dates from options, output formats."""

from __future__ import annotations

from datetime import date

import click


class DateType(click.ParamType):
    """A YYYY-MM-DD option value, rejected with a clear message otherwise."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date (expected YYYY-MM-DD)", param, ctx)


DATE = DateType()
