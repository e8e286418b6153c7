"""Events: trigger words -> one record per reported happening, with date, participants, place.

There is no parser in the pipeline, so an event is found from a trigger (a verb,
its nominalisation or a fixed phrase from ``models/briefextract-en/events/
triggers.jsonl``) and everything else is read from the trigger's *clause*: the
tokens of its sentence between clause breaks (``;``, brackets, ``which``, ``who``,
``after``, anchor expressions ...). Commas do not break a clause, because news
prose puts the date first ("On 11 September, X was received in Minsk by Y").

The steps, each a plain function below:

1. ``find_mentions``: trigger matches that survive their context checks (a
   sanction word near "lifted"; no negation or modal/planning cue before the
   trigger: hypothetical meetings are not happenings; not in a title, heading or
   excluded range); a "light" trigger (said, signed, announced) gives way to a
   content trigger later in its clause ("announced the lifting of sanctions" is
   one lifting, not a statement and a lifting).
2. ``describe``: the clause's nearest date, its actors (participants, canonical
   names), a place after "in"/"at" (location), and the counts inside it.
3. ``find_anchors``: "A the day after B", "A on the eve of B": B's date is A's
   shifted by the anchor's days (or A's from B's); a vague anchor ("a few days
   after", "before") only blocks B from borrowing a date it does not have.
4. ``resolve``: mentions in document order either start an event or merge into an
   earlier compatible one (same family, compatible dates and places, shared
   participants or none): "The meeting in Minsk" is the dated meeting again. A
   definite mention that merges into a dated event lends that date to the later
   undated mentions of its clause ("The result of the meeting was the release").
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from briefextract import constants as C
from briefextract.rules.spans import char_span_record, is_excluded

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_AUX = frozenset({"was", "were", "been", "be", "is", "are"})


@dataclass
class EventLexicon:
    """The compiled event data: matchers and cue sets, built once per pipeline."""

    triggers: dict[str, dict]
    anchors: dict[str, dict]
    trigger_matcher: Matcher
    anchor_matcher: Matcher
    plover: dict[str, str]
    hypothetical: frozenset[str]
    hypothetical_after: frozenset[str]
    negation: frozenset[str]
    clause_break: frozenset[str]
    relative: frozenset[str]
    definite: frozenset[str]
    adjectival_next: frozenset[str]
    location_preps: dict[str, frozenset[str]]
    families: dict[str, str]
    cue_window: int = 8
    hypothetical_after_window: int = 4
    negation_window: int = 4
    participant_window: int = 14
    pronouns: frozenset[str] = frozenset()
    core_before: int = 4
    core_after: int = 6


def build_lexicon(vocab, data: dict[str, Any]) -> EventLexicon:
    """Compile the data files (triggers.jsonl, anchors.jsonl, plover.json, cues.json)."""
    triggers = {t["id"]: t for t in data.get("triggers", [])}
    anchors = {a["id"]: a for a in data.get("anchors", [])}
    tm = Matcher(vocab)
    for tid, t in triggers.items():
        tm.add(tid, [t["pattern"]])
    am = Matcher(vocab)
    for aid, a in anchors.items():
        am.add(aid, [a["pattern"]])
    cues = data.get("cues", {})
    preps = cues.get("location_preps", ["in", "at"])
    if isinstance(preps, list):
        preps = {"*": preps}
    return EventLexicon(
        triggers=triggers,
        anchors=anchors,
        trigger_matcher=tm,
        anchor_matcher=am,
        plover=dict((data.get("plover") or {}).get("types", {})),
        hypothetical=frozenset(cues.get("hypothetical", ())),
        hypothetical_after=frozenset(cues.get("hypothetical_after", ())),
        negation=frozenset(cues.get("negation", ())),
        clause_break=frozenset(cues.get("clause_break", ())),
        relative=frozenset(cues.get("relative", ())),
        definite=frozenset(cues.get("definite", ())),
        adjectival_next=frozenset(cues.get("adjectival_next", ())),
        location_preps={k: frozenset(v) for k, v in preps.items()},
        families=dict(cues.get("families", {})),
        cue_window=int(cues.get("cue_window", 8)),
        hypothetical_after_window=int(cues.get("hypothetical_after_window", 4)),
        negation_window=int(cues.get("negation_window", 4)),
        participant_window=int(cues.get("participant_window", 14)),
        pronouns=frozenset(cues.get("pronouns", ())),
        core_before=int(cues.get("core_before", 4)),
        core_after=int(cues.get("core_after", 6)),
    )


@dataclass
class Mention:
    """One surviving trigger match and what its clause says."""

    start: int
    end: int
    entry: dict
    sent: tuple[int, int]
    clause: tuple[int, int] = (0, 0)
    date: str | None = None
    date_tokens: tuple[int, int] | None = None
    participants: list[str] = field(default_factory=list)
    core: list[str] = field(default_factory=list)  # the actors right at the trigger, for merging
    strong: list[str] = field(default_factory=list)  # the persons and organisations among them
    places: list[str] = field(default_factory=list)  # the states and places among them
    location: str | None = None
    counts: list[str] = field(default_factory=list)
    extent: tuple[int, int] = (0, 0)  # char offsets of trigger + its arguments
    definite: bool = False
    possessive: bool = False  # "Israel's bombardment": the possessor is the agent, not an anaphor
    anchor_days: int | None = None
    anchored_to: "Mention | None" = None
    anchor_vague: bool = False
    sentence_actors: list[str] = field(default_factory=list)
    spread: list[tuple[str, str]] = field(default_factory=list)  # (date, place) of each happening of a plural
    event: dict | None = None

    @property
    def type(self) -> str:
        return self.entry["type"]


# -- 1. triggers ------------------------------------------------------------------

def _break_flags(doc: Doc, lex: EventLexicon, anchor_spans: Iterable[tuple[int, int]]) -> list[bool]:
    flags = [t.lower_ in lex.clause_break for t in doc]
    for s, e in anchor_spans:
        for i in range(s, e):
            flags[i] = True
    return flags


def clause_of(i: int, sent: tuple[int, int], breaks: list[bool]) -> tuple[int, int]:
    """Token range [start, end) of the clause around token i: the sentence cut at breaks."""
    s, e = sent
    a = i
    while a > s and not breaks[a - 1]:
        a -= 1
    b = i + 1
    while b < e and not breaks[b]:
        b += 1
    return a, b


def _words(doc: Doc, lo: int, hi: int) -> list[str]:
    return [t.lower_ for t in doc[max(lo, 0): max(hi, 0)]]


def _context_ok(doc: Doc, start: int, end: int, entry: dict) -> bool:
    """The trigger's own lexical conditions: ``near`` / ``near_after`` / ``not_near`` words."""
    window = int(entry.get("window", 3))
    if entry.get("near"):
        around = _words(doc, start - window, start) + _words(doc, end, end + window)
        if not set(entry["near"]) & set(around):
            return False
    if entry.get("near_after"):
        if not set(entry["near_after"]) & set(_words(doc, end, end + window)):
            return False
    if entry.get("not_near"):
        around = _words(doc, start - 2, start) + _words(doc, end, end + 3)
        if set(entry["not_near"]) & set(around):
            return False
    return True


