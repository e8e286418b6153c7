"""Events component: trigger lexicon + clause windows -> ``doc._.events`` (records.Event dicts).

The logic is in ``rules/events/``; the data (triggers, anchors, cue words, the
PLOVER crosswalk) in ``models/briefextract-en/events/``. Matchers are compiled
once in ``compile()``, never per document.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.components.base import DataComponent
from briefextract.rules.events import (
    EventLexicon,
    FallbackLexicon,
    add_fallback_events,
    build_fallback,
    build_lexicon,
    extract_events,
)


class EventExtractor(DataComponent):
    data_files = ("triggers.jsonl", "anchors.jsonl", "cues.json", "plover.json", "fallback.json")

    lexicon: EventLexicon | None = None
    fallback: FallbackLexicon | None = None

    def compile(self) -> None:
        self.lexicon = build_lexicon(self.nlp.vocab, self.data)
        self.fallback = build_fallback(self.data.get("fallback"), self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.compile()
        events = extract_events(doc, self.lexicon)
        # dated happenings no trigger names (rules/events/fallback.py)
        add_fallback_events(doc, events, self.lexicon, self.fallback)
        doc._.events = events
        return doc
