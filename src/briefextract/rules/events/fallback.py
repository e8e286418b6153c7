"""A guarded fallback for dated happenings the trigger lexicon does not know.

Most dated happenings an analysis reports that no trigger names are told with a
past-tense verb next to a specific date: "The court annulled the vote on 3 March",
"X resigned in May 2021". The dates component has the date; this module makes
the event the triggers missed, under guards that keep out what only *looks* like
one (a deadline "by 2027", a span "since 2020", a plan "will sign in June", a
negation "did not attend on Monday", a date of the dateline or after publication).

A date mention becomes one event (``rule = "dated_fallback"``) when its clause
(the event rules' clauses: the sentence cut at their clause breaks) has

* a verb of ``fallback.json``'s ``verbs`` (past tense or participle forms), not
  an infinitive or an adjective (a ``not_before`` word right before it) and with
  no hypothetical cue (events ``cues.json``) within ``cue_window`` tokens and no
  negation within ``negation_window`` tokens before it in the clause;
* at least one actor (not a dateline's; the sentence's when the clause has none);

and no event already carries that date in that sentence, or that date and one of
its actors anywhere. type = the verb's noun; participants = the clause's actors,
those before the verb (its subject) first.

Only date mentions are looked at, and only their clause: no pass over every token.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from spacy.tokens import Doc

from briefextract.constants import POSSESSIVES
from briefextract.rules.events.clauses import clause_breaks, clause_of
from briefextract.rules.events.document import DocumentReads, heading_tokens
from briefextract.rules.events.lexicon import EventLexicon
from briefextract.rules.events.resolve import after_publication, party_keys
from briefextract.rules.spans import char_span_record, doc_text
from briefextract.rules.tokens import token_arrays

RULE = "dated_fallback"


@dataclass(frozen=True)
class FallbackLexicon:
    """``fallback.json`` compiled: the verb -> noun map and the guard word sets."""

    verbs: dict[str, str]
    bound_before: frozenset[str]
    not_before: frozenset[str]
    bound_near: frozenset[str] = frozenset()
    not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    bound_window: int = 3
    possessive: frozenset[str] = POSSESSIVES


def trigger_words(lex: EventLexicon) -> frozenset[str]:
    """Every word of a trigger pattern (its ``LOWER`` values)."""
    words: set[str] = set()
    for entry in lex.triggers.values():
        for token in entry["pattern"]:
            lower = token.get("LOWER")
            if isinstance(lower, str):
                words.add(lower)
            elif isinstance(lower, dict):
                words.update(lower.get("IN", ()))
    return frozenset(words)


def build_fallback(data: dict[str, Any] | None, lex: EventLexicon | None = None) -> FallbackLexicon | None:
    """The compiled fallback data, or None when there is none (the fallback is off).

    A verb some trigger has is left to that trigger, whose context checks have decided ("Mali
    executed the plan", "left the room", "launched a satellite" are no happenings of theirs)."""
    if not data or not data.get("verbs"):
        return None
    known = trigger_words(lex) if lex is not None else frozenset()
    return FallbackLexicon(
        verbs={k.lower(): v for k, v in data["verbs"].items() if k.lower() not in known},
        bound_before=frozenset(w.lower() for w in data.get("bound_before", ())),
        not_before=frozenset(w.lower() for w in data.get("not_before", ())),
        bound_near=frozenset(w.lower() for w in data.get("bound_near", ())),
        not_after={k.lower(): frozenset(v) for k, v in data.get("not_after", {}).items()},
        bound_window=int(data.get("bound_window", 3)),
        possessive=POSSESSIVES,
    )


def _verb_of(lowers: list[str], clause: tuple[int, int], date: tuple[int, int], fb: FallbackLexicon,
             lex: EventLexicon) -> int | None:
    """The clause's verb of happening nearest the date, or None when the nearest one is not told as
    happened (an infinitive, an adjective, a hypothetical or negated verb) or there is none."""
    a, b = clause
    found = [i for i in range(a, b) if lowers[i] in fb.verbs and not date[0] <= i < date[1]]
    if not found:
        return None
    v = min(found, key=lambda i: (abs(i - date[0]), i))
    if v > a and lowers[v - 1] in fb.not_before:
        return None  # "to sign", "the signed deal": not a finite verb
    if v + 1 < len(lowers) and lowers[v + 1] in fb.not_after.get(lowers[v], ()):
        return None  # "ruled out": another verb
    if v < date[0] and not lex.reported_subjects.isdisjoint(lowers[v + 1: date[0]]):
        return None  # "said he was born in 2005": the date is the reported clause's
    # the cues are looked for between the clause's start (or the date before the verb: "On 3 May,
    # X recalled ..." has no modal 'may') and the verb
    lo = max(a, date[1]) if date[1] <= v else a
    if not lex.hypothetical.isdisjoint(lowers[max(lo, v - lex.cue_window): v]):
        return None
    if not lex.negation.isdisjoint(lowers[max(lo, v - lex.negation_window): v]):
        return None
    if not lex.habitual.isdisjoint(lowers[max(lo, v - lex.negation_window): v + 3]):
        return None
    return v


def add_fallback_events(
    doc: Doc, events: list[dict], lex: EventLexicon, fb: FallbackLexicon | None, reads: DocumentReads
) -> None:
    """Append to ``events`` the dated happenings no trigger found (see the module docstring).

    ``reads`` is what the trigger rules read of the document (``document.read_document``)."""
    if fb is None or not len(doc):
        return
    dates = reads.dates
    if not dates:
        return
    dct = reads.dct
    lowers = reads.lowers
    # a specific point in time: no interval, no bound ("since 2020", "by March"), not ahead
    dates = [
        d for d in dates
        if "/" not in d.value and not (d.start and lowers[d.start - 1] in fb.bound_before)
        and fb.bound_near.isdisjoint(lowers[max(0, d.start - fb.bound_window): d.start])
        and not (d.end < len(lowers) and lowers[d.end] in fb.possessive)  # "Sunday's casualties": a noun's date
        and not after_publication(d.value, dct)
    ]
    if not dates:
        return
    sents = reads.sents
    sent_starts = [s for s, _ in sents]
    sent_of = {d: sents[bisect.bisect_right(sent_starts, d.start) - 1] for d in dates}
    # only a sentence with a verb of the map can give an event (a set test on its words, in C)
    dates = [d for d in dates if not fb.verbs.keys().isdisjoint(lowers[sent_of[d][0]: sent_of[d][1]])]
    if not dates:
        return
    datelines = reads.datelines
    headings = heading_tokens(doc)
    dates = [d for d in dates if d.start not in headings and not any(s <= d.start < e for s, e in datelines)]
    if not dates:
        return
    actors = reads.story_actors
    if not actors:
        return
    actor_starts = [sp.start for sp in actors]
    # the clause breaks of those sentences only: their cue words, found in C
    cues = lex.cue_starts.__contains__
    positions = [
        i for a, b in sorted({sent_of[d] for d in dates}) for i in compress(range(a, b), map(cues, lowers[a:b]))
    ]
    breaks = clause_breaks(doc, lex, (), lowers, positions)
    tok = token_arrays(doc)
    text = doc_text(doc)
    country_of = reads.country_of
    for d in dates:
        sent = sent_of[d]
        clause = clause_of(d.start, sent, breaks)
        v = _verb_of(lowers, clause, (d.start, d.end), fb, lex)
        if v is None:
            continue
        a, b = clause
        here = actors[bisect.bisect_left(actor_starts, a): bisect.bisect_left(actor_starts, b)]
        here = [sp for sp in here if sp.end <= b and not (sp.start < d.end and d.start < sp.end)]
        if not here:  # "In December, a scandal erupted over X's shipments": the sentence's actors
            here = [
                sp for sp in actors[bisect.bisect_left(actor_starts, sent[0]): bisect.bisect_left(actor_starts, sent[1])]
                if sp.end <= sent[1] and not (sp.start < d.end and d.start < sp.end)
            ]
        if not here:
            continue
        ordered = [sp.name for sp in here if sp.start < v] + [sp.name for sp in here if sp.start > v]
        participants = list(dict.fromkeys(ordered))
        s_char, e_char = tok.idx[sent[0]], tok.end_char(sent[1] - 1)
        keys = party_keys(participants, country_of)
        if any(
            e["date"] == d.value and (
                s_char <= e["span"]["start"] < e_char or keys & party_keys(e["participants"], country_of)
            )
            for e in events
        ):
            continue
        lo, hi = min(a, v, d.start, here[0].start), max(v + 1, d.end, here[-1].end)
        events.append({
            "type": fb.verbs[lowers[v]],
            "plover": lex.plover.get(fb.verbs[lowers[v]]),
            "trigger": tok.text[v],
            "date": d.value,
            "participants": participants,
            "location": None,
            "counts": [],
            "span": char_span_record(text, tok.idx[lo], tok.end_char(hi - 1)),
            "rule": RULE,
        })
