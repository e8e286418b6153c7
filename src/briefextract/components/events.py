"""Events component: trigger lexicon + clause windows -> ``doc._.events`` (records.Event dicts).

The logic is in ``rules/events/``; the data (triggers, anchors, cue words, the
PLOVER crosswalk) in ``models/briefextract-en/events/``. Matchers are compiled
once in ``compile()``, never per document.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.components.base import DataComponent
from briefextract.rules.events import EventLexicon, FallbackLexicon, build_fallback, build_lexicon, extract_events


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
        # the trigger rules' events, then the dated happenings no trigger names (rules/events/fallback.py)
        doc._.events = extract_events(doc, self.lexicon, self.fallback)
        return doc