def _cue_words(doc: Doc, lo: int, hi: int) -> list[str]:
    """Lower-cased words for cue tests; a capitalised "May" inside a sentence is the month."""
    return [t.lower_ for t in doc[max(lo, 0): max(hi, 0)] if not (t.text == "May" and not t.is_sent_start)]


def _unreported(doc: Doc, m: Mention, lex: EventLexicon) -> bool:
    """Negated ("did not release") or hypothetical ("could organise a meeting") in its clause."""
    a, b = m.clause
    _words = _cue_words
    before = _words(doc, max(a, m.start - lex.cue_window), m.start)
    if set(before) & lex.hypothetical:
        return True
    if set(_words(doc, max(a, m.start - lex.negation_window), m.start)) & lex.negation:
        return True
    after = _words(doc, m.end, min(b, m.end + lex.hypothetical_after_window))
    return bool(set(after) & lex.hypothetical_after)


def _in_heading(doc: Doc, start_char: int, end_char: int) -> bool:
    spans = doc.spans[C.SPANS_LAYOUT] if C.SPANS_LAYOUT in doc.spans else ()
    return any(
        s.label_ in (C.LAYOUT_TITLE, C.LAYOUT_HEADING) and s.start_char < end_char and s.end_char > start_char
        for s in spans
    )


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches, longest first (``phone call`` beats ``call``)."""
    kept: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for mid, s, e in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
        if taken.isdisjoint(range(s, e)):
            kept.append((mid, s, e))
            taken.update(range(s, e))
    return sorted(kept, key=lambda m: m[1])


def find_mentions(doc: Doc, lex: EventLexicon, breaks: list[bool]) -> list[Mention]:
    """Trigger matches that pass their lexical, modal, negation and layout checks."""
    sent_of = {}
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            sent_of[i] = (sent.start, sent.end)
    strings = doc.vocab.strings
    out: list[Mention] = []
    # the lexicon order decides between entries matching the same words; the first
    # whose context holds wins ("announced" near "sanctions" vs. a dated "announced")
    order = {tid: i for i, tid in enumerate(lex.triggers)}
    by_span: dict[tuple[int, int], list[dict]] = {}
    raw = lex.trigger_matcher(doc)
    for mid, s, e in raw:
        by_span.setdefault((s, e), []).append(lex.triggers[strings[mid]])
    passing = []
    for (s, e), entries in by_span.items():
        for entry in sorted(entries, key=lambda t: order[t["id"]]):
            if _context_ok(doc, s, e, entry):
                passing.append((entry, s, e))
                break
    chosen = {(s, e): entry for entry, s, e in passing}
    for _, s, e in _longest([(0, s, e) for _, s, e in passing]):
        entry = chosen[(s, e)]
        span = doc[s:e]
        if is_excluded(doc, span.start_char, span.end_char) or _in_heading(doc, span.start_char, span.end_char):
            continue
        m = Mention(start=s, end=e, entry=entry, sent=sent_of.get(s, (s, e)))
        m.clause = clause_of(s, m.sent, breaks)
        if _unreported(doc, m, lex):
            continue
        left = _words(doc, max(m.clause[0], s - 3), s)
        m.definite = bool(entry.get("noun")) and any(w in lex.definite for w in left)
        m.possessive = any(w in ("'s", "’s") for w in left)
        if not entry.get("noun") and e < len(doc) and doc[e].lower_ in lex.adjectival_next:
            continue  # "sanctioned companies include ...": a participle used as an adjective
        out.append(m)
    # a participle right after a nominal trigger modifies it ("a deal negotiated with ...")
    out = [
        m for m in out
        if m.entry.get("noun") or not any(o.entry.get("noun") and 0 <= m.start - o.end <= 1 for o in out)
    ]
    # a light trigger (said, signed, announced) yields to a content trigger in its clause
    kept = []
    for m in out:
        if m.entry.get("light") and any(
            o is not m and not o.entry.get("light") and o.clause == m.clause and 0 < o.start - m.start <= 8
            for o in out
        ):
            continue
        kept.append(m)
    return kept


# -- 2. arguments -------------------------------------------------------------------

def _actor_spans(doc: Doc) -> list[Span]:
    for key in (C.SPANS_ACTORS, C.SPANS_GAZETTEER):
        if key in doc.spans and len(doc.spans[key]):
            return list(doc.spans[key])
    return []


def _date_spans(doc: Doc) -> list[Span]:
    if C.SPANS_DATES not in doc.spans:
        return []
    return [s for s in doc.spans[C.SPANS_DATES] if s.kb_id_ and not s.kb_id_.endswith("_REF")]


def _canonical(span: Span) -> str:
    return span.kb_id_ or span.text


def _pronoun_person(doc: Doc, m: Mention, lex: EventLexicon, actors: list[Span]) -> str | None:
    """The person a he/his/she/her in the trigger's clause most likely is: the last one named before."""
    a, b = m.clause
    if not any(t.lower_ in lex.pronouns for t in doc[a:b]):
        return None
    before = [sp for sp in actors if sp.label_ == "PERSON" and sp.end <= a]
    return _canonical(before[-1]) if before else None


