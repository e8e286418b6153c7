"""Canonicalisation: gazetteer and persons spans -> one actor per real-world entity.

GUIDELINES "Conventions" drive every step:

1. *Mentions.* Gazetteer and persons spans compete for the same tokens; the
   longer span wins ("Chinese Ministry of Commerce" beats "Chinese"), the
   gazetteer on ties (a listed entity has ids and a canonical name).
2. *Capitals.* A capital is the state when it stands for it ("Washington said",
   "Moscow’s position", "Abu Dhabi, a close partner of ...") and the city when the
   text uses it as a place ("in Minsk", "Beijing-based", a dateline "MEXICO CITY
   (AP) —"): :func:`capital_is_place`. A seat of government stands for its state
   ("the Kremlin" -> Russia; data). A listed city with a region word is that
   place ("Kursk region" -> Kursk).
3. *Persons.* A name is merged with a listed leader or an earlier name when the
   surname matches and the first initials agree ("Joseph R. Biden, Jr." and
   "Biden" -> Joe Biden; "Tom Barrack" and "Thomas Barrack"); surname-only and
   acronym mentions anywhere in the text resolve to the full name
   (:func:`later_mentions`).
4. *Names.* Persons take the fullest form written in the document (its own
   spelling: Lukashenka, not the list's Lukashenko); places and listed bodies
   take the gazetteer's canonical name ("United States" for "U.S.").
5. *Organisations.* "X Corporation" found by the rules is the organisation X
   (:func:`merge_corporate_suffixes`), "Iran’s Foreign Ministry" the Iranian one
   (:func:`_state_owned_bodies`).
6. *Attributes.* ``roles`` from the list and the role word before a mention
   ("envoy John Cole"); ``country`` from the list, a state mention right before
   the role ("U.S. envoy", "Belarusian airline") or a possessive ("Donald
   Trump’s envoy" -> the leader's country).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from spacy.tokens import Doc, Span, SpanGroup

from briefextract.constants import (
    APOSTROPHE,
    APOSTROPHES,
    HYPHEN_OR_EN_DASH,
    HYPHENS,
    SPANS_ACTORS,
)
from briefextract.rules.actor_spans import SpanTuple, as_tuples
from briefextract.rules.actors_span_group import span_group
from briefextract.rules.datelines import dateline_city_starts
from briefextract.rules.gazetteer import DEMONYM_KIND, bounds_runs, fold_diacritics
from briefextract.rules.spans import doc_text, is_excluded, overlap_clusters
from briefextract.rules.tokens import TokenArrays, token_arrays

NAME_SPLIT = re.compile(r"[\s,]+")
TEXT_WORD = re.compile(rf"[^\W\d_][^\W{APOSTROPHES}]*(?:{APOSTROPHE}[^\W\d_][^\W{APOSTROPHES}]+)?")  # surname / acronym candidates: O’Brien, not Cole’s
ROMAN = re.compile(r"[IVXL]+")
DOUBLED = re.compile(r"(\w)\1+")
ARTICLE_PREFIX = re.compile(r"^(?:al|el|Al|El)-")  # "al-Burhan" is "Burhan" too
BY_START = attrgetter("start")  # sort keys of mentions
BOUNDS = attrgetter("start", "end")
_CITY_KINDS = frozenset(("name", "capital"))  # gazetteer kinds of a span that may be a city
# closed-class tokens read as syntax (one place each, not retyped per rule)
_TITLE_JOINERS = frozenset(("-", "‑", "–"))  # a title word joined on: "Secretary-General"
_LIST_JOINERS = frozenset((",", "and", "or"))  # between two items of a list
_MAX_REMEMBERED = 20_000  # entries an ActorContext cache holds before it starts again (memory stays flat)


@dataclass(slots=True)
class Mention:
    start: int  # token offsets
    end: int
    start_char: int
    end_char: int
    label: str
    key: str  # canonical key while resolving
    kind: str  # name / alias / demonym / capital / surname / acronym / rule id
    source: str  # "gazetteer" or the persons rule id
    text: str  # always doc_text(doc)[start_char:end_char] (the mention records reuse it)


@dataclass
class ActorContext:
    locatives: set[str]
    name_suffixes: set[str]
    possessives: set[str]
    descriptors: set[str] = field(default_factory=set)
    motion_before_to: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    role_abbreviations: dict[str, str] = field(default_factory=dict)
    topic_roles: set[str] = field(default_factory=set)
    spelling_folds: list[tuple[str, str]] = field(default_factory=list)
    capital_metonyms: dict[str, str] = field(default_factory=dict)
    seat_metonyms: dict[str, str] = field(default_factory=dict)
    place_suffixes: set[str] = field(default_factory=set)
    place_nouns_after: set[str] = field(default_factory=set)  # "a Stockholm airport": the city
    place_appositions: set[str] = field(default_factory=set)  # "capital": "Oman's capital, Muscat"
    portfolio_words: set[str] = field(default_factory=set)  # "envoy" of "Middle East envoy": a role's region
    nationality_nouns: set[str] = field(default_factory=set)  # "businessman" of "an Egyptian businessman"
    facility_nouns: set[str] = field(default_factory=set)  # "plant" of "the Bushehr power plant"
    office_titles: set[str] = field(default_factory=set)  # "Secretary" of "Treasury Secretary X": a title, no body
    office_title_heads: set[str] = field(default_factory=set)  # "General" of "Secretary General": a body's head
    route_nouns: set[str] = field(default_factory=set)  # "train" of "a Moscow-Pyongyang train": two cities
    corporate_suffixes: set[str] = field(default_factory=set)
    corporate_prefixes: tuple[str, ...] = ()  # "PJSC ", "Joint Stock Company " (the persons lexicon's, with a space)
    region_words: set[str] = field(default_factory=set)
    attack_before_on: frozenset[str] = frozenset()  # "strikes on Kyiv": the city (the gazetteer's place cues)
    role_before: Callable[[str], str | None] = lambda s: None
    role_after: Callable[[str], tuple[str, int] | None] = lambda s: None
    entry: Callable[[str], dict | None] = lambda name: None
    city_names: frozenset[str] = frozenset()  # names whose entry() comes from the cities list: a set test per span
    cued_names: frozenset[str] = frozenset()  # names of cued places (rules.gazetteer.cued_places)
    actors: dict = field(default_factory=dict)
    spelling_keys: dict[str, str] = field(default_factory=dict)  # word -> _spelling_key, see _surname_key
    leader_surnames: dict[str, tuple[dict | None, list[str]]] = field(default_factory=dict)  # _leader_surname_keys


def capital_is_place(doc: Doc, start: int, end: int, ctx: ActorContext) -> bool:
    """True when a capital at tokens [start, end) is used as a place, not for its state.

    Place: after a locative ("in Minsk", "Mayor of Tbilisi", "flew to Vilnius", "from Athens to
    Vilnius", "an attack on Kyiv"), before a place noun ("a Stockholm airport"), in apposition to "capital" ("Oman's capital, Muscat", "Muscat, the
    Omani capital"), before "-based" / "-bound" ("a Vilnius-bound plane"),
    before a role ("Havana Bishop X"), or a dateline ("MEXICO CITY (AP) —").
    State: everything else, and always before a possessive ("Washington’s deal").
    """
    tok = token_arrays(doc)
    words, lower = tok.text, tok.lower
    nxt = words[end] if end < len(words) else None
    if nxt is not None and nxt in ctx.possessives:
        return False
    if (nxt is not None and nxt in HYPHENS and end + 1 < len(words)
            and lower[end + 1] in ctx.place_suffixes):
        return True  # "Beijing-based analysts": the city they live in, not the state
    if nxt is not None and ctx.role_before(nxt) and nxt[0].isupper():
        return True
    if nxt is not None and lower[end] in ctx.place_nouns_after:
        return True  # "at a Vilnius airport", "the Kyiv suburbs": a spot in the city
    prev = start - 1 if start > 0 else None
    if prev is not None and lower[prev] == "the" and start > 1:
        prev = start - 2
    if nxt in HYPHEN_OR_EN_DASH and end + 2 < len(words) and words[end + 1][:1].isupper() and lower[end + 2] in ctx.route_nouns:
        return True  # "a Moscow-Pyongyang train": a route's end, the city
    if (start >= 2 and words[start - 1] in HYPHEN_OR_EN_DASH and words[start - 2][:1].isupper() and nxt is not None
            and lower[end] in ctx.route_nouns):
        return True  # (its other end)
    appositions = ctx.place_appositions
    if prev is not None and (lower[prev] in appositions or (
            lower[prev] == "," and prev > 0 and lower[prev - 1] in appositions)):
        return True  # "Oman's capital, Muscat,", "the Belarusian capital Minsk": the city
    if nxt == "," and end + 2 < len(words) and lower[end + 1] == "the" and not appositions.isdisjoint(
            lower[end + 2:end + 5]):
        return True  # "Muscat, the Omani capital, ...", "Minsk, the capital of Belarus"
    if prev is not None:
        if lower[prev] in ctx.locatives:
            return True
        if lower[prev] == "to" and prev > 0 and (lower[prev - 1] in ctx.motion_before_to
                                                 or "from" in lower[max(0, prev - 4):prev - 1]):
            return True  # "flew to Vilnius", "from Athens to Vilnius": a journey's end
        if lower[prev] == "on" and prev > 0 and lower[prev - 1] in ctx.attack_before_on:
            return True  # "an air attack on Kyiv", "strikes on Moscow": the city is hit
    # the city of a dateline ("MEXICO CITY (AP) —", "KYIV, Ukraine —"), found by the layout component
    return (start == 0 or tok.is_space[start - 1]) and start in dateline_city_starts(doc)


def _space_after(doc: Doc, i: int) -> bool:
    """``doc[i].whitespace_ == " "`` without a Token: spaCy keeps one following space
    as the token's trailing whitespace (any other whitespace is a token of its own)."""
    end = token_arrays(doc).end_char(i)
    return doc_text(doc)[end:end + 1] == " "


def _name_words(name: str, suffixes: set[str]) -> list[str]:
    words = [w for w in NAME_SPLIT.split(name) if w]
    while words and words[-1] in suffixes:
        words.pop()
    return words


def _surname(name: str, suffixes: set[str]) -> str | None:
    words = _name_words(name, suffixes)
    return words[-1] if len(words) >= 2 else None


def _fold(word: str | None) -> str | None:
    """Diacritics off, for comparing surnames ("Șor" / "Sor", "Díaz" / "Diaz")."""
    if word is None:
        return None
    return fold_diacritics(word)


def _spelling_key(word: str | None, folds: list[tuple[str, str]]) -> str | None:
    """A surname's transliteration-blind key: "Tsikhanouskaya" / "Tsikhanovskaia",
    "Umerov" / "Umierov", "Zelensky" / "Zelenskyy" share one (folds are data)."""
    if word is None:
        return None
    key = _fold(word).lower()
    for old, new in folds:
        key = key.replace(old, new)
    return DOUBLED.sub(r"\1", key)


def _surname_key(word: str, ctx: ActorContext) -> str | None:
    """:func:`_spelling_key` with ``ctx.spelling_folds``, remembered per word: the same
    leaders' forms and surnames come back in article after article."""
    keys = ctx.spelling_keys
    key = keys.get(word)
    if key is None:
        if len(keys) > _MAX_REMEMBERED:
            keys.clear()
        key = keys[word] = _spelling_key(word, ctx.spelling_folds)
    return key


def _without_title(name: str, ctx: ActorContext) -> str:
    """A person's name without a leading title word ("Ayatollah Ali Khamenei" -> "Ali
    Khamenei"), kept when the rest is one word or regnal ("King Abdullah II", "Pope Leo XIV")."""
    words = name.split(" ")
    if len(words) < 3 or ctx.role_before(words[0]) != words[0].lower():
        return name
    rest = words[1:]
    if len(_name_words(" ".join(rest), ctx.name_suffixes)) < 2 or any(ROMAN.fullmatch(w) for w in rest):
        return name
    return " ".join(rest)


def _initial(name: str, suffixes: set[str]) -> str:
    words = _name_words(name, suffixes)
    return words[0][0] if words else ""


def _foreign_alias(doc: Doc, m: Mention, ctx: ActorContext, states_by_end: dict[int, list[SpanTuple]]) -> bool:
    """A listed body's short alias owned by another state: "Russia’s Security Council" is
    not the UN's, "Ukraine’s Treasury" not the U.S. one. ``states_by_end``: the GPE
    gazetteer spans by end token."""
    if m.source != "gazetteer" or m.label != "ORG" or m.kind != "alias" or m.start == 0:
        return False
    if m.text.upper() == m.key:
        return False  # "Russia’s Tass": an acronym name in title case is a proper name, owned by nobody else
    tok = token_arrays(doc)
    words, lower = tok.text, tok.lower
    i = m.start - 1
    if i >= 2 and lower[i] == "the" and lower[i - 1] == "of":
        # "Russia’s Secretary of the Security Council": owner, role, "of the", alias
        j = i - 2
        while j >= 0 and m.start - j <= 7 and words[j] not in ctx.possessives and not tok.is_punct[j]:
            j -= 1
        role = doc_text(doc)[tok.idx[j + 1]:tok.end_char(i - 2)] if j + 1 < i - 1 else ""  # doc[j + 1:i - 1].text
        if j > 0 and words[j] in ctx.possessives and role and _is_role(role, ctx):
            i = j
    if words[i] in ctx.possessives and i > 0:
        i -= 1
    owners = states_by_end.get(i + 1)
    if not owners:
        return False
    entry = ctx.entry(m.key) or {}
    owner_states = set()
    for o in owners:
        oe = ctx.entry(o.kb_id_) or {}
        owner_states.add(o.kb_id_ if oe.get("code") or not oe.get("country") else oe["country"])
    return entry.get("country") not in owner_states


def _city_in_a_name(doc: Doc, m: Mention, ctx: ActorContext, claimed: set[int]) -> bool:
    """A city that opens a longer capitalised name is no place of its own.

    "the Bucharest Nine", "the Warsaw Uprising", "Tehran Times": a city (or a
    capital) followed on the same line by a capitalised word that no other span
    explains. A role word after it ("Moscow Mayor X") is left to
    :func:`capital_is_place`; a state name ("Belarus Want") is never cut; title
    lines (Title Case) are skipped.
    """
    if m.end in claimed or m.source != "gazetteer" or m.label != "GPE" or m.kind not in _CITY_KINDS:
        return False
    tok = token_arrays(doc)
    if m.end >= len(tok.text):
        return False
    nxt = tok.text[m.end]
    # a capitalised word next is the rare case: tested before the list and the spacing
    if not nxt.istitle() or not nxt.isalpha():
        return False
    if m.kind == "name" and m.key not in ctx.city_names:
        return False
    if not _space_after(doc, m.end - 1):
        return False
    if nxt in ctx.region_words or ctx.role_before(nxt) or is_excluded(doc, m.start_char, m.end_char):
        return False  # "Belgorod Oblast" is the place (see _extend_to_region)
    sent = doc[m.start].sent
    words = [w for w in tok.text[sent.start:sent.end] if w.isalpha()]
    # a Title Case heading: capitals say nothing
    return not (words and sum(w[0].isupper() for w in words) > 0.6 * len(words))


def _list_gap(lower: list[str], end: int, nxt: int) -> bool:
    """Whether the tokens [end, nxt) only join two items of a list (", ", "and", ", and")."""
    return 0 < nxt - end <= 2 and all(lower[i] in _LIST_JOINERS for i in range(end, nxt))


def _city_lists(runs: list[list[SpanTuple]], lower: list[str], ctx: ActorContext) -> dict[int, bool]:
    """For each gazetteer run, by its start token: whether it or a run after it in the same list
    ("Rome, Genoa, Bucharest and Alicante") is a city that is no capital."""
    out: dict[int, bool] = {}
    later = False
    for k in range(len(runs) - 1, -1, -1):
        spans = runs[k]
        plain_city = all(sp.id_ != "capital" for sp in spans) and any(
            sp.label_ == "GPE" and sp.id_ == "name" and sp.kb_id_ in ctx.city_names for sp in spans)
        joined = k + 1 < len(runs) and _list_gap(lower, spans[0].end, runs[k + 1][0].start)
        later = plain_city or (joined and later)
        out[spans[0].start] = later
    return out


def _capital_and_city(spans: list[SpanTuple]) -> tuple[SpanTuple | None, SpanTuple | None]:
    """The first span of kind ``capital`` and the first of another kind, among spans
    with the same bounds (a capital is both its state and its city)."""
    capital = city = None
    for span in spans:
        if span.id_ == "capital":
            if capital is None:
                capital = span
        elif city is None:
            city = span
    return capital, city


def select_mentions(doc: Doc, gazetteer: list[SpanTuple], persons: list[Span], ctx: ActorContext,
                    base: list[Span] = ()) -> list[Mention]:
    """Step 1 and 2: non-overlapping mentions, capitals resolved.

    ``base`` (the optional statistical NER) only fills tokens no rule span claims.
    """
    text = doc_text(doc)  # span texts are cut from it (Span.text rebuilds them token by token)
    tok = token_arrays(doc)
    lower, words = tok.lower, tok.text
    runs = bounds_runs(doc, gazetteer)  # the spans by bounds, as the gazetteer grouped them
    states_by_end: dict[int, list[SpanTuple]] | None = None  # for _foreign_alias, made on first need
    claimed = {i for span in persons for i in range(span.start, span.end)}  # for _city_in_a_name
    for spans in runs:
        claimed.update(range(spans[0].start, spans[0].end))  # C-level, no generator step per token
    candidates: list[tuple[int, int, int, Mention]] = []  # (-length, priority, start, mention)
    place_reading: dict[int, bool] = {}  # end token of a capital -> read as a place
    in_list: set[int] = set()  # end tokens of capitals that continue a list
    person_surnames: set[str] | None = None  # last words of the persons spans, made on first need
    city_list_at: dict[int, bool] | None = None  # start token of a run -> a list of places with a city runs on from it
    for k, spans in enumerate(runs):
        chosen = spans[0]
        start, end = chosen.start, chosen.end
        # (a lone span has nothing to choose from: a lone capital is the state)
        capital, city = _capital_and_city(spans) if len(spans) > 1 else (None, None)
        if capital is not None and city is not None:
            # coordinated capitals share one reading ("in Vilnius and Warsaw",
            # "from London, Paris, and Berlin"); ", and" continues only a list
            # already running, not a new clause ("in Astana, and Chisinau said")
            j = start - 1
            while j >= 0 and lower[j] in _LIST_JOINERS and start - j <= 2:
                j -= 1
            gap = start - 1 - j
            if (gap and (j + 1) in place_reading
                    and (gap == 1 or (j + 1) in in_list)):
                is_place = place_reading[j + 1]
                in_list.add(end)
            else:
                is_place = capital_is_place(doc, start, end, ctx)
                if not is_place and k + 1 < len(runs) and _list_gap(lower, end, runs[k + 1][0].start):
                    # "polling stations including Brussels, Rome, Genoa and Alicante": a capital
                    # opening a list that names a city which is no capital is a city too
                    if city_list_at is None:
                        city_list_at = _city_lists(runs, lower, ctx)
                    is_place = city_list_at.get(runs[k + 1][0].start, False)
            place_reading[end] = is_place
            chosen = city if is_place else capital
        elif capital is not None:
            chosen = capital
        elif chosen.label_ == "GPE" and chosen.kb_id_ in ctx.cued_names:
            # a cued place named like a person of the text is that person ("rallied around
            # Machado" after "María Corina Machado"): the surname of a person span
            if person_surnames is None:
                person_surnames = {words[p.end - 1] for p in persons if p.label_ == "PERSON" and p.end - p.start > 1}
            if text[chosen.start_char:chosen.end_char] in person_surnames:
                continue
            place_reading[end] = True
        elif chosen.label_ == "GPE" and chosen.id_ == "name" and chosen.kb_id_ in ctx.city_names:
            place_reading[end] = True  # "in Krakow and Warsaw": a city opens a list of places
        label, key = _metonym_label_and_key(chosen, text, ctx)
        m = Mention(start, end, chosen.start_char, chosen.end_char, label, key, chosen.id_, "gazetteer",
                    text[chosen.start_char:chosen.end_char])
        # only listed mentions can be a foreign body's alias or a city opening a longer name
        # (the latter only with a name or capital before an unclaimed word in title case:
        # most GPE mentions stop at these tests, without a call)
        if label == "ORG" and m.kind == "alias":
            if states_by_end is None:
                states_by_end = _states_by_end(runs)
            if _foreign_alias(doc, m, ctx, states_by_end):
                continue
        elif (label == "GPE" and end not in claimed and chosen.id_ in _CITY_KINDS and end < len(words)
              and words[end].istitle() and _city_in_a_name(doc, m, ctx, claimed)):
            continue
        candidates.append((-(end - start), 0, start, m))
    _add_person_candidates(doc, persons, text, candidates)
    # ("(Fred Brown/U.S. Army)": the layout component excludes inline credits
    # (``constants.INLINE_CREDIT``); nothing inside one reaches this far)
    taken = [False] * len(doc)
    out = _longest_first(candidates, taken)
    _fill_from_base(out, base, taken, text)
    if ctx.region_words:
        _extend_to_regions(doc, out, words, ctx)
    return sorted(out, key=BY_START) if base else out  # (a region word moves an end, not a start)


def _metonym_label_and_key(chosen: SpanTuple, text: str, ctx: ActorContext) -> tuple[str, str]:
    """The label and key a chosen gazetteer span stands for: a seat of government or a capital
    used for a government names another entry than its own (data: ``seat_metonyms``,
    ``capital_metonyms``), so the actor is the state or body, not the place."""
    label, key = chosen.label_, chosen.kb_id_
    if chosen.kb_id_ in ctx.seat_metonyms:
        # "The Kremlin has funded ...": the seat of a government is its state
        key = ctx.seat_metonyms[chosen.kb_id_]
        label = (ctx.entry(key) or {}).get("type", "GPE")
    elif chosen.id_ == "capital" and text[chosen.start_char:chosen.end_char] in ctx.capital_metonyms:
        # "Brussels" standing for a government stands for the EU, not Belgium
        key = ctx.capital_metonyms[text[chosen.start_char:chosen.end_char]]
        label = (ctx.entry(key) or {}).get("type", label)
    return label, key


def _add_person_candidates(doc: Doc, persons: list[Span], text: str,
                           candidates: list[tuple[int, int, int, Mention]]) -> None:
    """The persons component's spans as candidates (priority 1: a gazetteer span of the same
    length wins); a span inside an excluded layout region (credit, debris, boilerplate) is none."""
    for span in persons:
        if is_excluded(doc, span.start_char, span.end_char):
            continue
        kind = "acronym" if span.id_.endswith("acronym_alias") else "name"
        m = Mention(span.start, span.end, span.start_char, span.end_char, span.label_, span.kb_id_, kind,
                    span.id_, text[span.start_char:span.end_char])
        candidates.append((-(span.end - span.start), 1, span.start, m))


def _fill_from_base(out: list[Mention], base: Iterable[Span], taken: list[bool], text: str) -> None:
    """The optional statistical NER only fills tokens no rule mention claims: the rules decide
    wherever they found something, the model adds what they never look for."""
    for span in base:
        if True in taken[span.start:span.end]:
            continue
        taken[span.start:span.end] = [True] * (span.end - span.start)
        out.append(Mention(span.start, span.end, span.start_char, span.end_char, span.label_, span.kb_id_,
                           "name", span.id_ or "base.ner", text[span.start_char:span.end_char]))


def _extend_to_regions(doc: Doc, out: list[Mention], words: list[str], ctx: ActorContext) -> None:
    """A mention right before a region word takes it in ("Kursk region"): only the few such
    mentions reach :func:`_extend_to_region`."""
    for m in out:
        if m.end < len(words) and words[m.end] in ctx.region_words:
            _extend_to_region(doc, m, ctx)


def _longest_first(candidates: list[tuple[int, int, int, Mention]], taken: list[bool]) -> list[Mention]:
    """Step 1's overlap rule, mentions in text order: among overlapping candidates
    ``(-length, priority, start, mention)`` the longest wins, then the gazetteer's, then
    the first given; a candidate on a token already ``taken`` (marked here for those
    kept) is dropped.

    Only candidates that overlap another need that order: sorted by start, the
    candidates fall into clusters of overlapping spans that share no token with each
    other, each settled on its own. Most mentions overlap nothing (the gazetteer's
    own spans never do): one near-sorted sort by start instead of two full sorts.
    """
    out: list[Mention] = []
    # sorted by start (stable: the given order on equal starts)
    for cluster in overlap_clusters(sorted(candidates, key=itemgetter(2)), _candidate_bounds):
        _settle(cluster, taken, out)
    return out


def _candidate_bounds(candidate: tuple[int, int, int, Mention]) -> tuple[int, int]:
    m = candidate[3]
    return m.start, m.end


def _settle(cluster: list[tuple[int, int, int, Mention]], taken: list[bool], out: list[Mention]) -> None:
    """Add the mentions :func:`_longest_first` keeps of one cluster to ``out``, in text order."""
    if len(cluster) == 1:  # the common case: kept unless an inline credit took a token
        m = cluster[0][3]
        if True not in taken[m.start:m.end]:
            taken[m.start:m.end] = [True] * (m.end - m.start)
            out.append(m)
        return
    kept = []
    for _, _, _, m in sorted(cluster, key=itemgetter(0, 1, 2)):
        if True in taken[m.start:m.end]:
            continue
        taken[m.start:m.end] = [True] * (m.end - m.start)
        kept.append(m)
    out += sorted(kept, key=BY_START)


def _states_by_end(runs: list[list[SpanTuple]]) -> dict[int, list[SpanTuple]]:
    """End token -> the GPE gazetteer spans ending there (the owners :func:`_foreign_alias` asks for)."""
    states_by_end: dict[int, list[SpanTuple]] = {}
    for spans in runs:
        for span in spans:
            if span.label_ == "GPE":
                states_by_end.setdefault(span.end, []).append(span)
    return states_by_end


def _extend_to_region(doc: Doc, m: Mention, ctx: ActorContext) -> None:
    """"Russia's Kursk region", "the Kharkiv oblast": a city named with a lower-case region word
    is its region, and the press names the region by the city: one place actor with
    the city's name ("Kursk", alias "Kursk region"; GUIDELINES: one entry per
    real-world entity, the fullest canonical form). A capital with a region word is
    the place, not its state ("the Moscow region"). Listed regions ("the Karabakh
    region") keep their list name."""
    if m.source != "gazetteer" or m.label != "GPE" or m.end >= len(doc) or m.kind not in ("name", "capital"):
        return
    if token_arrays(doc).text[m.end] not in ctx.region_words or not _space_after(doc, m.end - 1):
        return
    if m.kind == "capital":
        city = ctx.entry(m.text)  # the capital's own city entry ("Moscow"), not its state
    else:
        city = ctx.entry(m.key)
    if (city or {}).get("source") != "cities":
        return
    m.end_char = token_arrays(doc).end_char(m.end)
    m.end += 1
    m.text = doc_text(doc)[m.start_char:m.end_char]
    m.key, m.kind = city["name"], "name"


def _leader_surname_keys(key: str, ctx: ActorContext) -> list[str]:
    """The surname key of the last name word of each form of listed leader ``key``.

    Remembered per leader (with the entry it was read from): a leader's forms are
    data, the same in every article that names them.
    """
    entry = ctx.entry(key)
    remembered = ctx.leader_surnames.get(key)
    if remembered is not None and remembered[0] is entry:
        return remembered[1]
    forms = [f for f, _ in (entry or {}).get("forms", [])] or [key]
    surnames = []
    for form in forms:
        words = _name_words(form, ctx.name_suffixes)
        if words:
            surnames.append(_surname_key(words[-1], ctx))
    if len(ctx.leader_surnames) > _MAX_REMEMBERED:
        ctx.leader_surnames.clear()
    ctx.leader_surnames[key] = (entry, surnames)
    return surnames


def merge_persons(mentions: list[Mention], ctx: ActorContext, gazetteer: list[SpanTuple] = ()) -> None:
    """Step 3 (names): rewrite person keys so one person has one key.

    A listed leader counts as present also when its form lies inside a longer
    name the rules found ("Michael Pompeo" around the list's "Pompeo"): the
    text's full name then joins the listed entry (its ids, roles and country)
    when the first initials agree, and keeps the text's spelling.
    """
    suffixes = ctx.name_suffixes
    # listed leaders present in the text, by surname-like single-token forms, in text
    # order (a dict, not a set: with two fitting leaders the first one mentioned wins in
    # every process, where a set's order changes with Python's per-process string hashing)
    leader_by_surname: dict[str, dict[str, None]] = {}
    rule_bounds = [(m.start, m.end) for m in mentions if m.label == "PERSON" and m.source != "gazetteer"]
    inner = [g.kb_id_ for g in gazetteer if g.label_ == "PERSON"
             and any(s <= g.start and g.end <= e and (s, e) != (g.start, g.end) for s, e in rule_bounds)]
    keys = [m.key for m in mentions if m.label == "PERSON" and m.source == "gazetteer"] + inner
    for key in keys:
        for surname in _leader_surname_keys(key, ctx):
            leader_by_surname.setdefault(surname, {})[key] = None
    # rule persons: merge into a leader with that surname and initial, else with
    # an earlier rule person with that surname and initial
    seen: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.label != "PERSON" or m.source == "gazetteer":
            continue
        written_surname = _surname(m.key, suffixes)
        surname = _surname_key(written_surname or m.key, ctx)
        initial = _fold(_initial(m.key, suffixes)) if written_surname else ""
        target = next(
            (leader for leader in leader_by_surname.get(surname, ())
             if not initial or _fold(_initial(leader, suffixes)) == initial),
            None,
        )
        if target is None and (surname, initial) in seen:
            target = seen[(surname, initial)]
        if target is None and not initial:
            # a lone surname ("Mr. Cole") joins the one full name with that surname
            matches = {k for (s, _), k in seen.items() if s == surname}
            if len(matches) == 1:
                target = matches.pop()
        if target is None:
            seen[(surname, initial)] = m.key
        else:
            m.key = target
            m.source = "gazetteer" if target in leader_by_surname.get(surname, ()) else m.source


def later_mentions(doc: Doc, mentions: list[Mention], ctx: ActorContext) -> list[Mention]:
    """Step 3 (coreference): surname-only and acronym tokens elsewhere in the text."""
    suffixes = ctx.name_suffixes
    lookup: dict[str, tuple[str, str, str]] = {}  # token text -> (key, label, kind)
    ambiguous: set[str] = set()
    for m in mentions:
        if m.label == "PERSON":
            words = _name_words(m.text, suffixes)
            surname = words[-1] if len(words) >= 2 else None  # _surname(m.text, suffixes)
            if m.source == "gazetteer" and (ctx.entry(m.key) or {}).get("family_name_first") and len(words) >= 2:
                surname = words[0]  # "Kim Jong Un" is "Kim" later on ("Kim and Shoigu")
            if len(words) >= 3 and words[-2][0].isupper() and not words[-2].endswith("."):
                # "Edmundo González Urrutia" is "González" too (double surnames)
                second = words[-2]
                if second in lookup and lookup[second][0] != m.key:
                    ambiguous.add(second)
                lookup.setdefault(second, (m.key, "PERSON", "surname"))
            if surname:
                # "al-Burhan" is written "Burhan" too (and is three tokens anyway)
                bare = ARTICLE_PREFIX.sub("", surname)
                for form in {surname, bare}:
                    if form in lookup and lookup[form][0] != m.key:
                        ambiguous.add(form)
                    lookup.setdefault(form, (m.key, "PERSON", "surname"))
        elif m.kind == "acronym":
            lookup.setdefault(m.text, (m.key, m.label, "acronym"))
    for word in ambiguous:
        lookup.pop(word, None)
    if not lookup:
        return mentions
    taken = [False] * len(doc)
    for m in mentions:
        taken[m.start:m.end] = [True] * (m.end - m.start)
    extra = []
    tok = token_arrays(doc)
    text = doc_text(doc)
    # a hit is a word of the text (TEXT_WORD) that is one whole token: find the tokens
    # written as a lookup word, then check the few hits against the word scan
    for i in _tokens_written_as(lookup, text, tok):
        if taken[i]:
            continue
        word = tok.text[i]
        start, end = tok.idx[i], tok.idx[i] + len(word)
        if not _is_text_word(text, start, end) or is_excluded(doc, start, end):
            continue
        key, label, kind = lookup[word]
        extra.append(Mention(i, i + 1, start, end, label, key, kind, "actors.coref", word))
    return sorted(mentions + extra, key=BY_START)


#: "Full Name (ACRONYM)": an acronym defined in brackets right after a name
DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,9})\)")  # (opens with its bracket: a fast scan)


