"""Frames: verbs that are themselves the measure ('X sanctions Y', 'freezing assets', 'bar X from entering', designation and inclusion on lists).

Roles: an object list gives one target per named item (``_name_list``: names the actor lists
do not know, appositions, semicolons, names between dashes, 'including' names); in a passive the
subject (each conjunct, or the antecedent of who/which) is the target and the 'by' agent imposes;
'designated as <category>' names no target; 'the individuals added to the list are A and B'
targets A and B. The frames' word lists are frames.json "words".

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

from bisect import bisect_left

from briefextract.rules.sanctions.arguments import (
    _agent_after,
    _agent_before,
    _name_item,
    _name_list,
    _named_parties,
    _org_anaphor,
    _possessor,
    _subject_imposer,
    _subject_targets,
)
from briefextract.rules.sanctions.lexicon import lex_hit, norm_token
from briefextract.rules.sanctions.modality import (
    _call_cue_before,
    _modal,
    _wrapper_before,
)
from briefextract.rules.sanctions.phrases import (
    _AND_OR,
    _DEFINITE_DETERMINERS,
    _appositive_people,
    _common_list,
    _conjunct_actor,
    _conjuncts,
    _flow_target,
    _listed_names,
    _named_party_at,
    _phrase_end,
    _resolve_phrase,
    _skip_left,
)
from briefextract.rules.sanctions.view import (
    _NUMBER,
    ANAPHOR_GPE,
    UNNAMED,
    ActorRef,
    Draft,
    Instrument,
    View,
    _preceded_by,
    _span_text,
    _tok_text,
)

#: determiners and possessives before a head that make it a noun naming the measure ('a ban on', 'its freeze')
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that", "his", "her"})
#: the punctuation that ends a clause
_CLAUSE_PUNCT = frozenset({".", ";", ":"})
#: the punctuation that opens the clause a subject stands in (looking back from a head)
_CLAUSE_BREAKS = frozenset({",", ";", ":"})
#: the punctuation that ends a phrase (looking back from a verb group for its subject's head)
_PHRASE_BREAKS = frozenset({",", ";", ":", "."})
#: the prepositions that introduce a named owner ('funds held by X', 'the assets of X')
_OWNER_PREPS = frozenset({"of", "by"})
#: the prepositions that introduce the party a banned flow goes to or comes from ('funding to them', 'transactions with X')
_RECIPIENT_PREPS = frozenset({"to", "for", "with", "in", "from", "into"})
#: the punctuation that ends a sentence or its part
_SENTENCE_ENDS = frozenset({".", ";"})
#: the punctuation that ends an item of a list or its aside
_LIST_BREAKS = frozenset({",", ";", "."})
#: the possessive clitics ("Lithuania's", "the States'")
_POSSESSIVE_MARKS = frozenset({"'s", "'"})
#: possessive pronouns standing for a state ('its exports', 'their imports')
_STATE_POSSESSIVES = frozenset({"its", "their"})
#: the words that may open a goods object before its flow noun ('a ban on imports', 'banning all exports')
_GOODS_OBJECT_OPENERS = frozenset({"on", "the", "all", "any"})
#: the prepositions after a granting participle that introduce the grantee ('granted to Chevron')
_GRANTEE_PREPS = frozenset({"to", "for"})
#: the prepositions after a link noun that introduce the party on its other side ('air travel with Belarus')
_PARTY_LINK_PREPS = frozenset({"with", "to", "from"})
#: what joins the named parties of a link ('with Belarus and Russia', 'with A, B')
_PARTY_JOINERS = frozenset({"and", ","})
#: what may stand right before a named subject that opens its clause ('..., the EU sanctioned', 'and the UK sanctioned')
_SUBJECT_OPENERS = frozenset({",", "and", "that"})
#: what joins the items of a coordination ('A, B and C', 'A or B')
_LIST_JOINERS = frozenset({"and", "or", ","})
#: where the names a list is said to include end: a clause end, a relative clause or a contrast
_NAMED_PARTIES_STOPS = (".", ";", "who", "which", "while", "but")
#: the present copulas of a standing state ('are blacklisted', 'are on the list')
_PRESENT_COPULAS = frozenset({"is", "are"})
#: the words that open a designation's category rather than a target ('designated as a terrorist group', 'a ...')
_CATEGORY_OPENERS = frozenset({"as", "a", "an"})
#: the words that make a clause about a list a negation or a condition ('There are no names on the list yet')
_NEGATION_OR_CONDITION = frozenset({"no", "not", "n't", "never", "if", "whether"})
#: the pronouns that leave the subject of a standing list to the context ('His name is on the list')
_PRONOUN_SUBJECTS = frozenset({"his", "her", "their", "its", "it"})
#: where the measures a measure noun lists end: a clause end, a relative clause or a contrast
_MEASURE_LIST_STOPS = frozenset({".", ";", "which", "that", "who", "while", "but"})
#: where the members a list is said to include end ('including' opens the named ones)
_LIST_MEMBER_STOPS = frozenset({".", ";", "including", "which", "who", "while", "but"})
#: what may stand before a sanctions list word in its owner's phrase ('on the EU's list', 'on their list')
_LIST_OWNER_DETERMINERS = frozenset({"the", "its", "their", "'s", "'"})
#: the determiners before a list word whose members are said ('the list includes', "Russia's list", 'a list')
_LIST_DETERMINERS = frozenset({"the", "this", "its", "their", "'s", "a"})
#: the words that may open a listed measure before its noun ('a travel ban', 'both asset freezes', 'also ...')
_ITEM_OPENERS = frozenset({"a", "an", "the", "both", "also"})
#: the words before an added item ('(as well as) the', 'also'; ``_conjuncts`` splits at 'as well as' itself)
_ADDITION_OPENERS = frozenset({"the", "also"})
#: the determiners before a group on a standing list ('the 1,700 individuals', 'all entities')
_GROUP_DETERMINERS = frozenset({"the", "all"})
#: the determiners that open a described group at a sentence's start ('The people sanctioned include ...')
_GROUP_OPENERS = frozenset({"the", "these"})
#: actor labels of a state or a bloc ('barred from the EU')
_STATE_OR_BODY_LABELS = frozenset({"GPE", "ORG"})

#: id(word list of a frame) -> (the list, its normalised keys); the lists live as long as the lexicon
_NORM_SETS: dict[int, tuple[list, frozenset[str]]] = {}


def _norm_set(words: list[str] | None) -> frozenset[str]:
    """The keys of a frame's word list (``norm_token`` of each), computed once per list, not per call."""
    if not words:
        return frozenset()
    cached = _NORM_SETS.get(id(words))
    if cached is not None and cached[0] is words:
        return cached[1]
    if len(_NORM_SETS) > 10_000:
        _NORM_SETS.clear()  # bounded (a reloaded lexicon brings new lists)
    keys = frozenset(norm_token(w) for w in words)
    _NORM_SETS[id(words)] = (words, keys)
    return keys


# -- frames ------------------------------------------------------------------
def _frame_drafts(view: View, s0: int, s1: int, instruments: list[Instrument]) -> list[Draft]:
    lex = view.lex
    out: list[Draft] = []
    i = s0
    # only the tokens where a frame head starts (the document's heads, found once)
    heads = view.hits(lex.frame_heads)
    for start in heads.positions[bisect_left(heads.positions, s0) : bisect_left(heads.positions, s1)]:
        if start < i:
            continue  # inside the previous frame
        i = start
        end, fidxs = heads.longest[i]
        d = None
        for fidx in fidxs:
            fr = lex.frames[fidx]
            if fr.get("topical") and not view.topical and not fr.get("state_owner_anywhere"):
                continue
            kind = fr["kind"]
            if kind == "verb":
                d = _verb_frame(view, fr, i, end, s0, s1)
            elif kind == "designation":
                d = _designation_frame(view, fr, i, end, s0, s1)
            elif kind == "needs":
                d = _needs_frame(view, fr, i, end, s0, s1)
                if d and fr.get("sanctioning_subject") and not _sanctioning_subject(view, d[0] if isinstance(d, list) else d, s0, i):
                    d = None  # "NATO will take further steps to defend Poland": no sanctioning power acts
            elif kind == "needs_before":
                d = _needs_before_frame(view, fr, i, end, s0, s1)
            elif kind == "deadline":
                d = _deadline_frame(view, fr, i, end, s0, s1)
            if d:
                break
        if d is not None:
            ds = d if isinstance(d, list) else [d]
            for x in ds:
                if x.modality == "asserted" and x.action != "maintain" and not x.extra.get("modal_done"):
                    _modal(view, x, x.trigger[0], s0)
                wrapper = _wrapper_before(view, x.trigger[0], s0) if x.action in ("impose", "lift", "ease", "tighten", "consider") else None
                if wrapper in ("threaten", "consider") and wrapper != x.action:
                    # "threatened to hit Russia with tariffs", "is considering blacklisting X": the wrapper's action
                    x.rule = f"sanctions.{wrapper}.{x.rule.split('.', 2)[-1]}"
                    x.action = wrapper
                if x.action != "call_for" and _call_cue_before(view, x.trigger[0], s0):
                    # "asked the EU to sanction judges": the asked party would impose
                    x.rule = x.rule.replace("sanctions.", "sanctions.call_for.", 1)
                    x.action = "call_for"
                    k = x.trigger[0] - 1
                    if k - 1 >= s0 and view.keys[k] == "to" and view.actor_at[k - 1] is not None:
                        name = view.imposer_name(view.actor_at[k - 1])
                        if name:
                            x.imposers, x.imposer_explicit = [name], True
            out.extend(ds)
            i = max(end, ds[0].trigger[1], ds[0].extra.get("frame_end", 0))
    out.extend(_include_frames(view, s0, s1))
    # the names a sanctions list includes stand for its described group ('the list of the 12 sanctioned
    # persons includes A and B'); else the group; a sentence naming neither may list measures
    members = _list_member_frames(view, s0, s1)
    out.extend(members or _group_frames(view, s0, s1, {d.trigger[0] for d in out if d.trigger}))
    if not members:
        out.extend(_standing_list_frames(view, s0, s1, out))
    if not out:
        out.extend(_measure_list_frames(view, s0, s1, instruments))
    return out



def _sanctioning_subject(view: View, d: Draft, s0: int, a: int) -> bool:
    """The frame's subject is a sanctioning power: a sanctioning authority named before the verb in its
    sentence (authorities.json: Treasury, OFAC, the Council), or an imposer acting for one of the
    powers that sanction (lexicon imposer_states: the US, the EU, the UK, the UN, the G7)."""
    if view.lex.authorities.find_all(view.keys, s0, a):
        return True
    powers = view.w("imposer_states")
    return any(x in powers or view.actor_state(x) in powers for x in d.imposers)



def _verb_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int):
    """'China sanctions 20 US defense companies', 'the UK has sanctioned 34 individuals',
    'long blacklisted by the U.S.', 'X were sanctioned', 'called for the blacklisting of 14 ships'
    (a gerund after a determiner or preposition takes its object after 'of')."""
    keys = view.keys
    prev = keys[a - 1] if a > s0 else ""
    nxt_i = b
    nxt = keys[nxt_i] if nxt_i < s1 else ""
    nxt_tok = _tok_text(view, nxt_i) if nxt_i < s1 else None
    prev_ref = _actor_before_head(view, a, s0)
    passive = _passive_head(view, a, s0, prev, nxt)
    if fr.get("passive_only") and (not passive or nxt in _norm_set(fr.get("not_before"))):
        return None  # "the firms listed below", "is listed on the Moscow exchange"
    noun_heads = view.w("noun_verb_heads")
    if keys[a] in noun_heads and not (prev_ref is not None and not prev_ref.possessive and not prev_ref.demonym):
        if prev not in view.w("aux_words") or (prev == "to" and keys[a] == "sanctions"):
            return None  # ("subject to sanctions cannot travel": after 'to' only 'sanction' is a verb)
    subject = prev_ref is not None and prev_ref.end == a and not prev_ref.possessive and not prev_ref.demonym and (
        prev_ref.start == s0 or keys[prev_ref.start - 1] in _SUBJECT_OPENERS or (keys[prev_ref.start - 1] == "the" and prev_ref.start - 1 == s0)
    )  # "The EU sanctioned officials, judges and prosecutors": a named subject opens the clause
    object_start = _object_starts(view, a, nxt_i, s1, prev, prev_ref, subject)
    maintain_cues = view.w("maintain_cues")
    gerund_of = not passive and not object_start and nxt == "of" and keys[a].endswith("ing") and b + 1 < s1 and (
        prev in view.w("determiners") or prev in view.w("prepositions"))
    if not passive and not gerund_of and (prev in view.w("determiners") or _NUMBER.match(prev)) and prev not in view.w("aux_words"):
        return None  # "two sanctioned Russian tankers": an adjective, background
    if keys[a] in noun_heads and _sanction_noun(view, a, nxt_i, s0, s1, nxt, prev_ref):
        return None
    named = view.instrument_at.get(a)
    if named is not None and named[0] > b:
        return None  # "to sanctions lists", "sanctions regime": the noun of a longer instrument
    if keys[a] in noun_heads and nxt_i < s1 and view.lex.triggers.match_at(keys, nxt_i) is not None:
        return None  # "Iran Sanctions Lifted", "Sanctions Eased": a headline's noun, then its action word
    if passive or (prev in maintain_cues and not object_start):
        return _passive_verb_frame(view, fr, a, b, s0, s1, prev)
    if gerund_of:
        b += 1  # "called for the blacklisting of 14 ships", "the sanctioning of judges": the gerund's object
        object_start = True
    if not object_start:
        return None
    if keys[a] == "sanctioned" and nxt_tok is not None and nxt_tok[:1].islower() and nxt not in view.w("determiners") and not _NUMBER.match(nxt) and not (
        subject and nxt in view.w("party_nouns")
    ):
        return None  # "the sanctioned companies" (adjective: see the include frame)
    return _active_verb_frame(view, fr, a, b, s0, s1)


