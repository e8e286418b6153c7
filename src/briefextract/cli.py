"""The ``briefextract`` command line: thin wrappers around the library.

Library errors become one-line CLI errors here, in one place (``_fail``); input
problems never show a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from briefextract import errors as E

app = typer.Typer(
    name="briefextract",
    help="Extract actors, counts, sanctions actions, dates and events from political analyses.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)


def _fail(exc: E.BriefExtractError, code: int) -> typer.Exit:
    err.print(f"[red]{exc}[/red]", soft_wrap=True)
    return typer.Exit(code)


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


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    from briefextract.records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


@app.command()
def show(
    path: Annotated[str, typer.Argument(help="One article file ('-' for stdin).")],
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD if the file has none.")] = None,
) -> None:
    """Show what was found in one article as tables."""
    from briefextract.api import extract as extract_text
    from briefextract.readers import iter_articles
    from briefextract.render import render_tables

    items = list(iter_articles([path], stdin=sys.stdin.buffer))
    if not items:
        raise _fail(E.MissingPath("no article found", source=path), 2)
    item = items[0]
    if isinstance(item, E.MissingPath):
        raise _fail(item, 2)
    if isinstance(item, E.InputError):
        raise _fail(item, 1)
    try:
        brief = extract_text(
            item.text, published=item.published or published, doc_id=item.doc_id, title=item.title,
            source=item.source, url=item.url,
        )
    except E.UsageError as exc:
        raise _fail(exc, 2)
    render_tables(brief, Console())


def main() -> None:  # pragma: no cover
    app()