def merge_defined_acronyms(doc: Doc, mentions: list[Mention]) -> None:
    """The text's own pairing wins: in "Main Intelligence Directorate (GRU)" the acronym
    is the name's, even when the lists give it to another body; every mention keyed
    as the acronym's body is then keyed as the name's (in place)."""
    text = doc_text(doc)
    pairs = [(m.start() - (m.start() > 0 and text[m.start() - 1] in " \t"), m.start(1))
             for m in DEFINED_ACRONYM.finditer(text)]  # (the name ends before one space, if any)
    if not pairs:
        return
    by_end = {m.end_char: m for m in mentions if m.label == "ORG"}
    by_start = {m.start_char: m for m in mentions if m.label == "ORG"}
    rekey = {}
    for name_end, acronym_start in pairs:
        name, acronym = by_end.get(name_end), by_start.get(acronym_start)
        if name is not None and acronym is not None and name.key != acronym.key and acronym.key not in rekey:
            rekey[acronym.key] = name.key
    for m in mentions:
        if m.key in rekey and m.label == "ORG":
            m.key = rekey[m.key]


def _tokens_written_as(words: Iterable[str], text: str, tok: TokenArrays) -> list[int]:
    """The positions of the tokens whose text is one of ``words``, in text order.

    The words (a handful of surnames and acronyms) are searched in the text, and
    each place one is found is kept when a token starts there with that text: a
    few ``str.find`` calls instead of a dict test per token (~35 µs an article).
    """
    starts, texts = tok.idx, tok.text
    found: set[int] = set()
    for word in filter(None, words):  # (an empty word is no token's text)
        at = text.find(word)
        while at != -1:
            i = bisect_left(starts, at)
            if i < len(starts) and starts[i] == at and texts[i] == word:
                found.add(i)
            at = text.find(word, at + 1)
    return sorted(found)