def _actor_before_head(view: View, a: int, s0: int) -> ActorRef | None:
    """The actor right before the head at ``a``, or the one before an abbreviation in brackets
    there ('the Office of Foreign Assets Control (OFAC) sanctioned ...'): a subject candidate."""
    keys = view.keys
    prev = keys[a - 1] if a > s0 else ""
    prev_ref = view.actor_at[a - 1] if a > s0 else None
    if prev == ")" and prev_ref is None:
        # "the Office of Foreign Assets Control (OFAC) sanctioned ...": the actor before the abbreviation
        o = next((x for x in range(a - 2, max(s0, a - 6) - 1, -1) if keys[x] == "("), None)
        if o is not None and o > s0 and view.actor_at[o - 1] is not None:
            prev_ref = view.actor_at[o - 1]
    return prev_ref


def _passive_head(view: View, a: int, s0: int, prev: str, nxt: str) -> bool:
    """The head at ``a`` is a passive participle: after a passive auxiliary (past a maintain cue or
    an adverb: 'was also blacklisted') or before 'by'; a progressive ('is sanctioning') is active."""
    keys = view.keys
    passive = prev in view.w("passive_aux") or (prev in view.w("maintain_cues") and a - 2 >= s0 and keys[a - 2] in view.w("passive_aux")) or nxt == "by"
    if not passive and prev in view.w("passive_adverbs") and a - 2 >= s0 and keys[a - 2] in view.w("passive_aux"):
        passive = True  # "was also blacklisted", "were later sanctioned"
    if passive and keys[a].endswith("ing") and nxt != "by":
        passive = False  # "Treasury is sanctioning Rosneft": progressive, active; the subject imposes
    return passive


def _object_starts(view: View, a: int, nxt_i: int, s1: int, prev: str, prev_ref: ActorRef | None, subject: bool) -> bool:
    """An active head's object starts at ``nxt_i``: a party noun after a named subject, a word after
    an auxiliary, a determiner, a number, an actor, or a capitalised name after 'sanction(s)' or
    after an actor subject ('the United States sanctioned JSC Belaruskali')."""
    keys = view.keys
    nxt = keys[nxt_i] if nxt_i < s1 else ""
    nxt_tok = _tok_text(view, nxt_i) if nxt_i < s1 else None
    return nxt_tok is not None and nxt not in view.w("prepositions") and (
        (subject and nxt in view.w("party_nouns") and keys[min(s1 - 1, _phrase_end(view, nxt_i, s1))] not in view.w("np_verbs")) or
        (prev in view.w("aux_words") and prev not in view.w("passive_aux") and nxt.isalpha())
        or nxt in view.w("determiners")
        or _NUMBER.match(nxt) is not None
        or view.actor_at[nxt_i] is not None
        or (nxt_tok[:1].isupper() and keys[a] in view.w("noun_verb_heads"))
        # "the United States sanctioned JSC Belaruskali": an actor subject, then a name the lists do not know
        or (nxt_tok[:1].isupper() and prev_ref is not None and not prev_ref.possessive and not prev_ref.demonym
            and nxt not in view.w("time_words"))
    )


def _sanction_noun(view: View, a: int, nxt_i: int, s0: int, s1: int, nxt: str, prev_ref: ActorRef | None) -> bool:
    """'sanction(s)' at ``a`` is the noun, not the verb: an actor modifying it after a determiner,
    novelty word, preposition or trigger ('New US Sanctions', 'the EU sanctions', 'risks EU
    sanctions'), or a relative clause or a target intro after it ('UN sanctions that restrict',
    'US Sanctions Target Russian Oil')."""
    keys = view.keys
    if prev_ref is not None and prev_ref.start > s0 and (
        keys[prev_ref.start - 1] in view.w("determiners") or keys[prev_ref.start - 1] in view.w("novelty")
        or keys[prev_ref.start - 1] in view.w("prepositions") or prev_ref.start - 1 in view.all_trigger_tokens
    ):
        return True  # "New US Sanctions ...", "the EU sanctions", "Serbia risks EU sanctions": the actor modifies the noun
    if nxt in view.w("relative_pronouns"):
        return True  # "United Nations (UN) sanctions that restrict imports": the noun, then its relative clause
    if nxt_i < s1 and view.lex.target_intros.match_at(keys, nxt_i) is not None:
        return True  # "US Sanctions Target Russian Oil": the noun, then its verb
    return False


def _passive_verb_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int, prev: str) -> Draft:
    """A passive head ('X were sanctioned', 'long blacklisted by the U.S.'): the subject is the
    target, the 'by' agent imposes; after a maintain cue, or as a present state ('are
    blacklisted'), the measure is maintained; named members after the clause are targets too."""
    keys = view.keys
    maintain_cues = view.w("maintain_cues")
    d = _frame_base(view, fr, a, b, s0)
    d.rule = fr["id"] + ".passive"
    agent = _agent_after(view, b, s1)
    if agent:
        d.imposers, d.imposer_explicit = agent, True
    d.targets = _subject_targets(view, a - (1 if prev in maintain_cues else 0), s0)
    if prev in maintain_cues or (a - 2 >= s0 and keys[a - 2] in maintain_cues):
        d.action = "maintain"
        d.rule = fr["id"].replace(".impose.", ".maintain.")
        d.targets = []
    elif _present_state(view, a, s0, s1):
        d.action = "maintain"  # "16 people and two organisations are blacklisted": a standing state
        d.rule = fr["id"].replace(".impose.", ".maintain.") + ".state"
    _passive_named_members(view, d, b, s1)
    if not d.targets:
        d.target_context = True
    return d


def _passive_named_members(view: View, d: Draft, b: int, s1: int) -> None:
    """The members named after a comma closing the passive clause ('16 people ... are blacklisted,
    most notably the oligarchs A and B'): added to the draft's targets."""
    keys = view.keys
    x = next((y + 1 for y in range(b, min(s1 - 1, b + 8)) if keys[y] in _LIST_BREAKS), None)
    x = x if x is not None and keys[x - 1] == "," else None  # (past a 'by' agent)
    if x is not None and keys[x] == "most" and x + 1 < s1:
        x += 1
    if x is not None and keys[x] in view.w("member_intros"):
        # "16 people ... are blacklisted, most notably the oligarchs A and B": the named members too
        listed = _name_list(view, x + 1 + (keys[x + 1] == "the" and view.actor_at[x + 2] is None and _tok_text(view, x + 2).islower()), s1, single=True)
        if listed is None:
            y = next((z for z in range(x + 1, min(s1, x + 6)) if view.actor_at[z] is not None), None)
            listed = _name_list(view, y, s1, single=True) if y is not None else None
        if listed is not None:
            d.targets = list(dict.fromkeys(d.targets + listed[0]))
            d.end = max(d.end, listed[1])


def _active_verb_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int) -> Draft:
    """An active head with its object at ``b``: the object's parties are the targets (appositive
    people one each, a longer list of names when one is read), the subject imposes."""
    d = _frame_base(view, fr, a, b, s0)
    stop = _phrase_end(view, b, s1)
    d.targets = _resolve_phrase(view, b, stop)
    people, people_end = _appositive_people(view, b, stop, s1)
    if people:
        d.targets = people  # "sanctioned two Dubai-based Iranians, A and his brother, B": one record per person
        stop = people_end
    else:
        listed = _name_list(view, b, s1)
        if listed is not None and len(listed[0]) > len(d.targets):
            d.targets, stop = listed  # "sanctioned A, B and C", "sanctioned A, a firm; two fronts — B and C — and D"
        d.extra["target_end"] = stop  # (names after the description: arguments._named_members)
    d.end = max(d.end, stop)
    _subject_imposer(view, d, a, s0)
    if not d.targets:
        d.target_context = True
    return d



def _present_state(view: View, a: int, s0: int, s1: int) -> bool:
    """'16 people and two organisations are blacklisted', 'the bank is also sanctioned': a present
    simple passive (is/are, adverbs between) in a sentence of running text states a standing measure;
    not a progressive ('is being'), a modal or future ('will be', 'are to be'), nor a headline (a
    line without a full stop, where the present tense reports an event)."""
    keys = view.keys
    j = a - 1
    while j > s0 and keys[j] in view.w("passive_adverbs"):
        j -= 1
    if j < s0 or keys[j] not in _PRESENT_COPULAS:
        return False
    last = s1 - 1
    while last > a and view.is_space[last]:
        last -= 1
    return keys[last] in (".", '"', "”", "’") and (j + 1 >= s1 or keys[j + 1] != "to")



def _designation_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int):
    """'the U.S.-designated terrorist Ahmed al-Sharaa', 'designated X as a terrorist group'."""
    keys = view.keys
    if a > s0 and keys[a - 1] in _norm_set(fr.get("skip_prev")):
        return None  # "specially designated nationals": a list's name
    if fr.get("authority_subject"):
        j = a - 1
        while j >= s0 and (keys[j] in view.w("aux_words") or keys[j].endswith("ly")):
            j -= 1
        if j - 2 >= s0 and keys[j] in view.w("pronoun_subjects") and keys[j - 1] in view.w_union("reporting_verbs", "speech_verbs"):
            j -= 2  # "OFAC said it was also targeting a network": the speaker is the pronoun's antecedent
        ref = view.actor_at[j] if j >= s0 else None
        if ref is None or ref.possessive or not view.lex.authorities.find_all(keys, ref.start, ref.end):
            return None  # "OFAC targeted X"; not "drones targeted Kyiv"
    hyphen_actor = a - 2 >= s0 and keys[a - 1] == "-" and view.actor_at[a - 2] is not None
    after = _norm_set(fr.get("after"))
    w0 = _past_named_object(view, b, s1)
    has_after = any(keys[j] in after for j in range(b, min(s1, w0 + fr.get("within", 4))))
    if not has_after and b == a + 1 and keys[a] in _norm_set(fr.get("category_only_heads")):
        return None  # "the report listed three reasons": only "listed X as a terrorist entity" designates
    if not hyphen_actor:
        passive = _passive_designation(view, fr, a, b, s0, s1, has_after)
        if passive is not None:
            return passive or None
    power_only = named_only = False
    if not hyphen_actor and not has_after:
        # "OFAC designated 14 entities": a sanctioning authority designates; or, in a text about
        # sanctions, a sanctioning power ("the United States designated several officials"), checked
        # once its subject is known; or anyone with a public role designates a named person or
        # company ("Liz Truss designated Mr Shvidler under the 2019 regulations"), not a role ("designated
        # a special envoy"); not "designated as <category>"
        if not view.lex.authorities.find_all(keys, s0, a):
            named_end = _named_party_object(view, b, s1)
            if any(
                j > b and (keys[j] in _CATEGORY_OPENERS or keys[j] == "the" and keys[j - 1] not in view.w("prepositions"))
                for j in range(b, _clause_end(keys, b, min(s1, b + 8)))
            ) or (named_end is None and not view.mentions_sanctions):
                return None  # "designated Kyiv as a partner", "designated Ukraine a major ally", "designated 2025 the year of"
            if named_end is not None and named_end < s1 and keys[named_end] in view.w("role_links"):
                return None  # "designated Smith to lead the talks", "designated Jones for assignment"
            named_only = named_end is not None
            power_only = not named_only
    d = _frame_base(view, fr, a, b, s0)
    if hyphen_actor:
        ref = view.actor_at[a - 2]
        name = view.imposer_name(ref)
        if name:
            d.imposers, d.imposer_explicit = [name], True
        d.start = ref.start
    else:
        _subject_imposer(view, d, a, s0)
        if power_only and not (d.imposer_explicit and _sanctioning_subject(view, d, s0, a)):
            return None
        if named_only and not (view.topical or d.imposer_explicit):
            return None  # outside a text about measures only a named designator designates
    past_date = view.date_end_at.get(b, b)  # the object's start past a date right after the head
    if hyphen_actor:
        # "the U.S.-designated terrorist Ahmed al-Sharaa"; past a demonym to the name ("UN-designated
        # Iranian entity Kalaye Electric": the entity), the demonym's state when no name follows
        refs = [view.actor_at[j] for j in range(b, min(s1, b + 6)) if view.actor_at[j] is not None and view.actor_at[j].start == j]
        named = next((r for r in refs if not r.demonym and all(
            view.words[x].isalpha() and view.actor_at[x] is None or view.actor_at[x] is not None and view.actor_at[x].demonym
            for x in range(b, r.start))), None)
        ref = named or (refs[0] if refs else None)
        j = b
        while named is None and j < min(s1, b + 5) and (
            (view.actor_at[j] is not None and view.actor_at[j].demonym) or (view.words[j].isalpha() and view.words[j].islower())
        ):
            j = view.actor_at[j].end if view.actor_at[j] is not None else j + 1
        unknown, e = _name_item(view, j, s1) if named is None and j > b and j < s1 and view.words[j][:1].isupper() else (None, j)
        if unknown:
            d.targets, d.end = [unknown], e  # "UN-designated Iranian entity Kalaye Electric": a name the lists do not know
        elif ref is not None:
            d.targets = [ref.name]
            d.end = ref.end
    elif past_date < s1 and keys[past_date] == "as" and (rel := _relative_agent(view, a, s0)) is not None and rel[0]:
        # "the Houthis, which the US designated (this month) as a Foreign Terrorist Organization": the
        # antecedent is the target (the relative clause's subject imposes: read above)
        d.targets = rel[0]
    elif past_date < s1 and keys[past_date] != "as":  # "designated as a terrorist group": a category, not the target
        b = past_date  # "which OFAC designated January 10": a date, not the object
        stop = _phrase_end(view, b, s1)
        # "designate the IRGC a terrorist organisation", "designated Hamas as a terrorist group": the
        # object ends where its category begins
        if has_after:
            stop = next((j for j in range(b + 1, stop) if keys[j] in _CATEGORY_OPENERS and keys[j - 1] not in _LIST_JOINERS), stop)
        d.targets = _resolve_phrase(view, b, stop)
        d.extra["target_end"] = stop  # (names after the description: arguments._named_members)
        d.end = max(d.end, stop)
        if has_after and fr.get("consumes_category"):
            # "identified eight vessels as blocked property": the category is the designation's, no freeze of its own
            d.extra["frame_end"] = next(j + 1 for j in range(b, s1) if keys[j] in after)
    if not d.targets:
        d.target_context = True
    return d


