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
2. ``describe``: the clause's nearest date, its actors (participants, canonical
   names; none from a dateline), a place after "in"/"at" (location), and the counts
   inside it. A verbal trigger without a date takes that of a reporting clause
   closing its sentence ("X has freed 52 prisoners, the embassy said on Sept. 11").
3. ``find_anchors``: "A the day after B", "A on the eve of B": B's date is A's
   shifted by the anchor's days (or A's from B's); a vague anchor ("a few days
   after", "before") only blocks B from borrowing a date it does not have.
4. ``resolve``: mentions in document order either start an event or merge into an
   earlier compatible one (same family, compatible dates and places, shared
   participants or none): "The meeting in Minsk" is the dated meeting again. A
   definite mention that merges into a dated event lends that date to the later
   undated mentions of its clause ("The result of the meeting was the release").
   A happening dated after the publication date is planned and left out.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from itertools import compress, groupby
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.actor_spans import as_tuples, span_tuples
from briefextract.rules.datelines import dateline_token_ranges
from briefextract.rules.events.matcher import WordSequenceMatcher
from briefextract.rules.gazetteer import DEMONYM_KIND
from briefextract.rules.layout_sentences import sentence_start_tokens
from briefextract.rules.spans import (
    char_span_record,
    doc_text,
    excluded_ranges,
    is_excluded,
    stored_extension,
)
from briefextract.rules.tokens import TokenArrays, token_arrays

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_FRAME_END = frozenset({",", ".", ";", "\n", "\n\n"})
_QUOTE_OR_COLON = frozenset({":", "“", "”", '"', "«", "»"})
_AUX = frozenset({"was", "were", "been", "be", "is", "are"})
_ANCHOR_STOPS = frozenset({",", ";", ":", "(", ")"})
_CLAUSE_STOPS = frozenset({";", ":", "(", ")"})


@dataclass
class EventLexicon:
    """The compiled event data: matchers and cue sets, built once per pipeline."""

    triggers: dict[str, dict]
    anchors: dict[str, dict]
    trigger_matcher: WordSequenceMatcher
    cue_starts: frozenset[str]  # the words some rule looks for (see cue_positions)
    #: trigger id -> (its entry, its near / near_after / not_before / not_near conditions or None)
    trigger_rules: dict[str, tuple[dict, TriggerContext | None]]
    anchor_matcher: WordSequenceMatcher
    plover: dict[str, str]
    hypothetical: frozenset[str]
    hypothetical_after: frozenset[str]
    negation: frozenset[str]
    clause_break: frozenset[str]
    relative: frozenset[str]
    aux_chain: frozenset[str]  # auxiliaries before a passive trigger ("who were detained")
    definite: frozenset[str]
    adjectival_next: frozenset[str]
    location_preps: dict[str, frozenset[str]]
    families: dict[str, str]
    cue_window: int = 8
    hypothetical_after_window: int = 4
    negation_window: int = 4
    participant_window: int = 14
    pronouns: frozenset[str] = frozenset()
    carry: frozenset[str] = frozenset()
    happened: frozenset[str] = frozenset()
    core_before: int = 4
    core_after: int = 6
    object_gap: int = 2
    #: platforms named after a medium preposition are where words appeared, not participants
    media_platforms: frozenset[str] = frozenset()
    medium_preps: frozenset[str] = frozenset()
    medium_determiners: frozenset[str] = frozenset()
    #: verbs whose object noun trigger tells a done act ("launched a strike"), at most performing_gap words before it
    performing_verbs: frozenset[str] = frozenset()
    performing_gap: int = 3
    #: a nominal trigger at most this many tokens before a content verb of its family is its subject
    subject_gap: int = 0
    paren_transparent: int = 3
    generic: frozenset[str] = frozenset()
    temporal_subordinators: frozenset[str] = frozenset()
    charge: frozenset[str] = frozenset()
    charge_window: int = 6
    anaphoric: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    stance_prefixes: frozenset[str] = frozenset()
    nominal_before: frozenset[str] = frozenset()
    time_frame: frozenset[str] = frozenset()
    speech_occasion: frozenset[str] = frozenset()
    additive: frozenset[str] = frozenset()
    reduced_relative_nouns: frozenset[str] = frozenset()
    reduced_relative_next: frozenset[str] = frozenset()
    reduced_relative_one: frozenset[str] = frozenset()
    reduced_relative_one_next: frozenset[str] = frozenset()
    attributive_determiners: frozenset[str] = frozenset()
    main_clause_aux: frozenset[str] = frozenset()
    occasion_preps: frozenset[str] = frozenset()
    occasion_gap: int = 10
    characterizing: frozenset[str] = frozenset()
    attribution: frozenset[str] = frozenset()
    season_start_month: dict[str, int] = field(default_factory=dict)
    occasion_types: frozenset[str] = frozenset()
    not_break_before: dict[str, frozenset[str]] = field(default_factory=dict)
    report_frame: frozenset[str] = frozenset()
    report_frame_gap: int = 4
    place_preps: frozenset[str] = frozenset()
    #: the words a source range starts or ends at ("according", "said" ...): ``_source_ranges`` runs
    #: only for clauses that have one
    source_cues: frozenset[str] = frozenset()
    singular_aux: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    #: at most this many tokens from a role subject to its trigger ('the president also said', 'the president imposed a state of emergency')
    role_subject_gap: int = 0
    #: nouns for a state's rulers ('the government', "Maduro's government"): as a subject, the state
    government_nouns: frozenset[str] = frozenset()
    #: words that join a nominal trigger to the noun phrase before it ('... and the arrest of ...')
    noun_conjunctions: frozenset[str] = frozenset()
    #: words before a date that make it the end of a span ('extended the sanctions through Jan. 10'), no happening's date
    end_bounds: frozenset[str] = frozenset()
    goal_verbs: frozenset[str] = frozenset()
    #: the sanctions component's actions (records.SanctionAction) that are happenings of their own
    sanction_actions: frozenset[str] = frozenset()
    #: verbs before 'to' that make a planned sanctions action a decision taken ('decided to extend')
    decision_verbs: frozenset[str] = frozenset()
    #: at most this many tokens between a verb of saying and the date that dates it ('told reporters on Monday')
    speech_date_gap: int = 2
    addressee_gap: int = 2
    attribution_subject: int = 0
    frame_openers: frozenset[str] = frozenset()
    #: words before a party of a verb whose object is a topic ('discussed with X the war in Y')
    comitative: frozenset[str] = frozenset()
    #: words that open a reported clause right after a verb of saying ('said he was born in 2005')
    reported_subjects: frozenset[str] = frozenset()
    #: negation words that, right before a trigger, are its adjective ('a failed coup'): no negation
    attempt_adjectives: frozenset[str] = frozenset()
    #: how many characters either side of a sanctions action its date mention is looked for
    sanction_date_reach: int = 200
    #: the present progressive of a happening ('is visiting', 'is on a visit'): undated, it is the DCT's
    progressive_aux: frozenset[str] = frozenset()
    progressive_prep: frozenset[str] = frozenset()
    progressive_det: frozenset[str] = frozenset()
    #: families of a state's happenings (an election, a coup): the state of their place, or the article's, takes part
    state_families: frozenset[str] = frozenset()
    #: every word some ``_unreported`` test looks for: a trigger with none of them around passes at once
    unreported_cues: frozenset[str] = frozenset()
    #: how far before a trigger's start and after its end those tests look, at most (from the windows)
    unreported_before: int = field(init=False)
    unreported_after: int = field(init=False)
    #: trigger id -> the family its mentions merge within (its own, its type's, or its type)
    family_of: dict[str, str] = field(default_factory=dict)
    #: trigger id -> the prepositions before its location (``location_preps`` of its type)
    preps_of: dict[str, frozenset[str]] = field(init=False)
    #: trigger id -> its records' type, PLOVER type and rule name
    record_of: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.preps_of = {
            tid: self.location_preps.get(t["type"], self.location_preps.get("*", frozenset()))
            for tid, t in self.triggers.items()
        }
        self.unreported_before = max(self.cue_window, self.negation_window, self.charge_window)
        self.unreported_after = max(3, self.hypothetical_after_window)


class TriggerContext(NamedTuple):
    """A trigger's own lexical conditions, read from its entry once (see ``_context_ok``)."""

    window: int
    near: frozenset[str]  # one of these within ``window`` words before or after
    near_after: frozenset[str]  # one of these within ``window`` words after
    not_before: frozenset[str]  # none of these right before ("in exchange for")
    not_near: frozenset[str]  # none of these within two words before or three after
    not_after: frozenset[str] = frozenset()  # none of these right after ("election authority")


def _trigger_context(entry: dict) -> TriggerContext | None:
    """The entry's context conditions, or None when it has none (it matches anywhere)."""
    words = [entry.get(key) or [] for key in ("near", "near_after", "not_before", "not_near", "not_after")]
    if not all(isinstance(w, list) for w in words):
        raise ValueError(f"event trigger {entry.get('id')}: context words must be lists")
    ctx = TriggerContext(int(entry.get("window", 3)), *map(frozenset, words))
    return ctx if ctx.near or ctx.near_after or ctx.not_before or ctx.not_near or ctx.not_after else None


#: trigger fields that are word lists read per mention: made sets once, at load
_TRIGGER_WORD_SETS = ("undated_near", "passive_after")


def _frozen_word_lists(entry: dict) -> dict:
    """The trigger entry with its per-mention word lists as frozensets (``_TRIGGER_WORD_SETS``)."""
    lists = {key: frozenset(entry[key]) for key in _TRIGGER_WORD_SETS if entry.get(key)}
    return {**entry, **lists} if lists else entry


#: EventLexicon's field types read from cues.json as they are, under the field's own name
_PLAIN_CUE_TYPES = {"frozenset[str]": frozenset, "int": int}


def _plain_cue_fields(cues: dict[str, Any]) -> dict[str, Any]:
    """The word-list and number fields of :class:`EventLexicon` that cues.json gives under their
    own names, as the field's type (a field cues.json leaves out keeps its default). Fields
    built from several keys or with a fallback are passed by ``build_lexicon`` itself."""
    return {
        f.name: _PLAIN_CUE_TYPES[f.type](cues[f.name])
        for f in fields(EventLexicon)
        if f.init and f.type in _PLAIN_CUE_TYPES and f.name in cues
    }


