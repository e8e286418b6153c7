"""Fixtures shared by the component tests."""

from __future__ import annotations

import re

import pytest

from briefextract.pipeline import make_doc
from briefextract.records import Event, SanctionAction


#: the components that find actors (the rest of the pipeline is left out: faster, and no other component's output)
ACTOR_COMPONENTS = ["layout", "gazetteer", "persons", "actors"]


@pytest.fixture
def actors(nlp):
    """Run the actor components on a text and return its actors by canonical name."""

    def go(text: str) -> dict[str, dict]:
        with nlp.select_pipes(enable=ACTOR_COMPONENTS):
            doc = nlp(make_doc(nlp, text, published="2025-09-12"))
        return {a["name"]: a for a in doc._.actors}

    return go


@pytest.fixture(scope="module")
def sanctions(nlp):
    """Run the pipeline on a text and return its sanctions records, each checked against
    the record schema and its span offsets (``text[start:end] == span.text``)."""

    def run(text: str) -> list[dict]:
        doc = nlp(text)
        records = doc._.sanctions
        for r in records:
            SanctionAction.model_validate(r)
            assert text[r["span"]["start"] : r["span"]["end"]] == r["span"]["text"]
        return records

    return run


def _spans(doc, items, label_default):
    spans = []
    for surface, label, kb in items:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", doc.text):
            span = doc.char_span(m.start(), m.end(), label=label or label_default, kb_id=kb)
            assert span is not None, surface
            spans.append(span)
    return spans


@pytest.fixture
def run_events(nlp):
    """run(text, actors=[(surface, type, canonical)], dates=[(surface, iso)], counts=[surface]) -> events."""

    def run(text, actors=(), dates=(), counts=(), published="2025-09-12", title=None):
        doc = make_doc(nlp, text, published=published, title=title)
        doc = nlp.get_pipe("layout")(doc)
        doc.spans["actors"] = _spans(doc, actors, "GPE")
        doc.spans["dates"] = _spans(doc, [(s, "DATE", v) for s, v in dates], "DATE")
        doc._.actors = []
        doc._.counts = [
            {"span": {"start": m.start(), "end": m.end(), "text": c}}
            for c in counts
            for m in re.finditer(re.escape(c), text)
        ]
        doc = nlp.get_pipe("events")(doc)
        for ev in doc._.events:
            Event.model_validate(ev)
            assert text[ev["span"]["start"]: ev["span"]["end"]] == ev["span"]["text"]
        return doc._.events

    return run
