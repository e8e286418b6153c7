"""Phrase reading without a parser: where a noun phrase ends, its conjuncts, which actors it names, and the gaps a binding may cross.

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

from bisect import bisect_left

from briefextract.rules.sanctions.lexicon import lex_hit_exact
from briefextract.rules.sanctions.view import (
    _CLAUSE_PUNCT,
    _DEMONYM_END,
    _NUMBER,
    _QUOTES,
    ANAPHOR_GPE,
    ActorRef,
    View,
    _span_text,
    _tok_text,
)

#: the labels of the people and bodies a measure may name as its parties
PARTY_LABELS = ("PERSON", "ORG")


def _named_party_at(view: View, x: int) -> ActorRef | None:
    """The person or body whose name starts at token ``x`` ('Mr Petrov', 'the Wagner Group' from
    'Wagner'); None for a state, a demonym ('Russian') or a possessor ("Iran's")."""
    ref = view.actor_at[x]
    if ref is None or ref.start != x or ref.label not in PARTY_LABELS or ref.demonym or ref.possessive:
        return None
    return ref


# -- binding -----------------------------------------------------------------
def _gap_ok(view: View, a: int, b: int, limit: int) -> bool:
    """Tokens a..b (exclusive) may sit between a trigger and its instrument."""
    keys = view.keys
    # "extended by one year sanctions on X": a leading duration adjunct is not part of the gap
    units = view.w("duration_units")
    if b - a >= 3 and keys[a] in _DURATION_INTROS and keys[a + 2] in units and (
        _NUMBER.match(keys[a + 1]) or keys[a + 1] in view.lex.number_words or keys[a + 1] in _SINGLE_DETERMINERS
    ):
        a += 3
    # "extended for a year, until October 31, 2025, the sanctions": a dated adjunct set off by commas
    if b - a >= 3 and keys[a] == ",":
        x = a + 1 + (keys[a + 1] in _DATE_PREPOSITIONS)
        x = view.date_end_at.get(x, x)
        if a + 1 < x < b and keys[x] == ",":
            a = x + 1
    # "all previously lifted" describes the measure and does not count against the gap
    past_adverbs = view.w("past_adverbs")
    described = 3 if any(k in past_adverbs for k in keys[a:b]) and any(adjectival_participle(view, i) for i in range(a, b)) else 0
    # a rate does not lengthen the gap: "announced a 25% tariff on ..."
    rate_units = view.w("rate_units")
    described += sum(1 for k in keys[a:b] if k in rate_units or (_NUMBER.match(k) and k != "1"))
    # nor does an article with a novelty word: "announced a new round of sanctions"
    if any(k in view.w("novelty") for k in keys[a:b]):
        described += sum(1 for k in keys[a:b] if k in ("a", "an") or k in view.w("novelty"))
    if b - a - described > limit or keys[a:b].count("of") > 1:
        return False  # "renewed the mandate of the panel of experts monitoring sanctions"
    preps = view.w_without("prepositions", "of")
    evasion = view.w("evasion_cues")
    for i in range(a, b):
        k = keys[i]
        if k in preps or k in _CLAUSE_PUNCT or k == ".":
            return False
        if k in evasion:
            return False  # "aimed at circumventing the sanctions regime": the measure is evaded, not acted on
        if k == ",":
            # only inside a run of adjectives: imposing "illegal, illegitimate ... sanctions"
            if not any(keys[j] in _QUOTES for j in range(a, i)):
                return False
        if view.lex.triggers.match_at(keys, i) is not None and not adjectival_participle(view, i):
            return False
    return True


#: the conjunctions and separators of a coordination ('A, B and C'), used as syntax by the
#: list readers here, in arguments.py and in triggers.py: one set each, not retyped
_AND_OR = frozenset({"and", "or"})
_COMMA_AND = frozenset({",", "and"})
_COMMA_AND_OR = frozenset({",", "and", "or"})
#: the words of the coordinator 'as well as' ('sanctioned Rosneft as well as Lukoil', 'Canada as well as Japan'):
#: read only through ``_as_well_as_at``
_AS_WELL_AS = ("as", "well", "as")
#: what may stand between the members of a list of nouns ("drones, chips and the engines")
_LIST_GAP = frozenset({",", "and", "or", "a", "an", "the"})
#: the particles after a location cue ("based in", "located at", "spun out")
_LOCATION_PARTICLES = frozenset({"in", "at", "out"})
#: words before the head of a described group ("the", "all", "both": "all the officials")
_PREDETERMINERS = frozenset({"the", "all", "both"})
#: the possessive marks after a name ("Iran's", "the Netherlands'")
_POSSESSIVE_MARKS = frozenset({"'s", "'"})
#: prepositions opening a dated adjunct ("until October 31", "from 1 August")
_DATE_PREPOSITIONS = frozenset({"until", "till", "through", "to", "on", "in", "from", "by"})
#: determiners of one unit ("for one year", "by a month", "for another year")
_SINGLE_DETERMINERS = frozenset({"one", "a", "another"})
#: the prepositions that put a measure on its target ("sanctions on / against X")
_ON_AGAINST = frozenset({"on", "against"})
# The articles: after a plural head one opens a relative clause ('people and entities the bloc deems guilty').
_ARTICLES = frozenset({"the", "a", "an"})
# A hyphen or an article before a stop word makes it a modifier ('Beijing-based firms', 'the following persons').
_MODIFIER_LEADS = frozenset({"-", "the", "a", "an"})
# Words that open an object noun phrase: 'and adds 74 vessels', 'and extends the ban' start a second verb phrase.
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "all"})
# Punctuation that ends a target phrase (sentence and clause ends, dashes, a closing parenthesis).
_PHRASE_END_MARKS = frozenset({".", ";", ":", "?", "!", "—", "–", ")"})
_QUOTES_AND_COMMA = _QUOTES | {","}
# Definite determiners: 'the / these / those reimposed sanctions' refer back to a measure.
_DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})
# Prepositions that open a duration adjunct ('extended by / for one year sanctions on X').
_DURATION_INTROS = frozenset({"by", "for"})
# Tokens that close an on/against phrase looking back from a word ('sanctions on Iran, which ...').
_TARGET_PHRASE_BREAKS = frozenset({",", "which", "that"})


def adjectival_participle(view: View, i: int) -> bool:
    """'all previously lifted sanctions', 'the already imposed tariffs': a participle after a
    determiner and a past adverb describes the measure; it is not the action reported."""
    keys = view.keys
    if i >= 1 and keys[i - 1] in _DEFINITE_DETERMINERS and keys[i].endswith("ed"):
        return True  # "the reimposed UN sanctions", "with the reinstated sanctions": a reference back
    if keys[i] in view.w("snapback_words"):
        j = i + 1
        while j < len(keys) and keys[j] in _QUOTES:
            j += 1
        if j < len(keys) and keys[j] in view.w("snapback_heads"):
            return True  # "delay the snapback sanctions", "UN 'snapback' sanctions": a noun naming the measure
    if i >= 1 and keys[i - 1] in view.w("limit_prepositions") and keys[i].endswith("ed"):
        return True  # "beyond agreed limits", "under imposed restrictions": an adjective after a preposition
    return i >= 2 and keys[i - 1] in view.w("past_adverbs") and (keys[i - 2] in view.w("determiners") or keys[i - 2] == "all")



def _in_target_phrase(view: View, a: int, i: int) -> bool:
    """True when token ``i`` sits in an on/against phrase that opens between ``a`` and ``i``."""
    for j in range(i - 1, max(a - 1, i - 8), -1):
        if view.lex.target_intros.match_at(view.keys, j) is not None:
            return True
        if j == a and view.keys[j] == "for" and view.keys[a - 1] in view.w("for_target_heads"):
            return True  # "its sanctions regime for Mali, adopted in 2021"
        if view.keys[j] == "," and _actor_list_continues(view, j, len(view.keys)):
            continue  # "sanctions on Iran, North Korea and Syria remain": still the list
        if view.keys[j] in _TARGET_PHRASE_BREAKS:
            return False
    return False



# -- actors: imposers and targets ----------------------------------------------
def _np_left(view: View, i: int, s0: int) -> int:
    """Start of the noun phrase that ends with the instrument starting at ``i``."""
    keys = view.keys
    j = i
    stop_words = view.w("prepositions")
    while j > s0 and i - j < 8:
        k = keys[j - 1]
        if k in stop_words or k in _CLAUSE_PUNCT or k in (".", ",") or k in view.w("clause_stops") or k in view.w("np_verbs"):
            if k == "," and j - 2 >= s0 and keys[j - 2] not in view.w("prepositions") and _adjective_run(view, j, i):
                j -= 1
                continue
            break
        if j - 1 in view.all_trigger_tokens and not adjectival_participle(view, j - 1):
            break  # (a trigger word used as a modifier, "UN 'snapback' sanctions", stays in the phrase)
        if k in view.w("determiners") and k not in view.w("np_quantifiers"):
            j -= 1
            break
        j -= 1
    return j





def _adjective_run(view: View, a: int, b: int) -> bool:
    return any(view.keys[x] in _QUOTES for x in range(max(0, a - 8), b))



def _phrase_end(view: View, a: int, s1: int, allow_commas: bool = False) -> int:
    keys = view.keys
    stops = view.w("target_stop")
    participles = view.w("irregular_participles")
    e = a
    limit = 40 if allow_commas else 14
    paired = _not_only(keys, a, s1)
    if paired:
        e = a + 2  # "not only A and B but also C": the whole coordination
    while e < s1 and e - a < limit:
        k = keys[e]
        if paired and k == "but" and e + 2 < s1 and keys[e + 1] == "also":
            e += 2
            continue
        if k == "(":
            break
        if k in _QUOTES and e > a and e + 2 < s1 and _tok_text(view, e - 1)[:1].isupper() and _tok_text(view, e + 1)[:1].isupper() and keys[e + 2] in _QUOTES:
            e += 3  # 'JSC "Belaruskali"': a quoted name after a legal form is part of the name
            continue
        if _so_called_at(keys, e, s1):
            e += 3  # "the so-called 'ghost fleet'"
            continue
        if k in _QUOTES and e > a and (q := _quoted_term_end(view, e, a, s1)):
            e = q  # "a “shadow fleet” of tankers", "the so-called 'ghost fleet'": a quoted term inside the phrase
            continue
        if k in _PHRASE_END_MARKS or k in _QUOTES and e > a:
            break
        if k == "," and not allow_commas and not _actor_list_continues(view, e, s1) and not _party_list_continues(view, e, s1) and not _counted_list_continues(view, a, e, s1):
            break
        if k in view.w("location_cues") and e > a and e + 1 < s1 and keys[e + 1] in _LOCATION_PARTICLES:
            break  # "firms active in Turkey": where the party is
        if k in _ARTICLES and e > a and keys[e - 1] in view.w("party_nouns"):
            break  # "people and entities the bloc deems guilty": a relative clause after a plural head
        if view.is_space[e] and "\n" in _tok_text(view, e):
            break
        if k == "and" and e + 2 < s1 and view.text[view.starts[e + 1]].islower() and (
            _NUMBER.match(keys[e + 2]) or keys[e + 2] in _OBJECT_OPENERS
            or keys[e + 2] in view.lex.number_words
        ) and keys[e + 1] not in view.w("modifier_stop") and keys[e + 1] not in view.w("party_nouns"):
            break  # "bans imports of aluminium and adds 74 vessels": a second verb phrase ("and entities the bloc ..." is none)
        if k in stops and view.actor_at[e] is None and e > a and keys[e - 1] not in _MODIFIER_LEADS and not _state_of_place(view, e):
            break  # ("Beijing-based firms", "the following persons": a stop word after a hyphen or an article is a modifier)
        if e in view.trigger_tokens and e > a and keys[e - 1] != "-":
            break  # ("EU-sanctioned goods": a trigger word inside a hyphenated modifier is part of the phrase)
        if e in view.date_starts and e > a:
            break  # "on Venezuela next month"
        if e > a and e in view.instrument_at:
            break  # "a ban on X and an asset freeze on Y": the next measure
        if e > a and (k[-2:] in ("ly", "ed") or k[-3:] == "ing" or k in participles) and _post_modifier(view, e, a):
            break  # "on Russia formally adopted", "goods used in ...": not part of the target
        if k == "-" and e > a and view.text[view.starts[e] - 1 : view.starts[e]] == " " and view.text[view.end_char(e) : view.end_char(e) + 1] == " ":
            break  # "on Belarus - a first": a spaced hyphen is a dash
        e += 1
    # drop a trailing conjunction, comma or article
    while e > a and keys[e - 1] in _LIST_GAP:
        e -= 1
    return e



def _quoted_term_end(view: View, q: int, a: int, s1: int) -> int:
    """After the opening quote at ``q``, the end of a quoted term of one to four words that a
    determiner or 'so-called' introduces ('a “shadow fleet”'), the closing quote included; else 0
    (a quotation, not a term)."""
    keys = view.keys
    if keys[q - 1] not in view.w("determiners") and keys[q - 1] != "called" and keys[q - 1] not in view.lex.number_words and keys[q - 1] != "one":
        return 0
    for x in range(q + 1, min(s1, q + 6)):
        if keys[x] in _QUOTES:
            return x + 1 if x > q + 1 else 0
        if keys[x] in (",", ".") and x > q + 1 and x + 1 < s1 and keys[x + 1] in _QUOTES:
            return x  # 'on one "entity," meaning a company': the term ends at the comma inside the closing quote
        if not view.words[x].replace("-", "").isalpha():
            return 0
    return 0


def _state_of_place(view: View, e: int) -> bool:
    """'the regime in Belarus', 'politicians in Transnistria': 'in' between a state noun or a noun
    of a state's people (people_of_nouns) and a named state belongs to the phrase: they are the
    state's ('firms in Dubai' are only located there)."""
    keys = view.keys
    if keys[e] != "in" or e == 0 or e + 1 >= len(keys) or (
        keys[e - 1] not in view.w("state_nouns") and keys[e - 1] not in view.w("people_of_nouns")
    ):
        return False
    ref = view.actor_at[e + 1]
    if ref is None or ref.label != "GPE" or ref.demonym:
        return False
    # ("companies in China and the UAE": where parties of several places are is no one target)
    return keys[e - 1] in view.w("state_nouns") or ref.end >= len(keys) or keys[ref.end] not in _COMMA_AND_OR


