"""The ``briefextract`` command line: thin wrappers around the library.

One module per command (``cli/extract.py``, ``cli/show.py``…), registered on ``app`` here.

Library errors become one-line CLI errors here, in one place (``_fail``); input
problems never show a traceback.
"""

from __future__ import annotations

import json

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
    from rich.text import Text

    err.print(Text(str(exc), style="red"), soft_wrap=True)  # not markup: '[dask]' or a path with brackets stays as is
    return typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    from briefextract.records import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))



def main() -> None:  # pragma: no cover
    app()


# Commands register themselves on ``app`` when imported.
from briefextract.cli import extract as _extract  # noqa: E402,F401
from briefextract.cli import show as _show  # noqa: E402,F401
from briefextract.cli import evaluate as _evaluate  # noqa: E402,F401
