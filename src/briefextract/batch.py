"""Batch extraction: articles in, JSONL out, nothing lost, bad input reported and skipped.

The CLI's ``extract`` command is a thin wrapper around :func:`run_batch`; the Dask
engine (:mod:`briefextract.distributed`) shares its client side (:func:`check_options`,
:class:`Intake`, :func:`chunked`) and runs the same :func:`process_partition` on workers.

How nothing is lost
    * Articles stream from the readers; at most a bounded window of chunks is in
      flight, so memory does not grow with the number of documents.
    * Each document's output is serialised whole, then written with one
      ``os.write`` on an unbuffered descriptor (:class:`~briefextract.writers.JsonlWriter`):
      a crash, ``kill -9`` or Ctrl-C leaves whole lines only; ``--resume`` cuts a
      torn last line and skips documents whose sha256 is already in the output.
    * A document the pipeline fails on (a bug) becomes an ``E400`` error record;
      a worker process that dies takes only its in-flight documents with it
      (``E401``), and the pool is restarted.

Output is in input order whatever the number of workers, and byte-identical to a
single-process run.
"""

from __future__ import annotations

import hashlib
import json
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import or_
from pathlib import Path
from typing import Any

from briefextract import constants as C
from briefextract import errors as E
from briefextract.readers import Article, iter_articles
from briefextract.rules.tokens import token_arrays
from briefextract.writers import (
    JsonlWriter,
    brief_lines,
    repair_and_read_done,
    truncate_torn_line,
)

#: Documents per chunk sent to a worker (and per ``nlp.pipe`` batch).
DEFAULT_BATCH_SIZE = C.BATCH_SIZE
#: Chunks in flight per worker: enough to keep workers busy, bounded for memory.
WINDOW_PER_WORKER = 3
#: Seconds one document may take in a worker before it is killed (a news analysis takes milliseconds).
DEFAULT_TIMEOUT = 300.0
#: An internal layout for ``extract_many``'s workers: the Brief as pydantic writes it
#: (``model_dump_json``, ~0.1 ms), read back with ``Brief.model_validate_json``. The
#: JSONL layouts go through a dict and ``json.dumps`` (~0.35 ms), for their byte format.
PYDANTIC_JSON = "pydantic-json"


@dataclass
class BatchStats:
    """How far a batch got: watched by the progress bar, returned at the end, printed as the summary."""

    documents: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    started: float = field(default_factory=time.monotonic)
    errors: list[dict] = field(default_factory=list)
    #: Keep at most this many error records in ``errors`` (they are all in the report file).
    max_kept_errors: int = 1000

    @property
    def seconds(self) -> float:
        return max(time.monotonic() - self.started, 1e-9)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    def summary(self) -> str:
        return (
            f"{self.documents} documents written, {self.skipped} skipped (already done), "
            f"{self.failed} failed in {self.seconds:.1f}s ({self.words_per_second:,.0f} words/s)"
        )


@dataclass
class Outcome:
    """What processing one article gave: its output lines, or the error that stopped it."""

    doc_id: str
    origin: str | None
    sha256: str
    lines: list[str] = field(default_factory=list)
    words: int = 0
    text_line: str | None = None
    error: dict | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_record(article: Article, sha: str) -> str:
    """The ``--texts`` line that keeps a derived article's analysed text (offsets refer to it)."""
    return json.dumps(
        {"doc_id": article.doc_id, "sha256": sha, "origin": article.origin, "text": article.text},
        ensure_ascii=False,
    )


def exception_line(exc: BaseException) -> str:
    """``Type: message`` of an unexpected exception, cut to one line of at most 300 characters."""
    return f"{type(exc).__name__}: {exc}".splitlines()[0][:300]


def _failed(article: Article, error: type[E.DocumentFailed], message: str) -> Outcome:
    """The outcome of an article the pipeline or its worker failed on (E400 / E401 / E402)."""
    record = error(message, source=article.origin or article.doc_id).as_record()
    return Outcome(article.doc_id, article.origin, sha256_text(article.text), error=record)


def _outcome(doc, article: Article, layout: str) -> Outcome:
    """The output of one processed Doc; refuses a Doc whose text is not the article's.

    ``--resume`` and the offsets both rest on ``sha256(article.text)`` being the
    Brief's ``sha256``: a pipeline that altered the text would make every resume
    redo (and duplicate) the document, so that is reported as a failure instead.
    """
    sha = sha256_text(article.text)
    brief = doc._.brief
    if brief.sha256 != sha:
        raise ValueError("the pipeline changed the document text (its sha256 differs from the input's)")
    tok = token_arrays(doc)  # built by the extractors already; iterating Tokens cost ~0.1 ms
    words = len(tok.text) - sum(map(or_, tok.is_space, tok.is_punct))
    return Outcome(
        doc_id=article.doc_id,
        origin=article.origin,
        sha256=sha,
        lines=[brief.model_dump_json()] if layout == PYDANTIC_JSON else brief_lines(brief, layout),
        words=words,
        text_line=text_record(article, sha) if article.derived else None,
    )


def process_partition(articles: list[Article], layout: str = "document") -> list[Outcome]:
    """Outcomes for a list of articles, in order; never raises for one bad document.

    The pipeline is loaded once per process (``pipeline.load`` caches it). The
    chunk goes through ``nlp.pipe`` in one go; if anything in it fails, each
    document is redone alone so only the culprit is reported (E400). This is the
    per-partition function of every engine: in-process, process pool and Dask.
    """
    from briefextract.pipeline import load, make_doc

    nlp = load()
    try:
        docs = nlp.pipe(make_doc(nlp, a.text, **a.meta()) for a in articles)
        return [_outcome(doc, a, layout) for doc, a in zip(docs, articles, strict=True)]
    except Exception:  # noqa: BLE001, S110 - isolate the failing document below
        pass
    outcomes = []
    for article in articles:
        try:
            doc = nlp(make_doc(nlp, article.text, **article.meta()))
            outcomes.append(_outcome(doc, article, layout))
        except Exception as exc:  # noqa: BLE001 - a pipeline bug must not kill the batch
            message = f"the pipeline failed on this document (a bug; please report it): {exception_line(exc)}"
            outcomes.append(_failed(article, E.DocumentFailed, message))
    return outcomes


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of ``size`` items (the last may be shorter), streaming: the chunks of every engine."""
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- process pool ----------------------------------------------------------------

def _worker_init() -> None:
    """Pool worker setup: Ctrl-C is the parent's business; die with the parent; load once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    from briefextract.pipeline import load

    load()


def _pool(n_process: int):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the already-loaded pipeline copy-on-write; spawn elsewhere.
    method = "fork" if "fork" in mp.get_all_start_methods() and sys.platform.startswith("linux") else "spawn"
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context(method), initializer=_worker_init)
    # The first task forks every worker now, before the batch reads or reports anything
    # (so before the CLI's progress thread exists: forking beside threads is unsafe).
    pool.submit(int).result()
    return pool


def _kill_pool(pool) -> None:
    """Stop a pool now: cancel what is queued, kill the workers, wait for its manager thread.

    Waiting for the manager thread matters at exit: on Python 3.11 the executor's
    exit hook can write to the thread's wake-up pipe while the thread closes it,
    and an interrupted batch then ends with an ``OSError: Bad file descriptor``
    traceback after its clean message. Once the thread is done the hook skips it.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        try:
            proc.kill()
        except (OSError, AttributeError):
            pass
    for proc in processes:
        try:
            proc.join(timeout=5)
        except (OSError, AttributeError, AssertionError):
            pass
    if manager is not None:
        manager.join(timeout=5)


def _pooled(
    chunks: Iterator[list[Article]], layout: str, n_process: int, timeout: float | None = None
) -> Iterator[list[Outcome]]:
    """``process_partition`` over chunks in worker processes; results in input order.

    At most ``WINDOW_PER_WORKER * n_process`` chunks are in flight. If a worker
    dies (killed, out of memory, segfault) or a chunk runs past ``timeout``
    seconds per document (a hang: catastrophic regex backtracking cannot be
    interrupted inside a process, only by killing it), the pool is restarted and
    the chunks in flight are redone one document per fresh worker, so only the
    culprit is lost (E401 / E402).
    """
    from briefextract.pipeline import load

    load()  # before forking: workers inherit it
    pool = _pool(n_process)
    window: deque[tuple[list[Article], Any]] = deque()
    limit = WINDOW_PER_WORKER * n_process
    try:
        for chunk in chunks:
            window.append((chunk, pool.submit(process_partition, chunk, layout)))
            while len(window) >= limit:
                pool = yield from _drain_one(window, pool, n_process, layout, timeout)
        while window:
            pool = yield from _drain_one(window, pool, n_process, layout, timeout)
    finally:
        _kill_pool(pool)


def _drain_one(window, pool, n_process: int, layout: str, timeout: float | None):
    """Yield the oldest chunk's outcomes (a generator step of ``_pooled``); return the pool to use next."""
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    chunk, future = window.popleft()
    try:
        outcomes = future.result(timeout=timeout * len(chunk) if timeout else None)
    except (BrokenProcessPool, FutureTimeout):
        _kill_pool(pool)
        pool = _pool(n_process)
        lost = [chunk] + [c for c, _ in window]
        window.clear()
        # Redo the lost chunks one at a time so only the document that kills a worker is lost.
        for redo in lost:
            yield _redo_alone(redo, layout, timeout)
        return pool
    yield outcomes
    return pool


def _redo_alone(chunk: list[Article], layout: str, timeout: float | None = None) -> list[Outcome]:
    """Each article of a chunk in a fresh single-use worker; a death or hang costs that article only."""
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    outcomes = []
    for article in chunk:
        pool = _pool(1)
        try:
            outcomes.extend(pool.submit(process_partition, [article], layout).result(timeout=timeout))
        except FutureTimeout:
            message = f"extraction took longer than {timeout:g}s; the worker was stopped"
            outcomes.append(_failed(article, E.DocumentTimeout, message))
        except BrokenProcessPool:
            message = "a worker process died while extracting this document (out of memory or crash)"
            outcomes.append(_failed(article, E.WorkerDied, message))
        finally:
            _kill_pool(pool)
    return outcomes


# -- the batch -------------------------------------------------------------------

def check_options(layout: str, published: str | None, *, resume: bool, overwrite: bool) -> str | None:
    """Check the options every engine shares (a UsageError, exit 2); return ``published`` as YYYY-MM-DD."""
    from briefextract.api import check_published
    from briefextract.writers import LAYOUTS

    if layout not in LAYOUTS:
        raise E.UsageError(f"--layout must be one of {', '.join(LAYOUTS)}, got {layout!r}")
    if resume and overwrite:
        raise E.UsageError("--resume and --overwrite contradict each other; pass one")
    return check_published(published)


class Intake:
    """The client side every engine shares: stream the articles, report what fails, skip what is done.

    :meth:`articles` yields the good articles under the paths: bad input is
    reported instead (the batch goes on), a missing publication date is filled
    in with ``published``, and an article whose sha256 is in ``done``
    (``--resume``) is counted as skipped. :meth:`report` is the one place a
    failed document is counted in ``stats``, written to the ``--errors`` file
    and passed to ``on_error`` (as given: an exception, or an error record
    from a worker). :meth:`close` closes the errors file.
    """

    def __init__(
        self,
        stats: BatchStats,
        *,
        published: str | None = None,
        done: set[str] | None = None,
        errors_path: Path | None = None,
        append: bool = False,
        on_error: Callable[[E.BriefExtractError | dict], None] | None = None,
    ) -> None:
        self.stats, self.published, self.done, self.on_error = stats, published, done or set(), on_error
        self.error_writer = JsonlWriter(errors_path, append=append) if errors_path else None

    def report(self, error: E.BriefExtractError | dict) -> None:
        record = error.as_record() if isinstance(error, E.BriefExtractError) else error
        self.stats.failed += 1
        if len(self.stats.errors) < self.stats.max_kept_errors:
            self.stats.errors.append(record)
        if self.error_writer:
            self.error_writer.write_lines([json.dumps(record, ensure_ascii=False)])
        if self.on_error:
            self.on_error(error)

    def articles(
        self, paths: Iterable[str | Path], *, exclude: Iterable[Path] = (), stdin=None
    ) -> Iterator[Article]:
        for item in iter_articles(paths, stdin=stdin, exclude=exclude):
            if isinstance(item, E.BriefExtractError):
                self.report(item)
                continue
            if self.published and not item.published:
                item.published = self.published
            if self.done and sha256_text(item.text) in self.done:
                self.stats.skipped += 1
                continue
            yield item

    def close(self) -> None:
        if self.error_writer:
            self.error_writer.close()


def check_output(output: Path | None, *, resume: bool, overwrite: bool) -> None:
    """Refuse to clobber an existing output (exit 2) unless told to resume or overwrite."""
    if output is None:
        if resume:
            raise E.UsageError("--resume needs an output file (-o OUT.jsonl)")
        return
    if output.is_dir():
        raise E.UsageError(
            "output is a folder; pass a file (-o OUT.jsonl), or --engine dask for a folder of parts", source=str(output)
        )
    if output.exists() and output.stat().st_size > 0 and not (resume or overwrite):
        raise E.OutputExists(
            "output file exists; pass --resume to add to it or --overwrite to replace it", source=str(output)
        )


def _distinct_files(files: dict[str, Path | None]) -> list[Path]:
    """The files given (by role), refusing two roles on one file before anything is truncated or removed."""
    seen: dict[Path, str] = {}
    for role, path in files.items():
        if path is None:
            continue
        other = seen.setdefault(path.resolve(), role)
        if other != role:
            raise E.UsageError(f"{other} and {role} are the same file; they must be different files", source=str(path))
    return [path for path in files.values() if path is not None]


