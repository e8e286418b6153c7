"""Date patterns: the lexicon-filled alternatives of ``dates/patterns.jsonl`` joined into one regex.

The matcher half of the date rules (``rules/dates.py`` runs it, ``rules/date_resolver.py``
turns its matches into ISO values). Every alternative is a pattern whose ``%WORD%``
placeholders are filled from ``lexicon.json`` (month names, weekdays, modifiers,
relative words) and whose group names get a ``p<i>_`` prefix; the whole alternation
sits behind one lookahead on the words an expression can start with, so it is tried
at few positions. Compiled once per pipeline. :class:`DateMatcher` finds the same
matches as the regex, ~2x faster: it finds those positions in one scan and tries there
only the patterns that can start with the character found.
"""

from __future__ import annotations

import re
import re._compiler
import re._constants
import re._parser
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefextract.constants import APOSTROPHE, APOSTROPHES
from briefextract.rules.regex_tools import trie_pattern


def _alt(words: Iterable[str], *, icase: bool = False) -> str:
    """A non-capturing alternation of ``words``, longest first, spaces matching any whitespace,
    written as a prefix tree (``(?:Ma(?:rch|y)|...)``).

    The tree matches exactly as the longest-first list does: the words that match at a
    position are prefixes of one another (they read the same text), and both forms try
    the longer first, also on backtracking (the tree's optional tails are greedy). It is
    faster to fail (the engine reads each character once instead of trying every word)
    and compiles to less code, which matters more in the pipeline, where the other
    components leave the CPU caches cold: a tree whose branches each opened with a
    case-sensitive class and a lookbehind failed ~2x faster in a loop over the same texts,
    but made the matcher ~10% slower in the pipeline. ``icase``: in any case (:func:`_icase_trie`).
    """
    parts = sorted({w for w in words}, key=len, reverse=True)
    if icase:
        return _icase_trie(parts)
    return "(?:" + trie_pattern(parts, space=True) + ")"


def _icase_trie(words: Sequence[str]) -> str:
    """``(?i:w1|w2|...)`` of ``words`` (longest first) as a prefix tree, with the same matches.

    ASCII letters are lowered first, which ``(?i:...)`` does anyway, so case variants share
    one branch; a word with another cased character keeps the plain list (its case variants
    could sit on two branches).
    """
    if any(not w.isascii() and w.lower() != w.upper() for w in words):
        return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
    return "(?i:" + trie_pattern(list(dict.fromkeys(w.lower() for w in words)), space=True) + ")"


