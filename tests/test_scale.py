"""Corpus-scale analysis on Dask: the same statements as one process, in order, a failure losing nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from agenda.analyze import analyze_document
from agenda.model import Document
from agenda.scale.batch import AnalysisFailure, analyze_chunk, analyze_in_parallel, dask_client

from .cli_runner import run_agenda

TEXTS = [
    "Canada will fund a new border laboratory with $12 million by the end of 2024.",
    "The two ministers met in Ottawa to review the water agreement.",
    "Mexico and the United States agreed to hold a trade forum in October.",
    "The United States delivered 500,000 vaccine doses to Honduras last week.",
    "Weather in the capital was mild.",
]


def corpus(n: int = 11) -> list[Document]:
    return [Document(id=f"d{k}", text=f"{TEXTS[k % len(TEXTS)]} Report number {k}.", date=date(2023, 3, 1 + k),
                     lang="en") for k in range(n)]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with dask_client(workers=2) as running:
        yield running


def test_parallel_analysis_gives_the_same_statements_in_input_order(client: object) -> None:
    documents = corpus()
    got = list(analyze_in_parallel(documents, client, chunk_size=2, in_flight=2))
    assert [d.id for d, _ in got] == [d.id for d in documents]
    assert [outcome for _, outcome in got] == [analyze_document(d) for d in documents]
    assert any(outcome for _, outcome in got)  # the corpus does hold statements


def test_a_document_that_breaks_the_analyzer_is_reported_and_the_rest_go_on(client: object) -> None:
    def fragile(document: Document) -> list:  # type: ignore[type-arg]
        if "vaccine" in document.text:
            raise ValueError("cannot read this one")
        return analyze_document(document)

    got = list(analyze_in_parallel(corpus(), client, chunk_size=3, analyzer=fragile))
    failed = {d.id: o for d, o in got if isinstance(o, AnalysisFailure)}
    assert sorted(failed) == ["d3", "d8"]
    assert failed["d3"] == AnalysisFailure("d3", "ValueError: cannot read this one")
    assert len(got) == 11


def test_analyze_chunk_runs_without_dask() -> None:
    documents = corpus(3)
    assert analyze_chunk(documents) == [analyze_document(d) for d in documents]


def test_extract_with_workers_prints_what_extract_prints(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": d.id, "date": str(d.date), "lang": "en", "text": d.text}) + "\n"
                            for d in corpus()) + "{not json\n")
    alone = run_agenda("extract", str(path), cwd=tmp_path)
    parallel = run_agenda("extract", "--workers", "2", str(path), cwd=tmp_path)
    assert parallel.stdout == alone.stdout and alone.stdout.count("\n") >= 5
    assert alone.returncode == parallel.returncode == 1  # the broken line is reported, the rest printed
    assert "docs.jsonl:12: invalid JSON" in parallel.stderr and "docs.jsonl:12: invalid JSON" in alone.stderr
    assert "Port" not in parallel.stderr  # no dashboard is started


def test_ingest_with_analysis_workers_stores_what_a_single_process_stores(client: object, tmp_path: Path) -> None:
    from agenda.agendafile import read_agenda_file
    from agenda.ingest.options import IngestOptions
    from agenda.ingest.runner import run_ingest
    from agenda.store.agendas import save_agenda
    from agenda.store.db import dispose_engines, session_scope

    from .conftest import FIXTURES
    from .ingest_helpers import stored

    results = []
    for name, options in (("alone", IngestOptions()),
                          ("dask", IngestOptions(scheduler=client.scheduler.address))):  # type: ignore[attr-defined]
        url = f"sqlite:///{tmp_path / name}.db"
        with session_scope(url) as session:
            save_agenda(session, read_agenda_file(FIXTURES / "agenda_small.yaml"))
        report = run_ingest([str(FIXTURES / "web_corpus.jsonl")], options, database=url)
        results.append((report.counts.new, report.counts.statements, report.counts.evidence, stored(url)))
        dispose_engines()
    alone, dask = results
    assert alone[:3] == dask[:3] and alone[1] > 0 and alone[2] > 0
    assert alone[3]["statements"] == dask[3]["statements"]
    assert alone[3]["evidence"] == dask[3]["evidence"]


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "d1", "date": "2023-03-01", "lang": "en", "text": TEXTS[0]}) + "\n")
    result = run_agenda("extract", "--scheduler", "tcp://127.0.0.1:9", str(path), cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "error:" in result.stderr and "tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr
