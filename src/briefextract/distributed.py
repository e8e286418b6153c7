"""The Dask engine: the same per-partition function on a ``dask.distributed`` cluster.

Needs the optional extra: ``pip install 'briefextract[dask]'``.

    briefextract extract corpus/ -o parts/ --engine dask --workers 4        # local cluster
    briefextract extract corpus/ -o parts/ --scheduler tcp://HOST:8786      # a real cluster

How it works
    * The client streams articles through the same intake as a local batch
      (:class:`briefextract.batch.Intake`: bad input is reported here, documents
      already done are skipped), groups them into partitions of
      ``partition_size`` documents, and submits at most a bounded number of
      partitions at a time (memory stays constant on the client).
    * Each task runs :func:`briefextract.batch.process_partition` on a worker; the
      pipeline is loaded once per worker process (``pipeline.load`` caches it; run
      workers with one thread each: ``dask worker ADDRESS --nthreads 1``).
    * The task writes ``part-NNNNN.jsonl`` (and ``part-NNNNN.texts.jsonl`` for
      derived HTML / front-matter texts) into the output folder through a
      temporary file and an atomic rename, so a part exists whole or not at all,
      and a task retried after a worker loss rewrites the same part. Workers must
      see the output folder (a shared filesystem); they do not need the inputs.
    * Parts numbered in input order: concatenating them gives exactly the
      single-process output. ``--resume`` reads the sha256 of every existing part
      and numbers new parts after the last one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from briefextract import errors as E
from briefextract.batch import (
    BatchStats,
    Intake,
    check_options,
    chunked,
    exception_line,
    process_partition,
)
from briefextract.constants import OUTPUT_SHA256
from briefextract.readers import Article

PART_NAME = "part-{:05d}.jsonl"
PART_TEXTS_NAME = "part-{:05d}.texts.jsonl"
_PART = re.compile(r"^part-(\d{5,})\.jsonl$")
#: Partitions in flight per worker thread.
WINDOW_PER_WORKER = 2


def _atomic_write(path: Path, lines: list[str]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write("".join(line + "\n" for line in lines))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def run_partition(
    articles: list[Article], layout: str, out_dir: str, part: int, base: str | None = None
) -> dict[str, Any]:
    """Task body on a worker: extract one partition, write its part file(s), return a summary.

    Returns ``{"part", "documents", "words", "errors": [error records]}``; the
    client writes the errors report, so workers need only the output folder.
    ``base``: the client's ``--base`` pipeline, which remote workers cannot see in
    the client's environment; it is set in the worker's before the pipeline loads.
    """
    if base:
        from briefextract.pipeline import ENV_BASE

        os.environ[ENV_BASE] = base
    outcomes = process_partition(articles, layout)
    lines: list[str] = []
    texts: list[str] = []
    summary: dict[str, Any] = {"part": part, "documents": 0, "words": 0, "errors": []}
    for outcome in outcomes:
        if outcome.error is not None:
            summary["errors"].append(outcome.error)
            continue
        lines.extend(outcome.lines)
        if outcome.text_line is not None:
            texts.append(outcome.text_line)
        summary["documents"] += 1
        summary["words"] += outcome.words
    out = Path(out_dir)
    if texts:
        _atomic_write(out / PART_TEXTS_NAME.format(part), texts)
    _atomic_write(out / PART_NAME.format(part), lines)
    return summary


def existing_parts(out_dir: Path) -> list[Path]:
    return sorted(p for p in out_dir.iterdir() if _PART.match(p.name)) if out_dir.is_dir() else []


def _done_in_parts(parts: list[Path]) -> set[str]:
    done: set[str] = set()
    for part in parts:
        with part.open("rb") as handle:
            for line in handle:
                m = OUTPUT_SHA256.search(line)
                if m:
                    done.add(m.group(1).decode())
    return done


def _client(scheduler: str | None, n_workers: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise E.UsageError(
            "the Dask engine needs the optional extra: pip install 'briefextract[dask]'"
        ) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise E.UsageError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    cluster = LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
    )
    return Client(cluster), cluster


def _prepare_parts_folder(
    output: Path | None, partition_size: int, *, resume: bool, overwrite: bool
) -> tuple[set[str], int]:
    """Check the options that concern the output folder and make it ready.

    Returns the sha256 of the documents the existing parts already hold (``--resume``)
    and the number of the first new part, so new parts follow the old ones in order.
    Refuses an existing folder of parts unless told what to do with it: silently
    mixing two runs' parts would give a concatenation that is neither.
    """
    if output is None:
        raise E.UsageError("the Dask engine writes a folder of parts: pass -o FOLDER")
    if output.exists() and not output.is_dir():
        raise E.UsageError(
            "is a file; with the Dask engine, -o names a folder (one JSONL part per partition)", source=str(output)
        )
    if partition_size < 1:
        raise E.UsageError("--partition-size must be at least 1")
    parts = existing_parts(output)
    if parts and not (resume or overwrite):
        raise E.OutputExists(
            "output folder already has parts; pass --resume to add to it or --overwrite to replace them",
            source=str(output),
        )
    done: set[str] = set()
    first = 0
    if parts and overwrite:
        for part in parts:
            part.unlink()
        for side in output.glob("part-*.texts.jsonl"):
            side.unlink()
    elif parts:
        done = _done_in_parts(parts)
        first = int(_PART.match(parts[-1].name).group(1)) + 1  # type: ignore[union-attr]
    output.mkdir(parents=True, exist_ok=True)
    return done, first


class _PartitionsInFlight:
    """The partitions submitted and not yet collected, in submission order.

    Collecting one adds its counts to the batch's stats and reports its errors through
    the intake; a partition lost on the cluster (a document that kills every worker
    trying it, an output folder a worker cannot write) becomes one failure per
    document it held, and the batch goes on.
    """

    def __init__(
        self, intake: Intake, stats: BatchStats, on_document: Callable[[BatchStats], None] | None
    ) -> None:
        self.intake = intake
        self.stats = stats
        self.on_document = on_document
        self._sources: dict[Any, list[str]] = {}  # future -> where its documents came from

    def __len__(self) -> int:
        return len(self._sources)

    def add(self, future: Any, chunk: list[Article]) -> None:
        self._sources[future] = [a.origin or a.doc_id for a in chunk]

    def futures(self) -> list[Any]:
        return list(self._sources)

    def collect(self, finished: Iterable[Any]) -> None:
        """Take in the finished futures, in submission order."""
        finished = set(finished)
        for future in [f for f in self._sources if f in finished]:
            sources = self._sources.pop(future)
            try:
                summary = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost partition must not end the batch
                message = f"its partition failed on the cluster: {exception_line(exc)}"
                for src in sources:
                    self.intake.report(E.DocumentFailed(message, source=src))
                continue
            self.stats.documents += summary["documents"]
            self.stats.words += summary["words"]
            for record in summary["errors"]:
                self.intake.report(record)
            if self.on_document:
                self.on_document(self.stats)


def run_dask(
    paths: Iterable[str | Path],
    output: Path | None,
    *,
    published: str | None = None,
    layout: str = "document",
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_size: int = 64,
    resume: bool = False,
    overwrite: bool = False,
    errors_path: Path | None = None,
    on_error: Callable[[E.BriefExtractError | dict], None] | None = None,
    on_document: Callable[[BatchStats], None] | None = None,
    stats: BatchStats | None = None,
    client=None,
) -> BatchStats:
    """Extract every article under ``paths`` into a folder of JSONL parts on a Dask cluster.

    ``client``: an existing ``distributed.Client`` to use (tests, notebooks);
    otherwise one is made for ``scheduler`` or for a local cluster of ``n_workers``.
    """
    published = check_options(layout, published, resume=resume, overwrite=overwrite)
    done, first = _prepare_parts_folder(output, partition_size, resume=resume, overwrite=overwrite)
    stats = stats or BatchStats()
    intake = Intake(
        stats, published=published, done=done, errors_path=errors_path, append=resume, on_error=on_error
    )

    from briefextract.pipeline import ENV_BASE

    base = os.environ.get(ENV_BASE) or None
    own_client = client is None
    cluster = None
    try:
        if own_client:
            client, cluster = _client(scheduler, n_workers)
        from dask.distributed import wait

        threads = max(1, sum(client.nthreads().values()))
        limit = WINDOW_PER_WORKER * threads
        in_flight = _PartitionsInFlight(intake, stats, on_document)
        articles = intake.articles(paths, exclude=[p for p in (output, errors_path) if p])
        for part, chunk in enumerate(chunked(articles, partition_size), start=first):
            future = client.submit(
                run_partition, chunk, layout, str(output.resolve()), part, base, pure=False, retries=1
            )
            in_flight.add(future, chunk)
            if len(in_flight) >= limit:
                finished = wait(in_flight.futures(), return_when="FIRST_COMPLETED")
                in_flight.collect(finished.done)
        wait(in_flight.futures())
        in_flight.collect(in_flight.futures())
    except KeyboardInterrupt:
        raise E.BatchInterrupted(
            f"interrupted after {stats.documents} documents; finished parts are whole; rerun with --resume",
            source=str(output),
        ) from None
    finally:
        intake.close()
        if own_client and client is not None:
            client.close()
            if cluster is not None:
                cluster.close()
    return stats


def concatenate_parts(out_dir: Path) -> Iterator[str]:
    """Every output line of a parts folder, in part order (= the single-process output)."""
    for part in existing_parts(out_dir):
        with part.open(encoding="utf-8") as handle:
            yield from handle
