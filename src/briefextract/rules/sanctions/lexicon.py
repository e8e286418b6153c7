"""Lexicon compilation: sanction nouns, trigger phrases, frames and authorities from the data files into token tries, built once per pipeline.

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from briefextract.constants import APOSTROPHES

_BRACKETS = str.maketrans({"[": None, "]": None, "“": '"', "”": '"', **dict.fromkeys(APOSTROPHES, "'")})



#: the characters ``norm_token`` changes besides the case: a token without one has its lower case as its key
_NORMALISED_CHARS = tuple(map(chr, _BRACKETS))



def norm_token(text: str) -> str:
    """Lower-case token key; editorial brackets dropped ('[t]oughening' -> 'toughening')."""
    return text.lower().translate(_BRACKETS)



def token_keys(words: list[str], lower: list[str], starts: list[int], text: str, respellings: dict[str, str] | None = None) -> list[str]:
    """``norm_token`` of every token, from the tokens' shared lower-case column (``token_arrays``):
    only the few tokens holding a bracket or a curly quote (found by ``str.find`` over the text)
    are normalised again. Why: a lookup per token in a word -> key table touched ~775 strings and
    a large dict per article (~0.13 ms on a cold cache); the lower-case column is already built.
    A token spelt as one of the ``respellings`` (lexicon.json ``respellings``: 'targetted') takes the
    key of its usual spelling ('targeted'), found the same way (``str.find`` of each variant).
    With no such token the column itself is returned: do not change the list."""
    respelled = {}
    for variant, usual in (respellings or {}).items():
        at = text.find(variant)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i >= 0 and lower[i] == variant:
                respelled[i] = usual
            at = text.find(variant, at + 1)
    holding = set()
    for char in _NORMALISED_CHARS:
        at = text.find(char)
        while at >= 0:
            holding.add(bisect_right(starts, at) - 1)  # the token holding the character
            at = text.find(char, at + 1)
    holding.discard(-1)  # (none before the first token; kept safe)
    if not holding and not respelled:
        return lower
    keys = list(lower)
    for i in holding:
        keys[i] = norm_token(words[i])
    for i, usual in respelled.items():
        keys[i] = usual
    return keys



# ---------------------------------------------------------------------------
# lexicon compilation
# ---------------------------------------------------------------------------
class Trie:
    """Longest-match lookup of token sequences (tuples of normalised keys)."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        #: (after ``finalize``) the entries of two tokens or more by their first two keys, longest
        #: first, and the first one-token entry of each key: a common first word ('were', 'is',
        #: 'sanctions') is checked against the next key before any slice is compared
        self.by_two: dict[tuple[str, str], list[tuple[tuple[str, ...], Any]]] = {}
        self.single: dict[str, Any] = {}
        self.multi_first: frozenset[str] = frozenset()  # first keys of the longer entries
        self._alone: TrieSet | None = None  # this trie as a TrieSet of one (``longest_entries``)

    def add(self, keys: tuple[str, ...], payload: Any) -> None:
        if keys:
            self.by_first.setdefault(keys[0], []).append((keys, payload))

    def finalize(self) -> None:
        self.by_two, self.single, self._alone = {}, {}, None
        for first, entries in self.by_first.items():
            entries.sort(key=lambda e: -len(e[0]))
            for pattern, payload in entries:
                if len(pattern) == 1:
                    self.single.setdefault(first, payload)
                else:
                    self.by_two.setdefault(pattern[:2], []).append((pattern, payload))
        self.multi_first = frozenset(first for first, _ in self.by_two)

    def match_at(self, keys: list[str], i: int) -> tuple[int, Any] | None:
        """(end, payload) of the longest entry starting at token ``i``."""
        if i < 0 or i >= len(keys):
            return None
        first = keys[i]
        if first not in self.by_first:
            return None
        if i + 1 < len(keys):
            for pattern, payload in self.by_two.get((first, keys[i + 1]), ()):
                n = len(pattern)
                if n == 2 or tuple(keys[i : i + n]) == pattern:
                    return i + n, payload
        if first in self.single:
            return i + 1, self.single[first]  # one-token entries match on the dict lookup alone
        return None

    def find_all(
        self, keys: list[str], start: int = 0, end: int | None = None, starts: list[int] | None = None
    ) -> list[tuple[int, int, Any]]:
        """Leftmost-longest entries in tokens [start, end), left to right, not overlapping.

        The positions some entry starts with are found at C speed (``compress`` over the
        window, or over ``starts``: see ``longest_entries``), so the Python loop runs only
        over those few tokens."""
        end = len(keys) if end is None else end
        out = []
        start = max(start, 0)  # (the rules pass sentence starts; never a negative index)
        i = start
        for p, stop, payload in self.longest_entries(keys, start, end, starts):
            if p < i:
                continue  # inside the previous match
            if stop <= end:  # the longest entry at p counts only if it ends by ``end``
                out.append((p, stop, payload))
                i = stop
        return out

    def longest_entries(
        self, keys: list[str], start: int, end: int, starts: list[int] | None = None
    ) -> list[tuple[int, int, Any]]:
        """(p, stop, payload) of the longest entry at each token p in [start, end) where one starts
        (as ``match_at``; ``stop`` may pass ``end``; entries may overlap).

        The positions some entry starts with are found at C speed (``compress`` over the
        window), so the Python loop (:meth:`TrieSet.longest_entries`) runs only over those few tokens.
        ``starts`` (ascending) may hold every token of ``keys`` where an entry of this trie can
        start, found once for several tries (``Lexicon.entry_firsts``): then only those few
        tokens of the window are tested, not each of its tokens."""
        is_first = self.by_first.__contains__
        if starts is None:
            candidates = compress(range(start, end), map(is_first, keys[start:end]))
        else:
            window = starts[bisect_left(starts, start) : bisect_left(starts, end)]
            candidates = compress(window, map(is_first, map(keys.__getitem__, window)))
        if self._alone is None:  # the matching itself is TrieSet's, for one trie or several
            self._alone = TrieSet((self,))
        return self._alone.longest_entries(keys, list(candidates))[0]



