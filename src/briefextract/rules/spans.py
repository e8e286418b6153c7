"""Character spans: the offset invariant and the layout exclusion test."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span


def char_span_record(text: str, start: int, end: int) -> dict:
    """A ``records.Span`` dict; ``text[start:end] == span.text`` by construction."""
    return {"start": start, "end": end, "text": text[start:end]}


def span_record(span: Span) -> dict:
    return char_span_record(span.doc.text, span.start_char, span.end_char)


def is_excluded(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when [start_char, end_char) overlaps a layout range no extractor may report from."""
    ranges: Sequence[Sequence[int]] = doc._.excluded or ()
    return any(s < end_char and e > start_char for s, e in ranges)
