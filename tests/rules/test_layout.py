"""rules.layout sentence starts: token kinds and the two start rules, without a pipeline."""

from __future__ import annotations

import pytest

from briefextract import constants as C
from briefextract.rules.layout import classify_line, inline_credits, sentence_starts, token_kind


@pytest.mark.parametrize(
    ("text", "is_space", "kind"),
    [("\n\n", True, "n"), ("\n", True, "l"), (" \n  ", True, "l"), (" ", True, "s"), (".", False, "e"),
     ("…", False, "e"), ("”", False, "c"), ('"', False, "c"), (")", False, "c"), ("“", False, "u"),
     ("12", False, "u"), ("Talks", False, "u"), ("talks", False, "w"), ("-", False, "o")],
)
def test_layout_token_kind(text, is_space, kind):
    assert token_kind(text, is_space) == kind


@pytest.mark.parametrize(
    ("kinds", "starts"),
    [
        ("", []),
        ("uoesu", [0, 4]),  # "Talks ended . Then": an opener after the full stop
        ("uoecsu", [0, 5]),  # 'ended .” Then': closing quote between
        ("uoesoo", [0]),  # 'ended . then': lower case continues the sentence
        ("uonsso", [0, 3, 4, 5]),  # the first word of a line and the spaces before it
        ("uoencu", [0, 4, 5]),  # ". \n ' Neither": the line opens at the quote, the opener after the stop too
        ("ssu", [0, 1, 2]),  # leading whitespace belongs to the first sentence start
        ("uouo", [0]),  # "U.S. officials": no sentence punctuation token, no break
        ("uowlw", [0]),  # "Canada imposed sanctions\non": one line break before lower case: a soft wrap
        ("uowlu", [0, 4]),  # "... sanctions\nBritain": a capital after one line break opens a sentence
        ("uoelsw", [0, 4, 5]),  # "ended.\n the": a line after sentence punctuation opens one
        ("uownw", [0, 4]),  # "... sanctions\n\nthe": a blank line always ends a sentence
    ],
)
def test_layout_sentence_starts(kinds, starts):
    assert sentence_starts(kinds) == starts


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("EU extends sanctions on Belarus", "EU Extends Sanctions on Belarus"),
        ("“EU extends sanctions” — on Belarus!", "EU extends sanctions on Belarus"),
        ("EU extends sanctions on Belarus and Iran", "EU extends sanctions on Belarus"),
        ("The EU extends sanctions", "EU extends sanctions"),
        ("--- ***", "..."),
        ("STRASSE closed", "Straße closed"),
        ("", "Title"),
    ],
)
def test_layout_title_test_agrees_with_normalised_comparison(line, title):
    from briefextract.rules.layout import _is_title, _norm_title

    assert _is_title(line, title) == (_norm_title(line) == _norm_title(title))


def test_markup_prefilter_holds_for_every_markup_match():
    """classify_line searches LINE_MARKUP only where a "<" or a "](" occurs: every match has one."""
    from briefextract.rules.layout import _may_hold_markup

    lines = ["<img src=x>", "![alt](pic.png)", "see [here](https://x.org)", "[a](/path)", "a < b and c > d",
             "![unclosed", "[text] (https://x)", "plain body text.", "<", "](", "x ](HTTP:y", "<\n>"]
    for line in lines:
        if C.LINE_MARKUP.search(line):
            assert _may_hold_markup(line), line
    assert not _may_hold_markup("The minister said on Monday (in Kyiv) that [sic] talks go on.")


def test_short_line_word_count_is_the_words_found():
    """classify_line counts a short line's words with findall: labels as with the first 21 words."""
    from briefextract.rules.layout import classify_line

    assert classify_line("What Comes Next for the Talks?") == "HEADING"
    assert classify_line(" ".join(["Word"] * 17) + "?") is None  # a question of 17 words is no heading
    assert classify_line(" ".join(["Word"] * 21), is_first=True) is None  # 21 words: not a title
    assert classify_line(" ".join(["Word"] * 20), is_first=True) == "TITLE"


@pytest.mark.parametrize("source", C.PHOTO_CREDIT_SOURCES)
def test_layout_both_credit_patterns_read_the_one_source_list(source):
    # data/photo_credit_sources.txt: a caption line ending with the credit, and a caption's
    # closing credit after its last sentence, as listed and in capitals
    assert C.LINE_CREDIT_TAIL.search(f"Protesters in the square, via {source.lower()}")
    for spelling in (source, source.upper()):
        text = f"Protesters gather in the square. Jane Doe via {spelling}\nTalks went on."
        assert C.INLINE_CREDIT.search(text).group().endswith(spelling)
        # the agency alone closing a caption, found by the line scan its marks drive
        text = f"Talks went on.\nProtesters gather in the square on Saturday. {spelling}\nMore talks."
        assert [m.group() for m in inline_credits(C.INLINE_CREDIT, text)] == [spelling]


@pytest.mark.parametrize("line, label", [
    # a paragraph cut off before its full stop: a sentence, whatever its capitals
    ("In 2022, Poland expelled 45 Russian diplomats", None),
    ("Later that year, Vilnius recalled its ambassador from Minsk", None),
    # headlines in title case keep their minor words (and at most one other) in lower case
    ("Lukashenko Meets Putin in Minsk", C.LAYOUT_HEADING),
    ("Poland Expels 45 Russian Diplomats over Spying", C.LAYOUT_HEADING),
    ("National Security and Defense Co", C.LAYOUT_HEADING),
])
def test_layout_a_short_line_with_lower_case_content_words_is_no_heading(line, label):
    assert classify_line(line) == label


def test_layout_a_cut_off_last_paragraph_keeps_its_event(extract):
    brief = extract("Talks went on in Warsaw on Monday.\n\nIn 2022, Poland expelled 45 Russian diplomats",
                    published="2025-09-12")
    assert [e.participants for e in brief.events if e.date == "2022"] == [["Poland", "Russia"]]
