"""The tuned tokenizer: abbreviations, possessives, ranges, no whitespace special cases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("U.S.-Belarusian relations", ["U.S.", "-", "Belarusian", "relations"]),
        ("Trump’s envoy", ["Trump", "’s", "envoy"]),
        ("Trump's envoy", ["Trump", "'s", "envoy"]),
        ("8,000–10,000 troops", ["8,000", "–", "10,000", "troops"]),
        ("12–13 December", ["12", "–", "13", "December"]),
        ("Zapad-2025 began", ["Zapad-2025", "began"]),
        ("KYIV, May 2. /Ukrinform/. The", ["KYIV", ",", "May", "2", ".", "/", "Ukrinform", "/.", "The"]),
        ("and/or 24/7 km/h", ["and/or", "24/7", "km", "/", "h"]),
        ("see https://example.com/news/ now", ["see", "https://example.com/news/", "now"]),
    ],
)
def test_tokenizer_splits(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_tokenizer_has_no_whitespace_special_cases(nlp):
    # spaCy issue #13950: whitespace rules switch off the token cache (~30x slower)
    assert not [key for key in nlp.tokenizer.rules if not key.strip()]


def test_sentences_split_on_newlines_and_punctuation_not_inside_us(nlp):
    doc = nlp("Heading here\nThe U.S. envoy met him. Talks followed.")
    assert [s.text.strip() for s in doc.sents] == ["Heading here", "The U.S. envoy met him.", "Talks followed."]


@pytest.mark.parametrize("text, abbreviation", [
    ("Announcement No. 61 took effect.", "No."),
    ("Pres. Donald J. Trump signed it.", "Pres."),
    ("Lt. Gen. Ralph Smith spoke.", "Lt."),
])
def test_tokenizer_keeps_abbreviations_whole_and_in_one_sentence(nlp, text, abbreviation):
    doc = nlp(text)
    assert abbreviation in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_refreshed_tokenizer_keeps_its_rules_and_tokens(nlp):
    # pipeline._refresh_tokenizer reloads the special cases after loading (for speed): the loaded
    # tokenizer must tokenize exactly as a new one built from the same config does
    from spacy.util import registry

    fresh = registry.resolve({"t": nlp.config["nlp"]["tokenizer"]})["t"](nlp)
    assert nlp.tokenizer.rules == fresh.rules
    text = (
        "MOSCOW, June 3 (Reuters) - Pres. Putin's envoy met U.S.-Belarusian officials; 8,000–10,000 troops.\n\n"
        "The EU's 19th package (adopted 12–13 December) bans imports of gold, diamonds and No. 61 items."
    )
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in fresh(text)]


def test_tass_style_dateline_agency_is_an_actor_and_keeps_its_sentence(extract):
    # "MOSCOW, May 29. /TASS/." (the agency between slashes): the agency reaches the gazetteer,
    # and the dateline stays in the sentence it opens
    brief = extract("MINSK, May 29. /TASS/. The Belarusian government has freed ten prisoners.",
                    published="2024-05-29")
    assert "TASS" in {a.name for a in brief.actors}