def _named_party_object(view: View, b: int, s1: int) -> int | None:
    """The end of a named person or body opening the object at ``b`` ('Mr Petrov', 'the Wagner Group'),
    a title before the name skipped ('Mr', 'Dr': the actors component's honorifics); None when the object is no such name (a
    state, a role: 'a special envoy', 'Kyiv')."""
    x = b + 1 if b < s1 and view.keys[b] == "the" else b
    if x < s1 and view.actor_at[x] is None and view.keys[x] in view.w("honorifics"):
        x += 1
    ref = _named_party_at(view, x) if x < s1 else None
    return ref.end if ref is not None else None


def _past_named_object(view: View, b: int, s1: int) -> int:
    """Where the named actors opening the object at ``b`` end ('the IRGC', "Iran's Islamic Revolutionary
    Guard Corps"): a long name does not push the category after it ('as a terrorist organization') out
    of a designation's window; ``b`` when no name opens the object."""
    x = b + 1 if b < s1 and view.keys[b] == "the" else b
    end = b
    while x < s1 and view.actor_at[x] is not None and view.actor_at[x].start == x:
        x = end = view.actor_at[x].end
        if x < s1 and view.keys[x] in _POSSESSIVE_MARKS:
            x += 1
    return end


def _clause_end(keys, b: int, e: int) -> int:
    """The first punctuation token in [b, e), or e."""
    return next((j for j in range(b, e) if not keys[j][:1].isalnum()), e)


def _passive_designation(view: View, fr: dict, a: int, b: int, s0: int, s1: int, has_after: bool):
    """'A and B were designated (by OFAC)', 'X, a banker who was designated by OFAC in 2014',
    'A and B — both designated as terrorist organizations by the US', 'X, designated as a terrorist
    group by the EU,': in a passive the subject
    (each conjunct, or the antecedent of who/which) is the target and the 'by' agent imposes;
    'as <category>' is no target. None when the designation at ``a`` is not passive; False
    when it is passive but no sanctions designation ('was designated as his successor')."""
    keys = view.keys
    x = a - 1
    aux = view.w_union("passive_aux", "aux_words")
    n_aux = 0
    while x >= s0 and keys[x] in aux:
        x -= 1
        n_aux += 1
    quantified = False
    while x >= s0 and keys[x] in view.w("subject_quantifiers"):
        x -= 1
        quantified = True
    by_next = b < s1 and keys[b] == "by"
    # "Hezbollah, designated as a terrorist group by the EU,": a reduced relative after an aside opener
    reduced = not n_aux and x == a - 1 and x >= s0 and keys[x] in view.w("aside_openers") and b < s1 and keys[b] == "as"
    if not (n_aux and keys[a - 1] in view.w("passive_aux") or quantified or by_next or reduced):
        return None
    if keys[a] not in view.w("passive_designation_heads"):
        return None
    agent = _agent_after(view, b, s1)
    if reduced and not agent:
        return None
    if b < s1 and keys[b] == "as" and not has_after:
        return False  # "was designated as his successor"
    if not (has_after or agent or view.mentions_sanctions):
        return False
    while x >= s0 and keys[x] in view.w("aside_openers"):
        x -= 1  # "A and B — both designated": the dash before the aside
    d = _frame_base(view, fr, a, b, s0)
    d.rule = fr["id"] + ".passive"
    if agent:
        d.imposers, d.imposer_explicit = agent, True
    d.targets = _subject_targets(view, x + 1, s0) if x >= s0 else []
    if not d.targets:
        d.target_context = True
    return d




def _list_owner(view: View, c: int, s1: int) -> str | None:
    """The body whose list it is, named after 'of' right after the list word ending before ``c``
    ('the sanctions list of the U.S. Department of State', 'the blacklist of the Security
    Council'): that body (an organisation, not a state's demonym), else None."""
    keys = view.keys
    if c + 1 >= s1 or keys[c] != "of":
        return None
    x = c + 2 if keys[c + 1] == "the" and c + 2 < s1 else c + 1
    ref = view.actor_at[x]
    if ref is not None and ref.label == "GPE" and ref.end < s1 and view.actor_at[ref.end] is not None:
        ref = view.actor_at[ref.end]  # "the U.S. Department of State": the body the state's name qualifies
        x = ref.start
    if ref is None or ref.start != x or ref.label != "ORG" or ref.demonym or ref.possessive:
        return None
    return view.imposer_name(ref)


def _list_follows(view: View, fr: dict, n: int, s1: int) -> bool:
    """One of the frame's ``after_needs`` (a list word) follows the needed word ``n`` closely,
    and is no list that holds no sanctions ('on the wanted list': lexicon ``other_list_modifiers``)."""
    after = _norm_set(fr.get("after_needs"))
    keys = view.keys
    return any(
        keys[j] in after and keys[j - 1] not in view.w("other_list_modifiers")
        for j in range(n + 1, min(s1, n + 1 + fr.get("after_within", 4)))
    )


def _listed_need(view: View, fr: dict, b: int, s1: int) -> tuple[int, int] | None:
    """The needed word of a frame whose object may be a long list ('list_within': 'added 365
    representatives of the regime, 20 entities and 16 entrepreneurs to the sanctions list',
    'removed some members of the electoral board from the list'): the first needed word within
    that many tokens that a list word follows, past commas; none across a clause end, a quote,
    an auxiliary or a verb of speech ('including figures in the Guard, ..., have been restored to
    the list': the list is the clause's, not the participle's). The list word is the anchor:
    without it the frame reads nothing. (needed word, end of the object before a relative aside)."""
    keys = view.keys
    needs = _norm_set(fr.get("needs"))
    listed = _name_list(view, b, s1)
    if listed is not None:
        # "removed A, a director of X; B, a director of Y; and C, from its lists": a list of names, however
        # long, with asides after its names
        e = listed[1]
        if e < s1 and keys[e] == ",":
            # (past the aside on the last name: "and C, a director of Y, from its lists")
            aside = next((x for x in range(e + 1, min(s1, e + 20)) if keys[x] in _LIST_BREAKS), None)
            e = e + 1 if keys[e + 1] in needs or aside is None or keys[aside] != "," else aside + 1
        if e < s1 and keys[e] in needs and _list_follows(view, fr, e, s1):
            return e, listed[1]
    stops = view.w_union("aux_words", "passive_aux", "speech_verbs")
    j, last, end = b, min(s1, b + fr["list_within"] + 1), None
    while j < last:
        if keys[j] in needs and _list_follows(view, fr, j, s1):
            return j, end if end is not None else j
        if keys[j] == "," and j > b and (aside := _relative_aside_end(view, j, s1)) is not None:
            end = j if end is None else end  # (the aside is no part of the object, nor of its length)
            last, j = min(s1, last + aside - j), aside  # "..., most of which are linked to Moscow, to the sanctions list"
            continue
        if keys[j] in _CLAUSE_PUNCT or keys[j] == '"' or keys[j] in stops:
            return None
        j += 1
    return None


def _relative_aside_end(view: View, c: int, s1: int) -> int | None:
    """A relative clause set off by the comma at ``c`` (a relative pronoun within three words:
    ', who ...', ', most of which ...'): the index of its closing comma, else None."""
    keys = view.keys
    if not any(keys[x] in view.w("relative_pronouns") and keys[x] != "that" for x in range(c + 1, min(s1, c + 4))):
        return None
    return next((x for x in range(c + 1, min(s1, c + 16)) if keys[x] == ","), None)


def _needs_frame_blocked(view: View, fr: dict, a: int, b: int, s0: int, s1: int) -> bool:
    """The head at ``a`` is no action of its frame whatever follows it: a noun naming the measure
    ('a ban on arms sales'), a participle describing a state ('transferred frozen funds'), a trade
    ban rather than a bar, or the frame of an infinitive after it. Checked before the needed word
    is sought, since each only looks at the head's neighbours."""
    keys = view.keys
    if fr.get("verb_only") and a > s0 and (
        keys[a - 1] in _NOUN_DETERMINERS
        or (b < s1 and keys[b] == "on" and a - 2 >= s0 and keys[a - 2] in _NOUN_DETERMINERS and keys[a - 1] not in view.w("aux_words"))
    ):
        return True  # "a ban on arms sales", "the general ban on investment": the measure named by a noun
    if fr.get("verb_only") and any(
        (named := view.instrument_at.get(x)) is not None and named[0] >= b for x in range(max(s0, a - 3), a)
    ):
        return True  # "adopted import bans and export restrictions": the last word of a named measure, a noun
    if keys[a] in _norm_set(fr.get("participle_only")):
        p = _skip_left(view, a - 1, s0 + 1, view.w("passive_adverbs"))  # "had so far frozen", "has also frozen"
        if p < s0 or p == a - 1 and a == s0 or keys[p] not in view.w_union("aux_words", "passive_aux"):
            return True  # "transferred frozen Iranian funds": a state, not a freeze
    if fr.get("not_before_scope") and any(keys[x] in view.w("scope_nouns") for x in range(b, min(s1, b + 4)) if "from" not in keys[b:x]):
        return True  # "banning (grain) imports of potash from Belarus": a trade ban (the goods frame), not a bar
    if b < s1 and keys[b] in _norm_set(fr.get("not_after_head")):
        return True  # "threatened to hit Russia with tariffs": the infinitive's frame
    if fr.get("requires_prev") and not (a > s0 and keys[a - 1] in _norm_set(fr["requires_prev"])):
        return True  # "programs are banned by UN resolutions" (a standing ban), not "was banned by"
    return False


def _needed_word(view: View, fr: dict, b: int, s1: int) -> tuple[int, int | None, tuple[int, int] | None] | None:
    """The needed word the frame's object ends on (within 'within' tokens of the head's end ``b``,
    not past a clause end; a money amount may stand for it; a long listed object through
    ``_listed_need``), moved to the last noun of a coordinated pair for a possessor target, and
    refused when a 'qualified' noun has no qualifier before it. (needed word, end of the object
    before a relative aside, the money amount's (start, end) or None), else None."""
    keys = view.keys
    needs = _norm_set(fr.get("needs"))
    within = fr.get("within", 5)
    n = None
    money = None  # (start, end) of a money amount frozen ("had frozen 260 million Swiss francs")
    for j in range(b, min(s1, b + within + 1)):
        if keys[j] in needs:
            n = j
            break
        if fr.get("money_needs") and j == b and view.topical and j in view.money_at:
            money = (j, view.money_at[j])
            n = money[1] - 1
            break
        if keys[j] in _CLAUSE_PUNCT or (keys[j] == "," and j > b):
            break
    obj_end = n
    if fr.get("list_within") and (n is None or not _list_follows(view, fr, n, s1)):
        n, obj_end = _listed_need(view, fr, b, s1) or (None, None)
    if n is None:
        return None
    while fr.get("target") == "possessor" and n + 2 < s1 and keys[n + 1] in _AND_OR and keys[n + 2] in needs:
        n += 2  # "freeze the funds and assets of 20 organizations": the last noun of the pair takes the object
    if fr.get("qualified") and keys[n] in _norm_set(fr["qualified"]["nouns"]):
        # "received a licence to drill" is no sanctions licence; "a general licence", "OFAC licences",
        # "a U.S. licence" are
        quals = _norm_set(fr["qualified"]["words"])
        if not any(keys[x] in quals or view.actor_at[x] is not None for x in range(b, n)):
            return None
    return n, obj_end, money


