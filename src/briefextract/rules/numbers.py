"""Number parsing: digits, number words, ordinals, scales.

Number words are a closed class, so they are a lexicon (``counts/numbers.json``)
rather than a library: quantulum3 reads "fourth" as 0.25, text2num / word2number /
number-parser misread ordinals or scales. :class:`NumberLexicon` compiles that
lexicon once into

* ``regex``: one pattern that finds every atomic number expression in a text
  (``8,000``, ``1.5 billion``, ``11.1bn``, ``19th``, ``fifty-two``,
  ``one hundred and twenty``, ``a dozen``, ``Thirty-one``), with an optional
  percent tail (``80 per cent``, ``20%``);
* parsers that turn what the regex found into a value (``parse``).

Context (is it a year? a date? what is counted?) is not decided here but in
``rules/counts.py``; this module only answers "which number is written here".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from briefextract.rules.regex_tools import trie_pattern

# The digit grammar (thousands separators, decimals) is not a lexicon but the
# shape of a written number; it lives here, once.
# thousands separated by commas or by a (narrow) no-break space ("10\u202f000"); starts
# with \d so the regex engine scans fast
_DIGITS = r"\d(?:\d{0,2}(?:,\d{3})+|\d{0,2}(?:[\u00a0\u202f]\d{3})+|\d*)(?:\.\d+)?"
#: the characters before a digit group that make it continue something: a word character
#: (``str.isalnum`` or "_", as regex ``\w``) or one of these
_BAD_BEFORE_PUNCT = frozenset("_.,/:+")
#: a hyphen (also the Unicode hyphen and non-breaking hyphen) after an ASCII letter
_HYPHENS = frozenset("-‐‑")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _continues_before(text: str, start: int) -> bool:
    """Whether the digit group at ``start`` (>= 1) continues a word (B30A, L3Harris, Q1), a
    name with a hyphen (Zapad-2025, Covid-19, F-16) or another number (10/09, 12:25,
    1.5 -> no "5"): read from the character(s) before it, as string tests (cheaper than a
    lookbehind at every position, and than two regex calls per number)."""
    before = text[start - 1]
    if before.isalnum():  # ... but for a dollar's country letters: "$US1.19", "$A2" (counts' currencies)
        return not (before.isupper() and _DOLLAR_LETTERS.search(text, max(0, start - 4), start))
    if before in _BAD_BEFORE_PUNCT:
        return True
    return before in _HYPHENS and start >= 2 and text[start - 2] in _ASCII_LETTERS
_DOLLAR_LETTERS = re.compile(r"\$[A-Z]{1,2}$")  # a dollar sign and its country's letters, glued before a number
_DIGITS_AFTER_NOT = r"(?![.,]\d)(?![/:]\d)"
#: Most number phrases whose parse is kept (NumberLexicon._cached_word_numbers); a few hundred occur
_WORD_CACHE_SIZE = 4096
_WORD_SPLIT = re.compile(r"[\s-]+")
_WORD_PIECE = re.compile(r"[^\W\d_]+")


class NumberMatch(NamedTuple):
    """One atomic number expression found in a text (character offsets).

    Immutable, like a frozen dataclass, but built ~4x faster (a frozen dataclass sets
    every field through ``object.__setattr__``); a text holds dozens of numbers.
    """

    start: int
    end: int
    value: float | int
    kind: str  # "cardinal" | "ordinal"
    form: str  # "digits" | "words"
    percent: bool = False
    scaled: bool = False  # a scale word or abbreviation multiplied the value
    abbreviation: str | None = None  # "bn", "m": scale abbreviation glued to the digits
    num_end: int = 0  # end of the number proper (before any percent tail)
    factor: int = 1  # the scale multiplier applied (1.5 billion -> 1000000000)


def _as_number(value: float) -> float | int:
    """8000.0 -> 8000; 1.5 stays 1.5 (floats only where the text has a fraction)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return round(value, 6) if isinstance(value, float) else value


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class NumberLexicon:
    """Number words, ordinals and scales from ``counts/numbers.json``, compiled once."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.units: dict[str, int] = data.get("units", {})
        self.tens: dict[str, int] = data.get("tens", {})
        self.hundreds: dict[str, int] = data.get("hundreds", {})
        self.scales: dict[str, int] = data.get("scales", {})
        self.multipliers: dict[str, int] = data.get("multipliers", {})
        self.abbreviations: dict[str, int] = data.get("scale_abbreviations", {})
        self.abbreviations_need_currency = set(data.get("scale_abbreviations_need_currency", []))
        #: abbreviations that may stand after a space ("USD 2 bn"); "5 m" stays metres
        self.abbreviations_spaced = [a for a in data.get("scale_abbreviations_spaced", []) if a in self.abbreviations]
        self.ordinals: dict[str, int] = data.get("ordinals", {})
        self.ordinal_suffixes = tuple(data.get("ordinal_suffixes", ["st", "nd", "rd", "th"]))
        self.articles = tuple(data.get("articles", ["a", "an"]))
        self.fraction_prefixes: dict[str, float] = data.get("fraction_prefixes", {})
        self.fraction_regex = (
            re.compile(rf"\b({_alternation(self.fraction_prefixes)})\s+$", re.IGNORECASE) if self.fraction_prefixes else None
        )
        self.percent_words = tuple(data.get("percent_words", ["%", "percent"]))
        #: number words a tokenizer's ``like_num`` does not flag ("dozen"), lower case
        self.extra_word_starts = frozenset(self.multipliers)
        self.digit_regex, self.word_regex = self._build_regexes()
        #: (words, pct) groups of a word match -> its numbers, offsets relative to the match
        self._word_cache: dict[tuple[str, str | None], list[tuple]] = {}

    # -- regex -------------------------------------------------------------
    def _build_regexes(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Two patterns, each fast to scan: digits (they start with ``\\d``) and number
        words (a case-sensitive trie of their lower / Capitalised / UPPER forms, about
        ten times faster than a case-insensitive alternation)."""
        cardinal_words = {**self.units, **self.tens, **self.hundreds, **self.scales, **self.multipliers}
        all_words = list(cardinal_words) + list(self.ordinals)
        word = _alternation(all_words)
        big = list(self.hundreds) + list(self.scales) + list(self.multipliers)
        first = trie_pattern(casings(all_words) + [f"{a} {b}" for a in casings(self.articles) for b in big])
        scale_words = _alternation(list(self.hundreds) + list(self.scales))
        and_after = "|".join(f"(?<={re.escape(w)})" for w in list(self.hundreds) + list(self.scales)) or "(?!)"
        word_seq = (
            rf"(?<![\w-]){first}\b"
            rf"(?i:(?:(?:\s+|-)(?:{word})\b|(?:{and_after})\s+and\s+(?:{word})\b)*)"
        )
        ordinal_digits = _alternation(self.ordinal_suffixes)
        abbreviations = _alternation(self.abbreviations)
        spaced = _alternation(self.abbreviations_spaced) or "(?!)"
        digits = (
            rf"(?P<digits>{_DIGITS}){_DIGITS_AFTER_NOT}"
            rf"(?i:(?P<ordsfx>{ordinal_digits})\b"
            rf"|(?P<abbr>{abbreviations})\b|\s(?P<abbr_sp>{spaced})\b"
            rf"|[\s-]?(?P<scale>(?:{scale_words})(?:\s+(?:{scale_words}))?)\b"
            rf"|(?![\w]))"
        )
        pct_words = []
        for w in self.percent_words:
            pct_words.append(r"\s?%" if w == "%" else r"\s" + r"\s+".join(re.escape(p) for p in w.split()) + r"\b")
        percent = "|".join(pct_words) or "(?!)"
        tail = rf"(?P<pct>(?i:{percent}))?"
        return re.compile(digits + tail), re.compile(rf"(?P<words>{word_seq})" + tail)

    # -- parsing -----------------------------------------------------------
    def finditer(self, text: str, word_starts: list[int] | None = None) -> list[NumberMatch]:
        """Every atomic number expression in ``text`` as a :class:`NumberMatch`, in text order.

        ``word_starts``: character offsets where a number word may start (a pipeline
        knows them from its tokens' ``like_num``); the word pattern is then tried only
        there instead of being scanned over the whole text.
        """
        found = []
        for m in self.digit_regex.finditer(text):
            start = m.start()
            if start and _continues_before(text, start):
                continue  # inside a word (B30A, Q1), a name (Zapad-2025, F-16) or another number (10/09)
            digits = m.group(1)  # (the ``digits`` group)
            if digits[0] == "0" and digits[1:2].isdigit():
                continue  # "007", "000": codes, not quantities
            parsed = self.from_match(m)
            if parsed is not None:
                found.append(parsed)
        if word_starts is None:
            word_matches = self.word_regex.finditer(text)
        else:
            word_matches = []
            covered = -1
            for start in word_starts:
                if start < covered:
                    continue  # "two" in "fifty-two": part of the previous match
                m = self.word_regex.match(text, start)
                if m is not None:
                    word_matches.append(m)
                    covered = m.end()
        for m in word_matches:
            for n in self._cached_word_numbers(m):
                found.append(self._with_fraction_prefix(text, n))
        found.sort(key=lambda n: n.start)
        return found

    def _with_fraction_prefix(self, text: str, n: NumberMatch) -> NumberMatch:
        """"half a million" -> 500000 (the fraction word joins the number)."""
        if self.fraction_regex is None or n.kind != "cardinal":
            return n
        fm = self.fraction_regex.search(text, max(0, n.start - 12), n.start)
        if fm is None:
            return n
        value = _as_number(n.value * self.fraction_prefixes[fm.group(1).lower()])
        return NumberMatch(fm.start(), n.end, value, n.kind, n.form, n.percent, n.scaled, n.abbreviation, n.num_end, n.factor)

    def _cached_word_numbers(self, m: re.Match[str]) -> list[NumberMatch]:
        """:meth:`_word_numbers` of a word match, parsed once per spelling per process.

        Why: the same few number phrases ("three", "million", "first") recur in every
        text, and parsing one (a ``groupdict`` of ten groups, the word grammar) costs
        more than rebuilding its matches. The numbers of a match depend only on its
        ``words`` and ``pct`` groups, their offsets on where it starts.
        """
        key = m.group("words", "pct")
        found = self._word_cache.get(key)
        if found is None:
            if len(self._word_cache) >= _WORD_CACHE_SIZE:  # a long batch meets new phrases forever: stay bounded
                self._word_cache.clear()
            base = m.start()
            found = self._word_cache[key] = [
                (n.start - base, n.end - base, n.value, n.kind, n.form, n.percent, n.scaled, n.abbreviation,
                 n.num_end - base, n.factor)
                for n in self._word_numbers(m)
            ]
        base = m.start()
        return [NumberMatch(base + s, base + e, value, kind, form, pct, scaled, abbr, base + ne, factor)
                for s, e, value, kind, form, pct, scaled, abbr, ne, factor in found]

    def _word_numbers(self, m: re.Match[str]) -> list[NumberMatch]:
        """The numbers in a run of number words: usually one ("fifty-two"), but "first two"
        or "one two" hold two, so the run is split greedily into its longest valid parts."""
        whole = self.from_match(m)
        if whole is not None:
            return [whole]
        text = m.string
        base = m.start("words")
        pieces = [(base + p.start(), base + p.end()) for p in _WORD_PIECE.finditer(m.group("words"))]
        out = []
        i = 0
        while i < len(pieces):
            for k in range(len(pieces), i, -1):
                parsed = self.parse_words(text[pieces[i][0] : pieces[k - 1][1]])
                if parsed is not None:
                    break
            else:
                i += 1
                continue
            value, kind = parsed
            start, end = pieces[i][0], pieces[k - 1][1]
            pct = k == len(pieces) and m.group("pct") is not None and kind == "cardinal"
            out.append(self._words_match(start, m.end() if pct else end, end, text[start:end], value, kind, pct))
            i = k
        return out

    def from_match(self, m: re.Match[str]) -> NumberMatch | None:
        if m.lastindex == 1 and m.re is self.digit_regex:
            # bare digits (the ``digits`` group is the first; suffix, scale and percent come after
            # it and matched nothing): most numbers of a text, read without a ``groupdict``
            return NumberMatch(
                m.start(), m.end(), _as_number(parse_digits(m.group(1))), "cardinal", "digits", False, False, None,
                m.end(), 1,
            )
        groups = m.groupdict()
        pct = groups.get("pct") is not None
        num_end = m.start("pct") if pct else m.end()
        if groups.get("digits") is not None:
            value: float | int = parse_digits(groups["digits"])
            kind = "ordinal" if groups.get("ordsfx") else "cardinal"
            factor = 1
            abbr = None
            if groups.get("abbr") or groups.get("abbr_sp"):
                abbr = (groups.get("abbr") or groups.get("abbr_sp")).lower()
                factor = self.abbreviations[abbr]
            elif groups.get("scale"):
                for w in groups["scale"].lower().split():
                    factor *= self.scales.get(w, self.hundreds.get(w, 1))
            if kind == "ordinal" and (pct or factor != 1 or isinstance(value, float)):
                return None
            return NumberMatch(
                m.start(), m.end(), _as_number(value * factor), kind, "digits", pct, factor != 1, abbr, num_end, factor
            )
        parsed = self.parse_words(groups["words"])
        if parsed is None:
            return None
        value, kind = parsed
        if kind == "ordinal" and pct:
            return None
        return self._words_match(m.start(), m.end(), num_end, groups["words"], value, kind, pct)

    def _words_match(self, start, end, num_end, words_text, value, kind, pct) -> NumberMatch:
        words = _word_tokens(words_text)
        scaled = any(w in self.scales for w in words)
        factor = self.scales.get(words[-1], 1) if words else 1  # "three million" -> 1000000
        return NumberMatch(start, end, value, kind, "words", pct, scaled, None, num_end, factor)

    def parse_words(self, text: str) -> tuple[float | int, str] | None:
        """(value, kind) of a number-word sequence, or None when it is not one number.

        "fifty-two" -> (52, cardinal); "a dozen" -> (12, cardinal); "twenty-first" ->
        (21, ordinal); "one hundred and twenty" -> (120, cardinal); "two million" ->
        (2000000, cardinal). Fractions ("one third") and ungrammatical sequences
        ("two three") are None.
        """
        words = _word_tokens(text)
        if not words:
            return None
        if words[0] in self.articles:
            if len(words) == 1:
                return None
            words = ["one", *words[1:]]
        elif words[0] in self.hundreds or words[0] in self.scales or words[0] in self.multipliers:
            return None  # "several hundred thousand", "dozen": vague without a number before
        total = 0
        current = 0
        last = None  # class of the previous word: unit, teen, tens, hundred, scale, mult
        for i, w in enumerate(words):
            if w in self.ordinals:
                if i != len(words) - 1:
                    return None
                v = self.ordinals[w]
                if last is None:
                    return v, "ordinal"
                if v < 10 and last == "tens":
                    return total + current + v, "ordinal"
                if v >= 100 and last in ("unit", "tens", "teen"):
                    return None  # "one hundredth": a fraction
                if last in ("hundred", "scale") and v < 100:
                    return total + current + v, "ordinal"
                return None  # "one third", "two fifths": fractions
            if w in self.units:
                v = self.units[w]
                if last in ("unit", "teen", "mult"):
                    return None
                if last == "tens" and (v == 0 or v >= 10):
                    return None
                current += v
                last = "unit" if v < 10 else "teen"
            elif w in self.tens:
                if last in ("unit", "teen", "tens", "mult"):
                    return None
                current += self.tens[w]
                last = "tens"
            elif w in self.hundreds:
                if last in ("hundred",):
                    return None
                current = (current or 1) * self.hundreds[w]
                last = "hundred"
            elif w in self.scales:
                if last == "scale" and current == 0:
                    total = (total or 1) * self.scales[w]
                else:
                    total += (current or 1) * self.scales[w]
                current = 0
                last = "scale"
            elif w in self.multipliers:
                current = (current or 1) * self.multipliers[w]
                last = "mult"
            else:
                return None
        return _as_number(total + current), "cardinal"

    def currency_abbreviation_ok(self, abbreviation: str | None, has_currency: bool) -> bool:
        """"5m" is metres unless money: ambiguous abbreviations need a currency."""
        return abbreviation is None or has_currency or abbreviation not in self.abbreviations_need_currency


def casings(words) -> list[str]:
    """Each word in lower case, Capitalised and UPPER case (for case-sensitive tries)."""
    return sorted({f(w) for w in words for f in (str.lower, str.capitalize, str.upper)})


@lru_cache(maxsize=4096)  # the same few number phrases ("two", "a dozen") recur in every text
def _word_tokens(text: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD_SPLIT.split(text.lower()) if w and w != "and")


def parse_digits(text: str) -> float | int:
    """ "8,000" -> 8000, "1.5" -> 1.5, "3000" -> 3000."""
    clean = text.replace(",", "").replace("\u00a0", "").replace("\u202f", "")
    return _as_number(float(clean)) if "." in clean else int(clean)
