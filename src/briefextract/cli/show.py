"""``briefextract show``: what was found in one article, for people."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from briefextract import errors as E
from briefextract.cli import _fail, app, err


@app.command()
def show(
    path: Annotated[str, typer.Argument(help="One article file ('-' for stdin).")],
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD if the file has none.")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Write one self-contained HTML page (highlighted text, legend, timeline) here instead; '-' for stdout.")] = None,
    base: Annotated[Optional[str], typer.Option("--base", help="An installed spaCy pipeline (e.g. en_core_web_sm) whose NER is layered under the rules.")] = None,
) -> None:
    """Show what was found in one article as tables, or as an HTML page with --html."""
    from briefextract.api import extract as extract_text
    from briefextract.base import use_base

    use_base(base)
    from briefextract.readers import iter_articles
    from briefextract.render import render_tables

    try:
        items = list(iter_articles([path], stdin=sys.stdin.buffer))
    except E.BriefExtractError as exc:
        raise _fail(exc, 1)
    if not items:
        raise _fail(E.MissingPath("no article found", source=path), 2)
    item = items[0]
    if isinstance(item, E.MissingPath):
        raise _fail(item, 2)
    if isinstance(item, E.BriefExtractError):
        raise _fail(item, 1)
    try:
        brief = extract_text(
            item.text, published=item.published or published, doc_id=item.doc_id, title=item.title,
            source=item.source, url=item.url,
        )
    except E.UsageError as exc:
        raise _fail(exc, 2)
    if html is None:
        render_tables(brief, Console())
        return
    from briefextract.render_html import render_html

    page = render_html(brief, item.text)
    if str(html) == "-":
        typer.echo(page, nl=False)
        return
    try:
        html.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise _fail(E.UsageError(f"cannot write: {exc.strerror or exc}", source=str(html)), 2)
    err.print(f"wrote {html}", soft_wrap=True)
