"""Span groups as plain tuples: the gazetteer's, the actors' and the dates' spans, kept for their readers.

Why: iterating a span group makes a Span object per span (~2 µs each) and every
``label_`` / ``kb_id_`` / ``id_`` looks its string up again. An article has ~60
gazetteer spans (read by persons and actors), ~60 actor spans (read by sanctions
and events) and ~15 date spans (read by counts, sanctions and events). The component that writes a group keeps the values it made
the spans from; :func:`span_tuples` hands them out as :class:`SpanTuple` for as
long as the group is the one written (a group replaced or grown since is read
from its spans again), like ``rules.tokens.token_arrays`` keeps token columns.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from itertools import repeat
from typing import NamedTuple, TypeVar

from spacy.tokens import Doc, Span, SpanGroup


class SpanTuple(NamedTuple):
    """One span's values under a Span's attribute names, so rules read either.

    Not a Span: ``len()`` is not its token count (use ``end - start``) and it has
    no ``text`` (cut ``doc_text(doc)[start_char:end_char]``).
    """

    start: int
    end: int
    start_char: int
    end_char: int
    label_: str
    kb_id_: str
    id_: str



T = TypeVar("T", bound=tuple)


def as_tuples(cls: type[T], rows: Iterable[tuple]) -> list[T]:
    """``[cls(*row) for row in rows]`` for a NamedTuple ``cls`` (SpanTuple and the readers' own),
    built in C: a NamedTuple's ``__new__`` and ``_make`` are Python functions (~0.4 µs a call,
    ~120 spans an article), ``tuple.__new__`` of its class is not. Each row must have the
    class's fields."""
    return list(map(tuple.__new__, repeat(cls), rows))


#: Doc -> {group name: (the group written, its spans as tuples)}; entries go with the Doc.
_KEPT: weakref.WeakKeyDictionary[Doc, dict[str, tuple[SpanGroup, list[SpanTuple]]]] = weakref.WeakKeyDictionary()


def keep_span_tuples(doc: Doc, name: str, spans: list[Span] | SpanGroup, tuples: list[SpanTuple]) -> None:
    """Write ``doc.spans[name] = spans`` and keep ``tuples`` (the same spans, in the same
    order) for :func:`span_tuples`."""
    doc.spans[name] = spans
    kept = _KEPT.get(doc)
    if kept is None:
        kept = _KEPT[doc] = {}
    kept[name] = (doc.spans[name], tuples)


def span_tuples(doc: Doc, name: str) -> list[SpanTuple]:
    """``doc.spans[name]`` as SpanTuples (``[]`` when the Doc has no such group)."""
    group = doc.spans.get(name)
    if group is None:
        return []
    kept = (_KEPT.get(doc) or {}).get(name)
    if kept is not None and kept[0] is group and len(kept[1]) == len(group):
        return kept[1]
    return [SpanTuple(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group]