def _trie(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words`` as a prefix tree ("ma(?:y|r(?:ch)?)").

    Only for a lookahead, where just whether some word matches counts: it accepts the
    same strings as :func:`_alt`, but the regex engine reads each character once
    instead of trying hundreds of alternatives at every word start (~2x faster scan).
    """
    return "(?:" + trie_pattern(list(words), space=True) + ")"


CLAUSE_PUNCT = (",", ";", ":", "(", ")", "—", "–")  # marks that bound a clause for the tense test
#: a year the patterns read (%YEAR%), 1800-2099: also the events rules' test of a bare number
YEAR_PATTERN = r"(?:1[89]\d\d|20\d\d)"


@dataclass
class DateRules:
    """The compiled date patterns and the lexicon lookups the resolvers need."""

    regex: re.Pattern
    patterns: list[dict]
    lex: dict[str, Any]
    months: dict[str, int]
    future: frozenset[str]
    past: frozenset[str]
    tense_words: frozenset[str]  # future | past
    ed_exceptions: frozenset[str]
    month_preceders: frozenset[str]
    strict_month_preceders: frozenset[str]
    ambiguous_months: frozenset[str]
    month_determiners: frozenset[str]  # "a June referendum": a month modifying the noun after it
    year_blockers_before: tuple[str, ...]
    year_blockers_after: tuple[str, ...]
    approx: frozenset[str]
    modifiers: dict[str, str]
    anchor_stop: frozenset[str]
    year_ok_before: frozenset[str]
    endpoint_words: frozenset[str]
    #: a renewal verb before an end point puts the end ahead of the publication ("extended ... through Jan. 10")
    renewal_verbs: frozenset[str] = frozenset()
    #: an -ed word after one of these is an adjective, no past verb ("the expedited reinstatement")
    adjective_openers: frozenset[str] = frozenset()
    bound_hedges: tuple[tuple[str, ...], ...] = ()
    reporting: frozenset[str] = frozenset()
    in_day_anchors: dict[str, str] = field(default_factory=dict)  # phrase -> granularity
    year_hedge_openers: frozenset[str] = frozenset()  # "since" of "since at least 2022"
    #: a "last"/"next" period after one of these is a duration, no point ("over the last year")
    rel_unit_duration_openers: frozenset[str] = frozenset()
    #: a same-day anchor's week after one of these is a duration ("over the previous week")
    anchor_week_duration_openers: frozenset[str] = frozenset()
    #: words that end a mention's clause for the tense test after it, spaced (" that "): a
    #: complementiser opens reported words ("said in April that ... will": April is the saying's)
    complementisers: tuple[str, ...] = ()
    #: a future marker followed by one of its words is no marker ("coming from", "set up")
    future_exceptions: dict[str, frozenset[str]] = field(default_factory=dict)
    #: modal verbs before a participle make it future ("will be held"); a contracted one ("they’ll",
    #: one word for the word pattern) is a suffix, with any of ``constants.APOSTROPHES``
    modals: frozenset[str] = frozenset()
    modal_suffixes: tuple[str, ...] = ()
    #: pattern group name ("p3") -> its rule id, kind and groups' (short, full) names, filled as
    #: patterns match (``rules.dates._pattern_of``)
    group_names: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    #: finds ``regex``'s matches fast (``matcher.finditer(text)``)
    matcher: DateMatcher | None = None


def compile_rules(patterns: Sequence[dict], lex: dict[str, Any],
                  foreign_months: dict[str, int] | None = None) -> DateRules:
    """Fill the placeholders and join every pattern into one regex (group names prefixed ``p<i>_``).

    ``foreign_months`` (``dates/foreign_months.json``, built by ``scripts/build_date_words.py``):
    other languages' month names, read only where a pattern names them (``%FOREIGNMONTH%``: a
    site's stamp "28 декабря 2022" in an English text).
    """
    # a month in capitals ("STEPANAKERT, JANUARY 22, AGENCY:" of a wire dateline or a headline) is a month
    months = {**lex["months"], **{k.upper(): v for k, v in lex["months"].items()}}
    foreign = {k: v for k, v in (foreign_months or {}).items() if k not in months}
    months_x = {**months, **lex.get("month_abbreviations", {}), **foreign}
    fill = {
        "YEAR": YEAR_PATTERN,
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
        "MONTH": _alt(months),
        "MONTHX": f"(?:{_alt(months)}|{_alt(lex.get('month_abbreviations', {}))}\\.?)",  # "Sept." but not "May."
        "FOREIGNMONTH": _alt(foreign) if foreign else r"(?!)",
        "WEEKDAY": _alt(lex["weekdays"]),
        "MOD": _alt([k for k in lex["modifiers"] if " " not in k], icase=True),
        "MODPHRASE": _alt([k for k in lex["modifiers"] if " " in k], icase=True),
        "RELYEAR": _alt(["this", "last", "next"], icase=True),
        "RELMONTH": _alt(["this", "last", "next"], icase=True),
        "RELUNIT": _alt(["this", "last", "next", "current"], icase=True),
        "RELWEEKDAY": _alt(["this", "last", "next"], icase=True),
        "SIDE": _alt(lex["relative_side"], icase=True),
        "UNIT": _alt(lex["units"], icase=True),
        "SEASON": _alt(lex["seasons"], icase=True),
        "ORD": _alt({o for table in lex["parts"].values() for o in table}, icase=True),
        "DEICTIC": _alt(lex["deictic_days"], icase=True),
        "NUM": _alt(lex["number_words"], icase=True),
        "OFFUNIT": _alt(lex["offset_units"], icase=True),
        "ANCHREL": _alt(lex["anchor_relations"], icase=True),
        "SAMEDAY": _alt(lex["same_day_anchors"], icase=True),
        "EVE": r"(?i:(?:on\s+)?the\s+eve\s+of)",
        "VAGUE": _alt(lex["vague"], icase=True),
        "HOLIDAY": _alt(lex["holidays"]),
        "APOS": APOSTROPHE,
    }
    alternatives = []
    for i, pat in enumerate(patterns):
        body = re.sub(r"%([A-Z]+)%", lambda m: fill[m.group(1)], pat["pattern"])
        # an expression never runs across a line break ("... on 20\nJanuary" is two lines of a layout)
        body = body.replace(r"[-\s]", r"(?:-|[^\S\n])").replace(r"\s", r"[^\S\n]")
        body = re.sub(r"\(\?P<(\w+)>", rf"(?P<p{i}_\1>", body)
        body = re.sub(r"\(\?P=(\w+)\)", rf"(?P=p{i}_\1)", body)
        alternatives.append(f"(?P<p{i}>{body})")
    # An expression starts at the start of a word, or at digits glued to a word ("Yahoo01-07-2025"),
    # and its first word is a number or a word of the lexicon. Testing that once per position, before
    # the alternatives, spares trying all of them everywhere (the regex runs ~30x faster).
    firsts, pairs = _first_words(lex)
    led = "|".join(f"{_trie(_cases([w]))}\\s+(?:\\d|{APOSTROPHE}|{_trie(_cases(nxt))}\\b)" for w, nxt in sorted(pairs.items()))
    look = rf"(?=\d|{APOSTROPHE}|Q[1-4]\b|H[12]\b|{_trie(_cases(firsts))}\b|{led})"
    lead = r"(?:(?<![A-Za-z0-9])|(?<=[A-Za-z])(?=\d))" + look
    regex = re.compile(lead + "(?:" + "|".join(alternatives) + ")")
    # the same test as `look`, as one trie whose words carry what must follow them: the matcher's
    # scan runs it after each space or punctuation mark of a text (~1.3x faster than `look`)
    followers = {w: r"\b" for w in _cases(firsts)}
    for w, nxt in pairs.items():
        followers.update({c: f"\\s+(?:\\d|{APOSTROPHE}|{_trie(_cases(nxt))}\\b)" for c in _cases([w])})
    scan_look = rf"(?=\d|{APOSTROPHE}|Q[1-4]\b|H[12]\b|{_trie_with_followers(followers)})"
    return DateRules(
        regex=regex,
        patterns=list(patterns),
        lex=lex,
        months=months_x,
        future=frozenset(lex["future_markers"]),
        past=frozenset(lex["past_markers"]),
        tense_words=frozenset(lex["future_markers"]) | frozenset(lex["past_markers"]),
        ed_exceptions=frozenset(lex.get("ed_exceptions", ())),
        future_exceptions={w: frozenset(nxt) for w, nxt in lex.get("future_marker_exceptions", {}).items()},
        modals=frozenset(lex.get("modals", ())) | frozenset(_contracted(lex)),
        modal_suffixes=tuple(_contracted(lex)),
        month_preceders=frozenset(lex["month_preceders"]),
        strict_month_preceders=frozenset(lex["strict_month_preceders"]),
        ambiguous_months=frozenset(lex["ambiguous_months"]) | {m.upper() for m in lex["ambiguous_months"]},
        month_determiners=frozenset(lex.get("month_determiners", ())),
        year_blockers_before=tuple(lex["year_blockers_before"]),
        year_blockers_after=tuple(lex["year_blockers_after"]),
        approx=frozenset(lex["approx_words"]),
        modifiers={k.lower(): v for k, v in lex["modifiers"].items()},
        anchor_stop=frozenset(lex.get("anchor_stopwords", ())),
        year_ok_before=frozenset(lex.get("year_capitalised_ok_before", ())),
        endpoint_words=frozenset(lex.get("endpoint_words", ())),
        renewal_verbs=frozenset(lex.get("renewal_verbs", ())),
        adjective_openers=frozenset(lex.get("adjective_openers", ())),
        bound_hedges=tuple(sorted({tuple(h.lower().split()) for h in lex.get("offset_bound_hedges", ())},
                                  key=len, reverse=True)),
        reporting=frozenset(lex.get("reporting_verbs", ())),
        in_day_anchors={p.lower(): g for p, g in lex.get("in_day_anchors", {}).items()},
        year_hedge_openers=frozenset(lex.get("year_hedge_openers", ())),
        rel_unit_duration_openers=frozenset(lex.get("rel_unit_duration_openers", ())),
        anchor_week_duration_openers=frozenset(lex.get("anchor_week_duration_openers", ())),
        complementisers=tuple(f" {w} " for w in lex.get("complementisers", ())),
        matcher=DateMatcher(scan_look, alternatives, regex),
    )


_LEADING_FUNCTION_WORDS = frozenset({"the", "on", "in", "at", "a", "an", "that"})


def _first_words(lex: dict[str, Any]) -> tuple[set[str], dict[str, set[str]]]:
    """The words an expression can start with, and for very common function words
    ("the", "a", "on", ...) the words that must follow them ("the same day", "a year later").

    Used as one lookahead in front of the alternatives, so the regex tries them at few positions.
    """
    words: set[str] = set()
    pairs: dict[str, set[str]] = {w: set() for w in _LEADING_FUNCTION_WORDS}
    unit_words = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
    pairs["the"].update(unit_words | set(lex["seasons"]) | set(lex["parts"]["quarter"]))
    pairs["a"].update(unit_words)
    pairs["an"].update(unit_words)
    for key in ("months", "month_abbreviations", "weekdays", "modifiers", "relative", "relative_side",
                "seasons", "deictic_days", "number_words", "same_day_anchors", "vague", "units"):
        for phrase in lex.get(key, {}):
            first, *rest = phrase.lower().split()
            if first in pairs:
                if rest:
                    pairs[first].add(rest[0])
            else:
                words.add(first)
    for table in lex.get("parts", {}).values():
        words.update(table)
    pairs["on"].add("the")
    for phrase in lex.get("holidays", {}):  # "New Year's Day": "new" leads only before "year's"
        first, second, *_ = phrase.lower().split()
        pairs.setdefault(first, set()).add(second)
    return words, {k: v for k, v in pairs.items() if v}


def _trie_with_followers(followers: dict[str, str]) -> str:
    """A prefix tree of the words of ``followers``, each word followed by its own pattern.

    ``{"the": r"\\s+year", "them": r"\\b"}`` gives ``the(?:m\\b|\\s+year)``: the engine reads a
    word's letters once, however many words start with them. For a lookahead only (the
    order of the branches is not the order of the words).
    """
    root: dict = {}
    for word, follower in followers.items():
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = follower

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


def _cases(words: Iterable[str]) -> set[str]:
    """lower, Capitalised and UPPER forms: a case-sensitive alternation is much faster than (?i:...)."""
    return {f(w) for w in words for f in (str.lower, str.capitalize, str.upper)}


class DateMatcher:
    """``regex.finditer(text)`` of the whole alternation, without trying it at every position.

    Why: Python's regex engine tries the alternation at each of a text's ~4,000 positions,
    and at each of the ~50 positions where an expression may start it tries all ~40
    patterns in turn (~6 µs). This finds the same matches in two steps:

    1. *Where an expression may start*: the positions that pass the alternation's
       leading test (``lead``: a word start or digits glued to a word, then a lexicon
       word or a number). Two scans find them, each led by a character class the engine
       skips ahead on in C: a non-alphanumeric character followed by ``look`` (the
       lead's lookahead, written as one trie), and a digit glued to a letter
       ("Yahoo01-07-2025").
    2. *Which pattern matches there*: only the patterns that can begin with the
       character found there, in their original order, each tried alone with ``match``
       (a lookbehind still sees the text before the position). The pattern subsets per
       first character are read from the parsed patterns (:func:`_first_chars`).

    Walking the candidate positions left to right and skipping those inside the previous
    match reproduces ``finditer``: leftmost match first, same pattern, same groups.
    """

    def __init__(self, look: str, alternatives: Sequence[str], full: re.Pattern) -> None:
        self.full = full
        self.alternatives = list(alternatives)
        self.after_separator = re.compile(rf"[^A-Za-z0-9]{look}")
        # \d is any Unicode digit: the class also admits non-ASCII characters (few in a text)
        self.glued_digit = re.compile(r"[0-9\x80-\U0010FFFF](?<=[A-Za-z]\d)")
        firsts = [_first_chars(alt) for alt in alternatives]
        #: key character -> the indices of the patterns that can start with it (in their order)
        self.subsets = {ch: tuple(i for i, f in enumerate(firsts) if f is None or ch in f) for ch in _KEY_CHARS}
        #: key character -> its patterns, each compiled alone, filled on first use
        self.by_first_char: dict[str, tuple[re.Pattern, ...]] = {}
        self._compiled: dict[int, re.Pattern] = {}

    def _patterns_for(self, ch: str) -> tuple[re.Pattern, ...]:
        """The patterns that can start with ``ch``, in their order, each compiled alone (or the
        whole alternation, with its leading test, for a character without its own subset).

        Tried one by one, the first that matches gives the match their alternation gives (the
        patterns share no groups). Alone rather than as one alternation per character: ~40
        compiled patterns instead of ~27 alternations holding ~5x as much regex code, which
        the pipeline's cold CPU caches read ~5% faster despite the Python loop over them.
        """
        subset = self.subsets.get(ch)
        if subset is None:
            patterns: tuple[re.Pattern, ...] = (self.full,)
        else:
            patterns = tuple(self._alternative(i) for i in subset)
        self.by_first_char[ch] = patterns
        return patterns

    def _alternative(self, i: int) -> re.Pattern:
        """Pattern ``i`` compiled alone, once (~40 in all)."""
        pattern = self._compiled.get(i)
        if pattern is None:
            pattern = self._compiled[i] = re.compile(self.alternatives[i])
        return pattern

    def candidates(self, text: str) -> list[int]:
        """Every position where the alternation's leading test passes, in text order; and 0,
        where it is not tested (the whole alternation, with its test, is tried there)."""
        found = [m.start() + 1 for m in self.after_separator.finditer(text)]
        glued = [m.start() for m in self.glued_digit.finditer(text)]
        if glued:
            found = sorted(found + glued)
        return [0, *found]

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches ``self.full.finditer(text)`` gives, in the same order."""
        known = self.by_first_char
        end = 0
        for pos in self.candidates(text):
            if pos < end:
                continue
            if pos == 0:
                match = self.full.match(text, 0)
            else:
                ch = text[pos]
                match = _first_match(known[ch] if ch in known else self._patterns_for(ch), text, pos)
            if match is not None:
                end = match.end()
                yield match


def _first_match(patterns: Sequence[re.Pattern], text: str, pos: int) -> re.Match | None:
    """The match at ``pos`` of the first of ``patterns`` that matches there (their alternation's match)."""
    for pattern in patterns:
        match = pattern.match(text, pos)
        if match is not None:
            return match
    return None


#: Characters with their own pattern subset; any other first character gets the whole alternation.
_KEY_CHARS = [chr(c) for c in range(128)] + [a for a in APOSTROPHES if not a.isascii()]

_FLAGS_UNICODE = re._constants.SRE_FLAG_UNICODE  # the default of every str pattern


def _contracted(lex: dict) -> list[str]:
    """The contracted modals ("'ll") written with each apostrophe ("’ll", "ʼll")."""
    return [a + m[1:] for m in lex.get("contracted_modals", ()) for a in APOSTROPHES]


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters of ``_KEY_CHARS`` a match of ``pattern`` can begin with; None when
    the analysis cannot tell (a match may be empty, or begin with a back-reference).

    Reads the parsed pattern (``re._parser``): the first consuming item of each branch,
    past optional items and zero-width assertions, each tested on every key character by
    compiling that item alone (so character classes, categories and ``(?i:...)`` behave
    exactly as in the full pattern).
    """
    items, nullable = _first_items(re._parser.parse(pattern).data, 0)
    if nullable or items is None:
        return None
    chars: set[str] = set()
    for item, flags in items:
        state = re._parser.State()
        state.flags = _FLAGS_UNICODE | flags
        one = re._compiler.compile(re._parser.SubPattern(state, [item]), state.flags)
        chars.update(ch for ch in _KEY_CHARS if one.fullmatch(ch))
    return frozenset(chars)


_C = re._constants
_ZERO_WIDTH = (_C.ASSERT, _C.ASSERT_NOT, _C.AT)
_ONE_CHAR = (_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)


def _first_items(data: Sequence, flags: int) -> tuple[list | None, bool]:
    """(the one-character items a match of the item sequence ``data`` can begin with, with
    their flags; whether it can match empty). None for the items: anything may come first."""
    out: list = []
    for op, av in data:
        if op in _ONE_CHAR:
            return out + [((op, av), flags)], False
        if op in _ZERO_WIDTH:
            continue
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            found, nullable = _first_items(sub.data, (flags | add_flags) & ~del_flags)
        elif op is _C.ATOMIC_GROUP:
            found, nullable = _first_items(av.data, flags)
        elif op is _C.BRANCH:
            found, nullable = [], False
            for branch in av[1]:
                items, empty = _first_items(branch.data, flags)
                if items is None:
                    return None, False
                found += items
                nullable = nullable or empty
        elif op in _REPEATS:
            low, _high, sub = av
            found, nullable = _first_items(sub.data, flags)
            nullable = nullable or low == 0
        else:  # a back-reference or anything unforeseen: no claim
            return None, False
        if found is None:
            return None, False
        out += found
        if not nullable:
            return out, False
    return out, True