class TrieHits:
    """The longest entry of one trie at every position of one document, found in one pass.

    A candidate sentence asks for its entries several times (triggers, frames, target-side
    verbs, instruments, authorities): the document is scanned once per trie and each
    sentence query only walks the few positions that hold an entry. ``find_all`` returns
    exactly what ``Trie.find_all(keys, start, end)`` returns.
    """

    def __init__(self, trie: Trie | None, keys: list[str], starts: list[int] | None = None,
                 entries: list[tuple[int, int, Any]] | None = None) -> None:
        """The hits of ``trie`` in ``keys``, or the ``entries`` already found (``TrieSet``)."""
        if entries is None:
            entries = trie.longest_entries(keys, 0, len(keys), starts)
        self.longest: dict[int, tuple[int, Any]] = {p: (stop, payload) for p, stop, payload in entries}
        self.positions = [p for p, _, _ in entries]  # ascending: found left to right

    def find_all(self, start: int, end: int) -> list[tuple[int, int, Any]]:
        """Leftmost-longest entries in tokens [start, end), not overlapping (as ``Trie.find_all``)."""
        positions = self.positions
        out = []
        i = start = max(start, 0)
        longest = self.longest
        for p in positions[bisect_left(positions, start) : bisect_left(positions, end)]:
            if p < i:
                continue  # inside the previous match
            stop, payload = longest[p]
            if stop <= end:  # the longest entry at p counts only if it ends by ``end``
                out.append((p, stop, payload))
                i = stop
        return out