def _post_modifier(view: View, e: int, a: int) -> bool:
    """True when the lower-case word at ``e`` opens what follows a target's head (there is no
    tagger): an -ly adverb ('on Russia formally adopted'), a participle after a head noun
    ('goods used in', 'fuels made from', 'entities owned by'), or an -ing verb right after a
    named actor ('on Iran alleging ...'). A word after a determiner, number, possessive,
    hyphen, conjunction or adverb is a modifier of the head instead ('the newly listed firms')."""
    words, keys = view.words, view.keys
    tok = words[e]
    if len(tok) < 3 or not tok.isalpha() or not tok.islower():
        return False
    k, p = keys[e], keys[e - 1]
    if p in view.w("determiners") or p in view.w("modifier_stop") or p in ("'s", "'", "-", "and", "or", ",", "&") or p.endswith("ly"):
        return False
    if not words[e - 1].isalpha():
        return False  # a number, a quote, a bracket
    prev_ref = view.actor_at[e - 1]
    if prev_ref is not None and prev_ref.demonym:
        return False  # "Russian liquefied natural gas": the demonym modifies what follows
    if k in view.w("irregular_participles"):
        return True
    if len(k) < 4:
        return False  # ("fed", "bed", "fly")
    if k.endswith("ly"):
        return k not in view.w("ly_nouns")
    if k.endswith("ed") and not k.endswith("eed"):
        return True
    if k.endswith("ing"):
        ref = view.actor_at[e - 1]
        first = a + 1 if keys[a] == "the" else a
        return ref is not None and ref.start == first and ref.end == e and not ref.demonym
    return False




