"""Trigger binding: each instrument bound to the action word before or after it, the bare-mention and target-side readings, per sentence.

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

from briefextract.rules.sanctions.arguments import (
    _agent_after,
    _first_actor,
    _imposer_for,
    _modifier_actors,
    _name_list,
    _named_members,
    _plural_head,
    _sector_list,
    _subject_imposer,
    _subject_targets,
    _target_for,
)
from briefextract.rules.sanctions.frames import (
    _copula_names,
    _frame_drafts,
    _group_subject,
)
from briefextract.rules.sanctions.lexicon import lex_hit
from briefextract.rules.sanctions.modality import (
    _call_cue_before,
    _modal,
    _negated_before,
    _wrapper_before,
)
from briefextract.rules.sanctions.phrases import (
    _AND_OR,
    _LIST_GAP,
    _ON_AGAINST,
    _as_well_as_at,
    _common_list,
    _gap_ok,
    _in_target_phrase,
    _is_time,
    _listed_names,
    _np_left,
    _phrase_end,
    _resolve_phrase,
    adjectival_participle,
)
from briefextract.rules.sanctions.view import (
    _CLAUSE_PUNCT,
    _ORDINAL,
    _YEAR,
    ANAPHOR_GPE,
    Draft,
    Instrument,
    Trigger,
    View,
    _preceded_by,
    _span_text,
    _tok_text,
)

#: determiners of a measure referred back to ("the ban", "these restrictions")
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "these"})
#: auxiliaries opening the main verb after a reduced relative ("imposed by Japan have targeted")
_MAIN_VERB_AUXILIARIES = frozenset({"have", "has", "had", "will", "would"})
#: possessive determiners of a state or body ("its sanctions regime")
_BODY_POSSESSIVES = frozenset({"its", "their"})


def _securities_listing(view: View, ins: Instrument, s1: int) -> bool:
    """A weak measure word that names a stock-market listing ('suspended the listing of Rosneft
    shares', 'the listings of Russian depositary receipts'): a few words after 'of' end in a
    securities noun (lexicon.json ``securities_nouns``). An exchange's act, not a sanctions list."""
    keys = view.keys
    if ins.end >= s1 or keys[ins.end] != "of":
        return False
    return not view.w("securities_nouns").isdisjoint(keys[ins.end + 1 : min(s1, ins.end + 6)])


def _imposed_on_a_party(view: View, ins: Instrument, s0: int, s1: int) -> bool:
    """A weak measure word ('restrictions', 'curbs') that an imposing verb introduces and that is
    put on a named party ('imposed movement restrictions on Russian diplomats', 'introduced curbs
    against Belarus'): a measure even in a text that never says 'sanctions' ('imposed restrictions
    on the internet' names no party and stays none there)."""
    keys = view.keys
    if ins.kind != "weak" or keys[ins.start] in view.w_union("package_words", "list_words", "listing_words"):
        return False
    t = ins.start - 1
    while t >= s0 and t > ins.start - 3 and view.words[t].isalpha() and view.words[t].islower() and view.lex.triggers.match_at(keys, t) is None:
        t -= 1  # ("imposed new movement restrictions")
    hit = view.lex.triggers.match_at(keys, t) if t >= s0 else None
    if hit is None or hit[0] != t + 1 or hit[1]["action"] != "impose" or "pre" not in hit[1]["pos"]:
        return False
    x = ins.end
    if x + 1 >= s1 or keys[x] not in _ON_AGAINST:
        return False
    x += 1 if keys[x + 1] == "the" else 0
    ref = view.actor_at[x + 1] if x + 1 < s1 else None
    return ref is not None and ref.start == x + 1


def _past_agents(view: View, x: int, s1: int) -> int:
    """The token after the agents named from ``x`` on ('by the EU and Japan on ...': the actors,
    'the', 'and' and commas between them)."""
    keys, actor_at = view.keys, view.actor_at
    while x < s1 and (keys[x] in ("the", "and", ",") or actor_at[x] is not None):
        x = actor_at[x].end if actor_at[x] is not None else x + 1
    return x


def _sentence_drafts(view: View, s0: int, s1: int) -> list[Draft]:
    """Every draft action of the sentence ``s0:s1``: the frame rules' first, then each measure word
    bound to its action word (before it, after it, or inherited from a neighbour), then the readings
    that need all of those (part-of lists, pronouns, verbs of degree), all checked together."""
    keys = view.keys
    instruments = _sentence_instruments(view, s0, s1)
    # a token that starts an instrument is not also a trigger ("sanctions" vs "sanction")
    inst_tokens = {i for ins in instruments for i in range(ins.start, ins.end)}
    claim = not view.w_union("claim_cues", "denial_cues").isdisjoint(keys[s0:s1])  # (a denial is a claim too)
    drafts, frame_tokens = _sentence_frame_drafts(view, instruments, claim, s0, s1)
    instruments = [i for i in instruments if not any(x in frame_tokens for x in range(i.start, i.end))]
    if not instruments:
        # nothing left to bind (most examined sentences hold only a frame head such as 'held' or 'end')
        return _checked(view, drafts, s0, s1)
    triggers = _sentence_triggers(view, inst_tokens, frame_tokens, s0, s1)
    post_of = _bind_post_triggers(view, instruments, triggers, s1)
    made_of = _bind_instruments(view, instruments, triggers, post_of, drafts, claim, s0, s1)
    drafts.extend(_part_of_drafts(view, instruments, made_of, s0, s1))
    drafts.extend(_pronoun_drafts(view, instruments, triggers, s0, s1))
    drafts.extend(_degree_drafts(view, drafts, instruments, s0, s1))
    return _checked(view, drafts, s0, s1)


def _sentence_instruments(view: View, s0: int, s1: int) -> list[Instrument]:
    """The measure words of the sentence that can be a measure here: a weak word ('package', 'list',
    'restrictions') only in a text about sanctions or when put on a named party, a relief head
    widening the word ('sanctions relief'), and no word that only modifies another noun ('tariff levels')."""
    lex, keys = view.lex, view.keys
    instruments = [Instrument(a, b, p["kind"]) for a, b, p in view.find_all(lex.instruments, s0, s1)]
    for ins in instruments:
        # "the EU's 19th package": a numbered package is a sanctions package
        if ins.start > s0 and _ORDINAL.match(keys[ins.start - 1]) and keys[ins.start] == "package" and view.mentions_sanctions:
            ins.kind = "strong"
    # a bare "package" is only a sanctions package when numbered in a text about sanctions ("aid package")
    packages, lists = view.w("package_words"), view.w("list_words")
    instruments = [
        i for i in instruments
        if i.kind == "strong"
        or (view.topical and keys[i.start] not in packages and (keys[i.start] not in lists or view.names_a_list)
            and not _securities_listing(view, i, s1))
        or _imposed_on_a_party(view, i, s0, s1)
    ]
    for ins in instruments:
        # "sanctions relief", "tariff exemptions": the measure eased
        if ins.end < s1 and keys[ins.end] in view.w("relief_heads"):
            ins.end += 1
            ins.kind = "relief"
    # an instrument used as a modifier of another noun is not the measure ("tariff levels")
    return [
        i for i in instruments
        if not (i.end < s1 and keys[i.end] in view.w("compound_heads"))
    ]


def _sentence_frame_drafts(view: View, instruments: list[Instrument], claim: bool, s0: int, s1: int) -> tuple[list[Draft], set[int]]:
    """The frame rules' drafts (frames.py), first: the words they consumed are bound to nothing
    else. A frame denied in a sentence of claims is no action; a frame draft that is not an
    asserted action may be the content of a warning. The drafts and the consumed tokens."""
    drafts: list[Draft] = []
    frame_tokens: set[int] = set()
    for d in _frame_drafts(view, s0, s1, instruments):
        if claim and _negated_before(view, d.trigger[0], s0):
            continue
        if d.modality != "asserted" or d.rule.endswith(".target_subject"):
            _warned(view, d, s0)  # "warned Tehran it would be hit with sanctions"
        drafts.append(d)
        frame_tokens.update(range(d.trigger[0], max(d.trigger[1], d.extra.get("consumed", 0))))
    return drafts, frame_tokens


def _sentence_triggers(view: View, inst_tokens: set[int], frame_tokens: set[int], s0: int, s1: int) -> list[Trigger]:
    """The action words of the sentence that are free to bind: not inside a measure word, not a
    frame's head, and a call-only word ('encourage ... to adhere') only after a call cue."""
    return [
        Trigger(a, b, p["action"], p["pos"], p["gap"], p["call"], subject_first=p.get("subject_first", False),
                affirmative_only=p.get("affirmative_only", False))
        for a, b, p in view.find_all(view.lex.triggers, s0, s1)
        if not any(i in inst_tokens for i in range(a, b)) and a not in frame_tokens
        and not (p["call_only"] and not _call_cue_before(view, a, s0))
    ]


def _bind_post_triggers(view: View, instruments: list[Instrument], triggers: list[Trigger], s1: int) -> dict[int, list[Trigger]]:
    """Post-nominal participles bind first ('measures, imposed over six rounds of sanctions'), each
    up to the next measure word; a measure coordinated with the next shares its participles. The
    triggers after each instrument, by its index."""
    post_of: dict[int, list[Trigger]] = {}
    for idx, ins in enumerate(instruments):
        nxt = instruments[idx + 1].start if idx + 1 < len(instruments) else s1
        post_of[idx] = _post_triggers(view, ins, triggers, nxt, s1)
        for t in post_of[idx]:
            t.used = True
    for idx in range(len(instruments) - 2, -1, -1):
        if not post_of[idx] and post_of[idx + 1] and _coordinated_measures(view, instruments[idx], instruments[idx + 1], s1):
            post_of[idx] = list(post_of[idx + 1])
    return post_of


def _bind_instruments(
    view: View, instruments: list[Instrument], triggers: list[Trigger], post_of: dict[int, list[Trigger]],
    drafts: list[Draft], claim: bool, s0: int, s1: int,
) -> dict[int, list[Draft]]:
    """Each measure word's drafts, in order, added to ``drafts``; a neighbour's drafts may lend it
    their action, so a measure only denied or claimed ('I don't expect any sanctions') lends none.
    The drafts kept, by instrument index."""
    prev_made: list[Draft] = []  # the drafts of the previous instrument
    made_of: dict[int, list[Draft]] = {}
    for idx, ins in enumerate(instruments):
        made = _instrument_drafts(view, instruments, idx, triggers, post_of[idx], drafts, prev_made, s0, s1)
        if made and claim and any(_negated_before(view, m.trigger[0] if m.trigger else ins.start, s0) for m in made):
            prev_made = []
            continue  # a denial or claim ("I don't expect any sanctions") is not an action
        prev_made = made_of[idx] = made
        drafts.extend(made)
    return made_of


def _instrument_drafts(
    view: View, instruments: list[Instrument], idx: int, triggers: list[Trigger], posts: list[Trigger],
    drafts: list[Draft], prev_made: list[Draft], s0: int, s1: int,
) -> list[Draft]:
    """The drafts of one measure word: its action word before it, else its target-side verb ('X will
    face sanctions'), else an action it inherits; then its participles after it, a relative clause's
    action, and failing all those a bare mention, a targeting verb or a warning."""
    keys = view.keys
    ins = instruments[idx]
    prev_end = instruments[idx - 1].end if idx else s0
    pre = _pre_trigger(view, ins, triggers, prev_end, s0)
    side = _target_side(view, ins, s0)
    inherited = None
    coordinated = False
    if pre is None and drafts and _preceded_by(keys, ins.start, ("including",), 4, s0):
        inherited = drafts[-1]
    elif pre is None and side is None and not posts and prev_made and _accompanies(view, ins, s0):
        inherited = prev_made[0]  # "was extended to November 14, along with asset freezes on 18 officials"
    elif pre is None and side is None and not posts and prev_made and _coordinated_measures(view, instruments[idx - 1], ins, s1):
        inherited, coordinated = prev_made[0], True  # "adopted import bans and export restrictions on X": one action each
    made: list[Draft] = []
    if side is not None and pre is not None and side.trigger[0] < pre.start:
        pre = None  # "could face renewed penalties": the target-side verb governs
    if pre is not None:
        made.extend(_pre_trigger_drafts(view, ins, pre, triggers, s0, s1))
    elif side is not None:
        made.append(side)
    elif inherited is not None:
        made.append(_inherited_draft(view, ins, inherited, coordinated, s0, s1))
    _add_post_drafts(view, ins, posts, pre, side, made, s0, s1)
    _add_relative_drafts(view, instruments, idx, triggers, bool(posts), made, s0, s1)
    _add_fallback_drafts(view, ins, made, s0, s1)
    for m in made:
        _warned(view, m, s0)
    return made


def _pre_trigger_drafts(view: View, ins: Instrument, pre: Trigger, triggers: list[Trigger], s0: int, s1: int) -> list[Draft]:
    """The draft of the action word before a measure, and of a past participle between them ('the
    re-imposition of all previously lifted UN and EU sanctions': the earlier lifting is its own record)."""
    pre.used = True
    made = [_draft_from_trigger(view, ins, pre, s0, s1)]
    past = _past_participle_trigger(view, triggers, pre.end, ins.start)
    if past is not None:
        # "the re-imposition of all previously lifted UN and EU sanctions": the earlier lifting is its own record
        d = _draft_from_trigger(view, ins, past, s0, s1)
        d.imposers, d.imposer_explicit = list(made[0].imposers), made[0].imposer_explicit
        d.targets, d.target_context = list(made[0].targets), made[0].target_context
        d.action, d.modality = past.action, "asserted"  # done before the main action, whatever its modality
        d.rule = f"sanctions.{past.action}.past_participle"
        made.append(d)
    return made


def _inherited_draft(view: View, ins: Instrument, inherited: Draft, coordinated: bool, s0: int, s1: int) -> Draft:
    """A measure with no action word of its own takes a neighbour's: after 'including' (rule
    ``.including``), or coordinated with the previous measure ('adopted import bans and export
    restrictions on X': one action each, sharing the imposer and the one 'on X')."""
    rule = inherited.rule if coordinated else f"sanctions.{inherited.action}.including"
    d = _bare_draft(view, ins, inherited.action, rule, s0, s1)
    if not (coordinated and d.imposers):
        d.imposers = list(inherited.imposers)
        d.imposer_explicit = inherited.imposer_explicit
    d.modality = inherited.modality
    if coordinated:
        d.trigger = inherited.trigger
        if inherited.target_context and d.targets and not d.target_context:
            inherited.targets, inherited.target_context = list(d.targets), False  # the shared "on X"
        elif d.target_context and inherited.targets and not inherited.target_context:
            d.targets, d.target_context = list(inherited.targets), False
    return d


def _add_post_drafts(
    view: View, ins: Instrument, posts: list[Trigger], pre: Trigger | None, side: Draft | None,
    made: list[Draft], s0: int, s1: int,
) -> None:
    """Add to ``made`` the drafts of the participles after the measure ('sanctions imposed by the
    EU'), sharing target and imposer with the drafts already made; none that repeats their action."""
    for t in posts:
        if pre is not None and made and made[0].rule.endswith(".nominal") and view.keys[t.start] in view.w_union("reporting_verbs", "announcing_participles"):
            continue  # "the lifting of sanctions was announced": the lifting is announced
        d = _draft_from_post(view, ins, t, s0, s1)
        if side is not None and pre is None:
            # "he is under sanctions imposed by the EU": one target, one imposer for both
            if d.target_context and side.targets:
                d.targets, d.target_context = list(side.targets), False
            if not side.imposers and d.imposers:
                side.imposers, side.imposer_explicit = list(d.imposers), d.imposer_explicit
        for m in made:
            if m.target_context and not d.target_context and d.targets:
                # "lifted sanctions imposed in 2021 on Belavia": the participle names the target
                m.targets, m.target_context = list(d.targets), False
        if made and all(m.action == d.action for m in made):
            continue
        made.append(d)


def _add_relative_drafts(
    view: View, instruments: list[Instrument], idx: int, triggers: list[Trigger], has_posts: bool,
    made: list[Draft], s0: int, s1: int,
) -> None:
    """Add to ``made`` the action of a relative clause after the measure ('the lifting of the
    sanctions the US has imposed on Iran': the measure's owner and target), and, when no participle
    followed the measure, the main verb after that clause."""
    ins = instruments[idx]
    rel = _relative_action(view, ins, triggers, s0, s1)
    if rel is None:
        return
    for m in made:
        # "the lifting of the sanctions the US has imposed on Iran": the measure's owner and target
        if m.target_context and rel.targets:
            m.targets, m.target_context = list(rel.targets), False
        if rel.imposers and m.action != "impose":
            m.imposers, m.imposer_explicit = list(rel.imposers), True
    made.append(rel)
    if not has_posts:
        # "the sanctions Washington imposed on Caracas in 2019 remain in place": the main verb after the clause
        nxt = instruments[idx + 1].start if idx + 1 < len(instruments) else s1
        for t in _post_triggers(view, Instrument(ins.start, rel.end, ins.kind), triggers, nxt, s1):
            t.used = True
            d = _draft_from_post(view, ins, t, s0, s1)
            if d.target_context and rel.targets:
                d.targets, d.target_context = list(rel.targets), False
            if not d.imposers and rel.imposers:
                d.imposers, d.imposer_explicit = list(rel.imposers), True
            made.append(d)


def _add_fallback_drafts(view: View, ins: Instrument, made: list[Draft], s0: int, s1: int) -> None:
    """With no action word bound, a measure may still report one: a bare mention ('the first US
    sanctions'), the subject of a targeting verb ('The sanctions target officials'), or the
    subject of a warning. Drafts with only the context's target take the targeting verb's object."""
    if not made:
        bare = _bare_mention(view, ins, s0, s1)
        if bare is not None:
            made.append(bare)
    if not made:
        subj = _measure_targets(view, ins, s0, s1)
        if subj is not None:
            made.append(subj)
    elif all(m.target_context for m in made):
        subj = _measure_targets(view, ins, s0, s1)
        if subj is not None:
            for m in made:  # "The sanctions, imposed after the election, target officials ...": the verb's object
                m.targets, m.target_context = list(subj.targets), False
                m.extra["target_end"] = subj.extra.get("target_end", subj.end)
    if not made and _warning(view, ins.start, s0) is not None:
        made.append(_bare_draft(view, ins, "threaten", "sanctions.threaten.warning", s0, s1))  # "warn X about sanctions"



def _phrase_before(view: View, e: int, lo: int, phrases: frozenset) -> int | None:
    """Start of the longest phrase of ``phrases`` (one to three words) that ends at token ``e``."""
    keys = view.keys
    for n in (3, 2, 1):
        if e - n >= lo and " ".join(keys[e - n : e]) in phrases:
            return e - n
    return None



def _degree_drafts(view: View, drafts: list[Draft], instruments: list[Instrument], s0: int, s1: int) -> list[Draft]:
    """Verbs of degree with no measure as their object tighten the measures:

    - 'This new package ratchets up the economic pressure on Lukashenko' (a measure as subject), 'first
      imposed sanctions on Venezuela in 2017 and ratcheted up the pressure in 2019' (coordinated with an
      action on a measure): tighten on the party pressed, else the coordinated action's target;
    - 'will take steps to crack down on those circumventing sanctions': tighten, the evaders the target."""
    keys = view.keys
    out: list[Draft] = []
    window = keys[s0:s1]
    nouns, evasion = view.w("pressure_nouns"), view.w("evasion_cues")
    if not nouns.isdisjoint(window):
        mods = view.w("pressure_modifiers")
        for x in range(s0 + 1, s1):
            if keys[x] not in nouns:
                continue
            y = x
            while y > s0 and keys[y - 1] in mods:
                y -= 1
            r = _phrase_before(view, y, s0, view.w("pressure_raisers"))
            if r is None:
                continue
            k = r
            while k > s0 and keys[k - 1] in view.w("aux_words"):
                k -= 1
            subject = next((i for i in instruments if i.end == k), None)
            joined = None
            if subject is None and k > s0 and keys[k - 1] == "and":
                joined = next((d for d in reversed(drafts) if d.trigger and d.trigger[1] <= k and d.action in ("impose", "tighten", "extend", "maintain")), None)
            if subject is None and joined is None:
                continue
            d = Draft(action="tighten", instrument=_span_text(view, subject.start, subject.end) if subject else None,
                      start=subject.start if subject else r, end=x + 1, rule="sanctions.tighten.pressure", trigger=(r, y), sent_start=s0)
            if x + 2 < s1 and keys[x + 1] in _ON_AGAINST:
                stop = _phrase_end(view, x + 2, s1)
                d.targets = [t for t in _resolve_phrase(view, x + 2, stop) if t != ANAPHOR_GPE]
                named = [t for t in d.targets if view.actor_records.get(t)]
                d.targets = named or d.targets  # "on Lukashenko and his regime": the named party
                d.end = max(d.end, stop)
            if subject is not None:
                d.imposers = list(_modifier_actors(view, subject, s0)["imposers"])
            elif joined is not None:
                d.imposers, d.imposer_explicit = list(joined.imposers), joined.imposer_explicit
                if not d.targets and not joined.target_context:
                    d.targets = list(joined.targets)
            d.imposer_explicit = d.imposer_explicit or bool(d.imposers)
            d.target_context = not d.targets
            _modal(view, d, r, s0)
            out.append(d)
    if not evasion.isdisjoint(window):
        cues = view.w("crackdown_cues")
        for ins in instruments:
            e = next((x for x in range(ins.start - 1, max(s0, ins.start - 3) - 1, -1) if keys[x] in evasion), None)
            if e is None or any(d.start <= ins.start < d.end for d in drafts):
                continue
            c = next((c for p in range(e, max(s0, e - 4) - 1, -1) if (c := _phrase_before(view, p, s0, cues)) is not None), None)
            if c is None:
                continue
            cue_end = next(p for p in range(e, c, -1) if _phrase_before(view, p, s0, cues) == c)
            d = Draft(action="tighten", instrument=_span_text(view, ins.start, ins.end), start=c, end=ins.end,
                      rule="sanctions.tighten.crackdown", trigger=(c, cue_end), sent_start=s0)
            d.targets = [_span_text(view, cue_end, ins.end)]  # "those circumventing sanctions"
            _subject_imposer(view, d, c, s0)
            _modal(view, d, c, s0)
            if d.action == "consider":
                d.action, d.rule = "tighten", "sanctions.tighten.crackdown"  # (planned steps stay a tightening)
            out.append(d)
    return out



def _warning(view: View, i: int, s0: int) -> tuple[int, object] | None:
    """'The US and UK warn Kazakhstan about the risk of secondary sanctions', 'warned Ankara it
    could face sanctions', 'warned banks in the UAE about sanctions': the warning verb shortly before
    the measure at ``i`` (a ``warning_links`` word such as 'about' or 'that' between them, no clause
    punctuation) and the warned party's actor right after the verb (or None); else None."""
    keys = view.keys
    verbs, links = view.w("warning_verbs"), view.w("warning_links")
    clauses = view.w("warning_clauses")
    openers = view.w_union("warning_preps", "warning_clauses")
    lo = max(s0, i - 12)
    if verbs.isdisjoint(keys[lo:i]):
        return None
    w = next(j for j in range(i - 1, lo - 1, -1) if keys[j] in verbs)
    between = keys[w + 1 : i]
    if any(k in (".", ";", ":", "!", "?") for k in between) or openers.isdisjoint(between):
        return None
    c = next((x for x in range(w + 1, i) if keys[x] in openers), i)
    if keys[c] in clauses:
        x = c if keys[c] != "that" else c + 2 if c + 2 < i and keys[c + 1] == "the" else c + 1
        if x >= i or not (keys[x] in view.w("pronoun_subjects") or view.actor_at[x] is not None):
            return None  # "warned that new sanctions would not force it", "that the easing could be reversed": a claim
        y = view.actor_at[x].end if view.actor_at[x] is not None else x + 1
        if any(keys[z] not in links and keys[z] not in view.w("aux_words") for z in range(y, i)):
            return None  # "warned allies that Russia would exploit any easing of sanctions": another verb's object
    if any(x in view.all_trigger_tokens and keys[x] not in links for x in range(w + 1, i)):
        return None  # ("warned that the EU imposed sanctions": a reported action word of its own)
    ref = view.actor_at[w + 1] if w + 1 < i else None
    if ref is None and w + 2 < i and keys[w + 1] == "the":
        ref = view.actor_at[w + 2]
    return w, (ref if ref is not None and not ref.demonym and not ref.possessive and ref.end <= i else None)



def _warned(view: View, d: Draft, s0: int) -> None:
    """A measure that is merely possible, faced or named after a warning verb is threatened: by
    the verb's subject (one record per imposer), on the party warned."""
    start = d.trigger[0] if d.trigger and d.trigger[0] < d.start else d.start
    if d.action not in ("impose", "consider", "threaten") or (d.action == "impose" and d.modality == "asserted" and not d.rule.endswith((".target_subject", ".mention"))):
        return  # ("warned that the EU has imposed sanctions": a report of an imposition)
    found = _warning(view, start, s0)
    if found is None:
        return
    w, party = found
    d.rule = d.rule if d.rule == "sanctions.threaten.warning" else f"sanctions.threaten.warning.{d.action}"
    d.action, d.start = "threaten", min(d.start, w)
    if party is not None:
        d.targets, d.target_context = [party.name], False
    elif d.target_context:
        preps = view.w("warning_preps")
        link = next((x for x in range(w + 2, start) if view.keys[x] in preps), None)
        stop = _phrase_end(view, w + 1, link) if link is not None else w + 1
        named = [t for t in _resolve_phrase(view, w + 1, stop) if t != ANAPHOR_GPE] if stop > w + 1 else []
        if named:
            d.targets, d.target_context = named, False  # "warned banks in the UAE about sanctions": the banks
    if w > s0 and view.keys[w - 1] in view.w("passive_aux"):
        # "Armenia was warned it could face sanctions": the subject is the party warned; the warner, if any, after 'by'
        subject = _subject_targets(view, w, s0)
        if subject:
            d.targets, d.target_context = subject, False
        agent = _agent_after(view, w + 1, min(len(view.keys), w + 8))
        d.imposers, d.imposer_explicit = (agent, True) if agent else ([], False)
        return
    probe = Draft(action="threaten", instrument=None, start=w, end=w, rule="")
    _subject_imposer(view, probe, w, s0)
    if probe.imposers and not set(probe.imposers) & set(d.targets):
        d.imposers, d.imposer_explicit = probe.imposers, True



def _checked(view: View, drafts: list[Draft], s0: int, s1: int) -> list[Draft]:
    """The sentence's drafts without generic statements, with the named people of 'including',
    the elliptic impositions beside them, and each action once."""
    drafts = [d for d in drafts if not _generic_statement(view, d, s0) and not d.extra.get("drop") and not _denied(view, d, s0)]
    for d in drafts:
        _named_members(view, d, s1)
    drafts.extend(_elliptic_impositions(view, drafts, s0, s1))
    return _dedupe(drafts)



def _denied(view: View, d: Draft, s0: int) -> bool:
    """Whether a denial shortly before the action word rejects it ('The Kremlin denied that Moscow
    had imposed sanctions', 'Astana denies having banned exports to Russia'): a denied action is
    no action (GUIDELINES). Six words at most, in the sentence, with no scope break between them
    ('denied the charges after the EU sanctioned ...' denies something else); the action word is not the cue."""
    at = d.trigger[0] if d.trigger else d.start
    cues, breaks = view.w("denial_cues"), view.w("denial_scope_breaks")
    for k in range(at - 1, max(s0, at - 6) - 1, -1):
        if view.keys[k] in breaks:
            return False
        if view.keys[k] in cues:
            return True
    return False


def _elliptic_impositions(view: View, drafts: list[Draft], s0: int, s1: int) -> list[Draft]:
    """'The UN has reimposed sanctions on Iran, with the EU announcing immediate implementation':
    an implementation/enforcement noun with no measure of its own, announced by another actor, is
    that actor's imposition of the sentence's measure on the same target (no sanction word: no instrument)."""
    keys = view.keys
    nouns, between = view.w("elliptic_nouns"), view.w("elliptic_between")
    if not nouns or nouns.isdisjoint(keys[s0:s1]):
        return []
    main = next((d for d in drafts if d.action == "impose" and d.modality == "asserted" and d.targets and not d.target_context), None)
    if main is None:
        return []
    out = []
    for i in range(s0, s1):
        if keys[i] not in nouns or (i + 1 < s1 and keys[i + 1] in ("of", "on", "for")):
            continue
        j = i - 1
        while j >= s0 and j > i - 5 and keys[j] in between:
            j -= 1
        ref = view.actor_at[j] if j >= s0 and j < i - 1 else None
        name = view.imposer_name(ref) if ref is not None and not ref.demonym else None
        if not name or name in main.imposers:
            continue
        d = Draft(action="impose", instrument=None, start=ref.start, end=i + 1, rule="sanctions.impose.elliptic",
                  trigger=(i, i + 1), imposers=[name], imposer_explicit=True, targets=list(main.targets), sent_start=s0)
        out.append(d)
    return out



def _past_participle_trigger(view: View, triggers: list[Trigger], a: int, b: int) -> Trigger | None:
    """A participle after a past adverb between a trigger and its instrument ('previously lifted',
    'already imposed'): a past action of its own, different from the main one."""
    for t in triggers:
        if t.used or "pre" not in t.pos or t.start < a or t.end > b:
            continue
        if t.start >= 1 and view.keys[t.start - 1] in view.w("past_adverbs") and view.keys[t.start].endswith("ed"):
            return t
    return None



def _generic_statement(view: View, d: Draft, s0: int) -> bool:
    """'The office is typically responsible for imposing sanctions on individuals': what a body
    can or usually does is no reported action (a cue from ``generic_cues`` shortly before the trigger)."""
    if view.lex.generic is None or not d.trigger:
        return False
    t = d.trigger[0]
    keys = view.keys
    for i in range(t - 1, max(s0, t - 6) - 1, -1):
        if keys[i] in (",", ";", ":", "(", ")"):
            return False  # "Washington, which typically consults allies, imposed ...": another clause's cue
        if view.lex.generic.match_at(keys, i) is not None:
            return True
    return False



def _pronoun_drafts(view: View, instruments: list[Instrument], triggers: list[Trigger], s0: int, s1: int) -> list[Draft]:
    """'... sanctions ... means they are likely to remain a feature': a pronoun standing for the
    sentence's measure is the subject of a predicate trigger."""
    keys = view.keys
    out = []
    for t in triggers:
        if t.used or "post" not in t.pos:
            continue
        j = t.start - 1
        while j >= s0 and (keys[j] in view.w("aux_words") or keys[j] in view.w("passive_aux") or view.lex.modality.match_at(keys, j) is not None):
            j -= 1
        if j < s0 or keys[j] not in view.w("pronoun_measures"):
            continue
        before = [i for i in instruments if i.end <= j]
        if not before:
            continue
        ins = before[-1]
        d = _draft_from_post(view, ins, t, s0, s1)
        d.start = j
        d.rule = d.rule.replace(".passive", ".pronoun")
        t.used = True
        out.append(d)
    return out



def _accompanies(view: View, ins: Instrument, s0: int) -> bool:
    """The measure follows an accompaniment cue ('along with', 'together with', 'alongside'; frames.json
    ``accompaniment_cues``), with at most a modifier or two between ('along with new asset freezes')."""
    keys, cues = view.keys, view.w("accompaniment_cues")
    for i in range(ins.start, max(s0, ins.start - 3) - 1, -1):
        if i - 1 < s0:
            return False  # (the sentence's first word: nothing before it is this sentence's)
        if keys[i - 1] in cues or (i - 2 >= s0 and f"{keys[i - 2]} {keys[i - 1]}" in cues):
            return True
        if not view.words[i - 1].isalpha() or keys[i - 1] in _AND_OR:
            return False
    return False


def _coordinated_measures(view: View, a: Instrument, b: Instrument, s1: int) -> bool:
    """'an arms embargo, a ban on X and an asset freeze on Y': one list of measures."""
    keys = view.keys
    j = a.end
    hit = view.lex.target_intros.match_at(keys, j) if j < s1 else None
    if hit is not None:
        j = _phrase_end(view, hit[0], s1)
    gap = keys[j : b.start]
    return bool(gap) and all(k in _LIST_GAP for k in gap) and ("," in gap or "and" in gap)



def _part_of_drafts(view: View, instruments: list[Instrument], made_of: dict[int, list[Draft]], s0: int, s1: int) -> list[Draft]:
    """'extra trade restrictions and travel bans as part of a sanctions package adopted by the EU':
    measures with no action of their own, listed as part of (or coordinated before) a measure that
    has one, share its action, imposer, modality and target; one record each."""
    keys = view.keys
    out: list[Draft] = []
    cues = view.w("part_of_cues")
    for idx in range(len(instruments) - 2, -1, -1):
        nxt = made_of.get(idx + 1)
        if made_of.get(idx) or not nxt:
            continue
        a, b = instruments[idx], instruments[idx + 1]
        gap = keys[a.end : b.start]
        if not gap or len(gap) > 7:
            continue
        linked = "part" in gap and all(k in cues or k in view.w("determiners") or k in view.w("novelty") or _ORDINAL.match(k) for k in gap)
        listed = idx + 2 < len(instruments) and made_of.get(idx + 1) and made_of[idx + 1][0].rule.endswith(".part_of") and all(
            k in _LIST_GAP for k in gap)
        if not (linked or listed):
            continue
        src = nxt[0]
        d = _bare_draft(view, a, src.action, src.rule if listed else f"sanctions.{src.action}.part_of", s0, s1)
        if listed:
            d.rule = src.rule
        if not d.imposers:
            d.imposers, d.imposer_explicit = list(src.imposers), src.imposer_explicit
        own_goods = d.targets and d.targets == [_modifier_actors(view, a, s0)["goods"]]
        if (d.target_context or own_goods) and src.targets and not src.target_context:
            d.targets, d.target_context = list(src.targets), False  # the package's target ("extra trade" is no target)
        d.modality, d.trigger = src.modality, src.trigger
        made_of[idx] = [d]
        out.append(d)
    return out



def _dedupe(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    seen = set()
    for d in drafts:
        key = (d.action, d.start, d.end, tuple(d.targets))
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    return out



def _pre_trigger(view: View, ins: Instrument, triggers: list[Trigger], prev_end: int, s0: int) -> Trigger | None:
    best = None
    for t in triggers:
        if t.used or "pre" not in t.pos or t.end > ins.start or t.end < prev_end and t.start < prev_end:
            continue
        if adjectival_participle(view, t.start):
            continue  # "the re-imposition of all previously lifted sanctions"
        if _gap_ok(view, t.end, ins.start, t.gap):
            if best is None or t.end > best.end:
                best = t
    return best



def _post_triggers(view: View, ins: Instrument, triggers: list[Trigger], nxt: int, s1: int) -> list[Trigger]:
    """Triggers after the instrument whose subject it is: passive, participle, 'remain in place'."""
    keys = view.keys
    out = []
    for t in triggers:
        if "post" not in t.pos or t.start < ins.end or t.start >= nxt:
            continue
        if "pre" in t.pos and nxt < s1 and _gap_ok(view, t.end, nxt, t.gap) and view.keys[t.start - 1] not in view.w("passive_aux"):
            continue  # "... and extended existing restrictions": it governs the next measure
        if t.start - ins.end > 30:
            continue
        if t.start - 2 >= ins.end and keys[t.start - 1] == "to" and keys[t.start - 2] in view.w("purpose_verbs"):
            continue  # "these sanctions aim to cut the flow of funds": what the measure does, not done to it
        if "pre" in t.pos and t.end - t.start == 1 and keys[t.start - 1] not in view.w("passive_aux") and _object_after(view, t.end, s1):
            continue  # "sanctions on Belarus will cut cargo transit": an active verb, the measure its subject
        ok = True
        i = ins.end
        depth = 0
        in_agent = False  # inside a participle's "by X, Y and Z" agent list
        aside = _participle_aside(view, ins.end, t.start)
        while i < t.start:
            if aside is not None and aside[0] <= i < aside[1]:
                i = aside[1]  # "sanctions on X, introduced in 2021 after ..., remain in force"
                continue
            k = keys[i]
            if k == "by":
                in_agent = True
            elif in_agent and view.actor_at[i] is None and k not in (",", "and", "the", "&"):
                in_agent = False
            if k in ("(", "—", "–"):
                depth += 1
            elif k in (")",):
                depth = max(0, depth - 1)
            elif depth == 0:
                if k in (";", ":", ".", "?", "!") or k in view.w("pronoun_measures") or k in view.w("clause_stops"):
                    ok = False  # "..., and they remain in place": the pronoun is the subject
                    break
                ref = view.actor_at[i]
                by_agent = in_agent or keys[i - 1] == "by" or (keys[i - 1] == "the" and keys[i - 2] == "by")
                if ref is not None and not _in_target_phrase(view, ins.end, i) and not by_agent:
                    ok = False  # "a list that the U.S. maintained": another subject
                    break
                if view.lex.triggers.match_at(keys, i) is not None and keys[i] not in view.w("passive_aux"):
                    hit = view.lex.triggers.match_at(keys, i)
                    if hit and "post" not in hit[1]["pos"] and hit[1]["action"] not in ("impose",) and not (
                        hit[0] + 1 == t.start and keys[hit[0]] == "and" and keys[i - 1] in view.w("passive_aux")
                    ):  # ("are reviewed and extended annually": two participles of one passive)
                        ok = False
                        break
            i += 1
        if not ok:
            continue
        if depth == 0 and t.start - ins.end > 12:
            # a long way off only when the stretch is bracketed by dashes or is a "which" clause
            reduced_relative = ((hit := view.lex.triggers.match_at(keys, ins.end)) is not None and "post" in hit[1]["pos"]) or aside is not None
            # ... or the second verb of the measure's own coordinated passive ("were introduced in
            # September 2010 and are reviewed and extended annually")
            second = "and" in keys[max(ins.end, t.start - 5) : t.start] and any(
                (h := view.lex.triggers.match_at(keys, j)) is not None and "post" in h[1]["pos"] and keys[j - 1] in view.w("passive_aux")
                for j in range(ins.end, t.start - 2)
            )
            if not reduced_relative and not second and not any(keys[j] in ("—", "–", "which", "that") for j in range(ins.end, t.start)):
                continue  # ... or a reduced relative ("sanctions imposed on X by A, B and C have been lifted")
        out.append(t)
    return out



def _relative_action(view: View, ins: Instrument, triggers: list[Trigger], s0: int, s1: int) -> Draft | None:
    """'the crushing sanctions (that) the US has imposed on Iran': a relative clause on the measure
    whose own subject is a named actor and whose verb is an action word is that actor's action
    (a past imposition stated beside the current action is its own record); the target is the
    clause's 'on X'."""
    keys = view.keys
    j = ins.end
    if j < s1 and keys[j] in view.w("relative_pronouns") and keys[j] != "who":
        j += 1
    if j < s1 and keys[j] == "the":
        j += 1
    ref = view.actor_at[j] if j < s1 else None
    if ref is None or ref.start != j or ref.possessive or ref.demonym:
        return None
    k = ref.end
    while k < s1 and (keys[k] in view.w("aux_words") or keys[k] in view.w("passive_adverbs")):
        k += 1
    t = next((t for t in triggers if t.start == k and not t.used and "pre" in t.pos), None)
    if t is None or t.action not in ("impose", "extend", "tighten", "maintain"):
        return None
    t.used = True
    d = _base(view, ins, t.action, f"sanctions.{t.action}.relative", ins.start, t.end, s0)
    d.trigger = (t.start, t.end)
    name = view.imposer_name(ref)
    if name:
        d.imposers, d.imposer_explicit = [name], True
    hit = view.lex.target_intros.match_at(keys, t.end) if t.end < s1 else None
    if hit is not None and hit[0] not in view.date_starts and not _is_time(view, hit[0]):
        stop = _phrase_end(view, hit[0], s1)
        d.targets = [x for x in _resolve_phrase(view, hit[0], stop) if x != ANAPHOR_GPE]
        if d.targets:
            d.end = stop
    d.target_context = not d.targets
    _modal(view, d, t.start, ref.end)  # only the clause's own auxiliaries ("has imposed", "could impose")
    return d



def _object_after(view: View, e: int, s1: int) -> bool:
    """A plain lower-case noun phrase starts at ``e`` (the object of an active verb before it): not a
    preposition, adverb, auxiliary, conjunction, date or punctuation ('will cut cargo transit', not
    'imposed last week', 'cut by half', 'imposed in 2021')."""
    if e >= s1 or e in view.date_starts:
        return False
    k, tok = view.keys[e], _tok_text(view, e)
    if not tok.isalpha() or not tok.islower() or k.endswith("ly"):
        return False
    stops = view.w_union("prepositions", "aux_words", "passive_aux", "time_words", "target_stop", "clause_stops", "relative_pronouns")
    if k in stops or k in view.lex.number_words or k in view.w("non_objects"):
        return False
    # "lifted a decade ago", "imposed some years ago": a time phrase, not an object
    return not any(view.keys[x] in view.w("duration_units") or view.keys[x] in view.w("time_after") for x in range(e, min(s1, e + 3)))



def _participle_aside(view: View, a: int, t: int) -> tuple[int, int] | None:
    """The comma-bracketed participle clause between a measure (ending at ``a``) and its
    verb at ``t`` ("EU sanctions on X, introduced in 2021 after ..., remain in force"):
    (first comma, closing comma + 1), else None."""
    keys = view.keys
    if t - 1 <= a or keys[t - 1] != ",":
        return None
    c = next((j for j in range(a, t - 1) if keys[j] == ","), None)
    if c is None or c + 1 >= t - 1:
        return None
    hit = view.lex.triggers.match_at(keys, c + 1)
    if hit is None or "post" not in hit[1]["pos"] or any(keys[j] in (";", ".", "—", "–") for j in range(c, t)):
        return None
    return c, t


def _base(view: View, ins: Instrument, action: str, rule: str, a: int, b: int, s0: int) -> Draft:
    return Draft(
        action=action,
        instrument=_span_text(view, ins.start, ins.end) if ins else None,
        start=a,
        end=b,
        rule=rule,
        sent_start=s0,
    )



def _measure_extends_measure(view: View, t: Trigger, ins: Instrument, s0: int, s1: int) -> bool:
    """A measure as the subject of 'extend' ('The new sanctions extend export restrictions on X')
    widens the other measure's scope, unless a term follows ('... until 2026', 'for six months')."""
    keys = view.keys
    k = t.start
    while k - 1 >= s0 and (keys[k - 1] in view.w("aux_words") or keys[k - 1] in view.w("passive_adverbs")):
        k -= 1
    if not any(view.instrument_at.get(x, (None,))[0] == k for x in range(max(s0, k - 4), k)):
        return False
    term, term_ends = view.w("duration_units"), view.w("term_end_cues")
    return not any(keys[x] in term_ends or keys[x] in term for x in range(ins.end, min(s1, ins.end + 15)))


def _draft_from_trigger(view: View, ins: Instrument, t: Trigger, s0: int, s1: int) -> Draft:
    form = "nominal" if view.keys[t.end - 1] == "of" or view.keys[t.start] in ("the", "an") else "verbal"
    action = t.action
    if action == "extend" and any(view.keys[x] in view.w("scope_cues") for x in range(t.end, ins.start)):
        action = "tighten"  # "extended existing restrictions": a wider scope, not a longer term
    elif action == "extend" and _measure_extends_measure(view, t, ins, s0, s1):
        action = "tighten"  # "The updated sanctions extend export restrictions on drones": the package widens them
    if ins.kind == "relief" and action in ("impose", "ease", "extend", "tighten", "maintain"):
        action = "ease"  # granting or keeping relief eases the measure
    if action in ("ease", "tighten") and " ".join(view.keys[ins.start : ins.end]) in view.w("ceiling_instruments"):
        said = " ".join(view.keys[t.start : t.end])
        if action == "ease" and said in view.w("magnitude_down"):
            action = "tighten"  # "lowered the price cap": a lower ceiling is stricter
        elif action == "tighten" and said in view.w("magnitude_up"):
            action = "ease"  # "raised the price cap"
    widened_to = None
    if action in ("extend", "tighten") and ins.end + 1 < s1 and view.keys[ins.end] == "to" and ins.end + 1 not in view.date_starts and not _YEAR.match(view.keys[ins.end + 1]):
        stop = _phrase_end(view, ins.end + 1, s1)
        widened_to = [x for x in _resolve_phrase(view, ins.end + 1, stop) if x != ANAPHOR_GPE]
        if widened_to:
            action = "tighten"  # "extends the transaction ban to 13 banks": more targets
    d = _base(view, ins, action, f"sanctions.{action}.{form}", t.start, ins.end, s0)
    d.trigger = (t.start, t.end)
    call = t.call or _call_cue_before(view, t.start, s0)
    _modal(view, d, t.start, s0)
    wrapper = None if t.call else _wrapper_before(view, t.start, s0)
    if d.extra.get("vowed") and (wrapper == "threaten" or d.action == "threaten"):
        wrapper = None  # "promised to lift" stays a planned lifting, "prepares to reimpose" a threat

    if wrapper in ("threaten", "consider") and action not in ("threaten", "consider"):
        d.action = wrapper  # "threatened to impose tariffs", "is considering lifting sanctions"
        d.rule = f"sanctions.{wrapper}.{action}"
        d.start = next(j for j in range(t.start - 1, s0 - 1, -1) if view.lex.triggers.match_at(view.keys, j) is not None)
        call = False
    if call and action != "call_for":
        d.action = "call_for"
        d.rule = f"sanctions.call_for.{action}"
    elif t.call:
        d.rule = "sanctions.call_for.direct"
    if t.affirmative_only and d.modality == "negated":
        d.extra["drop"] = True  # "Turkey said it would not enforce the sanctions": compliance refused, no action
    _imposer_for(view, d, ins, t, s0, call)
    _target_for(view, d, ins, s1)
    if widened_to and d.target_context:
        d.targets, d.target_context = widened_to, False
    return d



def _trailing_speaker(view: View, a: int, b: int, s1: int) -> list[str]:
    """The state or body of a reporting clause that ends the sentence after a comma ('...,
    the Australian government announced.', '..., the Treasury said'): who announces an agentless
    passive action takes it; a person stands for his or her state. [] when none."""
    keys = view.keys
    e = s1
    while e > b and (view.is_space[e - 1] or keys[e - 1] in (".", "!", '"', "”", "’", "'")):
        e -= 1
    if e - 1 <= b or keys[e - 1] not in view.w("reporting_verbs"):
        return []
    c = next((x for x in range(e - 2, max(b, e - 8) - 1, -1) if keys[x] == ","), None)
    if c is None:
        return []
    x = c + 1 + (keys[c + 1] == "the")
    ref = view.actor_at[x] if x < e else None
    if ref is None or ref.start != x or ref.possessive:
        return []
    if ref.demonym and not (ref.end < e - 1 and keys[ref.end] in view.w("state_nouns") and ref.end + 1 == e - 1):
        return []  # ("the Australian government announced": the state; "a Russian official said": none)
    if not ref.demonym and ref.end != e - 1:
        return []
    name = view.imposer_name(ref)
    if not name:
        return []
    state = view.actor_state(name)
    if any(r is not None and view.actor_state(r.name) == state for r in view.actor_at[a:c]):
        return []  # "sanctions were imposed on Iranian banks, Tehran said": the target reports it
    return [name]


def _draft_from_post(view: View, ins: Instrument, t: Trigger, s0: int, s1: int) -> Draft:
    d = _base(view, ins, t.action, f"sanctions.{t.action}.passive", ins.start, t.end, s0)
    d.trigger = (t.start, t.end)
    # "sanctions will be lifted"; not "will restore sanctions lifted ..."; the whole verb group between the
    # measure and its verb ("the cap still needs to be agreed on by the G7 and unanimously approved")
    _modal(view, d, t.start, ins.end, window=min(16, max(10, t.start - ins.end + 1)))
    if d.modality == "possible" and d.action not in ("maintain", "consider") and not (
        d.action == "call_for" and d.extra.get("advocated_by") not in view.w("pending_cues")
    ):
        d.rule = d.rule.replace("sanctions.call_for.", "sanctions.consider.", 1)
        d.action = "consider"  # ("sanctions should be lifted" stays a call; "the cap needs to be approved" is pending)
    mods = _modifier_actors(view, ins, s0)
    d.imposers = [m for m in mods["imposers"]]
    d.imposer_explicit = bool(d.imposers)
    agent = _agent_after(view, t.end, s1)
    if not agent and view.keys[t.end - 1] in view.w("approval_nouns"):
        agent = _agent_after(view, t.end, s1, intro="from")  # "received approval from EU foreign ministers"
    if not agent and not d.imposers and t.start > ins.end:
        # "sanctions imposed on Iran by the U.S. and the UN have been lifted": the
        # reduced relative's agent is the one who lifts what it imposed
        participle = view.lex.triggers.match_at(view.keys, ins.end)
        if participle is not None and participle[0] < t.start:
            agent = _agent_after(view, participle[0], t.start)
    if not agent and not d.imposers:
        agent = _trailing_speaker(view, ins.start, t.end, s1)  # "... have been slapped on four entities, the Australian government announced."
    if agent:
        d.imposers, d.imposer_explicit = agent, True
    elif not d.imposers and any(view.keys[x] in _BODY_POSSESSIVES for x in range(mods["lo"], ins.start)):
        name = _first_actor(view, s0, mods["lo"])  # "the EU ..., and its sanctions regime ... adopted"
        if name:
            d.imposers, d.imposer_explicit = [name], True
    _target_for(view, d, ins, s1, mods=mods)
    if d.target_context:
        # "sanctions were imposed on Russia", "ever imposed on a major economy"
        after = t.end
        if after + 1 < s1 and view.keys[after] == "by" and agent:
            after = _past_agents(view, after + 1, s1)  # "Sanctions were imposed by the EU on the university"
        if after + 1 < s1 and view.keys[after] in ("in", "on", "since") and after + 1 in view.date_end_at:
            after = view.date_end_at[after + 1]  # "imposed in 2021 on Belavia": past the date
        elif after in view.date_end_at:
            after = view.date_end_at[after]
        hit = view.lex.target_intros.match_at(view.keys, after) if after < s1 else None
        sectors = _sector_list(view, hit[0], s1, need_head=True) if hit is not None else None
        if sectors is not None:
            d.targets, d.target_context = sectors[0], False  # "eased on X's oil, gas and gold sectors"
            d.extra["no_carry"] = True  # a sector is no context target for later measures
            d.end = max(d.end, sectors[1])
        elif hit is not None and hit[0] not in view.date_starts and not _is_time(view, hit[0]):
            stop = _phrase_end(view, hit[0], s1)
            targets = [x for x in _resolve_phrase(view, hit[0], stop) if x != ANAPHOR_GPE]
            if targets:
                d.targets, d.target_context = targets, False
                d.end = max(d.end, stop)
    return d



def _bare_draft(view: View, ins: Instrument, action: str, rule: str, s0: int, s1: int) -> Draft:
    d = _base(view, ins, action, rule, ins.start, ins.end, s0)
    mods = _modifier_actors(view, ins, s0)
    d.imposers = mods["imposers"]
    d.imposer_explicit = bool(d.imposers)
    _target_for(view, d, ins, s1, mods=mods)
    return d



def _bare_mention(view: View, ins: Instrument, s0: int, s1: int) -> Draft | None:
    """A measure named as new or with its imposer and no action verb: an imposition
    ("the first European and American sanctions", "China's New ... Restrictions")."""
    keys = view.keys
    if ins.kind == "relief":
        return None
    lo = _np_left(view, ins.start, s0)
    if lex_hit(view.lex.block, keys, max(s0, lo - 3), lo):
        return None
    mods = _modifier_actors(view, ins, s0)
    novelty = any(keys[i] in view.w("novelty") or _ORDINAL.match(keys[i]) for i in range(lo, ins.start))
    if ins.kind == "weak" and not (novelty and (mods["imposers"] or mods["goods"])):
        return None
    # "US sanctions have hurt ..." is a background mention; "the first US sanctions", "new tariffs" report one
    if not novelty:
        return None
    if ins.end < len(keys) and keys[ins.end] in view.w_without("modal_verbs", "will", "can"):
        return None  # "warned that new sanctions would not force Tehran ...": a hypothetical
    d = _bare_draft(view, ins, "impose", "sanctions.impose.mention", s0, s1)
    d.start = lo
    _modal(view, d, lo, s0, allow_possible=False)
    if d.modality == "negated":
        return None
    if not view.w("pending_modifiers").isdisjoint(keys[lo : ins.start]):
        d.action, d.rule, d.modality = "consider", "sanctions.consider.impose.mention", "possible"  # "the proposed new package"
    return d



def _measure_targets(view: View, ins: Instrument, s0: int, s1: int) -> Draft | None:
    """'The sanctions also target 34 entities': a measure that is the subject of a targeting
    verb (``subject_target_verbs``) with no action word of its own is imposed on the verb's object."""
    keys = view.keys
    j = ins.end
    if j + 2 < s1 and keys[j] == "on":
        members = _members_included(view, ins, s0, s1)  # (a generic measure word too: 'Restrictions on services now include')
        if members is not None:
            return members
    # a weak measure word ('the ban', 'these restrictions') refers back to a measure of a sanctions
    # text: it may apply or extend to a party ('The ban also extends to two former presidents')
    weak = ins.kind != "strong"
    if weak and not (ins.start > s0 and keys[ins.start - 1] in _ANAPHORIC_DETERMINERS):
        return None
    if j < s1 and keys[j] == ",":
        # "The sanctions, imposed after the election, target ...": past a comma-bracketed aside
        close = next((x for x in range(j + 1, min(s1, j + 16)) if keys[x] in (",", ".", ";")), None)
        if close is not None and keys[close] == "," and close + 1 < s1 and (
            keys[close + 1] in view.w("subject_target_verbs") or _applies_to(view, close + 1, s1)
        ):
            j = close + 1
    hit = view.lex.triggers.match_at(keys, j) if j < s1 else None
    if hit is not None and "post" in hit[1]["pos"] and hit[0] + 1 < s1 and keys[hit[0]] == "by":
        # "The latest sanctions imposed by Japan have targeted 81 people": past the reduced relative
        x = _past_agents(view, hit[0] + 1, s1)
        if x > hit[0] + 1 and x < s1 and keys[x] in _MAIN_VERB_AUXILIARIES:
            j = x + 1
    while j < s1 and keys[j] in view.w("predicate_adverbs"):
        j += 1
    j = _purpose_lead(view, j, s1)
    if j < s1 and keys[j] not in view.w("subject_target_verbs") and not _applies_to(view, j, s1):
        j = _coordinated_target_verb(view, j, s1)
    verb_end = j + 2 if _applies_to(view, j, s1) else j + 1  # "The new sanctions apply to A": 'to' opens the object
    if j >= s1 or (keys[j] not in view.w("subject_target_verbs") and verb_end == j + 1) or verb_end >= s1 or (weak and verb_end == j + 1):
        return None
    lo = _np_left(view, ins.start, s0)
    if any(keys[x] in view.w("prepositions") for x in range(max(s0, lo - 1), lo)):
        return None  # "relief from sanctions targeting ...": the measure is no subject
    d = _base(view, ins, "impose", "sanctions.impose.measure_targets", ins.start, verb_end, s0)
    d.trigger = (j, verb_end)
    j = verb_end - 1
    stop = _phrase_end(view, j + 1, s1)
    for x in range(j + 2, stop - 1):
        if keys[x] == "and" and keys[x + 1] in view.w("determiners") and any(keys[y] in view.w("passive_aux") for y in range(x + 2, s1)):
            stop = x  # "target 34 entities and all funding to them is banned": a second clause
            break
    d.targets = [x for x in _resolve_phrase(view, j + 1, stop) if x != ANAPHOR_GPE]
    if len(d.targets) == 1 and stop < s1 and keys[stop] == ",":
        listed = _common_list(view, j + 1, s1)
        if listed is not None:
            d.targets, stop = listed  # "The export ban now covers drones, chips and engines": one target each
    if not d.targets:
        return None
    d.end = max(d.end, stop)
    also = _as_well_as(view, stop, s1)
    if also is not None:
        d.targets += [x for x in also[0] if x not in d.targets]
        d.end = max(d.end, also[1])
    mods = _modifier_actors(view, ins, s0)
    d.imposers, d.imposer_explicit = list(mods["imposers"]), bool(mods["imposers"])
    _modal(view, d, j, s0)
    return d


def _coordinated_target_verb(view: View, j: int, s1: int) -> int:
    """'These sanctions are aligned with those on Russia and target three sectors': the measure's
    second predicate, a targeting verb after 'and', when its first predicate opens at ``j`` with an
    auxiliary or a past verb; that verb's token, else ``j``."""
    keys = view.keys
    if not (keys[j] in view.w("aux_words") or (keys[j].endswith("ed") and _tok_text(view, j).islower())):
        return j
    for x in range(j + 1, min(s1 - 2, j + 16)):
        if keys[x] in (",", ";", ".", ":") or keys[x] in view.w("relative_pronouns"):
            break
        if keys[x] == "and" and (keys[x + 1] in view.w("subject_target_verbs") or _applies_to(view, x + 1, s1)):
            nxt = keys[x + 2]
            if nxt in view.w("prepositions") or nxt in _AND_OR or nxt in view.w("list_words"):
                break  # "sanctions and target lists": a noun
            return x + 1
    return j


def _applies_to(view: View, j: int, s1: int) -> bool:
    """'apply to' at ``j`` ('The sanctions apply to senior officials'): a targeting verb whose object
    follows 'to' (``subject_target_to_verbs``)."""
    return (
        j + 2 < s1 and view.keys[j] in view.w("subject_target_to_verbs") and view.keys[j + 1] == "to"
        and j + 2 not in view.date_starts and not _is_time(view, j + 2) and not _YEAR.match(view.keys[j + 2])
    )  # (not 'the sanctions extend to 2026', 'to the end of the year')


def _members_included(view: View, ins: Instrument, s0: int, s1: int) -> Draft | None:
    """'Restrictions on services now include accounting, auditing and advertising', 'Sanctions on
    Iran's banks include Bank Melli and Bank Sepah': the members a measure's plural target description
    includes are its targets, one record each ('now'/'also' before the verb: the measure widens,
    tighten). None when no list of two or more follows the verb."""
    keys = view.keys
    a = ins.end + 1
    inc = next((x for x in range(a, min(s1 - 1, a + 8)) if keys[x] in view.w("include_verbs") or keys[x] in (",", ";")), None)
    if inc is None or keys[inc] not in view.w("include_verbs"):
        return None
    widen = keys[inc - 1] in view.w("widening_adverbs")
    lead = inc - 1 if widen else inc
    if lead <= a or not _plural_head(view, a, lead):
        return None
    listed = _name_list(view, inc + 1, s1) or _common_list(view, inc + 1, s1, members=True)
    if listed is None:
        return None
    action = "tighten" if widen else "impose"
    d = _base(view, ins, action, f"sanctions.{action}.members_included", ins.start, listed[1], s0)
    d.trigger = (inc, inc + 1)
    d.targets = listed[0]
    before = {ref.name for x in range(s0, ins.start) if (ref := view.actor_at[x]) is not None}
    imposers = [x for x in _modifier_actors(view, ins, s0)["imposers"] if x in before]  # (not "on Iran's banks")
    d.imposers, d.imposer_explicit = imposers, bool(imposers)
    return d


def _purpose_lead(view: View, j: int, s1: int) -> int:
    """'The sanctions were also intended to target X', 'are designed to cover X': the targeting verb
    after a stated purpose (``purpose_verbs``) is the measure's own; the verb's token (``j`` unchanged
    when there is no such lead)."""
    keys = view.keys
    x = j
    while x < s1 and keys[x] in view.w("passive_aux") or (x < s1 and keys[x] in view.w("predicate_adverbs")):
        x += 1
    if x + 2 < s1 and keys[x] in view.w("purpose_verbs") and keys[x + 1] == "to" and keys[x + 2] in view.w("subject_target_verbs"):
        return x + 2
    return j


def _as_well_as(view: View, stop: int, s1: int) -> tuple[list[str], int] | None:
    """The named actors after an 'as well as' closing the object phrase ending at ``stop`` ('target
    entities that shipped coal to Poland, as well as gas firm Novatek and fertiliser maker PhosAgro'):
    more targets of the same verb, one record each; their end."""
    keys = view.keys
    for x in range(stop, min(s1 - 3, stop + 25)):
        if keys[x] in (".", ";", ":"):
            return None
        if keys[x] == "as" and _as_well_as_at(keys, x):
            end = _phrase_end(view, x + 3, s1, allow_commas=True)
            names = _listed_names(view, x + 3, end)  # "gas firm Novatek"
            return (names, end) if names else None
    return None


def _target_side(view: View, ins: Instrument, s0: int) -> Draft | None:
    """'X will face sanctions', 'a nation targeted by stiff sanctions': the target is the subject."""
    keys = view.keys
    for j in range(ins.start - 1, max(s0 - 1, ins.start - 7), -1):
        hit = view.lex.target_side.match_at(keys, j)
        if hit is None or hit[0] > ins.start:
            continue
        between = range(hit[0], ins.start)
        if any(keys[x] in view.w("prepositions") or keys[x] in _CLAUSE_PUNCT for x in between):
            continue
        for k in range(j - 1, max(s0 - 1, j - 3), -1):
            longer = view.lex.target_side.match_at(keys, k)
            if longer is not None and longer[0] == hit[0] and longer[1]["action"] != hit[1]["action"]:
                j, hit = k, longer  # "is (also) subject to" (a standing state) over "subject to"
        i = j - 1
        while i >= s0 and (keys[i] in view.w("passive_aux") or keys[i] in view.w("aux_words")):
            i -= 1
        if i >= s0 and ((i == s0 and keys[i] in view.w("wh_words")) or i in view.instrument_at):
            # "Who is subject to sanctions" (a question, often a heading), "those subject to current
            # sanctions are subject to asset freezes" (a measure is no party): no action here
            return None
        d = _base(view, ins, hit[1]["action"], f"sanctions.{hit[1]['action']}.target_subject", j, ins.end, s0)
        d.trigger = (j, hit[0])
        _modal(view, d, j, s0, allow_possible=False)
        mods = _modifier_actors(view, ins, s0)
        s1 = view.sent_bounds[view.sent_of[ins.start]][1]
        d.imposers = mods["imposers"] or _agent_after(view, ins.end, s1)  # ("subjected to sanctions by the EU")
        d.imposer_explicit = bool(d.imposers)
        d.targets = _subject_targets(view, j, s0)
        if hit[1]["action"] == "impose" and _group_subject(view, s0, j):
            # "Those subject to the sanctions include A and his son B": the group's members are named after it
            found = _copula_names(view, ins.end, s1)
            if found:
                d.targets, d.end = found[0], max(d.end, found[2])
        if not d.imposers:
            k = j - 1
            while k > s0 and view.actor_at[k] is None and keys[k] not in ("that", ",", "which"):
                k -= 1
            probe = Draft(action=d.action, instrument=None, start=k, end=k, rule="")
            _subject_imposer(view, probe, k, s0)
            target_states = set(d.targets) | {view.actor_state(x) for x in d.targets}
            if probe.imposers and not set(probe.imposers) & target_states:
                d.imposers, d.imposer_explicit = probe.imposers, True
        if not d.targets:
            d.target_context = True
        return d
    return None