def _topic_date(m: Mention, dates: list[Span], breaks: list[bool]) -> Span | None:
    """The date of a sentence's opening clause ("During his visit in May 2024, X ... but met Y")."""
    s, e = m.sent
    first = s
    while first < e and not breaks[first]:
        first += 1
    if first == s:  # the sentence opens with a break word ("During ..."): its first clause is after it
        first += 1
        while first < e and not breaks[first]:
            first += 1
    inside = [d for d in dates if s <= d.start and d.end <= first and d.end <= m.start and d.start - s <= 8]
    return inside[0] if len(inside) == 1 else None


def describe(
    doc: Doc, m: Mention, lex: EventLexicon, actors: list[Span], dates: list[Span], breaks: list[bool],
    starts: list[int] = (),
    ends: list[int] = (),
) -> None:
    """Fill the mention's date, participants, location and counts from its clause.

    A date with another trigger between it and this one is that trigger's
    ("X has committed genocide, Y said Tuesday"), and so is a date right after
    an earlier trigger ("captured in 2020 and one captured in September").
    """
    a, b = m.clause
    pronoun_person = _pronoun_person(doc, m, lex, actors)
    # date: the nearest in the clause; one after the trigger counts a little farther
    best = None
    for d in dates:
        if d.start >= a and d.end <= b:
            dist = (m.start - d.end) if d.end <= m.start else 1.5 * (d.start - m.end)
            lo_t, hi_t = (d.end, m.start) if d.end <= m.start else (m.end, d.start)
            if any(lo_t <= o < hi_t for o in starts):
                continue
            if d.end <= m.start and any(0 <= d.start - o_end <= 2 for o_end in ends if o_end <= d.start):
                continue  # "captured in 2020 and one captured in September": 2020 is the first's
            if best is None or dist < best[0]:
                best = (dist, d)
    relative = a > m.sent[0] and doc[a - 1].lower_ in lex.relative
    if best is None and not m.entry.get("noun") and not m.entry.get("light") and not relative:
        topic = _topic_date(m, dates, breaks)
        if topic is not None:
            best = (0, topic)
    if best is not None:
        m.date = best[1].kb_id_
        m.date_tokens = (best[1].start, best[1].end)
    # participants: actors of the clause near the trigger; a relative clause adds its antecedent's
    lo, hi = max(a, m.start - lex.participant_window), min(b, m.end + lex.participant_window)
    ranges = [(lo, hi)]
    if a > m.sent[0] and doc[a - 1].lower_ in lex.relative:
        prev = a - 1
        while prev > m.sent[0] and doc[prev - 1].is_punct:
            prev -= 1
        if prev > m.sent[0]:
            pa, pb = clause_of(prev - 1, m.sent, breaks)
            ranges.append((max(pa, pb - lex.participant_window), pb))
    preps = lex.location_preps.get(m.type, lex.location_preps.get("*", frozenset()))
    loc = None
    names: list[str] = []
    arg_spans: list[tuple[int, int]] = [(m.start, m.end)]
    for r_lo, r_hi in ranges:
        for sp in actors:
            if sp.start < r_lo or sp.end > r_hi:
                continue
            name = _canonical(sp)
            if (
                r_lo == lo and sp.label_ == "GPE" and sp.start > 0 and doc[sp.start - 1].lower_ in preps
                and (loc is None or abs(sp.start - m.start) < abs(loc[1] - m.start))
            ):
                loc = (name, sp.start)
            if name not in names:
                names.append(name)
            if r_lo == lo:
                arg_spans.append((sp.start, sp.end))
    if loc is not None:
        m.location = loc[0]
        if names.count(loc[0]) and not any(
            _canonical(sp) == loc[0] and sp.start != loc[1] and lo <= sp.start < hi for sp in actors
        ):
            names.remove(loc[0])
    if not names and pronoun_person is not None:
        names.append(pronoun_person)
    # "the earlier controls announced in April": for a dated event, the sentence's actors stand in
    m.sentence_actors = list(dict.fromkeys(
        _canonical(sp) for sp in actors
        if m.sent[0] <= sp.start and sp.end <= m.sent[1] and (loc is None or _canonical(sp) != loc[0])
    ))
    m.participants = names
    c_lo, c_hi = max(a, m.start - lex.core_before), min(b, m.end + lex.core_after)
    core = [sp for sp in actors if c_lo <= sp.start and sp.end <= c_hi and _canonical(sp) != m.location]
    m.core = list(dict.fromkeys(_canonical(sp) for sp in core))
    m.strong = list(dict.fromkeys(_canonical(sp) for sp in core if sp.label_ != "GPE"))
    m.places = [n for n in m.core if n not in m.strong]
    if m.date_tokens:
        arg_spans.append(m.date_tokens)
    # "the coups in Niger in July 2023, Burkina Faso in January 2022 and Mali in August 2020"
    if m.entry.get("noun") and doc[m.end - 1].lower_.endswith("s"):
        gpes = [sp for sp in actors if sp.label_ == "GPE" and m.end <= sp.start < b]
        pairs = []
        for d in dates:
            if m.end <= d.start and d.end <= b:
                near = [sp for sp in gpes if sp.end <= d.start and d.start - sp.end <= 3]
                if near:
                    pairs.append((d.kb_id_, _canonical(near[-1])))
        if len(pairs) >= 2:
            m.spread = pairs
    # counts inside the clause
    ca, cb = doc[a].idx, (doc[b - 1].idx + len(doc[b - 1].text))
    m.counts = [
        c["span"]["text"] for c in (doc._.counts or [])
        if ca <= c["span"]["start"] and c["span"]["end"] <= cb
    ]
    s_tok = min(x for x, _ in arg_spans)
    e_tok = max(y for _, y in arg_spans)
    m.extent = (doc[s_tok].idx, doc[e_tok - 1].idx + len(doc[e_tok - 1].text))