def build_lexicon(vocab, data: dict[str, Any]) -> EventLexicon:
    """Compile the data files (triggers.jsonl, anchors.jsonl, plover.json, cues.json)."""
    triggers = {t["id"]: _frozen_word_lists(t) for t in data.get("triggers", [])}
    anchors = {a["id"]: a for a in data.get("anchors", [])}
    cues = data.get("cues", {})
    common = frozenset(cues.get("matcher_common", ()))
    tm = WordSequenceMatcher({tid: t["pattern"] for tid, t in triggers.items()}, common)
    am = WordSequenceMatcher({aid: a["pattern"] for aid, a in anchors.items()}, common)
    plover = dict((data.get("plover") or {}).get("types", {}))
    preps = cues.get("location_preps", ["in", "at"])
    if isinstance(preps, list):
        preps = {"*": preps}
    built = dict(
        triggers=triggers,
        anchors=anchors,
        trigger_matcher=tm,
        cue_starts=tm.index_words.union(
            am.index_words, cues.get("clause_break", ()), ["("], cues.get("attribution", ()), cues.get("report_frame", ())
        ),
        trigger_rules={tid: (t, _trigger_context(t)) for tid, t in triggers.items()},
        anchor_matcher=am,
        plover=plover,
        definite=frozenset(cues.get("definite", ())) | C.POSSESSIVES,
        carry=frozenset(cues.get("carry", cues.get("relative", ()))),
        location_preps={k: frozenset(v) for k, v in preps.items()},
        families=dict(cues.get("families", {})),
        reduced_relative_one_next=frozenset(cues.get("reduced_relative_one_next", ())) | frozenset(cues.get("reduced_relative_next", ())),
        season_start_month={k: int(v) for k, v in cues.get("season_start_month", {}).items()},
        not_break_before={k: frozenset(v) for k, v in cues.get("not_break_before", {}).items()},
        source_cues=frozenset(cues.get("attribution", ())).union(cues.get("report_frame", ())),
        unreported_cues=frozenset().union(
            *(cues.get(key, ()) for key in ("hypothetical", "hypothetical_after", "negation", "charge", "habitual"))
        ),
        record_of={
            tid: (t["type"], t.get("plover") or plover.get(t["type"]), f"events.{tid}") for tid, t in triggers.items()
        },
        family_of={
            tid: t.get("family") or cues.get("families", {}).get(t["type"]) or t["type"] for tid, t in triggers.items()
        },
    )
    return EventLexicon(**{**_plain_cue_fields(cues), **built})


@dataclass
class Mention:
    """One surviving trigger match and what its clause says.

    The sequences default to an empty tuple (no list made per mention); ``describe`` sets lists.
    """

    start: int
    end: int
    entry: dict
    sent: tuple[int, int]
    clause: tuple[int, int] = (0, 0)
    date: str | None = None
    date_tokens: tuple[int, int] | None = None
    participants: Sequence[str] = ()
    core: Sequence[str] = ()  # the actors right at the trigger, for merging
    strong: Sequence[str] = ()  # the persons and organisations among them
    places: Sequence[str] = ()  # the states and places among them
    location: str | None = None
    counts: Sequence[str] = ()
    extent: tuple[int, int] = (0, 0)  # char offsets of trigger + its arguments
    definite: bool = False
    possessive: bool = False  # "Israel's bombardment": the possessor is the agent, not an anaphor
    possessor: int = -1  # the index of that "'s" ("Russia's full-scale invasion"), -1 when none
    anaphoric: bool = False  # "this meeting", "the latest deal": points back at one already told
    elaborates: bool = False  # ", freeing 150 prisoners": a participle clause retelling the act before it
    time_frame: bool = False  # "throughout the war", "during the talks": a time reference to a happening, not a report
    additive: bool = False  # "Y was also released": more of a happening already told
    bound: bool = False  # "the seventh exchange since Russia invaded Ukraine": a time bound, not a report
    relative_clause: bool = False  # "who were detained", "prisoners it said were detained": describes people
    in_subject: bool = False  # ... and the main clause's verb follows: "Americans who were detained have been released"
    anchor_days: int | None = None
    anchored_to: Mention | None = None
    anchor_vague: bool = False
    sentence_actors: Sequence[str] = ()
    spread: Sequence[tuple[str, str]] = ()  # (date, place) of each happening of a plural
    event: dict | None = None

    @property
    def type(self) -> str:
        return self.entry["type"]


# -- 1. triggers ------------------------------------------------------------------

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
        flags[i] = not (i and w.isalpha() and lowers[i - 1] in _ARTICLES_DEF and (i < 2 or lowers[i - 2] != "in"))
        if flags[i] and i + 1 < n and lowers[i + 1] in lex.not_break_before.get(w, ()):
            flags[i] = False  # "released as a group Tuesday": a preposition, not a conjunction
    reach = lex.paren_transparent + 1
    # a short quoted word or phrase with no punctuation in it is part of its clause (scare quotes:
    # 'arrested “unjustly” by Iran in 2016', 'accused of a “terrorist act” on Friday'); a quoted
    # utterance (“We won,” he said) ends in punctuation inside and still breaks; read before the
    # brackets, so that a quoted short name in brackets ('the Office of Foreign Assets Control
    # (“OFAC”) revoked') leaves them transparent too
    closed = -1
    for i in [i for i in positions if lowers[i] in _OPEN_QUOTES]:
        if i <= closed or not flags[i]:
            continue
        close, j = _CLOSE_QUOTES[lowers[i]], i + 1
        while j < n and j - i <= reach and lowers[j] != close and lowers[j][:1].isalnum():
            j += 1
        if i + 1 < j < n and j - i <= reach and lowers[j] == close:
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


_HYPHEN = re.compile("-")
#: a number that is a year ("in 2021 jailed ..." is a date before a verb, not a count before an adjective)
_YEAR = re.compile(r"1[89]\d\d$|20\d\d$")


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower-cased text: ``token_arrays(doc).lower`` itself (not to be changed).

    A dangling hyphen is dropped ("the military coups- Niger in July 2023" leaves
    "coups-" as one token), so the word still meets the lexicon: only the tokens
    at a hyphen of the text can have one, so only those are looked at (a copy is
    made when one does). A per-word cache over all the tokens cost more than the
    rest of the rules' passes, its table being cold after the other components.
    """
    tok = token_arrays(doc)
    lower = out = tok.lower
    text = doc_text(doc)
    if "-" not in text:
        return lower
    idx = tok.idx
    for hyphen in _HYPHEN.finditer(text):
        i = bisect.bisect_right(idx, hyphen.start()) - 1  # the token the hyphen is in
        w = lower[i]
        if len(w) > 2 and (w[0] == "-" or w[-1] == "-"):
            if out is lower:
                out = lower.copy()
            out[i] = w.strip("-")
    return out


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences the layout component set, without iterating doc.sents."""
    if not len(doc):
        return []
    starts = sentence_start_tokens(doc)  # as the layout component wrote them (shared: not mutated)
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    return list(zip(starts, starts[1:] + [len(doc)]))


def _context_ok(lowers: list[str], start: int, end: int, ctx: TriggerContext) -> bool:
    """The trigger's own lexical conditions: ``near`` / ``near_after`` / ``not_near`` / ``not_before`` words."""
    window = ctx.window
    if ctx.near and ctx.near.isdisjoint(lowers[max(start - window, 0): start]) and ctx.near.isdisjoint(
        lowers[end: end + window]
    ):
        return False
    if ctx.near_after and ctx.near_after.isdisjoint(lowers[end: end + window]):
        return False
    if ctx.not_before and start > 0 and lowers[start - 1] in ctx.not_before:
        return False  # "in exchange for"
    if ctx.not_after and end < len(lowers) and lowers[end] in ctx.not_after:
        return False  # "the election authority": a noun modifying a noun names no happening
    return not ctx.not_near or (
        ctx.not_near.isdisjoint(lowers[max(start - 2, 0): start]) and ctx.not_near.isdisjoint(lowers[end: end + 3])
    )


def _cue_words(doc: Doc, lowers: list[str], lo: int, hi: int) -> list[str]:
    """Lower-cased words for cue tests; a capitalised "May" inside a sentence is the month."""
    lo, hi = max(lo, 0), max(hi, 0)
    words = lowers[lo:hi]
    if "may" not in words:
        return words
    texts = token_arrays(doc).text
    return [
        w for i, w in enumerate(words, lo)
        if not (w == "may" and texts[i] == "May" and not doc[i].is_sent_start)
    ]


def _unreported(doc: Doc, lowers: list[str], start: int, end: int, clause: tuple[int, int], lex: EventLexicon) -> bool:
    """Negated ("did not release"), hypothetical ("could organise a meeting"), charged ("convicted of
    attacking") or habitual ("has repeatedly attacked") in its clause.

    Most triggers have no cue word of any kind near them: one set test over the widest of
    the windows below answers for them; the tests one by one run for the rest.
    """
    a, b = clause
    around = lowers[max(a, start - lex.unreported_before): min(b, end + lex.unreported_after)]
    if lex.unreported_cues.isdisjoint(around):
        return False
    lo = max(a, start - lex.cue_window)
    before = _cue_words(doc, lowers, lo, start)
    if not lex.hypothetical.isdisjoint(before):
        if "-" in lowers[lo:start]:
            # "a long-planned exercise", "the much-expected talks": a hyphenated adjective is no modal cue
            hyphenated = {lowers[i] for i in range(lo, start) if i > 0 and lowers[i - 1] == "-"}
            before = [w for w in before if w not in hyphenated]
        if not lex.hypothetical.isdisjoint(before):
            return True
    # "backed a failed coup", "a failed drone attack": a word of failing right before the trigger, or
    # after an article one word before it, is its adjective (an attempt made), not a negation
    neg_end = start
    for i in (start - 1, start - 2):
        if i > a and lowers[i] in lex.attempt_adjectives and (i == start - 1 or lowers[i - 1] in _ARTICLES_DEF):
            neg_end = i
            break
    if not lex.negation.isdisjoint(lowers[max(a, start - lex.negation_window): neg_end]):
        return True
    if not lex.charge.isdisjoint(lowers[max(a, start - lex.charge_window): start]):
        return True  # "sentenced to death for waging war", "accused of attacking": a charge, not a report
    if not lex.habitual.isdisjoint(lowers[max(a, start - lex.negation_window): min(b, end + 3)]):
        return True  # "has repeatedly attacked", "meets regularly": a habit, not one happening
    after = _cue_words(doc, lowers, end, min(b, end + lex.hypothetical_after_window))
    if "," in after:  # "the measures announced today, foreign firms will ...": the modal is the next clause's
        after = after[: after.index(",")]
    return not lex.hypothetical_after.isdisjoint(after)


def heading_tokens(doc: Doc) -> set[int]:
    """Token indices inside a title or heading (computed once per document)."""
    spans = span_tuples(doc, C.SPANS_LAYOUT)  # kept by the layout component: no Span objects
    return {i for s in spans if s.label_ in (C.LAYOUT_TITLE, C.LAYOUT_HEADING) for i in range(s.start, s.end)}


def _longest(matches: list[tuple[Any, int, int]]) -> list[tuple[Any, int, int]]:
    """Non-overlapping (_, start, end) matches, longest first (``phone call`` beats ``call``), in text order."""
    if _disjoint_in_order(matches):
        return matches  # most articles: nothing overlaps, nothing to choose
    kept: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for match in sorted(matches, key=_longest_first):
        _, s, e = match
        if e - s == 1:  # most matches are one word: a set lookup, no range
            if s in taken:
                continue
            taken.add(s)
        elif taken.isdisjoint(range(s, e)):
            taken.update(range(s, e))
        else:
            continue
        kept.append(match)
    return sorted(kept, key=itemgetter(1))


def _disjoint_in_order(matches: list[tuple[Any, int, int]]) -> bool:
    """Each (_, start, end) match ends before the next one starts: ``_longest`` keeps them all, as they are."""
    end = 0
    for _, s, e in matches:
        if s < end:
            return False
        end = e
    return True


def _longest_first(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1] - match[2], match[1]


_ARTICLES = frozenset({"a", "an"})
_NAME_PUNCT = frozenset({"'s", "’s", "-", ".", "(", ")"})
_ARTICLES_DEF = frozenset({"a", "an", "the"})
_CONJUNCTIONS = frozenset({"and", "or", "but", "then"})


#: words that end a nominal trigger's premodifiers when walking back to a possessive "'s"
_NOT_PREMODIFIER = frozenset({"of", "and", "or", "in", "on", "to", "for", "with", "by", "at", "a", "an", "the"})


