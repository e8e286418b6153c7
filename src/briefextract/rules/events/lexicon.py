"""The compiled event data (``models/briefextract-en/events/``) and the closed word classes the steps share.

``build_lexicon`` turns the data files into an :class:`EventLexicon` once per pipeline: the
trigger and anchor matchers, each trigger's context conditions and every cue word set the
rules test. Nothing here reads a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

from briefextract import constants as C
from briefextract.rules.date_patterns import YEAR_PATTERN
from briefextract.rules.events.matcher import WordSequenceMatcher

#: the closed word classes several steps read (the articles are rules.persons.ARTICLES)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
CONJUNCTIONS = frozenset({"and", "or", "but", "then"})
#: a number that is a year, as the date patterns read one ("in 2021 jailed ..." is a date before a
#: verb, not a count before an adjective)
YEAR = re.compile(YEAR_PATTERN + "$")


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
    #: the auxiliaries of a passive past perfect ('had been'): in a relative clause, who its antecedent is
    relative_perfect: tuple[str, ...] = ()
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
    #: the words a source range starts or ends at ("according", "said" ...): ``arguments._source_ranges`` runs
    #: only for clauses that have one
    source_cues: frozenset[str] = frozenset()
    singular_aux: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    #: words in a role that make it a past holder's ('the former president'): a role with one stands only for a former holder
    former_markers: frozenset[str] = frozenset()
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
    #: an undated meeting a speaker comes from ('said during a meeting with X'): its families, the words
    #: between the verb of saying and 'during'/'following', and the adjectives before the noun, at most
    speech_occasion_families: frozenset[str] = frozenset()
    speech_occasion_gap: int = 0
    speech_occasion_adjectives: int = 0
    #: families of a state's happenings (an election, a coup): the state of their place, or the article's, takes part
    state_families: frozenset[str] = frozenset()
    #: every word some ``mentions._unreported`` test looks for: a trigger with none of them around passes at once
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
    """A trigger's own lexical conditions, read from its entry once (see ``mentions._context_ok``)."""

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


#: a trigger's word list written as this prefix and a cues.json key ("@media_platforms") is that cue list
LIST_REF = "@"


def _ref_words(ref: str, cues: dict[str, Any], tid: str) -> list[str]:
    """The words of the cue list ``ref`` names, each entry by its first word (a pattern token and a
    context word are one word: "truth social" stands as "truth", "social media" as "social")."""
    name = ref[len(LIST_REF):]
    if name not in cues:
        raise ValueError(f"event trigger {tid}: {ref} names no list of cues.json")
    words = cues[name]
    if not isinstance(words, list):
        raise TypeError(f"event trigger {tid}: cues.json {name} is not a word list")
    return list(dict.fromkeys(w.split()[0] for w in words))


def _is_ref(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(LIST_REF)


def with_cue_lists(entry: dict, cues: dict[str, Any]) -> dict:
    """The trigger entry with every word list written as a cue-list reference (``LIST_REF``) filled in:
    its context lists (``"near_after": "@name"``) and its pattern's ``{"LOWER": {"IN": "@name"}}``
    tokens, so a list several triggers and rules read is written once, in cues.json."""
    tid = entry.get("id")
    out = {k: _ref_words(v, cues, tid) if _is_ref(v) else v for k, v in entry.items()}
    pattern = []
    for tok in out.get("pattern") or ():
        value = tok.get("LOWER")
        if isinstance(value, dict) and _is_ref(value.get("IN")):
            tok = {**tok, "LOWER": {"IN": _ref_words(value["IN"], cues, tid)}}
        pattern.append(tok)
    if pattern:
        out["pattern"] = pattern
    return out


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
    cues = data.get("cues", {})
    triggers = {t["id"]: _frozen_word_lists(with_cue_lists(t, cues)) for t in data.get("triggers", [])}
    anchors = {a["id"]: a for a in data.get("anchors", [])}
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
        relative_perfect=tuple(cues.get("relative_perfect", ())),
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