def _flow_target(view: View, n: int, s1: int) -> tuple[list[str], int, tuple[int, int] | None] | None:
    """The target of a trade-flow noun at ``n`` ('imports', 'the purchase, import or transfer'):
    the named party after from/to/into/with ('imports of potash from Belarus' -> Belarus, 'trade
    with Iran'), else the goods after 'of' ('transit of potash fertilizers'); (targets, end, the
    goods' token range or None) or None when neither follows."""
    keys = view.keys
    party_intros = view.w("flow_party_intros")
    j = _flow_nouns_end(view, n, s1)
    goods: tuple[int, int] | None = None
    goods_list: list[str] | None = None
    party: str | None = None
    parties: list[str] = []
    goods_after_party = False  # "the transfer from Belarus of petroleum goods": the goods are what is banned
    for _ in range(3):
        if j >= s1:
            break
        k = keys[j]
        if k in party_intros and party is not None and goods is None and j + 1 < s1:
            ref = view.actor_at[j + 1]
            if ref is not None and ref.start == j + 1 and ref.end < s1 and keys[ref.end] == "of":
                j = ref.end  # "exports to Belarus from Britain of banknotes": the second party is the sender
                continue
        if k == "of" and goods is None:
            goods_after_party = party is not None
            goods, goods_list, j = _flow_goods(view, j, s1)
            if goods is None:
                break
            continue
        if k in party_intros and party is None and j + 1 < s1:
            found = _flow_parties(view, j, s1)
            if found is None:
                break
            parties, j = found
            party = parties[0]
            continue
        break
    # the goods are the target when they are listed ('imports of gold, cement and wood from Belarus') or
    # follow the party ('the transfer from Belarus of potash'); a flow of one good names its party
    # ('imports of potash from Belarus' -> Belarus)
    if goods_list is not None:
        return goods_list, max(j, goods[1]), goods
    if party is not None and goods is not None and goods_after_party and not _unnamed_goods(view, *goods):
        targets = [t for t in _resolve_phrase(view, *goods) if t != ANAPHOR_GPE]
        if targets:
            return targets, j, goods
    if party is not None:
        return list(dict.fromkeys(parties)), j, goods
    if goods is not None:
        targets = [t for t in _resolve_phrase(view, *goods) if t != ANAPHOR_GPE]
        if targets:
            return targets, goods[1], goods
    return None


