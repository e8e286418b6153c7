"""Dates component: temporal expressions -> ``doc.spans["dates"]`` and ``doc._.dates``.

Thin by design: the patterns and lexicon live in ``models/briefextract-en/dates/``
(compiled once into one regex in ``compile()``), the matching and resolution in
``rules/dates.py``. The document creation time is ``doc._.meta["published"]``;
without it year-less dates stay ``XXXX-..`` and a warning says so.
"""

from __future__ import annotations

from datetime import date

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Span

from briefextract import constants as C
from briefextract.components.base import DataComponent
from briefextract.extensions import add_warning, meta
from briefextract.rules.dates import DateRules, compile_rules, find_dates
from briefextract.rules.spans import doc_text


class DateExtractor(DataComponent):
    data_files = ("patterns.jsonl", "lexicon.json")

    rules: DateRules | None = None

    def compile(self) -> None:
        if "patterns" in self.data and "lexicon" in self.data:
            self.rules = compile_rules(self.data["patterns"], self.data["lexicon"])
        else:
            self.rules = None

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            doc._.dates = []
            doc.spans[C.SPANS_DATES] = []
            return doc
        published = meta(doc).get("published")
        dct = _parse_dct(published)
        text = doc_text(doc)  # doc.text is rebuilt from the tokens on every access
        sentences = _sentence_ranges(doc, len(text))
        credits = [(s.start_char, s.end_char) for s in doc.spans.get(C.SPANS_LAYOUT, ()) if s.label_ == C.LAYOUT_CREDIT]
        mentions, missing = find_dates(self.rules, text, dct, sentences, doc._.excluded or (), credits)
        records, spans = [], []
        for m in mentions:
            records.append(m.record(text))  # validated with the whole Brief (doc._.brief)
            if m.granularity == "ref":
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                spans.append(Span(doc, span.start, span.end, label="DATE", kb_id=m.value, span_id=m.rule))
        if dct is None and missing:
            add_warning(doc, f"no publication date: {missing} relative or year-less date(s) left unresolved (XXXX / *_REF)")
        doc._.dates = records
        doc.spans[C.SPANS_DATES] = spans
        return doc


def _sentence_ranges(doc: Doc, n_chars: int) -> list[tuple[int, int]]:
    """Character ranges of the sentences, read from the token arrays (much faster than ``doc.sents``)."""
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return []
    arr = doc.to_array([SENT_START, IDX])
    starts = arr[arr[:, 0] == 1, 1].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [n_chars]))


def _parse_dct(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