class TrieSet:
    """Several tries scanned over one document together: each token where an entry may start is
    read once, and its next token's pair looked up once for all the tries, instead of one pass
    (and one pair lookup) per trie. ``longest_entries`` gives each trie's
    ``Trie.longest_entries`` over the whole document."""

    def __init__(self, tries: tuple[Trie, ...]) -> None:
        self.tries = tries
        #: (first key, second key) -> (trie number, entry, payload) of the tries' longer entries,
        #: each trie's longest first (as ``Trie.by_two``), the tries in order
        self.by_two: dict[tuple[str, str], list[tuple[int, tuple[str, ...], Any]]] = {}
        #: first key -> (trie number, payload) of the tries' one-token entries
        self.single: dict[str, list[tuple[int, Any]]] = {}
        for k, trie in enumerate(tries):
            for pair, entries in trie.by_two.items():
                self.by_two.setdefault(pair, []).extend((k, pattern, payload) for pattern, payload in entries)
            for first, payload in trie.single.items():
                self.single.setdefault(first, []).append((k, payload))
        self.multi_first = frozenset().union(*(trie.multi_first for trie in tries))

    def longest_entries(self, keys: list[str], starts: list[int]) -> list[list[tuple[int, int, Any]]]:
        """Per trie, (p, stop, payload) of its longest entry at each token p of the document where
        one starts; ``starts`` (ascending) must hold every such token of every trie."""
        by_two, single, multi_first = self.by_two, self.single, self.multi_first
        found: list[list[tuple[int, int, Any]]] = [[] for _ in self.tries]
        last = len(keys) - 1
        for p in starts:
            first = keys[p]
            matched = 0  # bit k: trie k has its longest entry at p already
            if p < last and first in multi_first:
                for k, pattern, payload in by_two.get((first, keys[p + 1]), ()):
                    if not matched >> k & 1 and (len(pattern) == 2 or tuple(keys[p : p + len(pattern)]) == pattern):
                        found[k].append((p, p + len(pattern), payload))
                        matched |= 1 << k
            for k, payload in single.get(first, ()):
                if not matched >> k & 1:
                    found[k].append((p, p + 1, payload))
        return found



class WordLists(dict):
    """``lexicon.json``'s word lists by name; a list the data does not define is empty.

    The rules also test a word against several lists at once ('a preposition, a stop word or a
    determiner') or against a list but a few of its words: those sets are built once, on first use."""

    def __missing__(self, name: str) -> frozenset[str]:
        return frozenset()

    def union(self, *names: str) -> frozenset[str]:
        """The words of all the lists ``names``."""
        return self._combined(names, ())

    def without(self, name: str, *words: str) -> frozenset[str]:
        """The words of the list ``name`` but ``words``."""
        return self._combined((name,), words)

    def _combined(self, names: tuple[str, ...], excluded: tuple[str, ...]) -> frozenset[str]:
        cache = self.__dict__.setdefault("_combined_sets", {})
        found = cache.get((names, excluded))
        if found is None:
            found = cache[(names, excluded)] = frozenset().union(*(self[n] for n in names)).difference(excluded)
        return found


