"""``briefextract extract``: batch extraction into JSONL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from briefextract import errors as E
from briefextract.cli import _fail, app, err

@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (recursive); '-' reads one document from stdin.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="JSONL file to write; stdout when omitted.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for documents whose metadata has none.")] = None,
    layout: Annotated[str, typer.Option(help="'document': one line per document; 'records': one line per record.")] = "document",
    workers: Annotated[int, typer.Option(min=1, help="Processes (spaCy nlp.pipe n_process).")] = 1,
    resume: Annotated[bool, typer.Option(help="Skip documents already in OUTPUT (by sha256) and append the rest.")] = False,
    overwrite: Annotated[bool, typer.Option(help="Replace an existing OUTPUT.")] = False,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write one JSON line per failed document here.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
    keep_going: Annotated[bool, typer.Option(help="Exit 0 even when some documents failed.")] = False,
) -> None:
    """Extract records from articles into JSONL."""
    from briefextract.batch import run_batch
    from briefextract.writers import LAYOUTS

    if layout not in LAYOUTS:
        raise _fail(E.UsageError(f"--layout must be one of {', '.join(LAYOUTS)}, got {layout!r}"), 2)
    try:
        stats = run_batch(
            paths,
            output,
            published=published,
            layout=layout,
            n_process=workers,
            resume=resume,
            overwrite=overwrite,
            errors_path=errors,
            on_error=lambda exc: err.print(f"[yellow]{exc}[/yellow]", soft_wrap=True),
        )
    except E.UsageError as exc:
        raise _fail(exc, 2)
    except E.BriefExtractError as exc:
        raise _fail(exc, 1)
    if not quiet:
        err.print(
            f"{stats.documents} documents written, {stats.skipped} skipped (already done), "
            f"{stats.failed} failed" + (f" -> {output}" if output else "")
        )
    if stats.failed and not keep_going:
        raise typer.Exit(1)