def _is_text_word(text: str, start: int, end: int) -> bool:
    """True when ``TEXT_WORD.finditer(text)`` yields a match spanning exactly [start, end).

    No match holds a whitespace character, so the whole-text scan finds the same
    matches as a scan from the start of the token's run of non-space characters:
    only those are replayed, usually one match at ``start`` itself.
    """
    run = start
    while run > 0 and not text[run - 1].isspace():
        run -= 1
    for w in TEXT_WORD.finditer(text, run):
        if w.start() >= start:
            return w.start() == start and w.end() == end
    return False


def _context_country(doc: Doc, m: Mention, by_end: dict[int, Mention], ctx: ActorContext,
                     country_of: Callable[[str], str | None]) -> str | None:
    """The state named right before a mention's role or descriptor.

    "U.S. envoy X" / "Belarusian Foreign Minister X" / "the Belarusian airline
    Belavia" -> that state; "Donald Trump’s envoy X" / "Belarus’s envoy X" -> the
    possessor's state. Only role or descriptor words may stand between.
    """
    arrays = token_arrays(doc)
    words, idx = arrays.text, arrays.idx
    text = doc_text(doc)
    # "between" is the text of tokens [i + 1, m.start), cut from the text without a Span
    stop = idx[m.start - 1] + len(words[m.start - 1]) if m.start > 0 else 0
    i = m.start - 1
    while i >= 0 and m.start - i <= 5:
        if words[i] in ctx.possessives:
            owner = by_end.get(i)
            between = text[idx[i + 1]:stop] if i + 1 < m.start else ""
            if owner is None or not (_is_role(between, ctx) or (not between and m.label == "ORG")):
                return None
            if owner.label == "GPE":  # "Belarus’s envoy X", "South Korea’s Foreign Ministry"
                entry = ctx.entry(owner.key) or {}
                return owner.key if entry.get("code") or not entry.get("country") else entry["country"]
            return country_of(owner.key)  # "Donald Trump’s envoy X"
        prev = by_end.get(i + 1)
        if prev is not None and prev is not m:
            between = text[idx[i + 1]:stop] if i + 1 < m.start else ""
            if prev.start > 0 and words[prev.start - 1] in HYPHENS:
                return None  # "pro-Russian Socialist Party", "anti-American"
            if prev.label == "GPE" and (_is_role(between, ctx) or (not between and m.label == "ORG")):
                # "U.S. envoy X", "the Belarusian airline X", "the Belarusian KGB"; not
                # "Sudan expert X" (a subject, not an allegiance)
                if ctx.role_before(between) in ctx.topic_roles:
                    return None
                entry = ctx.entry(prev.key) or {}
                return prev.key if entry.get("code") or not entry.get("country") else entry["country"]
            if prev.label == "ORG" and _is_role(between, ctx) and ctx.role_before(between) not in ctx.topic_roles:
                return country_of(prev.key)  # "Pentagon spokesman X", "Kremlin aide X"
            return None
        if arrays.is_punct[i] and words[i] != "-":
            return None
        i -= 1
    return None


