"""One notion of "apostrophe" (constants.APOSTROPHES): ASCII ', U+2019 ’, U+2018 ‘ and the
modifier letter apostrophe U+02BC ʼ ("Usatiʼs") are the same to the tokenizer, the
gazetteer, the persons and actors rules, counts and dates."""

from __future__ import annotations

import re

import pytest

from briefextract.constants import APOSTROPHE, APOSTROPHES, POSSESSIVES

FORMS = ["'", "\u2019", "\u2018", "\u02bc"]


def test_every_form_is_one_apostrophe():
    assert set(FORMS) == set(APOSTROPHES)
    assert {a + "s" for a in FORMS} <= POSSESSIVES
    assert all(re.fullmatch(rf"\w+{APOSTROPHE}s", f"Sandu{a}s") for a in FORMS)


@pytest.mark.parametrize("a", FORMS)
def test_tokenizer_splits_the_possessive_of_every_apostrophe(nlp, a):
    assert [t.text for t in nlp.make_doc(f"Kallas{a}s aide and Rutte{a}s staff")] == [
        "Kallas", f"{a}s", "aide", "and", "Rutte", f"{a}s", "staff"]


@pytest.mark.parametrize("a", FORMS)
def test_names_and_states_before_any_possessive(extract, a):
    text = (f"Estonia{a}s Prime Minister Kristen Michal spoke with Petr Fiala in Tallinn. "
            f"Later Michal{a}s office said Fiala{a}s aides had left. Latvia{a}s envoy agreed.")
    actors = {x.name: x for x in extract(text).actors}
    assert {"Estonia", "Kristen Michal", "Petr Fiala", "Tallinn", "Latvia"} <= set(actors)
    assert "Michal" in actors["Kristen Michal"].aliases and "Fiala" in actors["Petr Fiala"].aliases
    assert not [n for n in actors if any(x in n for x in FORMS)]  # no "Fialaʼs" as a name


@pytest.mark.parametrize("a", FORMS)
def test_counts_past_a_possessive_of_any_apostrophe(extract, a):
    counts = extract(f"The opposition won 9 of Georgia{a}s 150 seats and Armenia{a}s 3 parties split.").counts
    assert sorted((c.value, c.what) for c in counts) == [(3, "parties"), (9, "seats"), (150, "seats")]


@pytest.mark.parametrize("a", FORMS)
def test_dates_with_any_apostrophe(extract, a):
    dates = extract(f"In the {a}90s the party lost, and Mayʼs vote.", published="2025-09-12").dates
    assert [(d.text, d.value) for d in dates] == [(f"the {a}90s", "199")]


@pytest.mark.parametrize("a", FORMS)
def test_gazetteer_forms_match_with_any_apostrophe(extract, a):
    actors = {x.name: x for x in extract(f"Cocoa from Côte d{a}Ivoire reached Antwerp.").actors}
    assert "Ivory Coast" in actors
