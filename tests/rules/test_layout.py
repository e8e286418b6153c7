"""rules.layout sentence starts: token kinds and the two start rules, without a pipeline."""

from __future__ import annotations

import pytest

from briefextract.rules.layout import sentence_starts, token_kind


@pytest.mark.parametrize(
    ("text", "is_space", "kind"),
    [("\n\n", True, "n"), (" ", True, "s"), (".", False, "e"), ("…", False, "e"), ("”", False, "c"),
     ('"', False, "c"), (")", False, "c"), ("“", False, "u"), ("12", False, "u"), ("Talks", False, "u"),
     ("talks", False, "o"), ("-", False, "o")],
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