def _state_owned_bodies(text: str, tok: TokenArrays, mentions: list[Mention],
                        ctx: ActorContext) -> dict[tuple[str, str], list[str]]:
    """Organisations the rules found right after a state's possessive: one actor with the same body
    written after the state's demonym. One of one to three words ("Russia’s Foreign Ministry",
    "Lithuania's Foreign Ministry") is keyed (here: ``m.key`` is set) by the state's demonym and its
    name, as the text writes it after a demonym ("Russian Foreign Ministry"); a longer name is the
    body's own ("Iran’s Supreme National Security Council" -> "Supreme National Security Council"),
    and its demonym form ("the Iranian Supreme National Security Council") is keyed by that name.
    Two states' ministries stay two actors. Returns {(label, key): [the text's forms with the
    possessive]} for the groups so keyed. A body already joined to a listed or longer name
    ("Ukraine’s Security Service (SBU)": the Security Service of Ukraine) keeps that name."""
    out: dict[tuple[str, str], list[str]] = {}
    own_names: dict[str, str] = {}  # "Iranian Supreme National Security Council" -> its own name
    words = tok.text
    listed = {m.key for m in mentions if m.source == "gazetteer" and m.label == "ORG"}
    prev: Mention | None = None
    for m in mentions:  # (in text order)
        state, prev = prev, m
        if (m.label != "ORG" or m.source == "gazetteer" or m.key != m.text or m.key in listed
                or state is None or state.label != "GPE"
                or state.end != m.start - 1 or words[state.end] not in ctx.possessives):
            continue
        entry = ctx.entry(state.key) or {}
        demonym = next((f for f, kind in entry.get("forms", ()) if kind == DEMONYM_KIND), None)
        if not entry.get("code") or demonym is None or not m.text[:1].isupper():
            continue
        if m.end - m.start > 3:
            own_names[f"{demonym} {m.text}"] = m.text
        else:
            m.key = f"{demonym} {m.text}"
        forms = out.setdefault((m.label, m.key), [])
        form = text[state.start_char:m.end_char]
        if form not in forms:
            forms.append(form)
    if own_names:
        for m in mentions:
            if m.label == "ORG" and m.source != "gazetteer" and m.key in own_names:
                m.key = own_names[m.key]
    return out