def _consumed_end(view: View, fr: dict, b: int, n: int, s1: int) -> int | None:
    """Where the frame's phrase ends past its needed word ``n``: after the frame's list word
    ('after_needs': 'added to the sanctions list'), else right after ``n``; None when what
    follows makes it no frame: the trigger of a named measure ('triggered the snapback of UN
    sanctions'), a list no sanction is on, no list (or state after 'from') where one is needed,
    or a suspension of the sanctions themselves."""
    keys = view.keys
    x = n + 1 if n + 1 < s1 and keys[n + 1] in view.w("needed_word_tails") else n
    if x + 1 < s1 and keys[x + 1] in fr.get("not_before", ()):
        return None  # "triggered the snapback of UN sanctions": the trigger of the named measure
    consumed = n + 1
    if fr.get("after_needs"):
        after = _norm_set(fr["after_needs"])
        window = range(n + 1, min(s1, n + 1 + fr.get("after_within", 4)))
        consumed = next((j + 1 for j in window if keys[j] in after), n + 1)
        if not _list_follows(view, fr, n, s1):
            if consumed > n + 1:
                return None  # "added her to its wanted list": a list no sanction is on
            # "barred from the EU": a state or bloc after "from" will do
            if not (fr.get("after_actor") and any(view.actor_at[j] is not None and view.actor_at[j].label in _STATE_OR_BODY_LABELS for j in window)):
                return None
    if fr["id"] == "sanctions.impose.suspension":
        # "suspension of sanctions" is the suspend trigger, not a membership suspension
        if b in view.instrument_at:
            return None
    return consumed


def _destination_follows(view: View, fr: dict, n: int, s1: int) -> bool:
    """A state, a bloc or one of the frame's ``destinations`` (ports, airspace, the country) follows the
    needed word ``n`` closely ('not allowed to dock at U.K. ports'; not 'not allowed to enter the museum')."""
    keys = view.keys
    places = _norm_set(fr.get("destinations"))
    for x in range(n + 1, min(s1, n + 1 + fr.get("destination_within", 6))):
        ref = view.actor_at[x]
        if keys[x] in places or (ref is not None and ref.label in _STATE_OR_BODY_LABELS):
            return True
        if keys[x] in _CLAUSE_PUNCT:
            break
    return False


def _needs_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int):
    """A frame of kind 'needs' at the head ``a``..``b``: the head acts only with its needed word
    after it ('froze the assets of X', 'added X to the sanctions list'); the frame's 'target'
    kind says where its target stands, its 'imposer' who imposes. The drafts (a reversed lift
    adds the imposition it undoes first), else None."""
    if _needs_frame_blocked(view, fr, a, b, s0, s1):
        return None
    found = _needed_word(view, fr, b, s1)
    if found is None:
        return None
    n, obj_end, money = found
    consumed = _consumed_end(view, fr, b, n, s1)
    if consumed is None or (fr.get("destinations") and not _destination_follows(view, fr, n, s1)):
        return None
    d = _frame_base(view, fr, a, n + 1, s0)
    d.extra["consumed"] = consumed
    d.end = max(d.end, consumed)  # "hit Moscow with fresh sanctions"
    list_owner = _list_owner(view, consumed, s1) if fr.get("after_needs") and consumed > n + 1 else None
    kind = fr.get("target")
    if kind == "possessor":
        _possessor_targets(view, d, a, b, n, s1, money)
    elif kind == "between":
        _between_targets(view, fr, d, a, b, n, s0, s1, obj_end, consumed)
        if fr.get("plain_subject") and not d.targets:
            return None  # ("not allowed to enter" names whom it bars, or is no action)
    elif kind == "goods":
        if not _goods_targets(view, fr, d, a, b, n, s0, s1):
            return None
    elif kind == "beneficiary":
        _beneficiary_targets(view, d, b, n, s1)
    elif kind == "holder":
        # "Chevron received General License 41", "three firms hold OFAC licences ...: A, B and C"
        d.targets = _holder_targets(view, a, s0, s1)
    elif kind == "after_export":
        _export_targets(view, d, n, s1)
    elif kind == "with_party":
        if not _with_party_targets(view, d, n, s1):
            return None
    _needs_frame_imposers(view, fr, d, a, b, n, s0, s1, consumed, list_owner)
    return _finish_needs_frame(view, fr, d, a, s0)


def _possessor_targets(view: View, d: Draft, a: int, b: int, n: int, s1: int, money: tuple[int, int] | None) -> None:
    """Target kind 'possessor': whose the needed noun is ('freeze the assets of X', "X's funds"),
    else the demonym inside the object ('frozen $300 billion of Russian central bank assets'), else
    whom a measure the assets are held under is on ('... assets under sanctions against Russians')."""
    keys = view.keys
    d.targets = _possessor(view, a, n, s1)
    if not d.targets:
        # "frozen $300 billion of Russian central bank assets"
        dem = [view.actor_at[x] for x in range(b, money[0] if money else n) if view.actor_at[x] is not None and view.actor_at[x].demonym]
        if dem:
            d.targets = [dem[-1].name]
    under = next((x for x in range(n + 1, min(s1 - 2, n + 12)) if keys[x] == "under" and x + 1 in view.instrument_at), None)
    if not d.targets and under is not None:
        # "frozen 7.5 billion francs in funds and assets under sanctions against Russians": whom the measure is on
        intro = view.lex.target_intros.match_at(keys, view.instrument_at[under + 1][0])
        if intro is not None:
            d.targets = [t for t in _resolve_phrase(view, intro[0], _phrase_end(view, intro[0], s1)) if t != ANAPHOR_GPE]


def _between_targets(
    view: View, fr: dict, d: Draft, a: int, b: int, n: int, s0: int, s1: int, obj_end: int | None, consumed: int
) -> None:
    """Target kind 'between': the object between the head and the needed word ('added X to the
    list'), else the names after a copula, the measure's own target, the people after the needed
    noun, a 'with' party, a list's target, or (nothing between) the subject or relative antecedent
    the passive head is said of."""
    keys = view.keys
    if n > b:
        d.targets = _resolve_phrase(view, b, obj_end if obj_end is not None and obj_end <= n else n)
        listed = _name_list(view, b, n)
        if listed is not None and listed[1] in (n, n - 1, obj_end):
            d.targets = listed[0]  # "removed A, a director of X, and B from the list": the names, asides skipped
    copula = consumed if consumed < s1 and keys[consumed] in view.w("copulas") else None
    listed = _name_list(view, copula + 1, s1, single=True) if copula is not None else None
    if listed is not None:
        # "the two individuals added to the sanctions list are A and B": the names, one record each
        d.targets, stop = listed
        d.end = max(d.end, stop)
        d.extra["copular"] = True  # the listed subject is no imposer
    if not d.targets and n > b and consumed < s1 and view.lex.target_intros.match_at(keys, consumed) is not None:
        # "hit back with tariffs on US soybeans": no object between; the measure's own target
        x = view.lex.target_intros.match_at(keys, consumed)[0]
        stop = _phrase_end(view, x, s1)
        d.targets = [t for t in _resolve_phrase(view, x, stop) if t != ANAPHOR_GPE]
        d.end = max(d.end, stop)
    if not d.targets and consumed < s1 and keys[consumed] in _norm_set(fr.get("target_after")):
        # "banned entry to 30 Belarusian officials": the people after the needed noun
        stop = _phrase_end(view, consumed + 1, s1)
        d.targets = [t for t in _resolve_phrase(view, consumed + 1, stop) if t != ANAPHOR_GPE]
        d.end = max(d.end, stop)
    # "prohibit ... from doing business with them"
    for j in range(n + 1, min(s1, n + 5)):
        if keys[j] == "with" and j > n + 1:
            if keys[j - 1] in view.w("with_phrase_words"):
                break  # "put under sanctions in line with Decree No. 13405": a compound preposition, no party
            stop = _phrase_end(view, j + 1, s1)
            d.targets = _resolve_phrase(view, j + 1, stop)
            d.end = max(d.end, stop)
            break
    measure = view.instrument_at.get(consumed + 1) if not d.targets and consumed < s1 and keys[consumed] == "of" else None
    intro = view.lex.target_intros.match_at(keys, measure[0]) if measure is not None and measure[0] < s1 else None
    if intro is not None:
        # "the US added to its long list of sanctions against Iran": the list's target, the subject adds
        stop = _phrase_end(view, intro[0], s1)
        d.targets = _resolve_phrase(view, intro[0], stop)
        d.end = max(d.end, stop)
    if not d.targets and n == b:
        _passive_subject_targets(view, fr, d, a, s0)
        if fr.get("plain_subject"):
            _plain_subject_targets(view, d, a, s0)


def _plain_subject_targets(view: View, d: Draft, a: int, s0: int) -> None:
    """A frame said only of a plain subject ('The tankers will not be allowed to dock', 'X ... was also not
    allowed into the republic'): a relative clause describes a group, no action ('blacklists of aliens
    who are not allowed to enter'), and a coordinator is no subject ('individuals who have their assets
    frozen and are not allowed to travel'): no target then (the caller drops the frame)."""
    d.targets = [] if _describes_a_group(view, a, s0) else _without_coordinators(d.targets)


def _describes_a_group(view: View, j: int, s0: int) -> bool:
    """A relative pronoun opens the verb group before ``j`` ('aliens who are not allowed to enter',
    'individuals who have their assets frozen'): the clause describes the group a list holds, no
    action of its own."""
    x = _skip_left(view, j - 1, s0, view.w_union("aux_words", "passive_aux", "passive_adverbs"))
    return x >= s0 and view.keys[x] in view.w("relative_pronouns")


def _without_coordinators(targets: list[str]) -> list[str]:
    """The subject reader's names less a bare coordinator ('... frozen and are not allowed to travel'
    reads 'and' as the subject of the second verb)."""
    return [t for t in targets if t.lower() not in _LIST_JOINERS]


def _passive_subject_targets(view: View, fr: dict, d: Draft, a: int, s0: int) -> None:
    """Nothing between the head and its needed word ('was added to the list'): the target is the
    antecedent of a relative clause (whose subject then imposes), else the subject; with
    'requires_prev' the possessor state of the subject ("North Korea's missile programs are banned")."""
    keys = view.keys
    rel = _relative_agent(view, a, s0)
    if rel is not None:
        # "Gazprom Neft, which the United States placed under sanctions"
        d.targets, agent_name = rel
        if agent_name:
            d.imposers, d.imposer_explicit = [agent_name], True
            d.extra["relative"] = True
    else:
        d.targets = _subject_targets(view, a, s0)
        if fr.get("requires_prev"):
            # "North Korea's missile programs are banned": the possessor state; "Its tests": the context's state
            x = next((y for y in range(a - 1, s0 - 1, -1) if keys[y] in _CLAUSE_BREAKS), s0 - 1) + 1
            ref = view.actor_at[x] or (view.actor_at[x + 1] if keys[x] == "the" else None)
            if ref is not None and ref.possessive:
                d.targets = [ref.name]
            elif keys[x] in _STATE_POSSESSIVES:
                d.targets = [ANAPHOR_GPE]


