"""Errors a user can act on: the CLI prints them as one line, without a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or setup, explained in one line."""


class ValidationError(UserError):
    """Invalid input data, naming the entry and field at fault."""

    def __init__(self, where: str, field: str | None, problem: str) -> None:
        self.where = where
        self.field = field
        self.problem = problem
        location = f"{where}, field '{field}'" if field else where
        super().__init__(f"{location}: {problem}")


class NotFoundError(UserError):
    """An agenda, commitment, document or proposal that does not exist."""
