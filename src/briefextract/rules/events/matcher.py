"""The word-sequence matcher of the event triggers and anchors.

The event data (``triggers.jsonl``, ``anchors.jsonl``) uses a small subset of
spaCy's Matcher patterns: a sequence of ``{"LOWER": word}`` /
``{"LOWER": {"IN": [...]}}`` tokens, some ``"OP": "?"``. spaCy's Matcher
evaluates every ``IN`` predicate on every token, and a step-by-step walk of the
patterns with optional words still costs sets and sorts at every "the" and
"on" of a text. Such a pattern is only a finite set of word sequences, so it is
expanded once, at load time, into the tuples it matches: finding a match is then
a dict lookup of the first word and a set lookup of the next few words.

A sequence that opens with a very common word ("the day after", "a few days
before", "was received") is indexed by its first uncommon word instead ("day",
"few", "received"): the events' pass over a text then visits ~70 positions per
article instead of ~150 (every "the", "a", "on", "was" was one).
"""

from __future__ import annotations

from itertools import product

#: One pattern under one first word: (pattern id, the word tuples it matches that
#: start with that word, their lengths in increasing order, the second words of the
#: longer ones). The tuples are None when the pattern is that one word (the most
#: common trigger): no lookup needed. Most "the"s are not followed by "day" or "eve":
#: the second word rules a longer sequence out before any tuple is made.
_Rule = tuple[str, frozenset[tuple[str, ...]] | None, tuple[int, ...], frozenset[str]]
#: The sequences of one pattern indexed by one uncommon word: (pattern id, the word's offset
#: in them, the sequences, their lengths).
_KeyedRule = tuple[str, int, frozenset[tuple[str, ...]], tuple[int, ...]]


def _elements(pid: str, pattern: list[dict]) -> list[tuple[tuple[str, ...], bool]]:
    """The pattern as (words, optional) pairs; ValueError for what this matcher does not support."""
    elements = []
    for tok in pattern:
        unknown = set(tok) - {"LOWER", "OP"}
        if unknown or tok.get("OP", "?") != "?":
            raise ValueError(f"event pattern {pid}: only LOWER and OP '?' are supported, got {tok}")
        value = tok["LOWER"]
        words = value["IN"] if isinstance(value, dict) else [value]
        elements.append((tuple(dict.fromkeys(w.lower() for w in words)), tok.get("OP") == "?"))
    return elements


def expand(pid: str, pattern: list[dict]) -> set[tuple[str, ...]]:
    """Every word sequence the pattern matches (an optional token is there or not)."""
    choices = [words + ((None,) if optional else ()) for words, optional in _elements(pid, pattern)]
    return {tuple(w for w in seq if w is not None) for seq in product(*choices)} - {()}


class WordSequenceMatcher:
    """Finds what spaCy's Matcher finds with the same (LOWER / IN / OP "?") patterns.

    Returns ``(pattern id, start, end)`` for every match, each once, ordered by
    start, then by the patterns' order, then by end (the order of the data files
    decides between patterns matching the same words).
    """

    def __init__(self, patterns: dict[str, list[dict]], common: frozenset[str] = frozenset()) -> None:
        """``common``: words too frequent to index a sequence by (see :meth:`_key_offset`)."""
        by_first: dict[str, dict[str, set[tuple[str, ...]]]] = {}
        by_key: dict[tuple[str, str, int], set[tuple[str, ...]]] = {}
        for pid, pattern in patterns.items():
            for seq in expand(pid, pattern):
                k = self._key_offset(seq, common)
                if k:
                    by_key.setdefault((seq[k], pid, k), set()).add(seq)
                else:
                    by_first.setdefault(seq[0], {}).setdefault(pid, set()).add(seq)
        self.order = order = {pid: i for i, pid in enumerate(patterns)}
        self.keyed: dict[str, tuple[_KeyedRule, ...]] = {}
        for (word, pid, k), seqs in by_key.items():
            lengths = tuple(sorted({len(s) for s in seqs}))
            self.keyed[word] = (*self.keyed.get(word, ()), (pid, k, frozenset(seqs), lengths))
        self.first: dict[str, tuple[_Rule, ...]] = {
            word: tuple(self._rule(pid, seqs) for pid, seqs in sorted(rules.items(), key=lambda r: order[r[0]]))
            for word, rules in by_first.items()
        }
        # the first words that start no one-word sequence, with every second word they need:
        # most "the"s (anchors: "the day after", "the eve of") are passed over with one lookup
        self.needs_second: dict[str, frozenset[str]] = {
            word: frozenset().union(*(seconds for _, _, _, seconds in rules))
            for word, rules in self.first.items()
            if all(lengths[0] > 1 for _, _, lengths, _ in rules)
        }
        #: every word a match is looked for at: a first word, or the uncommon word of a keyed sequence
        self.index_words: frozenset[str] = frozenset(self.first).union(self.keyed)

    @staticmethod
    def _key_offset(seq: tuple[str, ...], common: frozenset[str]) -> int:
        """Where the sequence's first uncommon word is; 0 (its first word) when that is not common
        or every word is."""
        return next((k for k, w in enumerate(seq) if w not in common), 0)

    @staticmethod
    def _rule(pid: str, seqs: set[tuple[str, ...]]) -> _Rule:
        lengths = tuple(sorted({len(s) for s in seqs}))
        seconds = frozenset(s[1] for s in seqs if len(s) > 1)
        return pid, (None if lengths == (1,) else frozenset(seqs)), lengths, seconds

    def __call__(self, lowers: list[str], positions: list[int] | None = None) -> list[tuple[str, int, int]]:
        """The matches in ``lowers``; ``positions``, when given, holds (at least) every index of
        an ``index_words`` word, in increasing order (a pass over the words shared with other rules)."""
        out = []
        first, needs_second = self.first, self.needs_second
        last = len(lowers) - 1
        if positions is None:
            positions = [i for i, w in enumerate(lowers) if w in self.index_words]
        # a keyed sequence's uncommon word, and where some other pattern can start
        keyed = [i for i in positions if lowers[i] in self.keyed] if self.keyed else []
        for i in [i for i in positions if lowers[i] in first]:
            seconds_needed = needs_second.get(lowers[i])
            if seconds_needed is not None and (i >= last or lowers[i + 1] not in seconds_needed):
                continue
            for pid, seqs, lengths, seconds in first[lowers[i]]:
                if seqs is None:
                    out.append((pid, i, i + 1))
                elif i < last and lowers[i + 1] in seconds:
                    # (n <= room: a slice past the end is shorter, and may equal a shorter sequence)
                    room = len(lowers) - i
                    out.extend((pid, i, i + n) for n in lengths
                               if n == 1 or (n <= room and tuple(lowers[i: i + n]) in seqs))
                elif lengths[0] == 1:
                    out.append((pid, i, i + 1))
        if keyed:
            found = self._keyed_matches(lowers, keyed)
            if found:  # rare: merged into the order of the rest (start, pattern order, end)
                order = self.order
                out = sorted(out + found, key=lambda m: (m[1], order[m[0]], m[2]))
        return out

    def _keyed_matches(self, lowers: list[str], positions: list[int]) -> list[tuple[str, int, int]]:
        """The matches of the keyed sequences, found from their uncommon word at ``positions``."""
        out = []
        for i in positions:
            for pid, k, seqs, lengths in self.keyed[lowers[i]]:
                start = i - k
                if start >= 0:
                    room = len(lowers) - start
                    out.extend((pid, start, start + n) for n in lengths
                               if n <= room and tuple(lowers[start: start + n]) in seqs)
        return out