def _possessor(lowers: list[str], s: int, clause_start: int) -> int:
    """The index of the "'s" whose noun phrase the nominal trigger at ``s`` heads, over at most four
    adjectives and hyphens ("Russia's full-scale invasion", "Iran's latest missile attack"), or -1."""
    for k in range(s - 1, max(clause_start, s - 6) - 1, -1):
        w = lowers[k]
        if w in C.POSSESSIVES:
            return k
        if w in _NOT_PREMODIFIER or not (w.isalpha() or w == "-"):
            return -1
    return -1


def _is_object_of(doc: Doc, lowers: list[str], verb: Mention, noun: Mention, lex: EventLexicon) -> bool:
    """A nominal trigger right after a content verb is that verb's object, not a happening of its own.

    "violently repressed protests", "discussing the withdrawal of troops", "fought
    two wars": the verb is the reported act, its object names what it was done to
    or what it was (one event, the verb's). Only determiners and numbers may stand
    between ("captured during the war" keeps the war). A light verb (said, signed)
    already gives way to the noun.
    """
    if not noun.entry.get("noun") or verb.entry.get("noun") or verb.entry.get("light"):
        return False
    gap = noun.start - verb.end
    if not 0 <= gap <= lex.object_gap or noun.clause != verb.clause:
        return False
    like_num = token_arrays(doc).like_num
    return all(
        w in lex.definite or w in _ARTICLES or w in _NUMBER_WORDS or like_num[i]
        for i, w in enumerate(lowers[verb.end: noun.start], verb.end)
    )


def _is_subject_of(texts: list[str], noun: Mention, verb: Mention, lex: EventLexicon) -> bool:
    """A nominal trigger that is the subject of the next trigger, a content verb of its family in
    its clause ("a Russian drone attack on Kharkiv killed three people", "the bombardment of Odesa
    killed ..."): one happening, told by the verb (which is dated by its own phrase or a closing
    report frame). At most ``subject_gap`` tokens, no comma, between the two."""
    if not noun.entry.get("noun") or verb.entry.get("noun") or verb.entry.get("light"):
        return False
    if noun.clause != verb.clause or not 0 <= verb.start - noun.end <= lex.subject_gap:
        return False
    if lex.family_of.get(noun.entry["id"]) != lex.family_of.get(verb.entry["id"]):
        return False
    return "," not in texts[noun.end: verb.start]


def _is_occasion_of(lowers: list[str], verb: Mention, noun: Mention, lex: EventLexicon) -> bool:
    """A nominal trigger after "in a"/"during an" in a content verb's clause names the occasion of
    that act: "captured the president in a nighttime raid", "was killed in an air strike" are one
    happening, told by the verb (which then takes a date after the noun)."""
    if (
        not noun.entry.get("noun") or verb.entry.get("noun") or verb.entry.get("light") or noun.clause != verb.clause
        or noun.type not in lex.occasion_types
    ):
        return False
    between = lowers[verb.end: noun.start]
    if not between or len(between) > lex.occasion_gap or "," in between:
        return False
    for k in range(len(between) - 2, -1, -1):  # the last "in a" before the noun
        if between[k] in lex.occasion_preps and between[k + 1] in _ARTICLES:
            return all(w.isalpha() for w in between[k + 2:]) and len(between) - k - 2 <= 3
    return False


def _trigger_matches(
    lowers: list[str], lex: EventLexicon, positions: list[int] | None = None
) -> list[tuple[int, int, dict]]:
    """(start, end, entry) of the trigger matches whose context holds, in text order; of
    overlapping ones only the longest (``phone call`` beats ``call``).

    The lexicon order decides between entries matching the same words (the matcher
    reports them in that order); the first whose context holds wins ("announced"
    near "sanctions" vs. a dated "announced").
    """
    rules = lex.trigger_rules
    chosen: dict[tuple[int, int], dict] = {}  # (start, end) -> the first entry whose context holds
    for tid, s, e in lex.trigger_matcher(lowers, positions):
        span = (s, e)
        if span not in chosen:
            entry, ctx = rules[tid]
            if ctx is None or _context_ok(lowers, s, e, ctx):
                chosen[span] = entry
    return [(s, e, entry) for entry, s, e in _longest([(entry, s, e) for (s, e), entry in chosen.items()])]


def _blocked_tokens(doc: Doc, actors: list[ActorSpan]) -> set[int]:
    """Tokens no trigger may start at: titles, headings, and the inside of a name of two or
    more words ("Collective Security Treaty Organisation": a trigger inside a name is part of it)."""
    blocked = heading_tokens(doc)
    for sp in actors:
        if sp.end - sp.start > 1:
            blocked.update(range(sp.start, sp.end))
    return blocked


def _describes_people(
    lowers: list[str], s: int, e: int, lex: EventLexicon, tok: TokenArrays | None = None
) -> bool:
    """A verbal trigger used as an adjective or a name for people, not a reported act. An adverb
    in -ly right before the trigger is passed over ("citizens arbitrarily detained in X", "all
    wrongfully detained nationals")."""
    after = lowers[e] if e < len(lowers) else None
    if s > 1 and lowers[s - 1].endswith("ly") and lowers[s - 1].isalpha():
        s_word = s - 1  # "arbitrarily detained": the word before the adverb is the one read
    else:
        s_word = s
    before = lowers[s_word - 1] if s_word > 0 else None
    if e - s == 1 and after in lex.adjectival_next:
        return True  # "sanctioned companies include ...": a participle used as an adjective
    if (
        e - s == 1 and before is not None and tok is not None and tok.like_num[s - 1] and not _YEAR.match(before)
        and lowers[s].endswith(("ed", "en")) and after is not None
        and (tok.text[e][:1].isupper() or (len(after) > 3 and after.isalpha() and after.endswith("s")))
    ):
        # "released 10 jailed U.S. citizens", "two detained journalists": a participle between a count
        # and its noun (a name or a plural), not "one captured in Karabakh"
        return True
    if (
        before is not None and after is not None and lowers[s].endswith("ed")
        and before in lex.reduced_relative_nouns and (e - s > 1 or after in lex.reduced_relative_next or s_word < s)
    ):
        # "personnel captured in Kursk", "captives exchanged through its mediation", "the individuals
        # added to the sanctions list are ...": a description (a phrase trigger brings its preposition)
        return True
    if (
        s_word > 1 and after is not None and lowers[s].endswith(("ed", "en")) and before in lex.reduced_relative_one
        and lowers[s_word - 2] in _ARTICLES and (e - s > 1 or after in lex.reduced_relative_one_next)
    ):
        # "executed a man convicted over the protests", "freed a journalist detained since 2019": one
        # person told by what was done to them (after "a"/"an": "The minister resigned on Monday" is an act)
        return True
    # "those released", "all released soldiers": a participle naming people ("the lifting",
    # "the imposition" are acts)
    return before in lex.nominal_before and lowers[e - 1].endswith(("ed", "en"))


def _characterized(lowers: list[str], s: int, clause_start: int, lex: EventLexicon) -> bool:
    """The nominal trigger at ``s`` is what something is called: an indefinite article after a verb
    of labelling ("constitutes a", "qualifies as a", "called an"), then adjectives or "act(s) of"."""
    for p in range(s - 1, max(clause_start, s - 6) - 1, -1):
        w = lowers[p]
        if w in _ARTICLES:
            before = lowers[p - 1] if p > clause_start else ""
            if before in ("as", "to") and p - 1 > clause_start:
                before = lowers[p - 2]
            return before in lex.characterizing
        if not w.isalpha():
            return False
    return False


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


def _scare_quoted(lowers: list[str], s: int, e: int, reach: int) -> bool:
    """The nominal trigger [s, e) stands in a short quotation of words only (a scare-quoted label,
    at most ``reach`` tokens between the marks, as ``clause_breaks`` reads them)."""
    p = s - 1
    while p >= max(s - reach, 0) and lowers[p] not in _OPEN_QUOTES and lowers[p][:1].isalnum():
        p -= 1
    if p < 0 or lowers[p] not in _OPEN_QUOTES:
        return False
    close, q = _CLOSE_QUOTES[lowers[p]], e
    while q < len(lowers) and q - p <= reach and lowers[q] != close and lowers[q][:1].isalnum():
        q += 1
    return q < len(lowers) and q - p <= reach and lowers[q] == close


def _in_relative_clause(lowers: list[str], s: int, lex: EventLexicon) -> bool:
    """The passive trigger at ``s`` opens a relative clause: its auxiliaries come right after a relative
    pronoun ("who were detained", "that had been seized") or a verb of saying with its object
    gapped ("prisoners it said were detained")."""
    return _relative_opener(lowers, s, lex) >= 0


def _relative_opener(lowers: list[str], s: int, lex: EventLexicon) -> int:
    """The index of the relative pronoun (or gapped verb of saying) before the passive trigger at
    ``s`` and its auxiliaries (an adverb in -ly may stand among them: "that were violently
    suppressed"), or -1."""
    i = s - 1
    if i > 0 and lowers[i].endswith("ly") and lowers[i - 1] in lex.aux_chain:
        i -= 1
    aux_end = i
    while i >= 0 and s - i <= 4 and lowers[i] in lex.aux_chain:
        i -= 1
    if i == aux_end or i < 0:
        return -1  # no auxiliary right before: "who detained him" is an act told with its agent
    return i if lowers[i] in lex.relative or lowers[i] in lex.reporting_verbs else -1


def _elaborates_noun(lowers: list[str], noun: Mention, m: Mention, lex: EventLexicon) -> bool:
    """The relative clause of ``m`` hangs on the nominal trigger ``noun`` right before its pronoun
    (at most a few words of the noun's phrase between, no comma)."""
    if not noun.entry.get("noun") or noun.sent != m.sent or lowers[m.start - 1] in lex.reporting_verbs:
        return False
    r = _relative_opener(lowers, m.start, lex)
    return r >= 0 and lowers[r] in lex.relative and 0 <= r - noun.end <= 8 and "," not in lowers[noun.end: r]


def _main_verb_follows(lowers: list[str], e: int, clause_end: int, lex: EventLexicon) -> bool:
    """A finite auxiliary after the trigger, before any comma or conjunction: the relative clause
    sits in the subject of that verb ("Americans who were detained in X have been released")."""
    for w in lowers[e: clause_end]:
        if w in lex.main_clause_aux:
            return True
        if w == "," or w in _CONJUNCTIONS:
            return False
    return False


