"""Input formats -> Article records, streaming, one bad document never stopping the rest.

``iter_articles(paths)`` yields an :class:`Article` or an
:class:`~briefextract.errors.InputError` per document, in a stable order (paths as
given; folders walked recursively in sorted order), without reading everything
into memory first.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from briefextract import constants as C
from briefextract import errors as E

#: Documents above this size are refused (a scraped analysis is ~10 kB).
MAX_DOCUMENT_BYTES = 5_000_000
META_KEYS = ("title", "published", "source", "url")


@dataclass
class Article:
    """One document to extract from: its text and metadata."""

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def meta(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "url": self.url,
        }


def _clean_meta(raw: dict[str, Any], source: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise E.MalformedMetadata("metadata is not a mapping of keys to values", source=source)
    meta = {k: raw.get(k) for k in META_KEYS if raw.get(k) is not None}
    for key, value in meta.items():
        meta[key] = str(value)
    published = meta.get("published")
    if published is not None:
        published = published[:10]
        if not C.ISO_DAY.match(published):
            raise E.MalformedMetadata(f"'published' is not a YYYY-MM-DD date: {meta['published']!r}", source=source)
        meta["published"] = published
    return meta


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of a document, refusing empty, binary and non-UTF-8 input."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise E.DocumentTooLarge(
            f"document is {len(data) / 1e6:.1f} MB; the limit is {MAX_DOCUMENT_BYTES / 1e6:.0f} MB", source=source
        )
    if b"\x00" in data[:8192]:
        raise E.BinaryInput("looks like a binary file (NUL bytes), not text", source=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise E.EncodingError(f"not valid UTF-8 (byte {exc.start})", source=source) from None
    if not text.strip():
        raise E.EmptyInput("document is empty", source=source)
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise E.UnreadableInput(f"cannot read: {exc.strerror or exc}", source=str(path)) from None


def _sidecar(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.name[: -len(path.suffix)] + C.META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        raw = json.loads(_read_bytes(meta_path).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise E.MalformedMetadata(f"sidecar {meta_path.name} is not valid JSON: {exc}", source=str(path)) from None
    return _clean_meta(raw, str(path))


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str, int]:
    """(metadata, body, offset of body in text) for Markdown with optional YAML front matter."""
    m = C.FRONT_MATTER.match(text)
    if not m:
        return {}, text, 0
    try:
        raw = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise E.MalformedMetadata(f"front matter is not valid YAML: {first}", source=source) from None
    return _clean_meta(raw, source), text[m.end():], m.end()


def read_file(path: Path) -> Iterator[Article]:
    """The Article(s) in one file; raises InputError for the whole file when it is bad."""
    suffix = path.suffix.lower()
    source = str(path)
    if suffix == ".jsonl":
        yield from read_jsonl(path)
        return
    text = decode(_read_bytes(path), source)
    meta = _sidecar(path)
    if suffix == ".md":
        front, text, _ = split_front_matter(text, source)
        meta = {**meta, **front}
        if not text.strip():
            raise E.EmptyInput("document has front matter but no text", source=source)
    elif suffix in (".html", ".htm"):
        from briefextract.html import html_to_text

        title, text = html_to_text(text)
        if not text.strip():
            raise E.EmptyInput("no main text found in the HTML", source=source)
        if title:
            meta.setdefault("title", title)
    yield Article(doc_id=path.name[: -len(path.suffix)], text=text, **meta)


def read_jsonl(path: Path) -> Iterator[Article]:
    """One Article per line (``id``, ``text``, optional metadata); bad lines become errors."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise E.UnreadableInput(f"cannot read: {exc.strerror or exc}", source=source) from None
    with handle:
        for lineno, raw in enumerate(handle, 1):
            where = f"{source}:{lineno}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                yield E.MalformedRecord(f"not a JSON object: {exc}", source=where)  # type: ignore[misc]
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield E.MalformedRecord("a line needs a JSON object with a string 'text'", source=where)  # type: ignore[misc]
                continue
            if not obj["text"].strip():
                yield E.EmptyInput("'text' is empty", source=where)  # type: ignore[misc]
                continue
            try:
                meta = _clean_meta(obj, where)
            except E.InputError as exc:
                yield exc  # type: ignore[misc]
                continue
            doc_id = str(obj.get("id") or obj.get("doc_id") or f"{path.stem}-{lineno}")
            yield Article(doc_id=doc_id, text=obj["text"], **meta)


def discover(paths: Iterable[str | Path]) -> Iterator[Path | E.InputError]:
    """Files to read, in a stable order; a nonexistent path becomes an error."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in C.SUPPORTED_SUFFIXES and not _is_documentation(child):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield E.MissingPath("no such file or directory", source=str(path))


def _is_documentation(path: Path) -> bool:
    """README / GUIDELINES files that sit beside a corpus are not articles."""
    return path.stem.upper() in {"README", "GUIDELINES", "LICENSE", "CHANGELOG", "CONTRIBUTING"}


def read_stdin(stdin=None) -> Article:
    data = (stdin or sys.stdin.buffer).read()
    return Article(doc_id="stdin", text=decode(data, "<stdin>"))


def iter_articles(paths: Iterable[str | Path], *, stdin=None) -> Iterator[Article | E.InputError]:
    """Every Article under ``paths``, or the InputError that stopped one, in order."""
    for item in discover(paths):
        if isinstance(item, E.InputError):
            yield item
            continue
        if str(item) == "-":
            try:
                yield read_stdin(stdin)
            except E.InputError as exc:
                yield exc
            continue
        try:
            yield from read_file(item)
        except E.InputError as exc:
            yield exc