# -- 3. anchors -----------------------------------------------------------------------

def find_anchor_spans(doc: Doc, lex: EventLexicon) -> list[tuple[int, int, dict]]:
    strings = doc.vocab.strings
    return [(s, e, lex.anchors[strings[mid]]) for mid, s, e in _longest(lex.anchor_matcher(doc))]


def _anchor_days(doc: Doc, s: int, anchor: dict) -> int | None:
    days = anchor.get("days")
    if days == "n":
        word = doc[s].lower_
        n = _NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
        return None if n is None else n * int(anchor.get("sign", 1))
    return days


def link_anchors(doc: Doc, mentions: list[Mention], anchors: list[tuple[int, int, dict]]) -> None:
    """Tie the event after an anchor expression (B) to the one before it (A) in its sentence.

    A is the last earlier mention of the sentence that is not itself the B of an
    anchor: in "The meeting took place the day after an attack, on the eve of the
    exercises" both anchors hang on the meeting.
    """
    anchored: set[int] = set()
    for s, e, anchor in anchors:
        after = [
            m for m in mentions
            if m.start >= e and m.start - e <= 10 and m.sent[0] <= s < m.sent[1]
            and not any(t.text in (",", ";", ":", "(", ")") for t in doc[e:m.start])
        ]
        if not after:
            continue
        b = after[0]
        anchored.add(id(b))
        before = [m for m in mentions if m.end <= s and m.sent == b.sent and id(m) not in anchored]
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