def find_mentions(
    doc: Doc, lex: EventLexicon, breaks: ClauseBreaks, lowers: list[str] | None = None,
    actors: list[ActorSpan] | None = None, sents: list[tuple[int, int]] | None = None,
    positions: list[int] | None = None,
) -> list[Mention]:
    """Trigger matches that pass their lexical, modal, negation and layout checks.

    ``actors`` is ``document_actor_spans(doc)``, ``sents`` ``sentence_ranges(doc)`` and ``positions``
    ``cue_positions(lowers, lex)`` when the caller has them (each is made once). The cheap word tests run first: most
    candidates that fail, fail there.
    """
    lowers = token_lowers(doc) if lowers is None else lowers
    tok = token_arrays(doc)
    sents = sentence_ranges(doc) if sents is None else sents
    sent_starts = [a for a, _ in sents]
    blocked = _blocked_tokens(doc, document_actor_spans(doc) if actors is None else actors)
    layout_excluded = bool(excluded_ranges(doc))  # most articles have no excluded range
    out: list[Mention] = []
    for s, e, entry in _trigger_matches(lowers, lex, positions):
        if s in blocked:
            continue
        noun = bool(entry.get("noun"))
        if not noun and not entry.get("agent_before") and _describes_people(lowers, s, e, lex, tok):
            continue  # "people detained in Minsk"; not "people poured into the streets" (agent_before: they acted)
        if layout_excluded and is_excluded(doc, tok.idx[s], tok.end_char(e - 1)):
            continue
        sent = sents[bisect.bisect_right(sent_starts, s) - 1]
        clause = clause_of(s, sent, breaks)
        if noun and not lex.generic.isdisjoint(lowers[max(clause[0], s - 2): s]):
            continue  # "more exercises", "any attack", "such exchanges": a kind, not one happening
        if noun and lex.attribution and not lex.attribution.isdisjoint(lowers[max(clause[0], s - 5): s - 1]):
            continue  # "according to an official decree", "according to their own statements": a source
        if noun and lex.characterizing and _characterized(lowers, s, clause[0], lex):
            continue  # "qualifies as a hybrid attack", "what X called an act of aggression": a label, not a report
        if noun and _scare_quoted(lowers, s, e, lex.paren_transparent + 1):
            continue  # 'part of a “hybrid war”', 'a “special military operation”': someone's word for it
        if _unreported(doc, lowers, s, e, clause, lex):
            continue
        passive_after = entry.get("passive_after")
        if passive_after and e < clause[1] and lowers[e] in passive_after and "by" not in lowers[e:clause[1]]:
            continue  # "with Pyongyang accused of providing arms": a charge with no one making it here
        left = lowers[max(clause[0], s - 4): s]  # "the American-Belarusian talks"
        possessor = _possessor(lowers, s, clause[0]) if noun else -1
        relative_clause = not noun and _in_relative_clause(lowers, s, lex)
        out.append(Mention(
            start=s, end=e, entry=entry, sent=sent, clause=clause,
            definite=noun and not lex.definite.isdisjoint(left),
            possessive=not C.POSSESSIVES.isdisjoint(left) or possessor >= 0,
            possessor=possessor,
            anaphoric=noun and not lex.anaphoric.isdisjoint(left),
            # ", freeing 150 prisoners": a participle after a comma elaborates the act before it
            elaborates=not noun and lowers[s].endswith("ing") and s > 0 and lowers[s - 1] == ",",
            additive=not noun and not lex.additive.isdisjoint(lowers[max(s - 2, 0): s]),
            time_frame=noun and s > 1 and (
                (lowers[s - 2] in lex.time_frame and lowers[s - 1] in lex.definite)
                # "during a wave of attacks", "amid the ongoing conflict": the phrase the break word opens
                or (0 < clause[0] < s and s - clause[0] <= 4 and lowers[clause[0] - 1] in lex.time_frame
                    and lowers[clause[0]] in _ARTICLES_DEF)
                # "calls to end the war", "progress toward ending its 3.5-year war": named as a goal
                or (lex.goal_verbs and not lex.goal_verbs.isdisjoint(lowers[max(clause[0], s - 5): s])
                    and "," not in lowers[max(clause[0], s - 5): s])
            ),
            relative_clause=relative_clause,
            in_subject=relative_clause and _main_verb_follows(lowers, e, clause[1], lex),
        ))
    # a participle right after a nominal trigger modifies it ("a deal negotiated with ...");
    # mentions are in text order, so only the previous one can be that noun
    # ("protests and jailed journalists": a verb after a conjunction is a new act)
    out = [
        m for i, m in enumerate(out)
        if m.entry.get("noun") or i == 0 or not (
            out[i - 1].entry.get("noun") and 0 <= m.start - out[i - 1].end <= 1
            and lowers[m.start - 1] not in _CONJUNCTIONS
        )
    ]
    out = [m for i, m in enumerate(out) if not (i and _is_object_of(doc, lowers, out[i - 1], m, lex))]
    out = [m for i, m in enumerate(out) if not (i + 1 < len(out) and _is_subject_of(tok.text, m, out[i + 1], lex))]
    out = [m for i, m in enumerate(out) if not (i and _is_occasion_of(lowers, out[i - 1], m, lex))]
    # "protests in early 2022 that were violently suppressed": a relative clause on a nominal
    # trigger tells more of that happening, not one of its own
    out = [m for i, m in enumerate(out) if not (i and m.relative_clause and _elaborates_noun(lowers, out[i - 1], m, lex))]
    # a light trigger (said, signed, announced) yields to a content trigger in its clause
    kept = []
    for i, m in enumerate(out):
        if m.entry.get("light"):
            j, yields = i + 1, False
            while j < len(out) and out[j].start - m.start <= 8:
                o = out[j]
                if not o.entry.get("light") and o.clause == m.clause:
                    yields = True
                    break
                j += 1
            if yields:
                continue
        kept.append(m)
    return kept


# -- 2. arguments -------------------------------------------------------------------

class ActorSpan(NamedTuple):
    """An actor mention as the rules read it: read once from its Span (each Span attribute
    access and ``Span.text`` cost far more than a tuple field, and the rules read them per mention)."""

    start: int
    end: int
    label: str
    name: str  # the canonical name (kb_id_), or the words as written
    kind: str = ""  # the form matched (id_): "name", "alias", "demonym", "capital" ...


class DateSpan(NamedTuple):
    """A resolved date mention: its token range and ISO value (kb_id_)."""

    start: int
    end: int
    value: str


def document_actor_spans(doc: Doc) -> list[ActorSpan]:
    """The actor spans (the gazetteer's when there are none), one tuple per span, made once per document.

    Read as the tuples the actors and gazetteer components kept (``rules.actor_spans``):
    iterating the SpanGroup would make a Span per member (~1-2 µs each).
    """
    for key in (C.SPANS_ACTORS, C.SPANS_GAZETTEER):
        spans = span_tuples(doc, key)
        if spans:
            if all(map(_KB_ID, spans)):  # every actor has its canonical name: the rows as they are
                return as_tuples(ActorSpan, map(_START_END_LABEL_KB_ID, spans))
            text = doc_text(doc)
            return [
                ActorSpan(sp.start, sp.end, sp.label_, sp.kb_id_ or text[sp.start_char: sp.end_char], sp.id_)
                for sp in spans
            ]
    return []


def resolved_date_spans(doc: Doc) -> list[DateSpan]:
    """The resolved date spans (a value that is not a mere reference), one tuple per span."""
    spans = span_tuples(doc, C.SPANS_DATES)
    return as_tuples(DateSpan, [
        (sp.start, sp.end, sp.kb_id_) for sp in spans if sp.kb_id_ and not sp.kb_id_.endswith("_REF")
    ])


#: SpanTuple fields read by ``document_actor_spans`` (SpanTuple is a tuple: itemgetter runs in C)
_KB_ID = itemgetter(5)
_START_END_LABEL_KB_ID = itemgetter(0, 1, 4, 5, 6)


class _Sorted:
    """Items sorted by a key, sliced by key range with bisect (no per-mention scans of the document)."""

    def __init__(self, items, key) -> None:
        self.items = sorted(items, key=key)
        self.keys = list(map(key, self.items))

    def range(self, lo, hi) -> list:
        return self.items[bisect.bisect_left(self.keys, lo): bisect.bisect_left(self.keys, hi)]

    def last_before(self, hi):
        i = bisect.bisect_left(self.keys, hi)
        return self.items[i - 1] if i else None


def _pronoun_person(lower: list[str], m: Mention, lex: EventLexicon, persons: _Sorted) -> str | None:
    """The person a he/his/she/her in the trigger's clause most likely is: the last one named before.
    So is the antecedent of a singular "who" opening the clause ("The blogger, who was sentenced
    in 2021", "He is a blogger who fled the country in 2019"), when the caller found no actor in it."""
    a, b = m.clause
    if lex.pronouns.isdisjoint(lower[a:b]) and not (
        a > m.sent[0] and lower[a - 1] == "who" and (
            lower[a] in lex.singular_aux or not lex.subject_pronouns.isdisjoint(lower[m.sent[0]: a - 1])
        )
    ):
        return None
    before = persons.last_before(a)
    return before.name if before is not None else None


class RoleIndex(NamedTuple):
    """Who a definite description before a trigger may stand for ('the president', 'the Council')."""

    roles: dict[str, list[tuple[str, ...]]]  # holder -> its roles as word tuples, the head word last
    heads: frozenset[str]  # the head words of all roles
    holders: _Sorted  # the person and organisation mentions, by end


def role_index(doc: Doc, actors: list[ActorSpan]) -> RoleIndex:
    """The roles the actors component gave each person ('president', 'foreign minister') and each
    organisation's own name as its role ('National Security Council' is 'the Council'; 'Supreme
    Court of Belarus' 'the Supreme Court': the word before 'of' is the head)."""
    roles: dict[str, list[tuple[str, ...]]] = {}
    for a in stored_extension(doc, "actors") or ():
        if a.get("type") == "PERSON" and a.get("roles"):
            roles[a["name"]] = [tuple(r.lower().split()) for r in a["roles"]]
        elif a.get("type") == "ORG":
            words = a["name"].lower().split()
            k = words.index("of", 1) if "of" in words[1:] else len(words)
            roles[a["name"]] = [tuple(words[:k - 1] + words[k:] + words[k - 1:k])]
    heads = frozenset(r[-1] for rs in roles.values() for r in rs if r)
    holders = _Sorted([sp for sp in actors if sp.label in ("PERSON", "ORG") and sp.name in roles], key=attrgetter("end"))
    return RoleIndex(roles, heads, holders)


def _role_person(lower: list[str], m: Mention, lex: EventLexicon, index: RoleIndex) -> str | None:
    """The person or organisation a definite role right before the trigger stands for ('The
    president vetoed the law', '..., the foreign minister said', 'The Council met on Sunday'): the
    last one named before the clause who holds that role (its words all among the role's, the same
    head; a former one only for 'the former ...'), with at most cues.json role_subject_gap words
    between the role and the trigger."""
    heads, roles, holders = index.heads, index.roles, index.holders
    a = m.clause[0]
    i = m.start - 1
    # "the president also said", "The president imposed a state of emergency", "the minister's visit"
    while i > a and m.start - i <= lex.role_subject_gap and lower[i] not in heads and (lower[i].isalpha() or lower[i] in C.POSSESSIVES):
        i -= 1
    if i <= a or lower[i] not in heads:
        return None
    j = i - 1
    while j > a and i - j <= 3 and lower[j] != "the":
        j -= 1
    if lower[j] != "the":
        return None
    words = set(lower[j + 1: i + 1])
    former = "former" in words
    k = bisect.bisect_right(holders.keys, a) - 1
    while k >= 0:
        name = holders.items[k].name
        for role in roles.get(name, ()):
            if role[-1] == lower[i] and words.issubset(role) and ("former" in role) == former:
                return name
        k -= 1
    return None