def _goods_targets(view: View, fr: dict, d: Draft, a: int, b: int, n: int, s0: int, s1: int) -> bool:
    """Target kind 'goods': the flow noun heads the object ('banned imports of X from Y', 'bans on
    trade and transit of X'); goods named before it ('restrict semiconductor exports to China') are
    the target themselves; whose access is restricted. False when an access has no party named
    (no frame)."""
    keys = view.keys
    first = b + 1 if b + 1 < s1 and keys[b] in _GOODS_OBJECT_OPENERS else b
    if a > s0 and keys[a - 1] in view.w("tightening_adverbs"):
        d.action, d.rule = "tighten", fr["id"].replace(".impose.", ".tighten.")  # "further restricting ..."
    access = keys[n] in view.w("access_nouns")
    owner = view.actor_at[n - 1] if access and n - 1 >= b else None
    if owner is None and access and n - 2 >= b and keys[n - 1] in _POSSESSIVE_MARKS:
        owner = view.actor_at[n - 2]
    if access and owner is None:
        return False  # "restricting access to the site": no party named
    if owner is not None:
        d.targets = [owner.name]  # "restricting Belarusian access to UK financial markets": whose access
    flow = _flow_target(view, n, s1) if keys[n] in view.w("scope_nouns") and (
        n == first or (n + 1 < s1 and keys[n + 1] == "of" and view.words[first].islower())
    ) else None  # ("a ban on rail transit of goods to Kaliningrad": the flow's party, past a lower-case modifier)
    if owner is not None:
        pass
    elif flow is not None:
        d.targets = flow[0]  # "banned imports of potash from Belarus" -> Belarus; "transit of potash" -> potash
        d.end = max(d.end, flow[1])
    elif n + 1 < s1 and keys[n + 1] == "with":
        stop = _phrase_end(view, n + 2, s1)
        d.targets = _resolve_phrase(view, n + 2, stop)  # "banned transactions with 22 banks"
        d.end = max(d.end, stop)
    elif n > first and n + 1 < s1 and keys[n + 1] == "from" and (origin := _flow_target(view, n, s1)) is not None and origin[2] is None:
        d.targets = origin[0]  # "ban grain imports from Russia and Belarus": the states the goods come from
        d.end = max(d.end, origin[1])
    elif keys[b] == "on" and n > b + 1:
        d.targets = [_span_text(view, b + 1, n + 1)]  # "ban on Russian diamond imports"
    elif n + 1 < s1 and keys[n + 1] == "of":
        stop = _phrase_end(view, n + 2, s1)
        d.targets = _resolve_phrase(view, n + 2, stop)
        d.end = max(d.end, stop)
    elif keys[n] in view.w("scope_nouns") and n > b and any(keys[x] in _STATE_POSSESSIVES for x in range(b, n)) and not any(
        view.actor_at[x] is not None for x in range(b, n)
    ):
        d.targets = [ANAPHOR_GPE]  # "banning most of its exports", "limiting their imports": the state whose trade it is
    elif keys[n] in view.w("scope_nouns") and n > b:
        x = b + 1 if keys[b] in view.w("prepositions") else b  # "bans on trade": never a leading preposition
        if x <= n:
            d.targets = [_span_text(view, x, n + 1)]
    return True


def _beneficiary_targets(view: View, d: Draft, b: int, n: int, s1: int) -> None:
    """Target kind 'beneficiary': whom a licence or waiver favours ('issued a licence allowing
    Chevron to ...', 'a waiver for Iraq', 'granted Chevron a licence'): a name inside the object,
    the party after a beneficiary intro, else the grantee of a relative clause."""
    inner = [view.actor_at[x] for x in range(b, n) if view.actor_at[x] is not None and not view.actor_at[x].demonym]
    if inner:
        d.targets = [inner[0].name]
    _beneficiary_after(view, d, n, s1)
    if not d.targets:
        _relative_grantee(view, d, n, s1)


def _beneficiary_after(view: View, d: Draft, n: int, s1: int) -> None:
    """The party after a beneficiary intro right after the licence noun ``n`` or after a comma
    ('a licence allowing transactions with Belavia', 'General License (GL) 41, authorizing X');
    a possessor's body is replaced by the body named in apposition."""
    keys = view.keys
    for j in range(n + 1, min(s1, n + 9)):
        if keys[j] in _SENTENCE_ENDS:
            break
        if j > n + 3 and keys[j - 1] != ",":
            continue  # further on only right after a comma: "General License (GL) 41, authorizing X"
        if keys[j] in view.w("beneficiary_intros"):
            x = j + 1
            if x >= s1:
                break  # the intro ends the sentence (a cut-off 'a general license authorizing'): no party
            w = next((y for y in range(x, min(s1 - 1, x + 9)) if keys[y] in view.w("licence_party_intros")
                      or keys[y] in _LIST_BREAKS), None)
            if view.actor_at[x] is None and w is not None and keys[w] in view.w("licence_party_intros"):
                x = w + 1  # "a licence allowing transactions with Belavia", "the winding down of transactions involving X"
            ref = view.actor_at[x] or (view.actor_at[x + 1] if x + 1 < s1 and keys[x] == "the" else None)
            if ref is not None and ref.possessive:
                # "transactions involving Belaruskali's marketing arm, the Belarusian Potash Company (BPC)":
                # the party is the possessed body, named in apposition
                stop = _phrase_end(view, ref.end, s1)
                y = stop + 1 if stop < s1 and keys[stop] == "," else None
                if y is not None and y < s1 and keys[y] == "the":
                    y += 1
                named = view.actor_at[y] if y is not None and y < s1 else None
                ref = named if named is not None and named.start == y and not named.possessive and not named.demonym else None
            if ref is not None and not ref.demonym:
                d.targets = [ref.name]
                d.end = max(d.end, ref.end)
            break


def _relative_grantee(view: View, d: Draft, n: int, s1: int) -> None:
    """The grantee of a relative clause after the licence noun ``n`` ('ending a license that it had
    granted to Chevron'): the first name after 'granted to', past modifiers, else the first
    capitalised run the actor lists do not know."""
    keys = view.keys
    for j in range(n + 1, min(s1 - 2, n + 10)):
        if keys[j] in _SENTENCE_ENDS or (keys[j] == "," and j > n + 1):
            break
        if keys[j] in view.w("grant_participles") and keys[j + 1] in _GRANTEE_PREPS:
            for x in range(j + 2, min(s1, j + 8)):
                ref = view.actor_at[x]
                if ref is None or x != ref.start or ref.demonym:
                    continue
                nxt = _tok_text(view, ref.end) if ref.end < s1 else ""
                if nxt.isalpha() and nxt.islower() and keys[ref.end] not in view.w_union("prepositions", "target_stop"):
                    continue  # "U.S. oil producer Chevron": a modifier, the name follows
                d.targets = [ref.name]
                break
            else:
                # a name the actor lists do not know: the first capitalised run after "to"
                x = next((y for y in range(j + 2, min(s1, j + 8)) if view.actor_at[y] is None
                          and _tok_text(view, y)[:1].isupper() and _tok_text(view, y).isalpha()
                          and keys[y] not in view.w("time_words")), None)
                if x is not None:
                    e = x
                    while e < s1 and view.actor_at[e] is None and _tok_text(view, e)[:1].isupper() and _tok_text(view, e).isalpha():
                        e += 1
                    d.targets = [_span_text(view, x, e)]
            break


def _export_targets(view: View, d: Draft, n: int, s1: int) -> None:
    """Target kind 'after_export': the object of a goods verb after 'to' ('... to export X')."""
    keys = view.keys
    for j in range(n, min(s1, n + 6)):
        if keys[j] == "to" and j + 1 < s1 and keys[j + 1] in view.w("goods_verbs"):
            stop = _phrase_end(view, j + 2, s1)
            d.targets = _resolve_phrase(view, j + 2, stop)
            break


def _with_party_targets(view: View, d: Draft, n: int, s1: int) -> bool:
    """Target kind 'with_party': 'suspended air travel with Belarus', 'closed the border crossing
    with Belarus': each named party on the other side; False without one (no frame: 'closed the
    border for the holidays')."""
    keys = view.keys
    j = next((x for x in range(n + 1, min(s1, n + 5)) if keys[x] in _PARTY_LINK_PREPS), None)
    parties, x = [], (j + 1 if j is not None else s1)
    while x < s1:
        x += x + 1 < s1 and keys[x] == "the"
        ref = view.actor_at[x]
        if ref is None or ref.start != x or ref.demonym:
            break
        parties.append(ref.name)  # "with Belarus and Russia": each state named
        x = ref.end
        if not (x + 1 < s1 and keys[x] in _PARTY_JOINERS):
            break
        x += 1
    if not parties:
        return False
    d.targets = list(dict.fromkeys(parties))
    d.end = max(d.end, x)
    return True


def _needs_frame_imposers(
    view: View, fr: dict, d: Draft, a: int, b: int, n: int, s0: int, s1: int, consumed: int, list_owner: str | None
) -> None:
    """Who imposes a 'needs' frame: none more after a relative clause or a copular list (their
    subject was read); the list's owner; an actor after the needed word ('imposer': 'after_needs');
    a passive's agent or list owner; whose ban it is ("Lithuania's ban"); else a body inside the
    object ('imposer': 'inner'/'inner_any'), the agent before the head or the subject."""
    keys = view.keys
    kind = fr.get("target")
    if d.extra.get("relative") or d.extra.get("copular"):
        pass  # the relative clause named its own subject; a copular list's subject is the listed group
    elif list_owner is not None:
        d.imposers, d.imposer_explicit = [list_owner], True  # "added them to the sanctions list of the U.S. Department of State"
    elif fr.get("imposer") == "after_needs":
        for j in range(n + 1, min(s1, n + 5)):
            ref = view.actor_at[j]
            if ref is not None:
                d.imposers, d.imposer_explicit = [ref.name], True
                break
        else:
            org = _org_anaphor(view, n + 1, min(s1, n + 4))
            if org:
                d.imposers, d.imposer_explicit = [org], True
        if not d.imposers:
            _subject_imposer(view, d, a, s0)
    elif a > s0 and keys[a - 1] in view.w("passive_aux") and fr.get("imposer") != "inner" and not keys[a].endswith("ing"):
        # "Gazprombank was added to the SDN list": the subject is the target, the agent (if any) imposes
        agent = _agent_after(view, n if keys[n] == "by" else d.end, s1)  # "are banned by UN resolutions"
        if agent:
            d.imposers, d.imposer_explicit = agent, True
        elif not fr.get("no_owner_after"):  # ("were cut off from SWIFT": the network owns no list, imposes nothing)
            # "was included in the EU sanctions list": the list's owner imposes
            owner = next((view.actor_at[x] for x in range(n + 1, consumed) if view.actor_at[x] is not None), None)
            name = view.imposer_name(owner) if owner is not None else None
            if name:
                d.imposers, d.imposer_explicit = [name], True
    elif kind == "goods" and a - 2 >= s0 and keys[a - 1] in _POSSESSIVE_MARKS and (owner := view.actor_at[a - 2]) is not None and not owner.demonym and (
        name := view.imposer_name(owner)
    ):
        d.imposers, d.imposer_explicit = [name], True  # "in response to Lithuania's ban on rail transit": whose ban it is
    else:
        agent = _agent_before(view, a, s0)
        inner = [
            view.imposer_name(view.actor_at[x]) for x in range(b, n)
            if view.actor_at[x] is not None and (
                (fr.get("imposer") == "inner" and (view.actor_at[x].demonym or view.actor_at[x].possessive))
                or fr.get("imposer") == "inner_any"
            )
        ]  # "required to obtain Chinese government approval", "hold OFAC licences"
        if inner and inner[0]:
            d.imposers, d.imposer_explicit = [inner[0]], True
        elif agent and fr.get("imposer") != "inner_any":
            d.imposers, d.imposer_explicit = agent, True
        elif fr.get("imposer") != "inner_any":
            _subject_imposer(view, d, a, s0)  # (a licence's holder is its subject, not its issuer)


def _finish_needs_frame(view: View, fr: dict, d: Draft, a: int, s0: int) -> list[Draft]:
    """The frame's draft with what its context says of it: kept in force after a maintain cue,
    the context's target when none was read, a modal's action; a lift after a reversal cue
    ('reversing a decision to remove Cuba from a blacklist') adds the imposition it undoes first."""
    keys = view.keys
    if _preceded_by(keys, a, tuple(view.w("maintain_cues")), 5, s0):
        d.action = "maintain"
        d.rule = fr["id"].replace(f".{fr['action']}.", ".maintain.")
    if not d.targets:
        d.target_context = True
    _modal(view, d, a, s0)
    out = [d]
    if d.action == "lift" and lex_hit(view.lex.reversal, keys, max(s0, a - 8), a):
        # "reversing a decision to remove Cuba from a blacklist": the removal, and its undoing
        r = Draft(**{**d.__dict__, "action": "impose", "rule": fr["id"].replace(".lift.", ".impose.") + ".reversal",
                     "targets": list(d.targets), "imposers": list(d.imposers), "extra": {}})
        out.insert(0, r)
    return out



def _holder_targets(view: View, a: int, s0: int, s1: int) -> list[str]:
    """The holder of a licence: the named subject before the verb at ``a``; a described subject
    ("three European companies") is replaced by the names listed after a colon at the sentence end."""
    keys = view.keys
    subject = _subject_targets(view, a, s0)
    if subject and any(view.actor_records.get(t) for t in subject):
        return subject
    name = _capitalised_before(view, a, s0)
    if name:
        return [name]  # "the miner Arcolux received ...": a name the actor lists do not know
    colon = next((j for j in range(a, s1) if keys[j] == ":"), None)
    if colon is not None:
        stop = _phrase_end(view, colon + 1, s1, allow_commas=True)
        names = []
        for x, y in _conjuncts(view, colon + 1, stop, force=True):
            name = _conjunct_actor(view, x, y)
            if name is None and x < y and _tok_text(view, x)[:1].isupper():
                name = _span_text(view, x, y)
            if name:
                names.append(name)
        if names:
            return names
    return subject



