"""Temporal expressions: find them with one compiled regex, resolve them to TIMEX3-style ISO values.

Why a regex over the text rather than token patterns: dates hide inside tokens
("Yahoo01-07-2025"), around dashes the tokenizer splits ("12–13 December") and in
numeric stamps; one alternation over ``doc.text`` finds them all in a single pass
with exact character offsets. Every alternative is a pattern from
``models/briefextract-en/dates/patterns.jsonl`` whose ``%WORD%`` placeholders are
filled from ``lexicon.json`` (month names, weekdays, modifiers, relative words),
compiled once per pipeline.

Resolution is our own (microseconds per mention): explicit calendar forms are
read as written, year-less forms take their year from the document creation
time (DCT, ``meta.published``) and the tense around them (a month after the
publication month in a past-tense sentence is last year's), relative forms
("last week", "this year", "on Monday") count from the DCT, and event-anchored
forms ("five days before Trump's order", "the same day") count from a date the
text gives for their anchor. A value never carries a day or month the text did
not give. dateparser is only a cached fallback for odd calendar forms
(``rules/timex.py``).

Layout: ``rules/date_patterns.py`` compiles the matcher, ``rules/date_resolver.py``
resolves one mention at a time; this module runs both over a text, drops repeated
boilerplate lines and excluded ranges, and applies the passes that need several
mentions at once (coordinated years, a sentence's topic or narrative year, anchors).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from briefextract.rules.date_patterns import DateRules, compile_rules
from briefextract.rules.date_resolver import (
    Mention,
    Resolver,
    _iso_day,
    _iso_month,
    _valid,
    _words_before,
    infer_year,
    tense_near,
)
from briefextract.rules.spans import CharRanges

#: mention kinds resolved from another mention: after one ("the next day") or a narrative's dates
_ANCHORED_KINDS = frozenset(("anchor", "same_day"))
_RELATIVE_KINDS = _ANCHORED_KINDS | {"narrative"}
#: how a mention was resolved when no date of the text dated it (the publication date, or nothing)
_NOT_FROM_TEXT = frozenset(("published", "none"))
#: kinds (and granularities) of a month or a day, which a year elsewhere in the text may date
_MONTH_OR_DAY = frozenset(("month", "day"))

__all__ = ["DateRules", "Mention", "compile_rules", "find_dates", "infer_year", "repeated_lines", "tense_near"]


def find_dates(rules: DateRules, text: str, dct: date | None,
               sentences: Sequence[tuple[int, int]] = (),
               excluded: Sequence[Sequence[int]] = (),
               credits: Sequence[Sequence[int]] = ()) -> tuple[list[Mention], int]:
    """All temporal expressions of ``text``, resolved; and how many needed a DCT that was missing.

    Mentions inside ``excluded`` ranges are dropped, except full calendar dates
    written with their year ("2025-12-26", "Yahoo01-07-2025", " date 2023-02-09 ",
    "Originally published on 12 September 2025"): the guidelines count a source
    line's date as a date mention; they get a ``dates.stamp.*`` rule id. Inside
    ``credits`` (photo credits) nothing is kept.
    """
    res = Resolver(rules, text, dct, sentences)
    repeats = CharRanges(repeated_lines(text))
    excluded_ranges = CharRanges(excluded)
    credit_ranges = CharRanges(credits)
    raw: list[Mention] = []
    for match in (rules.matcher or rules.regex).finditer(text):
        start = match.start()
        if repeats.overlaps(start, start + 1):
            continue
        rule, kind, named = _pattern_of(rules, match.lastgroup)
        group = match.group
        groups = {short: v for short, full in named if (v := group(full)) is not None}
        m = Mention(start, match.end(), rule, kind, groups)
        if excluded_ranges.overlaps(m.start, m.end):
            if credit_ranges.overlaps(m.start, m.end) or not (
                m.kind in ("iso", "numeric") or (m.kind == "day" and groups.get("y"))
            ):
                continue
            m.stamp = True
            m.rule = "dates.stamp." + m.rule.rsplit(".", 1)[-1]
        m.sent = res.sentence_of(m.start)
        raw.append(m)
    res.spans = [(m.start, m.end) for m in raw]
    resolved: list[Mention] = []
    for m in raw:
        out = res.resolve(m)
        if out is not None:
            resolved.append(out)
    _inherit_coordinated_years(resolved, text)
    _inherit_sentence_topic_year(resolved, text)
    if dct is not None:
        _inherit_sentence_narrative_year(resolved, text, dct)
    known = [m for m in resolved if m.kind not in _RELATIVE_KINDS]  # in text order
    starts = [m.start for m in known]
    for m in resolved:
        if m.kind == "narrative":
            out = res.resolve_narrative(m, known, starts)
        elif m.kind in _ANCHORED_KINDS:
            out = res.resolve_anchored(m, known, starts)
        else:
            continue
        if out is not None:
            i = bisect.bisect_left(starts, out.start)
            known.insert(i, out)
            starts.insert(i, out.start)
    return known, res.unresolved_for_dct


def _pattern_of(rules: DateRules, name: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """The rule id and kind of pattern ``name`` ("p3"), and its groups' (short, full) names
    ("y", "p3_y") in the regex's order.

    Cached on ``rules``: reading ``match.groupdict()`` (every group of every pattern,
    a few hundred) for each match cost more than the rest of the loop. (Not keyed by
    the compiled regex: hashing a ``re.Pattern`` hashes its whole code each time.)
    """
    found = rules.group_names.get(name)
    if found is None:
        pat = rules.patterns[int(name[1:])]
        prefix = f"{name}_"
        named = tuple((k[len(prefix):], k) for k in rules.regex.groupindex if k.startswith(prefix))
        found = rules.group_names[name] = (pat["id"], pat["kind"], named)
    return found


_LINE = re.compile(r"[^\n]+")


def repeated_lines(text: str, min_len: int = 20) -> list[tuple[int, int]]:
    """Ranges of lines that repeat an earlier line word for word: a scraped page often
    prints its headline twice, and the guidelines annotate a repeated headline once."""
    seen: set[str] = set()
    out = []
    for m in _LINE.finditer(text):
        key = _line_key(m.group())
        if len(key) < min_len:
            continue
        if key in seen:
            out.append(m.span())
        seen.add(key)
    return out


def _line_key(line: str) -> str:
    """``" ".join(line.split())``, without the split for the usual line that it leaves as it is:
    printable (so its only whitespace is the ASCII space), no double, leading or trailing space."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


