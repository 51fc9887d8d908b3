"""`agenda eval`: score the stages against a gold set (each subcommand in its own module)."""

from __future__ import annotations

import click

from agenda.cli.evaluate_track import track_command


@click.group("eval")
def eval_group() -> None:
    """Measure quality against a gold set (../shared/eval by default)."""


eval_group.add_command(track_command)