def _licence_imposer(view: View, d: Draft, a: int, s0: int, s1: int) -> None:
    """A licensing authority named in the sentence (OFAC, Treasury) issues or revokes the licence."""
    for x, _, name in view.lex.authorities.find_all(view.keys, s0, s1):
        ref = view.actor_at[x]
        if ref is not None and not ref.possessive:  # "the Treasury's Office of Foreign Assets Control": the office
            d.imposers, d.imposer_explicit = [ref.name], True
            return



def _capitalised_before(view: View, a: int, s0: int) -> str | None:
    """The subject name right before a verb group at ``a`` ("Arcolux will have until ..."), when
    the actor lists do not know it: a run of capitalised words, not sentence-initial, in the clause."""
    keys = view.keys
    j = a - 1
    while j > s0 and not _tok_text(view, j)[:1].isupper():
        if keys[j] not in view.w("aux_words") or j < a - 6:
            return None  # only auxiliaries between the name and the verb ("Arcolux will have until")
        j -= 1
    if j <= s0 or keys[j] in view.w("time_words") or view.actor_at[j] is not None:
        return None
    i = j
    while i - 1 > s0 and _tok_text(view, i - 1)[:1].isupper() and keys[i - 1] not in view.w("time_words") and view.actor_at[i - 1] is None:
        i -= 1
    if any(not _tok_text(view, x).isalpha() for x in range(i, j + 1)):
        return None
    return _span_text(view, i, j + 1)



def _needs_before_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int):
    """'General License 41 is being replaced by ...', "the firm's licence was revoked": the measure
    named before a passive verb; its holder is the possessor or, left implicit, the context's target."""
    keys = view.keys
    j = _verb_group_start(view, fr, a, b, s0, s1)
    if j is None:
        return _causative_holder_frame(view, fr, a, b, s0, s1) if fr.get("causative_have") and view.topical else None
    n = _needed_word_before(view, fr, j, s0)
    if n is None:
        return None
    if fr.get("needs_in_text") and _norm_set(fr["needs_in_text"]).isdisjoint(keys):
        return None  # "the mechanism was triggered": a snapback only in a text that names one
    if fr.get("not_in_clause_of") and any(keys[x] in _norm_set(fr["not_in_clause_of"]) for x in range(max(s0, n - 5), n)):
        return None  # "if the snapback mechanism were activated": a condition, no action
    start = n
    while start > s0 and (_tok_text(view, start - 1)[:1].isupper() or keys[start - 1] in _POSSESSIVE_MARKS) and start - 1 > s0 - 1:
        start -= 1  # "General License 41", "Chevron's licence"
    d = _frame_base(view, fr, a, b, s0)
    d.start = min(d.start, start)
    e = n + 1
    while e < a and (_NUMBER.match(keys[e]) or _tok_text(view, e)[:1].isupper()):
        e += 1
    d.instrument = _span_text(view, start, e) if fr.get("holder") not in ("counted", "context", "recipient") else fr.get("instrument")  # "General License 12"
    d.targets = _possessor(view, start, n, s1) if any(keys[x] in _POSSESSIVE_MARKS for x in range(start, n)) else []
    if not d.targets and fr.get("holder") == "counted":
        _counted_holder(view, d, n, j, s0)
    if fr.get("state_owner_anywhere") and not view.topical and not (
        d.targets and (view.actor_records.get(d.targets[0]) or {}).get("type") == "GPE"
    ):
        return None  # outside a text about sanctions only a state's frozen assets are a measure
    elif not d.targets:
        _holder_after(view, fr, d, n, b, j, s1)
    agent = _agent_after(view, b, s1)
    if agent and not fr.get("agent_is_replacement"):
        # (the states that trigger a snapback act for the body whose sanctions return: they are not
        # the implicit imposer of the text's other measures)
        d.imposers, d.imposer_explicit = agent, not fr.get("no_imposer_carry")
    else:
        _licence_imposer(view, d, a, s0, s1)
    if not d.targets:
        d.target_context = True
    _modal(view, d, a, j + 1)  # only the verb group's own auxiliaries ("might hold" belongs to a relative clause)
    d.extra["modal_done"] = True
    return d


def _causative_holder_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int) -> Draft | None:
    """'the business people will also have their assets frozen', 'oligarchs ... will have their assets in the
    UK frozen': the needed noun after a possessive pronoun after 'have' (frames.json causative_haves), a few
    words before the head; the subject of 'have' is the target, a 'by' agent imposes (else the context).
    Only in a text about sanctions (the caller's check)."""
    keys, needs = view.keys, _norm_set(fr.get("needs"))
    n = next((x for x in range(a - 1, max(s0, a - 6) - 1, -1) if keys[x] in needs or keys[x] in _PHRASE_BREAKS), None)
    if n is None or n - 2 < s0 or keys[n] not in needs:
        return None
    if keys[n - 1] not in _PRONOUN_SUBJECTS or keys[n - 2] not in view.w("causative_haves"):
        return None
    h = n - 2
    while h - 1 > s0 and keys[h - 1] in view.w("passive_adverbs"):
        h -= 1  # "will also have"
    if _describes_a_group(view, h, s0):
        return None  # "The list names individuals who have their assets frozen"
    d = _frame_base(view, fr, a, b, s0)
    d.start = h
    d.targets = _without_coordinators(_subject_targets(view, _before_dash_aside(view, h, s0), s0))
    if not d.targets:
        d.target_context = True
    agent = _agent_after(view, b, s1)
    if agent:
        d.imposers, d.imposer_explicit = agent, True
    _modal(view, d, h, s0)
    d.extra["modal_done"] = True
    return d


def _before_dash_aside(view: View, j: int, s0: int) -> int:
    """Where the subject before the verb group at ``j`` ends when a dash-enclosed aside closes it ('these
    oligarchs - who have a net worth of £15bn - will have'; a spaced hyphen is a dash too): the opening
    dash; else ``j``."""
    keys = view.keys
    x = j - 1
    while x > s0 and keys[x] in view.w("aux_words"):
        x -= 1
    spaced_hyphen = keys[x] == "-" and view.text[view.starts[x] - 1 : view.starts[x]].isspace()
    if x <= s0 or not (keys[x] in view.w("list_dashes") or spaced_hyphen):
        return j
    return next((y for y in range(x - 1, max(s0, x - 25), -1) if keys[y] == keys[x]), j)


def _verb_group_start(view: View, fr: dict, a: int, b: int, s0: int, s1: int) -> int | None:
    """The last token before the passive verb group of the head at ``a`` (its auxiliaries and
    adverbs: 'have been permanently frozen'), past a relative clause set off by commas ('imports of
    gold, which could help X, are prohibited'); None when the group is not the frame's ('active'
    frames want no auxiliary, the others one, or a reduced passive before 'by')."""
    keys = view.keys
    j = a - 1
    n_aux = 0
    aux = view.w_union("passive_aux", "aux_words")
    while j >= s0 and (keys[j] in aux or keys[j] in view.w("passive_adverbs") or (keys[j].endswith("ly") and keys[j] not in view.w("ly_nouns"))):
        n_aux += keys[j] in aux  # (adverbs between: "have been permanently frozen", "were also seized")
        j -= 1
    if fr.get("active"):
        if n_aux:
            return None  # "was authorized by": not the licence's own verb
    elif not n_aux and not (fr.get("reduced_by") and b < s1 and keys[b] == "by"):
        return None  # no passive auxiliary: "the licence replaced ..." is not this frame
    if j > s0 and keys[j] == ",":
        # "imports of gold, which could help X, are prohibited": past the relative clause
        rel = next((x for x in range(j - 1, max(s0, j - 20), -1) if keys[x] == "," and keys[x + 1] in view.w("relative_pronouns")), None)
        j = rel - 1 if rel is not None else j
    return j


def _needed_word_before(view: View, fr: dict, j: int, s0: int) -> int | None:
    """The needed word ending the subject before the verb group (within 'within' tokens of ``j``,
    not across punctuation); for a 'recipient' holder also the flow noun before a list of goods
    ('Exports of drones, chips and radars are prohibited'), else None."""
    keys = view.keys
    needs = _norm_set(fr.get("needs"))
    n = None
    for x in range(j, max(s0 - 1, j - fr.get("within", 4)), -1):
        if keys[x] in needs:
            n = x
            break
        if keys[x] in _PHRASE_BREAKS:
            break
    if n is None and fr.get("holder") == "recipient":
        # "Exports of drones, chips and radars are prohibited": a flow whose goods are a list
        for x in range(j - 1, max(s0, j - 16) - 1, -1):
            if keys[x] == "of" and x > s0 and keys[x - 1] in needs and keys[x - 1] in view.w("scope_nouns"):
                listed = _common_list(view, x + 1, j + 1)
                n = x - 1 if listed is not None and listed[1] == j + 1 else None
                break
            if keys[x] in _CLAUSE_PUNCT:
                break
    return n


def _counted_holder(view: View, d: Draft, n: int, j: int, s0: int) -> None:
    """Holder 'counted': "any assets the two men might hold ... have been frozen": the owners are
    named by a count ("the two men") that re-mentions the last sanctioned group of that size; else
    a named owner after 'of'/'by', or the state of a demonym before the noun."""
    keys = view.keys
    for x in range(n + 1, j):
        if keys[x] == "the" and x + 1 < j and (keys[x + 1] in view.lex.number_words or keys[x + 1].isdigit()):
            d.extra["counted"] = view.lex.number_words.get(keys[x + 1]) or int(keys[x + 1])
            break
        ref = view.actor_at[x]
        owner_intro = keys[x - 1] in _OWNER_PREPS or (keys[x - 1] == "the" and keys[x - 2] in _OWNER_PREPS)
        if ref is not None and x == ref.start and not ref.demonym and owner_intro:
            d.targets = [ref.name]  # "funds held by X", "the assets of X"
            break
    if n - 1 >= s0 and keys[n - 1] == "their":
        d.extra["plural_holder"] = True  # "their assets": every target of the last action
    owner = view.actor_at[n - 1] if not d.targets and "counted" not in d.extra and n - 1 >= s0 else None
    if owner is not None and owner.demonym and owner.end == n:
        d.targets = [owner.name]  # "Russian assets have been frozen": the state whose assets they are


def _holder_after(view: View, fr: dict, d: Draft, n: int, b: int, j: int, s1: int) -> None:
    """A target named after the measure when its subject named none, by the frame's 'holder': the
    party after a preposition of a banned flow ('recipient'), the object of the main verb after the
    agent ('object_after'), the first party after the verb ('party_after'); else the last licence
    holder named before (``licence_context``)."""
    keys = view.keys
    if fr.get("holder") == "recipient":
        # "all funding to them is banned", "transactions with X are prohibited": the party named after
        # the goods (an anaphor: the context's target)
        x = next((y for y in range(n + 1, j + 1) if keys[y] in _RECIPIENT_PREPS), None)
        if x is not None:
            d.targets = [t for t in _resolve_phrase(view, x + 1, j + 1) if t != ANAPHOR_GPE]
        elif keys[n] in view.w("scope_nouns"):
            flow = _flow_target(view, n, j + 1)  # "imports of gold and diamonds are prohibited": the goods
            d.targets = flow[0] if flow is not None else []
    elif fr.get("holder") == "object_after":
        # "a new general license issued by the Treasury authorised X to ...": the main verb's object
        agent_end = next((x for x in range(b + 1, min(s1, b + 8)) if view.actor_at[x] is None and keys[x] in view.w("beneficiary_verbs")), None)
        ref = view.actor_at[agent_end + 1] if agent_end is not None and agent_end + 1 < s1 else None
        if ref is not None and not ref.demonym:
            d.targets = [ref.name]
            d.end = max(d.end, ref.end)
        else:
            d.extra["licence_context"] = True
    elif fr.get("holder") == "party_after":
        # "General License 29 authorizes wind down transactions with TKB": the first party named after
        for x in range(b, min(s1, b + 20)):
            if keys[x] in _CLAUSE_PUNCT:
                break  # (past commas: "authorizes, until October 20, all transactions by TKB")
            ref = view.actor_at[x]
            if ref is not None and x == ref.start and not ref.demonym and view.lex.authorities.match_at(keys, x) is None:
                d.targets = [ref.name]
                d.end = max(d.end, ref.end)
                break
        if not d.targets:
            d.extra["licence_context"] = True
    elif fr.get("holder") not in ("context", "recipient"):
        d.extra["licence_context"] = True  # the holder is the last licence holder named before



