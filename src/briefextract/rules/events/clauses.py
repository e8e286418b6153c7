"""Clauses: where a trigger's clause begins and ends within its sentence.

There is no parser, so a clause is the tokens of a sentence between clause breaks
(``;``, brackets, ``which``, ``who``, ``after``, anchor expressions ...; cues.json
``clause_break``). A short quoted phrase or bracketed name is part of its clause.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import compress
from typing import NamedTuple

from spacy.tokens import Doc

from briefextract.rules.events.lexicon import EventLexicon
from briefextract.rules.persons import ARTICLES
from briefextract.rules.tokens import token_arrays


def cue_positions(lowers: list[str], lex: EventLexicon) -> list[int]:
    """Every index where a rule may start (a clause break, a bracket, a trigger's or an anchor's
    first word) or a trigger or anchor has its uncommon word ("the day after": "day"). One pass
    over the document's words; each rule then looks at these only."""
    return list(compress(range(len(lowers)), map(lex.cue_starts.__contains__, lowers)))  # in C


class ClauseBreaks(NamedTuple):
    """Where clauses end: a flag per token, and the positions of the set flags in order.

    The positions let ``clause_of`` find a clause's ends with two bisections instead of
    walking the sentence token by token (a clause is often 20-40 words long).
    """

    flags: list[bool]
    at: list[int]  # the indices whose flag is set, increasing


def clause_breaks(
    doc: Doc, lex: EventLexicon, anchor_spans: Iterable[tuple[int, int]], lowers: list[str] | None = None,
    positions: list[int] | None = None,
) -> ClauseBreaks:
    """Which tokens end a clause. ``positions`` is ``cue_positions(lowers, lex)`` when the caller has it."""
    lowers = lowers if lowers is not None else token_arrays(doc).lower
    positions = range(len(lowers)) if positions is None else positions
    n = len(lowers)
    flags = [False] * n
    # a break word after an article is a noun or adjective ("the following day", "the response
    # of the ministry"), not a conjunction; "in the wake of" still breaks
    breaks = lex.clause_break
    break_words = [i for i in positions if lowers[i] in breaks]
    for i in break_words:
        w = lowers[i]
        flags[i] = not (i and w.isalpha() and lowers[i - 1] in ARTICLES and (i < 2 or lowers[i - 2] != "in"))
        if flags[i] and i + 1 < n and lowers[i + 1] in lex.not_break_before.get(w, ()):
            flags[i] = False  # "released as a group Tuesday": a preposition, not a conjunction
    reach = lex.paren_transparent + 1
    # a short quoted word or phrase with no punctuation in it is part of its clause (scare quotes:
    # 'arrested “unjustly” by Iran in 2016', 'accused of a “terrorist act” on Friday'); a quoted
    # utterance (“We won,” he said) ends in punctuation inside and still breaks; read before the
    # brackets, so that a quoted short name in brackets ('the Office of Foreign Assets Control
    # (“OFAC”) revoked') leaves them transparent too
    closed = -1
    for i in [i for i in positions if lowers[i] in OPEN_QUOTES]:
        if i <= closed or not flags[i]:
            continue
        j = closing_quote(lowers, i, i + 1, reach)
        if j >= 0:
            flags[i] = flags[j] = False
            closed = j
    # so is a short bracketed name or abbreviation ("the National League for Democracy (NLD) were
    # arrested", "Pres. Trump (R)"): only a longer aside breaks the clause
    closed = -1  # the ")" of the last transparent pair: brackets up to it are done
    for i in [i for i in positions if lowers[i] == "("]:
        if i <= closed:
            continue
        j = i + 1
        while j < n and j - i <= reach and lowers[j] != ")" and not flags[j]:
            j += 1
        if j < n and lowers[j] == ")" and j - i <= reach:
            flags[i] = flags[j] = False
            closed = j
    at = {i for i in break_words if flags[i]}
    for s, e in anchor_spans:
        for i in range(s, e):
            flags[i] = True
            at.add(i)
    return ClauseBreaks(flags, sorted(at))


def next_break(breaks: ClauseBreaks, i: int, end: int) -> int:
    """The first clause break at or after token i and before ``end``; ``end`` when there is none
    (``i`` itself when it is not before ``end``)."""
    if i >= end:
        return i
    at = breaks.at
    k = bisect.bisect_left(at, i)
    return at[k] if k < len(at) and at[k] < end else end


def clause_of(i: int, sent: tuple[int, int], breaks: ClauseBreaks) -> tuple[int, int]:
    """Token range [start, end) of the clause around token i: the sentence cut at breaks."""
    s, e = sent
    a = i
    if i > s:
        k = bisect.bisect_left(breaks.at, i)  # breaks.at[k - 1] is the last break before i
        a = max(s, breaks.at[k - 1] + 1) if k else s
    return a, next_break(breaks, i + 1, e)


OPEN_QUOTES = frozenset({"“", "«", '"'})
CLOSE_QUOTES = {"“": "”", "«": "»", '"': '"'}


def closing_quote(lowers: list[str], open_at: int, start: int, reach: int) -> int:
    """The index of the mark closing the quotation opened at ``open_at`` when only words stand
    from ``start`` to it, at least one word is quoted and it is at most ``reach`` tokens after the
    opening; -1 otherwise. A short quotation of words only is a scare-quoted label or name, part
    of its clause (``clause_breaks``, ``mentions._scare_quoted``)."""
    close, j, n = CLOSE_QUOTES[lowers[open_at]], start, len(lowers)
    while j < n and j - open_at <= reach and lowers[j] != close and lowers[j][:1].isalnum():
        j += 1
    return j if open_at + 1 < j < n and j - open_at <= reach and lowers[j] == close else -1
