"""The cheap tests that rule names out before a regex does must never rule out a match."""

from __future__ import annotations

import itertools

from briefextract.rules.persons import (
    BY,
    PLACE_AFTER_ROLE,
    PLACE_PREPOSITIONS,
    POSSESSIVE_BEFORE,
    POSSESSIVE_ENDS,
    _ends_with,
    _last_words,
    _phrase_at_end,
)

PIECES = ["envoy", "to", "Minsk", "the", "by", "By", "Japan's", "Belarus’", "s'", "vice president", "at", "in",
          "for", "Analysis |", ",", " ", "\n", "\t", "\u00a0"]


def _texts():
    for n in range(1, 4):
        for combo in itertools.product(PIECES, repeat=n):
            yield " ".join(combo) + " "
            yield "".join(combo)


def test_ends_with_is_necessary_for_the_patterns_it_guards(nlp):
    compiled = nlp.get_pipe("persons").lex.compiled
    guarded = [(PLACE_AFTER_ROLE, PLACE_PREPOSITIONS), (POSSESSIVE_BEFORE, POSSESSIVE_ENDS),
               (compiled["byline_before"], BY), (compiled["source_single"], ("by", "to"))]
    for text in _texts():
        for pattern, words in guarded:
            if pattern.search(text):
                assert _ends_with(text, words), (pattern.pattern, text)


def test_phrase_at_end_filter_changes_nothing():
    phrases = {"envoy", "vice president", "president", "special envoy to"}
    everything = {w for p in phrases for w in p.split()}
    for text in _texts():
        assert (_phrase_at_end(text, phrases, 3, _last_words(phrases))
                == _phrase_at_end(text, phrases, 3, everything | {w.lower() for w in text.split()}))
