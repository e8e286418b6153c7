"""finditer_at / occurrences and the scans built on them give exactly what finditer gives."""

from __future__ import annotations

import re

from briefextract.rules.person_scan import finditer_at, letter_view, line_starts, occurrences, word_hits, word_pattern
from briefextract.rules.persons import (
    ACRONYM,
    ALNUM_NAME,
    CAPWORD,
    DOMAIN_NAME,
    INITIAL,
    NAME_WORD_FORMS,
    UP,
    _particle_may_open_run,
    _run_pattern,
)

TEXTS = [
    "el-Sisi met al-Assad and Al-Thani in Cairo. The U.S. envoy John Cole said so.",
    "NATO’s McDonald, an iPhone user, posted on Truth Social; reposted on X. ÉLYSÉE Östen Ānanda",
    "a video on his Rumble channel and messages on Telegram (Reuters) – MINSK",
    "",
    "Three European companies hold licences: Eni, Maurel et Prom, and Repsol; news agencies - AFP and AP -",
    "Firms such as Eni and Repsol; NGOs, including Amnesty and HRW. Ükompanies: A and B",
    "(Agency) – The party\nMINSK (Belta) — x\n\nOutlet, March 4, 2025. The office\n  (Reuters) - y\n",
]


def test_occurrences_finds_overlapping_needles():
    assert occurrences("aaaa", ["aa"]) == [0, 1, 2]
    assert occurrences("posted a post", ["post", "posted"]) == [0, 9]


def test_finditer_at_equals_finditer_given_every_start():
    pattern = re.compile(r"(?<!\w)[A-Z]\w+(?: [A-Z]\w+)*")
    for text in TEXTS:
        starts = [i for i, c in enumerate(text) if c.isupper()]
        assert [m.span() for m in finditer_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


#: a pattern anchored at line starts, as the scans that use ``line_starts`` are
LINE_OPENER = re.compile(r"(?m)^[^\S\n]*(?:[A-Z]+[^\S\n]*)?\((?:[a-z]+|[A-Z]\w*)\)[^\S\n]*[–—-]")


def test_line_starts_are_where_multiline_caret_matches():
    caret = re.compile(r"(?m)^")
    for text in TEXTS + ["\n", "a\n\nb\n"]:
        assert line_starts(text) == [m.start() for m in caret.finditer(text)]
        assert ([m.span() for m in finditer_at(LINE_OPENER, text, line_starts(text))]
                == [m.span() for m in LINE_OPENER.finditer(text)])


def test_word_hits_finds_whole_words_only():
    view = letter_view("Posted on x; reposted. a post-war POST")
    assert word_hits(view, word_pattern(["post", "posted"])) == [(0, "posted"), (25, "post"), (34, "post")]


def test_platform_and_org_list_scans_equal_finditer(nlp):
    compiled = nlp.get_pipe("persons").lex.compiled
    org_list, platform = compiled["org_list"], compiled["platform"]
    for text in TEXTS:
        cues = word_hits(letter_view(text), compiled["cue_words"])
        post_starts = [p for p, w in cues if w in compiled["post_words"]]
        list_starts = [p for p, w in cues if w in compiled["org_list_words"]]
        assert ([m.span() for m in finditer_at(platform, text, post_starts)]
                == [m.span() for m in platform.finditer(text)])
        assert ([m.span() for m in finditer_at(org_list, text, list_starts)]
                == [m.span() for m in org_list.finditer(text)])


def _reference_run(particles: str, suffixes: str) -> re.Pattern:
    """The run pattern as written before it opened with a character class."""
    word = rf"(?:{DOMAIN_NAME}|{CAPWORD}|{INITIAL}|{ALNUM_NAME}|{ACRONYM})"
    sp = r"[^\S\n]+"
    joiner = rf"(?:{sp}(?:(?:{particles}){sp}){{0,2}}(?:(?:al|el)-)?|{sp}(?:(?:of|for|on|de){sp}(?:the{sp})?|and{sp}(?!the\b)))"
    return re.compile(rf"(?<![\w.’'-])(?=[{UP}]|[ae]l-)(?:(?:al|el)-)?{word}(?:{joiner}{word})*(?:,?{sp}(?:{suffixes})(?!\w))?")


def test_name_word_forms_are_the_word_patterns():
    forms = "|".join(first + rest for first, rest in NAME_WORD_FORMS)
    words = "McDonald MacArthur Mcdonald Mac O'Brien D’Arcy Meduza.io U.S. L3Harris AT&T NATO Ānanda Jean-Luc DiCaprio M"
    for word in words.split():
        reference = re.match(rf"{DOMAIN_NAME}|{CAPWORD}|{INITIAL}|{ALNUM_NAME}|{ACRONYM}", word)
        found = re.match(forms, word)
        assert (found and found.span()) == (reference and reference.span()), word


def test_run_pattern_equals_its_reference():
    particles, suffixes = "bin|da|de|von|ibn", r"Jr\.?|II|III"
    run, reference = re.compile(_run_pattern(particles, suffixes)), _reference_run(particles, suffixes)
    texts = TEXTS + ["al-Foo el-bar Al-X Mc McD MacArthur O’Brien-Smith Meduza.io U.S. Army, Jr. L3Harris AT&T",
                     "x.Y a-B 'C ’D _E 9F Ab Cd of the Ef and the Gh and Ij bin da Kl al-Mn, II", "A", "al-"]
    for text in texts:
        assert [m.span() for m in run.finditer(text)] == [m.span() for m in reference.finditer(text)], text


def test_run_at_capitals_equals_the_run_pattern_where_no_particle_opens_a_run():
    particles, suffixes = "bin|da|de|von|ibn", r"Jr\\.?|II|III"
    run = re.compile(_run_pattern(particles, suffixes))
    at_capitals = re.compile(_run_pattern(particles, suffixes, particle_opens=False))
    texts = TEXTS + ["real-time Ali el-Sisi", "al-Assad", "x al-Foo", "Ab-al-Cd", "x.al-Ef and Gh’el-Ij", "O'el-Kl"]
    for text in texts:
        if not _particle_may_open_run(text):
            assert [m.span() for m in at_capitals.finditer(text)] == [m.span() for m in run.finditer(text)], text
    assert not _particle_may_open_run("real-time Ab-al-Cd x.al-Ef O'el-Kl")
    assert _particle_may_open_run("al-Assad") and _particle_may_open_run("x (el-Sisi)")


def test_run_pattern_group_one_is_empty_exactly_for_one_word_runs():
    """_runs tells a one-word run by its empty group 1 instead of splitting the match."""
    particles, suffixes = "bin|da|de|von|ibn", r"Jr\.?|II|III"
    run = re.compile(_run_pattern(particles, suffixes))
    texts = TEXTS + ["al-Foo el-bar Al-X Mc McD MacArthur O’Brien-Smith Meduza.io U.S. Army, Jr. L3Harris AT&T",
                     "Ab Cd of the Ef and the Gh bin da Kl al-Mn, II", "John\u00a0Smith, Jr. and Ann\tLee"]
    for text in texts:
        for m in run.finditer(text):
            assert (m.start(1) == m.end()) == (len(m.group().split()) == 1), m.group()
