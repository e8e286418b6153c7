"""``briefextract evaluate``: precision, recall and F1 against a gold directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from briefextract import errors as E
from briefextract.cli import _fail, app, err


_SHORT = {"sanctions": "sanct."}


def _f(x: float) -> str:
    return f"{x:.3f}"


def _cell(score) -> str:
    """A document's F1 in one category; '-' when it has neither gold nor predictions there."""
    return "-" if not score.gold and not score.pred else _f(score.f1)


def _print_report(evaluation, console: Console, *, show_errors: bool) -> None:
    from briefextract.evaluate import CATEGORIES, MAIN_CATEGORIES, describe

    table = Table(title="Per category (micro-averaged)", title_justify="left")
    for column in ("category", "P", "R", "F1", "tp", "pred", "gold"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for cat in CATEGORIES:
        s = evaluation.categories[cat]
        style = None if cat in MAIN_CATEGORIES else "dim"
        table.add_row(cat, _f(s.precision), _f(s.recall), _f(s.f1), str(s.tp), str(s.pred), str(s.gold), style=style)
    console.print(table)

    table = Table(title="Per document (F1)", title_justify="left")
    table.add_column("document", overflow="fold")
    for cat in MAIN_CATEGORIES:  # numbers never fold; long document ids do
        table.add_column(_SHORT.get(cat, cat), justify="right", no_wrap=True, min_width=5)
    table.add_column("overall", justify="right", no_wrap=True, min_width=5)
    for doc_id, cats in evaluation.documents.items():
        note = " [red](no prediction)[/red]" if doc_id in evaluation.missing_docs else ""
        table.add_row(doc_id + note, *(_cell(cats[c]) for c in MAIN_CATEGORIES), _f(evaluation.document_f1[doc_id]))
    console.print(table)

    if show_errors:
        current = None
        for doc_id, cat, kind, item in evaluation.iter_errors():
            if doc_id != current:
                console.print(f"[bold]{doc_id}[/bold]")
                current = doc_id
            tag = "[red]MISS [/red]" if kind == "miss" else "[yellow]EXTRA[/yellow]"
            console.print(f"  {tag} {cat:<9} ", end="")
            console.print(describe(cat, item), markup=False, highlight=False, soft_wrap=True)
    for doc_id, why in evaluation.failed_docs.items():
        console.print(f"[yellow]not run:[/yellow] {doc_id}: {why}", soft_wrap=True)
    console.print(f"[bold]overall F1 {_f(evaluation.overall_f1)}[/bold]")


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of <stem>.gold.json files (and usually <stem>.txt + <stem>.meta.json).")],
    predictions: Annotated[Optional[Path], typer.Argument(help="JSONL from 'briefextract extract' to score instead of running the pipeline.")] = None,
    texts: Annotated[Optional[list[Path]], typer.Option("--texts", help="Another folder to look for <stem>.txt (or .md / .html / .htm) in (repeatable).")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for articles whose metadata has none.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON report (score.py --json keys plus per-document scores).")] = False,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List every missed gold item and every extra prediction.")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Also write the pipeline's predictions here (JSONL, document layout).")] = None,
    fail_under: Annotated[Optional[float], typer.Option(min=0.0, max=1.0, help="Exit 1 when the overall F1 is below this.")] = None,
) -> None:
    """Score the pipeline (or a predictions file) against gold annotations."""
    from briefextract.api import check_published
    from briefextract.evaluate import evaluate as run_evaluation
    from briefextract.evaluate import load_gold, read_predictions, run_pipeline, write_predictions

    try:
        published = check_published(published)
        gold = load_gold(gold_dir)
        failed: dict[str, str] = {}
        if predictions is not None and output is not None:
            raise E.UsageError("--output saves the pipeline's predictions; it cannot be used with PRED.jsonl")
        if predictions is not None:
            if not predictions.is_file():
                raise E.MissingPath("no such file", source=str(predictions))
            preds = read_predictions(predictions)
        else:
            preds, failed = run_pipeline(list(gold), [gold_dir, *(texts or [])], published=published)
            if output is not None:
                write_predictions(preds, output)
    except E.UsageError as exc:
        raise _fail(exc, 2)
    except E.BriefExtractError as exc:
        raise _fail(exc, 1)
    evaluation = run_evaluation(gold, preds, failed)
    if as_json:
        typer.echo(json.dumps(evaluation.to_json(errors=show_errors), indent=1, ensure_ascii=False))
    else:
        _print_report(evaluation, Console(), show_errors=show_errors)
        if failed:
            err.print(f"[yellow]{len(failed)} gold document(s) had no article to run on[/yellow]")
    if fail_under is not None and evaluation.overall_f1 < fail_under:
        raise typer.Exit(1)