@dataclass
class Lexicon:
    """The compiled sanctions lexicon (built once per pipeline load)."""

    instruments: Trie
    triggers: Trie
    target_side: Trie
    modality: Trie
    reversal: Trie
    block: Trie
    target_intros: Trie
    anaphors: Trie
    org_anaphors: Trie
    authorities: Trie
    frames: list[dict]
    frame_heads: Trie
    programs: re.Pattern | None
    # a cheap necessary condition for ``programs``, searched in the lower-cased sentence first
    program_cues: re.Pattern | None = None
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    country_anaphors: Trie | None = None
    reasons: Trie | None = None
    number_words: dict[str, int] = field(default_factory=dict)
    imposer_metonyms: dict[str, str] = field(default_factory=dict)
    imposer_bodies: dict[str, str] = field(default_factory=dict)
    #: variant spellings read as the usual one ('targetted' -> 'targeted'; ``token_keys``)
    respellings: dict[str, str] = field(default_factory=dict)
    generic: Trie | None = None
    #: the plural words for a country's people ('Russians', 'Belarusians'): the persons component's
    #: list (persons/people_demonyms.json), borrowed by the sanctions component (``SanctionExtractor``)
    people_demonyms: frozenset[str] = frozenset()
    #: the hedges before a count ('more than', 'at least', 'nearly'): the counts component's list
    #: (counts/hedges.json "before"), borrowed by the sanctions component as a trie of its phrases
    count_hedges: Trie = field(default_factory=Trie)
    #: the tries the view scans over whole documents or examined sentences (``View.find_all``)
    scanned: frozenset[Trie] = field(init=False)
    #: the ``scanned`` tries, found over a whole document in one pass (``View.hits``)
    scan_set: TrieSet = field(init=False)
    #: every first key of the ``scanned`` tries and the listed-target adjectives: one pass over a
    #: document finds each token where any of them may start (``View.entry_starts``), and each
    #: trie then tests only those tokens, not every token of the text or sentence again
    entry_firsts: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.scan_set = TrieSet((self.instruments, self.frame_heads, self.triggers, self.target_side, self.authorities))
        self.scanned = frozenset(self.scan_set.tries)
        adjectives = self.words.get("include_adjectives", frozenset())
        self.entry_firsts = frozenset(adjectives).union(*(trie.by_first for trie in self.scanned))



