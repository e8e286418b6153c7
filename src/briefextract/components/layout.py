"""Layout component: marks title, headings, credits and debris; sets sentence starts."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.extensions import meta
from briefextract.rules.layout import layout_ranges, sentence_starts, token_kind
from briefextract.rules.layout_sentences import remember_sentence_starts
from briefextract.rules.spans import doc_text

#: Most token kinds remembered (orth id -> kind); ~5 MB at most.
_KIND_CACHE_SIZE = 50_000


class LayoutMarker:
    """Writes ``doc.spans["layout"]`` and ``doc._.excluded``, and sentence boundaries.

    Sentences start after a newline and after sentence punctuation (optionally
    followed by closing quotes) when the next token opens a sentence; ``U.S.``
    stays one token so it never ends a sentence by itself.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self._kinds: dict[int, str] = {}  # orth id -> token_kind, filled as words are met

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        excluded = []
        for start, end, label in layout_ranges(doc_text(doc), title=meta(doc).get("title")):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
            if label in C.EXCLUDED_LAYOUT_LABELS:
                excluded.append([start, end])
        doc.spans[C.SPANS_LAYOUT] = spans
        doc._.excluded = excluded
        self._set_sentence_starts(doc)
        return doc

    def _set_sentence_starts(self, doc: Doc) -> None:
        """Sentence starts from the string of token kinds, written in one ``Doc.from_array``.

        Setting ``token.is_sent_start`` token by token is quadratic: spaCy's setter
        calls ``doc.has_annotation("DEP")``, which scans the whole Doc, on every
        assignment. A token's kind depends on its text only, so it is cached per
        vocabulary entry, and no Token object is created.
        """
        if not len(doc):
            return
        # as the token setter does: a parse fixes the sentences. ``doc.has_annotation("DEP")``
        # is ``any(token.dep)`` through a Python generator; the array test is the same, in C
        if doc.to_array(DEP).any():
            raise ValueError(Errors.E043)
        orths = doc.to_array(ORTH).tolist()
        starts = sentence_starts(self._kind_string(orths))
        values = numpy.full(len(orths), -1, dtype=numpy.int64)
        values[starts] = 1
        # SENT_START is 1 (starts) or -1 (does not), as uint64 like Doc.to_array's output
        # (the same bits read as uint64: a view, not a copy)
        doc.from_array([SENT_START], values.view(numpy.uint64))
        remember_sentence_starts(doc, starts)  # the later components read them from here, not the Doc

    def _kind_string(self, orths: list[int]) -> str:
        """One kind character per token; a C-level ``map`` over the cache once every word is known."""
        kinds = self._kinds
        try:
            return "".join(map(kinds.__getitem__, orths))
        except KeyError:
            get = kinds.get
            return "".join([get(orth) or self._kind(orth) for orth in orths])

    def _kind(self, orth: int) -> str:
        if len(self._kinds) >= _KIND_CACHE_SIZE:  # a long batch meets new words forever: stay bounded
            self._kinds.clear()
        lexeme = self.nlp.vocab[orth]
        kind = self._kinds[orth] = token_kind(lexeme.orth_, lexeme.is_space)
        return kind