def _flow_nouns_end(view: View, n: int, s1: int) -> int:
    """The token after the flow noun at ``n`` and the flow nouns coordinated with it ('purchase,
    import or transfer', 'exportation and re-exportation'): one flow's party and goods follow them all."""
    keys = view.keys
    scope = view.w("scope_nouns")
    j = n + 1
    while j < s1 and keys[j] in _COMMA_AND_OR:
        x = j
        while x < s1 and keys[x] in _COMMA_AND_OR:
            x += 1
        if x + 2 < s1 and keys[x] == "re" and keys[x + 1] == "-":
            x += 2  # "exportation and re-exportation" (the tokenizer splits the prefix off)
        if x < s1 and keys[x] in scope:
            j = x + 1  # "purchase, import or transfer", "trade and transit"
        else:
            break
    return j


def _flow_goods(view: View, j: int, s1: int) -> tuple[tuple[int, int] | None, list[str] | None, int]:
    """The goods after the 'of' at ``j`` ('imports of gold, diamonds and steel', 'the import of
    (agricultural) products'): (their token range, their list when two or more are listed, the
    token after them); (None, None, where the scan stopped) when no phrase follows."""
    keys = view.keys
    if j + 1 < s1 and keys[j + 1] == "(":
        close = next((x for x in range(j + 2, min(s1, j + 8)) if keys[x] == ")"), None)
        if close is not None:
            j = close  # "the import of (agricultural) products from Russia": past the aside
    listed = _common_list(view, j + 1, s1, closers=view.w("flow_party_intros"))
    if listed is not None and len(listed[0]) >= 2:
        return (j + 1, listed[1]), listed[0], listed[1]  # "imports of gold, diamonds and steel (from Belarus)": one target each
    stop = _phrase_end(view, j + 1, s1)
    if stop <= j + 1:
        return None, None, j
    return (j + 1, stop), None, stop


def _flow_parties(view: View, j: int, s1: int) -> tuple[list[str], int] | None:
    """The parties a flow names after the intro at ``j`` ('from Russia and Belarus', 'to Russia's
    far-western enclave of Kaliningrad'): (their names, one per conjunct, the token after them), or
    None when no named, non-demonym actor follows (the flow has no party)."""
    keys = view.keys
    x = j + 2 if keys[j + 1] == "the" and j + 2 < s1 else j + 1
    ref = view.actor_at[x]
    if ref is not None and ref.start == x and ref.end < s1 and keys[ref.end] in _POSSESSIVE_MARKS:
        ref = _place_of_possessor(view, ref.end + 1, s1)  # "to Russia's far-western enclave of Kaliningrad"
        x = ref.start if ref is not None else x
    if ref is None or ref.start != x or ref.demonym or (ref.end < s1 and keys[ref.end] in _POSSESSIVE_MARKS):
        return None
    parties, j = [ref.name], ref.end
    while j + 1 < s1 and keys[j] in _COMMA_AND_OR:
        x = j + 1 + (keys[j] == "," and keys[j + 1] in _AND_OR)
        x += 1 if x < s1 and keys[x] == "the" else 0
        ref = view.actor_at[x] if x < s1 else None
        if ref is None or ref.start != x or ref.demonym or ref.possessive:
            break
        parties.append(ref.name)  # "imports from Russia and Belarus": one target each
        j = ref.end
    return parties, j


def _place_of_possessor(view: View, a: int, s1: int) -> ActorRef | None:
    """After a possessive state, the place its description names after 'of' ("Russia's far-western
    enclave of Kaliningrad", "China's province of Xinjiang"): lower-case words, then 'of' and a
    named place; else None."""
    keys, words = view.keys, view.words
    x = a
    while x < s1 and x < a + 5 and (words[x].islower() or keys[x] == "-") and keys[x] != "of":
        x += 1
    if x == a or x + 1 >= s1 or keys[x] != "of":
        return None
    ref = view.actor_at[x + 1]
    return ref if ref is not None and ref.start == x + 1 and ref.label == "GPE" and not ref.demonym and not ref.possessive else None


def _unnamed_goods(view: View, a: int, b: int) -> bool:
    """Whether goods ``a..b`` are only counted, not named ('106 goods', 'several hundred items'):
    such a flow is told by its party ('banned the export to Russia of 106 goods' targets Russia)."""
    keys = view.keys
    if b <= a or keys[b - 1] not in view.w("generic_goods_heads"):
        return False
    return all(_NUMBER.match(k) or k in view.lex.number_words or k in view.w("determiners") for k in keys[a:b - 1])


def _common_list(view: View, a: int, s1: int, members: bool = False, closers: frozenset[str] | set[str] = frozenset()) -> tuple[list[str], int] | None:
    """Common-noun members listed from ``a``: 'trade, services, and transport', 'maritime navigation
    equipment, oil refining technology and luxury goods' (items of at most four lower-case words,
    a demonym may open one: 'Russian oil'); (items, end) when two or more items close with
    'and'/'or' and the list ends the clause, else None. Two items without a comma are one phrase
    ('potash and timber', 'potash fertilisers and petroleum products': None), except for
    ``members`` (after 'such as', 'including': 'navigation equipment and luxury goods'), where only
    a shared head stays one ('oil and gas equipment'). The list may also end before a word of
    ``closers`` ('gold, cement and wood from Belarus')."""
    keys = view.keys
    stops = view.w_union("prepositions", "target_stop", "determiners")
    items: list[tuple[int, int]] = []
    i, closed, e = a, False, a
    while i < s1:
        e = i
        while e < s1 and e - i < 4:
            k, tok = keys[e], _tok_text(view, e)
            ref = view.actor_at[e]
            if ref is not None and ref.demonym and ref.start == e == i:
                e = ref.end
                continue
            if k in _AND_OR or k in stops or ref is not None or not tok.replace("-", "").isalpha() or not tok.islower():
                break
            e += 1
        if e == i or (e < s1 and e - i >= 4 and keys[e] not in _COMMA_AND_OR and keys[e] not in view.w("apposition_closers")):
            return None
        items.append((i, e))
        if closed or e >= s1:
            break
        if keys[e] == "," and e + 1 < s1 and keys[e + 1] in _AND_OR:
            closed, i = True, e + 2
        elif keys[e] in _AND_OR:
            closed, i = True, e + 1
        elif keys[e] == ",":
            i = e + 1
        else:
            return None
    if not closed or len(items) < 2 or (e < s1 and keys[e] not in view.w("apposition_closers") and keys[e] not in closers):
        return None
    if len(items) == 2 and keys[items[0][1]] != "," and (not members or items[0][1] - items[0][0] == 1 < items[1][1] - items[1][0]):
        return None
    return list(dict.fromkeys(_span_text(view, x, y) for x, y in items)), e


