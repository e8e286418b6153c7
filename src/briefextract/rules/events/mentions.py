"""Step 1, ``find_mentions``: the trigger matches that tell a happening (see the package docstring)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.events.clauses import OPEN_QUOTES, ClauseBreaks, clause_of, closing_quote
from briefextract.rules.events.document import (
    ActorSpan,
    document_actor_spans,
    heading_tokens,
    sentence_ranges,
    token_lowers,
)
from briefextract.rules.events.lexicon import (
    CONJUNCTIONS,
    NUMBER_WORDS,
    YEAR,
    EventLexicon,
    TriggerContext,
)
from briefextract.rules.persons import ARTICLES
from briefextract.rules.spans import excluded_ranges, is_excluded
from briefextract.rules.tokens import TokenArrays, token_arrays


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
    named_year: bool = False  # "the 2015 nuclear deal": its date is a year naming which thing it is
    closing: bool = False  # a verb of saying in a closing attribution: "..., the embassy said on Monday"
    relative_clause: bool = False  # "who were detained", "prisoners it said were detained": describes people
    in_subject: bool = False  # ... and the main clause's verb follows: "Americans who were detained have been released"
    # (or its past perfect tells who they are: "nationals who had been imprisoned there")
    anchor_days: int | None = None
    anchored_to: Mention | None = None
    anchor_vague: bool = False
    sentence_actors: Sequence[str] = ()
    spread: Sequence[tuple[str, str]] = ()  # (date, place) of each happening of a plural
    event: dict | None = None

    @property
    def type(self) -> str:
        return self.entry["type"]


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
        if i > a and lowers[i] in lex.attempt_adjectives and (i == start - 1 or lowers[i - 1] in ARTICLES):
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


def longest_matches(matches: list[tuple[Any, int, int]]) -> list[tuple[Any, int, int]]:
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
    """Each (_, start, end) match ends before the next one starts: ``longest_matches`` keeps them all, as they are."""
    end = 0
    for _, s, e in matches:
        if s < end:
            return False
        end = e
    return True


def _longest_first(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1] - match[2], match[1]


_ARTICLES = frozenset({"a", "an"})
#: words between a verb of labelling and its article ("qualifies as a", "amounts to an")
_LABEL_LINKS = frozenset({"as", "to"})


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
        w in lex.definite or w in _ARTICLES or w in NUMBER_WORDS or like_num[i]
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
    return [(s, e, entry) for entry, s, e in longest_matches([(entry, s, e) for (s, e), entry in chosen.items()])]


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
        e - s == 1 and before is not None and tok is not None and tok.like_num[s - 1] and not YEAR.match(before)
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
            if before in _LABEL_LINKS and p - 1 > clause_start:
                before = lowers[p - 2]
            return before in lex.characterizing
        if not w.isalpha():
            return False
    return False


def _scare_quoted(lowers: list[str], s: int, e: int, reach: int) -> bool:
    """The nominal trigger [s, e) stands in a short quotation of words only (a scare-quoted label,
    at most ``reach`` tokens between the marks, as ``clause_breaks`` reads them)."""
    p = s - 1
    while p >= max(s - reach, 0) and lowers[p] not in OPEN_QUOTES and lowers[p][:1].isalnum():
        p -= 1
    if p < 0 or lowers[p] not in OPEN_QUOTES:
        return False
    return closing_quote(lowers, p, e, reach) >= 0


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


def _before_the_story(lowers: list[str], s: int, lex: EventLexicon) -> bool:
    """The passive trigger at ``s`` is in the past perfect ('who had been imprisoned in Iran', 'that
    had been seized'; an adverb in -ly may stand between): in a relative clause it tells what its
    antecedent had undergone before the story, who or what they are."""
    k = s - 2 if s > 1 and lowers[s - 1].endswith("ly") else s - 1
    n = len(lex.relative_perfect)
    return k - n + 1 >= 0 and tuple(lowers[k - n + 1: k + 1]) == lex.relative_perfect


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
        if w == "," or w in CONJUNCTIONS:
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
                    and lowers[clause[0]] in ARTICLES)
                # "calls to end the war", "progress toward ending its 3.5-year war": named as a goal
                or (lex.goal_verbs and not lex.goal_verbs.isdisjoint(lowers[max(clause[0], s - 5): s])
                    and "," not in lowers[max(clause[0], s - 5): s])
            ),
            relative_clause=relative_clause,
            in_subject=relative_clause and (
                _main_verb_follows(lowers, e, clause[1], lex) or _before_the_story(lowers, s, lex)
            ),
        ))
    return _without_light_yielding(_without_dependents(doc, lowers, tok, out, lex))


def _without_dependents(
    doc: Doc, lowers: list[str], tok: TokenArrays, out: list[Mention], lex: EventLexicon
) -> list[Mention]:
    """The mentions (in text order) without those that are part of a neighbour's happening: a
    participle modifying the noun before it, a verb's object, a noun that is the subject of the verb
    after it, the occasion of an act, a relative clause telling more of its noun. Each filter reads
    the list the one before it left, so they run in this order."""
    # a participle right after a nominal trigger modifies it ("a deal negotiated with ...");
    # mentions are in text order, so only the previous one can be that noun
    # ("protests and jailed journalists": a verb after a conjunction is a new act)
    out = [
        m for i, m in enumerate(out)
        if m.entry.get("noun") or i == 0 or not (
            out[i - 1].entry.get("noun") and 0 <= m.start - out[i - 1].end <= 1
            and lowers[m.start - 1] not in CONJUNCTIONS
        )
    ]
    out = [m for i, m in enumerate(out) if not (i and _is_object_of(doc, lowers, out[i - 1], m, lex))]
    out = [m for i, m in enumerate(out) if not (i + 1 < len(out) and _is_subject_of(tok.text, m, out[i + 1], lex))]
    out = [m for i, m in enumerate(out) if not (i and _is_occasion_of(lowers, out[i - 1], m, lex))]
    # "protests in early 2022 that were violently suppressed": a relative clause on a nominal
    # trigger tells more of that happening, not one of its own
    out = [m for i, m in enumerate(out) if not (i and m.relative_clause and _elaborates_noun(lowers, out[i - 1], m, lex))]
    return out


def _without_light_yielding(out: list[Mention]) -> list[Mention]:
    """The mentions without a light trigger (said, signed, announced) that has a content trigger
    in its clause at most 8 tokens after it: the content trigger tells the happening."""
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
