"""Rich tables of a Brief, for people (``briefextract show``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from briefextract.records import Brief


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def _s(value) -> str:
    return "" if value is None else str(value)


def render_tables(brief: Brief, console: Console) -> None:
    console.print(f"[bold]{brief.doc_id}[/bold]  {_s(brief.title)}  published {_s(brief.published) or '?'}")
    console.print(_table(
        "Actors", ["name", "type", "aliases", "roles", "country", "mentions"],
        [[a.name, a.type, ", ".join(a.aliases), ", ".join(a.roles), _s(a.country), str(len(a.mentions))] for a in brief.actors],
    ))
    console.print(_table(
        "Counts", ["value", "what", "kind", "approx", "attributed to", "text"],
        [[_s(c.value) + (f"–{c.upper}" if c.upper is not None else ""), _s(c.what), c.kind,
          "yes" if c.approximate else "", _s(c.attributed_to), c.span.text] for c in brief.counts],
    ))
    console.print(_table(
        "Sanctions", ["action", "instrument", "imposer", "target", "modality", "date", "text"],
        [[s.action, _s(s.instrument), _s(s.imposer), _s(s.target), s.modality, _s(s.date), s.span.text]
         for s in brief.sanctions],
    ))
    console.print(_table(
        "Dates", ["text", "value", "granularity", "mod"],
        [[d.text, d.value, d.granularity, _s(d.mod)] for d in brief.dates],
    ))
    console.print(_table(
        "Events", ["type", "date", "participants", "location", "text"],
        [[e.type, _s(e.date), ", ".join(e.participants), _s(e.location), e.span.text] for e in brief.events],
    ))
    for warning in brief.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")