def _actor_list_continues(view: View, e: int, s1: int) -> bool:
    """True when the comma at ``e`` sits inside a list of named actors that closes with
    'and'/'or' ("on Russia, Belarus and Iran"): the list is one phrase, each a target."""
    keys = view.keys
    if e == 0 or view.actor_at[e - 1] is None:
        return False
    i = e
    while i < s1 and keys[i] in _COMMA_AND_OR:
        closing = keys[i] in _AND_OR or (i + 1 < s1 and keys[i + 1] in _AND_OR)
        i += 2 if keys[i] == "," and i + 1 < s1 and keys[i + 1] in _AND_OR else 1
        if i < s1 and keys[i] == "the":
            i += 1
        ref = view.actor_at[i] if i < s1 else None
        if ref is None:
            # "on Estonian, Latvian and Polish citizens": the last demonym, right before its people
            # noun, is no actor mention (as in _citizen_groups)
            return closing and view.actor_at[e - 1].demonym and _demonym_before_noun(view, i, s1)
        if closing:
            return True
        i = ref.end
    return False


def _demonym_before_noun(view: View, i: int, s1: int) -> bool:
    """A capitalised demonym at ``i`` right before a party or people noun ('Polish citizens')."""
    return (
        i + 1 < s1 and _tok_text(view, i)[:1].isupper() and bool(_DEMONYM_END.search(_tok_text(view, i)))
        and view.keys[i + 1] in view.w_union("party_nouns", "citizen_nouns")
    )


def _party_list_continues(view: View, e: int, s1: int) -> bool:
    """True when the comma at ``e`` sits inside a list of party nouns that closes with 'and'/'or'
    ('individuals, companies and vessels'): the list is one phrase, each noun a target."""
    keys, nouns = view.keys, view.w("party_nouns")
    if e == 0 or keys[e - 1] not in nouns:
        return False
    i = e
    while i + 1 < s1 and keys[i] in _COMMA_AND_OR:
        closing = keys[i] in _AND_OR or keys[i + 1] in _AND_OR
        i += 2 if keys[i] == "," and keys[i + 1] in _AND_OR else 1
        if i >= s1 or keys[i] not in nouns:
            return False
        if closing:
            return True
        i += 1
    return False


def _left_conjunct(keys: list[str], j: int) -> int:
    """The token before the separator at ``j`` where the previous conjunct ends: one back, or two
    for the serial comma ('Lithuania, Latvia, and Estonia': ', and' is one 'and')."""
    return j - 2 if keys[j] == "and" and j >= 2 and keys[j - 1] == "," else j - 1


def _is_count(view: View, i: int) -> bool:
    """Token ``i`` is a number in figures or words ('347', 'three')."""
    return _NUMBER.match(view.keys[i]) is not None or view.keys[i] in view.lex.number_words


def _counted_list_continues(view: View, a: int, e: int, s1: int) -> bool:
    """True when the comma at ``e`` sits inside a list of counted groups that closes with 'and'/'or'
    ('903 Russians, 280 firms, and 11 banks'): each item a count and one or two lower-case or
    capitalised words; the list is one phrase, each group a target (``_conjuncts``)."""
    keys = view.keys
    if not (a <= e - 2 and _is_count(view, e - 2) or a <= e - 3 and _is_count(view, e - 3)):
        return False
    i = e
    while i + 1 < s1 and keys[i] in _COMMA_AND_OR:
        closing = keys[i] in _AND_OR or keys[i + 1] in _AND_OR
        i += 2 if keys[i] == "," and keys[i + 1] in _AND_OR else 1
        if i >= s1 or not _is_count(view, i):
            return False
        n = i + 1
        while n < s1 and n - i <= 2 and keys[n].replace("-", "").isalpha() and keys[n] not in _AND_OR:
            n += 1
        if n == i + 1:
            return False
        if closing:
            return True
        i = n
    return False


def _as_well_as_at(keys: list[str], i: int) -> bool:
    """The coordinator 'as well as' starts at token ``i`` (it joins two conjuncts as 'and' does)."""
    return tuple(keys[i : i + 3]) == _AS_WELL_AS


def _conjuncts(view: View, a: int, b: int, force: bool = False) -> list[tuple[int, int]]:
    """Split 'A, B and C' (or 'A, B as well as C') when the parts are actors, counted phrases ('20 firms
    and 10 executives') or party nouns ('individuals, companies and vessels'); 'not only A and B but
    also C' always."""
    keys = view.keys
    parts = []
    if _not_only(keys, a, b):
        a, force = a + 2, True  # "not only Lukoil and Rosneft but also their subsidiaries"
    start = a
    for i in range(a, b):
        if i < start:
            continue  # (inside the separator 'as well as')
        sep = keys[i] in _COMMA_AND or (keys[i] == "also" and i > a and keys[i - 1] == "but")
        if keys[i] == "but" and i + 1 < b and keys[i + 1] == "also":
            sep = force  # (the first word of the pair; 'also' closes the separator)
        width = 3 if keys[i] == "as" and i + 3 < b and _as_well_as_at(keys, i) else 1
        if width == 3:
            sep = True
        if sep and i > start:
            parts.append((start, i))
            start = i + width
        elif sep:
            start = i + width
    if start < b:
        parts.append((start, b))
    if len(parts) < 2:
        return [(a, b)]
    if force:
        return parts

    def separable(p):
        x, y = p
        while x < y and keys[x] in _PREDETERMINERS:
            x += 1
        return x < y and (
            _NUMBER.match(keys[x]) is not None or keys[x] in view.w_without("determiners", "the", "select")
            or _conjunct_actor(view, x, y) is not None
            or (y - x <= 3 and all(_tok_text(view, z)[:1].isupper() for z in range(x, y)))  # "Ruribank and Ruritrade"
            or (y - x <= 3 and keys[y - 1] in view.w("party_nouns") and all(_tok_text(view, z).isalpha() for z in range(x, y)))
            or (y - x >= 3 and keys[y - 2] == "in" and _state_of_place(view, y - 2))  # "judges and officials in Belarus"
            or (x + 2 < y and keys[x + 1] == "of" and (keys[x] in view.w("role_of_nouns") or keys[x] in view.w("people_of_nouns")))
        )  # ("people and entities", "individuals, companies and vessels", "the head of X and three officials": one target each)

    if all(separable(p) for p in parts):
        return parts
    return [(a, b)]



