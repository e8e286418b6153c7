"""Layout component: marks title, headings, credits and debris; sets sentence starts."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.extensions import meta
from briefextract.rules.layout import layout_ranges


class LayoutMarker:
    """Writes ``doc.spans["layout"]`` and ``doc._.excluded``, and sentence boundaries.

    Sentences start after a newline and after sentence punctuation (optionally
    followed by closing quotes) when the next token opens a sentence; ``U.S.``
    stays one token so it never ends a sentence by itself.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        excluded = []
        for start, end, label in layout_ranges(doc.text, title=meta(doc).get("title")):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
            if label in C.EXCLUDED_LAYOUT_LABELS:
                excluded.append([start, end])
        doc.spans[C.SPANS_LAYOUT] = spans
        doc._.excluded = excluded
        self._set_sentence_starts(doc)
        return doc

    @staticmethod
    def _set_sentence_starts(doc: Doc) -> None:
        start_next = True
        after_end_punct = False
        for token in doc:
            text = token.text
            if token.is_space:
                token.is_sent_start = start_next
                if "\n" in text:
                    start_next = True
                continue
            if start_next:
                token.is_sent_start = True
            elif after_end_punct and text not in C.CLOSING_QUOTES:
                token.is_sent_start = text[0].isupper() or text[0].isdigit() or text[0] in "“\"‘"
            else:
                token.is_sent_start = False
            if text in C.SENTENCE_END_PUNCT:
                after_end_punct = True
            elif text not in C.CLOSING_QUOTES:
                after_end_punct = False
            start_next = False

