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
    _lone_word_may_name,
    _phrase_at_end,
    _run_candidates,
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


def test_lone_word_filter_never_drops_a_candidate(nlp):
    """A one-word run that _lone_word_may_name rules out gets no candidate from the rules."""
    from briefextract.rules.persons import Known
    from briefextract.rules.spans import doc_text

    lex = nlp.get_pipe("persons").lex
    lines = ["envoy Kellogg said.", "the airline Belavia flew.", "the Victory bloc won.", "boycotted by Ivanishvili.",
             "according to Peskov.", "seats in Parliament.", "told Infomburo.kz that", "Moscow said on Sunday.",
             "President Lukashenko met Putin.", "He met Smith in Minsk."]
    for line in lines:
        doc = nlp(line)
        text = doc_text(doc)
        known = Known(doc, len(text))
        for word in text.replace(".", " ").split():
            start = text.find(word)
            end = start + len(word)
            if word[0].isupper() and not _lone_word_may_name(text, start, end, word, lex):
                assert _run_candidates(doc, text, start, end, [word], False, lex, known) == [], (line, word)
                assert _run_candidates(doc, text, start, end, [word], True, lex, known) == [], (line, word)
