"""Layout component: marks title, headings, credits and debris; sets sentence starts."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefextract import constants as C
from briefextract.components.batching import BatchedPipe
from briefextract.extensions import meta
from briefextract.rules.actor_spans import SpanTuple, keep_span_tuples
from briefextract.rules.layout import (
    datelines,
    inline_credits,
    layout_ranges,
    sentence_starts,
    token_kind,
)
from briefextract.rules.layout_sentences import remember_sentence_starts
from briefextract.rules.spans import doc_text, store_extension

#: Most token kinds remembered (orth id -> kind); ~0.5 MB at most.
_KIND_CACHE_SIZE = 50_000


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
        self._kinds = _KindTable()  # orth id -> token_kind, filled as words are met

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
        assignment. A token's kind depends on its text only, so it is kept per
        vocabulary entry (:class:`_KindTable`), and no Token object is created.
        """
        if not len(doc):
            return
        # ORTH and DEP in one pass over the token structs
        columns = doc.to_array([ORTH, DEP])
        # as the token setter does: a parse fixes the sentences. ``doc.has_annotation("DEP")``
        # is ``any(token.dep)`` through a Python generator; the array test is the same, in C
        if columns[:, 1].any():
            raise ValueError(Errors.E043)
        starts = sentence_starts(self._kinds.kind_string(columns[:, 0], self.nlp.vocab))
        values = numpy.full(len(columns), -1, dtype=numpy.int64)
        values[starts] = 1
        # SENT_START is 1 (starts) or -1 (does not), as uint64 like Doc.to_array's output
        # (the same bits read as uint64: a view, not a copy)
        doc.from_array([SENT_START], values.view(numpy.uint64))
        remember_sentence_starts(doc, starts)  # the later components read them from here, not the Doc


class _KindTable:
    """The token kind (``rules.layout.token_kind``) of every word met, as two sorted arrays.

    Why: a kind depends on the word only, so it is looked up, not recomputed. Looking
    up a Doc's ORTH column with ``numpy.searchsorted`` in a compact sorted array runs
    in C and touches little memory; a ``dict`` keyed by ORTH needs the column as
    ~800 Python ints (``tolist``) and a lookup each, whose table and keys have left
    the CPU cache since the previous article (~0.1 ms per article inside the pipeline).
    """

    def __init__(self) -> None:
        self.orths = numpy.empty(0, dtype=numpy.uint64)  # sorted
        self.codes = numpy.empty(0, dtype=numpy.uint8)  # the kind of each, as an ASCII code

    def __len__(self) -> int:
        return len(self.orths)

    def kind_string(self, orths: numpy.ndarray, vocab: Vocab) -> str:
        """One kind character per token of ``orths`` (ORTH ids), words not met yet added first."""
        at, found = self._find(orths)
        if not found.all():
            missing = numpy.unique(orths[~found])
            if len(self.orths) + len(missing) > _KIND_CACHE_SIZE:
                # a long batch meets new words forever: stay bounded (start again from this text's words)
                self.orths, self.codes = self.orths[:0], self.codes[:0]
                missing = numpy.unique(orths)
            self._add(missing, vocab)
            at, found = self._find(orths)
        return self.codes[at].tobytes().decode("ascii")

    def _find(self, orths: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Where each of ``orths`` is in the table (clipped), and whether it is there."""
        if not len(self.orths):
            return numpy.zeros(len(orths), dtype=numpy.intp), numpy.zeros(len(orths), dtype=bool)
        at = numpy.searchsorted(self.orths, orths)
        numpy.minimum(at, len(self.orths) - 1, out=at)
        return at, self.orths[at] == orths

    def _add(self, missing: numpy.ndarray, vocab: Vocab) -> None:
        """Add the kinds of ``missing`` (sorted ORTH ids none of which is in the table)."""
        kinds = "".join(token_kind(vocab[orth].orth_, vocab[orth].is_space) for orth in missing.tolist())
        orths = numpy.concatenate([self.orths, missing])
        codes = numpy.concatenate([self.codes, numpy.frombuffer(kinds.encode("ascii"), dtype=numpy.uint8)])
        order = numpy.argsort(orths, kind="stable")
        self.orths, self.codes = orths[order], codes[order]
