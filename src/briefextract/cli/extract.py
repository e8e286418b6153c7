"""``briefextract extract``: batch extraction into JSONL (one machine or a Dask cluster).

Exit status: 0 all documents written; 1 some documents failed (each named on
stderr and in ``--errors``; ``--keep-going`` makes it 0); 2 usage errors (bad
option, existing output without ``--resume``/``--overwrite``); 130 interrupted
(Ctrl-C / SIGTERM: whole lines only, ``--resume`` finishes); 141 stdout closed early
(``| head``).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from briefextract import constants as C
from briefextract import errors as E
from briefextract.cli import _fail, app, err

ENGINES = ("local", "dask")


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """``kill PID`` stops a batch as cleanly as Ctrl-C does."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. inside a test runner thread)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _progress(enabled: bool, stats):
    """(on_document, on_error) callbacks: errors printed on stderr, and a rich progress bar of ``stats`` when enabled."""

    def print_error(exc) -> None:
        text = str(exc) if isinstance(exc, E.BriefExtractError) else (
            f"error[{exc['code']}] {exc['source']}: {exc['message']}"
        )
        from rich.text import Text

        err.print(Text(text, style="yellow"), soft_wrap=True)  # styled text, not a style that tints the live bar

    if not enabled:
        yield None, print_error
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.completed:,.0f}[/bold] documents"),
        TextColumn("{task.fields[wps]:>9,.0f} words/s"),
        TextColumn("[yellow]{task.fields[errors]} errors[/yellow]"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    task = progress.add_task("extract", total=None, wps=0.0, errors=0)
    started = [False]

    def start() -> None:
        # Started on the first event, not before the batch: worker processes are
        # forked first, never while the bar's refresh thread runs.
        if not started[0]:
            started[0] = True
            progress.start()

    def on_document(stats) -> None:
        start()
        progress.update(task, completed=stats.documents, wps=stats.words_per_second, errors=stats.failed)

    def on_error(exc) -> None:
        start()
        progress.update(task, errors=stats.failed, refresh=True)
        print_error(exc)

    try:
        yield on_document, on_error
    finally:
        if started[0]:
            progress.stop()


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (recursive); '-' reads one document from stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="JSONL file to write (a folder of parts with --engine dask); stdout when omitted or '-'.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for documents whose metadata has none.")] = None,
    layout: Annotated[str, typer.Option(help="'document': one line per document; 'records': one line per record.")] = "document",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (local), or Dask workers of a local cluster.")] = 1,
    resume: Annotated[bool, typer.Option(help="Skip documents already in OUTPUT (by sha256) and append the rest.")] = False,
    overwrite: Annotated[bool, typer.Option(help="Replace an existing OUTPUT.")] = False,
    errors: Annotated[Path | None, typer.Option("--errors", help="Write one JSON line per failed document here.")] = None,
    texts: Annotated[Path | None, typer.Option("--texts", help="Where to keep the analysed text of HTML / front-matter documents (their offsets refer to it); default OUT.texts.jsonl, none when writing to stdout. Local engine only: the Dask engine writes part-NNNNN.texts.jsonl beside each part.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr (errors are still shown).")] = False,
    keep_going: Annotated[bool, typer.Option(help="Exit 0 even when some documents failed.")] = False,
    engine: Annotated[str, typer.Option(help="'local' (this machine) or 'dask' (a dask.distributed cluster; needs briefextract\\[dask]).")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (tcp://HOST:PORT); implies --engine dask.")] = None,
    partition_size: Annotated[int, typer.Option(min=1, help="Documents per Dask partition (one output part each).")] = 64,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per chunk: sent to a worker, and run through each component in turn.")] = C.BATCH_SIZE,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds one document may take with --workers >= 2 before its worker is killed and it is reported (E402).")] = 300.0,
    base: Annotated[str | None, typer.Option("--base", help="An installed spaCy pipeline (e.g. en_core_web_sm) whose NER is layered under the rules.")] = None,
) -> None:
    """Extract records from articles into JSONL."""
    from briefextract.base import use_base
    from briefextract.batch import BatchStats, run_batch

    use_base(base)

    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as the input "-" is standard input
    if engine not in ENGINES:
        raise _fail(E.UsageError(f"--engine must be one of {', '.join(ENGINES)}, got {engine!r}"), 2)
    if scheduler:
        engine = "dask"
    if engine == "dask" and texts is not None:
        raise _fail(E.UsageError("--texts is for the local engine: the Dask engine writes part-NNNNN.texts.jsonl "
                                 "beside each part"), 2)
    stats = BatchStats()
    show_progress = not quiet and err.is_terminal
    try:
        with _sigterm_as_interrupt(), _progress(show_progress, stats) as (on_document, on_error):
            if engine == "dask":
                from briefextract.distributed import run_dask

                run_dask(
                    paths, output, published=published, layout=layout, scheduler=scheduler, n_workers=workers,
                    partition_size=partition_size, resume=resume, overwrite=overwrite, errors_path=errors,
                    on_error=on_error, on_document=on_document, stats=stats,
                )
            else:
                run_batch(
                    paths, output, published=published, layout=layout, n_process=workers, batch_size=batch_size,
                    resume=resume, overwrite=overwrite, errors_path=errors, texts_path=texts,
                    on_error=on_error, on_document=on_document, stats=stats, timeout=timeout,
                )
    except BrokenPipeError:
        # `briefextract extract corpus/ | head`: the reader left; stop quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(141) from None
    except E.BatchInterrupted as exc:
        raise _fail(exc, 130)
    except E.UsageError as exc:
        raise _fail(exc, 2)
    except E.BriefExtractError as exc:
        raise _fail(exc, 1)
    if not quiet:
        err.print(stats.summary() + (f" -> {output}" if output else ""), markup=False, soft_wrap=True)
    if stats.failed and not keep_going:
        raise typer.Exit(1)