# -- 4. events ---------------------------------------------------------------------

def _family(m: Mention, lex: EventLexicon) -> str:
    return m.entry.get("family") or lex.families.get(m.type) or m.type


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Either unknown, or one is the other at a coarser granularity (2025 ⊇ 2025-09-11)."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _more_specific(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return a if len(a) >= len(b) else b


def _keys(names: Iterable[str], country_of: dict[str, str]) -> set[str]:
    out = set()
    for n in names:
        out.add(n)
        if country_of.get(n):
            out.add(country_of[n])
    return out


def _merge_target(m, date, fam, events, families, cores, mentions_of, sentence_events, country_of, strong_names):
    """The earlier event this mention is another mention of, or None.

    Compatible = same family, compatible dates and places, and shared core
    participants when both have some. An undated event does not take a dated
    indefinite mention ("a war" then "a war in 2022" may be two wars). Preference:
    an event already mentioned in this sentence ("The meeting in Minsk was the
    fourth round of talks"); for a bare definite mention ("The meeting took
    place...", no person or organisation of its own) the most mentioned
    candidate, i.e. the article's main happening; otherwise the most recent one.
    """
    # a definite mention ("these talks", "the U.S.-Belarusian talks") is told apart by its
    # persons and organisations only: the states around it describe the same happening
    keys = _keys(m.strong if m.definite else m.core, country_of)
    bare = m.definite and not m.possessive and not m.strong and not date
    if m.possessive:
        keys = _keys(m.core, country_of)
    candidates = []
    for i in range(len(events) - 1, -1, -1):
        ev = events[i]
        if families[i] != fam or not dates_compatible(ev["date"], date):
            continue
        if ev["location"] and m.location and ev["location"] != m.location:
            continue
        ev_keys = _keys(cores[i], country_of)
        own = _keys(m.core, country_of)
        verbal = not m.entry.get("noun")
        if verbal and not (date and date == ev["date"] and len(date) == 10):
            continue  # a reported act ("met", "released") is a new happening unless its day says otherwise
        if i in sentence_events.get(m.sent, ()) and not verbal and not (ev_keys and own and not ev_keys & own):
            return ev
        if date and not ev["date"] and not m.definite:
            continue
        ev_keys = _keys(cores[i], country_of)
        if ev_keys and keys and not ev_keys & keys:
            continue
        ev_places = set(cores[i]) - {n for n in cores[i] if n in strong_names}
        if m.definite and m.places and ev_places and not ev_places & set(m.places):
            continue  # "the naval manoeuvres of Turkey" are not the exercises of Russia and Belarus
        candidates.append(i)
    if not candidates:
        return None
    if bare:
        return events[max(candidates, key=lambda i: (mentions_of[i], i))]
    return events[candidates[0]]


