"""Streaming JSONL output that never leaves a partial line behind.

Each document's output is serialised completely first, then written with one
``write`` call on an unbuffered file descriptor (stdout is flushed), so a
crash, ``kill -9`` or Ctrl-C between documents leaves only whole lines; a torn
last line from a kill during the write itself is detected and cut off by
``--resume``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Self

from briefextract.constants import OUTPUT_SHA256
from briefextract.errors import OutputUnwritable
from briefextract.records import RECORD_FIELDS, Brief

LAYOUTS = ("document", "records")


def brief_lines(brief: Brief | dict, layout: str = "document") -> list[str]:
    """The JSONL lines for one Brief (model or its JSON dict) in the given layout."""
    data = brief.model_dump(mode="json") if isinstance(brief, Brief) else brief
    if layout == "document":
        return [json.dumps(data, ensure_ascii=False)]
    lines = []
    for list_field, kind in RECORD_FIELDS.items():
        for record in data[list_field]:
            lines.append(
                json.dumps(
                    {"doc_id": data["doc_id"], "sha256": data["sha256"], **record, "record": kind},
                    ensure_ascii=False,
                )
            )
    return lines


class JsonlWriter:
    """Appends whole lines to a file (or writes to stdout); one write per document."""

    def __init__(self, path: Path | None, *, append: bool = False) -> None:
        self.path = path
        self._fd: int | None = None
        self._stream: IO[str] | None = None
        if path is None:
            self._stream = sys.stdout
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
                self._fd = os.open(path, flags, 0o644)
            except OSError as exc:
                raise OutputUnwritable(f"cannot write: {exc.strerror or exc}", source=str(path)) from None

    def write_lines(self, lines: list[str]) -> None:
        if not lines:
            return
        payload = "".join(line + "\n" for line in lines)
        if self._fd is not None:
            data = payload.encode("utf-8")
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
        else:
            assert self._stream is not None
            self._stream.write(payload)
            self._stream.flush()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _cut_torn_line(handle) -> None:
    """Truncate what follows the last newline of a file opened ``rb+`` (a line torn by a kill mid-write)."""
    size = handle.seek(0, os.SEEK_END)
    cut = _whole_lines_end(handle, size)
    if cut < size:
        handle.truncate(cut)


def _whole_lines_end(handle, size: int, block: int = 1 << 16) -> int:
    """Byte offset just after the last newline of the file (0 when there is none)."""
    pos = size
    while pos > 0:
        start = max(0, pos - block)
        handle.seek(start)
        chunk = handle.read(pos - start)
        nl = chunk.rfind(b"\n")
        if nl >= 0:
            return start + nl + 1
        pos = start
    return 0


def repair_and_read_done(path: Path, *, last_may_be_partial: bool = False) -> set[str]:
    """sha256 values of the documents already in ``path``; cuts off a torn last line.

    Streams the file (constant memory but the set itself). A torn line (a kill in
    the middle of a write) is truncated away. With ``last_may_be_partial`` (the
    ``records`` layout, where one document is several lines) the trailing run of
    lines of the last document is cut too, so that document is redone whole
    rather than left with some of its records.
    """
    done: set[str] = set()
    if not path.exists():
        return done
    with path.open("rb+") as handle:
        _cut_torn_line(handle)
        handle.seek(0)
        offset = run_start = 0
        run_sha: bytes | None = None
        for line in handle:
            m = OUTPUT_SHA256.search(line)
            sha = m.group(1) if m else None
            if sha != run_sha:
                if run_sha:
                    done.add(run_sha.decode())
                run_sha, run_start = sha, offset
            offset += len(line)
        if run_sha:
            if last_may_be_partial and run_sha.decode() not in done:
                handle.truncate(run_start)
            else:
                done.add(run_sha.decode())
    return done


def truncate_torn_line(path: Path) -> None:
    """Cut a torn last line (kill mid-write) from an append-only JSONL side file."""
    if not path.exists():
        return
    with path.open("rb+") as handle:
        _cut_torn_line(handle)