def _is_role(text: str, ctx: ActorContext) -> bool:
    """``text`` is nothing but a role ("envoy", "Foreign Minister") or descriptor ("airline")."""
    text = text.strip()
    if not text:
        return False
    if text.lower() in ctx.descriptors:
        return True
    role = ctx.role_before(text)
    if not role:
        return False
    if len(role) == len(text):
        return True
    # up to two lower-case modifiers before the role ("presidential envoy",
    # "investment envoy"): still nothing but a role
    prefix = text[: len(text) - len(role)].split()
    return len(prefix) <= 2 and all(w.islower() for w in prefix)


def _before_noun(m: Mention, tok: TokenArrays, nouns: set[str], between: int) -> bool:
    """Whether one of ``nouns`` follows mention ``m`` right away or after up to ``between``
    lower-case words ("a French citizen", "a Turkish dual national", "the Bushehr power plant")."""
    texts, lower, n = tok.text, tok.lower, len(tok.lower)
    for k in range(m.end, min(n, m.end + between + 1)):
        if lower[k] in nouns:
            return True
        if not (texts[k].isalpha() and texts[k].islower()):
            return False
    return False


def _in_office_title(m: Mention, tok: TokenArrays, titles: set[str], heads: set[str]) -> bool:
    """Whether mention ``m`` of a body is part of an office's title: right before a title word
    ("Treasury Secretary", not "Secretary General" / "Secretary-General") or after "<title> of
    (the)" ("Secretary of the Treasury"). ``heads`` are the words that make the title a body's head
    ("General" of "Secretary General"; ``office_title_heads``)."""
    texts, n = tok.text, len(tok.text)
    if m.end < n and texts[m.end] in titles:
        return not (m.end + 1 < n and (texts[m.end + 1] in heads or texts[m.end + 1] in _TITLE_JOINERS))
    k = m.start - 1
    if k >= 0 and texts[k] == "the":
        k -= 1
    return k >= 1 and texts[k] == "of" and texts[k - 1] in titles