def compile_lexicon(data: dict, tokenize: Callable[[str], list[str]]) -> Lexicon:
    """Build the tries from the data files; ``tokenize`` is the pipeline tokenizer."""
    lex = data.get("lexicon") or {}
    frames = (data.get("frames") or {}).get("frames", [])
    auth = data.get("authorities") or {}

    def keys(phrase: str) -> tuple[str, ...]:
        return tuple(norm_token(t) for t in tokenize(phrase))

    def trie(items: Iterable[tuple[str, Any]]) -> Trie:
        t = Trie()
        for phrase, payload in items:
            t.add(keys(phrase), payload)
        t.finalize()
        return t

    instruments = trie(
        [(p, {"kind": kind}) for kind, phrases in (lex.get("instruments") or {}).items() for p in phrases]
    )
    merged: dict[str, dict] = {}
    for e in lex.get("triggers", []):
        for form in e["forms"]:
            entry = merged.setdefault(form, {"action": e["action"], "pos": set(), "gap": 8, "call": False, "form": form})
            entry["pos"].add(e["pos"])
            if e["pos"] == "pre":
                entry["gap"] = e.get("gap", 8)
            entry["call"] = entry["call"] or e.get("call", False)
            entry["subject_first"] = entry.get("subject_first", False) or e.get("subject_first", False)
            entry["call_only"] = e.get("call_only", False)  # an action only when urged on someone
            entry["affirmative_only"] = e.get("affirmative_only", False)  # no action when negated
    triggers = trie(merged.items())
    target_side = trie([(f, {"action": e["action"]}) for e in lex.get("target_side", []) for f in e["forms"]])
    modality = trie([(p, m) for m, phrases in (lex.get("modality") or {}).items() for p in phrases])
    heads: dict[str, list[int]] = {}
    for i, fr in enumerate(frames):
        for h in fr["heads"]:
            heads.setdefault(h, []).append(i)
    frame_heads = trie(heads.items())
    programs = auth.get("programs") or []  # [{"pattern": regex, "cue": its prefilter regex}]
    words = WordLists({
        name: frozenset(norm_token(w) for w in lex.get(name, []))
        for name in (
            "claim_cues", "maintain_cues", "novelty", "further", "modifier_stop", "determiners", "prepositions",
            "target_skip", "target_stop", "org_parts", "include_verbs", "include_adjectives", "relative_pronouns",
            "pronoun_subjects", "clause_stops", "passive_aux", "compound_heads", "state_nouns", "scope_cues",
            "group_nouns", "reporting_verbs", "rate_words", "relief_heads", "scope_nouns", "aux_words",
            "beneficiary_intros", "goods_verbs", "state_anaphor_heads", "generic_org_anaphor_heads", "time_words",
            "pronoun_measures", "unnamed_agents", "speech_verbs", "wh_words", "intent_nouns", "for_target_heads", "of_target_heads", "target_gap_words", "person_pronouns",
            "elliptic_nouns", "elliptic_between", "purpose_verbs", "sector_heads", "sector_nouns",
            "subject_target_verbs", "beneficiary_verbs", "duration_units", "ly_nouns", "irregular_participles",
            "evasion_cues", "condition_cues", "particles", "ceiling_instruments", "magnitude_down", "magnitude_up", "partitive_nouns",
            "np_verbs", "flow_party_intros", "owner_participles", "generic_goods_heads", "securities_nouns", "denial_cues", "denial_scope_breaks",
            "enumeration_openers",
            "announcing_participles", "package_words", "list_words", "listing_words", "term_end_cues", "predicate_adverbs",
            "widening_adverbs", "past_adverbs", "snapback_words", "snapback_heads", "np_quantifiers",
            "hyphen_compound_participles", "count_quantifiers", "wrapper_gap_words", "rate_units",
            "limit_prepositions", "do_forms", "modal_verbs",
        )
    })
    words["imposer_states"] = frozenset(lex.get("imposer_states", []))
    # the frame and role rules' own word lists (frames.json "words")
    for name, listed in ((data.get("frames") or {}).get("words") or {}).items():
        if not name.startswith("_"):
            words[name] = frozenset(norm_token(w) for w in listed)
    country_anaphors = trie((w, True) for w in lex.get("country_anaphors", []))
    number_words = {norm_token(k): v for k, v in (lex.get("number_words") or {}).items()}
    return Lexicon(
        instruments=instruments,
        triggers=triggers,
        target_side=target_side,
        modality=modality,
        reversal=trie((w, True) for w in lex.get("reversal_cues", [])),
        block=trie((w, True) for w in lex.get("block_cues", [])),
        target_intros=trie((w, True) for w in lex.get("target_intros", [])),
        anaphors=trie((w, True) for w in lex.get("anaphors", [])),
        org_anaphors=trie((w, True) for w in lex.get("org_anaphors", [])),
        authorities=trie((w, w) for w in auth.get("authorities", [])),
        frames=frames,
        frame_heads=frame_heads,
        programs=_alternation([p["pattern"] for p in programs], re.IGNORECASE),
        program_cues=_alternation([p["cue"] for p in programs]),
        words=words,
        country_anaphors=country_anaphors,
        reasons=trie((w, True) for w in lex.get("reason_intros", [])),
        number_words=number_words,
        imposer_metonyms=dict(lex.get("imposer_metonyms") or {}),
        imposer_bodies=dict(lex.get("imposer_bodies") or {}),
        respellings={k: v for k, v in (lex.get("respellings") or {}).items() if not k.startswith("_")},
        generic=trie((w, True) for w in lex.get("generic_cues", [])),
    )



def hedge_trie(hedges: Iterable[tuple[str, ...]]) -> Trie:
    """The count hedges (word tuples: the counts component's ``hedges_before``) as a trie of token keys."""
    t = Trie()
    for words in hedges:
        t.add(tuple(norm_token(w) for w in words), True)
    t.finalize()
    return t



def _alternation(patterns: list[str], flags: int = 0) -> re.Pattern | None:
    """One compiled alternation of the patterns (None when there are none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None



def lex_hit(trie: Trie, keys: list[str], a: int, b: int) -> bool:
    by_first = trie.by_first
    return any(trie.match_at(keys, i) is not None for i in range(max(a, 0), min(b, len(keys))) if keys[i] in by_first)



def lex_hit_exact(trie: Trie, keys: list[str], a: int, b: int) -> bool:
    hit = trie.match_at(keys, a)
    return hit is not None and hit[0] == b
