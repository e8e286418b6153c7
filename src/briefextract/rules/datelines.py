"""Datelines: the stamp that opens a wire story ("BRUSSELS (Reuters) -", "WASHINGTON,
Jane Doe (dpa)-", "KYIV, Ukraine —", "MOSCOW" on a line of its own).

The place and agency of a dateline stamp the story; they take no part in it: no
sanctions imposer or target, no event participant. The sanctions and events rules
read datelines here, so both agree on what one is.
"""

from __future__ import annotations

from collections.abc import Iterable

#: a dateline prefix ends with one of these within ``DATELINE_SPAN`` tokens of its place
DATELINE_DASHES = frozenset({"-", "—", "–", ":", "--"})
DATELINE_SPAN = 12


def dateline_end(words: list[str], keys: list[str], is_space: list[bool], starts: list[int], text: str,
                 start: int, end: int) -> int | None:
    """The token after a dateline prefix opened by the actor span at ``start``..``end``, else None.

    ``words`` / ``keys``: the tokens as written and lower-cased; ``starts``: their
    character offsets in ``text``. A dateline opens a line with an upper-case place
    ("BRUSSELS", "KYIV, Ukraine") or a place before a bracketed agency ("Minsk
    (Reuters)"), and closes with a dash or colon a few tokens on ("BRUSSELS (Reuters)
    -", "WASHINGTON, Jane Doe (dpa)-") or with the line itself ("MOSCOW" alone).
    """
    if start and not (is_space[start - 1] and "\n" in words[start - 1]):
        return None
    place = text[starts[start] : starts[end - 1] + len(words[end - 1])]
    n = len(words)
    upper = place.isupper() and len(place) > 3  # ("US", "UK", "EU" open headlines, not datelines)
    if end >= n or (is_space[end] and "\n" in words[end]):
        return end if upper else None  # "MOSCOW" on a line of its own
    if keys[end] != "(" and not (upper and (keys[end] == "," or keys[end] in DATELINE_DASHES)):
        return None
    depth = 0
    for j in range(end, min(n, end + DATELINE_SPAN)):
        k, word = keys[j], words[j]
        spaced = j == end or text[starts[j] - 1 : starts[j]] in (" ", ")")
        if (k in DATELINE_DASHES and spaced) or (j > end and k[-1] in "-—–" and k[-2:-1] == ")"):
            return j  # (the tokenizer may keep "dpa)-" whole)
        if is_space[j] and "\n" in word or k in (".", ";", "?", "!"):
            return None
        depth += k.count("(") - k.count(")")
        if depth <= 0 and word.isalpha() and word.islower():
            return None  # "US announces new sanctions": a sentence, not a stamp
    return None


def dateline_ranges(words: list[str], keys: list[str], is_space: list[bool], starts: list[int], text: str,
                    spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` token ranges of the datelines opened by the actor ``spans``
    (start, end; in text order): only a span opening a line is looked at."""
    out = []
    for start, end in spans:
        if (start == 0 or is_space[start - 1]) and (not out or start >= out[-1][1]):
            stamp = dateline_end(words, keys, is_space, starts, text, start, end)
            if stamp is not None:
                out.append((start, stamp))
    return out
