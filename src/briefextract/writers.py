"""Streaming JSONL output that never leaves a partial line behind.

Each document's output is serialised completely first, then written with one
``write`` call on an unbuffered append-mode file descriptor and flushed, so a
crash, ``kill -9`` or Ctrl-C between documents leaves only whole lines; a torn
last line from a kill during the write itself is detected and cut off by
``--resume``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Iterator

from briefextract.records import RECORD_FIELDS, Brief

LAYOUTS = ("document", "records")


def brief_lines(brief: Brief, layout: str = "document") -> list[str]:
    """The JSONL lines for one Brief in the given layout."""
    data = brief.model_dump(mode="json")
    if layout == "document":
        return [json.dumps(data, ensure_ascii=False)]
    lines = []
    for list_field, kind in RECORD_FIELDS.items():
        for record in data[list_field]:
            lines.append(
                json.dumps(
                    {"doc_id": brief.doc_id, "sha256": brief.sha256, **record, "record": kind},
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
            path.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self._fd = os.open(path, flags, 0o644)

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

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def repair_and_read_done(path: Path) -> set[str]:
    """sha256 values of the documents already in ``path``; cuts off a torn last line."""
    done: set[str] = set()
    if not path.exists():
        return done
    with path.open("rb+") as handle:
        data = handle.read()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            handle.truncate(cut)
            data = data[:cut]
    for line in data.splitlines():
        try:
            sha = json.loads(line).get("sha256")
        except ValueError:
            continue
        if sha:
            done.add(sha)
    return done


def iter_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
