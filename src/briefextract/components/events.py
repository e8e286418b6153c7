"""Events component: trigger lexicon + clause windows -> ``doc._.events`` (records.Event dicts).

The logic is in ``rules/events.py``; the data (triggers, anchors, cue words, the
PLOVER crosswalk) in ``models/briefextract-en/events/``. Matchers are compiled
once in ``compile()``, never per document.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.components.base import DataComponent
from briefextract.rules.events import EventLexicon, build_lexicon, extract_events


class EventExtractor(DataComponent):
    data_files = ("triggers.jsonl", "anchors.jsonl", "cues.json", "plover.json")

    lexicon: EventLexicon | None = None

    def compile(self) -> None:
        self.lexicon = build_lexicon(self.nlp.vocab, self.data)

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.compile()
        doc._.events = extract_events(doc, self.lexicon)
        return doc
