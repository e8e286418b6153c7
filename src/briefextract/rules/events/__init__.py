"""Events: trigger words -> one record per reported happening, with date, participants, place.

There is no parser in the pipeline, so an event is found from a trigger (a verb,
its nominalisation or a fixed phrase from ``models/briefextract-en/events/
triggers.jsonl``) and everything else is read from the trigger's *clause*: the
tokens of its sentence between clause breaks (``;``, brackets, ``which``, ``who``,
``after``, anchor expressions ...). Commas do not break a clause, because news
prose puts the date first ("On 11 September, X was received in Minsk by Y").

The steps, one module each (``lexicon`` compiles the data once, ``document`` reads
what the steps share of a document once, ``clauses`` cuts sentences into clauses):

1. ``mentions.find_mentions``: trigger matches that survive their context checks (a
   sanction word near "lifted"; no negation or modal/planning cue before the
   trigger: hypothetical meetings are not happenings; not in a title, heading or
   excluded range; not the content of a charge, a habit, a prevented or feared
   happening; not a kind named with "more/any/such"); a "light" trigger (said,
   signed, announced) gives way to a content trigger later in its clause
   ("announced the lifting of sanctions" is one lifting, not a statement and a
   lifting), and a noun right after a content verb is its object ("repressed
   protests", "discussing the withdrawal"), not a second happening. Background
   mentions go too (word-shape cues, no parser): a participle between a count and
   its noun ("10 jailed U.S. citizens"), a passive relative clause in a subject
   ("Americans who were detained in X have been released") or on a nominal trigger
   ("protests that were suppressed"), a label ("qualifies as a hybrid attack"), a
   source ("according to a decree"); an operation noun after "in a" is the
   occasion of the act before it ("captured X in a raid": one happening).
2. ``arguments.describe``: the clause's nearest date, its actors (participants, canonical
   names; none from a dateline), a place after "in"/"at" (location), and the counts
   inside it. A verbal trigger without a date takes that of a reporting clause
   closing its sentence ("X has freed 52 prisoners, the embassy said on Sept. 11").
3. ``anchors`` (``find_anchor_spans``, ``link_anchors``): "A the day after B", "A on the eve of B": B's date is A's
   shifted by the anchor's days (or A's from B's); a vague anchor ("a few days
   after", "before") only blocks B from borrowing a date it does not have.
4. ``resolve.resolve``: mentions in document order either start an event or merge into an
   earlier compatible one (same family, compatible dates and places, shared
   participants or none): "The meeting in Minsk" is the dated meeting again. A
   definite mention that merges into a dated event lends that date to the later
   undated mentions of its clause ("The result of the meeting was the release").
   A happening dated after the publication date is planned and left out.

Then the sanctions component's dated, asserted actions become sanctions events
(``sanction_events``), and a guarded fallback makes the dated past happenings whose verb
no trigger names (``fallback``, ``fallback.json``); ``matcher`` finds the trigger and
anchor word sequences.
"""

from __future__ import annotations

from itertools import groupby
from operator import attrgetter

from spacy.tokens import Doc

from briefextract.rules.events.anchors import find_anchor_spans, link_anchors
from briefextract.rules.events.arguments import describe, role_index
from briefextract.rules.events.clauses import clause_breaks, cue_positions
from briefextract.rules.events.document import Sorted, read_document
from briefextract.rules.events.fallback import FallbackLexicon, add_fallback_events, build_fallback
from briefextract.rules.events.lexicon import EventLexicon, build_lexicon
from briefextract.rules.events.mentions import find_mentions
from briefextract.rules.events.resolve import resolve, state_of_place
from briefextract.rules.events.sanction_events import add_sanction_events
from briefextract.rules.persons import ARTICLES
from briefextract.rules.spans import excluded_ranges, is_excluded, stored_extension
from briefextract.rules.tokens import token_arrays

__all__ = [
    "EventLexicon",
    "FallbackLexicon",
    "build_fallback",
    "build_lexicon",
    "extract_events",
]


def extract_events(doc: Doc, lex: EventLexicon, fallback: FallbackLexicon | None = None) -> list[dict]:
    """All events of a document as ``records.Event`` dicts: the trigger rules', the sanctions
    component's dated actions, then the dated fallback's (``fallback``; none when None).

    What every step reads of the document is read once (``read_document``) and passed to each.
    """
    if not len(doc):
        return []
    reads = read_document(doc)
    tok = token_arrays(doc)
    lowers = reads.lowers
    positions = cue_positions(lowers, lex)
    # "fired a missile the following day, but ...": an anchor word after an article is an adjective,
    # and one with nothing after it anchors no happening: neither is a clause break
    anchors = [
        (s, e, a) for s, e, a in find_anchor_spans(doc, lex, lowers, positions)
        if e < len(lowers) and not tok.is_punct[e] and not (s > 0 and lowers[s - 1] in ARTICLES)
    ]
    breaks = clause_breaks(doc, lex, [(s, e) for s, e, _ in anchors], lowers, positions)
    dates = reads.dates
    if dates and excluded_ranges(doc):
        # " date 2019-03-01 The United States imposed ... on Friday": a date stamp kept as a date record
        # dates no happening (an event spanning it would be dropped with the stamp's range)
        dates = [d for d in dates if not is_excluded(doc, tok.idx[d.start], tok.end_char(d.end - 1))]
    mentions = find_mentions(doc, lex, breaks, lowers, reads.actors, reads.sents, positions)
    # "BRUSSELS (Reuters) - The Council said ...": the dateline's place and agency take no part
    actors = reads.story_actors
    by_actor = Sorted(actors, key=attrgetter("start"))
    by_date = Sorted(dates, key=attrgetter("start"))
    persons = Sorted([sp for sp in actors if sp.label == "PERSON"], key=attrgetter("end"))
    by_count = Sorted(stored_extension(doc, "counts") or [], key=lambda c: c["span"]["start"])
    places = frozenset(a["name"] for a in reads.actor_records if a.get("type") == "GPE" and a.get("country"))
    source_at = [i for i in positions if lowers[i] in lex.source_cues]
    roles = role_index(reads.actor_records, actors)
    topic_state, country_of = None, None
    if any(w in lowers for w in lex.government_nouns):
        country_of = reads.country_of
        topic_state = reads.topic_state
    # mentions are in text order: each sentence's are consecutive, and share what is read of it
    for (s, e), group in groupby(mentions, key=attrgetter("sent")):
        local = list(group)
        sent_actors, sent_dates = by_actor.range(s, e), by_date.range(s, e)
        starts, ends = [o.start for o in local], [o.end for o in local]
        noun_starts = [o.start for o in local if o.entry.get("noun")]
        sent_counts = by_count.range(tok.idx[s], tok.end_char(e - 1) + 1)
        for m in local:
            describe(
                doc, m, lex, sent_actors, sent_dates, breaks, starts, ends, persons, sent_counts, noun_starts, tok,
                places, source_at, roles, topic_state, country_of,
            )
    link_anchors(doc, mentions, anchors)
    events = resolve(doc, mentions, lex, reads)
    if any(not e["participants"] and e["location"] for e in events):
        state_of_place(events, reads.states)
    if lex.sanction_actions:
        add_sanction_events(doc, events, lex, reads)
    add_fallback_events(doc, events, lex, fallback, reads)
    return events
