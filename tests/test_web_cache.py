"""The overview is computed once per change of the database, and never served stale after a write."""

from __future__ import annotations

from agenda.store import review
from agenda.store.db import session_scope

from .cli_runner import run_agenda
from .web_support import build, client


def _totals(web) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return web.get("/api/agendas/test-pact?as_of=2030-01-01").json()["status_totals"]


def test_repeated_overviews_are_served_from_the_cache_until_a_write(db_url: str) -> None:
    built = build(db_url, users=False)
    web = client(db_url)
    cache = web.app.state.web.overviews
    # PostgreSQL's snapshot also moves with writes to the server's other databases (tests running in
    # parallel): a few rounds, so that one of them runs between two such writes
    for _ in range(5):
        assert _totals(web) == {"announced": 3}
        assert _totals(web) == {"announced": 3}
        assert web.get("/agendas/test-pact?as_of=2030-01-01").status_code == 200
        assert web.get("/agendas/test-pact?as_of=2030-01-01").status_code == 200
        if cache.hits >= 2:
            break
    assert cache.hits >= 2
    with session_scope(db_url) as session:  # a write on another connection of this process
        review.accept_evidence(session, built.evidence[("trade-forum", "w-02")], "ana")
    assert _totals(web) == {"announced": 2, "delivered": 1}
    page = web.get("/agendas/test-pact?as_of=2030-01-01").text
    assert "ana" in page  # the recent changes name the reviewer
    accepted = run_agenda("review", "accept", str(built.evidence[("water-fund", "w-03")]), "--as", "bo", db=db_url)
    assert accepted.returncode == 0, accepted.stderr  # a write by another process
    assert _totals(web) == {"announced": 1, "delivered": 1, "in_progress": 1}  # $10M of $40M: in progress


def test_the_cache_can_be_turned_off(sqlite_url: str) -> None:
    build(sqlite_url, users=False, hostile=False)
    web = client(sqlite_url, cache=False)
    _totals(web)
    _totals(web)
    assert web.app.state.web.overviews.hits == 0
