"""``Pattern.finditer`` for patterns that open with a lookaround, tried only where they can begin.

Why: Python's regex engine skips ahead quickly only when a pattern opens with a
literal or a character class that few characters of the text belong to. A
pattern that opens with ``\\b``, a lookbehind, a lookahead or ``^`` (the persons rules'
organisation lists, platform names) is tried position by
position instead: ~35-45 ns per character, ~0.15-0.2 ms per article for each.
:func:`finditer_at` tries such a pattern only at the positions a cheap search
found (``str.find`` for literal strings and line breaks, a
literal space in a letters-only view of the text for whole lower-case words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from briefextract.rules.regex_tools import trie_pattern


def finditer_at(pattern: re.Pattern, text: str, positions: Iterable[int]) -> Iterator[re.Match]:
    """Exactly ``pattern.finditer(text)`` for a ``pattern`` that never matches the empty string.

    ``positions`` (ascending) must hold every position where ``pattern`` can
    begin a match; others are harmless (the pattern fails there). As ``finditer``
    does, the next match is searched from the end of the previous one, and
    lookbehinds and ``\\b`` still see the text before each position.
    """
    match = pattern.match
    pos = 0
    for at in positions:
        if at < pos:
            continue  # inside the previous match
        m = match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """Ascending start positions of every occurrence of every needle (overlapping
    ones too), found with ``str.find`` (a C scan, ~1 µs per article and needle)."""
    found = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.add(at)
            at = text.find(needle, at + 1)
    return sorted(found)


def line_starts(text: str) -> list[int]:
    """Every position where ``(?m)^`` matches: 0 and the position after each "\\n"
    (a pattern anchored there is tried ~15 times per article, not at every character)."""
    return [0, *(at + 1 for at in occurrences(text, ("\n",)))]


#: Lower-cases the bytes A-Z, keeps a-z and makes every other byte a space (letter_view).
_ASCII_LETTERS_LOWER = bytes(b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 else 32 for b in range(256))


def letter_view(text: str) -> bytes:
    """The text as bytes in which the ASCII letters are lower case and every other
    character is a space, after one more space.

    Character ``i`` of the text is byte ``i + 1`` (a character outside Latin-1
    becomes one "?" before it becomes a space), so each a-z word of the text
    stands between spaces. :func:`word_pattern` finds words there at C speed: the
    search jumps from space to space instead of trying every character. (Only "İ"
    and the Kelvin sign "K" lower-case to an ASCII letter, and ``(?i:...)`` also
    matches "ı" and "ſ" to one: a caller that needs case-insensitive hits checks
    for those four first.)
    """
    return b" " + text.encode("latin-1", "replace").translate(_ASCII_LETTERS_LOWER)


def word_pattern(words: Iterable[str]) -> re.Pattern:
    """Finds, in a :func:`letter_view`, the space before any of ``words`` (a-z and
    single spaces) standing as a whole word, the word in group 1; ``word_hits`` turns
    the hits into text positions."""
    return re.compile(rb" (?=(" + trie_pattern(sorted(set(words))).encode("ascii") + rb")(?![a-z]))")


def word_hits(view: bytes, pattern: re.Pattern) -> list[tuple[int, str]]:
    """(text position, word) of each whole word of ``pattern`` (:func:`word_pattern`):
    the hit is the space at view byte ``p``, the word's first letter is byte ``p + 1``,
    i.e. text character ``p``. One scan finds the words of several rules at once."""
    return [(m.start(), m.group(1).decode("ascii")) for m in pattern.finditer(view)]
