"""Layout component: marks title, headings, credits and debris; sets sentence starts."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.components.batching import BatchedPipe
from briefextract.extensions import meta
from briefextract.rules.actor_spans import SpanTuple, keep_span_tuples
from briefextract.rules.layout import (
    datelines,
    inline_credits,
    layout_ranges,
    sentence_starts,
)
from briefextract.rules.layout_sentences import remember_sentence_starts
from briefextract.rules.spans import doc_text, store_extension
from briefextract.rules.tokens import token_arrays


class LayoutMarker(BatchedPipe):
    """Writes ``doc.spans["layout"]``, ``doc._.excluded``, ``doc._.datelines`` and sentence boundaries.

    Sentences start after a newline (not one line break inside a hard-wrapped sentence,
    before a lower-case word) and after sentence punctuation (optionally followed by
    closing quotes) when the next token opens a sentence; ``U.S.`` stays one token so
    it never ends a sentence by itself.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        tuples = []  # the same spans as tuples, kept for the readers (no Span object per read)
        excluded = []
        for start, end, label in layout_ranges(doc_text(doc), title=meta(doc).get("title")):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                tuples.append(SpanTuple(span.start, span.end, span.start_char, span.end_char, label, "", ""))
            if label in C.EXCLUDED_LAYOUT_LABELS:
                excluded.append([start, end])
        # "... two weeks.(AP Photo/Jane Roe)": a credit inside a line; no extractor
        # reports from it (an actor, a count, a date)
        for m in inline_credits(C.INLINE_CREDIT, doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), label=C.LAYOUT_CREDIT, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                tuples.append(SpanTuple(span.start, span.end, span.start_char, span.end_char, C.LAYOUT_CREDIT, "", ""))
            excluded.append([m.start(), m.end()])
        if len(excluded) > 1:
            order = sorted(range(len(spans)), key=lambda k: spans[k].start_char)
            spans, tuples = [spans[k] for k in order], [tuples[k] for k in order]
            excluded.sort()
        keep_span_tuples(doc, C.SPANS_LAYOUT, spans, tuples)
        store_extension(doc, "excluded", excluded)
        # "MOSCOW, June 3 (Reuters) -": found once here, read by persons, actors, sanctions and events
        store_extension(doc, "datelines", datelines(C.DATELINE, doc_text(doc)))
        self._set_sentence_starts(doc)
        return doc

    def _set_sentence_starts(self, doc: Doc) -> None:
        """Sentence starts from the string of token kinds, written in one ``Doc.from_array``.

        Setting ``token.is_sent_start`` token by token is quadratic: spaCy's setter
        calls ``doc.has_annotation("DEP")``, which scans the whole Doc, on every
        assignment. A token's kind depends on its text only, so it is read with the
        other word attributes into the shared token arrays (``rules.tokens``, which the
        later components read anyway: one lookup of the Doc's words, not two), and no
        Token object is created.
        """
        if not len(doc):
            return
        # as the token setter does: a parse fixes the sentences. ``doc.has_annotation("DEP")``
        # is ``any(token.dep)`` through a Python generator; the array test is the same, in C
        if doc.to_array([DEP]).any():
            raise ValueError(Errors.E043)
        starts = sentence_starts(token_arrays(doc).kinds)
        values = numpy.full(len(doc), -1, dtype=numpy.int64)
        values[starts] = 1
        # SENT_START is 1 (starts) or -1 (does not), as uint64 like Doc.to_array's output
        # (the same bits read as uint64: a view, not a copy)
        doc.from_array([SENT_START], values.view(numpy.uint64))
        remember_sentence_starts(doc, starts)  # the later components read them from here, not the Doc
