"""Step 3: anchors ("the day after B", "on the eve of B") tie one mention's date to another's."""

from __future__ import annotations

import bisect
import datetime as _dt

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.events.document import token_lowers
from briefextract.rules.events.lexicon import NUMBER_WORDS, EventLexicon
from briefextract.rules.events.mentions import Mention, longest_matches
from briefextract.rules.tokens import token_arrays

_CLAUSE_STOPS = frozenset({";", ":", "(", ")"})
_ANCHOR_STOPS = _CLAUSE_STOPS | {","}


def find_anchor_spans(
    doc: Doc, lex: EventLexicon, lowers: list[str] | None = None, positions: list[int] | None = None
) -> list[tuple[int, int, dict]]:
    lowers = token_lowers(doc) if lowers is None else lowers
    return [(s, e, lex.anchors[aid]) for aid, s, e in longest_matches(lex.anchor_matcher(lowers, positions))]


def _anchor_days(doc: Doc, s: int, anchor: dict) -> int | None:
    days = anchor.get("days")
    if days == "n":
        word = doc[s].lower_
        n = NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
        return None if n is None else n * int(anchor.get("sign", 1))
    if anchor.get("hours") and s > 0 and doc[s].lower_ == "hours":
        # "hours after" is the same day; "48 hours after" is not: past a day, only a bound is known
        # ("90 minutes after" is the same day)
        word = doc[s - 1].lower_
        n = NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
        if n is not None and n >= 12:
            return None
    return days


def link_anchors(doc: Doc, mentions: list[Mention], anchors: list[tuple[int, int, dict]]) -> None:
    """Tie the event after an anchor expression (B) to the one before it (A) in its sentence.

    A is the last earlier mention of the sentence that is not itself the B of an
    anchor: in "The meeting took place the day after an attack, on the eve of the
    exercises" both anchors hang on the meeting.
    """
    anchored: set[int] = set()
    starts = [m.start for m in mentions]
    texts = token_arrays(doc).text
    for s, e, anchor in anchors:
        i = bisect.bisect_left(starts, e)
        if i == len(mentions):
            continue
        b = mentions[i]
        if not (b.sent[0] <= s < b.sent[1]):
            continue
        # the next mention close after the anchor, or the first of the clause the anchor opens past an
        # apposition ("hours after retired Gen. X, the envoy for Ukraine, held talks with Y")
        if (b.start - e > 10 or not _ANCHOR_STOPS.isdisjoint(texts[e:b.start])) and not (
            b.clause[0] == e and b.start - e <= 2 * 10 + 5 and not _CLAUSE_STOPS.intersection(texts[e:b.start])
        ):
            continue
        anchored.add(id(b))
        before = []
        j = bisect.bisect_left(starts, s) - 1
        while j >= 0 and mentions[j].sent == b.sent:
            if mentions[j].end <= s and id(mentions[j]) not in anchored:
                before.insert(0, mentions[j])
                break
            j -= 1
        days = _anchor_days(doc, s, anchor)
        if days is None or not before:
            b.anchor_vague = True
            continue
        b.anchored_to = before[-1]
        b.anchor_days = days


def shift_day(iso: str | None, days: int) -> str | None:
    """``iso`` moved by ``days`` when it is a full day (YYYY-MM-DD); else None (only a bound is known)."""
    if not iso or not C.ISO_DAY.match(iso):
        return None
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=days)).isoformat()
