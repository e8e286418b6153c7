"""Dates component: temporal expressions -> ``doc.spans["dates"]`` and ``doc._.dates``.

Thin by design: the patterns and lexicon live in ``models/briefextract-en/dates/``
(compiled once into one regex in ``compile()``), the matching and resolution in
``rules/dates.py``. The document creation time is ``doc._.meta["published"]``;
without it year-less dates stay ``XXXX-..`` and a warning says so.
"""

from __future__ import annotations

import bisect
from datetime import date

from spacy.tokens import Doc, Span

from briefextract import constants as C
from briefextract.components.base import DataComponent
from briefextract.extensions import add_warning, meta
from briefextract.rules.actor_spans import SpanTuple, keep_span_tuples
from briefextract.rules.dates import DateRules, compile_rules, find_dates
from briefextract.rules.layout_sentences import sentence_start_tokens
from briefextract.rules.spans import doc_text, excluded_ranges, store_extension
from briefextract.rules.tokens import TokenArrays, token_arrays


class DateExtractor(DataComponent):
    data_files = ("patterns.jsonl", "lexicon.json", "foreign_months.json")

    rules: DateRules | None = None

    def compile(self) -> None:
        if "patterns" in self.data and "lexicon" in self.data:
            self.rules = compile_rules(self.data["patterns"], self.data["lexicon"], self.data.get("foreign_months"))
        else:
            self.rules = None

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            store_extension(doc, "dates", [])
            keep_span_tuples(doc, C.SPANS_DATES, [], [])
            return doc
        published = meta(doc).get("published")
        dct = _parse_dct(published)
        text = doc_text(doc)  # doc.text is rebuilt from the tokens on every access
        sentences = _sentence_ranges(doc, len(text))
        excluded = excluded_ranges(doc)
        credits = _credit_ranges(doc) if excluded else []  # only read for a mention in an excluded range
        mentions, missing = find_dates(self.rules, text, dct, sentences, excluded, credits)
        records = [m.record(text) for m in mentions]  # validated with the whole Brief (doc._.brief)
        spans, tuples = [], []
        tokens = token_arrays(doc) if mentions else None
        for m in mentions:
            if m.granularity == "ref" or m.attributive:
                continue  # a reference, or a month dating only its noun ("a June referendum"): no anchor for others
            start, end = _expand_to_tokens(tokens, m.start, m.end, len(text))
            if start >= 0:
                spans.append(Span(doc, start, end, label="DATE", kb_id=m.value, span_id=m.rule))
                tuples.append(SpanTuple(start, end, tokens.idx[start], tokens.end_char(end - 1), "DATE", m.value, m.rule))
        if dct is None and missing:
            add_warning(doc, f"no publication date: {missing} relative or year-less date(s) left unresolved (XXXX / *_REF)")
        store_extension(doc, "dates", records)
        keep_span_tuples(doc, C.SPANS_DATES, spans, tuples)  # its readers take the tuples: no Span each
        return doc


def _expand_to_tokens(tokens: TokenArrays, start_char: int, end_char: int, n_chars: int) -> tuple[int, int]:
    """``doc.char_span(start_char, end_char, alignment_mode="expand")``'s (start, end) token
    indices, (-1, -1) where it gives None; without making a Span (or a Token) on the way.

    The tokens cover the text without gaps (each token's text and trailing space), so the
    token holding a character is the last one starting at or before it.
    """
    if not (0 <= start_char < n_chars and 0 <= end_char - 1 < n_chars):
        return -1, -1
    idx = tokens.idx
    start = bisect.bisect_right(idx, start_char) - 1
    end = bisect.bisect_right(idx, end_char - 1) - 1
    if start_char == tokens.end_char(start):  # in the trailing space: not part of that token
        start += 1
    return start, end + 1


def _sentence_ranges(doc: Doc, n_chars: int) -> list[tuple[int, int]]:
    """Character ranges of the sentences, from the sentence starts the layout component kept
    (``rules.layout_sentences``; no pass over the token structs) and the shared token offsets.

    A Doc without sentence annotation has no start but (maybe) its first token: one range
    over the whole text, which is also what the resolver assumes when given no ranges.
    """
    if len(doc) == 0:
        return []
    idx = token_arrays(doc).idx
    starts = [idx[i] for i in sentence_start_tokens(doc)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [n_chars]))


def _credit_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the layout's photo credits (iterating the span group makes a
    Span per layout span, so it is done only for an article with excluded ranges)."""
    return [(s.start_char, s.end_char) for s in doc.spans.get(C.SPANS_LAYOUT, ()) if s.label_ == C.LAYOUT_CREDIT]


def _parse_dct(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
