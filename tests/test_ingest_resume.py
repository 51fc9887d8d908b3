"""A real `agenda ingest` killed with SIGKILL at several moments, then re-run, stores exactly what a clean run does."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from agenda.store.schema import JournalRow

from .cli_runner import run_agenda
from .conftest import FIXTURES
from .http_server import Route, serve
from .ingest_helpers import good_folder, stored

pytestmark = pytest.mark.slow

_AGENCIES = ["The water ministry of Atlantis", "The foreign ministry of Mexico", "The customs office",
             "The border commission", "The agriculture department", "The joint technical team"]
_DEEDS = ["will fund water projects on the border with {n} million dollars", "held the trade forum in {m}",
          "will hold a trade forum in {m}", "signed an agreement on seed banks with {n} towns",
          "started the pilot water recycling plant under the fund", "will train {n} inspectors by {m}",
          "delivered {n} pumps to towns along the border", "postponed the meeting on rail freight to {m}"]
_MONTHS = ["March", "May", "July", "September", "October", "December"]
_FILLER = ["Officials described the talks as practical.", "Local councils asked for more information.",
           "Reporters were told that details would follow.", "The statement did not give a budget.",
           "Engineers from both countries took part.", "The next review is planned for the spring."]


def _article(rng: random.Random, number: int) -> str:
    sentences = [f"Bulletin {number} of the border cooperation programme."]
    for _ in range(rng.randint(4, 8)):
        deed = rng.choice(_DEEDS).format(n=rng.randint(2, 90), m=rng.choice(_MONTHS))
        sentences.append(f"{rng.choice(_AGENCIES)} {deed}.")
        sentences.append(rng.choice(_FILLER))
    return " ".join(sentences)


def _inputs(root: Path) -> list[str]:
    """About 500 items: JSONL lines with copies, near-copies, versions and bad lines, files, and a folder."""
    rng = random.Random(20220301)
    records = []
    for number in range(1, 401):
        text = _article(rng, number)
        record = {"id": f"b{number}", "date": f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                  "text": text, "url": f"https://news.example/b{number}"}
        if number % 50 == 7:
            record.pop("date")  # undated
        records.append(record)
        if number % 25 == 3:  # an exact copy under another id
            records.append({**record, "id": f"b{number}-mirror", "url": f"https://mirror.example/b{number}"})
        if number % 30 == 11:  # a near-copy on another site
            records.append({"id": f"b{number}-site2", "date": record.get("date", "2022-06-01"),
                            "text": "Published by the partner ministry. " + text + " Read more on our site.",
                            "url": f"https://partner.example/b{number}"})
        if number % 40 == 19:  # a new version at the same URL
            records.append({**record, "id": f"b{number}-v2", "text": text + " This bulletin was corrected."})
    lines = [json.dumps(r) for r in records]
    lines.insert(123, '{"id": "broken", "text": ')
    lines.insert(300, "[1, 2, 3]")
    archive = root / "bulletins.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = good_folder(root / "files")
    (folder / "junk.txt").write_bytes(rng.randbytes(2048))
    return [str(archive), str(folder), "--recursive"]


def _finished_items(url: str) -> int:
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(parsed)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(JournalRow)
                                     .where(JournalRow.state != "pending")) or 0
    except Exception:  # not created yet, or locked mid-migration
        return 0
    finally:
        engine.dispose()


def _kill_when(args: list[str], db: str, *, items: int | None = None, seconds: float | None = None) -> bool:
    """Start `agenda ingest`, SIGKILL it once `items` are journaled (or after `seconds`); True if it was killed."""
    env = {**os.environ, "AGENDA_DB": db}
    process = subprocess.Popen([sys.executable, "-m", "agenda", "ingest", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    try:
        while process.poll() is None:
            if seconds is not None and time.monotonic() - started >= seconds:
                break
            if items is not None and _finished_items(db) >= items:
                break
            time.sleep(0.01)
        if process.poll() is not None:
            return False
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        return True
    finally:
        if process.poll() is None:
            process.kill()


def _prepare_db(db: str) -> None:
    result = run_agenda("import", str(FIXTURES / "agenda_small.yaml"), db=db)
    assert result.returncode == 0, result.stderr


def test_sigkill_at_any_moment_then_rerun_equals_a_clean_run(db_url: str, tmp_path: Path) -> None:
    args = _inputs(tmp_path)
    pages = {f"/p{n}.html": Route(
        f"<html><head><title>Page {n}</title></head><body><article><p>Readout {n}: the joint technical team "
        f"will publish the list of towns for round {n} in October, and the customs office delivered {n} "
        "scanners to the border posts.</p></article></body></html>".encode(), delay=0.05) for n in range(12)}
    with serve(pages) as server:
        feed = "".join(f"<item><title>Page {n}</title><link>{server.url(f'/p{n}.html')}</link>"
                       f"<pubDate>Tue, 0{n % 9 + 1} Mar 2022 10:00:00 GMT</pubDate></item>" for n in range(12))
        pages["/feed.xml"] = Route(f'<rss version="2.0"><channel><title>Desk</title>{feed}</channel></rss>'.encode(),
                                   content_type="application/rss+xml")
        args = ["--allow-private", server.url("/feed.xml"), *args]

        clean_db = f"sqlite:///{tmp_path / 'clean.db'}"
        _prepare_db(clean_db)
        clean = run_agenda("ingest", *args, db=clean_db, timeout=300)
        assert clean.returncode == 1, clean.stdout + clean.stderr  # the junk file and the two bad lines
        expected = stored(clean_db)
        total = len(expected["journal"])
        assert total > 450 and len(expected["evidence"]) > 50

        _prepare_db(db_url)
        kills = [
            _kill_when(args, db_url, seconds=0.3),  # while starting: imports, migrations
            _kill_when(args, db_url, items=1),
            _kill_when(args, db_url, items=total // 4),
            _kill_when(args, db_url, items=total // 2 + 7),
            _kill_when(args, db_url, items=total - 40),
        ]
        assert sum(kills) >= 4, f"too few runs were killed mid-batch: {kills}"
        final = run_agenda("ingest", *args, db=db_url, timeout=300)
        assert final.returncode == 1
    resumed = stored(db_url)
    for part in ("documents", "sources", "statements", "evidence"):
        assert resumed[part] == expected[part], part
    # the journal ends the same, item by item (finished, duplicate or failed with the same reason)
    assert resumed["journal"] == expected["journal"]
    assert "pending" not in {state for state, _, _ in resumed["journal"].values()}


def test_rerun_of_a_finished_batch_changes_nothing(sqlite_url: str, tmp_path: Path) -> None:
    args = _inputs(tmp_path)
    _prepare_db(sqlite_url)
    run_agenda("ingest", *args, db=sqlite_url, timeout=300)
    before = stored(sqlite_url)
    again = run_agenda("ingest", *args, db=sqlite_url, timeout=300)
    assert "0 new, 0 new versions, 0 near-duplicate copies, 0 duplicates, 3 failed" in again.stdout
    after = stored(sqlite_url)
    assert {k: v for k, v in after.items() if k != "journal"} == {k: v for k, v in before.items() if k != "journal"}
    engine = create_engine(sqlite_url)
    with engine.connect() as connection:
        query = text("SELECT state, max(attempts) FROM ingest_journal GROUP BY state")
        attempts = dict(connection.execute(query).all())
    engine.dispose()
    assert attempts["failed"] == 2 and attempts["done"] == 1  # failed items retried, finished ones left alone


def test_ctrl_c_prints_the_summary_exits_130_and_the_rerun_finishes(sqlite_url: str, tmp_path: Path) -> None:
    args = _inputs(tmp_path)
    _prepare_db(sqlite_url)
    process = subprocess.Popen([sys.executable, "-m", "agenda", "ingest", *args], env={**os.environ,
                               "AGENDA_DB": sqlite_url}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while process.poll() is None and _finished_items(sqlite_url) < 100:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "interrupted: run the same command again to resume" in out
    assert out.startswith("ingested ")
    final = run_agenda("ingest", *args, db=sqlite_url, timeout=300)
    assert final.returncode == 1  # the three bad items
    data = stored(sqlite_url)
    assert "pending" not in {state for state, _, _ in data["journal"].values()}
    assert len(data["journal"]) > 440 and {"b1", "b400", "b7"} <= set(data["documents"])