def _deadline_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int):
    """'X will have until April 3 to wind down its operations', 'X was ordered to wind down':
    a forced wind-down (a deadline or order cue before the verb) tightens the measure on X."""
    keys = view.keys
    cues = _norm_set(fr.get("cues"))
    lo = max(s0, a - fr.get("cue_window", 8))
    cue = next((x for x in range(a - 1, lo - 1, -1) if keys[x] in cues), None)
    if cue is None:
        return None
    target = None
    for x in range(a - 1, s0 - 1, -1):
        ref = view.actor_at[x]
        if ref is None or ref.demonym or (x == ref.start and x > s0 and keys[x - 1] == "by"):
            continue
        if view.lex.authorities.match_at(keys, ref.start) is not None:
            continue  # the authority that sets the deadline is the imposer
        nxt = _tok_text(view, ref.end) if ref.end < s1 else ""
        if nxt.isalpha() and nxt.islower() and keys[ref.end] not in view.w_union("aux_words", "prepositions", "target_stop"):
            break  # "U.S. persons have until ...": the actor modifies a generic subject; the context's target
        target = ref
        break
    name = target.name if target is not None else (_capitalised_before(view, a, s0) or _capitalised_before(view, cue, s0))
    d = _frame_base(view, fr, a, b, s0)
    d.instrument = None  # no sanction word is used
    if target is not None:
        d.start = target.start
    d.targets = [name] if name else []
    d.target_context = not name
    _licence_imposer(view, d, a, s0, s1)
    _modal(view, d, a, s0)
    if d.action == "call_for":
        # "transactions must be wound down by May 31": the deadline is the order itself, not a call
        d.action, d.rule, d.modality = fr["action"], fr["id"], "asserted"
    d.extra["modal_done"] = True
    return d



def _relative_agent(view: View, a: int, s0: int) -> tuple[list[str], str | None] | None:
    """'X, which Y placed under sanctions': (targets [X], imposer Y) when the verb at ``a`` has a
    relative clause's own subject right before it."""
    keys = view.keys
    j = a - 1
    while j >= s0 and keys[j] in view.w("aux_words"):
        j -= 1
    ref = view.actor_at[j] if j >= s0 else None
    if ref is None:
        return None
    k = ref.start - 1
    if k >= s0 and keys[k] == "the":
        k -= 1
    if k < s0 or keys[k] not in ("which", "that", "whom"):
        return None
    x = k - 1
    if x >= s0 and keys[x] == ",":
        x -= 1
    ante = view.actor_at[x] if x >= s0 else None
    if ante is not None:
        return [ante.name], view.imposer_name(ref)
    # an antecedent the actor lists do not know: its capitalised name ("Gazprom Neft")
    y = x
    while y >= s0 and _tok_text(view, y)[:1].isupper():
        y -= 1
    return ([_span_text(view, y + 1, x + 1)] if y < x else []), view.imposer_name(ref)



def _frame_base(view: View, fr: dict, a: int, b: int, s0: int) -> Draft:
    d = Draft(action=fr["action"], instrument=_span_text(view, a, b) if fr.get("kind") != "needs" else fr.get("instrument"),
              start=a, end=b, rule=fr["id"], sent_start=s0)
    if fr.get("kind") == "needs":
        d.instrument = _span_text(view, a, b)
    d.trigger = (a, b)
    if fr.get("no_carry"):
        d.extra["no_carry"] = True  # a licence's beneficiary is not the measure's target
    return d



def _include_frames(view: View, s0: int, s1: int) -> list[Draft]:
    """'The sanctioned companies include A, B and C' / 'Targeted individuals include ...'; a participle
    after its group ('The people sanctioned include A and his son B') or a relative clause naming who acted
    ('The vessels Treasury blocked include A and B', its subject the imposer): each name listed."""
    keys = view.keys
    out = []
    adjs = view.w("include_adjectives")
    if view.topical:
        relative = view.w_union("include_adjectives", "relative_participles")
        for i in range(s0 + 2, min(s1, s0 + 7)):
            if keys[i] in relative:
                drafts = _described_group_names(view, s0, i, s1, keys[i] in adjs)
                if drafts:
                    return drafts
    for i in range(s0, min(s1, s0 + 4)):
        if keys[i] not in adjs:
            continue
        j = i + 1
        those = i - 1 >= s0 and keys[i - 1] == "those" and j < s1 and keys[j] in view.w("copulas")
        if those:
            # "Among those sanctioned is Russian pop singer X": no head noun; only named people or bodies count
            stop = _phrase_end(view, j + 1, s1, allow_commas=True)
            names = [n for n in (_conjunct_actor(view, a, b) for a, b in _conjuncts(view, j + 1, stop, force=True)) if n]
            if names:
                out.extend(_listed_drafts(view, i, i, stop, s0, names))
                break
            continue
        while j < s1 and j <= i + 3 and keys[j] not in view.w("include_verbs"):
            j += 1
        if j + 1 >= s1 or keys[j] not in view.w("include_verbs") or j == i + 1:
            continue  # (no word after the verb: a cut-off "The sanctioned individuals include" lists nobody)
        if any(keys[x] in view.w("time_words") for x in range(i + 1, j)):
            continue  # "those listed today are subject to ...": no head noun, not a list of names
        if any(x in view.instrument_at for x in range(i + 1, j)):
            continue  # "These targeted measures are flexible": the measure itself, no listed party
        head = _span_text(view, i + 1, j)
        stop = _phrase_end(view, j + 1, s1, allow_commas=True)
        conj = _conjuncts(view, j + 1, stop, force=True)
        targets = []
        for a, b in conj:
            name = _conjunct_actor(view, a, b)
            if name is None:
                x = a + 1 if keys[a] == "the" else a
                tok = _tok_text(view, x) if x < b else None
                if tok is not None and tok[:1].isupper() and not any(keys[y] in view.w("prepositions") for y in range(x, b)):
                    name = _span_text(view, x, b)
            targets.append(name if name else head)
        out.extend(_listed_drafts(view, i, i, stop, s0, targets))
        break
    return out


def _listed_drafts(view: View, i: int, start: int, stop: int, s0: int, names: list[str],
                   imposers: list[str] | None = None) -> list[Draft]:
    """One imposition per listed name (each once), by the listing word at ``i`` ('sanctioned',
    'listed'), read from ``start`` to ``stop``; ``imposers`` when the sentence names them."""
    return [Draft(action="impose", instrument=_tok_text(view, i), start=start, end=stop, rule="sanctions.impose.listed",
                  sent_start=s0, trigger=(i, i + 1), targets=[t], imposers=list(imposers or []),
                  imposer_explicit=bool(imposers))
            for t in dict.fromkeys(names)]



def _described_group_names(view: View, s0: int, i: int, s1: int, bare: bool) -> list[Draft]:
    """'The people sanctioned (on Friday / by Britain) include A and his son B', 'The vessels Treasury blocked
    included A and the B', 'The firms the EU sanctioned are A and B': the participle at ``i`` describes the
    sentence's opening group (the/these, up to three modifiers, a group head: frames.json group_heads),
    alone (``bare``: an include adjective) or after the subject of a relative clause, which imposes; the
    names after the copula or include verb are each imposed on (none when no name follows)."""
    keys = view.keys
    imposers: list[str] = []
    x = i
    ref = view.actor_at[i - 1]
    if ref is not None and ref.end == i and ref.start > s0 and not ref.possessive and not ref.demonym:
        name = view.imposer_name(ref)
        if not name:
            return []
        imposers, x = [name], ref.start - (keys[ref.start - 1] == "the")
    elif not bare:
        return []  # "the vessels blocked ..." needs an include adjective; only a relative clause names its actor
    if not _group_subject(view, s0, x):
        return []
    found = _copula_names(view, i + 1, s1)
    if found is None:
        return []
    names, j, stop = found
    if not imposers:
        imposers = [n for n in _agent_after(view, i + 1, j) if n != UNNAMED]
    return _listed_drafts(view, i, s0, stop, s0, names, imposers)


def _group_subject(view: View, s0: int, x: int) -> bool:
    """The words from the sentence's start ``s0`` to ``x`` describe a group without naming it: 'Those',
    'The people', 'These 12 vessels' (the/these, up to three modifiers, a frames.json group head)."""
    keys = view.keys
    if x - s0 == 1 and keys[s0] == "those":
        return True
    if x - 1 <= s0 or keys[x - 1] not in view.w("group_heads") or keys[s0] not in _GROUP_OPENERS or x - 1 - s0 > 4:
        return False
    return all(keys[y].isalnum() and view.actor_at[y] is None for y in range(s0 + 1, x - 1))


def _copula_names(view: View, a: int, s1: int) -> tuple[list[str], int, int] | None:
    """The names a copula or include verb lists within six words after ``a`` ('(sanctioned on Friday) include
    A and his son B', '(subject to the sanctions) are A and B'): (names, the verb's token, the list's end);
    None when a clause mark or a measure comes first, or no name follows."""
    keys = view.keys
    j = a
    while j < s1 and j <= a + 5 and keys[j] not in view.w("copulas"):
        if not keys[j][:1].isalnum() or j in view.instrument_at:
            return None  # "The people sanctioned, officials said, ...", "the firms sanctioned under the measures"
        j += 1
    if j + 1 >= s1 or keys[j] not in view.w("copulas"):
        return None  # (a cut-off "The people sanctioned include" lists nobody)
    stop = _phrase_end(view, j + 1, s1, allow_commas=True)
    names = _listed_names(view, j + 1, stop)
    return (names, j, stop) if names else None


def _group_frames(view: View, s0: int, s1: int, taken: set[int]) -> list[Draft]:
    """'the 16 sanctioned individuals', '18 of the sanctioned companies', 'the list of the 50 sanctioned
    entities': an unnamed group named as sanctioned is an imposition on it, one record per coordinated
    head ('the blacklisted individuals and entities'); the imposer comes from context. 'newly' or
    'recently' may precede the adjective, and then one singular head is the group too ('the newly
    sanctioned shipping network'; frames.json group_new_adverbs, group_single_heads). Only a definite
    group, the one the text sanctions: 'trade with sanctioned entities' speaks of any, 'images showed two
    sanctioned tankers' of some."""
    keys = view.keys
    adjs = view.w("group_adjectives")
    if adjs.isdisjoint(keys[s0:s1]):
        return []
    heads, stops = view.w("group_heads"), view.w_union("prepositions", "determiners")
    out: list[Draft] = []
    starts = view.entry_starts  # (the adjectives are among them: ``include_adjectives``)
    for i in starts[bisect_left(starts, s0 + 1) : bisect_left(starts, s1 - 1)]:
        if keys[i] not in adjs or i in taken:
            continue
        new = keys[i - 1] in view.w("group_new_adverbs") and i - 2 >= s0  # "the newly sanctioned network"
        before = keys[i - 2] if new else keys[i - 1]
        counted = _NUMBER.match(before) is not None or before in view.lex.number_words
        if not (before in _DEFINITE_DETERMINERS or (counted and i - 2 - new >= s0 and keys[i - 2 - new] in _DEFINITE_DETERMINERS)):
            continue  # the group this text sanctions, not any ('two sanctioned Russian tankers near the port')
        group_heads = view.w_union("group_heads", "group_single_heads") if new else heads
        h = next((x for x in range(i + 1, min(s1, i + 5)) if keys[x] in group_heads), None)
        if h is None or any(keys[x] in stops or not keys[x].isalpha() for x in range(i + 1, h)):
            continue
        groups = [(i + 1, h + 1)]
        x = h + 1
        while x + 1 < s1 and keys[x] in _LIST_JOINERS and keys[x + 1] in heads:
            groups.append((x + 1, x + 2))  # "the blacklisted individuals and entities"
            x += 2
        for a, b in groups:
            d = Draft(action="impose", instrument=_tok_text(view, i), start=i - 1 - new if counted or new else i,
                      end=x, rule="sanctions.impose.listed_group", sent_start=s0, trigger=(i, i + 1), targets=[_span_text(view, a, b)])
            out.append(d)
    return out