def _record(doc: Doc, m: Mention, lex: EventLexicon, date, participants, location) -> dict:
    trig = doc[m.start:m.end]
    toks = [t for t in trig if t.lower_ not in _AUX] or list(trig)
    return {
        "type": m.type,
        "plover": m.entry.get("plover") or lex.plover.get(m.type),
        "trigger": doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)],
        "date": date,
        "participants": list(participants),
        "location": location,
        "counts": list(m.counts),
        "span": char_span_record(doc.text, *m.extent),
        "rule": f"events.{m.entry['id']}" + (".anchored" if m.anchored_to is not None else ""),
    }


def resolve(doc: Doc, mentions: list[Mention], lex: EventLexicon) -> list[dict]:
    """Mentions in order -> events; repeated mentions of one happening merge."""
    country_of = {a["name"]: a.get("country") for a in (doc._.actors or []) if a.get("country")}
    events: list[dict] = []
    families: list[str] = []
    cores: list[list[str]] = []
    mentions_of: list[int] = []
    strong_names: set[str] = set()  # names seen as persons/organisations: the rest of a core are places
    sentence_events: dict[tuple[int, int], list[int]] = {}
    sentence_date: dict[tuple[int, int], str] = {}
    for m in mentions:
        date = m.date
        if m.anchored_to is not None:
            a = m.anchored_to
            a_date = a.event["date"] if a.event else a.date
            if a_date:
                date = shift_day(a_date, -m.anchor_days) if not m.date else m.date
            elif m.date and a.event is not None and not a.event["date"]:
                a.event["date"] = shift_day(m.date, m.anchor_days)
        elif not date and not m.anchor_vague:
            date = sentence_date.get(m.clause)
        if m.entry.get("needs_date") and not date:
            continue
        if m.spread:
            for d_value, place in m.spread:
                ev = _record(doc, m, lex, d_value, [p for p in m.participants if p not in dict(m.spread).values()], place)
                ev["rule"] += ".each"
                events.append(ev)
                families.append(_family(m, lex))
                cores.append([place])
                mentions_of.append(1)
            m.event = events[-1]
            continue
        fam = _family(m, lex)
        strong_names.update(m.strong)
        target = _merge_target(
            m, date, fam, events, families, cores, mentions_of, sentence_events, country_of, strong_names
        )
        if target is not None:
            ti = next(i for i, ev in enumerate(events) if ev is target)
            mentions_of[ti] += 1
            sentence_events.setdefault(m.sent, []).append(ti)
            ev_core = cores[ti]
            ev_core += [p for p in m.core if p not in ev_core]
            target["date"] = _more_specific(target["date"], date)
            target["participants"] += [p for p in m.participants if p not in target["participants"]]
            target["location"] = target["location"] or m.location
            target["counts"] += [c for c in m.counts if c not in target["counts"]]
            m.event = target
            if m.definite and target["date"] and m.clause not in sentence_date:
                sentence_date[m.clause] = target["date"]
            continue
        if not (date or m.participants or m.location):
            continue
        ev = _record(doc, m, lex, date, m.participants or (m.sentence_actors if date else []), m.location)
        m.event = ev
        events.append(ev)
        families.append(fam)
        cores.append(list(m.core))
        mentions_of.append(1)
        sentence_events.setdefault(m.sent, []).append(len(events) - 1)
    return events


def extract_events(doc: Doc, lex: EventLexicon) -> list[dict]:
    """All events of a document as ``records.Event`` dicts."""
    if not len(doc):
        return []
    anchors = find_anchor_spans(doc, lex)
    breaks = _break_flags(doc, lex, [(s, e) for s, e, _ in anchors])
    mentions = find_mentions(doc, lex, breaks)
    actors, dates = _actor_spans(doc), _date_spans(doc)
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    for m in mentions:
        describe(doc, m, lex, actors, dates, breaks, starts, ends)
    link_anchors(doc, mentions, anchors)
    return resolve(doc, mentions, lex)