def located_at(view: View, a: int, b: int) -> int | None:
    """The first location cue in tokens (a, b) that a preposition follows ('companies active in the
    UAE', 'vessels flagged in Panama'): what follows says where the party is, no target; else None."""
    keys, cues = view.keys, view.w("location_cues")
    if cues.isdisjoint(keys[a + 1 : b]):
        return None
    return next((c for c in range(a + 1, b - 1) if keys[c] in cues and keys[c + 1] in _LOCATION_PARTICLES), None)



def _not_only(keys: list[str], a: int, b: int) -> bool:
    """'not only A but also B' starts at ``a``: a coordination whose parts are each a target."""
    return a + 2 < b and keys[a] == "not" and keys[a + 1] == "only"



def _listed_names(view: View, a: int, b: int) -> list[str]:
    """The names listed in tokens a..b, one per conjunct, without repeats: each conjunct's actor,
    else the capitalised words that end it, a name the actor lists do not know after its lower-case
    description ('fertiliser maker Acron Group', 'gas firm Novatek')."""
    names: list[str] = []
    for x, y in _conjuncts(view, a, b, force=True):
        name = _conjunct_actor(view, x, y)
        if name is None:
            c = y
            while c > x and _tok_text(view, c - 1)[:1].isupper():
                c -= 1
            name = _span_text(view, c, y) if x < c < y else None
        if name and name not in names:
            names.append(name)
    return names


def _conjunct_actor(view: View, a: int, b: int) -> str | None:
    """An actor that *is* the conjunct: 'the Belarusian airline Belavia', "Boeing's St. Louis branch"."""
    keys = view.keys
    while b > a and keys[b - 1] in _COMMA_AND:
        b -= 1
    if b <= a:
        return None
    last = view.actor_at[b - 1]
    if last is not None and not any(keys[x] in view.w("prepositions") for x in range(a, last.start)):
        return last.name
    # "the Cuban people", "the Belarusian regime": the state itself
    if keys[b - 1] in view.w("state_nouns") and b - 2 >= a and view.actor_at[b - 2] is not None:
        ref = view.actor_at[b - 2]
        if ref.label == "GPE" and b - 2 == ref.end - 1:
            return ref.name
    # "the government of Belarus (President ...)", "the autocratic regime in Belarus": the state itself
    g = a + 1 if keys[a] == "the" else a
    while g + 3 < b and keys[g] not in view.w("state_nouns") and _tok_text(view, g).islower() and view.actor_at[g] is None:
        g += 1  # ("autocratic", "military")
    if g + 2 < b and keys[g] in view.w("state_nouns") and keys[g + 1] in ("of", "in"):
        ref = view.actor_at[g + 2]
        if ref is not None and ref.label == "GPE" and (keys[g + 1] == "of" or ref.end == b):
            return ref.name
    first = view.actor_at[a] or (view.actor_at[a + 1] if keys[a] == "the" and a + 1 < b else None)
    if first is not None and first.possessive and keys[b - 1] in view.w("org_parts"):
        return first.name
    return None



def _resolve_phrase(view: View, a: int, b: int) -> list[str]:
    """Targets named by the tokens a..b: actors, the text's phrase, or [] for an anaphor."""
    keys = view.keys
    out = []
    cue = located_at(view, a, b)
    if cue is not None:
        b = cue  # "companies based in the UAE and India": the companies, not where they are
    groups = _citizen_groups(view, a, b)
    if groups:
        return groups
    if view.lex.country_anaphors is not None:
        hit = view.lex.country_anaphors.match_at(keys, a)
        if hit is not None and hit[0] < b and keys[hit[0]] == "'s":
            return [ANAPHOR_GPE]  # "the country's information minister and police officers": that state's
    shared = None  # "North Korean entities and individuals": the demonym qualifies both nouns
    for x, y in _conjuncts(view, a, b):
        referents = _conjunct_referents(view, x, y)
        if referents is not None:
            out.extend(referents)
            continue
        x0 = x
        core = _conjunct_core(view, a, x, y)
        if core is None:
            continue
        x, y = core
        if x < y and any(c.isalpha() for c in _span_text(view, x, y)):
            if shared is not None and x == x0 and _bare_party_nouns(view, x, y):
                out.append(f"{shared} {_span_text(view, x, y)}")
                continue
            out.append(_span_text(view, x, y))
            ref = view.actor_at[x]
            shared = (_span_text(view, ref.start, ref.end) if ref is not None and ref.start == x and ref.demonym
                      and not ref.possessive and _bare_party_nouns(view, ref.end, y) else None)
    return out


def _conjunct_referents(view: View, x: int, y: int) -> list[str] | None:
    """What the conjunct x..y refers to when it is an anaphor or an actor: the anaphoric state,
    the people a pronoun stands for (possibly none: the context's target then), the group it
    counts back to, or the actor it is; None when it is a plain phrase."""
    keys = view.keys
    if view.lex.country_anaphors is not None and lex_hit_exact(view.lex.country_anaphors, keys, x, y):
        return [ANAPHOR_GPE]
    if lex_hit_exact(view.lex.anaphors, keys, x, y):
        return _person_antecedent(view, x, y)  # else the context's target
    group = _group_antecedent(view, x, y)
    if group:
        return group
    name = _conjunct_actor(view, x, y)
    if name:
        return [name]
    return None


