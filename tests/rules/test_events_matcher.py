"""The events WordSequenceMatcher finds exactly what spaCy's Matcher finds with the same patterns."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.matcher import Matcher

from briefextract.rules.events.lexicon import with_cue_lists
from briefextract.rules.events.matcher import WordSequenceMatcher

DATA = Path(__file__).resolve().parents[2] / "models" / "briefextract-en" / "events"

TEXTS = [
    "On the eve of the summit, two days after the talks, the army was deployed and prisoners were released.",
    "The day after the phone call the same day as the strike; three days later protests were held.",
    "It happened on the same day of the vote, one day before the election, before and after the the war.",
    "the the the day morning after eve of of on on the eve the same day as as",
    "Sanctions were lifted the evening before a meeting took place; 5 days earlier of talks",
]


COMMON = frozenset(json.loads((DATA / "cues.json").read_text(encoding="utf-8"))["matcher_common"])


def _patterns(name: str) -> dict[str, list[dict]]:
    cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["id"]: with_cue_lists(row, cues)["pattern"] for row in rows}


def _spacy_matches(nlp, patterns: dict[str, list[dict]], words: list[str]) -> set[tuple[str, int, int]]:
    matcher = Matcher(nlp.vocab)
    for pid, pattern in patterns.items():
        matcher.add(pid, [pattern])
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    return {(nlp.vocab.strings[mid], s, e) for mid, s, e in matcher(doc)}


def test_events_matcher_equals_spacy_matcher_on_the_lexicon():
    nlp = spacy.blank("en")
    total = 0
    for name in ("anchors.jsonl", "triggers.jsonl"):
        patterns = _patterns(name)
        for ours in (WordSequenceMatcher(patterns), WordSequenceMatcher(patterns, COMMON)):
            for text in TEXTS:
                words = [t.lower_ for t in nlp(text)]
                found = ours(words)
                assert len(found) == len(set(found)), "no match is reported twice"
                assert set(found) == _spacy_matches(nlp, patterns, words), (name, text)
                total += len(found)
    assert total >= 40  # the texts do exercise the patterns


def test_events_matcher_indexed_by_uncommon_words_keeps_the_order():
    """Sequences opening with a common word are looked for at another word: same matches, same order
    (start, then the patterns' order, then end), from every position or only the index words'."""
    nlp = spacy.blank("en")
    for name in ("anchors.jsonl", "triggers.jsonl"):
        patterns = _patterns(name)
        plain, keyed = WordSequenceMatcher(patterns), WordSequenceMatcher(patterns, COMMON)
        assert "the" not in keyed.index_words and "day" in WordSequenceMatcher(_patterns("anchors.jsonl"), COMMON).index_words
        for text in TEXTS:
            words = [t.lower_ for t in nlp(text)]
            index = [i for i, w in enumerate(words) if w in keyed.index_words]
            assert keyed(words) == keyed(words, index) == plain(words), (name, text)


def test_events_matcher_second_word_prefilter_and_sentence_end():
    matcher = WordSequenceMatcher({
        "after": [{"LOWER": "the"}, {"LOWER": {"IN": ["day", "evening"]}}, {"LOWER": "after"}],
        "one": [{"LOWER": "talks"}],
    })
    assert matcher(["the", "day", "after", "the", "talks"]) == [("after", 0, 3), ("one", 4, 5)]
    assert matcher(["the", "evening", "before"]) == []
    assert matcher(["talks", "the"]) == [("one", 0, 1)]  # a first word at the very end


def test_events_matcher_with_shared_positions_finds_the_same():
    """Given a superset of the start positions (the events' one pass over the words), the same matches."""
    nlp = spacy.blank("en")
    for name in ("anchors.jsonl", "triggers.jsonl"):
        matcher = WordSequenceMatcher(_patterns(name))
        for text in TEXTS:
            words = [t.lower_ for t in nlp(text)]
            every = list(range(len(words)))
            assert matcher(words, every) == matcher(words)
            assert matcher(words, []) == []
        keyed = WordSequenceMatcher(_patterns(name), COMMON)
        for text in TEXTS:
            words = [t.lower_ for t in nlp(text)]
            assert keyed(words, list(range(len(words)))) == keyed(words)


def test_events_matcher_reports_no_match_past_the_last_word():
    # an optional last word: at the very end of the text only the shorter form is there
    patterns = {"p": [{"LOWER": "several"}, {"LOWER": "weeks"}, {"LOWER": "before"}, {"LOWER": "that", "OP": "?"}],
                "k": [{"LOWER": "the"}, {"LOWER": "day"}, {"LOWER": "before", "OP": "?"}]}
    for common in (frozenset(), frozenset({"the"})):
        matcher = WordSequenceMatcher(patterns, common)
        assert matcher("it ended several weeks before".split()) == [("p", 2, 5)]
        assert matcher("on the day".split()) == [("k", 1, 3)]
        assert matcher("several weeks before that".split()) == [("p", 0, 3), ("p", 0, 4)]