def _measure_list_frames(view: View, s0: int, s1: int, instruments: list[Instrument]) -> list[Draft]:
    """'Restrictive measures include asset freezes and a travel ban', 'Sanctions: assets freeze, exclusion
    from public tenders, entry ban': the measures a sentence-initial measure noun lists are each imposed
    (one record per measure; the target from context). After 'include' a listed item must name a
    measure itself (an instrument: 'the list includes 37 organizations' lists targets); after a heading's
    colon every item is one."""
    keys = view.keys
    for ins in instruments:
        if ins.start - s0 > 3 or not all(
            keys[x].isalnum() and view.actor_at[x] is None and x not in view.trigger_tokens for x in range(s0, ins.start)
        ):
            continue  # (the subject opens its sentence: 'The measures', 'Individual restrictive measures'; not 'Lifting Syria Sanctions:')
        if keys[ins.end - 1] in view.w("list_words"):
            continue  # (a list includes its targets)
        j = ins.end + 1 if ins.end < s1 and keys[ins.end] == "also" else ins.end
        if j >= s1 - 1:
            continue
        colon = keys[j] == ":"
        if not colon and keys[j] not in view.w("include_verbs"):
            continue
        # (the list runs to the clause's end: a measure word would end a target phrase)
        stop = next((x for x in range(j + 1, s1) if keys[x] in _MEASURE_LIST_STOPS), s1)
        out = []
        for a, b in _conjuncts(view, j + 1, stop, force=True):
            while a < b and keys[a] in _ITEM_OPENERS:
                a += 1
            if a >= b:
                continue
            hit = next(((x, view.instrument_at[x][0]) for x in range(a, b) if x in view.instrument_at), None)
            if hit is None and not colon:
                continue
            x, y = hit if hit is not None else (a, b)
            if colon and hit is not None:
                x, y = a, max(y, b) if b - a <= 5 else y  # "exclusion from public tenders": the whole item
            d = Draft(action="impose", instrument=_span_text(view, x, min(y, b)), start=a, end=b,
                      rule="sanctions.impose.measure_list", sent_start=s0, trigger=(ins.start, j + 1), target_context=True)
            owner = next((view.actor_at[z] for z in range(x - 1, a - 1, -1) if view.actor_at[z] is not None), None)
            name = view.imposer_name(owner) if owner is not None else None
            if name:
                d.imposers, d.imposer_explicit = [name], True  # "US State Department visa restrictions"
            intro = view.lex.target_intros.match_at(keys, y) if y < b else None
            if intro is not None:
                named = [t for t in _resolve_phrase(view, intro[0], min(b, _phrase_end(view, intro[0], b))) if t != ANAPHOR_GPE]
                if named:
                    d.targets, d.target_context = named, False  # "visa restrictions on individuals accused of ..."
            out.append(d)
        if out and (not colon or len(out) >= 2):  # ("Sanctions: From Announcement to Implementation" is a subtitle)
            out[0].extra["consumed"] = stop  # (the listed measures are not bound again)
            return out
    return []





def _standing_list_frames(view: View, s0: int, s1: int, out: list[Draft]) -> list[Draft]:
    """Who is on a sanctions list now, in an existential or copular clause: 'There are currently more than
    1,700 individuals and 400 businesses on the EU's Russia sanctions list, among them Alfa Bank', 'There
    are now 274 officials included in the blacklists', '1,700 individuals are on the EU sanctions list',
    'the number of Russian individuals and entities on London's sanctions list': a standing listing,
    maintain, on each group and each name after 'among them' / 'including' (a counted group is a total of
    the list, no party: in the first example only Alfa Bank). A
    listing verb's imposition in an existential clause is this standing listing ('there are ... included
    in'). Only a sanctions list (a 'sanctions ... list' or a blacklist)."""
    keys = view.keys
    if not view.topical:
        return []
    list_nouns = view.w("list_nouns")
    if list_nouns.isdisjoint(keys[s0:s1]):
        return []
    adverbs = view.w_union("list_kept_adverbs", "standing_adverbs")
    for i in range(s0 + 2, s1):
        if keys[i] not in list_nouns:
            continue
        p = i - 1
        while p > s0 and i - p <= 8 and keys[p] not in ("on", "in") and (
            keys[p] in _LIST_OWNER_DETERMINERS or keys[p] in view.w("list_name_modifiers") or view.actor_at[p] is not None or _tok_text(view, p)[:1].isupper()
        ):
            p -= 1
        if keys[p] not in ("on", "in") or not (keys[i].startswith("blacklist") or "sanctions" in keys[p:i]):
            continue
        q = p - 1 if keys[p - 1] in view.w("listing_participles") else p
        # the clause (from a full stop the sentence splitter missed): existential 'there are', a subject
        # with a copula, or 'the number of'
        c0 = next((x + 1 for x in range(q - 1, s0 - 1, -1) if keys[x] in _SENTENCE_ENDS), s0)
        if any(keys[x] in _NEGATION_OR_CONDITION for x in range(c0, q)):
            continue  # "There are no specific names on the sanctions list yet"
        a = c0
        while a < q:
            hedged = _after_count_hedge(view, a, q)  # ("There are currently more than 1,700 individuals")
            if hedged == a and not (keys[a] in ("there", "are", "is", "were", ",") or keys[a] in adverbs):
                break
            a = max(hedged, a + 1)
        existential = keys[c0] == "there" or (c0 + 2 < s1 and keys[c0 + 1] == "," and keys[c0 + 2] == "there")
        if not existential:
            k = q - 1
            while k > c0 and keys[k] in adverbs:
                k -= 1
            numbered = next((x for x in range(q - 1, c0, -1) if keys[x] == "of" and keys[x - 1] == "number"), None)
            if numbered is not None:
                a = numbered + 1  # "the number of Russian individuals and entities on London's sanctions list"
            elif keys[k] in _PRESENT_COPULAS and q == p:
                while a < k and (keys[a] in adverbs or keys[a] == ","):
                    a += 1
                q = k  # "1,700 individuals are (currently) on the EU sanctions list"
            else:
                continue
        if a >= q or any(keys[x] in _CLAUSE_BREAKS for x in range(a, q)) or keys[a] in _PRONOUN_SUBJECTS:
            continue  # ("His name is on the list": the person is the context's)
        groups = []
        for x, y in _conjuncts(view, a, q, force=True):
            while x < y:
                hedged = _after_count_hedge(view, x, y)  # ("and some 400 businesses")
                if hedged == x and keys[x] not in _GROUP_DETERMINERS:
                    break
                x = max(hedged, x + 1)
            if x < y and (_NUMBER.match(keys[x]) or keys[x] in view.lex.number_words):
                continue  # a count of all on the list is a total ('1,700 individuals and 400 businesses'), no party
            if x < y:
                groups.append(_resolve_phrase(view, x, y) or [_span_text(view, x, y)])
        targets = list(dict.fromkeys(t for g in groups for t in g if t != ANAPHOR_GPE))
        if existential and q < p:
            # "there are currently N officials ... included in the blacklists": the listing verb's imposition is this
            made = [d for d in out if d.action == "impose" and d.trigger and q <= d.trigger[0] <= i]
            for d in made:
                d.action, d.rule = "maintain", d.rule.replace("sanctions.impose.", "sanctions.maintain.", 1)
            if made:
                return []
        e = i + 1
        while e < s1 and keys[e] in _POSSESSIVE_MARKS:
            e += 1
        if e + 1 < s1 and keys[e] == ",":
            intro = e + 2 if keys[e + 1] == "including" else e + 3 if keys[e + 1] == "among" and keys[e + 2] == "them" else None
            if intro is not None:
                named, e = _named_parties(view, intro, s1, _NAMED_PARTIES_STOPS)
                targets = list(dict.fromkeys([*targets, *named]))
        if not targets:
            continue
        owner = next((view.actor_at[x] for x in range(p + 1, i) if view.actor_at[x] is not None), None)
        owner_name = view.imposer_name(owner) if owner is not None else None
        out_drafts = []
        for t in targets:
            d = Draft(action="maintain", instrument=_span_text(view, p + 1, i + 1), start=a, end=max(e, i + 1),
                      rule="sanctions.maintain.standing_list", sent_start=s0, trigger=(p, i + 1), targets=[t])
            if owner_name:
                d.imposers, d.imposer_explicit = [owner_name], True
            out_drafts.append(d)
        return out_drafts
    return []


def _after_count_hedge(view: View, x: int, y: int) -> int:
    """The token after the hedge before a count ('more than', 'at least', 'nearly': the counts
    component's hedges.json, ``Lexicon.count_hedges``) that opens at ``x`` and ends by ``y``; ``x``
    when none does."""
    hit = view.lex.count_hedges.match_at(view.keys, x)
    return hit[0] if hit is not None and hit[0] <= y else x


def _listed_groups(view: View, a: int, b: int) -> list[str]:
    """The groups a list is said to include ('159 MPs, 76 judges, seven public prosecutors and 28 officers
    of police and other services', 'business representatives and people linked to the migration flows'):
    each item counted or headed by a party noun (frames.json party_nouns, people_of_nouns) is one group,
    without its count; an item that is neither continues the one before ('... and other services'). []
    when the first item is neither (a list of names), for one group, or for two counted ones (a total)."""
    keys = view.keys
    groups: list[list[int]] = []
    n_counted = 0
    for x, y in _conjuncts(view, a, b, force=True):
        while x < y and keys[x] in _ADDITION_OPENERS:
            x += 1  # ("as well as the 57 businesses", "and also 57 businesses")
        if x >= y:
            continue
        counted = _NUMBER.match(keys[x]) is not None or keys[x] in view.lex.number_words
        h = x + 1 if counted else x
        e = h
        while e < y and keys[e].isalpha() and keys[e] not in view.w("prepositions") and keys[e] not in ("who", "that", "which") and not (
            e > h and keys[e].endswith("ed")
        ):
            e += 1  # the item's head is the last word before a preposition, a participle or a relative
        headed = e > h and view.actor_at[e - 1] is None and keys[e - 1] in view.w_union("party_nouns", "people_of_nouns")
        if counted and e > h and keys[e - 1] not in view.w("determiners") or headed:
            groups.append([h, y])
            n_counted += counted
        elif groups:
            groups[-1][1] = y  # ("28 officers of police | and other services")
        else:
            return []
    if len(groups) < 2 or n_counted == len(groups) == 2:
        return []  # (two counts are a total, 'the list includes 37 organizations and 233 individuals'; three or more a breakdown)
    return list(dict.fromkeys(_span_text(view, x, y) for x, y in groups))


def _list_member_frames(view: View, s0: int, s1: int) -> list[Draft]:
    """'the list included the energy giant Gazprom, fertiliser maker Acron Group and its CEO Vyacheslav
    Kantor', 'the list of the 50 sanctioned entities includes X and Y': in a text about sanctions, the
    names a sanctions list is said to include are each listed (impose; 'currently/still includes': kept,
    maintain). Only names: 'the list includes 37 organizations' counts, it does not name."""
    keys = view.keys
    list_nouns = view.w("list_nouns")
    if not view.mentions_sanctions or list_nouns.isdisjoint(keys[s0:s1]):
        return []
    for i in range(s0 + 1, s1 - 2):
        if keys[i] not in list_nouns or (keys[i - 1] not in _LIST_DETERMINERS and keys[i - 1] != "sanctions" and not (
            view.actor_at[i - 1] is not None and view.actor_at[i - 1].demonym  # ("the Norwegian list")
        )):
            continue
        j = next((x for x in range(i + 1, min(s1, i + 10)) if keys[x] in view.w("list_member_verbs")), None)
        if j is None:
            continue
        between = keys[i + 1 : j]
        if between and between[0] == "of" and view.w("group_adjectives").isdisjoint(between) and view.w("list_kind_words").isdisjoint(between):
            continue  # "the list of guests included ...": not a sanctions list ('a list of unfriendly countries' is one)
        if any(k in _LIST_BREAKS for k in between) or any(view.actor_at[x] is not None for x in range(i + 1, j)):
            continue
        stop = next((x for x in range(j + 1, s1) if keys[x] in _LIST_MEMBER_STOPS), s1)
        # "159 MPs, 76 judges and seven prosecutors", "business representatives and people linked to ...":
        # the groups, each a target; else the names ("fertiliser maker Acron Group")
        names = _listed_groups(view, j + 1, stop) or _listed_names(view, j + 1, stop)
        if stop < s1 and keys[stop] == "including":
            # "the list includes 37 organizations and 233 individuals, including the President, A": the named
            # members (beside the groups they belong to)
            named, stop = _named_parties(view, stop + 1, s1, _NAMED_PARTIES_STOPS)
            names = list(dict.fromkeys([*names, *named]))
        if not names:
            continue
        kept = any(keys[x] in view.w("list_kept_adverbs") for x in range(max(s0, i - 4), j))
        action = "maintain" if kept else "impose"
        owner = view.actor_at[i - 2] if keys[i - 1] == "'s" and i - 2 >= s0 else None
        if owner is None and keys[i - 1] == "a":
            # "Russia's release on Monday of a list of ... that included Japan": the possessor publishes it
            owner = next((r for x in range(s0, i) if (r := view.actor_at[x]) is not None and r.possessive and x == r.start), None)
        owner_name = view.imposer_name(owner) if owner is not None and not owner.demonym else None
        if owner is None:
            # "The Polish sanctions list includes ...": the state its demonym names keeps the list
            lead = i - 2 if keys[i - 1] == "sanctions" else i - 1
            ref = view.actor_at[lead] if lead >= s0 else None
            if ref is not None and ref.demonym and ref.end == lead + 1:
                owner_name = view.imposer_name(ref)
        drafts = [
            Draft(action=action, instrument=_tok_text(view, i), start=i, end=stop, rule=f"sanctions.{action}.list_members",
                  sent_start=s0, trigger=(i, j + 1), targets=[n])
            for n in names
        ]
        probe = Draft(action=action, instrument=None, start=i, end=i, rule="")
        if owner_name:
            probe.imposers, probe.imposer_explicit = [owner_name], True  # "Russia's list of unfriendly countries includes X"
        else:
            _subject_imposer(view, probe, i, s0)  # "Russia published a list of ... that includes X": one subject for all
        for d in drafts:
            d.imposers, d.imposer_explicit = list(probe.imposers), probe.imposer_explicit
        return drafts
    return []

