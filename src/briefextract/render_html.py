"""One self-contained HTML page of a Brief, for people (``briefextract show --html``).

The article text is shown exactly as it was read (``white-space: pre-wrap``), with
actor mentions, counts, sanctions actions and dates highlighted in four colours and
a legend, followed by a timeline of the dated events and short tables of actors and
sanctions. Nothing is fetched: styles are inline, there is no script, so the file can
be mailed or archived as it is.

The highlighting follows displaCy's ``span`` style (stacked coloured underlines with
a label where each span starts, so overlapping spans -- an actor inside a sanctions
phrase -- stay visible) but works on character offsets rather than tokens:
``displacy.render(style="span")`` writes every token followed by one space, which
turns "U.S.," into "U.S. ," and flattens paragraphs, and it has no room for the
per-span details (canonical name, ISO value, imposer -> target) shown here as
tooltips. The text is cut at every span boundary; each piece carries one underline
per span covering it, in the span's stack slot, as ``box-shadow`` stripes, which
wrap across lines. Labels are drawn by CSS from ``data-label`` so the text content
of the page's ``#text`` element equals the input text.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from briefextract.records import Brief

#: category -> (stripe colour, tint behind the text, legend description)
CATEGORY_STYLES: dict[str, tuple[str, str, str]] = {
    "actor": ("#1f9e89", "#1f9e8922", "actors: persons, organisations, places"),
    "count": ("#e08e0b", "#e08e0b26", "counts: what is counted and how many"),
    "sanction": ("#d1495b", "#d1495b22", "sanctions actions: impose, lift, extend..."),
    "date": ("#6a4c93", "#6a4c9322", "dates, resolved to ISO values"),
}
KIND_ORDER = {kind: i for i, kind in enumerate(CATEGORY_STYLES)}
_STRIPE_PX = 3
_PAGE_BG = "#ffffff"

_CSS = """
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
       background: %(bg)s; margin: 0; }
