"""Counts component: numbers with their counted noun phrase, hedge and source.

Thin wrapper over :class:`briefextract.rules.counts.CountRules`; the lexicons are
the JSON files in ``models/briefextract-en/counts/``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.components.base import DataComponent
from briefextract.rules.counts import CountRules
from briefextract.rules.spans import store_extension


class CountExtractor(DataComponent):
    """Writes ``doc._.counts``: ``records.Count`` dicts."""

    data_files = ("numbers.json", "hedges.json", "currencies.json", "lexicon.json", "attribution.json", "guards.json")

    def compile(self) -> None:
        self.rules = CountRules(self.data)

    def __call__(self, doc: Doc) -> Doc:
        rules = getattr(self, "rules", None)
        if rules is None:
            self.compile()
            rules = self.rules
        store_extension(doc, "counts", rules.extract(doc))
        return doc
