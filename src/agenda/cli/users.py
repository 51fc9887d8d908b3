"""`agenda user` and `agenda token`: who may review and administer, and tokens for scripts."""

from __future__ import annotations

import getpass
import os
import sys

import click

from agenda.auth.passwords import check_strength
from agenda.auth.users import ROLES, add_user, create_token, list_tokens, list_users, remove_user, revoke_token
from agenda.errors import UserError
from agenda.store.db import session_scope


def _actor() -> str:
    return os.environ.get("AGENDA_USER") or getpass.getuser()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UserError("no password on standard input")
    else:
        password = click.prompt("password", hide_input=True, confirmation_prompt="password again")
    check_strength(password)
    return password


@click.group("user")
def user_group() -> None:
    """Users of the web app: editors review evidence, administrators also manage users and agendas."""


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True, help="editor or admin.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
def user_add(name: str, role: str, password_stdin: bool) -> None:
    """Add a user (the password is asked twice, or read from standard input)."""
    password = _read_password(password_stdin)
    with session_scope() as session:
        add_user(session, name, role, password, _actor())
    click.echo(f"user {name} added ({role})")


@user_group.command("list")
def user_list() -> None:
    """Users, their roles and how many API tokens each has."""
    with session_scope() as session:
        users = list_users(session)
    if not users:
        click.echo("no users yet; add one with `agenda user add NAME --role admin`")
        return
    for user in users:
        click.echo(f"{user.name:<24} {user.role:<8} created {user.created_at:%Y-%m-%d}  {user.tokens} token(s)")


@user_group.command("remove")
@click.argument("name")
def user_remove(name: str) -> None:
    """Remove a user and their API tokens (their sessions stop working at once)."""
    with session_scope() as session:
        remove_user(session, name, _actor())
    click.echo(f"user {name} removed")


@click.group("token")
def token_group() -> None:
    """API tokens for scripts: sent as `Authorization: Bearer TOKEN`, acting with the user's role."""


@token_group.command("create")
@click.argument("name")
@click.option("--user", "user_name", required=True, help="The user the token acts for.")
def token_create(name: str, user_name: str) -> None:
    """Create a token and print it once (only its hash is stored: keep it safe)."""
    with session_scope() as session:
        token = create_token(session, name, user_name, _actor())
    click.echo(token)
    click.echo(f"token {name} for {user_name}: shown once, store it now", err=True)


@token_group.command("revoke")
@click.argument("name")
@click.option("--user", "user_name", help="Whose token (needed when several users have one of that name).")
def token_revoke(name: str, user_name: str | None) -> None:
    """Revoke a token: requests with it are refused from now on."""
    with session_scope() as session:
        count = revoke_token(session, name, user_name, _actor())
    click.echo(f"revoked {count} token(s) named {name}")


@token_group.command("list")
def token_list() -> None:
    """Tokens by user, with when they were last used."""
    with session_scope() as session:
        tokens = list_tokens(session)
    if not tokens:
        click.echo("no tokens")
    for token in tokens:
        used = f"last used {token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never used"
        click.echo(f"{token.name:<24} {token.user:<20} created {token.created_at:%Y-%m-%d}  {used}")
