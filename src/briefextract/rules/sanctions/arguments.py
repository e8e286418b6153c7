"""Argument resolution: the imposer (modifiers, possessors, 'by X' agents, clause subjects) and the target/scope/reason of a measure.

Coordination: a subject or agent list gives one imposer or target per member ('A, B, and C';
'the international community, including A and B,'); a list of names the actor lists do not
know is read by ``_name_list``.

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

import re

from briefextract.rules.sanctions.phrases import (
    _AND_OR,
    _COMMA_AND,
    _COMMA_AND_OR,
    _POSSESSIVE_MARKS,
    _as_well_as_at,
    _common_list,
    _flow_target,
    _is_count,
    _is_time,
    _last_person,
    _left_conjunct,
    _listed_names,
    _named_party_at,
    _np_left,
    _phrase_end,
    _resolve_phrase,
    _scope,
    _skip_left,
)
from briefextract.rules.sanctions.view import (
    _ADJUNCT_HEADS,
    _NUMBER,
    _ORDINAL,
    _QUOTES,
    UNNAMED,
    ActorRef,
    Draft,
    Instrument,
    Trigger,
    View,
    _span_text,
    _tok_text,
)


def _subject_targets(view: View, j: int, s0: int) -> list[str]:
    """The noun phrase left of a target-side verb: actors (not used as modifiers) or the phrase."""
    keys = view.keys
    passive_aux, aux_words = view.w("passive_aux"), view.w("aux_words")
    i = j - 1
    while i >= s0 and (keys[i] in passive_aux or keys[i] in aux_words):
        i -= 1
    if i > s0 and keys[i] in view.w("relative_pronouns"):
        # "Cuba, which had been under sanctions since 1962": the antecedent is the target
        x = i - 1 if keys[i - 1] != "," else i - 2
        ref = view.actor_at[x] if x >= s0 else None
        if ref is not None and not ref.demonym:
            return _subject_conjuncts(view, ref, s0)  # "Russia and Belarus, which face sanctions": both
        if x >= s0 and keys[x].isalpha():
            i = x  # "the firms that are under sanctions": the phrase before the pronoun
    if i >= s0 and keys[i] in _PERSON_SUBJECT_PRONOUNS:
        ref = _last_person(view, i)  # "he is under sanctions": the last person named
        return [ref.name] if ref is not None else []
    if i >= s0 and keys[i] == ",":
        return _subject_before_comma(view, i, s0)
    found = _nearest_subject_actor(view, i, s0)
    if found is not None:
        return found
    return _subject_phrase(view, i, s0)


def _subject_before_comma(view: View, i: int, s0: int) -> list[str]:
    """A subject ending in a comma (token ``i``) is a list of names or an appositive's head: the
    listed names, else the named members after 'including', else the clause's first actor (or the
    phrase a place modifies), so the aside between the commas never gives the target."""
    keys = view.keys
    listed = _subject_name_list(view, s0, i)
    if listed:
        return listed  # "A, who holds Latvian nationality, and B, who ..., were put on the list"
    # "HTS, the group led by al-Sharaa until January, was removed": the clause's first name
    start = s0
    clause_stops = view.w("clause_stops")
    for x in range(i - 1, s0 - 1, -1):
        if keys[x] in clause_stops or keys[x] in _CLAUSE_BREAK_MARKS:
            start = x + 1
            break
    inc = next((x for x in range(start, i) if keys[x] in view.w("member_intros")), None)
    if inc is not None:
        # "Dozens of officials and entities, including A, the B and the C, were listed": each named member
        named = [ref.name for x in range(inc + 1, i) if (ref := view.actor_at[x]) is not None and x == ref.start and not ref.demonym]
        if named:
            return list(dict.fromkeys(named))
    prepositions = view.w("prepositions")
    for x in range(start, i):
        ref = view.actor_at[x]
        if ref is not None and not ref.demonym:
            if x - 1 > start and keys[x - 1] in prepositions and not ref.possessive:
                # "A large oil refinery in India, part-owned by ..., was blacklisted": the phrase the place is in
                comma = next((y for y in range(x, i + 1) if keys[y] == ","), i)
                return _resolve_phrase(view, start, comma)
            return [ref.name]
    return []


def _nearest_subject_actor(view: View, i: int, s0: int) -> list[str] | None:
    """The nearest actor left of ``i`` within the clause that is not a modifier, read as the
    subject (with its conjuncts, its people, or its list); None when the clause names none, so the
    caller falls back to the phrase."""
    keys = view.keys
    clause_stops, relative_pronouns = view.w("clause_stops"), view.w("relative_pronouns")
    k = i
    while k >= s0 and keys[k] not in clause_stops and keys[k] not in relative_pronouns and keys[k] != ".":
        ref = view.actor_at[k]
        if ref is not None and not _is_modifier(view, ref):
            found = _subject_from_actor(view, ref, k, i, s0)
            if found is not None:
                return found
        k -= 1
    return None


def _subject_from_actor(view: View, ref: ActorRef, k: int, i: int, s0: int) -> list[str] | None:
    """What the subject actor ``ref`` (found at ``k``, the subject ending at ``i``) stands for:
    the people 'of' it, the companies 'in' it, the list or conjuncts it ends, or it and an
    '(N) other' group; None when it is too far from the verb to be the subject (scan on)."""
    keys = view.keys
    c = _coordination_start(view, ref, s0) - 1
    c -= 1 if c > s0 and keys[c] == "the" else 0
    if c - 1 >= s0 and keys[c] == "of" and keys[c - 1] in view.w("people_of_nouns") and k >= i - 1:
        # "Leaders of Hamas were sanctioned", "all members of the parliament are under sanctions":
        # the people, not their body (one group per coordinated body)
        groups = _resolve_phrase(view, c - 1, i + 1)
        return groups if len(groups) >= 2 else [_span_text(view, c - 1, i + 1)]
    if c - 1 > s0 and keys[c] in _PLACE_PREPOSITIONS and keys[c - 1] in view.w("location_cues"):
        # "Several companies active in the UAE and Panama were hit": the companies, not where they are
        x = c - 1
        while x > s0 and _subject_phrase_token(view, x - 1):
            x -= 1
        return _resolve_phrase(view, x, c - 1) if x < c - 1 else []
    if keys[ref.end] == "," and k < i - 1:
        listed = _name_list(view, ref.start, i + 1)
        if listed is not None and listed[1] == i + 1:
            return listed[0]  # "Zarvan Bank, Kestrel Air and Ostrova Lines were sanctioned"
    if k >= i - 1 or keys[ref.end] == ",":
        found = _subject_conjuncts(view, ref, s0)
        if len(found) == 1 and k >= i - 1:
            # "Rosneft CEO Igor Sechin, VTB CEO Andrey Kostin and businessman Oleg Deripaska (EN+ Group)
            # were placed under sanctions", "A, who ..., and B, who ..., were put on the list": the
            # clause's list of names, titles and asides skipped
            listed = _subject_name_list(view, s0, ref.end)
            if listed:
                return listed
        return found
    group = _and_others(view, ref, i)
    if group:
        return [ref.name, group]  # "X and 40 other officials close to him": X and the group, one entry each
    return None


def _subject_phrase(view: View, i: int, s0: int) -> list[str]:
    """A subject that names no actor is its noun phrase ('20 US defense firms and 10
    individuals'), read back from ``i`` to the first word that cannot belong to it; a list of
    capitalised names crosses its commas."""
    keys = view.keys
    a = i
    listed = "and" in keys[s0 : i + 1]
    while a > s0 and (_subject_phrase_token(view, a - 1) or (
        # "Zarvan Bank, Kestrel Air and Ostrova Lines were sanctioned": a list of names crosses its commas
        listed and keys[a - 1] == "," and a - 2 >= s0 and _tok_text(view, a - 2)[:1].isupper() and _tok_text(view, a)[:1].isupper()
    )):
        if view.lex.triggers.match_at(keys, a - 1) is not None:
            break
        a -= 1
    if a > i:
        return []
    if a - 2 >= s0 and keys[a - 1] == "of" and keys[a - 2] in view.w("people_of_nouns"):
        return [_span_text(view, a - 2, i + 1)]  # "all members of the Belarusian parliament are under sanctions"
    return _resolve_phrase(view, a, i + 1)


def _subject_name_list(view: View, s0: int, b: int) -> list[str]:
    """The names listed from the clause start to ``b`` (a subject ending in a name): 'Rosneft CEO Igor
    Sechin, VTB CEO Andrey Kostin and businessman Oleg Deripaska (EN+ Group)', 'A, who ..., and B, who
    ...,': each item (between commas, semicolons and 'and') ends with a name (an actor, else its
    capitalised words), the title before it skipped; an item opening with a relative pronoun or
    'a/an', or naming someone 'of' whom it speaks ('the wife of President A', 'the governor of Qom'),
    is an aside on the name before. Two or more names, else [] (an item with a preposition before its
    name, 'According to Reuters', 'After talks with Japan', or with no name: no list)."""
    keys = view.keys
    a = b - 1
    while a > s0 and keys[a - 1] not in view.w("clause_stops") and keys[a - 1] not in _NAME_LIST_OPENERS:
        a -= 1
    if "and" not in keys[a:b]:
        return []
    bounds, depth, seg = [], 0, a
    for y in range(a, b + 1):
        k = keys[y] if y < b else ","
        depth += k == "("
        depth -= k == ")"
        if depth == 0 and k in _NAME_LIST_SEPARATORS:
            if y > seg:
                bounds.append((seg, y))
            seg = y + 1
    names: list[str] = []
    for x, y in bounds:
        while y > x and keys[y - 1] == ")":
            y = next((z for z in range(y - 1, x - 1, -1) if keys[z] == "("), x)  # ("Oleg Deripaska (EN+ Group)")
        if y <= x:
            return []
        if keys[x] in view.w("relative_pronouns") or keys[x] in _ASIDE_OPENERS:
            if not names:
                return []
            continue  # an aside on the name before
        ref = view.actor_at[y - 1]
        if ref is not None and ref.end == y and ref.start >= x and not ref.demonym and not ref.possessive and (
            ref.label != "GPE" or ref.start == x
        ):
            name, rs = ref.name, ref.start
        else:
            rs = y
            while rs > x and _tok_text(view, rs - 1)[:1].isupper() and view.actor_at[rs - 1] is None:
                rs -= 1
            if rs == y or keys[rs] in view.w("time_words"):
                return []
            name = _span_text(view, rs, y)
        t = rs
        while t > x and _tok_text(view, t - 1)[:1].isupper() and view.actor_at[t - 1] is None:
            t -= 1  # (a title: "President")
        if t > x and keys[t - 1] == "of" and keys[x] in view.w("apposition_openers"):
            if not names:
                return []
            continue  # "the wife of President Nicolas Maduro": an aside
        if any(keys[z] in view.w("prepositions") and keys[z] != "of" for z in range(x, t)):
            return []
        names.append(name)
    names = list(dict.fromkeys(names))
    return names if len(names) >= 2 else []


def _subject_conjuncts(view: View, ref: ActorRef, s0: int) -> list[str]:
    """'Roman Abramovich and Alisher Usmanov were sanctioned', 'A, B and the C were designated':
    the subject ending with ``ref`` and every actor coordinated before it, in text order (one
    target each); a comma alone does not coordinate ("After talks with Japan, Russia was ...")."""
    keys = view.keys
    out = [ref.name]
    j = _before_descriptor(view, ref.start - 1, s0)
    while j > s0 and keys[j] in _COMMA_AND:
        if keys[j] == "," and len(out) == 1:
            break
        prev = view.actor_at[_left_conjunct(keys, j)]
        if prev is None or _is_modifier(view, prev):
            break
        if keys[j] == "," and prev.start > s0 and keys[prev.start - 1] in view.w("prepositions") and keys[prev.start - 1] != "of":
            break  # "According to Reuters, A and B were ...", "After talks with Japan, A and B": no conjunct
        out.insert(0, prev.name)
        j = _before_descriptor(view, prev.start - 1, s0)
    return list(dict.fromkeys(out))


def _before_descriptor(view: View, j: int, s0: int) -> int:
    """The token before the description that opens a conjunct ending at ``j`` ('and former gymnast
    A', 'and the Chechen leader B': up to three words that name no actor, or demonyms), when a
    separator stands there; else ``j`` past an article."""
    keys = view.keys
    x = j
    while x > s0 and j - x < 3 and keys[x] not in _AND_OR and (
        (keys[x].isalpha() and view.actor_at[x] is None and keys[x] not in view.w("prepositions")
         and keys[x] not in view.w("aux_words") and keys[x] not in view.w("clause_stops") and keys[x] not in view.w("time_words"))
        or (view.actor_at[x] is not None and view.actor_at[x].demonym)
    ):
        x -= 1
    if x < j and keys[x] in _COMMA_AND and x > s0:
        return x
    return j - 1 if j > s0 and keys[j] == "the" else j


def _and_others(view: View, ref: ActorRef, i: int) -> str | None:
    """'X and 40 other officials close to his government' (tokens ref.end..i): the group
    coordinated with a named actor by '(N) other', as its own target ('officials close to his
    government'), else None."""
    keys = view.keys
    x = ref.end
    if x + 2 > i or keys[x] != "and":
        return None
    x += 1
    if _is_count(view, x):
        x += 1
    if x >= i or keys[x] != "other":
        return None
    return _span_text(view, x + 1, i + 1)


def _subject_phrase_token(view: View, i: int) -> bool:
    """May token ``i`` belong to the noun phrase before a target-side verb?"""
    k = view.keys[i]
    if k in view.w("clause_stops") or k in view.w("relative_pronouns") or k in (",", ".") or k in view.w("reporting_verbs"):
        return False
    if k in view.w("prepositions") or i in view.all_trigger_tokens:
        return False
    if k in view.w("time_words") and view.words[i][:1].isupper():
        return False  # "On Friday the ministers were sanctioned": the day opens no subject
    return True



def _is_modifier(view: View, ref: ActorRef) -> bool:
    """A demonym or possessive modifies a noun ('Central American nation'); it is not the target."""
    return ref.demonym or ref.possessive



def _modifier_actors(view: View, ins: Instrument, s0: int) -> dict:
    """Actors and goods words in front of the instrument: 'U.S. sanctions' (imposer),
    'Syria sanctions' (target), 'rare earth ... export controls' (goods target)."""
    keys = view.keys
    lo = _np_left(view, ins.start, s0)
    imposers: list[str] = []
    targets: list[str] = []
    goods_from = None
    i = lo
    while i < ins.start:
        ref = view.actor_at[i]
        if ref is not None:
            name_is_surface = ref.text == ref.name and not ref.possessive and ref.label == "GPE"
            if name_is_surface and ref.name not in view.w("imposer_states"):
                targets.append(ref.name)
            else:
                name = view.imposer_name(ref)
                if name and name not in imposers:
                    imposers.append(name)
            i = ref.end
            goods_from = None
            continue
        k = keys[i]
        if k in view.w("modifier_stop") or k in view.w("determiners") or k in _QUOTES or k in ("'s", "'", ",", "-") or _NUMBER.match(k) or _ORDINAL.match(k):
            if goods_from is not None and k not in ("-",):
                pass
            i += 1
            continue
        if goods_from is None:
            goods_from = i
        i += 1
    goods = None
    if goods_from is not None:
        # the goods run is the contiguous stretch of content words before the instrument
        a = goods_from
        while a < ins.start and (keys[a] in view.w("modifier_stop") or keys[a] in _QUOTES or keys[a] in _COMMA_AND_OR or _ORDINAL.match(keys[a])):
            a += 1
        span = _goods_span(view, a, ins.start)
        if span is not None:
            goods = _span_text(view, *span)
            # "export controls" already hold "export": a goods phrase needs a content word
            if not any(c.isalpha() for c in goods):
                goods = None
    # the instrument's own words may name the goods: "export restrictions" -> keep the goods only
    return {"imposers": imposers, "targets": targets, "goods": goods, "lo": lo}



_ADJECTIVE_END = re.compile(r"(?:ing|ed|al|ar|ic|ive|ous|ary|ful|less)$")


def _goods_span(view: View, a: int, b: int) -> tuple[int, int] | None:
    """The goods words among the modifiers a..b right before the instrument: only the nouns
    after the last number, ordinal or adjective ('the wide-ranging 16th package' names none,
    'sweeping technology sanctions' -> technology); a hyphenated 'X-related' keeps its noun
    X ('potash-related' -> potash; 'nuclear-related' is an adjective, no goods)."""
    keys = view.keys
    y = b
    if y - 3 >= a and keys[y - 2] == "-" and keys[y - 1] in view.w("hyphen_compound_participles"):
        y -= 2
    x = y
    while x > a:
        k = keys[x - 1]
        if _NUMBER.match(k) or _ORDINAL.match(k) or not k.replace("-", "").isalpha() or k == "-" or _ADJECTIVE_END.search(k):
            break
        x -= 1
    return (x, y) if x < y else None


def _possessor(view: View, a: int, n: int, s1: int) -> list[str]:
    """Owner of the frozen assets: 'his assets', 'X's assets', 'the assets of X'."""
    keys = view.keys
    for j in range(n - 1, a, -1):
        ref = view.actor_at[j]
        if ref is not None and ref.possessive and ref.label != "GPE":
            return [ref.name]
    if any(keys[j] in _PERSON_POSSESSIVES for j in range(a, n)):
        # the nearest person mentioned before
        for ref in reversed(view.actors):
            if ref.end <= a and ref.label == "PERSON":
                return [ref.name]
    if n + 1 < s1 and keys[n + 1] == "of":
        stop = _phrase_end(view, n + 2, s1)
        return _resolve_phrase(view, n + 2, stop)
    if n + 2 < s1 and keys[n + 1] in view.w("owner_participles") and keys[n + 2] in ("to", "by"):
        stop = _phrase_end(view, n + 3, s1)  # "assets belonging to key Iranian institutions"
        return _resolve_phrase(view, n + 3, stop)
    for j in range(n - 1, a, -1):
        ref = view.actor_at[j]
        if ref is not None and ref.possessive:
            return [ref.name]  # "$6 billion of Tehran's funds": the state owns them
    return []



def _agent_after(view: View, b: int, s1: int, intro: str = "by") -> list[str]:
    """'imposed in 2022 by the Biden administration' / 'blacklisted by the U.S.' ('received approval
    from EU ministers': ``intro`` 'from')."""
    keys = view.keys
    for j in range(b, min(s1, b + 8)):
        if keys[j] in (";", ".", "which", "that"):
            return []
        if keys[j] == intro:
            if j + 1 < s1 and keys[j + 1].endswith("ing") and view.actor_at[j + 1] is None:
                return []  # "by accusing Iran of ...": a means, not an agent
            for x in range(j + 1, min(s1, j + 5)):
                ref = view.actor_at[x]
                if ref is not None:
                    name = view.imposer_name(ref)
                    return _coordinated(view, ref, name)
                org = _org_anaphor(view, x, x + 1)
                if org:
                    return [org]
                if keys[x] in view.w("unnamed_agents"):
                    return [UNNAMED]  # "by Western countries": an imposer the text does not name
            return []
    return []



def _agent_before(view: View, a: int, s0: int) -> list[str]:
    """'long used by Washington to restrict ...'."""
    keys = view.keys
    for j in range(a - 1, max(s0 - 1, a - 6), -1):
        if keys[j] == "by":
            ref = view.actor_at[j + 1] or (view.actor_at[j + 2] if j + 2 < a else None)
            if ref is not None:
                name = view.imposer_name(ref)
                return [name] if name else []
    return []



def _coordinated(view: View, ref: ActorRef, name: str | None) -> list[str]:
    out = [name] if name else []
    j = ref.end
    while j + 1 < len(view.keys) and view.keys[j] in _COMMA_AND:
        if view.keys[j] == "," and view.keys[j + 1] == "and" and j + 2 < len(view.keys):
            j += 1  # "by France, Britain, and Germany": the serial comma
        nxt = view.actor_at[j + 1] or (view.actor_at[j + 2] if view.keys[j + 1] == "the" and j + 2 < len(view.keys) else None)
        if nxt is None:
            break
        n2 = view.imposer_name(nxt)
        if n2 and n2 not in out:
            out.append(n2)
        j = nxt.end
        if j + 1 < len(view.keys) and view.keys[j] in view.w("group_nouns"):
            j += 1  # "by the G7 countries and Australia"
    return out



def _org_anaphor(view: View, a: int, b: int) -> str | None:
    """'the bloc', 'the department': the nearest organisation actor mentioned before."""
    for i in range(a, b):
        hit = view.lex.org_anaphors.match_at(view.keys, i)
        if hit is None:
            continue
        word = view.keys[hit[0] - 1]
        if word in view.w("state_anaphor_heads"):
            # "the administration": the state of the last leader named before
            for ref in reversed(view.actors):
                if ref.end <= i and ref.label == "PERSON":
                    rec = view.actor_records.get(ref.name) or {}
                    if rec.get("country"):
                        return rec["country"]
            return None
        generic = word in view.w("generic_org_anaphor_heads")
        for ref in reversed(view.actors):
            if ref.end <= i and ref.label == "ORG" and (generic or word in ref.name.lower()):
                return ref.name
    return None



def _intent_of_actor(view: View, k: int, s0: int) -> str | None:
    """The actor ending at ``k`` (an abbreviation in brackets after it skipped) when an intent noun
    and 'of' stand right before it ('the decision of the National Security and Defense Council
    (NSDC) to impose sanctions', 'the move by ...' is the passive's agent): it decides; else None."""
    keys = view.keys
    if k >= s0 and keys[k] == ")":
        k = next((y for y in range(k - 1, max(s0 - 1, k - 6), -1) if keys[y] == "("), s0) - 1
    ref = view.actor_at[k] if k >= s0 else None
    if ref is None or ref.demonym or ref.possessive:
        return None
    x = ref.start - 1
    if x >= s0 and keys[x] == "the":
        x -= 1
    if x - 1 >= s0 and keys[x] == "of" and keys[x - 1] in view.w("intent_nouns"):
        return view.imposer_name(ref)
    return None


def _subject_imposer(view: View, d: Draft, t: int, s0: int) -> None:
    """The clause subject left of the trigger at ``t``: nearest actor that is not a possessive
    modifier inside a phrase, not the object of a preposition and not a demonym adjective.
    Tried in turn: an intent noun's possessor, a participle or gerund clause's main subject, a
    pronoun subject, then a scan leftwards for the subject itself."""
    if _intent_imposer(view, d, t, s0) or _participle_clause_imposer(view, d, t, s0) or _pronoun_imposer(view, d, t, s0):
        return
    _scan_for_subject(view, d, t, s0)


def _intent_imposer(view: View, d: Draft, t: int, s0: int) -> bool:
    """'the European Union's decision a week later to end ...': the possessor of the intent noun
    before 'to' decides. True when an imposer was set."""
    keys = view.keys
    if not (t - 1 >= s0 and keys[t - 1] == "to"):
        return False
    for j in range(t - 2, max(s0 - 1, t - 8), -1):
        if keys[j] in view.w("intent_nouns"):
            k = j - 1
            while k >= s0 and keys[k] in view.w("modifier_stop"):
                k -= 1
            if k >= s0 and keys[k] in _POSSESSIVE_MARKS and view.actor_at[k - 1] is not None:
                name = view.imposer_name(view.actor_at[k - 1])
                if name:
                    d.imposers, d.imposer_explicit = [name], True
                    return True
            break
    name = _intent_of_actor(view, t - 2, s0)
    if name:
        d.imposers, d.imposer_explicit = [name], True
        return True
    return False


def _participle_clause_imposer(view: View, d: Draft, t: int, s0: int) -> bool:
    """A trigger heading a participle or gerund clause (', freezing assets', 'followed the US in
    slapping sanctions', ', announcing the imposition of sanctions') acts for the main clause's
    subject. True when the search ends here (an imposer set, or left to the context)."""
    keys = view.keys
    if t - 1 >= s0 and keys[t - 1] in _COMMA_AND and keys[t].endswith("ing"):
        return True  # ", freezing assets": the main clause's actor (context) acts
    if t - 2 > s0 and keys[t - 1] == "in" and keys[t].endswith("ing"):
        # "Australia has followed the US in slapping sanctions on ...", "Canada joined the EU in
        # imposing ...": the gerund's subject is the sentence's subject, not the verb's object
        names = _first_subjects(view, s0, t - 1)
        if names:
            d.imposers, d.imposer_explicit = names, True
            return True
    if t - 3 > s0 and keys[t - 1] in view.w("determiners") and keys[t - 2].endswith("ing") and keys[t - 3] == ",":
        # "The US, Canada and the EU condemned X, announcing the imposition of sanctions": the participle
        # clause's subject is the main clause's, the list of names that opens the sentence
        names = _first_subjects(view, s0, t - 3)
        if names:
            d.imposers, d.imposer_explicit = names, True
        return True
    return False


def _pronoun_imposer(view: View, d: Draft, t: int, s0: int) -> bool:
    """A pronoun subject ('..., and it imposed sanctions') stands for the sentence's first actor;
    'he'/'she' for the last person named, acting for his or her state. True when the subject is
    such a pronoun (the search ends there)."""
    keys = view.keys
    p = _skip_left(view, t - 1, s0, view.w("aux_words"))  # ("it had so far frozen")
    if p >= s0 and keys[p] in _GROUP_SUBJECT_PRONOUNS:
        name = _first_actor(view, s0, p)
        if name:
            d.imposers, d.imposer_explicit = [name], True
        return True
    if p >= s0 and keys[p] in _PERSON_SUBJECT_PRONOUNS and (p == s0 or keys[p - 1] not in view.w("prepositions")):
        # "Trump said he would lift sanctions": the last person named acts for his or her state
        ref = _last_person(view, p)
        name = view.imposer_name(ref) if ref is not None else None
        if name:
            d.imposers, d.imposer_explicit = [name], True
        return True
    return False


def _scan_for_subject(view: View, d: Draft, t: int, s0: int) -> None:
    """Leftwards from the trigger at ``t`` to its subject: past parentheses, stopping at a clause
    boundary or a speech verb; a relative pronoun, an earlier action verb, a coordinated verb
    phrase, an organisation anaphor or an actor ends the scan (each step says how)."""
    keys = view.keys
    j = t - 1
    while j >= s0:
        k = keys[j]
        if k == ")":
            j = _skip_parenthesis_left(keys, j, s0)
            continue
        if (k in view.w("clause_stops") and k not in _ADJUNCT_HEADS) or k == "." or k in view.w("speech_verbs"):
            return  # "Iran said the reimposition ...": the speaker is not the imposer
        if k in view.w("relative_pronouns"):
            nxt = _relative_subject(view, d, j, t, s0)
        elif j in view.trigger_tokens and j < t - 1:
            nxt = _earlier_verb_subject(view, d, j, s0)
        elif (k == "and" and j + 1 <= t and _past_verb(view, j + 1)) or (k == "," and j + 1 == t and _finite_verb(view, t)):
            # "The Council condemned Iran's test and vowed to take further measures", "Council condemns
            # North Korea missile test, vows sanctions": the verb phrases share the sentence's subject;
            # the first one's object ("Iran") does not act
            names = _first_subjects(view, s0, j)
            if names:
                d.imposers, d.imposer_explicit = names, True
            return
        else:
            org = _org_anaphor(view, j, j + 1) if k == "the" else None
            if org and (j == s0 or keys[j - 1] not in view.w("prepositions")):
                d.imposers, d.imposer_explicit = [org], True
                return
            ref = view.actor_at[j]
            if ref is None:
                j -= 1
                continue
            nxt = _actor_subject(view, d, ref, t, s0)
        if nxt is None:
            return
        j = nxt


def _skip_parenthesis_left(keys: list[str], j: int, s0: int) -> int:
    """The token before the parenthesis closing at ``j`` ('ECOWAS suspended them (Mali in 2020,
    Niger in 2023) and imposed ...': an aside holds no subject)."""
    depth = 0
    while j >= s0:
        depth += keys[j] == ")"
        depth -= keys[j] == "("
        if depth == 0:
            break
        j -= 1
    return j - 1


def _relative_subject(view: View, d: Draft, j: int, t: int, s0: int) -> int | None:
    """A relative pronoun at ``j`` left of the trigger: its antecedent is the subject ('Credit
    Suisse, which had frozen'); after a reporting verb or before a pronoun subject 'that' opens a
    content clause and the scan goes on into the main clause. The next token to scan, or None."""
    keys = view.keys
    k = keys[j]
    x = j - 1
    if x >= s0 and keys[x] == ",":
        x -= 1
    ref = view.actor_at[x] if x >= s0 else None
    if ref is not None:
        name = view.imposer_name(ref)
        if name:
            # "from the U.K., France and Germany, who announced curbs": the whole list
            d.imposers = _coordinated_left(view, ref, name, antecedent=True) if x < j - 1 else [name]
            d.imposer_explicit = True
        return None
    if k == "that" and j + 1 < t and keys[j + 1] in view.w("pronoun_subjects"):
        return j - 1  # "announced that it has expanded": look into the main clause
    if k == "that" and any(keys[x] in view.w("reporting_verbs") for x in range(max(s0, j - 4), j)):
        return j - 1  # "X announced on Friday that ...": X is the one acting
    return None


def _earlier_verb_subject(view: View, d: Draft, j: int, s0: int) -> int | None:
    """An earlier action verb at ``j``: its subject, if named right before it, acts here too
    ('ECOWAS suspended ... and imposed'); its object ('20 US firms') never does. The next token
    to scan when the verb is coordinated ('condemned the test and vowed to impose'), else None."""
    keys = view.keys
    e = j
    while e - 1 >= s0 and (e - 1) in view.trigger_tokens:
        e -= 1
    x = e - 1
    while x >= s0 and keys[x] in view.w("aux_words"):
        x -= 1
    if x >= s0 and keys[x] == "and" and _past_verb(view, e):
        return x  # "condemned the test and vowed to impose": the verbs' shared subject (below)
    ref = view.actor_at[x] if x >= s0 else None
    if ref is not None and not ref.demonym and not ref.possessive:
        name = view.imposer_name(ref)
        if name:
            d.imposers, d.imposer_explicit = _coordinated_left(view, ref, name), True
    return None


def _actor_subject(view: View, d: Draft, ref: ActorRef, t: int, s0: int) -> int | None:
    """An actor ``ref`` left of the trigger: the subject (with the actors coordinated before it)
    unless it sits in a prepositional phrase, is a possessive inside a phrase or a demonym
    adjective; then the scan goes on before its coordination. The next token to scan, or None."""
    keys = view.keys
    j0 = _coordination_start(view, ref, s0)  # "between Washington and Minsk": the whole list is the object
    before = keys[j0 - 1] if j0 > s0 else ""
    before2 = keys[j0 - 2] if j0 - 1 > s0 else ""
    in_pp = before in view.w("prepositions") or (before in view.w("determiners") and before2 in view.w("prepositions"))
    head = before if before in view.w("prepositions") else before2
    if in_pp and head in _SUBORDINATORS and _verb_follows(view, ref.end, t):
        in_pp = False  # "after the United States agreed to lift", "as U.S. lifts": a clause, not a PP
    if in_pp and head in view.w("member_intros") and _member_aside(view, j0, ref, head, s0):
        in_pp = False  # "the international community, including the EU and the US, imposed": the members act
    at_start = all(keys[x] in view.w("determiners") or view.is_space[x] for x in range(s0, j0))
    if ref.possessive and not at_start:
        return j0 - 1
    if in_pp or ref.demonym:
        return j0 - 1
    name = view.imposer_name(ref)
    if name:
        d.imposers, d.imposer_explicit = _coordinated_left(view, ref, name), True
    return None



_SUBORDINATORS = _ADJUNCT_HEADS | {"as"}
#: subject pronouns that stand for a state or body (the sentence's first actor) or for a person
_GROUP_SUBJECT_PRONOUNS = frozenset({"it", "they"})
_PERSON_SUBJECT_PRONOUNS = frozenset({"he", "she"})
#: possessive determiners of a person ("his assets"): the owner is the person named before
_PERSON_POSSESSIVES = frozenset({"his", "her"})
# Punctuation that ends a clause inside a sentence ('A; B', 'as follows: A'): a subject starts after it.
_CLAUSE_BREAK_MARKS = frozenset({";", ":"})
# 'companies active in / at <place>': the place says where the subject is, not who it is.
_PLACE_PREPOSITIONS = frozenset({"in", "at"})
# Tokens before a subject's list of names (the sentence end or a relative that opens the clause).
_NAME_LIST_OPENERS = frozenset({".", "that", "which"})
# Separators between the items of a subject's list of names ('A, B; and C').
_NAME_LIST_SEPARATORS = frozenset({",", ";", "and"})
# Words that open an aside on the name before it in a list ('A, who ...', 'B, a lender').
_ASIDE_OPENERS = frozenset({"who", "whose", "a", "an"})
# Tokens that may follow an appositive actor ('Belarus's flag carrier, Belavia, ...', '..., Belaruskali.').
_APPOSITIVE_FOLLOWERS = frozenset({",", ".", ";", "in", "on", "after", "since", "which"})
# Tokens that end the search for a reason after a record: its clause is over.
_REASON_SCAN_STOPS = frozenset({";", "which", "that", "who", "including", "but", "while"})
#: determiners that make a time word a relative date ("this week", "last month")
_DEICTIC_TIME_DETERMINERS = frozenset({"this", "last", "next"})
#: the prepositions after a relief measure that introduce its beneficiary ("relief for Venezuela")
_RELIEF_TARGET_INTROS = frozenset({"for", "to"})


def _member_aside(view: View, j0: int, ref: ActorRef, head: str, s0: int) -> bool:
    """True when the list j0..ref.end is an aside ', including A and B,' right after the subject
    (a described group: 'the international community', 'Western governments'): the named
    members are the subject that acts."""
    keys = view.keys
    h = j0 - 1 if keys[j0 - 1] == head else j0 - 2
    return h - 1 >= s0 and keys[h - 1] == "," and ref.end < len(keys) and keys[ref.end] == "," and (
        view.actor_at[h - 2] is None if h - 2 >= s0 else True
    )


def _coordination_start(view: View, ref: ActorRef, s0: int) -> int:
    """First token of the 'A, B and C' list that ends with ``ref`` (``ref.start`` when alone)."""
    keys = view.keys
    start = ref.start
    j = start - 1
    if j > s0 and keys[j] == "the":
        j -= 1
    while j > s0 and keys[j] in _COMMA_AND:
        if keys[j] == "," and start == ref.start:
            break  # "After talks with Japan, the EU": a list ends in "and"
        prev = view.actor_at[_left_conjunct(keys, j)]
        if prev is None:
            break
        start = prev.start
        j = start - 1
        if j > s0 and keys[j] == "the":
            j -= 1
    return start


def _verb_follows(view: View, b: int, t: int) -> bool:
    """True when only a short verb group ('agreed to', 'has', 'will') separates the actor
    ending at ``b`` from the trigger at ``t``: the actor is that clause's subject."""
    if t - b > 4:
        return False
    keys = view.keys
    return all(
        keys[x] == "to" or (keys[x].isalpha() and keys[x] not in view.w("prepositions") and keys[x] not in view.w("determiners")
                            and view.actor_at[x] is None)
        for x in range(b, t)
    )


def _first_subjects(view: View, s0: int, p: int) -> list[str]:
    """The sentence's first subject before ``p`` (``_first_actor``) with the actors coordinated after
    it ('Britain and France condemned ...'), one name each."""
    keys = view.keys
    first = None
    for x in range(s0, p):
        ref = view.actor_at[x]
        if ref is None or ref.start != x or ref.demonym or ref.possessive or (x > s0 and keys[x - 1] in view.w("prepositions")):
            continue
        first = ref
        break
    if first is None:
        return []
    last = first
    x = last.end
    while x + 1 < p and keys[x] in _COMMA_AND:
        if keys[x] == "," and keys[x + 1] == "and" and x + 2 < p:
            x += 1  # "Lithuania, Latvia, and Estonia": the serial comma
        y = x + 2 if keys[x + 1] == "the" else x + 1
        nxt = view.actor_at[y] if y < p else None
        if nxt is None or nxt.start != y or nxt.possessive:
            break
        last, x = nxt, nxt.end
    name = view.imposer_name(last)
    return _coordinated_left(view, last, name) if name else []


def _past_verb(view: View, i: int) -> bool:
    """Token ``i`` reads as a past-tense verb: a lower-case word in -ed that names no actor and no
    measure ('vowed', 'condemned'; no tagger: the word's shape)."""
    w = view.keys[i]
    return len(w) > 4 and w.endswith("ed") and w.isalpha() and view.actor_at[i] is None and i not in view.instrument_at and view.words[i][:1].islower()


def _finite_verb(view: View, i: int) -> bool:
    """The trigger word at ``i`` reads as a finite verb of its own clause ('vows', 'imposes', 'imposed';
    not a passive participle followed by its agent: 'sanctioned by')."""
    w = view.keys[i]
    nxt = view.keys[i + 1] if i + 1 < len(view.keys) else ""
    return (w.endswith("s") or _past_verb(view, i)) and w.isalpha() and view.words[i][:1].islower() and nxt != "by"


def _first_actor(view: View, s0: int, p: int) -> str | None:
    """The sentence's first actor before ``p`` that can be a subject: the antecedent of 'it'/'its'."""
    keys = view.keys
    for x in range(s0, p):
        ref = view.actor_at[x]
        if ref is None or ref.start != x or ref.demonym or ref.possessive:
            continue
        if x > s0 and keys[x - 1] in view.w("prepositions"):
            continue
        return view.imposer_name(ref)
    return None



def _ends_as_well_as(keys: list[str], j: int) -> bool:
    """Token ``j`` closes the coordinator 'as well as', which joins two subjects as 'and' does."""
    return j >= 3 and _as_well_as_at(keys, j - 2)


def _coordinated_left(view: View, ref: ActorRef, name: str, antecedent: bool = False) -> list[str]:
    """'The European Union and United Kingdom have imposed': every coordinated subject. For the
    ``antecedent`` of a relative pronoun the list is whole whatever governs it ('from the U.K.,
    France and Germany, who announced ...')."""
    out = [name]
    j = ref.start - 1
    if j >= 1 and view.keys[j] == "the":
        j -= 1  # "The US and the European Union imposed"
    while j >= 1 and (view.keys[j] in _COMMA_AND or _ends_as_well_as(view.keys, j)):
        if view.keys[j] == "," and len(out) == 1:
            break  # "After talks with the United States, the EU lifted": a list ends in "and"
        x = j - 3 if view.keys[j] == "as" else _left_conjunct(view.keys, j)  # ("Canada as well as Japan imposed")
        if x >= 2 and view.keys[x] in view.w("group_nouns"):
            y = x - 2 if view.keys[x - 1] == "member" else x - 1
            if view.actor_at[y] is not None:
                x = y  # "the EU, the G7 countries and Australia", "EU member states and Norway": the group's name
        prev = view.actor_at[x]
        if prev is None or prev.possessive:
            break
        if view.keys[j] == ",":
            p = prev.start - 1
            if p >= 1 and view.keys[p] == "the":
                p -= 1
            if p >= 0 and (view.keys[p] in _AND_OR or (not antecedent and view.keys[p] in view.w("prepositions") and view.keys[p] not in _SUBORDINATORS)):
                break  # "officials at the Treasury and the Foreign Office, the US and the UK can": another phrase
        n2 = view.imposer_name(prev)
        if n2 and n2 not in out:
            out.insert(0, n2)
        j = prev.start - 1
        if j >= 1 and view.keys[j] == "the":
            j -= 1
    return out



def _imposer_for(view: View, d: Draft, ins: Instrument, t: Trigger, s0: int, call: bool) -> None:
    mods = _modifier_actors(view, ins, s0)
    d.extra["mods"] = mods
    if call:
        # "pushed for Washington to lift export controls": the actor asked to act
        for j in range(t.start - 1, max(s0 - 1, t.start - 5), -1):
            if view.keys[j] == "to" and j - 1 >= s0 and view.actor_at[j - 1] is not None:
                name = view.imposer_name(view.actor_at[j - 1])
                if name:
                    d.imposers, d.imposer_explicit = [name], True
                    return
        if mods["imposers"]:
            d.imposers, d.imposer_explicit = mods["imposers"], True
        return
    if t.subject_first or view.keys[t.start] in view.w("subject_triggers"):
        # "Serbia refuses to join EU sanctions": the joiner imposes them too; "France and Germany
        # triggered the snapback of UN sanctions": the states that trigger them impose them
        _subject_imposer(view, d, t.start, s0)
        if d.imposers:
            if not t.subject_first:
                d.imposer_explicit = False  # (they act for the body named; no implicit imposer of other measures)
            return
    if mods["imposers"]:
        d.imposers, d.imposer_explicit = mods["imposers"], True
        return
    # "the imposition of sanctions on X by the EU": an agent right after the measure's phrase
    keys = view.keys
    j = ins.end
    hit = view.lex.target_intros.match_at(keys, j) if j < len(keys) else None
    if hit is not None:
        j = _phrase_end(view, hit[0], len(keys))
    if j < len(keys) and keys[j] == "by" and t.end <= ins.start:
        agent = _agent_after(view, j, len(keys))
        if agent:
            d.imposers, d.imposer_explicit = agent, True
            return
    _subject_imposer(view, d, t.start, s0)



def _appositive(view: View, a: int, stop: int, s1: int) -> str | None:
    """The actor named in apposition right after a descriptive phrase a..stop
    ("Belarus's flag carrier, Belavia, ...", "the state producer, Belaruskali."), else None."""
    keys = view.keys
    if stop + 1 >= s1 or keys[stop] != "," or view.actor_at[stop + 1] is None:
        return None
    if all(view.actor_at[x] is None for x in range(a, stop)) is False and view.actor_at[stop - 1] is not None:
        return None  # "on Russia, Belarus and Iran": a list, not an apposition
    if _tok_text(view, stop - 1)[:1].isupper():
        return None  # "on Belarusian Oil Trade House, Belneftekhim and Naftan": a name heads it, a list
    ref = view.actor_at[stop + 1]
    after = keys[ref.end] if ref.end < s1 else "."
    if after not in _APPOSITIVE_FOLLOWERS or ref.label == "GPE":
        return None
    return ref.name


def _reason(view: View, b: int, s1: int) -> str | None:
    """'because of ...', 'in response to ...', 'over its ...' after the record, in its own clause."""
    keys = view.keys
    for j in range(b, min(s1, b + 25)):
        if keys[j] in _REASON_SCAN_STOPS or j in view.all_trigger_tokens:
            return None
        if j in view.instrument_at:
            return None
        hit = view.lex.reasons.match_at(keys, j)
        if hit is None:
            continue
        e = hit[0]
        while e < s1 and keys[e] not in (".", ";") and e - j < 30:
            e += 1
        return _span_text(view, j, e) if e > hit[0] else None
    return None



def _sector_list(view: View, a: int, s1: int, need_head: bool = False) -> tuple[list[str], int] | None:
    """A list of economic sectors starting at ``a`` ("Venezuela's oil, gas and gold sectors", "the
    financial sector, trade, technology and energy"): one target per sector, as coordinated targets
    get one entry each; a plural head is shared ("oil sector", "gas sector"). (targets, end) or None.

    Read only when two or more items follow (or, with ``need_head`` false, one item with a
    sector head) and every item has a sector head or is a sector noun, unless a plural head
    closes the list ("oil, gas and gold sectors"): anything else is left to the phrase reader."""
    keys = view.keys
    heads, nouns = view.w("sector_heads"), view.w("sector_nouns")
    if not heads:
        return None
    x = a
    if x < s1 and keys[x] in _SECTOR_OWNER_DETERMINERS:
        x += 1
    ref = view.actor_at[x] if x < s1 else None
    if ref is not None and ref.possessive and ref.start == x:
        x = ref.end + 1  # "Venezuela's": the sectors' owner is not one of them
    items, e = _sector_items(view, x, s1)
    if not items or (items and items[-1][1] > e):
        return None
    last = keys[items[-1][1] - 1]
    shared = None
    if last in heads and last.endswith(("s", "ies")) and len(items) >= 2:
        shared = last[:-3] + "y" if last.endswith("ies") else last[:-1]
        if shared not in heads:
            return None
    elif not all(keys[y - 1] in heads or (y - z == 1 and keys[z] in nouns) for z, y in items):
        return None
    elif len(items) >= 2 and "," not in keys[x:e] and all(keys[y - 1] not in heads for _, y in items[:-1]):
        return None  # "the oil and gas sector": one sector
    if len(items) < 2 and (need_head or keys[items[0][1] - 1] not in heads):
        return None
    return _sector_names(view, items, shared, heads), e


# The determiners before a list of sectors ('the / its / their oil and gas sectors').
_SECTOR_OWNER_DETERMINERS = frozenset({"the", "its", "their"})


def _sector_items(view: View, x: int, s1: int) -> tuple[list[tuple[int, int]], int]:
    """The items of a candidate sector list from ``x``: runs of up to three lower-case words
    between commas and 'and', up to the first actor, stop word or other token; (their token
    ranges, the list's end past a trailing separator)."""
    keys = view.keys
    stops = view.w_union("prepositions", "target_stop", "determiners")
    items: list[tuple[int, int]] = []
    cur = e = x
    while e < s1:
        k = keys[e]
        if k in _COMMA_AND:
            if e > cur:
                items.append((cur, e))
            cur = e + 1
            e += 1
            continue
        tok = _tok_text(view, e)
        if (view.actor_at[e] is not None or k in stops or not tok.replace("-", "").isalpha()
                or not tok.islower() or e - cur >= 3):
            break
        e += 1
    if e > cur:
        items.append((cur, e))
    while e > x and keys[e - 1] in _COMMA_AND:
        e -= 1
    return items, e


def _sector_names(view: View, items: list[tuple[int, int]], shared: str | None, heads: frozenset[str]) -> list[str]:
    """One target per sector item, the shared singular head added where an item lacks it or
    replacing its plural ('oil, gas and gold sectors' -> 'oil sector', 'gas sector', 'gold sector')."""
    keys = view.keys
    out = []
    for z, y in items:
        text = _span_text(view, z, y)
        if shared and keys[y - 1] not in heads:
            text = f"{text} {shared}"
        elif shared:
            text = f"{_span_text(view, z, y - 1)} {shared}" if y - 1 > z else text
        out.append(text)
    return list(dict.fromkeys(out))


def _enumerated_target(view: View, j: int, s1: int) -> int | None:
    """After a measure, a comma and an enumeration of its kinds ('personal sanctions, in particular,
    blocking all assets and property, ..., depriving all state awards in relation to the following
    persons'; lexicon enumeration_openers), the start of the long target intro (three words or more:
    'in relation to', 'with respect to', 'will apply to') that follows it in the clause, else None."""
    keys = view.keys
    if not (j + 2 < s1 and keys[j] == ","):
        return None
    openers = view.w("enumeration_openers")
    if keys[j + 1] not in openers and f"{keys[j + 1]} {keys[j + 2]}" not in openers:
        return None
    for y in range(j + 2, min(s1, j + 42)):
        if keys[y] in (".", ";", ":"):
            return None
        hit = view.lex.target_intros.match_at(keys, y)
        if hit is not None and hit[0] - y >= 3:
            return y
    return None


def _target_for(view: View, d: Draft, ins: Instrument, s1: int, mods: dict | None = None) -> None:
    """'on/against X' after the instrument, else modifier targets, else goods, else context."""
    mods = mods or d.extra.get("mods") or _modifier_actors(view, ins, d.sent_start)
    j = _target_intro_position(view, d, ins, s1)
    if j is None or _introduced_target(view, d, ins, j, s1):
        return
    _target_without_intro(view, d, ins, mods)


def _target_intro_position(view: View, d: Draft, ins: Instrument, s1: int) -> int | None:
    """Where the word introducing the measure's target may stand: past closing quotes and gap
    words, a rate ('tariffs of 25% on'), a coordinated noun ('sanctions and policies toward'), an
    enumeration of the measure's kinds, a date and a targeting participle. None when a price cap's
    goods ('a price cap of $60 per barrel of Russian oil') were already set as the targets."""
    keys = view.keys
    j = ins.end
    # skip closing quotes and an abbreviation in brackets
    while j < s1 and (keys[j] in _QUOTES or keys[j] in view.w("target_gap_words")):
        if keys[j] == "to" and view.lex.target_intros.match_at(keys, j) is not None:
            break
        j += 1
    if j < s1 and keys[j] == "of":
        x = j
        while x < s1 and (keys[x] in view.w("rate_words") or _NUMBER.match(keys[x])):
            x += 1
        if x < s1 and x > j + 1 and view.lex.target_intros.match_at(keys, x) is not None:
            j = x  # "tariffs of 25% on Canadian steel"
        per = next((y for y in range(j + 1, min(s1 - 3, j + 6)) if keys[y] == "per"), None)
        if per is not None and keys[per + 2] == "of" and " ".join(keys[ins.start : ins.end]) in view.w("ceiling_instruments"):
            targets = _resolve_phrase(view, per + 3, _phrase_end(view, per + 3, s1))  # "a price cap of $60 per barrel of Russian oil"
            if targets:
                d.targets = targets
                return None
    if (
        j + 2 < s1 and keys[j] in _AND_OR and keys[j + 1].isalpha() and view.actor_at[j + 1] is None
        and keys[j + 1] not in view.w("determiners") and view.lex.target_intros.match_at(keys, j + 2) is not None
    ):
        j += 2  # "sanctions and policies toward Belarus": the coordinated noun shares the target
    far = _enumerated_target(view, j, s1)
    if far is not None:
        j = far  # "personal sanctions, in particular, blocking all assets, ... in relation to the following persons"
    x = view.date_end_at.get(j, j) if j < s1 else j  # ("a new set of sanctions this week targeting ...")
    if x == j and j + 2 < s1 and keys[j] in _DEICTIC_TIME_DETERMINERS and (keys[j + 1] in view.w("duration_units") or keys[j + 1] in view.w("time_words")):
        x = j + 2  # (an undated text: "this week" is no date span)
    if x + 1 < s1 and keys[x] in view.w("targeting_participles"):
        j = x  # "sanctions targeting Iran's shadow fleet": the participle's object
    return j


def _introduced_target(view: View, d: Draft, ins: Instrument, j: int, s1: int) -> bool:
    """The target after an intro word at ``j`` (past a comma and skipped words): 'on/against X', a
    targeting participle, 'relief for X', 'the listing of X', 'sanctions for Belarus', or sectors
    after 'in'. True when the target was decided here (set, or left to the context)."""
    keys = view.keys
    for _ in range(2):
        if j < s1 and keys[j] == ",":
            j2 = j + 1
            while j2 < s1 and keys[j2] in view.w("target_skip"):
                j2 += 1
            if j2 > j + 1:
                j = j2
        hit = view.lex.target_intros.match_at(keys, j) if j < s1 else None
        if hit is None and j + 1 < s1 and keys[j] in view.w("targeting_participles"):
            hit = (j + 1, True)
        if hit is None and j < s1 and (
            (ins.kind == "relief" and keys[j] in _RELIEF_TARGET_INTROS) or (keys[j] == "for" and keys[ins.end - 1] in view.w("for_target_heads"))
            or (keys[j] == "of" and keys[ins.end - 1] in view.w("of_target_heads"))
        ):
            hit = (j + 1, True)  # "sanctions relief for Venezuela", "the listing of X"
        if hit is None and j + 1 < s1 and keys[j] == "for" and (_named_state_at(view, j + 1) or _people_named_at(view, j + 1, s1)):
            hit = (j + 1, True)  # "sectoral sanctions for Belarus": a state named right after 'for' (not "for its crackdown")
        if hit is not None and (hit[0] in view.date_starts or _is_time(view, hit[0])):
            hit = None  # "came into force on 1 August", "on Friday"
        if hit is None and j < s1 and keys[j] == "in":
            sectors = _sector_list(view, j + 1, s1)  # "restrictions in the financial sector, trade and energy"
            if sectors is not None:
                d.targets, d.target_context = sectors[0], False
                d.extra["no_carry"] = True  # a sector is no context target for later measures
                d.end = max(d.end, sectors[1])
                return True
        if hit is not None:
            _target_phrase_at(view, d, ins, hit[0], s1)
            return True
        break
    return False


def _target_phrase_at(view: View, d: Draft, ins: Instrument, a: int, s1: int) -> None:
    """The target phrase opening at ``a`` after its intro word: a list of sectors, a trade flow's
    party or goods, an appositive name or a list of names, else the phrase's actors; with none
    the context's target."""
    keys = view.keys
    while a < s1 and keys[a] in view.w("target_skip"):
        a += 1
    sectors = _sector_list(view, a, s1, need_head=True)
    if sectors is not None:
        d.targets, d.target_context = sectors[0], False
        d.extra["no_carry"] = True  # a sector is no context target for later measures
        if d.trigger is not None and d.trigger[0] < ins.start:
            d.end = max(d.end, sectors[1])
        return
    stop = _phrase_end(view, a, s1)
    # "an embargo on the purchase of potash ...": the goods are the target and the scope
    x = a + 1 if a < stop and keys[a] == "the" else a
    flow = _flow_target(view, x, s1) if x < stop and keys[x] in view.w("scope_nouns") else None
    if flow is None and x < stop - 1 < s1 - 1 and keys[stop - 1] in view.w("scope_nouns") and keys[stop] == "from":
        flow = _flow_target(view, stop - 1, s1)  # "a ban on fertiliser imports from Belarus": the origin
        flow = flow if flow is not None and flow[2] is None else None
    if flow is not None:
        # "an embargo on the purchase of potash from Belarus": the party, else the goods
        d.targets = flow[0]
        d.scope = _scope(view, *flow[2]) if flow[2] else None
        if d.trigger is not None and d.trigger[0] < ins.start:
            d.end = max(d.end, flow[1])
        return
    targets = _resolve_phrase(view, a, stop)
    named = _appositive(view, a, stop, s1)
    if named and not any(view.actor_records.get(x) for x in targets if x != named):
        targets = [named]  # "sanctions on Belarus's flag carrier, Belavia,": the name it gives
    listed = _name_list(view, a, s1) if stop < s1 and keys[stop] in (",", ";") else None
    if listed is not None and len(listed[0]) > len(targets):
        targets, stop = listed  # "sanctions on A Bank, B Air and C Lines": one target each
    if stop > d.end and d.trigger is not None and d.trigger[0] < ins.start:
        d.end = stop
    if targets:
        d.targets = targets
        d.scope = _scope(view, a, stop)
        d.extra["target_end"] = stop  # (names after a description: _named_members)
        return
    d.target_context = True


def _target_without_intro(view: View, d: Draft, ins: Instrument, mods: dict) -> None:
    """No intro word after the measure: the antecedent of a relative 'on whom', else the actors or
    goods modifying the measure ('Iran sanctions', 'potash sanctions'),
    else the context's target (noting a 'further' measure)."""
    keys = view.keys
    relative = _relative_target(view, d, ins)
    if relative:
        d.targets = relative
        return
    if mods["targets"]:
        d.targets = mods["targets"]
        return
    if mods["goods"]:
        d.targets = [mods["goods"]]
        return
    d.target_context = True
    lo = mods.get("lo", ins.start)
    d.further = any(keys[i] in view.w("further") for i in range(lo, ins.start))



def _relative_target(view: View, d: Draft, ins: Instrument) -> list[str]:
    """The antecedent of 'on/against whom/which' opening the clause of the action ('Ilan Shor, on
    whom the U.S. imposed sanctions', 'the bank against which the EU imposed sanctions'): the
    target the verb's own phrase leaves out; [] when there is none."""
    keys, s0 = view.keys, d.sent_start
    t = d.trigger[0] if d.trigger is not None else ins.start
    for x in range(min(t, ins.start) - 1, max(s0, t - 9), -1):
        if keys[x] in (".", ";", ":"):
            break
        if keys[x] not in view.w("relative_objects") or keys[x - 1] not in view.w("relative_target_preps"):
            continue
        p = x - 2
        if p >= s0 and keys[p] == ",":
            p -= 1
        ref = view.actor_at[p] if p >= s0 else None
        if ref is not None:
            return [] if ref.demonym or ref.possessive else _subject_conjuncts(view, ref, s0)
        a = p  # an unnamed antecedent: its noun phrase, back to its determiner ("the officials")
        while a > s0 and a > p - 4 and keys[a].isalpha() and keys[a] not in view.w("prepositions") and keys[a] not in view.w("determiners"):
            a -= 1
        if keys[a] not in view.w("determiners") or a == p:
            return []
        s1 = view.sent_bounds[view.sent_of[t]][1]
        for inc in range(ins.end, min(s1, ins.end + 20)):
            if keys[inc] in view.w("include_verbs"):  # "the officials on whom the U.S. imposed sanctions include A and B"
                names = _listed_names(view, inc + 1, _phrase_end(view, inc + 1, s1, allow_commas=True))
                if names:
                    return names
        return _resolve_phrase(view, a, p + 1)
    return []


def _named_state_at(view: View, i: int) -> bool:
    """A state or bloc named at ``i`` by its name (not a demonym or a possessive: "for Russia's war" is a reason)."""
    ref = view.actor_at[i]
    return ref is not None and ref.start == i and ref.label == "GPE" and not ref.demonym and not ref.possessive



def _people_named_at(view: View, i: int, s1: int) -> bool:
    """A nationality's people named at ``i`` ('Russians', 'both Russian and Belarusian nationals',
    'Iranian citizens'): after 'for' they are whom a measure applies to ('the same restrictions for
    Russians'), where 'for its crackdown' or "for Russia's war" is a reason. The plural people are the
    persons component's list (people_demonyms.json), the adjectives the gazetteer's demonyms (actor
    mentions), not a guess from a word's ending."""
    keys, words = view.keys, view.words
    while i < s1 and (keys[i] in ("both", "all") or _is_count(view, i)):
        i += 1  # ("for 347 Estonian citizens")
    if i >= s1 or not words[i][:1].isupper():
        return False
    if i + 1 < s1 and keys[i + 1] in ("'", "'s"):
        return False  # "for Christians' persecution": a possessor, the reason's
    if words[i] in view.lex.people_demonyms and view.actor_at[i] is None:
        return True  # "Russians", "Belarusians" (plural people-demonyms are no actor mentions)
    e = i
    while e < s1 and e - i < 8 and words[e][:1].isupper() and (ref := view.actor_at[e]) is not None and ref.demonym or (e < s1 and keys[e] in _COMMA_AND_OR):
        e += 1  # "Russian and Belarusian"
    if e + 1 < s1 and keys[e + 1] in ("'", "'s"):
        return False  # "for Russian officials' role": a possessor, the reason's
    return e > i and e < s1 and keys[e] in view.w_union("citizen_nouns", "people_of_nouns")  # ("for Polish officials")


# -- lists of named targets ------------------------------------------------------
def _name_item(view: View, i: int, s1: int) -> tuple[str | None, int]:
    """The name starting at ``i`` (after an optional 'the'): an actor, or a run of capitalised
    words, digits and name connectors ('Department 53 of the Ministry of Defence', 'Son Kyong-sik')
    the actor lists do not know (an actor that a capitalised word continues, directly or after
    name connectors, is such a run too: "Bureau 77 | of the Ministry of Light Industry");
    (name, end) or (None, i)."""
    keys = view.keys
    x = i + 1 if i < s1 and keys[i] == "the" else i
    if x >= s1:
        return None, i
    ref = view.actor_at[x]
    # a demonym opening a run of capitalised words the lists do not know is part of the name
    # ('Belarusian Oil Trade House, Belneftekhim and Naftan'); a demonym alone is no name
    lead = ref is not None and ref.demonym and ref.start == x and not ref.possessive and _name_continues(view, ref.end, s1)
    if ref is not None and (ref.start != x or ref.demonym or ref.possessive) and not lead:
        return None, i
    tok = _tok_text(view, x)
    conn = view.w("name_connectors")
    if ref is not None and not lead and not _name_continues(view, ref.end, s1):
        return ref.name, ref.end
    if not tok[:1].isupper() or keys[x] in view.w("time_words") or not tok.replace("-", "").isalnum():
        return None, i
    e = x + 1
    while e < s1:
        t = _tok_text(view, e)
        if t[:1].isupper() or t.isdigit() or (keys[e - 1] == "-" and t.isalpha()):
            e += 1
            continue
        if keys[e] in conn:
            y = e
            while y < s1 and keys[y] in conn:
                y += 1
            if y < s1 and _tok_text(view, y)[:1].isupper() and y - e <= 2:
                e = y
                continue
        break
    ref = view.actor_at[e - 1]
    if ref is not None and ref.start == x and ref.end == e:
        return ref.name, e
    if lead and ref is not None and ref.end == e and not ref.demonym:
        return ref.name, e  # "Russian Foreign Minister Sergei Lavrov", "Russian lender Sberbank": the actor
    return _span_text(view, x, e), e


def _name_continues(view: View, e: int, s1: int) -> bool:
    """A capitalised word at ``e``, or one after at most two name connectors ('Bureau 77 | of the
    Ministry of Light Industry'): the name a known actor starts goes on."""
    keys, conn = view.keys, view.w("name_connectors")
    y = e
    while y < s1 and y - e < 2 and keys[y] in conn:
        y += 1
    return y < s1 and _tok_text(view, y)[:1].isupper()


def _name_list(view: View, a: int, s1: int, inner: bool = False, single: bool = False) -> tuple[list[str], int] | None:
    """Named targets listed from ``a``: 'A, B and C', 'A, a state trading firm; two of its fronts —
    B and C — and D, a China-based firm', 'A, the head of X, and B': one name per item (a
    description between dashes gives the names it encloses; a description after a name is
    skipped). (names, end) when the list closes with 'and' ('inner': at a closing dash;
    'single': one name will do), else None."""
    keys = view.keys
    dashes, openers = view.w("list_dashes"), view.w("apposition_openers")
    names: list[str] = []
    i, end, closed = a, a, False
    while i < s1:
        name, e = _name_item(view, i, s1)
        if name is None:
            if inner or names and not closed and keys[i - 1] == ",":
                break  # "Rosneft, the largest firm said": no list
            dash = next((x for x in range(i, min(s1, i + 10)) if keys[x] in dashes or keys[x] in (",", ";", ".")), None)
            if dash is None or keys[dash] not in dashes:
                break
            found = _name_list(view, dash + 1, s1, inner=True)
            if found is None:
                break
            names.extend(found[0])
            i = end = found[1] + 1
        else:
            names.append(name)
            i = end = e
            ref = view.actor_at[i + 1] if i + 1 < s1 else None
            if i + 1 < s1 and keys[i] == "," and (keys[i + 1] in openers or (ref is not None and ref.possessive and ref.start == i + 1)):
                # "A, the president of X, and B": the description ends at the next separator
                x = next((y for y in range(i + 1, min(s1, i + 20)) if keys[y] in (",", ";", ".") or keys[y] in dashes), s1)
                i = x
        if inner and i < s1 and keys[i] in dashes:
            return (names, i) if names else None
        if closed or i >= s1:
            break
        k = keys[i]
        if k in (",", ";") and i + 1 < s1 and keys[i + 1] == "and":
            closed, i = True, i + 2
        elif k == "and":
            closed, i = True, i + 1
        elif k in (",", ";"):
            i += 1
        else:
            break
    if inner:
        return None
    if names and (closed and len(names) >= 2 or single):
        return list(dict.fromkeys(names)), end
    return None


def _named_members(view: View, d: Draft, s1: int) -> None:
    """A description as the only target gives way to the names it is followed by (one mechanism for
    every rule that reads a target phrase; its end is ``extra["target_end"]``, else ``d.end``):

    - in apposition (after a comma, a colon or a dash), a list of two or more names after a counted or
      plural description ("sanctioned Russia's two largest oil companies, Rosneft and Lukoil, along with
      ...", "four officials: A, B, C and D", "two banks — A and B —");
    - after 'including' right after it (any description; names the actor lists do not know too:
      "designated two banks, including the Ruritanian Joint Stock Bank (RJSB), a lender");
    - after 'including' a little further on, for a counted or group description, the named people and
      bodies ("five people accused of unrest in Moldova, including businessman Anton Kovalev").
    Each name is then its own record (coordinated targets get one entry each). After 'including'
    (partial_member_intros) the named are some of the described, which stays a target beside them;
    so for coordinated descriptions ("81 people and nine organisations, including defense
    corporation A, engine maker B and C"), whose named members are added."""
    if d.target_context or not d.targets:
        return
    keys = view.keys
    end = d.extra.get("target_end", d.end)
    if end <= 0 or end > s1:
        return
    if len(d.targets) > 1:
        _coordinated_members(view, d, end, s1)
        return
    lo = d.trigger[1] if d.trigger and d.trigger[1] <= end else d.start
    counted = any(_is_count_word(view, keys[x]) for x in range(lo, end))
    head = keys[end - 1]
    group_nouns = view.w("group_nouns")
    described = counted or head in group_nouns or (
        head.isalpha() and head.endswith("s") and _tok_text(view, end - 1).islower() and head not in view.w("scope_nouns")
    )  # (a plural party, not goods or flows: "sanctions on arms sales, Russia and China said" names no sellers)
    sep = end + 1 < s1 and (keys[end] in _APPOSITION_MARKS or keys[end] in view.w("list_dashes"))
    if sep and keys[end] == ":" and not described and _tok_text(view, end - 1).islower():
        described = True  # "sanctions on the militarized organization: the Association of ...": a colon names it
    intro = _member_intro_end(view, end + 1 if sep else end, s1)
    if intro is not None or (sep and keys[end] != "," and _plural_head(view, lo, end)):
        if _common_members(view, d, lo, end, intro, s1):
            return
    if view.actor_records.get(d.targets[0]):
        return  # (a named target; only a plural description's members above replace the actor it holds)
    if sep and _apposed_names(view, d, end, intro, described, s1):
        return
    if not (counted or head in group_nouns):
        return
    _members_after_including(view, d, end, s1)


def _coordinated_members(view: View, d: Draft, end: int, s1: int) -> None:
    """Coordinated descriptions ('81 people and nine organisations, including defense corporation
    A, engine maker B and C') keep every description and add the named members after ', including'
    (partial_member_intros), unless a description is itself an actor."""
    keys = view.keys
    if (end + 1 < s1 and keys[end] == "," and keys[end + 1] in view.w("partial_member_intros")
            and not any(view.actor_records.get(t) for t in d.targets)):
        names, x = _named_parties(view, end + 2, s1, _MEMBER_LIST_STOPS)
        if names:
            d.targets = list(dict.fromkeys([*d.targets, *names]))
            d.end = max(d.end, x)


def _common_members(view: View, d: Draft, lo: int, end: int, intro: int | None, s1: int) -> bool:
    """A plural description followed by its members as common nouns replaces itself by them; True
    when it did (the description is kept as ``extra["described"]``)."""
    # "sectors of the economy, including trade, services and transport", "limits on items such as
    # navigation equipment and luxury goods", "three sectors: banking, energy and shipping": the
    # members are common nouns (an apposition after a bare comma stays for names only, below)
    common = _common_list(view, intro if intro is not None else end + 1, s1, members=True)
    if common is not None and _plural_head(view, lo, end) and (
        intro is None or _name_list(view, intro, s1, single=True) is None
    ):
        d.extra["described"] = d.targets[0]
        d.targets = common[0]
        d.end = max(d.end, common[1])
        return True
    return False


def _apposed_names(view: View, d: Draft, end: int, intro: int | None, described: bool, s1: int) -> bool:
    """The list of names after the separator at ``end`` (after a member intro, or in apposition to a
    described party) replaces the description, which stays beside them after a partial intro;
    True when it did."""
    keys = view.keys
    listed = None
    if intro is not None:
        listed = _name_list(view, intro, s1, single=True)
    elif described:
        listed = _name_list(view, end + 1, s1, single=keys[end] == ":")
        if listed is not None and listed[1] < s1 and keys[listed[1]] not in view.w("apposition_closers") and keys[end] == ",":
            listed = None  # "sanctions on oil firms, Iran and Iraq said": no apposition (a colon always opens one)
    if listed is None:
        return False
    d.extra["described"] = d.targets[0]  # (the same description elsewhere in the text: context._described_names)
    some = described and intro is not None and keys[intro - 1] in view.w("partial_member_intros")
    d.targets = _with_members(d.targets[0], listed[0]) if some else listed[0]
    d.end = max(d.end, listed[1])
    return True


def _members_after_including(view: View, d: Draft, end: int, s1: int) -> None:
    """A counted or group description with 'including' a little further on (within 15 tokens, in
    the same clause and before another measure) adds the named people and bodies beside itself."""
    keys = view.keys
    for j in range(end, min(s1, end + 15)):
        if keys[j] in _INCLUDING_SCAN_STOPS or j in view.instrument_at:
            return
        if keys[j] != "including":
            continue
        names, x = _named_parties(view, j + 1, min(s1, j + 16), _MEMBER_LIST_STOPS)
        if names:
            d.extra["described"] = d.targets[0]
            d.targets = _with_members(d.targets[0], names)  # "sanctioned 60 officials since 2015, including Maduro"
            d.end = max(d.end, x)
        return


# Tokens that end a list of named members ('including A and B, who ...', '... for their role in').
_MEMBER_LIST_STOPS = (".", ";", "who", "which", "for", "in", "over")
# Tokens that end the search for a later 'including' (the clause or sentence is over).
_INCLUDING_SCAN_STOPS = frozenset({".", ";", "which", "who"})
# Punctuation that sets an apposition after a description ('two banks, A and B', 'four officials: A, B').
_APPOSITION_MARKS = frozenset({",", ":"})


def _with_members(description: str, names: list[str]) -> list[str]:
    """A counted or plural description and the members named after 'including' ('40 officials,
    including Maduro'): the named are some of the described, each is a target (one record each)."""
    return list(dict.fromkeys([description, *names]))


def _named_parties(view: View, a: int, b: int, stops: tuple[str, ...]) -> tuple[list[str], int]:
    """The people and bodies named from ``a`` to the first of ``stops`` (or ``b``), titles and
    descriptions between them skipped ('Defence Minister A, Vice President B and C'), possessors too
    ('two of President A's daughters' names none): (names, end)."""
    keys = view.keys
    names: list[str] = []
    x = a
    while x < b:
        ref = _named_party_at(view, x)
        if ref is not None:
            names.append(ref.name)
            x = ref.end
            continue
        if keys[x] in stops:
            break
        x += 1
    return list(dict.fromkeys(names)), x


def _member_intro_end(view: View, i: int, s1: int) -> int | None:
    """The token after a word or phrase that introduces members at ``i`` ('including', 'such as',
    'namely': frames.json member_intros; 'such as', 'like', 'among them': member_phrases), else None."""
    keys = view.keys
    if i < s1 - 1 and keys[i] in view.w("member_intros"):
        return i + 1
    for intro in view.w("member_phrases"):
        words = intro.split()
        if keys[i:i + len(words)] == words and i + len(words) < s1:
            return i + len(words)
    return None


def _plural_head(view: View, lo: int, end: int) -> bool:
    """The description lo..end has a plural common-noun head: its last word, or the word before an
    'of' ('specific sectors of the economy'), a party/goods plural ('items', 'sectors', 'services')."""
    keys = view.keys
    heads = [end - 1] + [k - 1 for k in range(lo + 1, end) if keys[k] == "of"]
    return any(
        keys[h].isalpha() and keys[h].endswith("s") and not keys[h].endswith("ss") and _tok_text(view, h).islower()
        for h in heads if h >= lo
    )


def _is_count_word(view: View, k: str) -> bool:
    return k[:1].isdigit() or k in view.lex.number_words or k in view.w("count_quantifiers")
