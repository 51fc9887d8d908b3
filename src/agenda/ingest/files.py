"""Local inputs: files, folders (optionally recursive) and JSON-lines archives, as journal items."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from agenda.ingest.formats import SUFFIXES, Format, format_of_path
from agenda.ingest.items import FailedItem, FileItem, Item, LineItem, journal_key

SUPPORTED = ", ".join(sorted(SUFFIXES))
_READ_CHUNK = 1024 * 1024


def items_for_path(path: Path, *, recursive: bool, max_bytes: int, expect_feed: bool = False,
                   skipped: list[Path] | None = None) -> Iterator[Item]:
    """The items of a file or folder; files of other types inside folders are listed in `skipped`."""
    if path.is_dir():
        for file in walk(path, recursive):
            fmt = format_of_path(file)
            if fmt is None:
                if skipped is not None:
                    skipped.append(file)
                continue
            yield from _file_items(file, fmt, max_bytes, expect_feed and fmt is Format.XML)
        return
    fmt = format_of_path(path)
    if fmt is None and not expect_feed:
        yield FailedItem(key=journal_key("file", _absolute(path)), label=str(path),
                         reason=f"unsupported file type {path.suffix or '(none)'!r} (reads {SUPPORTED})")
        return
    # --feed makes XML files (and files of no known type) feeds; a .md or .pdf stays what it is
    yield from _file_items(path, fmt or Format.XML, max_bytes, expect_feed and fmt in (None, Format.XML))


def walk(folder: Path, recursive: bool) -> Iterator[Path]:
    """Files of a folder in a stable order, hidden ones left out; symlinked folders not followed."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _file_items(path: Path, fmt: Format, max_bytes: int, expect_feed: bool) -> Iterator[Item]:
    if fmt is Format.JSONL:
        yield from jsonl_items(path, max_bytes)
        return
    try:
        stat = path.stat()
    except OSError as exc:
        yield FailedItem(key=journal_key("file", _absolute(path)), label=str(path),
                         reason=f"cannot read: {exc.strerror or exc}")
        return
    yield FileItem(key=journal_key("file", _absolute(path)), label=str(path), path=path, format=fmt,
                   fingerprint=f"{stat.st_size}:{stat.st_mtime_ns}", expect_feed=expect_feed)


def jsonl_items(path: Path, max_bytes: int) -> Iterator[Item]:
    """One item per line of a .jsonl/.jsonl.gz file, identified by file and `id` (or line number)."""
    absolute = _absolute(path)
    seen: dict[str, int] = {}
    number = 0
    try:
        with _open(path) as handle:
            while True:
                line = handle.readline(max_bytes + 1)
                if not line:
                    break
                number += 1
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _skip_rest_of_line(handle)
                    yield _line_failure(path, absolute, number, f"line longer than {max_bytes:,} bytes")
                    continue
                if line.strip():
                    yield _line_item(path, absolute, number, line, seen)
    except (OSError, EOFError, zlib.error) as exc:
        where = f" after line {number}" if number else ""
        yield FailedItem(key=journal_key("file", absolute), label=str(path),
                         reason=f"cannot read{where}: {exc}")


def _line_item(path: Path, absolute: str, number: int, line: bytes, seen: dict[str, int]) -> Item:
    try:
        record = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        return _line_failure(path, absolute, number, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except UnicodeDecodeError:
        return _line_failure(path, absolute, number, "invalid JSON: not UTF-8 text")
    if not isinstance(record, dict):
        return _line_failure(path, absolute, number, "expected a JSON object")
    raw_id = record.get("id")
    if raw_id is None or str(raw_id).strip() == "":
        return _line_failure(path, absolute, number, "missing 'id'")
    doc_id = str(raw_id).strip()
    if doc_id in seen:
        return _line_failure(path, absolute, number, f"id {doc_id!r} repeats line {seen[doc_id]}")
    seen[doc_id] = number
    return LineItem(key=journal_key("line", f"{absolute}#{doc_id}"), label=f"{path}:{number} (id {doc_id})",
                    fingerprint="sha1:" + hashlib.sha1(line.strip()).hexdigest()[:20], path=path,
                    line=number, record=record)


def _line_failure(path: Path, absolute: str, number: int, reason: str) -> LineItem:
    return LineItem(key=journal_key("line", f"{absolute}:{number}"), label=f"{path}:{number}", path=path,
                    line=number, error=reason)


def _skip_rest_of_line(handle) -> None:  # type: ignore[no-untyped-def]
    while True:
        chunk = handle.readline(_READ_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _open(path: Path):  # type: ignore[no-untyped-def]
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _absolute(path: Path) -> str:
    return str(path.absolute())