def _ends_at(gazetteer: list[SpanTuple], start: int, end: int) -> bool:
    return any(g.start == start and g.end == end for g in gazetteer)


def _group_mentions(mentions: list[Mention]) -> tuple[dict[tuple[str, str], list[Mention]], set[tuple[str, str]]]:
    """Mentions grouped by (label, key) in order of first mention, and the groups with a
    listed (gazetteer) entry: one group becomes one actor, named from its listed entry if any."""
    groups: dict[tuple[str, str], list[Mention]] = {}  # in order of first mention
    listed: set[tuple[str, str]] = set()  # groups with a listed entry
    for m in mentions:
        key = (m.label, m.key)
        group = groups.get(key)
        if group is None:
            group = groups[key] = []
        group.append(m)
        if m.source == "gazetteer":
            listed.add(key)
    return groups, listed


def _canonical_name(label: str, key: str, ms: list[Mention], entry: dict | None,
                    state_owned: dict[tuple[str, str], list[str]], ctx: ActorContext) -> str:
    """The name an actor goes by: a person's fullest written form (the listed full name when
    the text writes only a surname), a listed body's listed name, else the longest form."""
    if label == "PERSON":
        texts = [x.text for x in ms]
        # the fullest form; among equally full ones (spelling variants) the one
        # the text uses most, then the first written (each distinct form scored once)
        best = max(dict.fromkeys(texts), key=lambda t: (len(_name_words(t, set())), texts.count(t), -texts.index(t)))
        best = _without_title(best, ctx)
        if entry is not None and len(_name_words(best, ctx.name_suffixes)) < 2:
            # only a surname in the text: the listed full name in the text's spelling
            # ("Lukashenka" -> "Alexander Lukashenka", "Trump" -> "Donald Trump")
            for form in [entry["name"], *(f for f, _ in entry.get("forms", []))]:
                words = _name_words(form, ctx.name_suffixes)
                if len(words) >= 2 and words[-1] == best:
                    return form
        return best
    if entry is not None:
        return entry["name"]
    if (label, key) in state_owned:
        return key  # "Russian Foreign Ministry", also when the text writes "Russia’s Foreign Ministry"
    return max((x.text for x in ms), key=len)


def _country_by_key(order: list[tuple[str, str]], entries: dict[tuple[str, str], dict | None],
                    names: dict[tuple[str, str], str]) -> dict[str, str]:
    """Mention key -> the country it stands for or belongs to (a listed state's own name, a
    listed body's country), so a neighbouring mention can lend its country by context."""
    country_by_key = {}
    for k in order:
        entry = entries[k] or {}
        if k[0] == "GPE" and entry.get("code"):
            country_by_key[k[1]] = names[k]
        elif entry.get("country"):
            country_by_key[k[1]] = entry["country"]
    return country_by_key


