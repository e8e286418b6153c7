"""Span groups written without a ``Span`` per member (the gazetteer's and the actors' groups).

Why: ``Span(doc, start, end, ...)`` reads its character offsets through three Token
objects, ~5,000 instructions a span, and an article has ~60 gazetteer and ~60
actor spans. A SpanGroup keeps each member by value (``SpanGroup.append`` copies
the span's values), so one Span set to each row's values in turn and appended
gives the same group at about a third of the cost. The callers already hold
each span's character offsets.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, SpanGroup

#: (start, end, start_char, end_char, label id, kb_id id, span_id id): what a Span holds.
SpanRow = tuple[int, int, int, int, int, int, int]


def span_group(doc: Doc, name: str, rows: Iterable[SpanRow]) -> SpanGroup:
    """The SpanGroup ``name`` of ``doc`` holding one span per row, in order; the same as
    ``SpanGroup(doc, name=name, spans=[Span(doc, start, end, label=..., kb_id=..., span_id=...)])``
    when each row's offsets are its tokens' (``idx`` of the first, end of the last)."""
    group = SpanGroup(doc, name=name)
    span: Span | None = None
    append = group.append
    for start, end, start_char, end_char, label, kb_id, span_id in rows:
        if span is None:
            span = Span(doc, start, end)  # the one Span made: each row's values are set on it
        span.start, span.end, span.start_char, span.end_char = start, end, start_char, end_char
        span.label, span.kb_id, span.id = label, kb_id, span_id
        append(span)  # copies the values
    return group

