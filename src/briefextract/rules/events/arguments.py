"""Step 2, ``describe``: a mention's date, participants, place and counts, read from its clause."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from operator import attrgetter
from typing import NamedTuple

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.events.clauses import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    ClauseBreaks,
    clause_of,
    next_break,
)
from briefextract.rules.events.document import AGENT_LABELS, ActorSpan, DateSpan, Sorted
from briefextract.rules.events.lexicon import (
    CONJUNCTIONS,
    YEAR,
    EventLexicon,
)
from briefextract.rules.events.mentions import Mention
from briefextract.rules.gazetteer import DEMONYM_KIND
from briefextract.rules.layout_sentences import sentence_start_tokens
from briefextract.rules.persons import ARTICLES
from briefextract.rules.spans import stored_extension
from briefextract.rules.tokens import TokenArrays, token_arrays

_FRAME_END = frozenset({",", ".", ";", "\n", "\n\n"})
#: a colon or a quotation mark (the quotes clauses reads, opening and closing): quoted words have their own time
_QUOTE_OR_COLON = frozenset({":"}) | OPEN_QUOTES | frozenset(CLOSE_QUOTES.values())


_NAME_PUNCT = frozenset({"'s", "’s", "-", ".", "(", ")"})
#: after a comma, these open a second conjunct, an act of its own (", and", ", but")
_CONJUNCT_OPENERS = frozenset({"and", "but"})
#: punctuation that ends a framing phrase before the comma it ends at
_PHRASE_BREAKS = frozenset({",", ":", ";"})
#: tokens that join a place name to the one before it ("Vilnius, Lithuania", "Grodno and Brest")
_PLACE_LINKS = frozenset({",", "and", "or"})


def _pronoun_person(lower: list[str], m: Mention, lex: EventLexicon, persons: Sorted) -> str | None:
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
    holders: Sorted  # the person and organisation mentions, by end


def role_index(actor_records: Iterable[dict], actors: list[ActorSpan]) -> RoleIndex:
    """The roles the actors component gave each person ('president', 'foreign minister') and each
    organisation's own name as its role ('National Security Council' is 'the Council'; 'Supreme
    Court of Belarus' 'the Supreme Court': the word before 'of' is the head).

    ``actor_records`` are the actors component's records as the document reads hold them
    (``DocumentReads.actor_records``), not read from the Doc again."""
    roles: dict[str, list[tuple[str, ...]]] = {}
    for a in actor_records:
        if a.get("type") == "PERSON" and a.get("roles"):
            roles[a["name"]] = [tuple(r.lower().split()) for r in a["roles"]]
        elif a.get("type") == "ORG":
            words = a["name"].lower().split()
            k = words.index("of", 1) if "of" in words[1:] else len(words)
            roles[a["name"]] = [tuple(words[:k - 1] + words[k:] + words[k - 1:k])]
    heads = frozenset(r[-1] for rs in roles.values() for r in rs if r)
    holders = Sorted([sp for sp in actors if sp.label in AGENT_LABELS and sp.name in roles], key=attrgetter("end"))
    return RoleIndex(roles, heads, holders)


def _cue_before(
    lower: list[str], m: Mention, cues: frozenset[str], gap: int, through: frozenset[str] = frozenset()
) -> int | None:
    """The index of the word of ``cues`` nearest before the trigger, at most ``gap`` words before it and
    after its clause's first word, with only words (or words of ``through``) between: the scan that
    finds the role ('the president said') or government noun ('The government accused') a trigger's
    subject may be. None when there is none."""
    a = m.clause[0]
    i = m.start - 1
    while i > a and m.start - i <= gap and lower[i] not in cues and (lower[i].isalpha() or lower[i] in through):
        i -= 1
    return i if i > a and lower[i] in cues else None


def _role_person(lower: list[str], m: Mention, lex: EventLexicon, index: RoleIndex) -> str | None:
    """The person or organisation a definite role right before the trigger stands for ('The
    president vetoed the law', '..., the foreign minister said', 'The Council met on Sunday'): the
    last one named before the clause who holds that role (its words all among the role's, the same
    head; a former one only for 'the former ...', cues.json former_markers), with at most cues.json role_subject_gap words
    between the role and the trigger."""
    heads, roles, holders = index.heads, index.roles, index.holders
    a = m.clause[0]
    # "the president also said", "The president imposed a state of emergency", "the minister's visit"
    i = _cue_before(lower, m, heads, lex.role_subject_gap, C.POSSESSIVES)
    if i is None:
        return None
    j = i - 1
    while j > a and i - j <= 3 and lower[j] != "the":
        j -= 1
    if lower[j] != "the":
        return None
    words = set(lower[j + 1: i + 1])
    former_markers = lex.former_markers
    former = not former_markers.isdisjoint(words)
    k = bisect.bisect_right(holders.keys, a) - 1
    while k >= 0:
        name = holders.items[k].name
        for role in roles.get(name, ()):
            if role[-1] == lower[i] and words.issubset(role) and (not former_markers.isdisjoint(role)) == former:
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
    i = _cue_before(lower, m, lex.government_nouns, lex.role_subject_gap)
    if i is None:
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
    return any(lower[i] == "," and lower[i + 1] in _CONJUNCT_OPENERS for i in range(lo, hi - 1))


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
        if not w.isalpha() or w in CONJUNCTIONS:
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
            w.isalpha() and w not in CONJUNCTIONS and w not in ARTICLES for w in lower[date_end:o]
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
    return i - lo <= 4 and all(w in lex.frame_openers or w in CONJUNCTIONS for w in lower[lo:i])


def _framing_phrase(texts: list[str], lo: int, comma: int, lex: EventLexicon) -> bool:
    """The words before ``comma`` open the sentence (``lo``, no other comma or colon between) with a
    preposition or a participle in -ing ("Speaking to TVP World in Malta on Thursday, he said",
    "On Monday, X said"): they frame the saying, they are not what was said."""
    if any(t in _PHRASE_BREAKS for t in texts[lo:comma]):
        return False
    first = texts[lo].lower()
    return first.endswith("ing") or first in lex.frame_openers


def _attributive_year(lower: list[str], d: DateSpan, lex: EventLexicon) -> bool:
    """The date is a bare year between a determiner and a word ("the 2022 protests", "its 2019
    ruling", cues.json attributive_determiners): it says which thing that word names, not when the
    clause's verb happened."""
    return (
        d.end - d.start == 1 and d.start > 0 and d.end < len(lower) and YEAR.match(lower[d.start]) is not None
        and lower[d.start - 1] in lex.attributive_determiners
        and lower[d.end].isalpha() and lower[d.end] not in CONJUNCTIONS
    )


def _conjoined_nouns(lower: list[str], m: Mention, d: DateSpan, starts: list[int], noun_starts: list[int]) -> bool:
    """The nominal trigger ``m`` is the last of nominal triggers joined by "and" after the date: "last
    month's forced landing of a flight and the arrest of a journalist" dates both."""
    if not m.entry.get("noun") or m.start < 2:
        return False
    k = m.start - 1
    if lower[k] in ARTICLES:
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
    if prev not in _PLACE_LINKS or sp.start < 2:
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


def _previous_subject(doc: Doc, sent_start: int, persons: Sorted) -> str | None:
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
    if OPEN_QUOTES.isdisjoint(texts[lo:hi]):
        return []
    out, k = [], lo
    while k < hi:
        if texts[k] in OPEN_QUOTES:
            close = CLOSE_QUOTES[texts[k]]
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
    if a > m.sent[0] and lower[a - 1] in lex.speech_occasion:
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
    persons: Sorted | None = None,
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
    _set_date(m, lex, actors, dates, breaks, lower, texts, starts, ends, noun_starts)
    # participants: actors of the clause near the trigger; a relative clause adds its antecedent's
    lo, hi, conjoined = _participant_window(m, lex, actors, lower)
    ranges = _participant_ranges(m, lex, breaks, tok, lo, hi)
    names, loc, (first, last), core = _clause_actors(m, lex, actors, lower, texts, ranges, places, source_at)
    loc = _location(m, actors, places, lower, names, loc, lo, hi)
    names = _subject_names(m, lex, actors, lower, texts, names, lo, persons, roles, topic_state, country_of)
    if not names and not conjoined:
        m.sentence_actors = _sentence_stand_ins(doc, m, lex, actors, lower, texts, loc, places, persons)
    m.participants = names
    if core:  # else its core, strong and places stay empty, as the mention was made
        _set_core(m, [sp for sp in core if sp.name != m.location] if m.location is not None else core)
    if m.date_tokens:
        first, last = min(first, m.date_tokens[0]), max(last, m.date_tokens[1])
    _set_spread(m, actors, dates, lower)
    # counts inside the clause
    counts = stored_extension(doc, "counts") or [] if counts is None else counts
    if counts:
        ca, cb = tok.idx[a], tok.end_char(b - 1)
        m.counts = [c["span"]["text"] for c in counts if ca <= c["span"]["start"] and c["span"]["end"] <= cb]
    m.extent = (tok.idx[first], tok.idx[last - 1] + len(texts[last - 1]))


def _set_date(
    m: Mention, lex: EventLexicon, actors: list[ActorSpan], dates: list[DateSpan], breaks: ClauseBreaks,
    lower: list[str], texts: list[str], starts: list[int], ends: list[int], noun_starts: list[int],
) -> None:
    """The mention's date (its clause's, else one that frames it), whether a 'since' makes it a
    bound, whether it closes an attribution, and whether its time frame is really a happening:
    the dating steps run in this order because each reads what the one before it set."""
    a = m.clause[0]
    said_after = _attribution_comma(texts, m, lex) if m.entry.get("speaker", False) else -1
    m.closing = said_after >= 0
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
        # "the 2015 nuclear deal", "its 1997 treaty": the year says which thing the noun names
        m.named_year = best.end <= m.start <= best.end + 2 and _attributive_year(lower, best, lex)


def _participant_window(m: Mention, lex: EventLexicon, actors: list[ActorSpan], lower: list[str]) -> tuple[int, int, bool]:
    """The token range [lo, hi) of the clause the participants are read from (participant_window
    either side of the trigger), and whether the trigger is a noun phrase conjoined after one that
    ends in an actor: then the range starts after the conjunction and no stand-ins are looked for."""
    a, b = m.clause
    lo, hi = max(a, m.start - lex.participant_window), min(b, m.end + lex.participant_window)
    conjoined = False
    if m.entry.get("noun"):
        # "the forced landing of a Ryanair flight and the arrest of a journalist in Minsk": a noun
        # phrase conjoined after 'and' to one that ends in an actor has none of the actors before
        # it, nor stand-ins ("accused Russia of hybrid warfare, including cyberattacks and attacks
        # on Poland": the subject far before still is)
        k = m.start - 1 - (m.start - 1 > lo and lower[m.start - 1] in ARTICLES)
        if k > lo and lower[k] in lex.noun_conjunctions and any(
            k - lex.core_before <= sp.end <= k and lo <= sp.start for sp in actors
        ):
            lo, conjoined = k + 1, True
    return lo, hi, conjoined


def _participant_ranges(
    m: Mention, lex: EventLexicon, breaks: ClauseBreaks, tok: TokenArrays, lo: int, hi: int
) -> list[tuple[int, int]]:
    """The token ranges whose actors take part: [lo, hi) first, then the end of the clause whose
    subject this one carries on (a relative pronoun or 'but' opening it) or of the clause before a
    bracketed aside between subject and verb."""
    a = m.clause[0]
    lower, texts = tok.lower, tok.text
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
    return ranges


def _clause_actors(
    m: Mention, lex: EventLexicon, actors: list[ActorSpan], lower: list[str], texts: list[str],
    ranges: list[tuple[int, int]], places: frozenset[str], source_at: list[int],
) -> tuple[list[str], tuple[str, int] | None, tuple[int, int], list[ActorSpan]]:
    """One pass over the actors of ``ranges``: the participants' names (not sources, stances, media
    or places), the nearest place after a preposition of place as (name, start) or None, the token
    range of the trigger and its arguments, and the actors of its core window (collected on the way
    when that window lies inside the participants' range, else picked out after)."""
    a, b = m.clause
    lo, hi = ranges[0]
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
    if core is None:
        core = [sp for sp in actors if c_lo <= sp.start and sp.end <= c_hi]
    return names, loc, (first, last), core


def _location(
    m: Mention, actors: list[ActorSpan], places: frozenset[str], lower: list[str], names: list[str],
    loc: tuple[str, int] | None, lo: int, hi: int,
) -> tuple[str, int] | None:
    """Set the mention's location: the place ``_clause_actors`` found, else the place before a
    'where' opening the clause. The location leaves ``names`` (in place) unless the same name
    stands elsewhere in [lo, hi) as a party. Returns the location as (name, start) or None."""
    a = m.clause[0]
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
    return loc


def _subject_names(
    m: Mention, lex: EventLexicon, actors: list[ActorSpan], lower: list[str], texts: list[str], names: list[str],
    lo: int, persons: Sorted | None, roles: RoleIndex | None, topic_state: str | None,
    country_of: dict[str, str] | None,
) -> list[str]:
    """The participants once the subject is read: a speaker's own (``_speakers``), a person a
    pronoun stands for, the holder of a definite role, the state of a government noun. Each step
    reads the names the one before it left, so they run in this order."""
    a = m.clause[0]
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
        names = _with_subject(names, role_person, m)
    state = _government_state(lower, m, lex, actors, topic_state, country_of) if country_of is not None else None
    if state is not None:
        # "The government accused the Kremlin", "Maduro's government said Monday": the state did
        names = _with_subject(names, state, m)
    return names


def _with_subject(names: list[str], subject: str, m: Mention) -> list[str]:
    """The participants once ``subject`` (a role's holder, a government's state) is read as the
    trigger's subject: a speaker's sole party when the trigger names no addressee ('the president
    said': only the president spoke), else the first of them (added in place when not there)."""
    if m.entry.get("speaker") and not m.entry.get("addressee"):
        return [subject]
    if subject not in names:
        names.insert(0, subject)
    return names


def _sentence_stand_ins(
    doc: Doc, m: Mention, lex: EventLexicon, actors: list[ActorSpan], lower: list[str], texts: list[str],
    loc: tuple[str, int] | None, places: frozenset[str], persons: Sorted | None,
) -> list[str]:
    """For a mention whose clause names nobody, the two actors named last before it in its sentence.

    "China agreed ... to lift the controls announced in October": for a dated event without
    actors in its clause, the two actors named last before it in the sentence stand in
    (``resolve`` reads them only when the clause names nobody).
    Not the actors of quoted words ("“Russia will refinance what Belarus loses,” he told reporters
    after arriving at the meeting"): there the speaker, a he/she, stands in.
    """
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
    return list(dict.fromkeys(reversed(before)))[:2]


def _set_spread(m: Mention, actors: list[ActorSpan], dates: list[DateSpan], lower: list[str]) -> None:
    """A plural nominal trigger followed in its clause by two or more (date, place) pairs tells
    several happenings: "the coups in Niger in July 2023, Burkina Faso in January 2022 and Mali
    in August 2020" (``m.spread``)."""
    b = m.clause[1]
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
