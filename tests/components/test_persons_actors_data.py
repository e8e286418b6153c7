"""The word lists the persons and actors rules read come from their data files (persons/context.json,
actors/context.json), not from Python literals: each one a rule reads is loaded and non-empty."""

from __future__ import annotations


def test_persons_lists_moved_to_data_are_loaded(nlp):
    lex = nlp.get_pipe("persons").lex
    # ", a company founded in ...", "posted on Telegram", "Writing on X": read by Lexicons.compile
    assert "founded" in lex.descriptor_appos_followers
    assert "posted" in lex.post_words and "Writing" in lex.post_words_capitalised
    assert lex.compiled["post_words"] == frozenset(lex.post_words)


def test_actors_office_title_heads_are_loaded(nlp):
    # "NATO Secretary General": read by rules.actors._in_office_title
    assert "General" in nlp.get_pipe("actors").ctx.office_title_heads


def test_secretary_general_keeps_its_body(actors):
    """'Secretary General' (a data word, not a literal) still leaves the body an actor."""
    assert "North Atlantic Treaty Organization" in actors("NATO Secretary General Mark Rutte said the alliance would respond.")
