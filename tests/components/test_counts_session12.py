"""Counts whose noun is left out before a verb the elision list did not hold (session 12)."""

from __future__ import annotations


def whats(nlp, text: str) -> list[tuple]:
    return [(c["value"], c["what"]) for c in nlp(text)._.counts]


def test_a_bare_number_before_a_past_verb_counts_the_earlier_noun(nlp):
    found = whats(nlp, "Of the 9.4 million registered voters, 6.1 million participated. Four Georgians were "
                       "freed; two flew home and two stayed in Baku.")
    assert (6100000, "registered voters") in found
    assert found.count((2, "Georgians")) == 2


def test_a_bare_number_before_an_adverb_and_a_verb(nlp):
    found = whats(nlp, "The panel listed five tankers. One is Panamanian, and two were formerly registered in Togo.")
    assert (1, "tankers") in found and (2, "tankers") in found


def test_a_number_after_said_is_not_elided(nlp):
    # after a reporting verb the number may count anything: no noun is borrowed
    found = whats(nlp, "Police detained 40 protesters. Officials said 25 escaped.")
    assert (25, "protesters") not in found
