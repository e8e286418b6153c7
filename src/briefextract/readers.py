"""Input formats -> Article records, streaming, one bad document never stopping the rest.

``iter_articles(paths)`` yields an :class:`Article` or a
:class:`~briefextract.errors.BriefExtractError` per document, in a stable order
(paths as given; folders walked depth-first, entries sorted by name), without
reading everything into memory first: a folder of 100,000 files is never held as
a list of texts, and a JSONL file is read line by line.

Formats
    ``.txt``   the file's text (UTF-8; a BOM is dropped).
    ``.md``    optional YAML front matter (title, published, source, url); the
               analysed text is the body after it.
    ``.html``  / ``.htm``: main text extracted by :mod:`briefextract.html`.
    ``.jsonl`` one article per line: ``{"id", "text", "title"?, "published"?, ...}``.
    ``-``      one document on stdin.
    A sidecar ``<stem>.meta.json`` supplies metadata for ``<stem>.txt|.md|.html``;
    front matter wins over the sidecar. Sidecars and other ``.json`` files
    (``*.gold.json``) found in a folder are not articles; neither are README /
    GUIDELINES files, hidden files or hidden folders.

Offsets in the records always refer to ``Article.text``. When that text is not
the file's content verbatim (HTML, Markdown with front matter) the article is
``derived`` and the batch keeps its text beside the output (``--texts``).

Limits: a file larger than :data:`MAX_FILE_BYTES` is refused without being read,
and a text longer than :data:`MAX_TEXT_CHARS` characters (spaCy's default
``nlp.max_length``) is refused after decoding: a news analysis is 2k-20k
characters, so either is a scraping accident, not an article.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefextract import constants as C
from briefextract import errors as E

#: Raw files above this size are refused before reading (HTML pages carry scripts and styles).
MAX_FILE_BYTES = 20_000_000
#: Analysed texts above this many characters are refused (spaCy's default nlp.max_length).
MAX_TEXT_CHARS = 1_000_000
META_KEYS = ("title", "published", "source", "url")
#: Magic numbers of binary formats people drop into article folders.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (docx/xlsx/epub?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old MS Office document"),
)
_SNIFF = 8192
#: The C0 control characters that are not whitespace (``\t\n\v\f\r`` are): many of them mean binary input.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")
_DOC_NAMES = frozenset({"README", "GUIDELINES", "LICENSE", "CHANGELOG", "CONTRIBUTING"})


@dataclass
class Article:
    """One document to extract from: its text and metadata.

    ``origin`` says where it came from (a path, ``path:line`` for JSONL, ``<stdin>``);
    ``derived`` is True when ``text`` is not the file content verbatim (HTML main
    text, Markdown body), so offsets can only be checked against the kept text.
    """

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    origin: str | None = None
    derived: bool = False

    def meta(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "url": self.url,
        }


def check_day(value: str) -> bool:
    """True for a real calendar day written YYYY-MM-DD."""
    if not C.ISO_DAY.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _clean_meta(raw: Any, source: str) -> dict[str, Any]:
    """title/published/source/url as strings; ``published`` must be a real YYYY-MM-DD day.

    A timestamp (``2025-09-12T10:00:00Z``) or a YAML date keeps its day.
    """
    if not isinstance(raw, dict):
        raise E.MalformedMetadata("metadata is not a mapping of keys to values", source=source)
    meta: dict[str, Any] = {}
    for key in META_KEYS:
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            raise E.MalformedMetadata(f"'{key}' must be a single value, not {type(value).__name__}", source=source)
        meta[key] = str(value).strip() or None
    published = meta.get("published")
    if published is not None:
        day = published[:10]
        if not check_day(day):
            raise E.MalformedMetadata(f"'published' is not a YYYY-MM-DD date: {published!r}", source=source)
        meta["published"] = day
    return {k: v for k, v in meta.items() if v is not None}


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of a document, refusing empty, binary, non-UTF-8 and oversized input."""
    if len(data) > MAX_FILE_BYTES:
        raise E.DocumentTooLarge(
            f"document is {len(data) / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB", source=source
        )
    head = data[:_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise E.EncodingError("UTF-16 text (byte-order mark); convert it to UTF-8", source=source)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise E.BinaryInput(f"looks like {what}, not text", source=source)
    if b"\x00" in head:
        raise E.BinaryInput("looks like a binary file (NUL bytes), not text", source=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise E.EncodingError(
            f"not valid UTF-8 (byte {exc.start}, line {line}: {data[exc.start:exc.start + 1]!r}); "
            "convert it to UTF-8",
            source=source,
        ) from None
    controls = len(_CONTROL_CHARS.findall(text, 0, _SNIFF))  # (a Python loop per character took ~0.3 ms)
    if controls > 0.1 * min(len(text), _SNIFF):
        raise E.BinaryInput("looks like a binary file (control characters), not text", source=source)
    if not text.strip():
        raise E.EmptyInput("document is empty", source=source)
    check_length(text, source)
    return text


def decode_html(data: bytes, source: str) -> str:
    """An HTML page's text: UTF-8, else the charset the page declares (legacy windows-1252 pages).

    Offsets refer to the extracted main text, so the decoding only has to be right.
    """
    try:
        return decode(data, source)
    except E.EncodingError:
        m = C.HTML_CHARSET.search(data[:4096])
        if not m:
            raise
        charset = m.group(1).decode("ascii").lower()
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise E.EncodingError(
                f"not valid UTF-8, nor the charset the page declares ({charset})", source=source
            ) from None
        if not text.strip():
            raise E.EmptyInput("document is empty", source=source) from None
        check_length(text, source)
        return text


def check_length(text: str, source: str) -> None:
    """Refuse texts over :data:`MAX_TEXT_CHARS` and texts that cannot be written as UTF-8.

    JSON escapes can smuggle in unpaired surrogates (``"\\ud800"``); they would
    fail only when the output line is written, so they are refused here.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise E.EncodingError(f"text has an unpaired surrogate at character {exc.start}", source=source) from None
    if len(text) > MAX_TEXT_CHARS:
        raise E.DocumentTooLarge(
            f"text has {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}", source=source
        )


def _unreadable(exc: OSError, source: str) -> E.UnreadableInput:
    """An OS error while opening or reading a file, as one line naming the reason."""
    if isinstance(exc, IsADirectoryError):
        return E.UnreadableInput("is a directory, not a file", source=source)
    return E.UnreadableInput(f"cannot read: {exc.strerror or exc}", source=source)


def _read_bytes(path: Path, source: str | None = None) -> bytes:
    source = source or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise E.DocumentTooLarge(
                f"file is {size / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB", source=source
            )
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(exc, source) from None


def sidecar_path(path: Path) -> Path:
    """``<stem>.meta.json`` beside ``path``."""
    return path.with_name(path.stem + C.META_SUFFIX)


def _sidecar(path: Path) -> dict[str, Any]:
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return {}
    data = _read_bytes(meta_path, f"{path} (sidecar {meta_path.name})")
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise E.MalformedMetadata(f"sidecar {meta_path.name} is not valid JSON: {exc}", source=str(path)) from None
    return _clean_meta(raw, f"{path} (sidecar {meta_path.name})")


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str, int]:
    """(metadata, body, offset of body in text) for Markdown with optional YAML front matter.

    A file that opens with ``---`` but never closes it is malformed (its metadata
    would otherwise be analysed as text).
    """
    m = C.FRONT_MATTER.match(text)
    if not m:
        if text.lstrip("\ufeff").startswith("---\n") or text.startswith("---\r\n"):
            raise E.MalformedMetadata("front matter opened with '---' is never closed", source=source)
        return {}, text, 0
    try:
        raw = yaml.safe_load(m.group(1)) or {}
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as exc:
        # PyYAML raises ValueError for impossible timestamps such as 2025-02-30.
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise E.MalformedMetadata(f"front matter is not valid YAML: {first}", source=source) from None
    return _clean_meta(raw, source), text[m.end():], m.end()


def read_file(path: Path) -> Iterator[Article]:
    """The Article(s) in one file; raises a BriefExtractError for the whole file when it is bad."""
    suffix = path.suffix.lower()
    source = str(path)
    if suffix == ".jsonl":
        yield from read_jsonl(path)
        return
    if suffix and suffix not in C.SUPPORTED_SUFFIXES:
        raise E.UnsupportedFormat(
            f"'{suffix}' is not an article format (use {', '.join(C.SUPPORTED_SUFFIXES)})", source=source
        )
    data = _read_bytes(path)
    if suffix in (".html", ".htm"):
        text = decode_html(data, source)
    else:
        text = decode(data, source)
    meta = _sidecar(path)
    derived = False
    if suffix == ".md":
        front, body, offset = split_front_matter(text, source)
        meta = {**meta, **front}
        if not body.strip():
            raise E.EmptyInput("document has front matter but no text", source=source)
        text, derived = body, offset > 0
    elif suffix in (".html", ".htm"):
        from briefextract.html import html_to_text

        title, text = html_to_text(text)
        if not text.strip():
            raise E.EmptyInput("no main text found in the HTML", source=source)
        check_length(text, source)
        if title:
            meta.setdefault("title", title)
        derived = True
    yield Article(doc_id=path.stem, text=text, origin=source, derived=derived, **meta)


def _lines(handle, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; ``None`` for a line longer than ``limit`` (skipped unread)."""
    lineno = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
            yield lineno, None
            continue
        yield lineno, raw


def read_jsonl(path: Path) -> Iterator[Article]:
    """One Article per line (``id``, ``text``, optional metadata); bad lines become errors.

    Errors are yielded (not raised) so the good lines of the file still go through.
    """
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _unreadable(exc, source) from None
    with handle:
        try:
            head = handle.peek(_SNIFF)[:_SNIFF]
        except OSError as exc:
            raise _unreadable(exc, source) from None
        if b"\x00" in head:
            raise E.BinaryInput("looks like a binary file (NUL bytes), not JSONL", source=source)
        seen = 0
        for lineno, raw in _lines(handle, MAX_FILE_BYTES):
            where = f"{source}:{lineno}"
            if raw is None:
                yield E.DocumentTooLarge(  # type: ignore[misc]
                    f"line is over {MAX_FILE_BYTES / 1e6:.0f} MB; skipped", source=where
                )
                seen += 1
                continue
            if not raw.strip():
                continue
            seen += 1
            try:
                obj = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
            except UnicodeDecodeError as exc:
                yield E.EncodingError(f"line is not valid UTF-8 (byte {exc.start})", source=where)  # type: ignore[misc]
                continue
            except ValueError as exc:
                yield E.MalformedRecord(f"not valid JSON: {exc}", source=where)  # type: ignore[misc]
                continue
            if seen == 1 and _is_own_output(obj):
                raise E.UnsupportedFormat(
                    "this is briefextract output, not articles (keep outputs outside input folders)", source=source
                )
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield E.MalformedRecord(  # type: ignore[misc]
                    "each line needs a JSON object with a string 'text'", source=where
                )
                continue
            if not obj["text"].strip():
                yield E.EmptyInput("'text' is empty", source=where)  # type: ignore[misc]
                continue
            try:
                check_length(obj["text"], where)
                meta = _clean_meta(obj, where)
                for value in meta.values():
                    check_length(value, where)
            except E.InputError as exc:
                yield exc  # type: ignore[misc]
                continue
            doc_id = obj.get("id", obj.get("doc_id"))
            doc_id = str(doc_id) if doc_id not in (None, "") else f"{path.stem}-{lineno}"
            extra = {k: v for k, v in obj.items() if k not in ("id", "doc_id", "text", *META_KEYS)}
            yield Article(doc_id=doc_id, text=obj["text"], origin=where, extra=extra, **meta)
        if not seen:
            raise E.EmptyInput("JSONL file has no articles", source=source)


def _is_own_output(obj: Any) -> bool:
    """A first JSONL line written by briefextract itself (a Brief, a record, a kept text)."""
    if not isinstance(obj, dict) or "sha256" not in obj:
        return False
    return "schema_version" in obj or "record" in obj or set(obj) == {"doc_id", "sha256", "origin", "text"}


def _is_documentation(path: Path) -> bool:
    """README / GUIDELINES files that sit beside a corpus are not articles."""
    return path.name.split(".")[0].upper() in _DOC_NAMES


def _walk(
    folder: Path, exclude: frozenset[str], seen: set[tuple[int, int]] | None = None
) -> Iterator[Path | E.BriefExtractError]:
    """Article files under ``folder``, depth-first, names sorted: streaming, stable order.

    Only one directory listing is held at a time. Hidden entries are skipped; a
    broken link named like an article is reported rather than silently dropped;
    a folder reached twice through symbolic links is walked once (no loops).
    """
    seen = set() if seen is None else seen
    try:
        st = folder.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:
            return
        seen.add(key)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield E.UnreadableInput(f"cannot list folder: {exc.strerror or exc}", source=str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            if _resolved(path) not in exclude:  # e.g. a Dask output folder inside the input folder
                yield from _walk(path, exclude, seen)
            continue
        if path.suffix.lower() not in C.SUPPORTED_SUFFIXES or _is_documentation(path):
            continue
        if _resolved(path) in exclude:
            continue
        if not is_file:
            yield E.UnreadableInput("not a regular file (broken link?)", source=str(path))
            continue
        yield path


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def discover(
    paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()
) -> Iterator[Path | E.BriefExtractError]:
    """Files to read, in a stable order; a nonexistent path becomes an error.

    ``exclude``: files or folders never to read (the batch's own output, errors
    and texts files or its folder of parts, which may sit inside an input folder). Sidecars named explicitly are
    skipped silently (``briefextract extract folder/*`` passes them).
    """
    skip = frozenset(_resolved(Path(p)) for p in exclude)
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield path
        elif path.is_dir():
            yield from _walk(path, skip)
        elif path.exists():
            if path.name.endswith(C.META_SUFFIX) or path.name.endswith(".gold.json") or _resolved(path) in skip:
                continue
            yield path
        elif path.is_symlink():
            yield E.UnreadableInput("broken symbolic link", source=str(path))
        else:
            yield E.MissingPath("no such file or directory", source=str(path))


def read_stdin(stdin=None) -> Article:
    stream = stdin or sys.stdin.buffer
    data = stream.read(MAX_FILE_BYTES + 1)
    if isinstance(data, str):  # a text stream (tests, notebooks)
        data = data.encode("utf-8")
    return Article(doc_id="stdin", text=decode(data, "<stdin>"), origin="<stdin>")


def iter_articles(
    paths: Iterable[str | Path], *, stdin=None, exclude: Iterable[str | Path] = ()
) -> Iterator[Article | E.BriefExtractError]:
    """Every Article under ``paths``, or the error that stopped one, in order."""
    for item in discover(paths, exclude=exclude):
        if isinstance(item, E.BriefExtractError):
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
        except Exception as exc:  # noqa: BLE001 - a reader bug must not end the batch
            yield E.DocumentFailed(
                f"reading failed (a bug; please report it): {type(exc).__name__}: {exc}".splitlines()[0][:300],
                source=str(item),
            )
