"""`agenda ingest` on local inputs: every file type, folders, stdin, bad items, journal and re-runs."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import random
import shutil
from pathlib import Path

from .cli_runner import run_agenda
from .ingest_helpers import INGEST, good_folder, stored
from .pdf_maker import make_pdf


def _documents(db: str, *args: str) -> list[dict]:
    listed = run_agenda("documents", "--format", "json", "--limit", "0", *args, db=db)
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_a_folder_of_every_type_is_ingested_and_subfolders_need_recursive(sqlite_url: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path / "in")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a document")
    first = run_agenda("ingest", str(folder), db=sqlite_url)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "5 new" in first.stdout
    assert "ignored 1 files of other types in folders (photo.jpg)" in first.stdout
    by_id = {d["id"]: d for d in _documents(sqlite_url)}
    assert set(by_id) == {"press_release", "comunicado_latin1", "briefing", "readout_bom", "plan"}
    assert by_id["press_release"]["date"] == "2022-03-02" and by_id["press_release"]["lang"] == "en"
    assert by_id["comunicado_latin1"]["lang"] == "es"
    assert by_id["comunicado_latin1"]["title"] == "México y Atlántida celebraron el foro comercial"
    assert by_id["briefing"]["date"] == "2022-06-15"
    assert by_id["plan"]["date"] == "2022-07-01" and by_id["plan"]["date_origin"] == "metadata"
    assert by_id["readout_bom"]["date"] is None and by_id["readout_bom"]["date_origin"] == "undated"

    second = run_agenda("ingest", "--recursive", str(folder), db=sqlite_url)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "1 new" in second.stdout and "5 already done" in second.stdout
    assert "memo" in {d["id"] for d in _documents(sqlite_url)}


def test_bad_inputs_get_one_line_each_and_the_batch_goes_on(sqlite_url: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path / "in")
    (folder / "broken.html").write_bytes(b"<html><body><div><<<>>> <nav>Home</nav>")
    whole = make_pdf(["A report page that will be cut in two."] * 3)
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "junk.txt").write_bytes(random.Random(7).randbytes(4096))
    (folder / "empty.md").write_bytes(b"")
    with (folder / "huge.txt").open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    shutil.copy(INGEST / "archive_bad_line7.jsonl", folder / "archive.jsonl")

    result = run_agenda("ingest", str(folder), db=sqlite_url)
    assert result.returncode == 1
    failed = sorted(line for line in result.stdout.splitlines() if line.startswith("failed "))
    expected = [
        f"failed {folder / 'archive.jsonl'}:7: invalid JSON: Unterminated string starting at (column 47)",
        f"failed {folder / 'broken.html'}: no article text found in the HTML",
        f"failed {folder / 'empty.md'}: empty file",
        f"failed {folder / 'huge.txt'}: too large: 209,715,200 bytes (limit 52,428,800; see --max-size)",
        f"failed {folder / 'junk.txt'}: binary data, not text (NUL bytes)",
        f"failed {folder / 'truncated.pdf'}: unreadable PDF: PdfStreamError: Stream has ended unexpectedly",
    ]
    assert len(failed) == len(expected)
    for line, start in zip(failed, expected, strict=True):
        assert line.startswith(start), (line, start)
    assert "Traceback" not in result.stdout + result.stderr
    assert "12 new" in result.stdout  # 5 good files + 7 good archive lines
    assert "6 failed" in result.stdout
    data = stored(sqlite_url)
    assert {"arc-1", "arc-6", "arc-8", "press_release", "plan"} <= set(data["documents"])
    assert data["journal"][f"line:{folder / 'archive.jsonl'}:7"][0] == "failed"

    # fix one bad file: the re-run stores it, skips everything done, retries (and reports) the rest
    (folder / "junk.txt").write_text("The bridge inspection programme will start in May, the ministry said.")
    again = run_agenda("ingest", str(folder), db=sqlite_url)
    assert again.returncode == 1
    assert "1 new" in again.stdout and "12 already done" in again.stdout and "5 failed" in again.stdout
    assert stored(sqlite_url)["journal"][f"file:{folder / 'junk.txt'}"][:2] == ("done", "new")


def test_max_size_option_and_unsupported_file(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("word " * 5000)
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04")
    result = run_agenda("ingest", "--max-size", "0.01", str(tmp_path / "long.txt"), str(tmp_path / "report.docx"),
                        db=sqlite_url)
    assert result.returncode == 1
    assert f"failed {tmp_path / 'long.txt'}: too large: 25,000 bytes (limit 10,485" in result.stdout
    assert f"failed {tmp_path / 'report.docx'}: unsupported file type '.docx'" in result.stdout


def test_missing_argument_is_a_user_error(sqlite_url: str, tmp_path: Path) -> None:
    result = run_agenda("ingest", str(tmp_path / "nowhere"), db=sqlite_url)
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: no such file: {tmp_path / 'nowhere'}"


def test_standard_input_lists_paths(sqlite_url: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path / "in")
    listing = f"# inputs\n{folder / 'briefing.md'}\n\n{folder / 'plan.pdf'}\n{tmp_path / 'gone.txt'}\n"
    result = run_agenda("ingest", "-", db=sqlite_url, input_text=listing)
    assert result.returncode == 1
    assert "2 new" in result.stdout
    assert f"failed {tmp_path / 'gone.txt'}: no such file or directory" in result.stdout
    assert {d["id"] for d in _documents(sqlite_url)} == {"briefing", "plan"}


def test_date_option_fills_only_missing_dates(sqlite_url: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path / "in")
    result = run_agenda("ingest", "--date", "2022-12-01", str(folder / "readout_bom.txt"),
                        str(folder / "press_release.html"), db=sqlite_url)
    assert result.returncode == 0, result.stdout
    by_id = {d["id"]: d for d in _documents(sqlite_url)}
    assert (by_id["readout_bom"]["date"], by_id["readout_bom"]["date_origin"]) == ("2022-12-01", "option")
    assert (by_id["press_release"]["date"], by_id["press_release"]["date_origin"]) == ("2022-03-02", "document")


def test_a_changed_file_becomes_a_new_version(sqlite_url: str, tmp_path: Path) -> None:
    note = tmp_path / "status.txt"
    note.write_text("Status of the customs pilot: the offices exchanged schedules for the first time this week.")
    assert run_agenda("ingest", str(note), db=sqlite_url).returncode == 0
    note.write_text("Status of the customs pilot: the offices exchanged schedules again and agreed on joint checks.")
    stamp = note.stat().st_mtime + 5
    os.utime(note, (stamp, stamp))
    result = run_agenda("ingest", str(note), db=sqlite_url)
    assert "1 new versions" in result.stdout, result.stdout
    docs = stored(sqlite_url)["documents"]
    assert docs["status-2"]["version_of"] == "status"
    assert "agreed on joint checks" in docs["status-2"]["text"] and "first time" in docs["status"]["text"]
    shown = run_agenda("documents", "show", "status-2", db=sqlite_url)
    assert "versions:  status → status-2" in shown.stdout
    # unchanged since: nothing to do
    assert "1 already done" in run_agenda("ingest", str(note), db=sqlite_url).stdout


def test_extract_reads_folders_through_the_same_extraction_without_a_database(tmp_path: Path) -> None:
    folder = good_folder(tmp_path / "in")
    result = run_agenda("extract", "--date", "2022-08-01", str(folder), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["doc"] for r in records} <= {"press_release", "comunicado_latin1", "briefing", "readout_bom", "plan",
                                           "memo"}
    assert any(r["doc"] == "press_release" for r in records)
    assert not list(tmp_path.glob("*.db"))


def test_undated_filter_and_dates_in_listing(sqlite_url: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path / "in")
    run_agenda("ingest", str(folder), db=sqlite_url)
    undated = _documents(sqlite_url, "--undated")
    assert [d["id"] for d in undated] == ["readout_bom"]
    since = _documents(sqlite_url, "--since", "2022-06-01")
    assert {d["id"] for d in since} == {"briefing", "plan", "comunicado_latin1"}
    assert all(dt.date.fromisoformat(d["date"]) >= dt.date(2022, 6, 1) for d in since)


def test_gzipped_archives_and_a_truncated_one(sqlite_url: str, tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": f"z{n}", "date": f"2022-02-0{n}",
                                "text": f"Note {n}: the port authority inspected {n * 7} containers with the "
                                        f"customs office of the other country this week."}) + "\n"
                    for n in range(1, 6)).encode()
    (tmp_path / "good.jsonl.gz").write_bytes(gzip.compress(lines))
    whole = gzip.compress(lines * 40)
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    result = run_agenda("ingest", str(tmp_path / "good.jsonl.gz"), str(tmp_path / "cut.jsonl.gz"), db=sqlite_url)
    assert result.returncode == 1
    assert "5 new" in result.stdout
    failed = [line for line in result.stdout.splitlines() if line.startswith("failed ")]
    assert len(failed) == 1
    assert failed[0].startswith(f"failed {tmp_path / 'cut.jsonl.gz'}: cannot read after line ")
    assert "end-of-stream marker" in failed[0]
    # the lines read before the break count: duplicates of the same texts in good.jsonl.gz
    assert "2 duplicates" in result.stdout
    assert {d["id"] for d in _documents(sqlite_url)} == {f"z{n}" for n in range(1, 6)}


def test_a_local_feed_file_with_full_text_needs_no_network(sqlite_url: str, tmp_path: Path) -> None:
    paragraph = ("<p>The border commission approved the inspection calendar for the coming year and asked both "
                 "customs offices to publish waiting times at each crossing every week.</p>")
    feed = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Commission news</title>'
            f"<id>urn:c</id><updated>2022-09-01T00:00:00Z</updated><entry><title>Calendar approved</title>"
            f"<id>urn:c:1</id><updated>2022-09-01T08:00:00Z</updated>"
            f'<content type="html"><![CDATA[{paragraph * 4}]]></content></entry></feed>')
    (tmp_path / "news.atom").write_text(feed, encoding="utf-8")
    result = run_agenda("ingest", str(tmp_path / "news.atom"), db=sqlite_url)
    assert result.returncode == 0, result.stdout
    assert f"read {tmp_path / 'news.atom'}: feed: 1 entries" in result.stdout
    listed = _documents(sqlite_url)
    assert len(listed) == 1 and listed[0]["title"] == "Calendar approved" and listed[0]["date"] == "2022-09-01"