def _government_state(
    lower: list[str], m: Mention, lex: EventLexicon, actors: list[ActorSpan], topic_state: str | None,
    country_of: dict[str, str],
) -> str | None:
    """The state a government noun right before the trigger stands for ('The government accused the
    Kremlin', "Maduro's government said Monday"; cues.json government_nouns, at most role_subject_gap
    words before): after 'the', the state the article names most; after a person's possessive, that
    person's country. None when an actor stands between the clause start and the trigger otherwise
    ('the Polish government' names its state itself)."""
    a = m.clause[0]
    i = m.start - 1
    while i > a and m.start - i <= lex.role_subject_gap and lower[i] not in lex.government_nouns and lower[i].isalpha():
        i -= 1
    if i <= a or lower[i] not in lex.government_nouns:
        return None
    j = i - 1  # the determiner or possessive, over at most two adjectives ('the new interim government')
    while j > a and i - j <= 2 and lower[j].isalpha() and lower[j] != "the":
        j -= 1
    inside = [sp for sp in actors if a <= sp.start < m.start]
    if lower[j] == "the":
        return topic_state if not inside else None
    if lower[j] in C.POSSESSIVES and len(inside) == 1 and inside[0].end == j and inside[0].label == "PERSON":
        return country_of.get(inside[0].name)
    return None


def _conjunct_after(lower: list[str], lo: int, hi: int) -> bool:
    """', and' (or ', but') between ``lo`` and ``hi``: what follows is a second conjunct, an act of its own."""
    return any(lower[i] == "," and lower[i + 1] in ("and", "but") for i in range(lo, hi - 1))


def _complementizer(lower: list[str], i: int, lex: EventLexicon) -> bool:
    """'that' after a verb of saying or finding ("determined that ...") opens a reported clause, not a relative one.

    A reported clause keeps the time of the sentence's opening ("In January, the US determined
    that ... and it imposed sanctions"); a relative clause describes its noun at its own time.
    """
    if lower[i] != "that" or i == 0:
        return False
    prev = lower[i - 1]
    return prev in lex.reporting_verbs or (prev.endswith("ed") and len(prev) > 4 and prev not in lex.happened)


def _topic_date(texts: list[str], m: Mention, dates: list[DateSpan], breaks: ClauseBreaks) -> DateSpan | None:
    """The date of a sentence's opening clause ("During his visit in May 2024, X ... but met Y").

    Not across a colon or quotation mark: quoted words have their own time.
    """
    s, e = m.sent
    first = next_break(breaks, s, e)
    if first == s:  # the sentence opens with a break word ("During ..."): its first clause is after it
        first = next_break(breaks, s + 1, e)
    inside = [d for d in dates if s <= d.start and d.end <= first and d.end <= m.start and d.start - s <= 8]
    if len(inside) != 1:
        return None
    if not _QUOTE_OR_COLON.isdisjoint(texts[first:m.start]):
        return None
    return inside[0]


def _dates_saying(lower: list[str], d: DateSpan, lex: EventLexicon) -> bool:
    """The date comes right after a verb of saying ("said Thursday", "said on Sept. 11"): it dates
    the saying, and the words after it are what was said."""
    k = d.start - 1
    if k > 0 and lower[k] == "on":
        k -= 1
    return k >= 0 and lower[k] in lex.report_frame


def _report_frame_date(
    lower: list[str], texts: list[str], m: Mention, dates: list[DateSpan], lex: EventLexicon
) -> DateSpan | None:
    """The date of a reporting clause that closes the trigger's sentence after a comma
    (", the U.S. Embassy said on Sept. 11", ", officials said in a statement Tuesday."), or None."""
    sent_end = m.sent[1]
    for d in dates:
        if d.start <= m.end:
            continue
        if d.end < sent_end and texts[d.end] not in _FRAME_END:
            return None  # the sentence goes on after the date: not its closing clause
        for k in range(d.start - 1, max(m.end, d.start - 1 - lex.report_frame_gap) - 1, -1):
            if texts[k] == ",":
                break
            if lower[k] in lex.report_frame:
                before = texts[max(m.end, k - 10): k]  # the reporter: ", the U.S. Embassy in Vilnius said"
                return d if "," in before else None
        return None
    return None


def _performed(lower: list[str], m: Mention, lex: EventLexicon) -> bool:
    """A nominal trigger is the object of a verb of doing (cues.json performing_verbs) in its clause,
    at most performing_gap plain words (or "out") between: "has launched a strike against",
    "carried out an attack on", "launched its military offensive". It tells an act as a verb does."""
    lo = max(m.clause[0], m.start - lex.performing_gap - 2)
    for k in range(m.start - 1, lo - 1, -1):
        w = lower[k]
        if w in lex.performing_verbs:
            return m.start - k - 1 - (lower[k + 1] == "out") <= lex.performing_gap
        if not w.isalpha() or w in _CONJUNCTIONS:
            return False
    return False


def _medium(lower: list[str], sp: ActorSpan, lex: EventLexicon) -> bool:
    """The actor is a platform (cues.json media_platforms) after a medium preposition, over at most
    two determiners ("on X", "on his Facebook page", "via Telegram")."""
    k = sp.start - 1
    while k >= 0 and sp.start - k <= 3 and lower[k] in lex.medium_determiners:
        k -= 1
    return k >= 0 and lower[k] in lex.medium_preps and " ".join(lower[sp.start: sp.end]) in lex.media_platforms


def _any_between(ordered: list[int], lo: int, hi: int) -> bool:
    """Some value of the increasing list lies in [lo, hi) (a bisection, not a scan)."""
    k = bisect.bisect_left(ordered, lo)
    return k < len(ordered) and ordered[k] < hi


def _modifies_noun(lower: list[str], date_end: int, noun_starts: list[int], own: int) -> bool:
    """A nominal trigger (other than ``own``) starts at most two plain words after the date
    ("the disputed 2020 election"); ``noun_starts`` is increasing. Not over an article ("said on
    Tuesday during a meeting", "arrested on Monday at the protest"): the noun has a phrase of its
    own, the date is the clause's."""
    k = bisect.bisect_left(noun_starts, date_end)
    while k < len(noun_starts) and noun_starts[k] <= date_end + 2:
        o = noun_starts[k]
        if o != own and all(
            w.isalpha() and w not in _CONJUNCTIONS and w not in _ARTICLES_DEF for w in lower[date_end:o]
        ):
            return True
        k += 1
    return False


def _attribution_comma(texts: list[str], m: Mention, lex: EventLexicon) -> int:
    """The comma that opens a closing attribution ("..., De Croo said in a statement", "..., the BNS
    news agency reported"): at most cues.json attribution_subject tokens of its speaker between it and
    the verb of saying, words before it in the sentence; or -1."""
    lo = max(m.sent[0] + 1, m.start - lex.attribution_subject - 1)
    for k in range(m.start - 1, lo - 1, -1):
        if texts[k] == ",":
            return -1 if _framing_phrase(texts, m.sent[0], k, lex) else k
        if not texts[k][:1].isalnum() and texts[k] not in _NAME_PUNCT:
            return -1
    return -1


def _opens_sentence(lower: list[str], lo: int, i: int, lex: EventLexicon) -> bool:
    """Only framing words (cues.json frame_openers, conjunctions) stand between the sentence start
    ``lo`` and ``i`` ("On 30 January, ...", "But late on Thursday, ...")."""
    return i - lo <= 4 and all(w in lex.frame_openers or w in _CONJUNCTIONS for w in lower[lo:i])


def _framing_phrase(texts: list[str], lo: int, comma: int, lex: EventLexicon) -> bool:
    """The words before ``comma`` open the sentence (``lo``, no other comma or colon between) with a
    preposition or a participle in -ing ("Speaking to TVP World in Malta on Thursday, he said",
    "On Monday, X said"): they frame the saying, they are not what was said."""
    if any(t in (",", ":", ";") for t in texts[lo:comma]):
        return False
    first = texts[lo].lower()
    return first.endswith("ing") or first in lex.frame_openers


def _attributive_year(lower: list[str], d: DateSpan, lex: EventLexicon) -> bool:
    """The date is a bare year between a determiner and a word ("the 2022 protests", "its 2019
    ruling", cues.json attributive_determiners): it says which thing that word names, not when the
    clause's verb happened."""
    return (
        d.end - d.start == 1 and d.start > 0 and d.end < len(lower) and _YEAR.match(lower[d.start]) is not None
        and lower[d.start - 1] in lex.attributive_determiners
        and lower[d.end].isalpha() and lower[d.end] not in _CONJUNCTIONS
    )


def _conjoined_nouns(lower: list[str], m: Mention, d: DateSpan, starts: list[int], noun_starts: list[int]) -> bool:
    """The nominal trigger ``m`` is the last of nominal triggers joined by "and" after the date: "last
    month's forced landing of a flight and the arrest of a journalist" dates both."""
    if not m.entry.get("noun") or m.start < 2:
        return False
    k = m.start - 1
    if lower[k] in _ARTICLES_DEF:
        k -= 1
    if lower[k] != "and":
        return False
    lo, hi = bisect.bisect_left(starts, d.end), bisect.bisect_left(starts, m.start)
    return all(o in noun_starts for o in starts[lo:hi]) and "," not in lower[d.end:m.start]


def _is_place(lower: list[str], sp: ActorSpan, places: frozenset[str], lex: EventLexicon, actors: list[ActorSpan]) -> bool:
    """The GPE span names where something is: a city or region after a preposition of place ("in
    Aktau", "to Vilnius"), or a country in apposition to such a place ("Vilnius, Lithuania")."""
    prev = lower[sp.start - 1]
    if sp.name in places and (
        prev in lex.place_preps or (prev == "the" and sp.start > 1 and lower[sp.start - 2] in lex.place_preps)
    ):
        return True
    if prev not in (",", "and", "or") or sp.start < 2:
        return False
    # "Vilnius, Lithuania" (a country after its place), "in Grodno and Brest" (a place joined to one)
    before = next((o for o in actors if o.end == sp.start - 1), None)
    return (
        before is not None and before.name in places and (prev == "," or sp.name in places)
        and _is_place(lower, before, places, lex, actors)
    )


def _speakers(
    names: list[str], actors: list[ActorSpan], lower: list[str], texts: list[str], m: Mention, lo: int,
    lex: EventLexicon,
) -> list[str]:
    """The participants of a verb of saying: who spoke, not whom the words are about. The actors
    before the verb after the last comma ("..., human-rights group Viasna said"), else a pronoun
    there (none: the pronoun rule names the person), else all the actors before it; the actors
    after it ("claimed Ukraine ...", "told the Polish parliament") only when none comes before."""
    before = [sp for sp in actors if lo <= sp.start and sp.end <= m.start and sp.name in names]
    if not before:
        return names
    seg = texts[lo:m.start]
    comma = lo + len(seg) - 1 - seg[::-1].index(",") if "," in seg else lo - 1
    near = [sp.name for sp in before if sp.start > comma]
    if not near and not lex.pronouns.isdisjoint(lower[comma + 1: m.start]):
        return []  # "After meeting Putin, he said": "he" spoke
    return list(dict.fromkeys((near or [sp.name for sp in before]) + _addressee(names, actors, m, lex)))


def _addressee(names: list[str], actors: list[ActorSpan], m: Mention, lex: EventLexicon) -> list[str]:
    """The one a speaker's words are aimed at, for a trigger whose object is a party (``addressee``:
    "accused Russia of ...", "condemned the Kremlin"): the actor right after the verb (within
    cues.json addressee_gap tokens: an article or a title between), or none."""
    if not m.entry.get("addressee"):
        return []
    for sp in actors:
        if m.end <= sp.start <= m.end + lex.addressee_gap and sp.name in names:
            return [sp.name]
        if sp.start > m.end + lex.addressee_gap:
            break
    return []


