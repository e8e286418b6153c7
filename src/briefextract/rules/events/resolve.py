"""Step 4, ``resolve``: mentions in document order become events or merge into an earlier one."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.events.anchors import shift_day
from briefextract.rules.events.document import AGENT_LABELS, DocumentReads
from briefextract.rules.events.lexicon import EventLexicon
from briefextract.rules.events.mentions import Mention
from briefextract.rules.spans import char_span_record, doc_text
from briefextract.rules.tokens import TokenArrays, token_arrays


def _in_progress(lowers: list[str], m: Mention, lex: EventLexicon) -> bool:
    """The trigger is told in the present progressive: a verb in -ing right after 'is'/'are'
    ("is visiting Paris", "are meeting with"), or a noun after 'is'/'are on a' and at most
    two adjectives ("is on an official visit to Moscow")."""
    s, a = m.start, m.clause[0]
    if not m.entry.get("noun"):
        return lowers[s].endswith("ing") and s > a and lowers[s - 1] in lex.progressive_aux
    k = s - 1
    while k >= max(a, s - 3) and lowers[k].isalpha() and lowers[k] not in lex.progressive_det:
        k -= 1
    return (
        k - 2 >= a and lowers[k] in lex.progressive_det and lowers[k - 1] in lex.progressive_prep
        and lowers[k - 2] in lex.progressive_aux
    )


def _speech_occasion(lowers: list[str], m: Mention, lex: EventLexicon) -> bool:
    """The nominal trigger is a meeting a speaker comes from: right after 'during'/'following' (and an
    article or a few adjectives), that word at most ``speech_occasion_gap`` words after a verb of saying
    with only words between ("he said during a meeting at the Pentagon with X", "said President X
    following talks in Berlin with Y", "was quoted as saying during the Cabinet meeting")."""
    a, s = m.clause[0], m.start
    if (
        not m.entry.get("noun") or a <= m.sent[0] or lowers[a - 1] not in lex.speech_occasion
        or lex.family_of[m.entry["id"]] not in lex.speech_occasion_families
        or s - a > lex.speech_occasion_adjectives or not all(w.isalpha() for w in lowers[a:s])
    ):
        return False
    k = a - 2
    while k >= m.sent[0] and a - 2 - k < lex.speech_occasion_gap and lowers[k] not in lex.reporting_verbs and (
        lowers[k].isalpha() or lowers[k] == "-"
    ):
        k -= 1
    return k >= m.sent[0] and lowers[k] in lex.reporting_verbs


def _family(m: Mention, lex: EventLexicon) -> str:
    return lex.family_of[m.entry["id"]]


def after_publication(iso: str | None, dct: str | None) -> bool:
    """The date (a year, month or day; an interval by its start) lies after the publication date.

    An analysis reports what has happened by the day it is published; a happening dated
    later is planned or expected. Weeks, seasons and quarters are not compared.
    """
    if not iso or not dct:
        return False
    start = iso.split("/")[0]
    if not C.ISO_DAY.match(start) and not (len(start) in (4, 7) and start.replace("-", "").isdigit()):
        return False
    return start > dct[: len(start)]


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Either unknown, or one is the other at a coarser granularity (2025 ⊇ 2025-09-11)."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _more_specific(a: str | None, b: str | None) -> str | None:
    """The finer of two compatible dates: by the granularity of their start, a day within an
    interval ("2025-04-19" in "last weekend", 2025-04-19/2025-04-20) before the interval."""
    if not a:
        return b
    if not b:
        return a
    ka, kb = (len(a.split("/")[0]), "/" not in a), (len(b.split("/")[0]), "/" not in b)
    return a if ka >= kb else b


def party_keys(names: Iterable[str], country_of: dict[str, str]) -> set[str]:
    """The names and the country of each (two events share a party when their keys meet)."""
    out = set()
    for n in names:
        out.add(n)
        if country_of.get(n):
            out.add(country_of[n])
    return out


def _merge_target(
    m, date, fam, events, of_family, cores, mentions_of, sentence_events, country_of, strong_names, agents=frozenset(),
    trigger: str = "",
):
    """The index of the earlier event this mention is another mention of, or None.

    Compatible = same family, compatible dates and places, and shared core
    participants when both have some. An undated event does not take a dated
    indefinite mention ("a war" then "a war in 2022" may be two wars). Preference:
    an event already mentioned in this sentence ("The meeting in Minsk was the
    fourth round of talks"); for a bare definite mention ("The meeting took
    place...", no person or organisation of its own) the most mentioned
    candidate, i.e. the article's main happening; otherwise the most recent one.
    """
    earlier = of_family.get(fam)  # the indices of the events of its family, in order
    if earlier is None:
        return None  # no earlier event of its family
    # a definite mention ("these talks", "the U.S.-Belarusian talks") is told apart by its
    # persons and organisations only: the states around it describe the same happening
    keys = party_keys(m.strong if m.definite else m.core, country_of)
    own = party_keys(m.core, country_of)
    bare = m.definite and not m.possessive and not m.strong and not date
    if m.possessive:
        keys = party_keys(m.core, country_of)
    verbal = not m.entry.get("noun")
    once_entry = m.entry.get("once")
    here = sentence_events.get(m.sent, ())  # the events already mentioned in this sentence
    strong = set(m.strong)
    told_by = strong | (set(m.participants) & agents)
    own_rule = "events." + m.entry["id"]
    candidates = []
    for i in reversed(earlier):
        ev = events[i]
        ev_date, ev_location = ev["date"], ev["location"]
        if not dates_compatible(ev_date, date):
            continue
        if ev_location and m.location and ev_location != m.location and not (
            country_of.get(ev_location) == m.location or country_of.get(m.location) == ev_location
        ):
            continue  # (Minsk and Belarus are one place told at two scales)
        # a happening that befalls a person once ("sworn in", "executed") is the same one again
        # when the same person undergoes it; other acts are new unless their day says otherwise
        once = once_entry and not strong.isdisjoint(cores[i])
        if verbal and m.elaborates and i in here and not date:
            return i  # "Cuba began releasing them ..., freeing about 150 prisoners": one release told twice
        # an undated act told again at the same place ("were transferred to Ukraine") or by the
        # same person or organisation ("in Tokyo for meetings with ..." then "X met with Y") is that act
        # or marked as more of the same ("Y was also released")
        again = verbal and not date and not ev_date and (
            (m.location and m.location == ev_location)
            or not told_by.isdisjoint(ev["participants"])
            or m.additive
        )
        if (
            verbal and not date and not ev_date and ev["rule"] == own_rule and ev["trigger"].lower() == trigger
            and not (m.counts and ev["counts"]) and not set(m.core).isdisjoint(ev["participants"])
        ):
            # the same words again, undated, with a party in common and no second count: "drones were
            # shot down by Polish forces" ... "Russian drones have been shot down over NATO territory"
            return i
        if verbal and m.additive and not date:
            return i  # the latest happening of the family: "Y was also released", "Also freed were ..."
        if verbal and not once and not again and not (date and date == ev_date and (
            len(date) == 10 or (len(strong) >= 2 and strong.issubset(ev["participants"]))
        )):
            # (the same persons at the same date, even a month: "their meeting last September" and
            # "In September last year, Putin met Kim")
            continue  # a reported act ("met", "released") is a new happening unless its day says otherwise
        ev_keys = party_keys(cores[i], country_of)
        if i in here and not verbal and not (ev_keys and own and not ev_keys & own):
            return i
        if date and not ev_date and (not m.definite or (m.possessive and not m.anaphoric)) and not (
            not verbal and m.strong and strong.issubset(ev["participants"]) and ev["type"] == m.type
        ):
            # "Russia's invasion of Ukraine in 2022" names its own happening, not an undated one told
            # before; "Putin chaired a meeting on Wednesday" after "Putin has convened a meeting with
            # his ministers" (the same kind, its persons all there) is that one, dated
            continue
        if date and not ev_date and not (
            m.anaphoric or ev_keys & keys or (m.location and m.location == ev_location)
        ):
            continue  # "the meeting of the presidents on May 29": a dated mention names its own happening
        if ev_keys and keys and not ev_keys & keys:
            continue
        if m.definite and m.places:
            ev_places = set(cores[i]) - {n for n in cores[i] if n in strong_names}
            if ev_places and ev_places.isdisjoint(m.places):
                continue  # "the naval manoeuvres of Turkey" are not the exercises of Russia and Belarus
        candidates.append(i)
    if not candidates:
        return None
    if bare:
        return max(candidates, key=lambda i: (mentions_of[i], i))
    return candidates[0]


def _made_here(lower: list[str], m: Mention) -> bool:
    """A word of the trigger's ``undated_near`` (a verb of making: signed, reached, brokered) within
    six words of it in its clause: an undated agreement is told as made, not only named."""
    a, b = m.clause
    near = m.entry["undated_near"]
    return any(w in near for w in lower[max(a, m.start - 6): min(b, m.end + 6)])


def _season_ahead(lower: list[str], span: tuple[int, int], iso: str, dct: str | None, lex: EventLexicon) -> bool:
    """The date is a season of the publication year ("this fall") that starts after the publication
    month: the happening is still to come (a season's value is its year only)."""
    if not dct or not lex.season_start_month or iso != dct[:4]:
        return False
    month = int(dct[5:7])
    return any(lex.season_start_month.get(w, 0) > month for w in lower[span[0]: span[1]])


def _record(tok: TokenArrays, text: str, m: Mention, lex: EventLexicon, date, participants, location) -> dict:
    type_, plover, rule = lex.record_of[m.entry["id"]]
    return {
        "type": type_,
        "plover": plover,
        "trigger": _trigger_text(tok, text, m, lex),
        "date": date,
        "participants": list(participants),
        "location": location,
        "counts": list(m.counts),
        "span": char_span_record(text, *m.extent),
        "rule": rule if m.anchored_to is None else rule + ".anchored",
    }


def _trigger_text(tok: TokenArrays, text: str, m: Mention, lex: EventLexicon) -> str:
    """The trigger's words without its auxiliaries ("was released" -> "released"; cues.json aux_chain,
    the list the relative-clause test walks back over); all of them when that leaves none. Most
    triggers are one word: that word."""
    if m.end - m.start == 1:
        return tok.text[m.start]  # a token's text is the text at its offset
    toks = [i for i in range(m.start, m.end) if tok.lower[i] not in lex.aux_chain] or list(range(m.start, m.end))
    return text[tok.idx[toks[0]]: tok.end_char(toks[-1])]


def resolve(doc: Doc, mentions: list[Mention], lex: EventLexicon, reads: DocumentReads) -> list[dict]:
    """Mentions in order -> events; repeated mentions of one happening merge.

    The actors read are the story's (``reads.story_actors``: not a dateline's).
    """
    text = doc_text(doc)
    actors = reads.story_actors
    tok = token_arrays(doc)
    dct = reads.dct
    country_of = reads.country_of
    # persons and organisations (the actors that act), from the actor spans the events read
    agents = {sp.name for sp in actors if sp.label in AGENT_LABELS}
    events: list[dict] = []
    of_family: dict[str, list[int]] = {}  # family -> the indices of its events, in order
    cores: list[list[str]] = []
    mentions_of: list[int] = []
    strong_names: set[str] = set()  # names seen as persons/organisations: the rest of a core are places
    sentence_events: dict[tuple[int, int], list[int]] = {}
    sentence_date: dict[tuple[int, int], str] = {}
    sentence_target: dict[tuple[int, int], int] = {}  # clause -> the event whose definite mention dated it
    planned: dict[str, bool] = {}  # date -> after_publication(date), asked once per date
    for m in mentions:
        date, inherited = _mention_date(m, lex, tok, dct, sentence_date, sentence_target)
        if _left_out(m, date, lex, tok, dct, events, sentence_events, planned):
            continue
        if m.spread:
            _add_spread(m, lex, tok, text, events, of_family, cores, mentions_of)
            continue
        fam = _family(m, lex)
        strong_names.update(m.strong)
        ti = _merge_target(
            m, date, fam, events, of_family, cores, mentions_of, sentence_events, country_of, strong_names, agents,
            _trigger_text(tok, text, m, lex).lower(),
        )
        if ti is None and inherited is not None and inherited in of_family.get(fam, ()):
            # "Pezeshkian won 53.6 percent of the vote in a runoff election against Jalili": the vote
            # is the runoff told before, and so is the election of its clause dated by it
            ti = inherited
        if ti is not None:
            _merge_into(m, ti, date, events, cores, mentions_of, sentence_events, sentence_date, sentence_target)
            continue
        if _no_new_event(m, date, tok):
            continue
        participants = m.participants or (m.sentence_actors if date else [])
        if not participants and date:
            # "Following the 2020 vote, over 35,000 people were detained": a dated act with no actor
            # in its sentence is the doing of the state the article is about
            topic = reads.topic_state
            participants = [topic] if topic and topic != m.location else []
        ev = _record(tok, text, m, lex, date, participants, m.location)
        m.event = ev
        events.append(ev)
        of_family.setdefault(fam, []).append(len(events) - 1)
        cores.append(list(m.core))
        mentions_of.append(1)
        sentence_events.setdefault(m.sent, []).append(len(events) - 1)
    state_events = [i for fam in lex.state_families.intersection(of_family) for i in of_family[fam]]
    if state_events:
        _state_of_happening([events[i] for i in state_events], reads.topic_state, reads.states)
    return events


def _mention_date(
    m: Mention, lex: EventLexicon, tok: TokenArrays, dct: str | None,
    sentence_date: dict[tuple[int, int], str], sentence_target: dict[tuple[int, int], int],
) -> tuple[str | None, int | None]:
    """The mention's date once the document is read in order: shifted from its anchor's (or given to
    an undated anchor event), else its clause's date taken from a definite mention told before, else
    the publication date for a happening told in progress. Also the index of the event whose definite
    mention dated the clause (``inherited``), when the date came from it, else None."""
    date = m.date
    inherited = None  # the event a definite mention of this clause told, when its date is this mention's
    if m.anchored_to is not None:
        a = m.anchored_to
        a_date = a.event["date"] if a.event else a.date
        if a_date:
            date = shift_day(a_date, -m.anchor_days) if not m.date else m.date
        elif m.date and a.event is not None and not a.event["date"]:
            a.event["date"] = shift_day(m.date, m.anchor_days)
    elif not date and not m.anchor_vague:
        date = sentence_date.get(m.clause)
        if date:
            inherited = sentence_target[m.clause]
    if not date and dct and lex.progressive_aux and _in_progress(tok.lower, m, lex):
        date = dct  # "X is on an official visit to Moscow", "is visiting Paris": happening as the article is written
    elif not date and dct and lex.speech_occasion_families and _speech_occasion(tok.lower, m, lex):
        date = dct  # "he said during a meeting with X": the occasion of the day's words
    return date, inherited


def _left_out(
    m: Mention, date: str | None, lex: EventLexicon, tok: TokenArrays, dct: str | None, events: list[dict],
    sentence_events: dict[tuple[int, int], list[int]], planned: dict[str, bool],
) -> bool:
    """The mention neither makes an event nor merges into one: it needs a date it lacks, it is the
    source of a happening its sentence reports, it says who people are, or it is planned (after
    publication, or in a season still ahead). ``planned`` caches after_publication per date."""
    if m.entry.get("needs_date") and not date:
        return True
    if m.closing and m.entry.get("light") and date and any(
        events[i]["date"] == date and events[i]["type"] != m.type for i in sentence_events.get(m.sent, ())
    ):
        # "Belarus has freed 14 prisoners, Viasna said on Saturday": the saying closing the
        # sentence is the source of the happening it reports (dated by it), not a second one
        return True
    if m.in_subject and not date:
        return True  # "Americans who were detained in X have been released": who they are, not a new act
    if date:
        if date not in planned:
            planned[date] = after_publication(date, dct)
        if planned[date]:
            return True  # "the next round of talks in November", "an election in 2029": planned, not reported
        if m.date_tokens and m.date == date and _season_ahead(tok.lower, m.date_tokens, date, dct, lex):
            return True  # "elections this fall" in June: a season of this year still ahead
    return False


def _add_spread(
    m: Mention, lex: EventLexicon, tok: TokenArrays, text: str, events: list[dict],
    of_family: dict[str, list[int]], cores: list[list[str]], mentions_of: list[int],
) -> None:
    """One event per (date, place) pair of a mention that tells several happenings ("the coups in
    Niger in July 2023, Burkina Faso in January 2022 and Mali in August 2020"); the mention is the last."""
    for d_value, place in m.spread:
        ev = _record(tok, text, m, lex, d_value, [p for p in m.participants if p not in dict(m.spread).values()], place)
        ev["rule"] += ".each"
        events.append(ev)
        of_family.setdefault(_family(m, lex), []).append(len(events) - 1)
        cores.append([place])
        mentions_of.append(1)
    m.event = events[-1]


def _merge_into(
    m: Mention, ti: int, date: str | None, events: list[dict], cores: list[list[str]], mentions_of: list[int],
    sentence_events: dict[tuple[int, int], list[int]], sentence_date: dict[tuple[int, int], str],
    sentence_target: dict[tuple[int, int], int],
) -> None:
    """The mention is one more of event ``ti``: it adds its core actors, a more specific date, a
    location and counts; a definite mention gives its clause the event's date."""
    target = events[ti]
    mentions_of[ti] += 1
    sentence_events.setdefault(m.sent, []).append(ti)
    ev_core = cores[ti]
    ev_core += [p for p in m.core if p not in ev_core]
    target["date"] = _more_specific(target["date"], date)
    # a later mention adds only the actors right at its trigger: its wider clause is about other things
    target["participants"] += [p for p in m.core if p not in target["participants"]]
    target["location"] = target["location"] or m.location
    target["counts"] += [c for c in m.counts if c not in target["counts"]]
    m.event = target
    if m.definite and target["date"] and m.clause not in sentence_date:
        sentence_date[m.clause] = target["date"]
        sentence_target[m.clause] = ti


def _no_new_event(m: Mention, date: str | None, tok: TokenArrays) -> bool:
    """A mention that merged into no event makes no new one: it has no date, party or place, or it
    names a thing without telling its making, or it is an undated time frame or bound."""
    if not (date or m.participants or m.location):
        return True
    if (
        m.entry.get("undated_near") and (not date or (m.named_year and date == m.date))
        and not _made_here(tok.lower, m)
    ):
        # "the agreement strengthens Ukraine's position", "violating the 2015 nuclear deal": a
        # thing named (by its year at most), not its making told
        return True
    if (m.time_frame or m.bound) and not date:
        return True  # "throughout the war", "during the talks": an undated happening used as a time frame
    return False


def _state_of_happening(events: list[dict], topic: str | None, state: dict[str, str]) -> None:
    """A state's happening (``state_families``: an election, a coup) involves the state of its place
    ('the 2014 coup in Ukraine, the authorities of Crimea then ...' -> Ukraine); with no place and no
    state among its participants ('the Central Referendum Commission announced the results of the
    national referendum', 'Bank of England officials said the elections in 2018 were disputed'), the
    state the article names most (``topic``); ``state`` is ``DocumentReads.states``."""
    for e in events:
        parts = e["participants"]
        own = state.get(e["location"]) if e["location"] else None
        if own is None and not any(p in state for p in parts):
            own = topic if topic in state else None
        if own and own not in parts:
            parts.append(own)


def state_of_place(events: list[dict], state: dict[str, str]) -> None:
    """An event with no participant named but a place ('four Americans were released in Caracas
    on Tuesday', 'several activists were detained in Astana') involves the state it happens in:
    the place's country, or the place when it is a country (an actor with a country code);
    ``state`` is ``DocumentReads.states``."""
    for e in events:
        if not e["participants"] and e["location"] in state:
            e["participants"] = [state[e["location"]]]
