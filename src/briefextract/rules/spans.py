"""Character spans: the offset invariant and the layout exclusion test."""

from __future__ import annotations

import weakref
from bisect import bisect_left
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

from spacy.tokens import Doc, Span

#: Each live Doc's text, built once (entries go when the Doc is garbage-collected).
_DOC_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> None:
    """Record the string ``doc`` was tokenized from as its text (spaCy's tokenizer is
    non-destructive: ``doc.text == text``), so ``doc_text`` never has to rebuild it."""
    _DOC_TEXTS[doc] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy rebuilds ``doc.text`` from every token on each access (about 0.3 ms for a
    700-word article, as long as tokenizing it), so code that needs the text more
    than once per document should call this instead.
    """
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text


def char_span_record(text: str, start: int, end: int) -> dict:
    """A ``records.Span`` dict; ``text[start:end] == span.text`` by construction."""
    return {"start": start, "end": end, "text": text[start:end]}


def span_record(span: Span) -> dict:
    """The record of a token span, its text cut from ``doc_text`` by its character offsets.

    ``span.text`` equals ``doc.text[start_char:end_char]`` (spaCy's tokens are
    non-destructive) but is rebuilt token by token on each access: ~6 µs for a
    three-token span against ~1.8 µs for the slice, and extractors make hundreds
    of span records per article.
    """
    start, end = span.start_char, span.end_char
    return {"start": start, "end": end, "text": doc_text(span.doc)[start:end]}


def stored_extension(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` read straight from ``doc.user_data``, where spaCy's Underscore keeps it
    (``("._.", name, None, None)``); None when unset. Each ``doc._`` access builds an Underscore
    object (~2 µs); the pipeline's Doc extensions have a None default and no getter."""
    return doc.user_data.get(("._.", name, None, None))


def store_extension(doc: Doc, name: str, value: Any) -> None:
    """``doc._.<name> = value`` written straight into ``doc.user_data``, where
    :func:`stored_extension` and spaCy's Underscore read it: without the Underscore object
    (~2 µs) each ``doc._`` access builds. Like spaCy, refuses a name not registered."""
    if not Doc.has_extension(name):
        raise AttributeError(f"[E047] Can't assign a value to unregistered extension attribute '{name}'.")
    doc.user_data[("._.", name, None, None)] = value


def excluded_ranges(doc: Doc) -> Sequence[Sequence[int]]:
    """``doc._.excluded`` (or ``()``), read straight from ``doc.user_data``.

    Each ``doc._`` access builds an Underscore object (~2 µs); extractors test
    exclusion hundreds of times per article, so this reads the stored value
    directly (~0.1 µs). ``tests/rules/test_spans.py`` checks it against ``doc._.excluded``.
    """
    return stored_extension(doc, "excluded") or ()


def is_excluded(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when [start_char, end_char) overlaps a layout range no extractor may report from."""
    return any(s < end_char and e > start_char for s, e in excluded_ranges(doc))


class CharRanges:
    """Character ranges, overlapping or touching ones merged, with a logarithmic overlap test.

    Why: the dates test each mention against repeated lines, layout exclusions and credits,
    and the counts test each number against the dates' spans; a long document has many
    ranges, and after merging the one range that may overlap is found by bisection.
    """

    __slots__ = ("ends", "starts")

    def __init__(self, ranges: Iterable[Sequence[int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted((int(r[0]), int(r[1])) for r in ranges):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [r[0] for r in merged]
        self.ends = [r[1] for r in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a range."""
        if not self.starts:
            return False
        i = bisect_left(self.starts, end) - 1  # the last range starting before ``end``
        return i >= 0 and self.ends[i] > start


T = TypeVar("T")


def overlap_clusters(items: Iterable[T], bounds: Callable[[T], tuple[int, int]]) -> Iterator[list[T]]:
    """``items`` (sorted by start) in clusters: runs whose ``bounds`` ranges overlap in a chain,
    sharing no token with any other cluster.

    Why: a longest-wins overlap rule (``spacy.util.filter_spans`` and the like) needs its
    sort by length only inside a cluster, and most mentions overlap nothing: a cluster of
    one is kept as it is. The gazetteer and the actors settle their overlaps this way.
    """
    cluster: list[T] = []
    cluster_end = -1
    for item in items:
        start, end = bounds(item)
        if start >= cluster_end and cluster:
            yield cluster
            cluster = []
        cluster.append(item)
        if end > cluster_end:  # noqa: PLR1730 (max() is a slow call, once per item)
            cluster_end = end
    if cluster:
        yield cluster