main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.45em; margin: 0 0 4px; }
h2 { font-size: 1.1em; margin: 32px 0 10px; border-bottom: 1px solid #e3e3e3; padding-bottom: 4px; }
.meta { color: #666; font-size: .88em; margin-bottom: 14px; }
.meta a { color: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: 10px 18px; margin: 12px 0 18px; padding: 10px 12px;
          background: #f7f7f8; border-radius: 6px; font-size: .9em; }
.legend-item { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 26px; height: 12px; border-radius: 3px; }
#text { white-space: pre-wrap; line-height: 2.45; font-size: 1.02em; overflow-wrap: break-word; }
.seg { border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.tag { position: relative; }
.tag::before { content: attr(data-label); position: absolute; left: 0; top: -1.05em; white-space: nowrap;
               font: bold 9px/1 system-ui, sans-serif; color: #fff; padding: 2px 3px; border-radius: 3px;
               background: var(--c); }
.timeline { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 3px solid #d6d6db; }
.event { position: relative; margin: 0 0 14px; padding-left: 12px; }
.event::before { content: ""; position: absolute; left: -27px; top: 5px; width: 13px; height: 13px;
                 border-radius: 50%%; background: %(event)s; border: 2px solid %(bg)s; }
.event time { font-weight: 600; font-variant-numeric: tabular-nums; margin-right: 8px; }
.event .type { display: inline-block; background: #eef0f4; border-radius: 3px; padding: 0 6px; font-size: .85em; }
.event .what { color: #333; }
.event .who { color: #666; font-size: .88em; }
table { border-collapse: collapse; width: 100%%; font-size: .9em; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
th { color: #555; font-weight: 600; }
.empty { color: #888; font-style: italic; }
.warnings { color: #8a5a00; font-size: .9em; }
""" % {"bg": _PAGE_BG, "event": CATEGORY_STYLES["date"][0]}


@dataclass
class Mark:
    """One highlighted span: character offsets into the text, its category, label and details."""

    start: int
    end: int
    kind: str
    label: str
    tip: str
    text: str
    slot: int = 0


def _s(value) -> str:
    return "" if value is None else str(value)


def collect_marks(brief: Brief, text: str) -> tuple[list[Mark], int]:
    """The highlights of ``brief`` in ``text``, and how many spans did not match the text.

    A span is used only if ``text[start:end] == span.text`` (the record contract), so a
    page drawn over the wrong text shows nothing rather than misplaced labels.
    """
    raw: list[Mark] = []
    for actor in brief.actors:
        tip = f"{actor.name} ({actor.type})" + (f", {', '.join(actor.roles)}" if actor.roles else "")
        tip += f", {actor.country}" if actor.country and actor.country != actor.name else ""
        for m in actor.mentions:
            raw.append(Mark(m.start, m.end, "actor", actor.type, tip, m.text))
    for c in brief.counts:
        value = _s(c.value) + (f"-{c.upper}" if c.upper is not None else "")
        tip = f"{'~' if c.approximate else ''}{value} {_s(c.what)}".strip() + f" ({c.kind})"
        tip += f", according to {c.attributed_to}" if c.attributed_to else ""
        raw.append(Mark(c.span.start, c.span.end, "count", c.kind.upper(), tip, c.span.text))
    for s in brief.sanctions:
        tip = f"{s.action}{' ' + s.instrument if s.instrument else ''}: {s.imposer or '?'} -> {s.target or '?'}"
        tip += f" ({s.modality}{', ' + s.date if s.date else ''})"
        raw.append(Mark(s.span.start, s.span.end, "sanction", s.action.upper(), tip, s.span.text))
    for d in brief.dates:
        tip = f"{d.value} ({d.granularity}{', ' + d.mod if d.mod else ''})"
        raw.append(Mark(d.span.start, d.span.end, "date", "DATE", tip, d.span.text))
    marks = [m for m in raw if m.start < m.end <= len(text) and text[m.start:m.end] == m.text]
    return assign_slots(marks), len(raw) - len(marks)


def assign_slots(marks: list[Mark]) -> list[Mark]:
    """Give overlapping marks distinct stack slots (greedy interval colouring, as displaCy).

    Marks are taken by start, longer first, so an enclosing span sits on the slot
    nearest the text and what it contains stacks below it.
    """
    marks = sorted(marks, key=lambda m: (m.start, -(m.end - m.start), KIND_ORDER[m.kind], m.label))
    active: list[Mark] = []
    for m in marks:
        active = [a for a in active if a.end > m.start]
        used = {a.slot for a in active}
        m.slot = next(i for i in range(len(used) + 1) if i not in used)
        active.append(m)
    return marks


def _segment_style(covering: list[Mark]) -> str:
    top = max(m.slot for m in covering)
    by_slot = {m.slot: m for m in covering}
    shadows = []
    for slot in range(top + 1):
        m = by_slot.get(slot)
        color = CATEGORY_STYLES[m.kind][0] if m else _PAGE_BG
        shadows.append(f"0 {(slot + 1) * _STRIPE_PX}px 0 0 {color}")
    tint = CATEGORY_STYLES[min(covering, key=lambda m: m.slot).kind][1]
    return f"background:{tint};box-shadow:{','.join(shadows)}"


def render_text(text: str, marks: list[Mark]) -> str:
    """The text as HTML: one ``.seg`` per run of characters covered by the same marks.

    One sweep over the cut points, keeping the marks open at each, so a long article
    with many spans costs the number of pieces times the (small) overlap depth.
    """
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    out: list[str] = []
    covering: list[Mark] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in covering if m.end > a] + starts.get(a, [])
        piece = escape(text[a:b], quote=False)
        if not covering:
            out.append(piece)
            continue
        # labels go inside the first piece of their span (never a line break between them)
        tags = "".join(
            f'<span class="tag" data-kind="{m.kind}" data-label="{escape(m.label)}" data-start="{m.start}" '
            f'data-end="{m.end}" style="--c:{CATEGORY_STYLES[m.kind][0]}" title="{escape(m.tip)}"></span>'
            for m in starts.get(a, [])
        )
        kinds = " ".join(sorted({m.kind for m in covering}, key=KIND_ORDER.get))
        tips = "\n".join(f"{m.kind}: {m.tip}" for m in sorted(covering, key=lambda m: m.slot))
        out.append(
            f'<span class="seg" data-kinds="{kinds}" style="{_segment_style(covering)}" '
            f'title="{escape(tips)}">{tags}{piece}</span>'
        )
    return "".join(out)


def _legend(marks: list[Mark]) -> str:
    items = []
    for kind, (color, _, description) in CATEGORY_STYLES.items():
        n = sum(1 for m in marks if m.kind == kind)
        items.append(
            f'<span class="legend-item" data-kind="{kind}"><span class="swatch" style="background:{color}"></span>'
            f"{escape(description)} <b>{n}</b></span>"
        )
    return f'<div class="legend" id="legend">{"".join(items)}</div>'


def _timeline(brief: Brief) -> str:
    dated = sorted((e for e in brief.events if e.date), key=lambda e: (e.date, e.span.start))
    undated = [e for e in brief.events if not e.date]

    def item(e) -> str:
        who = ", ".join(e.participants)
        where = f" in {e.location}" if e.location else ""
        return (
            f'<li class="event" data-date="{escape(_s(e.date))}" data-type="{escape(e.type)}">'
            f"<time>{escape(e.date or 'undated')}</time><span class=\"type\">{escape(e.type)}</span> "
            f'<span class="what">{escape(e.span.text)}</span>'
            + (f'<div class="who">{escape(who)}{escape(where)}</div>' if who or where else "")
            + "</li>"
        )

    html = f'<h2>Timeline of dated events ({len(dated)})</h2>'
    html += (
        f'<ol class="timeline" id="timeline">{"".join(item(e) for e in dated)}</ol>'
        if dated
        else '<p class="empty" id="timeline">No dated events found.</p>'
    )
    if undated:
        html += f'<h2>Undated events ({len(undated)})</h2><ol class="timeline" id="undated">'
        html += "".join(item(e) for e in undated) + "</ol>"
    return html


def _table(title: str, element_id: str, columns: list[str], rows: list[list[str]]) -> str:
    html = f"<h2>{escape(title)} ({len(rows)})</h2>"
    if not rows:
        return html + f'<p class="empty" id="{element_id}">None found.</p>'
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return html + f'<table id="{element_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def render_html(brief: Brief, text: str) -> str:
    """A complete, self-contained HTML page for ``brief``, extracted from ``text``."""
    marks, unmatched = collect_marks(brief, text)
    title = brief.title or brief.doc_id
    meta = [f"<code>{escape(brief.doc_id)}</code>"]
    if brief.published:
        meta.append(f"published {escape(brief.published)}")
    if brief.source:
        meta.append(escape(brief.source))
    if brief.url:
        meta.append(f'<a href="{escape(brief.url)}">{escape(brief.url)}</a>')
    meta.append(escape(brief.pipeline))
    warnings = list(brief.warnings)
    if unmatched:
        warnings.append(f"{unmatched} span(s) do not match this text and are not highlighted")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)} - briefextract</title>",
        f"<style>{_CSS}</style></head><body><main>",
        f"<h1>{escape(title)}</h1>",
        f'<div class="meta">{" · ".join(meta)}</div>',
        _legend(marks),
        f'<div id="text">{render_text(text, marks)}</div>',
        _timeline(brief),
        _table(
            "Actors", "actors", ["name", "type", "aliases", "roles", "country", "mentions"],
            [[a.name, a.type, ", ".join(a.aliases), ", ".join(a.roles), _s(a.country), str(len(a.mentions))]
             for a in brief.actors],
        ),
        _table(
            "Sanctions actions", "sanctions", ["action", "instrument", "imposer", "target", "modality", "date", "text"],
            [[s.action, _s(s.instrument), _s(s.imposer), _s(s.target), s.modality, _s(s.date), s.span.text]
             for s in brief.sanctions],
        ),
    ]
    if warnings:
        parts.append('<h2>Warnings</h2><ul class="warnings">' + "".join(f"<li>{escape(w)}</li>" for w in warnings) + "</ul>")
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
