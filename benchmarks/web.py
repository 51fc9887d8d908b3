"""Web benchmark: requests per second and p50/p95/p99 latency of the overview, a filtered commitment
list and the API list, served by a real `agenda serve` over a generated database of 10,000
commitments and 100,000 documents (SQLite by default, PostgreSQL with --pg URL).

    .venv/bin/python benchmarks/web.py                      # SQLite in a temporary folder
    .venv/bin/python benchmarks/web.py --pg postgresql://postgres@127.0.0.1:5432/test

The generated texts are made-up words of our own; nothing is read from ../shared.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from agenda.store.db import dispose_engines, get_engine
from agenda.store.schema import (
    AgendaRow,
    CommitmentRow,
    DocumentRow,
    EvidenceRow,
    StatementRow,
    StatusChangeRow,
)

AGENDA = "bench"
PARTIES = ["MEX", "USA", "CAN", "GTM", "HND", "SLV"]
PILLARS = ["security", "economy", "labor", "migration", "health", "energy_climate", "other"]
KINDS = ["dialogue", "funding", "delivery", "policy", "operation", "program", "case", "other"]
STANCES = ["advance", "fulfil", "setback", "restate"]
STANCE_STATUS = {"advance": "in_progress", "fulfil": "delivered", "setback": "stalled"}
VERBS = ["fund", "build", "train", "open", "expand", "review", "deliver", "convene", "launch", "support"]
OBJECTS = ["border crossings", "labor inspectors", "clinics", "water plants", "customs systems", "bridges",
           "shelters", "power lines", "ports", "vaccination centres", "forensic labs", "rail links"]
PLACES = ["in the north", "along the coast", "in the capital", "in rural districts", "at the border",
          "in the south", "in port cities", "across the region"]
START = date(2019, 1, 1)
CHUNK = 5000


def _sentence(rng: random.Random) -> str:
    return f"The partners will {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}."


def _day(rng: random.Random, span_days: int, start: date = START) -> date:
    return start + timedelta(days=rng.randrange(span_days))


def _bulk(connection, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    for i in range(0, len(rows), CHUNK):
        connection.execute(insert(table), rows[i:i + CHUNK])


def generate(url: str, commitments: int, documents: int, seed: int = 7) -> dict[str, int]:
    """Fill an empty, migrated database with bulk inserts; returns the row counts."""
    rng = random.Random(seed)
    engine = get_engine(url)
    now = time.time()
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        connection.execute(insert(AgendaRow.__table__), [{
            "id": AGENDA, "title": "Benchmark agenda", "parties": PARTIES, "note": None}])
        commitment_rows, changes = [], []
        for pk in range(1, commitments + 1):
            announced = _day(rng, 5 * 365)
            money = rng.random() < 0.2
            has_target = money or rng.random() < 0.1
            commitment_rows.append({
                "pk": pk, "agenda_id": AGENDA, "key": f"c-{pk:05d}", "text": _sentence(rng),
                "parties": sorted(rng.sample(PARTIES, rng.randint(1, 3))), "kind": KINDS[pk % len(KINDS)],
                "pillar": PILLARS[pk % len(PILLARS)], "announced": announced,
                "due": announced + timedelta(days=rng.randint(60, 1500)) if rng.random() < 0.6 else None,
                "target_value": (rng.randint(1, 500) * 1_000_000.0 if money else rng.randint(10, 10_000) * 100.0)
                if has_target else None,
                "target_unit": ("USD" if money else "doses") if has_target else None,
                "parent_key": None, "source_doc": None, "quote": None, "note": None, "also_in": [],
                "origin": "import",
            })
            changes.append({"commitment_pk": pk, "date": announced, "status": "announced", "basis": "import",
                            "reviewed": True, "evidence_pk": None, "document_key": None, "author": "import",
                            "reason": None})
        _bulk(connection, CommitmentRow.__table__, commitment_rows)
        document_rows, statement_rows, published = [], [], {}
        statement_pk = 0
        for pk in range(1, documents + 1):
            body = " ".join(_sentence(rng) for _ in range(rng.randint(4, 9)))
            day = _day(rng, 6 * 365)
            published[pk] = day
            document_rows.append({
                "pk": pk, "key": f"d-{pk:06d}", "title": f"Report {pk} on {rng.choice(OBJECTS)}",
                "url": f"https://example.org/reports/{pk}", "canonical_url": None, "source": "Bench wire",
                "author": None, "published": day, "date_origin": "given", "lang": "en" if pk % 10 < 7 else "es",
                "text": body, "content_hash": hashlib.sha256(f"{pk}{body}".encode()).hexdigest(),
                "minhash": None, "copy_of_pk": None, "version_of_pk": None, "analyzed": True,
            })
            offset = 0
            for sentence in body.split(". ")[: rng.choice((1, 1, 2))]:
                statement_pk += 1
                statement_rows.append({
                    "pk": statement_pk, "document_pk": pk, "start": offset, "end": offset + len(sentence),
                    "text": sentence, "type": rng.choice(("commitment", "progress")), "actors": ["USA"],
                    "kind": rng.choice(KINDS), "pillar": rng.choice(PILLARS),
                    "amount_value": rng.randint(1, 50) * 1_000_000.0 if rng.random() < 0.2 else None,
                    "amount_currency": "USD", "quantity_value": None, "quantity_unit": None, "due": None,
                    "due_text": None, "confidence": 0.5, "lang": "en", "also": [], "progress_also": False,
                })
                offset += len(sentence) + 2
        _bulk(connection, DocumentRow.__table__, document_rows)
        _bulk(connection, StatementRow.__table__, statement_rows)
        evidence_rows, pairs = [], set()
        for pk in range(1, statement_pk // 4 + 1):
            statement = statement_rows[rng.randrange(statement_pk)]
            commitment = rng.randint(1, commitments)
            if (statement["pk"], commitment) in pairs:
                continue
            pairs.add((statement["pk"], commitment))
            state = rng.choices(("proposed", "accepted", "rejected"), (7, 2, 1))[0]
            stance = rng.choice(STANCES)
            evidence_rows.append({
                "pk": pk, "statement_pk": statement["pk"], "commitment_pk": commitment, "stance": stance,
                "score": round(rng.random(), 2), "review_state": state, "money_stage": None, "reasons": [],
            })
            status = STANCE_STATUS.get(stance)
            day = published[statement["document_pk"]]
            if status:
                base = {"commitment_pk": commitment, "date": day, "status": status, "evidence_pk": pk,
                        "document_key": f"d-{statement['document_pk']:06d}", "reason": None}
                changes.append({**base, "basis": "evidence", "reviewed": False, "author": None})
                if state == "accepted":
                    changes.append({**base, "basis": "review", "reviewed": True, "author": "bench"})
        _bulk(connection, EvidenceRow.__table__, evidence_rows)
        _bulk(connection, StatusChangeRow.__table__, changes)
        counts = {"commitments": commitments, "documents": documents, "statements": statement_pk,
                  "evidence": len(evidence_rows), "status_changes": len(changes)}
        if connection.dialect.name == "postgresql":
            for table in ("commitment", "document", "statement", "evidence", "status_change"):
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'pk'), "
                                        f"(SELECT max(pk) FROM {table}))"))
    with engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()
    counts["seconds"] = round(time.time() - now, 1)
    dispose_engines()
    return counts


def _holds_benchmark(url: str) -> bool:
    if not Path(url.removeprefix("sqlite:///")).exists():
        return False
    with get_engine(url).connect() as connection:
        found = connection.execute(text("SELECT count(*) FROM agenda WHERE id = :id"), {"id": AGENDA}).scalar()
    dispose_engines()
    return bool(found)


@contextmanager
def sqlite_database(path: str | None) -> Iterator[str]:
    if path:
        yield f"sqlite:///{Path(path).resolve()}"
        return
    with tempfile.TemporaryDirectory(prefix="agenda-bench-") as folder:
        yield f"sqlite:///{folder}/bench.db"


@contextmanager
def postgres_database(base: str, keep: bool) -> Iterator[str]:
    url = make_url(base).set(drivername="postgresql+psycopg")
    name = f"agenda_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        dispose_engines()
        if keep:
            print(f"kept PostgreSQL database {name}")
        else:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), to show work apart from waiting for a core."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def serve(url: str) -> Iterator[tuple[str, int]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "agenda", "serve", "--port", str(port)],
                               env={**os.environ, "AGENDA_DB": url}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/agendas", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                error = process.stderr.read().decode() if process.stderr else ""
                raise SystemExit(f"agenda serve did not start: {error}")
            time.sleep(0.2)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


UNCACHED_DAYS = 400
SCENARIOS = {
    "overview": [f"/agendas/{AGENDA}"],
    # a different date each time: every request computes the overview from the database
    "overview, uncached": [f"/agendas/{AGENDA}?as_of={date(2026, 1, 1) - timedelta(days=n)}"
                           for n in range(UNCACHED_DAYS)],
    "filtered list": [f"/agendas/{AGENDA}/commitments?pillar={p}&party={party}&status=announced&page={n}"
                      for p, party, n in zip(PILLARS, PARTIES * 2, (1, 2, 3, 1, 2, 3, 1), strict=False)]
    + [f"/agendas/{AGENDA}/commitments?overdue=1&sort=due", f"/agendas/{AGENDA}/commitments?q=clinics&kind=funding"],
    "API list": [f"/api/agendas/{AGENDA}/commitments?pillar={p}&page={n}&per_page=50"
                 for p, n in zip(PILLARS, (1, 5, 9, 2, 6, 3, 7), strict=True)]
    + [f"/api/agendas/{AGENDA}/commitments?proposed=delivered&party=MEX"],
}


def measure(base: str, paths: list[str], requests: int, warmup: int) -> dict[str, float]:
    with httpx.Client(base_url=base, timeout=60) as client:
        for i in range(warmup):
            client.get(paths[i % len(paths)]).raise_for_status()
        latencies = []
        started = time.perf_counter()
        for i in range(requests):
            begin = time.perf_counter()
            response = client.get(paths[i % len(paths)])
            latencies.append((time.perf_counter() - begin) * 1000)
            response.raise_for_status()
        elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"rps": requests / elapsed, "p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": max(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", metavar="URL", help="benchmark PostgreSQL (a fresh database is created there)")
    parser.add_argument("--sqlite", metavar="PATH",
                        help="SQLite file to use (default: a temporary one); reused if it holds the benchmark")
    parser.add_argument("--commitments", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="timed requests per scenario")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database afterwards")
    args = parser.parse_args()
    database = postgres_database(args.pg, args.keep) if args.pg else sqlite_database(args.sqlite)
    with database as url:
        engine_name = "postgresql" if args.pg else "sqlite"
        if args.sqlite and _holds_benchmark(url):
            print(f"{engine_name}: reusing {args.sqlite}")
        else:
            print(f"{engine_name}: generated {generate(url, args.commitments, args.documents)}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        with serve(url) as (base, pid):
            print(f"{'scenario':<19} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} "
                  f"{'server CPU ms/req':>18}")
            for name, paths in SCENARIOS.items():
                before = cpu_seconds(pid)
                m = measure(base, paths, args.requests, args.warmup)
                after = cpu_seconds(pid)
                cpu = f"{(after - before) * 1000 / (args.requests + args.warmup):.1f}" if before is not None \
                    and after is not None else "n/a"
                print(f"{name:<19} {m['rps']:>7.1f} {m['p50']:>8.1f} {m['p95']:>8.1f} {m['p99']:>8.1f} "
                      f"{m['max']:>8.1f} {cpu:>18}")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