def _opening_bracket(texts: list[str], close: int, lo: int) -> int:
    """The index of the "(" the ")" at ``close`` closes (a sentence has few brackets), or -1."""
    for k in range(close - 1, lo - 1, -1):
        if texts[k] == "(":
            return k
        if texts[k] == ")":
            return -1
    return -1


_OPEN_QUOTES = frozenset({"“", "«", '"'})
_CLOSE_QUOTES = {"“": "”", "«": "»", '"': '"'}


def _previous_subject(doc: Doc, sent_start: int, persons: _Sorted) -> str | None:
    """Who a he/she opening a sentence most likely is: the first person named in the sentence before
    ("Lithuanian Foreign Minister Gabrielius Landsbergis says EU sanctions aim at the Alexander
    Lukashenko regime. ... he told reporters"), else the last person named before."""
    starts = sentence_start_tokens(doc)
    k = bisect.bisect_left(starts, sent_start)
    prev = starts[k - 1] if k else 0
    named = persons.range(prev + 1, sent_start + 1)  # by end: those ending inside the previous sentence
    if named and named[0].start >= prev:
        return named[0].name
    last = persons.last_before(sent_start + 1)
    return last.name if last is not None else None


def _quoted_ranges(texts: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """The (open, close) token indices of the quotations in [lo, hi), in order."""
    if _OPEN_QUOTES.isdisjoint(texts[lo:hi]):
        return []
    out, k = [], lo
    while k < hi:
        if texts[k] in _OPEN_QUOTES:
            close = _CLOSE_QUOTES[texts[k]]
            j = next((j for j in range(k + 1, hi) if texts[j] == close), -1)
            if j < 0:
                break
            out.append((k, j))
            k = j
        k += 1
    return out


def _source_ranges(
    lower: list[str], texts: list[str], a: int, b: int, lex: EventLexicon, m: Mention | None = None
) -> list[tuple[int, int]]:
    """The token ranges of the clause [a, b) that name a source: "according to X" (up to the next
    comma), and for a reported act ``m`` the reporter of a frame closing its clause ("Iran freed
    a French citizen, the French foreign ministry said on Wednesday")."""
    out = []
    if not lex.attribution.isdisjoint(lower[a:b]):
        for k in range(a, b - 1):
            if lower[k] in lex.attribution and lower[k + 1] == "to":
                end = texts.index(",", k, b) if "," in texts[k:b] else b
                out.append((k, end))
    if m is not None and not m.entry.get("light") and not m.entry.get("speaker") and "," in texts[m.end:b]:
        k = b - 1 - texts[m.end:b][::-1].index(",")  # the last comma of the clause
        frame = lower[k + 1: b]
        verb = next((j for j, w in enumerate(frame) if w in lex.report_frame), -1)
        if 0 < verb <= lex.report_frame_gap + 2 and len(frame) - verb <= 5:
            out.append((k, k + 1 + verb))
    return out


def _clause_date(
    m: Mention, lex: EventLexicon, dates: list[DateSpan], lower: list[str], texts: list[str],
    starts: list[int], ends: list[int], noun_starts: list[int], said_after: int,
) -> DateSpan | None:
    """Step 1 of dating a mention: the nearest date of its clause (one after the trigger counts a
    little farther) that is not another happening's, a bound, or what a speaker said; for a verb of
    saying, a date right after it before one in the speaker's description."""
    a, b = m.clause
    best = None
    date_window = m.entry.get("date_window")
    speaker = m.entry.get("speaker", False)
    # "After the disputed election, she went into hiding ... in August": in a clause opened by
    # after/before/since, a date past the next comma is the main clause's, not this happening's
    opened = a > m.sent[0] and lower[a - 1] in lex.temporal_subordinators
    for d in dates:
        if opened and d.start >= m.end and "," in texts[m.end:d.start]:
            continue
        if d.end <= said_after and not _opens_sentence(lower, m.sent[0], d.start, lex):
            continue  # "X was arrested in November 2022, De Croo said": what was said ("On 30 January, X said": not)
        if (
            speaker and d.start > m.end + lex.speech_date_gap
            and not lex.reported_subjects.isdisjoint(lower[m.end: m.end + lex.speech_date_gap + 1])
        ):
            continue  # "said he was born in 2005", "told reporters that it had left in May": what was said
        if d.start >= a and d.end <= b:
            dist = (m.start - d.end) if d.end <= m.start else 1.5 * (d.start - m.end)
            if date_window is not None and (
                m.start - d.end > m.entry.get("date_before", date_window) if d.end <= m.start
                else d.start - m.end > date_window
            ) and not (m.entry.get("opening_date") and d.start - m.sent[0] <= 1 and texts[d.end: d.end + 1] == [","]):
                continue  # "the agency's September 4 report", "a post ... on February 26", not "in January, according to a report"
            if noun_starts and _modifies_noun(lower, d.end, noun_starts, m.start):
                continue  # "the disputed 2020 election": the year is that election's
            if not (d.end <= m.start <= d.end + 2) and _attributive_year(lower, d, lex):
                continue  # "executed a man convicted over the 2022 protests on Thursday": the protests' year
            lo_t, hi_t = (d.end, m.start) if d.end <= m.start else (m.end, d.start)
            if _any_between(starts, lo_t, hi_t) and not (d.end <= m.start and _conjoined_nouns(lower, m, d, starts, noun_starts)):
                continue
            if d.end <= m.start and _any_between(ends, d.start - 2, d.start + 1):
                continue  # "captured in 2020 and one captured in September": 2020 is the first's
            if d.end <= m.start and d.start > 0 and lower[d.start - 1] in lex.temporal_subordinators:
                continue  # "for the first time since 2019 - China announced": a bound, not its date
            if d.start > 0 and lower[d.start - 1] in lex.end_bounds:
                continue  # "extended the sanctions through Jan. 10": when it ends, not when it was done
            if d.end <= m.start and m.relative_clause:
                continue  # "As of Tuesday, X confirmed 56 prisoners it said were detained": the main clause's date
            if d.end <= m.start and _conjunct_after(lower, d.end, m.start) and any(m.end <= e.start and e.end <= b for e in dates):
                continue  # "launched a satellite on Aug. 24, and also fired missiles on Wednesday": the first act's date
            if d.end <= m.start and m.entry.get("noun") and _dates_saying(lower, d, lex):
                continue  # "said Thursday his country would not ... over the war": the saying's date
            if best is None or dist < best[0]:
                best = (dist, d)
    if best is not None and best[1].end <= m.start and speaker:
        # "Maia Sandu, who was elected in 2020, said on Monday": a date right after a verb of saying
        # is the saying's, not one before it in the speaker's description
        for d in dates:
            if m.end <= d.start <= m.end + lex.speech_date_gap and d.end <= b:
                return d
    return best[1] if best is not None else None


def _framing_date(
    m: Mention, lex: EventLexicon, dates: list[DateSpan], lower: list[str], texts: list[str],
    breaks: ClauseBreaks, said_after: int,
) -> DateSpan | None:
    """Step 2, for a mention its clause leaves undated: a date that frames it from outside its
    clause (a speech it follows, the sentence's opening date, a closing reporting clause, a
    relative clause that tells its happening), or None."""
    a, b = m.clause
    date_window = m.entry.get("date_window")
    relative = a > m.sent[0] and lower[a - 1] in lex.relative and not _complementizer(lower, a - 1, lex)
    # "X annexed Crimea in March 2014 after the government was ousted": a clause opened by
    # after/before/since is at another time than the sentence's opening date
    subordinate = a > m.sent[0] and lower[a - 1] in lex.temporal_subordinators
    if subordinate and lower[a - 1] in lex.speech_occasion:
        # "X said on Dec. 13 following a meeting with Y", "told reporters Tuesday after talks":
        # the happening the speaker comes from is dated by the speech right before it
        # the verb of saying just before the date: "said on Dec. 13", "told journalists late Thursday"
        found = None
        for d in dates:
            if d.end == a - 1 and not lex.reporting_verbs.isdisjoint(lower[max(m.sent[0], d.start - 3): d.start]):
                found = d
        if found is not None:
            return found
    if subordinate and a - 2 > m.sent[0] and lower[a - 2] == "," and lower[a - 1] != "since":
        # "In 2019, following the imposition of sanctions, X prohibited ...": the sentence's
        # opening date frames the subordinate phrase right after it too
        found = None
        for d in dates:
            if d.end == a - 2 and d.start - m.sent[0] <= 2:
                found = d
        if found is not None:
            return found
    if not m.entry.get("noun") and not relative and not m.relative_clause and not subordinate and date_window is None:
        topic = _topic_date(texts, m, dates, breaks)
        if topic is not None and _attributive_year(lower, topic, lex):
            topic = None  # "The snapback clause of the 2015 JCPOA was invoked, and the EU reimposed ..."
        if topic is not None and (topic.end > said_after or _opens_sentence(lower, m.sent[0], topic.start, lex)):
            return topic  # not "X hosted Y on Wednesday, Estonia said"
    if (
        (not m.entry.get("noun") or _performed(lower, m, lex)) and not m.entry.get("light") and not m.relative_clause
        and not subordinate and date_window is None and lex.report_frame
    ):
        # "Belarus has freed 52 prisoners, the embassy said on Sept. 11": the act the sentence
        # reports is dated by its closing reporting clause
        frame = _report_frame_date(lower, texts, m, dates, lex)
        if frame is not None:
            return frame
    if m.entry.get("noun") and b < m.sent[1] and lower[b] in lex.relative:
        # "the war ... that started in 2023", "the manoeuvres, which took place in May"
        rb = clause_of(b + 1, m.sent, breaks)[1] if b + 1 < m.sent[1] else b + 1
        words = set(lower[b + 1: min(rb, b + 5)])
        if words & lex.happened:
            inside = [d for d in dates if b < d.start and d.end <= rb]
            if inside:
                return inside[0]
    return None


def describe(
    doc: Doc, m: Mention, lex: EventLexicon, actors: list[ActorSpan], dates: list[DateSpan], breaks: ClauseBreaks,
    starts: list[int] = (),
    ends: list[int] = (),
    persons: _Sorted | None = None,
    counts: list[dict] | None = None,
    noun_starts: list[int] = (),
    tok: TokenArrays | None = None,
    places: frozenset[str] = frozenset(),
    source_at: list[int] = (),
    roles: RoleIndex | None = None,
    topic_state: str | None = None,
    country_of: dict[str, str] | None = None,
) -> None:
    """Fill the mention's date, participants, location and counts from its clause.

    ``roles`` (``role_index``): a definite role right before the trigger ('the president said', 'The
    Council met') is the person or organisation named last who holds it.
    ``topic_state`` (the state the article names most) and ``country_of`` (``actor_countries``) are
    given when the text has a government noun: 'The government accused ...' is that state's act.

    ``places`` are the names of the GPE actors that lie in a country (cities, regions): after a
    preposition of place ("in Vilnius", "to Kyzylorda", "Vilnius, Lithuania") such a name, and the
    country in apposition to it, say where, not who.

    ``starts``, ``ends`` and ``noun_starts`` are the increasing starts, ends and nominal
    starts of the sentence's mentions (so they are bisected, not scanned).

    A date with another trigger between it and this one is that trigger's
    ("X has committed genocide, Y said Tuesday"), and so is a date right after
    an earlier trigger ("captured in 2020 and one captured in September"), and so is
    a date that modifies a later nominal trigger ("transferred to X, a candidate in
    the disputed 2020 election"). A trigger with a ``date_window`` takes only a date
    that close ("the agency's September 4 report"), or with ``opening_date`` also the date
    opening its sentence before a comma ("On 24 February 2022, Russia launched an invasion").
    """
    a, b = m.clause
    tok = token_arrays(doc) if tok is None else tok
    lower, texts = tok.lower, tok.text
    said_after = _attribution_comma(texts, m, lex) if m.entry.get("speaker", False) else -1
    best = _clause_date(m, lex, dates, lower, texts, starts, ends, noun_starts, said_after)
    subordinate = a > m.sent[0] and lower[a - 1] in lex.temporal_subordinators
    m.bound = subordinate and lower[a - 1] == "since" and not m.entry.get("noun")
    if best is None:
        best = _framing_date(m, lex, dates, lower, texts, breaks, said_after)
    if m.time_frame and any(m.end <= sp.start < m.end + 4 for sp in actors) and not (
        m.end < len(lower) and lower[m.end] in lex.place_preps
    ):
        m.time_frame = False  # "during the war with Azerbaijan": a happening named by its own party (not its place)
    if best is not None:
        m.date = best.value
        m.date_tokens = (best.start, best.end)
    # participants: actors of the clause near the trigger; a relative clause adds its antecedent's
    lo, hi = max(a, m.start - lex.participant_window), min(b, m.end + lex.participant_window)
    conjoined = False
    if m.entry.get("noun"):
        # "the forced landing of a Ryanair flight and the arrest of a journalist in Minsk": a noun
        # phrase conjoined after 'and' to one that ends in an actor has none of the actors before
        # it, nor stand-ins ("accused Russia of hybrid warfare, including cyberattacks and attacks
        # on Poland": the subject far before still is)
        k = m.start - 1 - (m.start - 1 > lo and lower[m.start - 1] in _ARTICLES_DEF)
        if k > lo and lower[k] in lex.noun_conjunctions and any(
            k - lex.core_before <= sp.end <= k and lo <= sp.start for sp in actors
        ):
            lo, conjoined = k + 1, True
    ranges = [(lo, hi)]
    if a > m.sent[0] and lower[a - 1] in lex.carry:
        prev = a - 1
        while prev > m.sent[0] and tok.is_punct[prev - 1]:
            prev -= 1
        if prev > m.sent[0]:
            pa, pb = clause_of(prev - 1, m.sent, breaks)
            ranges.append((max(pa, pb - lex.participant_window), pb))
    elif a > m.sent[0] + 1 and texts[a - 1] == ")" and m.start - a <= lex.core_before:
        # "the CSTO (a Russia-led alliance of six states) sent troops": a bracketed aside between the
        # subject and the verb; the clause before the bracket is the verb's own
        opening = _opening_bracket(texts, a - 1, m.sent[0])
        if opening > m.sent[0]:
            pa, pb = clause_of(opening - 1, m.sent, breaks)
            ranges.append((max(pa, pb - lex.participant_window), pb))
    preps = lex.preps_of[m.entry["id"]]
    loc = None
    names: list[str] = []
    first, last = m.start, m.end  # the token range of the trigger and its arguments
    # the core's actors are collected on the way when its window lies inside the participants'
    # (the other range, the antecedent clause's, ends before this clause)
    c_lo, c_hi = _core_window(m, lex, texts)
    core = [] if lo <= c_lo and c_hi <= hi else None
    sources = _source_ranges(lower, texts, a, b, lex, m) if _any_between(source_at, a, b) else ()
    topic_after = m.entry.get("topic_after", False)
    for r_lo, r_hi in ranges:
        for sp in actors:
            if sp.start < r_lo or sp.end > r_hi:
                continue
            if sources and any(s_lo <= sp.start < s_hi for s_lo, s_hi in sources):
                continue  # "..., according to Ukrainian military intelligence": the source, not a party
            if core is not None and c_lo <= sp.start and sp.end <= c_hi:
                core.append(sp)
            if sp.start > 1 and lower[sp.start - 1] == "-" and lower[sp.start - 2] in lex.stance_prefixes:
                continue  # "pro-EU President X": a stance, not a participant
            if lex.media_platforms and _medium(lower, sp, lex):
                continue  # "Writing on X, President Y", "posted on his Facebook page": where, not who
            if topic_after and sp.start >= m.end and not lex.comitative.intersection(lower[max(m.end, sp.start - 3):sp.start]):
                continue  # "discussed the situation in Ukraine": what was discussed, not who discussed it
            name = sp.name
            if (
                r_lo == lo and sp.label == "GPE" and sp.kind != DEMONYM_KIND and sp.start > 0 and (
                    lower[sp.start - 1] in preps
                    or (sp.start > 1 and lower[sp.start - 1] == "the" and lower[sp.start - 2] in preps)
                )
                and m.start - 4 <= sp.start <= m.end + 6  # the place of this happening, not of the next clause's
                and (sp.start < m.start or "," not in texts[m.end:sp.start])
                and (loc is None or abs(sp.start - m.start) < abs(loc[1] - m.start))
            ):
                loc = (name, sp.start)
            if r_lo == lo:
                first, last = min(first, sp.start), max(last, sp.end)
            if places and sp.label == "GPE" and (
                sp.name in places or (sp.start > 0 and _is_place(lower, sp, places, lex, actors))
            ):
                continue  # "arrested several participants in Aktau", "Vilnius, Lithuania": where, not who
            if name not in names:
                names.append(name)
    if loc is None and a > m.sent[0] + 1 and lower[a - 1] == "where":
        # "travelled to Vilnius, Lithuania, where he was reunited with his wife": the place before "where"
        before = [sp for sp in actors if sp.label == "GPE" and a - 7 <= sp.start and sp.end <= a - 1]
        if before:
            named = [sp for sp in before if sp.name in places] or before
            loc = (named[0].name, named[0].start)
    if loc is not None:
        m.location = loc[0]
        if names.count(loc[0]) and not any(
            sp.name == loc[0] and sp.start != loc[1] and lo <= sp.start < hi for sp in actors
        ):
            names.remove(loc[0])
    if names and m.entry.get("speaker"):
        names = _speakers(names, actors, lower, texts, m, lo, lex)
    if not names and persons is not None:
        pronoun_person = _pronoun_person(lower, m, lex, persons)
        if pronoun_person is not None:
            names.append(pronoun_person)
    elif (
        names and persons is not None and lex.subject_pronouns and not lex.subject_pronouns.isdisjoint(lower[a:m.start])
        and not any(a <= sp.start < m.start for sp in actors)
    ):
        # "where he was reunited with his wife, X": the pronoun subject is a participant beside X
        before = persons.last_before(a)
        if before is not None and m.entry.get("speaker"):
            names = [before.name]  # "In May, he claimed Ukraine ...": he spoke
        elif before is not None and before.name not in names:
            names.insert(0, before.name)
    # (an undated mention with no party is no happening: 'the Court said in a statement' makes none)
    role_person = _role_person(lower, m, lex, roles) if roles is not None and roles.heads and (names or m.date) else None
    if role_person is not None and not any(a <= sp.start < m.start for sp in actors):
        # "“...,” the president said in a video message", "The president vetoed the law": the role is its holder
        if m.entry.get("speaker") and not m.entry.get("addressee"):
            names = [role_person]
        elif role_person not in names:
            names.insert(0, role_person)
    state = _government_state(lower, m, lex, actors, topic_state, country_of) if country_of is not None else None
    if state is not None:
        # "The government accused the Kremlin", "Maduro's government said Monday": the state did
        if m.entry.get("speaker") and not m.entry.get("addressee"):
            names = [state]
        elif state not in names:
            names.insert(0, state)
    if not names and not conjoined:
        # "China agreed ... to lift the controls announced in October": for a dated event without
        # actors in its clause, the two actors named last before it in the sentence stand in
        # (``resolve`` reads them only when the clause names nobody)
        # Not the actors of quoted words ("“Russia will refinance what Belarus loses,” he told reporters
        # after arriving at the meeting"): there the speaker, a he/she, stands in
        quoted = _quoted_ranges(texts, m.sent[0], m.start)
        before = [
            sp.name for sp in actors
            if m.sent[0] <= sp.start and sp.end <= m.start and (loc is None or sp.name != loc[0])
            and sp.name not in places and not any(q0 < sp.start < q1 for q0, q1 in quoted)
        ]
        if quoted and persons is not None and not lex.subject_pronouns.isdisjoint(lower[quoted[-1][1]: m.start]):
            speaker = _previous_subject(doc, m.sent[0], persons)
            if speaker is not None:
                before.append(speaker)
        m.sentence_actors = list(dict.fromkeys(reversed(before)))[:2]
    m.participants = names
    if core is None:
        core = [sp for sp in actors if c_lo <= sp.start and sp.end <= c_hi]
    if core:  # else its core, strong and places stay empty, as the mention was made
        _set_core(m, [sp for sp in core if sp.name != m.location] if m.location is not None else core)
    if m.date_tokens:
        first, last = min(first, m.date_tokens[0]), max(last, m.date_tokens[1])
    # "the coups in Niger in July 2023, Burkina Faso in January 2022 and Mali in August 2020"
    if m.entry.get("noun") and lower[m.end - 1].rstrip("-").endswith("s"):
        gpes = [sp for sp in actors if sp.label == "GPE" and m.end <= sp.start < b]
        pairs = []
        for d in dates:
            if m.end <= d.start and d.end <= b:
                near = [sp for sp in gpes if sp.end <= d.start and d.start - sp.end <= 3]
                if near:
                    pairs.append((d.value, near[-1].name))
        if len(pairs) >= 2:
            m.spread = pairs
    # counts inside the clause
    counts = stored_extension(doc, "counts") or [] if counts is None else counts
    if counts:
        ca, cb = tok.idx[a], tok.end_char(b - 1)
        m.counts = [c["span"]["text"] for c in counts if ca <= c["span"]["start"] and c["span"]["end"] <= cb]
    m.extent = (tok.idx[first], tok.idx[last - 1] + len(texts[last - 1]))


def _core_window(m: Mention, lex: EventLexicon, texts: list[str]) -> tuple[int, int]:
    """The token range of the trigger's core: a few words either side, in its clause, not past a comma;
    from the possessor on when the trigger has one ("Russia's full-scale invasion")."""
    a, b = m.clause
    c_lo, c_hi = max(a, m.start - lex.core_before), min(b, m.end + lex.core_after)
    if m.possessor >= 0:
        c_lo = min(c_lo, max(a, m.possessor - 3))
    # the core stops at a comma: "the talks, further proposals at Poland" (list searches, in C)
    after = texts[m.end:c_hi]
    if "," in after:
        c_hi = m.end + after.index(",")
    before = texts[c_lo:m.start]
    if "," in before:
        c_lo = m.start - before[::-1].index(",")
    return c_lo, c_hi


def _set_core(m: Mention, core: list[ActorSpan]) -> None:
    """The actors right at the trigger (``core``: those in its core window but its location),
    split into persons/organisations (``strong``) and places."""
    if not core:
        m.core, m.strong, m.places = [], [], []
        return
    if len(core) == 1:  # most cores: one name, a person/organisation or a place
        name = core[0].name
        m.core = [name]
        m.strong, m.places = ([], [name]) if core[0].label == "GPE" else ([name], [])
        return
    m.core = list(dict.fromkeys(sp.name for sp in core))
    m.strong = list(dict.fromkeys(sp.name for sp in core if sp.label != "GPE"))
    m.places = [n for n in m.core if n not in m.strong]


# -- 3. anchors -----------------------------------------------------------------------

def find_anchor_spans(
    doc: Doc, lex: EventLexicon, lowers: list[str] | None = None, positions: list[int] | None = None
) -> list[tuple[int, int, dict]]:
    lowers = token_lowers(doc) if lowers is None else lowers
    return [(s, e, lex.anchors[aid]) for aid, s, e in _longest(lex.anchor_matcher(lowers, positions))]


def _anchor_days(doc: Doc, s: int, anchor: dict) -> int | None:
    days = anchor.get("days")
    if days == "n":
        word = doc[s].lower_
        n = _NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
        return None if n is None else n * int(anchor.get("sign", 1))
    if anchor.get("hours") and s > 0 and doc[s].lower_ == "hours":
        # "hours after" is the same day; "48 hours after" is not: past a day, only a bound is known
        # ("90 minutes after" is the same day)
        word = doc[s - 1].lower_
        n = _NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
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


# -- 4. events ---------------------------------------------------------------------

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


def actor_countries(doc: Doc) -> dict[str, str]:
    """Each actor of the document that belongs to a country -> that country (the actors component's
    records), the map ``party_keys`` reads."""
    return {a["name"]: a["country"] for a in stored_extension(doc, "actors") or () if a.get("country")}


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


def _topic_state(actors: list[ActorSpan], country_of: dict[str, str]) -> str | None:
    """The state the article names most often, its places counting for their country (the first
    of equals), or None."""
    counts: dict[str, int] = {}
    for sp in actors:
        if sp.label == "GPE":
            name = country_of.get(sp.name) or sp.name
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _record(tok: TokenArrays, text: str, m: Mention, lex: EventLexicon, date, participants, location) -> dict:
    type_, plover, rule = lex.record_of[m.entry["id"]]
    return {
        "type": type_,
        "plover": plover,
        "trigger": _trigger_text(tok, text, m),
        "date": date,
        "participants": list(participants),
        "location": location,
        "counts": list(m.counts),
        "span": char_span_record(text, *m.extent),
        "rule": rule if m.anchored_to is None else rule + ".anchored",
    }


def _trigger_text(tok: TokenArrays, text: str, m: Mention) -> str:
    """The trigger's words without its auxiliaries ("was released" -> "released"); all of them
    when that leaves none. Most triggers are one word: that word."""
    if m.end - m.start == 1:
        return tok.text[m.start]  # a token's text is the text at its offset
    toks = [i for i in range(m.start, m.end) if tok.lower[i] not in _AUX] or list(range(m.start, m.end))
    return text[tok.idx[toks[0]]: tok.end_char(toks[-1])]


def resolve(
    doc: Doc, mentions: list[Mention], lex: EventLexicon, text: str | None = None,
    actors: list[ActorSpan] | None = None,
) -> list[dict]:
    """Mentions in order -> events; repeated mentions of one happening merge.

    ``text`` is ``doc.text`` (which spaCy rebuilds on every access) and ``actors``
    ``document_actor_spans(doc)``, passed once.
    """
    text = doc_text(doc) if text is None else text
    actors = document_actor_spans(doc) if actors is None else actors
    tok = token_arrays(doc)
    dct = (stored_extension(doc, "meta") or {}).get("published")
    country_of = actor_countries(doc)
    # persons and organisations (the actors that act), from the actor spans the events read
    agents = {sp.name for sp in actors if sp.label in ("PERSON", "ORG")}
    events: list[dict] = []
    of_family: dict[str, list[int]] = {}  # family -> the indices of its events, in order
    cores: list[list[str]] = []
    mentions_of: list[int] = []
    strong_names: set[str] = set()  # names seen as persons/organisations: the rest of a core are places
    sentence_events: dict[tuple[int, int], list[int]] = {}
    sentence_date: dict[tuple[int, int], str] = {}
    sentence_target: dict[tuple[int, int], int] = {}  # clause -> the event whose definite mention dated it
    planned: dict[str, bool] = {}  # date -> after_publication(date), asked once per date
    topic: list[str | None] | None = None  # [the state the article names most], found when first needed
    for m in mentions:
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
        if m.entry.get("needs_date") and not date:
            continue
        if m.in_subject and not date:
            continue  # "Americans who were detained in X have been released": who they are, not a new act
        if date:
            if date not in planned:
                planned[date] = after_publication(date, dct)
            if planned[date]:
                continue  # "the next round of talks in November", "an election in 2029": planned, not reported
            if m.date_tokens and m.date == date and _season_ahead(tok.lower, m.date_tokens, date, dct, lex):
                continue  # "elections this fall" in June: a season of this year still ahead
        if m.spread:
            for d_value, place in m.spread:
                ev = _record(tok, text, m, lex, d_value, [p for p in m.participants if p not in dict(m.spread).values()], place)
                ev["rule"] += ".each"
                events.append(ev)
                of_family.setdefault(_family(m, lex), []).append(len(events) - 1)
                cores.append([place])
                mentions_of.append(1)
            m.event = events[-1]
            continue
        fam = _family(m, lex)
        strong_names.update(m.strong)
        ti = _merge_target(
            m, date, fam, events, of_family, cores, mentions_of, sentence_events, country_of, strong_names, agents,
            _trigger_text(tok, text, m).lower(),
        )
        if ti is None and inherited is not None and inherited in of_family.get(fam, ()):
            # "Pezeshkian won 53.6 percent of the vote in a runoff election against Jalili": the vote
            # is the runoff told before, and so is the election of its clause dated by it
            ti = inherited
        if ti is not None:
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
            continue
        if not (date or m.participants or m.location):
            continue
        if not date and m.entry.get("undated_near") and not _made_here(tok.lower, m):
            continue  # "the agreement strengthens Ukraine's position": a thing named, not its making told
        if (m.time_frame or m.bound) and not date:
            continue  # "throughout the war", "during the talks": an undated happening used as a time frame
        participants = m.participants or (m.sentence_actors if date else [])
        if not participants and date:
            # "Following the 2020 vote, over 35,000 people were detained": a dated act with no actor
            # in its sentence is the doing of the state the article is about
            if topic is None:
                topic = [_topic_state(actors, country_of)]
            participants = [n for n in topic if n and n != m.location]
        ev = _record(tok, text, m, lex, date, participants, m.location)
        m.event = ev
        events.append(ev)
        of_family.setdefault(fam, []).append(len(events) - 1)
        cores.append(list(m.core))
        mentions_of.append(1)
        sentence_events.setdefault(m.sent, []).append(len(events) - 1)
    state_events = [i for fam in lex.state_families.intersection(of_family) for i in of_family[fam]]
    if state_events:
        if topic is None:
            topic = [_topic_state(actors, country_of)]
        _state_of_happening(doc, [events[i] for i in state_events], topic[0])
    return events


def _states(doc: Doc) -> dict[str, str]:
    """Each place actor of the document (a GPE with a country code, or in a country) -> its state."""
    return {
        a["name"]: a.get("country") or a["name"]
        for a in stored_extension(doc, "actors") or () if a.get("type") == "GPE" and (a.get("country") or a.get("code"))
    }


def _state_of_happening(doc: Doc, events: list[dict], topic: str | None) -> None:
    """A state's happening (``state_families``: an election, a coup) involves the state of its place
    ('the 2014 coup in Ukraine, the authorities of Crimea then ...' -> Ukraine); with no place and no
    state among its participants ('the Central Referendum Commission announced the results of the
    national referendum', 'Bank of England officials said the elections in 2018 were disputed'), the
    state the article names most (``topic``)."""
    state = _states(doc)
    for e in events:
        parts = e["participants"]
        own = state.get(e["location"]) if e["location"] else None
        if own is None and not any(p in state for p in parts):
            own = topic if topic in state else None
        if own and own not in parts:
            parts.append(own)


def extract_events(doc: Doc, lex: EventLexicon) -> list[dict]:
    """All events of a document as ``records.Event`` dicts."""
    if not len(doc):
        return []
    tok = token_arrays(doc)
    lowers = token_lowers(doc)
    positions = cue_positions(lowers, lex)
    # "fired a missile the following day, but ...": an anchor word after an article is an adjective,
    # and one with nothing after it anchors no happening: neither is a clause break
    anchors = [
        (s, e, a) for s, e, a in find_anchor_spans(doc, lex, lowers, positions)
        if e < len(lowers) and not tok.is_punct[e] and not (s > 0 and lowers[s - 1] in _ARTICLES_DEF)
    ]
    breaks = clause_breaks(doc, lex, [(s, e) for s, e, _ in anchors], lowers, positions)
    actors, dates = document_actor_spans(doc), resolved_date_spans(doc)
    if dates and excluded_ranges(doc):
        # " date 2019-03-01 The United States imposed ... on Friday": a date stamp kept as a date record
        # dates no happening (an event spanning it would be dropped with the stamp's range)
        dates = [d for d in dates if not is_excluded(doc, tok.idx[d.start], tok.end_char(d.end - 1))]
    mentions = find_mentions(doc, lex, breaks, lowers, actors, positions=positions)
    # "BRUSSELS (Reuters) - The Council said ...": the dateline's place and agency take no part
    datelines = dateline_token_ranges(doc)
    if datelines:
        actors = [sp for sp in actors if not any(a <= sp.start < b for a, b in datelines)]
    by_actor = _Sorted(actors, key=attrgetter("start"))
    by_date = _Sorted(dates, key=attrgetter("start"))
    persons = _Sorted([sp for sp in actors if sp.label == "PERSON"], key=attrgetter("end"))
    by_count = _Sorted(stored_extension(doc, "counts") or [], key=lambda c: c["span"]["start"])
    places = frozenset(a["name"] for a in (stored_extension(doc, "actors") or ()) if a.get("type") == "GPE" and a.get("country"))
    source_at = [i for i in positions if lowers[i] in lex.source_cues]
    roles = role_index(doc, actors)
    topic_state, country_of = None, None
    if any(w in lowers for w in lex.government_nouns):
        country_of = actor_countries(doc)
        topic_state = _topic_state(actors, country_of)
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
    events = resolve(doc, mentions, lex, doc_text(doc), actors)
    if any(not e["participants"] and e["location"] for e in events):
        _state_of_place(doc, events)
    if lex.sanction_actions:
        add_sanction_events(doc, events, lex)
    return events


def _state_of_place(doc: Doc, events: list[dict]) -> None:
    """An event with no participant named but a place ('four Americans were released in Caracas
    on Tuesday', 'several activists were detained in Astana') involves the state it happens in:
    the place's country, or the place when it is a country (an actor with a country code)."""
    state = _states(doc)
    for e in events:
        if not e["participants"] and e["location"] in state:
            e["participants"] = [state[e["location"]]]


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
        if after and after.group(1).lower() not in _CONJUNCTIONS and (
            word in lex.attributive_determiners or word.endswith(("'s", "’s"))
        ):
            continue  # "the 2015 JCPOA", "Moscow's February 2022 invasion"
        return False
    return True


def add_sanction_events(doc: Doc, events: list[dict], lex: EventLexicon) -> None:
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
    actor_records = stored_extension(doc, "actors") or ()
    names = {a["name"] for a in actor_records}
    country_of = actor_countries(doc)
    dct = (stored_extension(doc, "meta") or {}).get("published")
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
