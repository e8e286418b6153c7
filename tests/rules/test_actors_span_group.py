"""rules.actors_span_group: span groups written through one reused Span equal a Span per member."""

from __future__ import annotations

import spacy

import briefextract
from briefextract.rules.actor_spans import SpanTuple, as_tuples
from briefextract.rules.actors_span_group import span_group


def _members(group):
    return [(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id_, s.text) for s in group]


def test_span_group_equals_one_span_per_row():
    # relies on SpanGroup.append copying the span's values: a spaCy that kept the Span itself fails here
    doc = spacy.blank("en")("Emmanuel Macron met Xi Jinping in Paris .")
    strings = doc.vocab.strings
    rows = [(0, 2, 0, 15, strings.add("PERSON"), strings.add("Emmanuel Macron"), strings.add("name")),
            (3, 5, 20, 30, strings.add("PERSON"), strings.add("Xi Jinping"), strings.add("name")),
            (6, 7, 34, 39, strings.add("GPE"), strings.add("France"), strings.add("capital"))]
    made = span_group(doc, "actors", rows)
    expected = [spacy.tokens.Span(doc, a, b, label=label, kb_id=kb, span_id=kind) for a, b, _, _, label, kb, kind in rows]
    assert made.name == "actors" and len(made) == 3
    assert _members(made) == _members(expected)
    assert [s.text for s in made] == ["Emmanuel Macron", "Xi Jinping", "Paris"]


def test_as_tuples_makes_span_tuples():
    rows = [(0, 2, 0, 15, "PERSON", "Emmanuel Macron", "name")]
    made = as_tuples(SpanTuple, rows)
    assert made == [SpanTuple(*rows[0])] and type(made[0]) is SpanTuple and made[0].kb_id_ == "Emmanuel Macron"


def test_pipeline_span_groups_match_the_tuples_the_readers_get():
    nlp = briefextract.load()
    doc = nlp("French President Emmanuel Macron met Chinese leader Xi Jinping in Paris on Monday, "
              "and the European Commission said Beijing and Moscow were watching.")
    for name in ("gazetteer", "actors"):
        group = doc.spans[name]
        assert len(group) > 2
        tuples = briefextract.rules.actor_spans.span_tuples(doc, name)
        assert [m[:7] for m in _members(group)] == [tuple(t) for t in tuples]
        assert all(doc.text[s.start_char:s.end_char] == s.text for s in group)
