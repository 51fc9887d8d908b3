"""The `agenda` command line: thin commands that parse, call a stage and print."""

from __future__ import annotations

import os
import sys
import traceback

import click
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from agenda.cli.agendas import export_command, import_command
from agenda.cli.demo import demo_command
from agenda.cli.documents import documents_command
from agenda.cli.evaluate import eval_group
from agenda.cli.extract import extract_command
from agenda.cli.ingest import ingest_command
from agenda.cli.review import review_group
from agenda.cli.serve import serve_command
from agenda.cli.status import status_command
from agenda.cli.users import token_group, user_group
from agenda.errors import UserError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.option("--db", "database", metavar="URL", envvar="AGENDA_DB",
              help="SQLAlchemy database URL (default: $AGENDA_DB or sqlite:///agenda.db).")
@click.version_option(package_name="agenda-tracker")
@click.pass_context
def cli(ctx: click.Context, debug: bool, database: str | None) -> None:
    """Agenda Tracker: which intergovernmental commitments happened, with the evidence."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    if database:
        os.environ["AGENDA_DB"] = database


for command in (extract_command, import_command, export_command, ingest_command, documents_command,
                status_command, demo_command, serve_command, review_group, eval_group, user_group, token_group):
    cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors print one line and exit 1; `--debug` shows the traceback."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="agenda", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "agenda"
        click.echo(f"error: {exc.format_message()} (see '{command} --help')", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except UserError as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except (DBAPIError, ArgumentError, NoSuchModuleError) as exc:
        if debug:
            traceback.print_exc()
        # the driver's own words, without SQLAlchemy's statement dump and documentation link
        detail = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["no message"])[0]
        click.echo(f"error: the database could not be used ({type(exc).__name__}: {detail}); "
                   "check --db or AGENDA_DB", err=True)
        sys.exit(1)
    except Exception as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"error: {type(exc).__name__}: {exc} (run with --debug for details)", err=True)
        sys.exit(1)
