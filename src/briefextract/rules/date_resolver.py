"""Date resolution: TIMEX3-style ISO values for matched temporal expressions.

The resolver half of the date rules (``rules/date_patterns.py`` finds the expressions,
``rules/dates.py`` runs both). Resolution is our own (microseconds per mention):
explicit calendar forms are read as written, year-less forms take their year from
the document creation time (DCT) and the tense around them (``infer_year``,
``tense_near``), relative forms count from the DCT, and event-anchored forms count
from a date the text gives for their anchor. A value never carries a day or month
the text did not give; dateparser is only a cached fallback (``rules/timex.py``).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate, compress
from operator import methodcaller, or_

from briefextract.constants import APOSTROPHES, POSSESSIVES
from briefextract.rules.date_patterns import CLAUSE_PUNCT, DateRules
from briefextract.rules.timex import fallback_parse

# a list of numbers running up to a position: "1696, 1737, 1803 and "
# (one way to split any digit run: no nested repetition, so no backtracking blow-up)
_NUMBER_LIST_BEFORE = re.compile(r"(?<!\w)(?:\d+(?:\.\d+)?\s*(?:,\s*(?:and|or)\b|,|\band\b|\bor\b|&)\s*)+\Z")  # "1737, and"
_LIST_SEPARATORS = (",", "and", "or", "&")  # what such a list ends with, but for spaces

_WORDS = re.compile(rf"[A-Za-z][A-Za-z{APOSTROPHES}]*(?:-[A-Za-z][A-Za-z{APOSTROPHES}]*)*")  # "re-opened" is one word
# compiled once (``re.search(pattern, ...)`` looks the pattern up in re's cache on every call)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_NON_SPACE_RUN = re.compile(r"\S+")
_LAST_WORD_ON_LINE = re.compile(r"(\S+)[^\S\n]+$")
_NUMBER_OF_BEFORE = re.compile(r"\d+\s+of\s*$")
_NAME_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]$")
_WORDS_KEPT = re.compile(f"({_WORDS.pattern})")  # for split: the words stay in the list
_ANCHOR_STOP = re.compile(r"[,.;:()!?\"“”—–\n]")
RECENT_FUTURE_DAYS = 45  # a 'future' year-less date this close before the DCT is the recent past
ANCHOR_WINDOW = 40  # sentences searched back for an anchor's dated mention
_POSSESSIVE_ENDS = tuple(POSSESSIVES)  # (str.endswith takes a tuple)
#: clause words that end an anchor's noun phrase after "before"/"after" ("after the vote which ...")
_ANCHOR_CLAUSE_WORDS = frozenset(("which", "when", "that", "who", "where", "while", "as", "and", "but", "or", "to"))
_INDEFINITE_ARTICLES = frozenset(("a", "an"))
_GRAN_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 3, "year": 4, "decade": 5}


@dataclass
class Mention:
    """One temporal expression: where it is, how it was found, and (once resolved) its value."""

    start: int
    end: int
    rule: str
    kind: str
    groups: dict[str, str]
    value: str | None = None
    granularity: str | None = None
    mod: str | None = None
    resolved_from: str = "text"
    anchor: str | None = None
    sent: tuple[int, int] = (0, 0)
    point: date | None = None  # a representative day (for anchoring and year inference)
    stamp: bool = False
    #: a month after "a"/"the" modifying the noun after it ("a June referendum"): it dates that
    #: noun, not the clause, so it is no date for the events or sanctions of the sentence
    attributive: bool = False

    def record(self, text: str) -> dict:
        """The ``records.DateMention`` dict (validated with the whole Brief, by ``doc._.brief``)."""
        return {
            "record": "date",
            "text": text[self.start:self.end],
            "value": self.value,
            "granularity": self.granularity,
            "mod": self.mod,
            "resolved_from": self.resolved_from,
            "anchor": self.anchor,
            "span": {"start": self.start, "end": self.end, "text": text[self.start:self.end]},
            "rule": self.rule,
        }


# -- small helpers ------------------------------------------------------------------

def _int_day(s: str) -> int:
    return int(_DIGITS.match(s).group())


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


def _iso_day(y: int | None, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"XXXX-{m:02d}-{d:02d}"


def _iso_month(y: int | None, m: int) -> str:
    return f"{y:04d}-{m:02d}" if y else f"XXXX-{m:02d}"


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text[max(0, start - 40):start])[-n:]]


def _mod_of(rules: DateRules, g: dict[str, str]) -> str | None:
    word = g.get("mod") or g.get("modp")
    if not word:
        return None
    return rules.modifiers.get(_SPACES.sub(" ", word.lower()))


def infer_year(dct: date, month: int, day: int | None, direction: str | None) -> int:
    """The year of a year-less month (or month/day) as the DCT and the tense place it.

    Past tense: the latest such month on or before the DCT's month; future: the
    earliest on or after it; no tense: whichever date is closest ("26 October" in
    a text published on 15 January 2025 is 2024-10-26; "would visit ... in April"
    on 31 October 2025 is April 2026).
    """
    # the plain past and future readings, without the candidates' day distances
    if direction == "past":
        return dct.year if month <= dct.month else dct.year - 1
    if direction == "future":
        return dct.year if month >= dct.month else dct.year + 1
    cands = []
    ref = (dct.year, dct.month)
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = day if day is not None else 15
        # compared at month level: a day later in the publication month stays in its year
        cands.append((y, (y, month), ref, abs((date(y, month, min(d, 28)) - dct).days)))
    if direction == "past":
        ok = [c for c in cands if c[1] <= c[2]]
        if ok:
            return max(ok)[0]
    elif direction in ("future", "reported_future"):
        # a future reported by a past verb, around a date a few weeks before publication, is the
        # recent past ("Tehran confirmed July 21 that it would attend talks scheduled for July 25",
        # published in late August), not a date eleven months ahead
        recent = [c for c in cands if c[1] < c[2] and c[3] <= RECENT_FUTURE_DAYS]
        if recent and direction == "reported_future":
            return recent[0][0]
        ok = [c for c in cands if c[1] >= c[2]]
        if ok:
            return min(ok)[0]
    return min(cands, key=lambda c: c[3])[0]


def tense_near(rules: DateRules, text: str, sent: tuple[int, int], start: int, end: int,
               skip: Sequence[tuple[int, int]] = ()) -> str | None:
    """'past' / 'future' from the tense marker nearest to [start, end) in its sentence, else None.

    Markers are words (will, would, planned, upcoming / was, said, -ed verbs) from
    the lexicon; words inside other date mentions ("last week") are not markers.
    """
    s0, s1 = sent
    # the clause first ("Trump, who returned on 20 January, will meet ..."), then the sentence
    c0 = s0  # just after the last clause mark before the mention
    for c in CLAUSE_PUNCT:
        i = text.rfind(c, c0, start)
        if i != -1:
            c0 = i + 1
    right = _CLAUSE_MARK.search(text, end, s1)  # the first clause mark after it
    c1 = right.start() if right else s1
    for word in rules.complementisers:  # (str.find: a regex alternation with \b is ~8x slower)
        at = text.find(word, end, c1)
        if at != -1:
            c1 = at
    if (c0, c1) != (s0, s1):
        found = _nearest_tense(rules, text, c0, c1, start, end, skip)
        if found:
            return found
    return _nearest_tense(rules, text, s0, s1, start, end, skip)


_ENDS_ED = methodcaller("endswith", "ed")
_CLAUSE_MARK = re.compile("|".join(map(re.escape, CLAUSE_PUNCT)))


def _nearest_tense(rules: DateRules, text: str, s0: int, s1: int, start: int, end: int,
                   skip: Sequence[tuple[int, int]]) -> str | None:
    """The tense of the marker word of ``text[s0:s1]`` nearest to [start, end) (the first on ties).

    The words of the stretch and their offsets come from one ``split`` (the same words as
    ``_WORDS.finditer(text, s0, s1)``); only the marker words are then looked at one by one.
    """
    parts = _WORDS_KEPT.split(text[s0:s1])  # [gap, word, gap, word, ..., gap]
    raw = parts[1::2]
    words = list(map(str.lower, raw))
    future, tense_words, ed_exceptions = rules.future, rules.tense_words, rules.ed_exceptions
    # the words that may be markers picked in C (a set lookup and endswith per word) ...
    # (and a contracted modal: "they’ll")
    ends_modal = methodcaller("endswith", rules.modal_suffixes)
    maybe = compress(range(len(words)), map(or_, map(or_, map(tense_words.__contains__, words), map(_ENDS_ED, words)),
                                            map(ends_modal, words)))
    # ... then the -ed rule on those few: a lowercase -ed word is a past verb ("United States",
    # "Armed Forces" are names)
    markers = [j for j in maybe if words[j] in tense_words or ends_modal(words[j]) or (
        len(words[j]) > 3 and raw[j][0].islower() and words[j] not in ed_exceptions
    )]
    if not markers:
        return None
    offsets = list(accumulate(map(len, parts), initial=s0))  # word j: offsets[2j + 1], offsets[2j + 2]
    if skip:  # only the mentions inside this stretch matter (skip is sorted by start)
        lo = bisect.bisect_left(skip, (s0 - 200, 0))
        hi = bisect.bisect_left(skip, (s1, 0))
        skip = [sp for sp in skip[lo:hi] if sp[1] > s0]
    best: tuple[int, str] | None = None
    for j in markers:
        a, b = offsets[2 * j + 1], offsets[2 * j + 2]
        if a < end and b > start:
            continue
        if skip and any(x <= a < y for x, y in skip):
            continue
        if ends_modal(words[j]):
            kind = "future"  # "they’ll"
        elif words[j] in future:
            if j + 1 < len(words) and words[j + 1] in rules.future_exceptions.get(words[j], ()):
                continue  # "most coming from a theft in February": no future
            kind = "future"
        else:
            prev = words[max(0, j - 3):j]
            if prev and prev[-1] in rules.adjective_openers and words[j] not in tense_words:
                continue  # "the expedited reinstatement", "an armed group": an adjective, no verb
            # a participle after a future auxiliary is future: "will be held", "is set to be signed"
            # ("be held" is never a past tense: "will be held", "is to be signed")
            kind = "future" if (prev and prev[-1] == "be") or any(p in rules.modals or p.endswith(rules.modal_suffixes) for p in prev[-2:]) else "past"
        dist = start - b if b <= start else a - end
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None


# -- resolution -----------------------------------------------------------------------

class Resolver:
    """Resolves the mentions of one text; holds the text, its DCT and sentence ranges."""

    def __init__(self, rules: DateRules, text: str, dct: date | None,
                 sentences: Sequence[tuple[int, int]]) -> None:
        self.rules = rules
        self.text = text
        self.dct = dct
        self.sentences = list(sentences) or [(0, len(text))]
        self.sentence_starts = [s0 for s0, _ in self.sentences]
        self._words_before_cache: dict[int, str | None] = {}
        self.spans: list[tuple[int, int]] = []
        self.unresolved_for_dct = 0

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The last sentence starting at or before ``pos`` (the first when none does)."""
        return self.sentences[max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)]

    def _word_before(self, start: int) -> str | None:
        """``_words_before(text, start, 1)``'s word (None when there is none), kept per offset:
        several rules ask for the word before the same mention."""
        if start not in self._words_before_cache:
            before = _words_before(self.text, start, 1)
            self._words_before_cache[start] = before[0] if before else None
        return self._words_before_cache[start]

    def direction(self, m: Mention) -> str | None:
        tense = tense_near(self.rules, self.text, m.sent, m.start, m.end, self.spans)
        if self._word_before(m.start) in self.rules.endpoint_words:
            # "have until 18 October": an end point runs ahead of its verb, so a past verb only
            # says "closest" and no verb says "ahead"; a renewal ("extended ... through Jan. 10")
            # is reported when made: its end lies ahead
            if tense == "past" and self.rules.renewal_verbs.isdisjoint(
                    w.lower() for w in _WORDS.findall(self.text, m.sent[0], m.start)):
                return None
            return "future"
        if tense == "future" and self._reported(m):
            return "reported_future"
        return tense

    def _reported(self, m: Mention) -> bool:
        """A past reporting verb before the mention in its sentence frames a future as reported
        speech ("said on March 2 that it would hold talks on March 5")."""
        reporting = self.rules.reporting
        return any(w.lower() in reporting for w in _WORDS.findall(self.text, m.sent[0], m.start))

    def _set(self, m: Mention, value: str, gran: str, point: date | None, source: str) -> Mention:
        m.value, m.granularity, m.point, m.resolved_from = value, gran, point, source
        return m

    def _ref(self, m: Mention, value: str) -> Mention:
        self.unresolved_for_dct += 1
        m.mod = None
        return self._set(m, value, "ref", None, "none")

    # each resolver returns the mention (resolved) or None (not a date)
    def resolve(self, m: Mention) -> Mention | None:
        fn = getattr(self, f"_r_{m.kind}", None)
        if fn is None:
            return None
        if m.groups.get("num") and self._bound_hedged(m):
            return None
        out = fn(m, m.groups)
        if (out is not None and out.mod is None and out.granularity != "ref"
                and self._word_before(m.start) in self.rules.approx):
            out.mod = "APPROX"
        return out

    def _bound_hedged(self, m: Mention) -> bool:
        """An offset with a bound, not a point: "less than a year later", "more than two weeks ago",
        "within three days after" say how far at most or least, so no calendar day or year follows
        (the guidelines skip such vague spans). "about a week later" is still a point."""
        before = tuple(_words_before(self.text, m.start, 3))
        return any(before[-len(h):] == h for h in self.rules.bound_hedges)

    def _r_iso(self, m: Mention, g: dict) -> Mention | None:
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if not _valid(y, mo, d):
            return None
        return self._set(m, _iso_day(y, mo, d), "day", date(y, mo, d), "text")

    def _r_numeric(self, m: Mention, g: dict) -> Mention | None:
        """dd-mm-yyyy or mm/dd/yyyy: the reading that is the DCT (or near it) wins, else the separator's custom."""
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        readings = []
        if _valid(y, b, a):
            readings.append(date(y, b, a))  # day-month
        if _valid(y, a, b):
            readings.append(date(y, a, b))  # month/day
        if not readings:
            return None
        if len(readings) == 2 and readings[0] != readings[1]:
            if self.dct and self.dct in readings:
                pick = self.dct
            elif self.dct and min(abs((r - self.dct).days) for r in readings) <= 31:
                pick = min(readings, key=lambda r: abs((r - self.dct).days))
            else:
                pick = readings[1] if g["sep"] == "/" else readings[0]
        else:
            pick = readings[0]
        return self._set(m, pick.isoformat(), "day", pick, "text")

    def _year_for(self, m: Mention, month: int, day: int | None) -> tuple[int | None, str]:
        if self.dct is None:
            self.unresolved_for_dct += 1
            return None, "none"
        return infer_year(self.dct, month, day, self.direction(m)), "published"

    def _r_day(self, m: Mention, g: dict) -> Mention | None:
        mo = self.rules.months[g["month"].rstrip(".")]
        d = _int_day(g["d"])
        if g.get("y"):
            y, src = int(g["y"]), "text"
        elif g.get("rel"):  # "11 September this year", "March 3 of last year"
            if self.dct is None:
                self.unresolved_for_dct += 1
                y, src = None, "none"
            else:
                y, src = self.dct.year + self.rules.lex["relative"][g["rel"].lower()], "published"
        else:
            y, src = self._year_for(m, mo, d)
        if not _valid(y or 2000, mo, d):
            return None
        return self._set(m, _iso_day(y, mo, d), "day", date(y, mo, d) if y else None, src)

    def _r_holiday(self, m: Mention, g: dict) -> Mention | None:
        """"on Christmas Day", "New Year's Eve 2024": a fixed-date holiday is its month and day."""
        mo, d = self.rules.lex["holidays"][g["holiday"]]
        y, src = (int(g["y"]), "text") if g.get("y") else self._year_for(m, mo, d)
        return self._set(m, _iso_day(y, mo, d), "day", date(y, mo, d) if y else None, src)

    def _r_fallback(self, m: Mention, g: dict) -> Mention | None:
        found = fallback_parse(self.text[m.start:m.end], self.dct.isoformat() if self.dct else None)
        if found is None:
            return None
        value, gran = found
        if gran == "day" and value[:4].isdigit():
            pt = date.fromisoformat(value)
        else:
            pt = None
        return self._set(m, value, gran, pt, "text" if g.get("y") else "published")

    def _r_day_range(self, m: Mention, g: dict) -> Mention | None:
        mo = self.rules.months[g["month"].rstrip(".")]
        d1, d2 = _int_day(g["d"]), _int_day(g["d2"])
        if d2 <= d1:
            return None
        if g.get("y"):
            y, src = int(g["y"]), "text"
        else:
            y, src = self._year_for(m, mo, d1)
        if not (_valid(y or 2000, mo, d1) and _valid(y or 2000, mo, d2)):
            return None
        return self._set(m, f"{_iso_day(y, mo, d1)}/{_iso_day(y, mo, d2)}", "interval",
                         date(y, mo, d1) if y else None, src)

    def _r_day_range_months(self, m: Mention, g: dict) -> Mention | None:
        """"28 September to 2 October", "between January 1 and January 12": one interval; the end
        takes the start's year (the next year when its month comes earlier: "28 December to 3 January")."""
        mo1, mo2 = self.rules.months[g["month"].rstrip(".")], self.rules.months[g["month2"].rstrip(".")]
        d1, d2 = _int_day(g["d"]), _int_day(g["d2"])
        if mo1 == mo2 and d2 <= d1:
            return None
        if g.get("y"):
            y2, src = int(g["y"]), "text"
            y1 = y2 - 1 if mo2 < mo1 else y2
        else:
            y1, src = self._year_for(m, mo1, d1)
            y2 = None if y1 is None else (y1 + 1 if mo2 < mo1 else y1)
        if not (_valid(y1 or 2000, mo1, d1) and _valid(y2 or 2000, mo2, d2)):
            return None
        return self._set(m, f"{_iso_day(y1, mo1, d1)}/{_iso_day(y2, mo2, d2)}", "interval",
                         date(y1, mo1, d1) if y1 else None, src)

    def _r_month_range(self, m: Mention, g: dict) -> Mention | None:
        m1, m2 = self.rules.months[g["month"]], self.rules.months[g["month2"]]
        if m2 <= m1:
            return None
        if g.get("rel"):  # "between February and October last year"
            if self.dct is None:
                return None
            y, src = self.dct.year + self.rules.lex["relative"][g["rel"].lower()], "published"
        else:
            y, src = int(g["y"]), "text"
        return self._set(m, f"{_iso_month(y, m1)}/{_iso_month(y, m2)}", "interval", date(y, m1, 1), src)

    def _r_month(self, m: Mention, g: dict) -> Mention | None:
        name = g["month"].rstrip(".")
        mo = self.rules.months[name]
        m.mod = _mod_of(self.rules, g)
        if g.get("y"):
            y, src = int(g["y"]), "text"
        else:
            if m.rule.endswith(".possessive") and name in self.rules.ambiguous_months:
                return None  # "May's" is Theresa May's more often than the month's
            if m.rule.endswith((".bare", ".possessive")):
                # a bare month needs a preposition or modifier right before it on its line ("in June",
                # "compared to December's average")
                prev = _LAST_WORD_ON_LINE.search(self.text[max(0, m.start - 30):m.start])
                allowed = self.rules.strict_month_preceders if name in self.rules.ambiguous_months \
                    else self.rules.month_preceders
                if not prev or prev.group(1).lower().strip(f"(“\"{APOSTROPHES}") not in allowed:
                    if not self._month_modifier(m, prev):
                        return None
                    # after "a"/"the" it dates its noun only; after a possessive ("Ukraine's August
                    # incursion") the owner's act, which the clause reports
                    m.attributive = not prev.group(1).endswith(_POSSESSIVE_ENDS)
            y, src = self._year_for(m, mo, None)
        return self._set(m, _iso_month(y, mo), "month", date(y, mo, 1) if y else None, src)

    def _month_modifier(self, m: Mention, prev: re.Match | None) -> bool:
        """"Ukraine's August incursion", "Russia's March offensive", "a June referendum": a month
        between a possessive or a determiner and a lower-case noun modifies that noun with the
        time it happened."""
        if prev is None or not (prev.group(1).endswith(_POSSESSIVE_ENDS)
                                or prev.group(1).lower() in self.rules.month_determiners):
            return False
        nxt = _WORDS.match(self.text, m.end + 1) if self.text[m.end:m.end + 1] == " " else None
        return nxt is not None and nxt.group()[:1].islower() and nxt.group() not in self.rules.anchor_stop

    def _r_month_rel(self, m: Mention, g: dict) -> Mention | None:
        mo = self.rules.months[g["month"]]
        rel = g["rel"].lower()
        m.mod = _mod_of(self.rules, g)  # "the middle of April next year"
        if self.dct is None:
            return self._ref(m, "PRESENT_REF" if rel == "this" else "PAST_REF" if rel == "last" else "FUTURE_REF")
        if m.rule.endswith("relative_year"):  # June this/last/next year
            y = self.dct.year + self.rules.lex["relative"][rel]
        elif rel == "last":  # the latest such month before the DCT's month
            y = self.dct.year if mo < self.dct.month else self.dct.year - 1
        elif rel == "next":
            y = self.dct.year if mo > self.dct.month else self.dct.year + 1
        else:
            y = self.dct.year
        return self._set(m, _iso_month(y, mo), "month", date(y, mo, 1), "published")

    def _season_year(self, code: str, rel: str) -> int:
        start = self.rules.lex["season_start_month"][code]
        d = self.dct
        starts = [date(y, start, 1) for y in (d.year - 2, d.year - 1, d.year, d.year + 1)]
        current = max(s for s in starts if s <= d) if any(s <= d for s in starts) else starts[0]
        contains = (d - current).days < 92
        if rel == "this":
            return current.year if contains else d.year
        if rel == "last":
            past = [s for s in starts if s <= d and not (contains and s == current)]
            return max(past).year
        return min(s for s in starts if s > d).year

    def _r_season(self, m: Mention, g: dict) -> Mention | None:
        """Seasons keep the year only: the gold convention is "last fall" -> "2024"."""
        code = self.rules.lex["seasons"][g["season"].lower()]
        m.mod = _mod_of(self.rules, g)
        if g.get("y"):
            y = int(g["y"])
            return self._set(m, f"{y:04d}", "year", date(y, 6, 1), "text")
        rel = g["rel"].lower()
        if self.dct is None:
            return self._ref(m, {"this": "PRESENT_REF", "last": "PAST_REF"}.get(rel, "FUTURE_REF"))
        y = self._season_year(code, rel)
        return self._set(m, f"{y:04d}", "year", date(y, 6, 1), "published")

    def _r_part(self, m: Mention, g: dict) -> Mention | None:
        y = int(g["y"])
        if g.get("code"):
            code = g["code"].upper()
        else:
            code = self.rules.lex["parts"][g["part"].lower()].get(g["ord"].lower())
            if code is None:
                return None
            if code.startswith("H"):
                # "the second half of 2024" is a part of its year, as "late 2021" is (GUIDELINES):
                # the year, the half as its mod ("H2 2026", written as a code, keeps the code)
                m.mod = "START" if code == "H1" else "END"
                return self._set(m, f"{y:04d}", "year", date(y, 1, 1), "text")
        gran = "half" if code.startswith("H") else "quarter"
        return self._set(m, f"{y:04d}-{code}", gran, date(y, 1, 1), "text")

    def _r_rel_unit(self, m: Mention, g: dict) -> Mention | None:
        # "(over) the weekend" has no "this": the weekend the tense points to, as "this weekend"
        rel, unit = (g.get("rel") or "this").lower(), self.rules.lex["units"][g["unit"].lower()]
        before = _words_before(self.text, m.start, 1)
        if (rel in ("last", "next") and before and before[-1] in self.rules.rel_unit_duration_openers
                and self.text[m.end:m.end + 2] not in POSSESSIVES):
            return None  # "over the last year" is a duration; "for next year's election" is a point
        m.mod = _mod_of(self.rules, g)
        n = self.rules.lex["relative"].get(rel, 0)
        if self.dct is None:
            return self._ref(m, "PRESENT_REF" if n == 0 else "PAST_REF" if n < 0 else "FUTURE_REF")
        d = self.dct
        if unit == "weekend":
            return self._weekend(m, n)
        if unit == "year":
            y = d.year + n
            return self._set(m, f"{y:04d}", "year", date(y, 6, 1), "published")
        if unit == "month":
            y, mo = _add_months(d.year, d.month, n)
            return self._set(m, _iso_month(y, mo), "month", date(y, mo, 1), "published")
        day = d + timedelta(days=7 * n)
        return self._set(m, _iso_week(day), "week", day, "published")

    def _weekend(self, m: Mention, n: int) -> Mention:
        """"last weekend" / "this weekend" / "next weekend": the Saturday-Sunday interval, as
        GUIDELINES writes a range ("12–13 December"); it names no rule for weekends.

        last: the latest weekend over before the publication day; this: the weekend of the
        publication day, else the one the tense points to (past: the one just over, else the
        coming one); next: the first weekend starting after the publication day."""
        d = self.dct
        wd = d.weekday()  # Saturday 5, Sunday 6
        last_sat = d - timedelta(days=(wd - 5) % 7)  # the latest Saturday on or before d
        if n < 0:
            sat = last_sat if last_sat + timedelta(days=1) < d else last_sat - timedelta(days=7)
        elif n > 0:
            sat = last_sat + timedelta(days=7)
        elif wd >= 5:
            sat = last_sat
        else:
            sat = last_sat if self.direction(m) == "past" else last_sat + timedelta(days=7)
        sun = sat + timedelta(days=1)
        return self._set(m, f"{sat.isoformat()}/{sun.isoformat()}", "interval", sat, "published")

    def _r_year(self, m: Mention, g: dict) -> Mention | None:
        y = int(g["y"])
        m.mod = _mod_of(self.rules, g)
        if m.mod is None and not self._plausible_year(m):
            return None
        return self._set(m, f"{y:04d}", "year", date(y, 6, 1), "text")

    def _plausible_year(self, m: Mention) -> bool:
        """A bare four-digit number is a year unless the words around it make it a quantity or a label."""
        text = self.text
        before = " ".join(_words_before(text, m.start, 2))
        raw_before = text[max(0, m.start - 12):m.start].lower()
        blockers = self.rules.year_blockers_before
        if (before.endswith(blockers) or raw_before.rstrip().endswith(blockers)) and not self._hedged_point(m):
            return False
        # "Resolutions 1696, 1737, 1803 and 1929": a later member of a number list takes the
        # word before the list's first number
        lst = None
        if text[max(0, m.start - 80):m.start].rstrip().endswith(_LIST_SEPARATORS):  # else no list
            lst = _NUMBER_LIST_BEFORE.search(text, max(0, m.start - 80), m.start)
        if lst is not None:
            # ("Resolutions (1696, 1737, and 1929)": the bracket opens the list)
            head = text[max(0, lst.start() - 16):lst.start()].lower().rstrip().rstrip("([").rstrip()
            if any(head.endswith(b) and (len(head) == len(b) or not head[-len(b) - 1].isalnum())
                   for b in self.rules.year_blockers_before):
                return False
        # "Announcement No. 61 of 2025", "Resolution 12 of 2020": a year inside a document number
        if _NUMBER_OF_BEFORE.search(raw_before):
            return False
        # "Vision 2030", "Agenda 2063": a capitalised name word right before the number
        prev = _NAME_WORD_BEFORE.search(text[max(0, m.start - 30):m.start])
        if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in self.rules.year_ok_before \
                and prev.group(1) not in self.rules.months:
            return False
        after = text[m.end:m.end + 20].lower().lstrip()
        if after.startswith(self.rules.year_blockers_after):  # then the blocker must end a word
            for b in self.rules.year_blockers_after:
                if after.startswith(b) and (len(after) == len(b) or not after[len(b)].isalpha()):
                    return False
        return True

    def _hedged_point(self, m: Mention) -> bool:
        """"since at least 2022", "until about 2030": a hedge between a preposition of time and
        the number hedges a point in time, not a quantity."""
        words = _words_before(self.text, m.start, 4)
        for b in self.rules.year_blockers_before:
            bw = b.split()
            n = len(bw)
            if len(words) > n and words[-n:] == bw and words[-n - 1] in self.rules.year_hedge_openers:
                return True
        return False

    def _r_decade(self, m: Mention, g: dict) -> Mention | None:
        m.mod = _mod_of(self.rules, g)
        if g.get("dec"):
            dec = int(g["dec"])
        else:
            two = int(g["dec2"])
            ref = self.dct.year if self.dct else 2000
            dec = 2000 + two if 2000 + two <= ref else 1900 + two
        # TIMEX3 writes a decade as its first three digits: "the 1990s" -> "199"
        return self._set(m, f"{dec // 10:03d}", "decade", date(dec, 1, 1), "text")

    def _r_century(self, m: Mention, g: dict) -> Mention | None:
        """"the 20th century" -> 19XX."""
        m.mod = _mod_of(self.rules, g)
        c = int(g["cent"]) - 1
        return self._set(m, f"{c:02d}XX", "century", date(c * 100, 1, 1) if c else None, "text")

    def _r_year_range(self, m: Mention, g: dict) -> Mention | None:
        y1 = int(g["y"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
        if not (y1 < y2 <= y1 + 100):
            return None
        return self._set(m, f"{y1:04d}/{y2:04d}", "interval", date(y1, 1, 1), "text")

    def _r_deictic(self, m: Mention, g: dict) -> Mention | None:
        n = self.rules.lex["deictic_days"][g["deictic"].lower()]
        if self.dct is None:
            return self._ref(m, "PRESENT_REF" if n == 0 else "PAST_REF" if n < 0 else "FUTURE_REF")
        d = self.dct + timedelta(days=n)
        return self._set(m, d.isoformat(), "day", d, "published")

    def _r_weekday(self, m: Mention, g: dict) -> Mention | None:
        """Weekdays: the latest such day on or before the DCT in a past-tense clause (news reports past
        days), the next one in a future clause, and the nearer one when no word gives the tense."""
        wd = self.rules.lex["weekdays"][g["wd"]]
        rel = (g.get("rel") or "").lower()
        before = _words_before(self.text, m.start, 1)
        after = _WORDS.match(self.text, m.end + 1) if self.text[m.end:m.end + 1] == " " else None
        if (before and before[-1] in self.rules.lex.get("weekday_blockers_before", ())) or (
            after and after.group() in self.rules.lex.get("weekday_blockers_after", ())
        ):
            return None  # "Good Friday", "the Sunday Times": names, not days
        if self.dct is None:
            return self._ref(m, "FUTURE_REF" if rel == "next" else "PAST_REF")
        d = self.dct
        back = (d.weekday() - wd) % 7
        ahead = (wd - d.weekday()) % 7
        if rel == "last":
            day = d - timedelta(days=back or 7)
        elif rel == "next":
            day = d + timedelta(days=ahead or 7)
        elif rel == "this":
            # the tense decides as for a bare weekday ("the elections held this Sunday", written on
            # Monday, were the day before); with no tense word, the day of the publication week
            tense = self.direction(m)
            if tense == "past":
                day = d - timedelta(days=back)
            elif tense in ("future", "reported_future"):
                day = d + timedelta(days=ahead)
            else:
                day = d - timedelta(days=d.weekday() - wd)
        else:
            tense = self.direction(m)
            if tense in ("future", "reported_future") or (tense is None and 0 < ahead < back):
                # no tense word ("Moldovans vote on Sunday"): the nearer one, ties going back;
                # the publication day's own name is today ("will arrive on Thursday", written on a Thursday)
                day = d + timedelta(days=ahead)
            else:
                day = d - timedelta(days=back)
        return self._set(m, day.isoformat(), "day", day, "published")

    def _r_ago(self, m: Mention, g: dict) -> Mention | None:
        """"two years ago" -> the DCT's year minus two; weeks and days count back to a day ("two weeks
        ago" written on 19 March is 5 March: both probe annotators who met it counted the days), months
        give a month."""
        num = g["num"]
        n = int(num) if num.isdigit() else self.rules.lex["number_words"][num.lower()]
        unit = self.rules.lex["ago_units"][g["ounit"].lower()]
        if self.dct is None:
            return self._ref(m, "PAST_REF")
        d = self.dct
        if unit in ("days", "weeks"):
            day = d - timedelta(days=n if unit == "days" else 7 * n)
            return self._set(m, day.isoformat(), "day", day, "published")
        if unit == "months":
            y, mo = _add_months(d.year, d.month, -n)
            return self._set(m, _iso_month(y, mo), "month", date(y, mo, 1), "published")
        return self._set(m, f"{d.year - n:04d}", "year", date(d.year - n, 6, 1), "published")

    def _r_vague(self, m: Mention, g: dict) -> Mention | None:
        value = self.rules.lex["vague"].get(_SPACES.sub(" ", g["vague"].lower()))
        if value is None:
            return None
        return self._set(m, value, "ref", None, "none")

    # -- anchored forms: resolved in a second pass, once the plain dates are known -----
    def _r_same_day(self, m: Mention, g: dict) -> Mention | None:
        return m  # second pass

    def _r_anchor(self, m: Mention, g: dict) -> Mention | None:
        return m  # second pass

    def _r_narrative(self, m: Mention, g: dict) -> Mention | None:
        return m  # second pass

    def resolve_narrative(self, m: Mention, resolved: list[Mention], starts: list[int]) -> Mention | None:
        """"two weeks later" counts from the last date before it; "the end of the year" is the
        year of a date in this or the previous sentence, else the publication year."""
        g, lex = m.groups, self.rules.lex
        unit = lex["offset_units"][g["ounit"].lower()]
        need = {"days": "day", "weeks": "day", "months": "month"}.get(unit, "year")
        here = bisect.bisect_left(starts, m.start)
        prior = [r for r in reversed(resolved[max(0, here - 50):here]) if r.point is not None and not r.stamp
                 and _GRAN_RANK.get(r.granularity, 9) <= _GRAN_RANK[need]]
        if g.get("side"):
            num = g["num"]
            n = int(num) if num.isdigit() else lex["number_words"][num.lower()]
            n = -n if g["side"].lower() == "earlier" else n
            if not prior:
                return self._unresolved(m, None)
            latest = next((r for r in reversed(resolved[max(0, here - 50):here])
                           if r.point is not None and not r.stamp), None)
            if latest is not None and latest is not prior[0] and latest.start > prior[0].start:
                # "in February, right after the conviction. Two days later, ...": the date just told
                # is too coarse to count days from; an earlier, finer one is another happening's
                return self._unresolved(m, None)
            return self._shift(m, prior[0], n, unit)
        m.mod = _mod_of(self.rules, g)
        near = self.sentence_of(max(m.sent[0] - 1, 0))[0]
        base = next((r for r in prior if r.start >= near), None)
        if _words_before(self.text, m.start, 1) == ["since"]:
            base = None  # "since the start of the year" runs up to now: the publication year
        if base is None:
            if self.dct is None:
                return self._ref(m, "PRESENT_REF")
            point, source = self.dct, "published"
        else:
            point, source = base.point, "text"
        if unit == "years":
            return self._set(m, f"{point.year:04d}", "year", date(point.year, 6, 1), source)
        return self._set(m, _iso_month(point.year, point.month), "month", date(point.year, point.month, 1), source)

    def resolve_anchored(self, m: Mention, resolved: list[Mention], starts: list[int]) -> Mention | None:
        g = m.groups
        lex = self.rules.lex
        if m.kind == "same_day":
            phrase = _SPACES.sub(" ", g["phrase"].lower())
            if phrase in self.rules.in_day_anchors:
                return self._in_day(m, phrase, resolved, starts)
            unit, offset = lex["same_day_anchors"][phrase]
            anchor_text = None
            if unit == "week" and any(
                    w in self.rules.anchor_week_duration_openers for w in _words_before(self.text, m.start, 1)):
                return None  # "over the previous week": a duration
        else:
            if g.get("eve"):
                offset, unit = -1, "days"
            else:
                sign = lex["anchor_relations"][_SPACES.sub(" ", g["arel"].lower())]
                num = g.get("num")
                n = 1 if g.get("the") else (int(num) if num and num.isdigit() else lex["number_words"][num.lower()])
                offset, unit = sign * n, lex["offset_units"][g["ounit"].lower()]
            anchor_text = self._anchor_text(m.end)
            if m.kind == "anchor" and g.get("the") and not anchor_text:
                anchor_text = None  # "the day before," : counts from the previous date, like "the same day"
        here = bisect.bisect_left(starts, m.start)
        prior = (r for r in reversed(resolved[:here]) if r.end <= m.start and r.point is not None and not r.stamp)
        base: Mention | None = None
        if anchor_text is None:
            if m.kind == "anchor" and not g.get("the"):
                return self._unresolved(m, None)
            need = {"days": "day", "weeks": "day", "week": "week", "months": "month"}.get(unit, "year")
            base = next((r for r in prior if _GRAN_RANK.get(r.granularity, 9) <= _GRAN_RANK[need]), None)
        else:
            m.anchor = anchor_text
            # the anchor is itself a date: "two days after 11 September"
            base = next((r for r in resolved[here:here + 3] if m.end <= r.start <= m.end + 6 and r.point is not None), None)
            if base is None:
                base = self._anchor_by_noun(m, anchor_text, resolved, starts, unit)
        if g.get("month"):
            # "in October of the same year": the month of the year the phrase names, counted from
            # the last date before the month (not from the month itself)
            if unit != "years":
                return None
            if base is None or base.point is None:
                return self._unresolved(m, anchor_text)
            y, mo = base.point.year + offset, self.rules.months[g["month"]]
            return self._set(m, _iso_month(y, mo), "month", date(y, mo, 1), "text")
        if base is None or base.point is None:
            return self._unresolved(m, anchor_text)
        return self._shift(m, base, offset, unit)

    def _in_day(self, m: Mention, phrase: str, resolved: list[Mention], starts: list[int]) -> Mention | None:
        """"earlier in the day", "later that day", "later in the month": a part of a period already
        in view. The period is that of a date fine enough in the same sentence (before or after:
        "fired missiles on Thursday in answer to drills held earlier in the day") or in the
        previous one; without one, news tells it of the publication date. A date further back is
        not meant."""
        gran = self.rules.in_day_anchors[phrase]
        lo = self.sentence_of(max(m.sent[0] - 1, 0))[0]
        here = bisect.bisect_left(starts, m.start)
        near = [r for r in resolved[max(0, here - 20):here + 20]
                if r.point is not None and not r.stamp and r is not m
                and _GRAN_RANK.get(r.granularity, 9) <= _GRAN_RANK[gran]
                and (m.sent[0] <= r.start < m.sent[1] or lo <= r.start < m.start)]
        if near:
            base = min(near, key=lambda r: (not (m.sent[0] <= r.start < m.sent[1]), abs(r.start - m.start)))
            point, source = base.point, "text"
        elif self.dct is None:
            return self._unresolved(m, None)
        else:
            point, source = self.dct, "published"
        if gran == "day":
            return self._set(m, point.isoformat(), "day", point, source)
        if gran == "week":
            return self._set(m, _iso_week(point), "week", point, source)
        if gran == "month":
            return self._set(m, _iso_month(point.year, point.month), "month", date(point.year, point.month, 1), source)
        return self._set(m, f"{point.year:04d}", "year", date(point.year, 6, 1), source)

    def _unresolved(self, m: Mention, anchor_text: str | None) -> Mention:
        m.anchor = anchor_text
        return self._set(m, "PAST_REF", "ref", None, "none")

    def _anchor_text(self, pos: int) -> str | None:
        """The noun phrase after "before"/"after": up to punctuation, a clause word or a verb."""
        tail = self.text[pos:pos + 100]
        cut = _ANCHOR_STOP.search(tail)
        tail = tail[:cut.start()] if cut else tail
        words = []
        for w in _NON_SPACE_RUN.finditer(tail):
            lw = w.group().lower()
            if lw in _ANCHOR_CLAUSE_WORDS or (
                lw in self.rules.past or lw in self.rules.future or (lw.endswith("ed") and lw not in self.rules.ed_exceptions and len(lw) > 3)
            ):
                break
            words.append(w)
            if len(words) >= 8:
                break
        if not words:
            return None
        return self.text[pos + words[0].start():pos + words[-1].end()]

    def _anchor_by_noun(self, m: Mention, anchor_text: str, resolved: list[Mention], starts: list[int],
                        unit: str) -> Mention | None:
        """The date of an earlier sentence naming the anchor's noun ("Trump's order" -> the orders
        of 20 January); with several dates there, the one nearest the noun."""
        first = anchor_text.split()[0].lower()
        if first in _INDEFINITE_ARTICLES:
            return None  # an indefinite anchor is new to the text: nothing earlier dates it
        nouns = [w.lower() for w in _WORDS.findall(anchor_text)
                 if w[0].islower() and len(w) > 2 and w.lower() not in self.rules.anchor_stop]
        if not nouns:
            return None
        stems = {n.rstrip("s") for n in nouns}

        def hit(word: str) -> bool:
            w = word.lower().rstrip("s")
            return any(w == st or (len(st) >= 4 and w.startswith(st)) for st in stems)

        need = "day" if unit in ("days", "weeks") else "month" if unit == "months" else "year"
        here = bisect.bisect_right(self.sentences, (m.sent[0], len(self.text) + 1))
        # the anchor is looked for in this sentence and the ANCHOR_WINDOW sentences before it
        for s0, s1 in reversed(self.sentences[max(0, here - 1 - ANCHOR_WINDOW):here]):
            lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
            in_sent = [r for r in resolved[lo:hi] if r.point is not None and r is not m
                       and r.end <= m.start and _GRAN_RANK.get(r.granularity, 9) <= _GRAN_RANK[need]]
            if not in_sent:
                continue  # (before reading the words: most sentences hold no date)
            end = m.start if (s0, s1) == m.sent else s1
            hits = [w.start() for w in _WORDS.finditer(self.text, s0, end) if hit(w.group())]
            if not hits:
                continue
            if len({r.value for r in in_sent}) == 1:
                return in_sent[0]
            # several dates: the one written nearest the anchor's noun ("vote on Sunday")
            return min(in_sent, key=lambda r: min(abs(r.start - h) for h in hits))
        return None

    def _shift(self, m: Mention, base: Mention, offset: int, unit: str) -> Mention:
        p = base.point
        if unit == "week":  # "the following week", "that week": a calendar week, not a day
            if base.granularity not in ("day", "week"):
                return self._unresolved(m, m.anchor)
            d = p + timedelta(days=7 * offset)
            return self._set(m, _iso_week(d), "week", d, "event" if m.anchor else "text")
        if unit in ("days", "weeks"):
            if base.granularity != "day":
                return self._unresolved(m, m.anchor)
            d = p + timedelta(days=offset * (7 if unit == "weeks" else 1))
            return self._set(m, d.isoformat(), "day", d, "event" if m.anchor else "text")
        if unit == "months":
            y, mo = _add_months(p.year, p.month, offset)
            return self._set(m, _iso_month(y, mo), "month", date(y, mo, 1), "event" if m.anchor else "text")
        y = p.year + offset
        return self._set(m, f"{y:04d}", "year", date(y, 6, 1), "event" if m.anchor else "text")