def _conjunct_core(view: View, a: int, x: int, y: int) -> tuple[int, int] | None:
    """The words of the conjunct x..y (in the phrase from ``a``) that name the target: past its
    determiners, numbers, quantity and partitive words, before trailing time words, narrowed to a
    quoted term; None when what is left names no target (a preposition, a lone participle or
    particle)."""
    keys = view.keys
    determiners, modifier_stop, partitives = view.w("determiners"), view.w("modifier_stop"), view.w("partitive_nouns")
    x0 = x
    while x < y and (keys[x] in determiners or _NUMBER.match(keys[x]) or keys[x] in modifier_stop or keys[x] in _QUOTES
                     or (keys[x] == "of" and x > a)):
        x += 1  # "dozens of Iranian individuals" -> "Iranian individuals"
        if _so_called_at(keys, x, y):
            x += 3  # "the so-called 'ghost fleet'" -> the quoted term
        if x + 2 < y and keys[x] in partitives and keys[x + 1] == "of":
            x += 2  # "two types of potash" -> "potash"
    time_words = view.w("time_words")
    while y > x and (keys[y - 1] in _QUOTES_AND_COMMA or keys[y - 1] in time_words):
        y -= 1  # "those listed today": a date word is not part of the target
    if x < y and keys[x] in view.w("prepositions"):
        return None  # "those behind the scheme": the head is a pronoun, no named target
    if y - x == 1 and keys[x].endswith("ed") and _tok_text(view, x).islower():
        return None  # "those listed": a participle names no target
    if y - x == 1 and keys[x] in view.w("particles"):
        return None  # "hit back with tariffs": a verb particle names no target
    q = [z for z in range(x, y) if keys[z] in _QUOTES]
    if len(q) == 1 and q[0] > x and any(keys[z] in _QUOTES for z in range(x0, x)):
        y = q[0]  # 'a “shadow fleet” of ten tankers': the quoted term names the target
    elif len(q) == 1 and q[0] + 1 < y and q[0] > x and not any(keys[z] in _QUOTES for z in range(x0, x)):
        x = q[0] + 1  # 'JSC "Belaruskali': the quoted name itself (not past the close of 'a “shadow fleet” of ...')
    return x, y


def _so_called_at(keys: list[str], i: int, end: int) -> bool:
    """Do tokens i..i+2 (before ``end``) spell 'so-called' (the tokenizer splits the hyphen off)?
    A 'so-called' term is part of the phrase it opens."""
    return i + 2 < end and keys[i] == "so" and keys[i + 1] == "-" and keys[i + 2] == "called"


def _bare_party_nouns(view: View, a: int, b: int) -> bool:
    """Tokens a..b are lower-case words ending in a party noun, with no determiner or number of
    their own ('individuals', 'state companies'): a conjunct a demonym before the coordination
    qualifies too ('North Korean entities and individuals' -> 'North Korean individuals')."""
    keys = view.keys
    return a < b <= a + 3 and keys[b - 1] in view.w("party_nouns") and all(
        view.words[z].isalpha() and view.words[z].islower() and keys[z] not in view.w("determiners") for z in range(a, b)
    )



#: how far back (tokens) a personal pronoun's antecedent may be named: this sentence or the one before
_ANTECEDENT_WINDOW = 60


def _start(ref: ActorRef) -> int:
    return ref.start


def _place_adjunct(view: View, ref) -> bool:
    """A state or place named as a preposition's object ('ties to Russia', 'in Moldova'): no
    antecedent for a personal pronoun that follows."""
    s = ref.start - 1 if ref.start > 0 and view.keys[ref.start - 1] != "the" else ref.start - 2
    return ref.label == "GPE" and s >= 0 and view.keys[s] in view.w("prepositions")


def _last_person(view: View, x: int) -> ActorRef | None:
    """The last person named before token ``x`` ('Trump said he would lift', 'the sanctions against
    him'): the one lookup a personal pronoun's antecedent goes through."""
    i = bisect_left(view.actors, x, key=_start) - 1
    while i >= 0 and (view.actors[i].end > x or view.actors[i].label != "PERSON"):
        i -= 1
    return view.actors[i] if i >= 0 else None


def _skip_left(view: View, p: int, lo: int, words) -> int:
    """Step left from ``p`` (not below ``lo``) over ``words`` and 'so far' ('it had so far frozen')."""
    keys = view.keys
    while p >= lo:
        if keys[p] in words:
            p -= 1
        elif keys[p] == "far" and p - 1 >= lo and keys[p - 1] == "so":
            p -= 2
        else:
            break
    return p


def _person_antecedent(view: View, x: int, y: int) -> list[str]:
    """The people a personal pronoun object stands for ('the sanctions against him', 'maintaining the
    measures against them'): 'him'/'her' the last person named before it, 'them' the last coordinated
    people or bodies ('Aven and Fridman challenged ...'); [] when the nearest actor is no person (for
    'them' no coordination of people or bodies: the context's target, as before) or lies more than
    ``_ANTECEDENT_WINDOW`` tokens back."""
    keys = view.keys
    if y != x + 1 or keys[x] not in view.w("person_pronouns"):
        return []
    if keys[x] != "them":
        ref = _last_person(view, x)
        return [ref.name] if ref is not None and x - ref.end <= _ANTECEDENT_WINDOW else []
    i = bisect_left(view.actors, x, key=_start) - 1
    while i >= 0 and (view.actors[i].demonym or view.actors[i].end > x or _place_adjunct(view, view.actors[i])):
        i -= 1  # ("accused A and B of ties to Russia aimed at destabilization in Moldova and added them")
    if i < 0 or view.actors[i].label not in PARTY_LABELS or x - view.actors[i].end > _ANTECEDENT_WINDOW:
        return []
    last = view.actors[i]
    names = [last.name]
    while i > 0:
        j = last.start - 1
        if j < 1 or keys[j] not in _COMMA_AND:
            break
        k = _left_conjunct(keys, j)
        prev = view.actors[i - 1]
        if prev.end != k + 1 or prev.label not in PARTY_LABELS:
            break
        names.insert(0, prev.name)
        last, i = prev, i - 1
    return list(dict.fromkeys(names)) if len(names) > 1 else []