def _names_no_actor(ms: list[Mention], entry: dict, tok: TokenArrays, ctx: ActorContext) -> bool:
    """Whether a group's mentions all name something that is no actor of the text: a region
    only as an adjective, a sea, a nationality, a facility's place, an office's body."""
    # a region known only from its adjective ("other Asian economies"), or only in a role's
    # portfolio ("U.S. Middle East envoy", "Asia editor") is no actor; its adjective before a
    # region word names it ("the Transnistrian region")
    if entry.get("source") == "regions" and all(
            (x.kind == DEMONYM_KIND and not (x.end < len(tok.text) and tok.text[x.end] in ctx.region_words))
            or (x.end < len(tok.text) and tok.lower[x.end] in ctx.portfolio_words) for x in ms):
        return True
    # a sea, gulf or strait (regions "feature": "water") is no country, city or region; the
    # gazetteer still matches it, so the "Japan" of "Sea of Japan" names nothing either
    if entry.get("feature") == "water":
        return True
    # a state named only as private persons' nationality ("an Egyptian businessman")
    if ms[0].label == "GPE" and ctx.nationality_nouns and all(
            x.kind == DEMONYM_KIND and _before_noun(x, tok, ctx.nationality_nouns, 1) for x in ms):
        return True
    # a place named only in a facility's name ("the Bushehr power plant", "Natanz enrichment facility")
    if ms[0].label == "GPE" and not entry.get("code") and ctx.facility_nouns and all(
            x.kind in _CITY_KINDS and _before_noun(x, tok, ctx.facility_nouns, 2) for x in ms):
        return True
    # a body named only inside an office's title ("U.S. Treasury Secretary Scott Bessent",
    # "Assistant Secretary of the Treasury X"): a title, like "Secretary of State" (GUIDELINES)
    if ms[0].label == "ORG" and ctx.office_titles and all(_in_office_title(x, tok, ctx.office_titles, ctx.office_title_heads) for x in ms):
        return True
    return False


def _aliases(doc: Doc, text: str, tok: TokenArrays, label: str, name: str, ms: list[Mention],
             owned_forms: Iterable[str], from_list: bool, ctx: ActorContext) -> list[str]:
    """An actor's other written names: its mentions' forms, the state-owned forms ("Russia’s
    Foreign Ministry") and a listed company's form with its legal suffix."""
    aliases: list[str] = []
    for x in ms:
        if x.text != name and x.text not in aliases:
            aliases.append(x.text)
    for form in owned_forms:
        if form != name and form not in aliases:
            aliases.append(form)
    if label == "ORG" and from_list:
        # a listed company the text writes with its legal form ("Petroleos de Venezuela SA",
        # "Rosneft PJSC"): that written form is one of its names too
        for x in ms:
            if x.end < len(tok.text) and tok.text[x.end] in ctx.corporate_suffixes and _space_after(doc, x.end - 1):
                form = text[x.start_char:tok.end_char(x.end)]
                if form != name and form not in aliases:
                    aliases.append(form)
    return aliases


def _add_role_before(x: Mention, text: str, roles: list[str], ctx: ActorContext) -> None:
    """Add the role written before a person's name on its line ("The Economist\\n\\nVladimir X"
    has none)."""
    window = text[max(0, x.start_char - 60):x.start_char]
    window = window[window.rfind("\n") + 1:]
    role = ctx.role_before(window) if window.strip() else None
    role = ctx.role_abbreviations.get(role, role) if role else role
    if role and role not in roles and role not in ctx.honorifics:
        roles.append(role)


def _add_apposition(x: Mention, text: str, mentions: list[Mention], roles: list[str],
                    country: str | None, ctx: ActorContext) -> str | None:
    """Add the role of a person's apposition ("X, a political analyst at ...", "X, a former
    Belarusian diplomat"); return the country, taken from a state inside it if not yet known."""
    appos = ctx.role_after(text[x.end_char:x.end_char + 100])
    if appos:
        arole = ctx.role_abbreviations.get(appos[0], appos[0])
        if arole not in roles and arole not in ctx.honorifics:
            roles.append(arole)
        if country is None and arole not in ctx.topic_roles:
            limit = x.end_char + appos[1]
            for y in mentions:
                if y.label == "GPE" and x.end_char < y.start_char and y.end_char <= limit:
                    entry_y = ctx.entry(y.key) or {}
                    country = y.key if entry_y.get("code") else entry_y.get("country")
                    break
    return country


def _country_in_org_name(x: Mention, gazetteer: list[SpanTuple], spans_at: dict[int, list[SpanTuple]],
                         tok: TokenArrays, ctx: ActorContext, country: str | None) -> str | None:
    """The state opening an unlisted organisation's name or closing it after "of" ("Chinese
    Ministry of Commerce", "Ministry of Foreign Affairs of Belarus"); ``country`` when none."""
    opening = _state_at(spans_at, x.start, ctx)
    if opening:
        return opening
    for i in range(x.start + 1, x.end):
        if tok.lower[i - 1] == "of" and _ends_at(gazetteer, i, x.end):
            country = _state_at(spans_at, i, ctx) or country
    return country


def _rule_name(ms: list[Mention], entry: dict, from_list: bool) -> str:
    """The record's ``rule``: the gazetteer list an actor comes from, else the rule of its
    first mention not found by coreference."""
    if from_list:
        return "actors.gazetteer." + (entry.get("source") or "list")
    first = next((x for x in ms if x.source != "actors.coref"), ms[0])
    return "actors." + first.source.removeprefix("actors.")


def build_actors(doc: Doc, mentions: list[Mention], ctx: ActorContext,
                 gazetteer: list[SpanTuple] = ()) -> tuple[SpanGroup, list[SpanTuple], list[dict]]:
    """Steps 4 and 5: canonical names, aliases, roles, country, ids; actor spans (as
    the group ``doc.spans["actors"]`` and as the same SpanTuples).

    An organisation found by the rules takes its country from a state named
    inside its name ("Chinese Ministry of Commerce", "Ministry of Foreign Affairs
    of Belarus") when ``gazetteer`` spans are given.
    """
    text = doc_text(doc)
    tok = token_arrays(doc)
    spans_at: dict[int, list[SpanTuple]] | None = None  # made on first need (an organisation found by the rules)
    state_owned = _state_owned_bodies(text, tok, mentions, ctx)  # "Russia’s Foreign Ministry"
    groups, listed = _group_mentions(mentions)
    order = list(groups)

    entries = {k: ctx.entry(k[1]) for k in order}  # the entry of each group's key (None when unlisted)
    names = {k: _canonical_name(k[0], k[1], groups[k], entries[k] if k in listed else None, state_owned, ctx)
             for k in order}
    country_of = _country_by_key(order, entries, names).get

    # end token -> mention, for context lookups
    by_end: dict[int, Mention] = {m.end: m for m in mentions}
    records: list[dict] = []
    kept = [k for k in order if not _names_no_actor(groups[k], entries[k] or {}, tok, ctx)]
    for index, k in enumerate(kept, start=1):
        label, key = k
        ms = groups[k]
        name = names[k]
        from_list = k in listed
        entry = (entries[k] or {}) if from_list else {}
        aliases = _aliases(doc, text, tok, label, name, ms, state_owned.get(k, ()), from_list, ctx)
        roles = list(entry.get("roles") or [])
        country = entry.get("country") if label != "GPE" or not entry.get("code") else None
        in_context = ms if label != "GPE" else []  # a state or place takes no role, no country from context
        for x in in_context:
            if label == "PERSON":
                _add_role_before(x, text, roles, ctx)
            if label == "PERSON" and x.kind not in ("surname", "acronym"):
                country = _add_apposition(x, text, mentions, roles, country, ctx)
            if country is None and label != "GPE" and x.kind not in ("surname", "acronym"):
                country = _context_country(doc, x, by_end, ctx, country_of)
            if country is None and label == "ORG" and not from_list:
                # only a state opening the name or closing it after "of"
                if spans_at is None:
                    spans_at = _spans_by_start(gazetteer)
                country = _country_in_org_name(x, gazetteer, spans_at, tok, ctx, country)
        if country == name:
            country = None
        record = {
            "id": f"a{index}",
            "name": name,
            "type": label,
            "aliases": aliases,
            "roles": roles,
            "country": country,
            "code": entry.get("code") if label == "GPE" else None,
            "wikidata": entry.get("wikidata"),
            "mentions": _mention_records(ms),
            "rule": _rule_name(ms, entry, from_list),
        }
        records.append(record)
    renamed = merge_corporate_suffixes(records, ctx)
    renamed.update(merge_bare_bodies(records))
    kept_mentions = sorted((x for k in kept for x in groups[k]), key=BOUNDS)
    final_names = {k: renamed.get(names[k], names[k]) for k in kept}
    spans = _actor_spans(doc, kept_mentions, final_names)
    tuples = as_tuples(SpanTuple, [(x.start, x.end, x.start_char, x.end_char, x.label, final_names[x.label, x.key], x.kind)
                             for x in kept_mentions])
    return spans, tuples, records


