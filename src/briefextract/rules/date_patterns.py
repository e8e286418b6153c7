"""Date patterns: the lexicon-filled alternatives of ``dates/patterns.jsonl`` joined into one regex.

The matcher half of the date rules (``rules/dates.py`` runs it, ``rules/date_resolver.py``
turns its matches into ISO values). Every alternative is a pattern whose ``%WORD%``
placeholders are filled from ``lexicon.json`` (month names, weekdays, modifiers,
relative words) and whose group names get a ``p<i>_`` prefix; the whole alternation
sits behind one lookahead on the words an expression can start with, so it is tried
at few positions. Compiled once per pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefextract.rules.regex_tools import trie_pattern


def _alt(words: Iterable[str], *, icase: bool = False) -> str:
    """A non-capturing alternation of ``words``, longest first, spaces matching any whitespace."""
    parts = sorted({w for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return f"(?i:{body})" if icase else f"(?:{body})"


def _trie(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words`` as a prefix tree ("ma(?:y|r(?:ch)?)").

    Only for a lookahead, where just whether some word matches counts: it accepts the
    same strings as :func:`_alt`, but the regex engine reads each character once
    instead of trying hundreds of alternatives at every word start (~2x faster scan).
    """
    return "(?:" + trie_pattern(list(words), space=True) + ")"


@dataclass
class DateRules:
    """The compiled date patterns and the lexicon lookups the resolvers need."""

    regex: re.Pattern
    patterns: list[dict]
    lex: dict[str, Any]
    months: dict[str, int]
    future: frozenset[str]
    past: frozenset[str]
    ed_exceptions: frozenset[str]
    month_preceders: frozenset[str]
    strict_month_preceders: frozenset[str]
    ambiguous_months: frozenset[str]
    year_blockers_before: tuple[str, ...]
    year_blockers_after: tuple[str, ...]
    approx: frozenset[str]
    modifiers: dict[str, str]
    anchor_stop: frozenset[str]
    year_ok_before: frozenset[str]
    endpoint_words: frozenset[str]
    bound_hedges: tuple[tuple[str, ...], ...] = ()
    reporting: frozenset[str] = frozenset()
    in_day_anchors: dict[str, str] = field(default_factory=dict)  # phrase -> granularity
    #: pattern group name ("p3") -> its groups' (short, full) names, filled as patterns match
    group_names: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


def compile_rules(patterns: Sequence[dict], lex: dict[str, Any]) -> DateRules:
    """Fill the placeholders and join every pattern into one regex (group names prefixed ``p<i>_``)."""
    months = dict(lex["months"])
    months_x = {**months, **lex.get("month_abbreviations", {})}
    fill = {
        "YEAR": r"(?:1[89]\d\d|20\d\d)",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
        "MONTH": _alt(months),
        "MONTHX": f"(?:{_alt(months)}|{_alt(lex.get('month_abbreviations', {}))}\\.?)",  # "Sept." but not "May."
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
    led = "|".join(f"{_trie(_cases([w]))}\\s+(?:\\d|['’]|{_trie(_cases(nxt))}\\b)" for w, nxt in sorted(pairs.items()))
    regex = re.compile(
        r"(?:(?<![A-Za-z0-9])|(?<=[A-Za-z])(?=\d))"
        rf"(?=\d|['’]|Q[1-4]\b|H[12]\b|{_trie(_cases(firsts))}\b|{led})"
        "(?:" + "|".join(alternatives) + ")"
    )
    return DateRules(
        regex=regex,
        patterns=list(patterns),
        lex=lex,
        months=months_x,
        future=frozenset(lex["future_markers"]),
        past=frozenset(lex["past_markers"]),
        ed_exceptions=frozenset(lex.get("ed_exceptions", ())),
        month_preceders=frozenset(lex["month_preceders"]),
        strict_month_preceders=frozenset(lex["strict_month_preceders"]),
        ambiguous_months=frozenset(lex["ambiguous_months"]),
        year_blockers_before=tuple(lex["year_blockers_before"]),
        year_blockers_after=tuple(lex["year_blockers_after"]),
        approx=frozenset(lex["approx_words"]),
        modifiers={k.lower(): v for k, v in lex["modifiers"].items()},
        anchor_stop=frozenset(lex.get("anchor_stopwords", ())),
        year_ok_before=frozenset(lex.get("year_capitalised_ok_before", ())),
        endpoint_words=frozenset(lex.get("endpoint_words", ())),
        bound_hedges=tuple(sorted({tuple(h.lower().split()) for h in lex.get("offset_bound_hedges", ())},
                                  key=len, reverse=True)),
        reporting=frozenset(lex.get("reporting_verbs", ())),
        in_day_anchors={p.lower(): g for p, g in lex.get("in_day_anchors", {}).items()},
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
    return words, {k: v for k, v in pairs.items() if v}


def _cases(words: Iterable[str]) -> set[str]:
    """lower, Capitalised and UPPER forms: a case-sensitive alternation is much faster than (?i:...)."""
    return {f(w) for w in words for f in (str.lower, str.capitalize, str.upper)}
