"""Number parsing: digits, number words, ordinals, scales, percent tails."""

from __future__ import annotations

import json

import pytest

from briefextract.pipeline import model_path
from briefextract.rules.numbers import NumberLexicon, parse_digits


@pytest.fixture(scope="module")
def lexicon() -> NumberLexicon:
    return NumberLexicon(json.loads((model_path() / "counts" / "numbers.json").read_text(encoding="utf-8")))


def found(lexicon: NumberLexicon, text: str) -> list[tuple[str, float, str]]:
    return [(text[m.start : m.end], m.value, m.kind) for m in lexicon.finditer(text)]


@pytest.mark.parametrize(
    "text, value",
    [("8,000", 8000), ("1.5", 1.5), ("3000", 3000), ("1,234,567", 1234567), ("0.1", 0.1), ("11.0", 11)],
)
def test_numbers_parse_digits(text, value):
    assert parse_digits(text) == value
    assert type(parse_digits(text)) is type(value)


@pytest.mark.parametrize(
    "words, value, kind",
    [
        ("three", 3, "cardinal"),
        ("fifty-two", 52, "cardinal"),
        ("Thirty-one", 31, "cardinal"),
        ("a dozen", 12, "cardinal"),
        ("two dozen", 24, "cardinal"),
        ("a thousand", 1000, "cardinal"),
        ("one hundred and twenty", 120, "cardinal"),
        ("two million", 2_000_000, "cardinal"),
        ("three hundred thousand", 300_000, "cardinal"),
        ("fourth", 4, "ordinal"),
        ("twenty-first", 21, "ordinal"),
        ("nineteenth", 19, "ordinal"),
    ],
)
def test_numbers_parse_words(lexicon, words, value, kind):
    assert lexicon.parse_words(words) == (value, kind)


@pytest.mark.parametrize("words", ["one third", "two three", "twenty twelve", "a", "one hundredth"])
def test_numbers_parse_words_rejects_fractions_and_nonsense(lexicon, words):
    assert lexicon.parse_words(words) is None


def test_numbers_finditer_scaled_and_currency_forms(lexicon):
    text = "a $11.1bn deal, USD 500 million, €300m and 1.5 billion, roughly USD 2 bn"
    assert found(lexicon, text) == [
        ("11.1bn", 11_100_000_000, "cardinal"),
        ("500 million", 500_000_000, "cardinal"),
        ("300m", 300_000_000, "cardinal"),
        ("1.5 billion", 1_500_000_000, "cardinal"),
        ("2 bn", 2_000_000_000, "cardinal"),
    ]


def test_numbers_finditer_ordinal_digits_and_words(lexicon):
    assert found(lexicon, "the 19th package and the fourth round") == [
        ("19th", 19, "ordinal"),
        ("fourth", 4, "ordinal"),
    ]


def test_numbers_finditer_percent_tail(lexicon):
    matches = list(lexicon.finditer("nearly 80 per cent of townships, 20% and 0.1 percent"))
    assert [(m.value, m.percent) for m in matches] == [(80, True), (20, True), (0.1, True)]
    assert matches[0].num_end - matches[0].start == 2


def test_numbers_finditer_range_bounds_split_on_dash(lexicon):
    assert [m.value for m in lexicon.finditer("8,000–10,000 troops and 600-1,400 tankers")] == [8000, 10000, 600, 1400]


def test_numbers_finditer_skips_numbers_inside_names_and_words(lexicon):
    text = "Zapad-2025, G7, Covid-19, L3Harris, the B30A chip, Q1, F-16s, 10/09 at 12:25"
    assert found(lexicon, text) == []


def test_numbers_finditer_vague_plurals_are_not_numbers(lexicon):
    assert found(lexicon, "hundreds of protesters, dozens of journalists and tens of thousands") == []


def test_numbers_metres_abbreviation_needs_currency(lexicon):
    (m,) = lexicon.finditer("a 5m wall")
    assert m.abbreviation == "m"
    assert not lexicon.currency_abbreviation_ok(m.abbreviation, has_currency=False)
    assert lexicon.currency_abbreviation_ok(m.abbreviation, has_currency=True)


def test_numbers_run_of_words_splits_into_valid_numbers(lexicon):
    assert found(lexicon, "the first two rounds") == [("first", 1, "ordinal"), ("two", 2, "cardinal")]


def test_numbers_no_break_space_thousands_and_leading_zeros(lexicon):
    assert found(lexicon, "10\u202f000 troops, 2\u00a0500 tanks and agent 007") == [
        ("10\u202f000", 10000, "cardinal"),
        ("2\u00a0500", 2500, "cardinal"),
    ]


def test_numbers_hyphenated_scale_word(lexicon):
    assert found(lexicon, "a $1.5-billion loan") == [("1.5-billion", 1_500_000_000, "cardinal")]


def test_numbers_character_before_digits_test_equals_the_two_patterns():
    """_continues_before is the BAD-character and letter-hyphen regexes as string tests."""
    import re

    from briefextract.rules.numbers import _continues_before

    # the rule as the two patterns it was first written as (the specification)
    before_digits_bad = re.compile(r"[\w.,/:+]")
    letter_hyphen = re.compile(r"[A-Za-z][-‐‑]")

    befores = [chr(i) for i in range(0x3000)] + ["\u212a", "\u0661", "\U0001d7d8", "\u2160", "_", "\u00b2"]
    for before in befores:
        for lead in ("", " ", "a", "Z", "é", "1", "-"):
            text = lead + before + "5"
            start = len(text) - 1
            expected = bool(before_digits_bad.match(text, start - 1) or letter_hyphen.match(text, max(0, start - 2)))
            assert _continues_before(text, start) == expected, repr(text)


def test_numbers_word_matches_parsed_once_give_the_same_numbers_anywhere(lexicon):
    """A number phrase parsed once is rebuilt at each new offset with the same values."""
    text = "three million people, then Three Million, then three million per cent and one two"
    first = lexicon.finditer(text)
    again = lexicon.finditer(text)
    shifted = lexicon.finditer("xx " + text)
    assert first == again
    assert [(n.start + 3, n.end + 3, n.num_end + 3, n.value, n.kind, n.percent) for n in first] == [
        (n.start, n.end, n.num_end, n.value, n.kind, n.percent) for n in shifted]
    assert [text[n.start:n.end] for n in first][:2] == ["three million", "Three Million"]