def _citizen_groups(view: View, a: int, b: int) -> list[str]:
    """The people of coordinated states or bodies are one group each: 'citizens of Russia and
    Belarus' -> 'citizens of Russia', 'citizens of Belarus', 'leaders of the National Guard and the
    Militia' -> one group per body (people_of_nouns); 'Russian and Belarusian nationals' -> 'Russian
    nationals', 'Belarusian nationals' (citizen_nouns); [] for any other phrase."""
    keys, nouns, of_nouns = view.keys, view.w("citizen_nouns"), view.w("people_of_nouns")
    if nouns.isdisjoint(keys[a:b]) and of_nouns.isdisjoint(keys[a:b]):
        return []
    while b > a and keys[b - 1] in _QUOTES_AND_COMMA:
        b -= 1
    x = a
    while x < b and (keys[x] in _PREDETERMINERS or _is_count(view, x)):
        x += 1  # ("347 Estonian, Latvian and Lithuanian citizens")

    def states(i: int, j: int, demonym: bool) -> list[str] | None:
        found: list[str] = []
        last = i
        while i < j:
            last = i
            if keys[i] == "the" and i + 1 < j:
                i += 1  # "citizens of the United States and Iran"
            ref = view.actor_at[i]
            if ref is not None and ref.start == i and ref.label in ("GPE", "ORG") and ref.demonym == demonym and not ref.possessive:
                found.append(_span_text(view, last, ref.end))  # ("the United States": as written)
                i = ref.end
            elif not demonym and ref is None and _tok_text(view, i)[:1].isupper():
                e = i + 1  # a body the actor lists do not know: its capitalised words
                while e < j and view.actor_at[e] is None and _tok_text(view, e)[:1].isupper():
                    e += 1
                found.append(_span_text(view, last, e))
                i = e
            elif demonym and ref is None and _DEMONYM_END.search(_tok_text(view, i)) and _tok_text(view, i)[:1].isupper():
                found.append(_tok_text(view, i))  # (a demonym before a people noun is no actor mention)
                i += 1
            else:
                return None
            if i < j and keys[i] == ",":
                i += 1
            if i < j and keys[i] in _AND_OR:
                i += 1
        return found if len(found) >= 2 and keys[last - 1] in _AND_OR else None

    if x + 2 < b and keys[x] in of_nouns and keys[x + 1] == "of":
        names = states(x + 2, b, False)  # "citizens of Russia and Belarus"
        return [f"{_span_text(view, x, x + 1)} of {n}" for n in names] if names else []
    if keys[b - 1] in nouns:
        names = states(x, b - 1, True)  # "Russian and Belarusian citizens"
        return [f"{n} {_span_text(view, b - 1, b)}" for n in names] if names else []
    return []


def _group_antecedent(view: View, x: int, y: int) -> list[str]:
    """'all three countries' -> the last list of three coordinated states named before."""
    keys = view.keys
    words = [k for k in keys[x:y] if k not in ("all", "the", "both", "these", "those")]
    if len(words) != 2 or words[1] not in view.w("group_nouns"):
        return []
    n = view.lex.number_words.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
    if not n:
        return []
    best: list[str] = []
    run: list[ActorRef] = []
    for ref in view.actors:
        if ref.end > x:
            break
        if run and all(keys[i] in _COMMA_AND for i in range(run[-1].end, ref.start)) and ref.start > run[-1].end:
            run.append(ref)
        else:
            run = [ref]
        names = list(dict.fromkeys(r.name for r in run))
        if len(names) == n and ref.label == "GPE":
            best = names
    return best



def _is_time(view: View, i: int) -> bool:
    """'on Friday', 'on 1 August', 'on the same day': a date, not a target."""
    keys = view.keys
    j = i
    while j < len(keys) and (keys[j] in ("the", "same") or _NUMBER.match(keys[j])):
        j += 1
    return j < len(keys) and keys[j] in view.w("time_words")



def _scope(view: View, a: int, b: int) -> str | None:
    """The goods or sector a measure covers: 'the purchase of potash fertilisers ...'."""
    if b - a >= 2 and all(view.actor_at[i] is None for i in range(a, b)):
        return _span_text(view, a, b)
    return None



def _appositive_people(view: View, a: int, stop: int, s1: int) -> tuple[list[str], int]:
    """'sanctioned two Dubai-based Iranians, A B and his brother, C D': a counted description
    (a..stop) followed by the named people in apposition; one target per person, and the end.

    A person is a PERSON actor or, when the actor rules did not know the name, a run of two to
    four capitalised words; between persons only commas, 'and' and lower-case kin/role words.
    Names followed by a verb of saying are the speaker, not members ('..., Melanie Joly said').
    """
    keys = view.keys
    if stop >= s1 or keys[stop] != "," or a >= stop:
        return [], stop
    first = keys[a]
    if not (_NUMBER.match(first) or first in view.lex.number_words or first in ("several", "some", "the")):
        return [], stop
    if any(view.actor_at[x] is not None and view.actor_at[x].label == "PERSON" for x in range(a, stop)):
        return [], stop
    people: list[str] = []
    end = stop
    i = stop + 1
    gap = 0
    while i < s1 and len(people) < 8:
        ref = view.actor_at[i]
        if ref is not None and ref.label == "PERSON":
            people.append(ref.name)
            i = end = ref.end
            gap = 0
            continue
        tok = _tok_text(view, i)
        if tok[:1].isupper() and tok.isalpha() and ref is None:
            j = i
            while j < s1 and j - i < 4 and _tok_text(view, j)[:1].isupper() and _tok_text(view, j).isalpha() and view.actor_at[j] is None:
                j += 1
            if j - i >= 2 and keys[i] not in view.w("time_words"):
                people.append(_span_text(view, i, j))
                i = end = j
                gap = 0
                continue
            break
        if keys[i] in view.w("speech_verbs"):
            return [], stop  # "sanctioned 10 officials, Foreign Minister Melanie Joly said": the speaker
        if keys[i] in _COMMA_AND or (tok.isalpha() and tok.islower() and keys[i] not in view.w("prepositions") and gap < 3):
            gap += 0 if keys[i] in _COMMA_AND else 1
            i += 1
            continue
        break
    return (people, end) if people else ([], stop)