_TOPIC_YEAR = re.compile(r"^\W*(?:In|By|During)\s+$")


def _inherit_sentence_topic_year(mentions: list[Mention], text: str) -> None:
    """"In 2023, Azerbaijan attacked on 19 September": a sentence opening with "In <year>,"
    sets the year of the year-less dates after it in that sentence."""
    topic: Mention | None = None
    for m in mentions:
        if topic is not None and m.sent != topic.sent:
            topic = None
        if (m.resolved_from == "text" and m.granularity in ("year", "month") and m.point is not None
                and _TOPIC_YEAR.match(text[m.sent[0]:m.start]) and text[m.end:m.end + 1] == ","):
            topic = m
            continue
        if topic is None or m.resolved_from not in _NOT_FROM_TEXT or m.kind not in ("month", "day", "day_range"):
            continue
        _give_year(m, topic.point.year)


def _give_year(m: Mention, y: int) -> bool:
    """Re-resolve a year-less month or day mention in year ``y`` (taken from the text).

    Returns False, leaving ``m`` alone, when it is neither a month nor a day or the
    day does not exist in that year (29 February).
    """
    if m.granularity == "month":
        mo = int(m.value[-2:])
        m.value, m.point = _iso_month(y, mo), date(y, mo, 1)
    elif m.granularity == "day":
        mo, d = int(m.value[5:7]), int(m.value[8:10])
        if not _valid(y, mo, d):
            return False
        m.value, m.point = _iso_day(y, mo, d), date(y, mo, d)
    else:
        return False
    m.resolved_from = "text"
    return True


_COORD = re.compile(r"^\s*(?:,|and|or|to|through|until|[-–—]|,\s*and)\s*$")


def _inherit_coordinated_years(mentions: list[Mention], text: str) -> None:
    """"June and December 2024": a year-less month or day takes the year of the date it is coordinated with."""
    for a, b in pairwise(mentions):
        if a.resolved_from not in _NOT_FROM_TEXT or a.kind not in _MONTH_OR_DAY:
            continue
        if b.resolved_from != "text" or b.point is None or not _COORD.match(text[a.end:b.start]):
            continue
        _give_year(a, b.point.year)


#: How far (characters) a narrative's dated mention reaches into the next sentences of its paragraph
NARRATIVE_REACH = 300
_SINCE_BEFORE = re.compile(r"(?:since|until|till|by|before)\s+(?:the\s+)?$", re.IGNORECASE)


def _inherit_sentence_narrative_year(mentions: list[Mention], text: str, dct: date) -> None:
    """"Protests erupted in August 2020 and were crushed by December", "arrested on 3 May 2021
    and sentenced in March": after a month or day dated in an earlier year, a later year-less
    month or day of the same sentence that the publication date put in the publication year (or
    the one before) belongs to that narrative: the same year, or the next when its month comes
    before the dated one. A bare year is no such anchor ("Sanctions imposed in 2022 were lifted
    on 11 September"); "since April" and future readings keep their own year. The narrative
    goes on in the next sentences of its paragraph ("After the February 2014 coup, ... held
    referendums. The voting took place on March 16 ... On March 18, ..."), a dated mention at
    most ``NARRATIVE_REACH`` characters back, no line break between, in the same year only (no
    month before the dated one: "in November 2022. ... in January" may be any January)."""
    anchor: Mention | None = None
    for m in mentions:
        if anchor is not None and m.sent != anchor.sent and (
                m.start - anchor.end > NARRATIVE_REACH or text.find("\n", anchor.end, m.start) >= 0):
            anchor = None
        if (m.resolved_from == "text" and m.point is not None and m.granularity in _MONTH_OR_DAY
                and m.point.year < dct.year - 1 and not _SINCE_BEFORE.search(text[max(0, m.start - 12):m.start])):
            anchor = m
            continue
        if anchor is None or m.resolved_from != "published" or m.kind not in _MONTH_OR_DAY or m.point is None:
            continue
        if m.point > dct or m.point.year < dct.year - 1 or _words_before(text, m.start, 1) == ["since"]:
            continue  # a future reading, already placed in the past by the tense, or "since April"
        y = anchor.point.year
        if anchor.granularity != "year" and m.point.month < anchor.point.month:
            if m.sent != anchor.sent:
                continue  # across sentences a narrative keeps its year: "in November 2022. ... in January"
            y += 1
        if y >= dct.year - 1:
            continue
        if m.granularity == "month":
            mo = m.point.month
            m.value, m.point = _iso_month(y, mo), date(y, mo, 1)
        elif m.granularity == "day":
            mo, d = m.point.month, m.point.day
            if not _valid(y, mo, d):
                continue
            m.value, m.point = _iso_day(y, mo, d), date(y, mo, d)
        else:
            continue
        m.resolved_from = "text"
        anchor = m  # the narrative goes on from here
