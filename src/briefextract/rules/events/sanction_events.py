"""The sanctions component's dated, asserted actions as events (``add_sanction_events``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.events.document import DocumentReads
from briefextract.rules.events.lexicon import CONJUNCTIONS, EventLexicon
from briefextract.rules.events.resolve import after_publication, party_keys
from briefextract.rules.spans import doc_text, stored_extension

_WORDS_BEFORE = re.compile(r"(\w+)\s+(\w+)\s*$")


def _decided_before(text: str, start: int, lex: EventLexicon) -> bool:
    """A verb of deciding and 'to' right before ``start`` ('the Council decided to extend ...'):
    the decision is taken, though the measure it decides is still to come."""
    m = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and m.group(2).lower() == "to" and m.group(1).lower() in lex.decision_verbs


_WORD = re.compile(r"\w+")


def _date_in_relative_clause(text: str, span: dict, value: str, date_spans: list, lex: EventLexicon) -> bool:
    """The date mention nearest after an action's span with the action's date, when a relative
    pronoun lies between them: the date is the relative clause's, not the action's. False when a
    mention of that date comes shortly before the span, or none shortly after it (within
    ``sanction_date_reach`` characters)."""
    lo, hi = span["start"] - lex.sanction_date_reach, span["end"] + lex.sanction_date_reach
    if any(lo <= s < span["start"] and v == value for s, _e, v in date_spans):
        return False
    after = [s for s, _e, v in date_spans if v == value and span["end"] <= s < hi]
    if not after:
        return False
    between = text[span["end"]: min(after)]
    return not lex.relative.isdisjoint(w.lower() for w in _WORD.findall(between))


_BEFORE_DATE = re.compile(r"(\S+)\s+$")
_AFTER_DATE = re.compile(r"\s+(\w+)")


def _date_of_another(text: str, span: dict, value: str, date_spans: list, lex: EventLexicon) -> bool:
    """Every mention of the action's date near it (within ``sanction_date_reach`` characters) names
    another thing: it stands after a determiner or a possessive and before a word ('the 2015 JCPOA',
    "Moscow's February 2022 invasion"; cues.json attributive_determiners)."""
    lo, hi = span["start"] - lex.sanction_date_reach, span["end"] + lex.sanction_date_reach
    near = [(s, e) for s, e, v in date_spans if v == value and lo <= s < hi]
    if not near:
        return False
    for s, e in near:
        before = _BEFORE_DATE.search(text, max(0, s - 30), s)
        word = before.group(1).lower() if before else ""
        after = _AFTER_DATE.match(text, e)
        if after and after.group(1).lower() not in CONJUNCTIONS and (
            word in lex.attributive_determiners or word.endswith(("'s", "’s"))
        ):
            continue  # "the 2015 JCPOA", "Moscow's February 2022 invasion"
        return False
    return True


def add_sanction_events(doc: Doc, events: list[dict], lex: EventLexicon, reads: DocumentReads) -> None:
    """The sanctions component's dated, asserted actions (``doc._.sanctions``) as sanctions events.

    The sanctions rules have read every sentence about a measure, with its imposer and target
    ('The U.K. added Shor to a sanctions list in December 2022', 'Since August 2020, the EU has
    imposed a series of sanctions on Belarus'): a sanctions event told at the same place takes
    their imposer and target as participants; a dated action that no event of the same date with
    one of its parties tells already is an event of its own. Undated actions stay records only
    (a text about sanctions names many: most restate one), as do considered or called-for ones.
    """
    records = stored_extension(doc, "sanctions")
    if not records:
        return
    text = doc_text(doc)
    # (start, end, value) of the date mentions, and the values only a date stamp gives, read when a
    # dated action needs them
    date_spans, stamped = None, set()
    names = {a["name"] for a in reads.actor_records}
    country_of = reads.country_of
    dct = reads.dct
    for rec in records:
        if rec.get("action") not in lex.sanction_actions:
            continue
        if rec.get("modality") != "asserted" and not (
            rec.get("modality") == "planned" and _decided_before(text, rec["span"]["start"], lex)
        ):
            continue
        # the imposer is a canonical name even when only a description stood for it ('the Biden
        # administration'); a target is a party only as an actor, not as a sector phrase
        imposer, target = rec.get("imposer"), rec.get("target")
        parties = [n for n in (imposer, target if target in names else None) if n]
        if not parties:
            continue
        start, end = rec["span"]["start"], rec["span"]["end"]
        told = [e for e in events if e["type"] == "sanctions" and e["span"]["start"] < end and start < e["span"]["end"]]
        if told:
            for e in told:
                e["participants"] += [n for n in parties if n not in e["participants"]]
            continue
        date = rec.get("date")
        if not date or after_publication(date, dct):
            continue  # undated: most restate another; later: a deadline ('have until April 3 to wind down')
        if date_spans is None:
            date_records = stored_extension(doc, "dates") or ()
            date_spans = [(d["span"]["start"], d["span"]["end"], d["value"]) for d in date_records]
            stamped = {d["value"] for d in date_records if str(d.get("rule", "")).startswith(C.EXCLUSION_EXEMPT_RULES)}
            stamped.difference_update(
                d["value"] for d in date_records if not str(d.get("rule", "")).startswith(C.EXCLUSION_EXEMPT_RULES)
            )
        if date in stamped:
            continue  # " date 2025-07-18 EU states approved a fresh package": only the page's date stamp says so
        if _date_in_relative_clause(text, rec["span"], date, date_spans, lex):
            continue  # "blacklisted members of a group linked to X, who fled Moldova in 2019": the flight's year
        if _date_of_another(text, rec["span"], date, date_spans, lex):
            continue  # "over Moscow's February 2022 invasion": the invasion's date
        keys = party_keys(parties, country_of)
        if any(e["date"] == date and keys & party_keys(e["participants"], country_of) for e in events):
            continue
        events.append({
            "type": "sanctions",
            "plover": lex.plover.get("sanctions"),
            "trigger": rec["span"]["text"].split(None, 1)[0] if rec["span"]["text"].strip() else rec["span"]["text"],
            "date": date,
            "participants": parties,
            "location": None,
            "counts": [],
            "span": dict(rec["span"]),
            "rule": "events.sanctions.record." + rec["action"],
        })