def _mention_records(mentions: list[Mention]) -> list[dict]:
    """The ``records.Span`` dicts of mentions (as ``spans.char_span_record`` makes them).

    A mention's ``text`` was cut as ``doc_text(doc)[start_char:end_char]`` when it was
    made (and again whenever its bounds changed), so it is not cut a second time.
    """
    return [{"start": x.start_char, "end": x.end_char, "text": x.text} for x in mentions]


def _actor_spans(doc: Doc, mentions: list[Mention], names: dict[tuple[str, str], str]) -> SpanGroup:
    """The actors' span group, one span per mention: label = its type, kb_id = its actor's
    final name (``names`` by (label, key), after the merges), id = its kind; StringStore
    hashes are looked up once per distinct string, and no Span is made per mention
    (``rules.actors_span_group``: a mention has its character offsets)."""
    strings = doc.vocab.strings
    kb_ids = {k: strings.add(name) for k, name in names.items()}
    tags = {tag: strings.add(tag) for tag in {x.label for x in mentions} | {x.kind for x in mentions}}
    return span_group(doc, SPANS_ACTORS, [(x.start, x.end, x.start_char, x.end_char, tags[x.label],
                                           kb_ids[x.label, x.key], tags[x.kind]) for x in mentions])


def _spans_by_start(gazetteer: list[SpanTuple]) -> dict[int, list[SpanTuple]]:
    """Start token -> the gazetteer spans starting there, in their order."""
    spans_at: dict[int, list[SpanTuple]] = {}
    for g in gazetteer:
        spans_at.setdefault(g.start, []).append(g)
    return spans_at


def _state_at(spans_at: dict[int, list[SpanTuple]], start: int, ctx: ActorContext) -> str | None:
    """The state named by the first gazetteer span at token ``start`` that names one: a
    listed state, or the country of a national body opening a longer name ("U.S. Senate
    Foreign Relations Committee"). Asked only for the few tokens that open or follow "of"
    in an organisation found by the rules, not for every gazetteer span."""
    for g in spans_at.get(start, ()):
        state = _state_named(g, ctx)
        if state:
            return state
    return None


def _state_named(g: SpanTuple, ctx: ActorContext) -> str | None:
    """The state a gazetteer span names: itself (a listed state, not as a capital) or
    the country of a national body."""
    if g.label_ == "GPE" and g.id_ != "capital" and (ctx.entry(g.kb_id_) or {}).get("code"):
        return g.kb_id_
    if g.label_ == "ORG" and (ctx.entry(g.kb_id_) or {}).get("country"):
        return ctx.entry(g.kb_id_)["country"]
    return None


def _fold_into(keep: dict, gone: dict, *, roles: bool = True, country: bool = True) -> None:
    """Merge actor record ``gone`` into ``keep``: its forms become aliases and its
    mentions join; its roles and country (when ``keep`` has none) carry over if asked."""
    for alias in [gone["name"], *gone["aliases"]]:
        if alias != keep["name"] and alias not in keep["aliases"]:
            keep["aliases"].append(alias)
    if roles:
        keep["roles"] += [x for x in gone["roles"] if x not in keep["roles"]]
    if country:
        keep["country"] = keep["country"] or gone["country"]
    keep["mentions"] = sorted(keep["mentions"] + gone["mentions"], key=lambda m: m["start"])


def _renumber(records: list[dict], dropped: set[int]) -> None:
    """Drop the records whose ``id()`` is in ``dropped``, order the rest by first
    mention and give them ids a1, a2, ... again."""
    records[:] = [r for r in records if id(r) not in dropped]
    first = {id(r): min(m["start"] for m in r["mentions"]) for r in records}
    records.sort(key=lambda r: first[id(r)])
    for index, r in enumerate(records, start=1):
        r["id"] = f"a{index}"


def merge_corporate_suffixes(records: list[dict], ctx: ActorContext) -> dict[str, str]:
    """One actor for "the American corporation Chevron" and "Chevron Corporation".

    An organisation found by the rules whose name is another organisation's name
    or alias plus a corporate suffix ("Corporation", "Inc.", "Group": data) or after a
    legal form ("PJSC", "Joint Stock Company": the persons lexicon's) is that
    organisation. A listed one keeps its canonical name; between two found by the
    rules the longer name wins. Returns {old name: new name}; records renumbered.
    """
    orgs = [r for r in records if r["type"] == "ORG"]
    by_form: dict[str, dict] = {}
    for r in orgs:
        for form in [r["name"], *r["aliases"]]:
            by_form.setdefault(form, r)
    renamed: dict[str, str] = {}
    dropped: set[int] = set()
    for long in orgs:
        if long["rule"].startswith("actors.gazetteer") or " " not in long["name"]:
            continue
        stem, _, suffix = long["name"].rpartition(" ")
        if suffix not in ctx.corporate_suffixes:
            # "Public Joint Stock Company Transkapitalbank" and a later "Transkapitalbank"
            stem = None
            if long["name"].startswith(ctx.corporate_prefixes):  # (one C-level test for most names)
                prefix = next(p for p in ctx.corporate_prefixes if long["name"].startswith(p))
                stem = long["name"][len(prefix):]
        short = by_form.get(stem) if stem else None
        if short is None or short is long or id(short) in dropped:
            continue
        keep, gone = (short, long) if short["rule"].startswith("actors.gazetteer") else (long, short)
        _fold_into(keep, gone)
        renamed[gone["name"]] = keep["name"]
        dropped.add(id(gone))
    if renamed:
        _renumber(records, dropped)
    return renamed


def merge_bare_bodies(records: list[dict]) -> dict[str, str]:
    """"Parliament" standing alone is the one parliament the text names in full.

    A body found by ``persons.org.body`` ("Parliament", "Senate") joins the only
    other organisation whose name holds that word ("the European Parliament ...
    Parliament voted"); with none or several it stays an actor of its own.
    Returns {old name: new name}; records renumbered.
    """
    renamed: dict[str, str] = {}
    dropped: set[int] = set()
    for bare in records:
        if bare["rule"] != "actors.persons.org.body":
            continue
        hosts = [r for r in records if r is not bare and r["type"] == "ORG" and id(r) not in dropped
                 and bare["name"] in r["name"].split()]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        _fold_into(host, bare, roles=False, country=False)
        renamed[bare["name"]] = host["name"]
        dropped.add(id(bare))
    if renamed:
        _renumber(records, dropped)
    return renamed
