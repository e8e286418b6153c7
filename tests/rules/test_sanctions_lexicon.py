"""The sanctions token trie and the frames' normalised word sets (rewritten for speed: same answers)."""

from __future__ import annotations

from briefextract.rules.sanctions.frames import _norm_set
from briefextract.rules.sanctions.lexicon import (
    Trie,
    TrieHits,
    TrieSet,
    WordLists,
    lex_hit,
    norm_token,
    token_keys,
)


def _trie(*phrases: str) -> Trie:
    t = Trie()
    for p in phrases:
        t.add(tuple(p.split()), p)
    t.finalize()
    return t


def test_trie_find_all_longest_match_and_one_token_entries() -> None:
    t = _trie("sanctions", "lifting of", "lifting", "export controls")
    keys = "the lifting of sanctions and new export controls".split()
    assert t.find_all(keys) == [(1, 3, "lifting of"), (3, 4, "sanctions"), (6, 8, "export controls")]


def test_trie_find_all_longest_past_end_is_not_shortened() -> None:
    # the longest entry at a position decides; when it runs past ``end`` nothing is taken there
    t = _trie("lifting of", "lifting")
    keys = "the lifting of sanctions".split()
    assert t.find_all(keys, 0, 2) == []
    assert t.find_all(keys, 1, 3) == [(1, 3, "lifting of")]


def test_trie_find_all_respects_sentence_window() -> None:
    t = _trie("sanctions")
    keys = "sanctions here . sanctions there".split()
    assert t.find_all(keys, 3, 5) == [(3, 4, "sanctions")]
    assert t.find_all(keys, 1, 3) == []


def test_trie_match_at_bounds_and_misses() -> None:
    t = _trie("remain in place", "remain")
    keys = "they remain in place".split()
    assert t.match_at(keys, 1) == (4, "remain in place")
    assert t.match_at(keys, 0) is None
    assert t.match_at(keys, -1) is None
    assert t.match_at(keys, 4) is None
    assert t.match_at("they remain in force".split(), 1) == (2, "remain")


def test_trie_lex_hit_window_past_the_end() -> None:
    t = _trie("vetoed")
    keys = "russia vetoed it".split()
    assert lex_hit(t, keys, 0, 10)
    assert not lex_hit(t, keys, 2, 10)
    assert not lex_hit(t, keys, -3, 1)


def test_norm_set_normalises_and_is_computed_once_per_list() -> None:
    words = ["Licence", "[t]oughening", "’s"]
    first = _norm_set(words)
    assert first == {"licence", "toughening", "'s"}
    assert _norm_set(words) is first
    assert _norm_set(["Licence"]) == {"licence"}
    assert _norm_set(None) == frozenset() and _norm_set([]) == frozenset()


def test_trie_hits_answer_as_find_all_and_match_at_in_every_window() -> None:
    """The document's hits, found once, give what the trie gives sentence by sentence: the
    longest entry wins, an entry running past the window end is dropped, not shortened."""
    t = _trie("remain in place", "remain", "in place", "place", "sanctions", "lifting of", "of")
    keys = "sanctions remain in place after the lifting of sanctions remain".split()
    hits = TrieHits(t, keys)
    for start in range(-1, len(keys) + 1):
        for end in range(start, len(keys) + 1):
            assert hits.find_all(start, end) == t.find_all(keys, start, end)
    for i in range(-1, len(keys) + 1):
        assert hits.longest.get(i) == t.match_at(keys, i)


def test_trie_set_finds_what_each_trie_finds() -> None:
    """Several tries scanned in one pass: per trie the same longest entries as its own scan,
    also where the tries share first words or word pairs."""
    tries = (
        _trie("remain in place", "remain", "in place", "sanctions"),
        _trie("remain in", "in place", "place", "lifting of"),
        _trie("sanctions", "sanctions on", "lifting", "of"),
    )
    keys = ["sanctions", "remain", "in", "place", "after", "the", "lifting", "of", "sanctions", "on", "them", "remain"]
    starts = [p for p, k in enumerate(keys) if any(k in t.by_first for t in tries)]
    found = TrieSet(tries).longest_entries(keys, starts)
    assert found == [t.longest_entries(keys, 0, len(keys)) for t in tries]
    # and the same as the one-position lookup, written on its own (Trie.longest_entries is a TrieSet of one)
    for k, t in enumerate(tries):
        assert found[k] == [(p, *t.match_at(keys, p)) for p in range(len(keys)) if t.match_at(keys, p)]
    assert TrieHits(tries[0], keys, entries=found[0]).longest == TrieHits(tries[0], keys).longest


def test_token_keys_are_norm_token_of_each_word() -> None:
    words = ["The", "[t]oughening", "of", "Russia", "’s", "“", "Sanctions", "”", "[", "x", "]"]
    starts, at = [], 0
    for w in words:
        starts.append(at)
        at += len(w) + 1
    text = " ".join(words)
    lower = [w.lower() for w in words]
    assert token_keys(words, lower, starts, text) == [norm_token(w) for w in words]
    plain = ["No", "brackets", "here"]
    plain_lower = [w.lower() for w in plain]
    assert token_keys(plain, plain_lower, [0, 3, 12], "No brackets here") is plain_lower


def test_word_lists_missing_union_and_without() -> None:
    words = WordLists({"prepositions": frozenset({"on", "of"}), "determiners": frozenset({"the", "a"})})
    assert words["nothing"] == frozenset() and "nothing" not in words
    assert words.union("prepositions", "determiners") == {"on", "of", "the", "a"}
    assert words.union("prepositions", "determiners") is words.union("prepositions", "determiners")
    assert words.without("prepositions", "of") == {"on"}


def test_every_programme_match_contains_its_cue() -> None:
    # the cues are a prefilter: a sentence without one is not searched for a programme
    import json
    import re
    from pathlib import Path

    data = json.loads((Path(__file__).parents[2] / "models/briefextract-en/sanctions/authorities.json").read_text())
    examples = [
        "the 14th package", "its Twelfth sanctions  package", "Announcement No. 12 of 2024", "announcement no.3",
        "Executive Order 14024", "EXECUTIVE\nORDER No. 13224", "E.O. 13660", "EO 13846", "e.o 13846",
        "Resolution 2231", "UN resolution 1718", "Global Magnitsky Act", "MAGNITSKY", "CAATSA", "the Entity List",
        "the SDN list", "the foreign direct product rule", "Reſolution 2231", "Reſolutıon 2231", "RESOLUTİON 2231",
        "ſDN List", "Entıty Lıſt", "CAATſA", "Magnıtſky", "\u212a\u212aagnitsky",
    ]
    for programme in data["programs"]:
        pattern, cue = re.compile(programme["pattern"], re.IGNORECASE), re.compile(programme["cue"])
        matches = [m.group(0) for text in examples for m in pattern.finditer(text)]
        assert matches, f"no example of {programme['pattern']}"
        for match in matches:
            assert cue.search(match.lower()), (programme["cue"], match)