def default_texts_path(output: Path) -> Path:
    """Where derived texts go beside ``OUT.jsonl``: ``OUT.texts.jsonl``."""
    name = output.name.removesuffix(".jsonl")
    return output.with_name(name + ".texts.jsonl")


class _LazyWriter:
    """A JsonlWriter opened on first write (a texts file only appears when needed)."""

    def __init__(self, path: Path | None, append: bool) -> None:
        self.path, self.append, self.writer = path, append, None

    def write_lines(self, lines: list[str]) -> None:
        if self.path is None:
            return
        if self.writer is None:
            self.writer = JsonlWriter(self.path, append=self.append)
        self.writer.write_lines(lines)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def _write(writer, lines: list[str], path: Path | None) -> None:
    """Write one document's lines; a failing disk becomes OutputFailed (a broken pipe stays as it is)."""
    try:
        writer.write_lines(lines)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise E.OutputFailed(
            f"writing failed: {exc.strerror or exc}; the output holds whole lines only"
            + ("; fix it and rerun with --resume" if path is not None else ""),
            source=str(path) if path else "<stdout>",
        ) from None


def run_batch(
    paths: Iterable[str | Path],
    output: Path | None,
    *,
    published: str | None = None,
    layout: str = "document",
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    resume: bool = False,
    overwrite: bool = False,
    errors_path: Path | None = None,
    texts_path: Path | None = None,
    on_error: Callable[[E.BriefExtractError | dict], None] | None = None,
    on_document: Callable[[BatchStats], None] | None = None,
    stdin=None,
    stats: BatchStats | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> BatchStats:
    """Extract every article under ``paths`` into ``output`` (stdout when None).

    ``timeout``: seconds per document before a worker is killed and the document
    reported (E402); enforced with ``n_process > 1`` only (a single process cannot
    stop itself in the middle of a C-level regex).

    ``errors_path`` gets one JSON line per failed document; ``texts_path`` (default
    ``OUT.texts.jsonl`` beside a file output) keeps the analysed text of derived
    documents (HTML, Markdown with front matter), to which their offsets refer.
    ``on_error`` is called with each error (an exception for bad input, a record
    dict for a pipeline failure). Ctrl-C raises :class:`~briefextract.errors.BatchInterrupted`
    after closing everything; ``stats`` (pass your own to watch it) says how far it got.
    """
    published = check_options(layout, published, resume=resume, overwrite=overwrite)
    if n_process < 1 or batch_size < 1:
        raise E.UsageError("--workers and --batch-size must be at least 1")
    check_output(output, resume=resume, overwrite=overwrite)
    if texts_path is None and output is not None:
        texts_path = default_texts_path(output)
    exclude = _distinct_files({"the output": output, "--errors": errors_path, "--texts": texts_path})
    done: set[str] = set()
    if resume and output is not None and output.exists():
        done = repair_and_read_done(output, last_may_be_partial=layout == "records")
        for side in (errors_path, texts_path):
            if side is not None:
                truncate_torn_line(side)
    elif overwrite and texts_path is not None and texts_path.exists():
        texts_path.unlink()
    stats = stats or BatchStats()
    from briefextract.pipeline import load

    load()
    stats.started = time.monotonic()  # words/s measures extraction, not loading

    intake = Intake(
        stats, published=published, done=done, errors_path=errors_path, append=resume, on_error=on_error
    )
    texts_writer = _LazyWriter(texts_path, append=resume)

    chunks = chunked(intake.articles(paths, exclude=exclude, stdin=stdin), batch_size)
    if n_process > 1:
        results: Iterator[list[Outcome]] = _pooled(chunks, layout, n_process, timeout)
    else:
        results = (process_partition(chunk, layout) for chunk in chunks)
    try:
        with JsonlWriter(output, append=resume) as writer:
            for outcomes in results:
                for outcome in outcomes:
                    if outcome.error is not None:
                        intake.report(outcome.error)
                        continue
                    if outcome.text_line is not None:
                        _write(texts_writer, [outcome.text_line], texts_path)  # before the output line: see resume
                    _write(writer, outcome.lines, output)
                    stats.documents += 1
                    stats.words += outcome.words
                    if on_document:
                        on_document(stats)
    except KeyboardInterrupt:
        raise E.BatchInterrupted(
            f"interrupted after {stats.documents} documents; the output holds whole lines only"
            + ("; rerun with --resume to finish" if output is not None else ""),
            source=str(output) if output else None,
        ) from None
    finally:
        close = getattr(results, "close", None)
        if close:
            close()
        texts_writer.close()
        intake.close()
    return stats
