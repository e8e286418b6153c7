"""Document context: filling implicit imposers and targets from the rest of the text, and headline targets from the body.

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

from collections import Counter
from itertools import compress

from briefextract.rules.sanctions.arguments import _name_list, _named_parties
from briefextract.rules.sanctions.phrases import (
    _ON_AGAINST,
    _as_well_as_at,
    _phrase_end,
    _resolve_phrase,
)
from briefextract.rules.sanctions.view import ANAPHOR_GPE, UNNAMED, Draft, View


# -- context -------------------------------------------------------------------
def _state_body(view: View, explicit_imp: list[tuple[int, Draft]], state: str) -> str:
    """The implicit imposer for ``state``: the one body of that state the text names as an imposer
    ('the NSDC imposed sanctions on A ... the application of personal sanctions to B': the NSDC;
    GUIDELINES: the specific body when named), else the state itself (two bodies, or the state
    named as an imposer too: no unambiguous body)."""
    named = {n for _, p in explicit_imp for n in p.imposers if view.actor_state(n) == state}
    if len(named) == 1:
        (body,) = named
        return body
    return state


# frames whose target holds (or held) a licence: a later licence named without its holder is theirs
_LICENCE_RULES = frozenset({
    "sanctions.ease.licence", "sanctions.ease.licence_held", "sanctions.tighten.licence", "sanctions.tighten.wind_down",
})


def _fill_context(view: View, drafts: list[Draft]) -> None:
    """Implicit imposers and targets: the neighbouring record's, else the document's."""
    _described_names(drafts)
    _settle_placeholders(view, drafts)
    _fill_imposers(view, drafts)
    _fill_targets(view, drafts)


def _settle_placeholders(view: View, drafts: list[Draft]) -> None:
    """Before any filling: a target pressed in the sentence ('pressure on Iran'), the placeholders
    for an unnamed imposer and a state anaphor turned into flags, and no state sanctioning itself."""
    for d in drafts:
        pressed = _pressed_in_sentence(view, d) if d.target_context else None
        if pressed:
            d.targets, d.target_context = pressed, False
    for d in drafts:
        if UNNAMED in d.imposers:
            d.imposers = []
            d.extra["unnamed"] = True
        if ANAPHOR_GPE in d.targets:
            d.targets = [t for t in d.targets if t != ANAPHOR_GPE]
            d.extra["gpe"] = True
            if not d.targets:
                d.target_context = True
    for d in drafts:
        if d.imposers and d.targets and d.action != "call_for":
            states = {view.actor_state(x) for x in d.imposers}
            if states & set(d.targets):
                d.imposers, d.imposer_explicit = [], False  # a state does not sanction itself


def _fill_imposers(view: View, drafts: list[Draft]) -> None:
    """An action with no imposer takes the state behind the last few named imposers, else the next
    one, else the text's most frequent one, else the most mentioned state that is not a target."""
    explicit_imp = [(i, d) for i, d in enumerate(drafts) if d.imposer_explicit and d.imposers]
    counts = Counter(view.actor_state(n) for _, d in explicit_imp for n in d.imposers)
    for i, d in enumerate(drafts):
        if d.imposers or d.extra.get("unnamed"):
            continue
        # the state behind the last few named imposers (majority, nearest on a tie): one aside
        # ("the EU's decision to end ...") does not take over a text about another imposer
        own = set(d.targets)
        recent = [view.actor_state(p.imposers[0]) for j, p in explicit_imp if j < i and view.actor_state(p.imposers[0]) not in own][-3:]
        nxt = next((p for j, p in explicit_imp if j > i), None)
        if recent:
            freq = Counter(recent)
            best = max(freq.values())
            d.imposers = [_state_body(view, explicit_imp, next(x for x in reversed(recent) if freq[x] == best))]
            last = next(p for j, p in reversed(explicit_imp) if j < i and view.actor_state(p.imposers[0]) not in own)
            if len(last.imposers) > 1 and view.actor_state(last.imposers[0]) == d.imposers[0]:
                # "Lithuania, Latvia and Estonia expanded their blacklists ... These blacklists list 118
                # people": the coordinated imposers act together again, one record each
                d.imposers = [n for n in dict.fromkeys(view.actor_state(x) for x in last.imposers) if n not in own]
        elif nxt is not None:
            d.imposers = [_state_body(view, explicit_imp, view.actor_state(nxt.imposers[0]))]
        elif counts:
            d.imposers = [_state_body(view, explicit_imp, counts.most_common(1)[0][0])]
        else:
            # nothing explicit anywhere: the most mentioned state that is not a target
            targets = {t for x in drafts for t in x.targets} | {x.extra["described"] for x in drafts if "described" in x.extra}
            in_targets = {a.name for a in view.actors if any(a.text in t for t in targets)}
            gpes = Counter(a.name for a in view.actors if a.label == "GPE" and a.name not in targets | in_targets)
            if gpes:
                d.imposers = [gpes.most_common(1)[0][0]]


def _fill_targets(view: View, drafts: list[Draft]) -> None:
    """An action whose target is the context's takes the last explicit target that fits (a counted
    group, a licence holder, a state, the same imposer's target, the text's usual target), else the
    document's most mentioned actor that can be a target."""
    mentions = Counter(a.name for a in view.actors if not a.demonym)
    last_targets: list[str] | None = None
    # the text's 'sanctions on X' mentions: found on first need (most texts never need them)
    context_targets: list[tuple[int, str]] | None = None
    explicit: list[Draft] = []
    for d in drafts:
        if d.targets and not d.target_context and d.extra.get("no_carry"):
            continue
        if d.targets and not d.target_context:
            last_targets = d.targets
            explicit.append(d)
            continue
        if not d.target_context:
            continue
        cands = None
        if d.extra.get("counted") and _counted_group_target(drafts, d):
            continue
        licensed = [x for x in drafts if x.start < d.start and x.rule in _LICENCE_RULES and not x.target_context and x.targets]
        if d.extra.get("licence_context") and licensed:
            cands = licensed[-1].targets[:1]  # "General License 41 is being replaced": the last licence holder named
            if not d.imposer_explicit and licensed[-1].imposer_explicit:
                d.imposers = list(licensed[-1].imposers)  # and the authority that licensed it
        elif d.extra.get("gpe"):
            prev_gpe = [t for x in drafts if x.start < d.start and not x.target_context for t in x.targets
                        if (view.actor_records.get(t) or {}).get("type") == "GPE"]
            cands = prev_gpe[-1:] or None
        elif not d.further:
            # the same imposer's last named target ("... sanctions on Syria. Its lifting the sanctions")
            states = {view.actor_state(x) for x in d.imposers}
            cands = _same_imposer_target(view, d, explicit, states, last_targets)
            if cands is None:
                if context_targets is None:
                    context_targets = _context_targets(view)
                cands = _usual_context_target(view, d, context_targets, states)
        if cands is None:
            cands = _mentioned_target(view, d, mentions)
        if cands:
            d.targets = list(cands) if d.extra.get("plural_holder") else [cands[0]]


def _counted_group_target(drafts: list[Draft], d: Draft) -> bool:
    """'the two North Koreans': the last earlier action whose targets are that many names gives
    them. True when such a group was found and set as the targets."""
    groups: dict[tuple[int, int], list[str]] = {}
    for x in drafts:
        if x.start < d.start and not x.target_context and x.targets:
            groups.setdefault(x.trigger or (x.start, x.end), []).extend(t for t in x.targets if t not in groups.get(x.trigger or (x.start, x.end), []))
    fit = [g for g in groups.values() if len(g) == d.extra["counted"]]
    if fit:
        d.targets, d.target_context = list(fit[-1]), False
        return True
    return False


def _same_imposer_target(view: View, d: Draft, explicit: list[Draft], states: set, last_targets: list[str] | None) -> list[str] | None:
    """The same imposer's last named target ('... sanctions on Syria. Its lifting the sanctions'),
    else (no imposer) the last explicit target; a re-mentioned action ('The lifting of sanctions was
    ...') takes its most frequent target so far, not a background one named last."""
    same = [x for x in explicit if states & {view.actor_state(i) for i in x.imposers}]
    cands = same[-1].targets if same else (None if states else last_targets)
    alike = [x for x in same if x.action == d.action and len(x.targets) == 1]
    if len(alike) >= 2:
        # "The lifting of sanctions was ..." re-mentions the text's main lifting (its most
        # frequent target so far), not a background lifting named last
        # ("Belarusian potash" and "potash" are one target)
        names = [x.targets[0].lower() for x in alike]
        freq = {n: sum(n in m or m in n for m in names) for n in names}
        top = max(freq.values())
        if not cands or freq.get(cands[0].lower(), 0) < top:
            cands = [next(x.targets[0] for x in reversed(alike) if freq[x.targets[0].lower()] == top)]
    return cands


def _usual_context_target(view: View, d: Draft, context_targets: list[tuple[int, str]], states: set) -> list[str] | None:
    """The measures' usual target so far (the text's 'sanctions on/against X' mentions, most
    frequent first), never the imposer itself nor a described group; else, in a headline, the first
    target the text names."""
    # the measures' usual target so far ("sanctions on/against X" mentions), most frequent first
    seen = [t for pos, t in context_targets if pos <= d.start and t not in states]  # (never itself)
    # a described group ("sanctions on 40 individuals", "on 29 shadow vessels") is one measure's
    # targets, not the text's topic: no context target for another body's measure
    groups = {t for _, t in context_targets if not view.actor_records.get(t) and t.rsplit(None, 1)[-1].lower() in view.w("party_nouns")}
    seen = [t for t in seen if t not in groups]
    if seen:
        freq = Counter(seen)
        return [max(freq, key=lambda t: (freq[t], max(i for i, x in enumerate(seen) if x == t)))]
    # a headline: the first target the text names
    return next(([t] for _, t in context_targets if t not in states and t not in groups), None)


def _mentioned_target(view: View, d: Draft, mentions: Counter) -> list[str] | None:
    """The document's most mentioned actor that can be this action's target: no person, no body
    that imposes, no news agency, not the imposer or a body of its state, no mere city."""
    for name, _ in mentions.most_common():
        rec = view.actor_records.get(name) or {}
        if name in d.imposers or rec.get("type") == "PERSON" or name in view.w("imposer_states"):
            continue  # (the UN, the EU, the Security Council impose; they are no implicit target)
        if name in view.source_names:
            continue  # "UNITED NATIONS (AFP) - ... PHOTO: AFP": the agency reports the story
        if name in (view.actor_state(x) for x in d.imposers):
            continue
        if view.actor_state(name) in {view.actor_state(x) for x in d.imposers}:
            continue  # "OFAC" is no target of a US measure: a body of the imposer's own state
        if rec.get("type") == "GPE" and rec.get("country"):
            continue  # a city where talks are held ("Rome") is no target unless the text says so
        if d.extra.get("gpe") and rec.get("type") != "GPE":
            continue  # "easing of sanctions on the country": a state, not the company the text is about
        return [name]
    return None



def _pressed_in_sentence(view: View, d: Draft) -> list[str] | None:
    """'increase pressure on Iran and North Korea by ... tightening related sanctions': a measure with
    no target of its own presses the party its sentence names after 'pressure on/against' before it."""
    nouns = view.w("pressure_nouns")
    a = d.trigger[0] if d.trigger else d.start
    s0 = view.sent_bounds[view.sent_of[d.sent_start]][0]
    keys = view.keys
    if nouns.isdisjoint(keys[s0:a]):
        return None
    for x in range(s0, a - 2):
        if keys[x] in nouns and keys[x + 1] in _ON_AGAINST:
            stop = min(_phrase_end(view, x + 2, a), a)
            names = [t for t in _resolve_phrase(view, x + 2, stop) if t != ANAPHOR_GPE and view.actor_records.get(t)]
            if names:
                return names
    return None



def _described_names(drafts: list[Draft]) -> None:
    """A specific description the text names once ("Russia's two largest oil companies, Rosneft and
    Lukoil") stands for those names wherever else it is a target: one record per name there too. Only
    a description of three or more words or with a possessor ("the bank's two subsidiaries"): a bare
    "two individuals" may be other people in each action."""
    named: dict[str, list[str]] = {}
    for d in drafts:
        desc = d.extra.get("described")
        if desc and (len(desc.split()) >= 3 or "'s" in desc or "’s" in desc):
            named.setdefault(desc.casefold(), list(d.targets))
    if not named:
        return
    for d in drafts:
        if len(d.targets) == 1 and not d.target_context:
            names = named.get(d.targets[0].casefold())
            if names:
                d.targets = list(names)



def _headline_targets(view: View, drafts: list[Draft], heading_starts: set[int]) -> None:
    """A headline compresses: its goods phrase ('Rare Earth and Magnet Restrictions') defers to the
    body's fuller phrase for the same goods ('rare earth and permanent magnet exports')."""
    names = {a.name for a in view.actors}
    for d in drafts:
        if view.sent_bounds[view.sent_of[d.sent_start]][0] not in heading_starts:
            continue
        if len(d.targets) != 1 or d.targets[0] in names:
            continue
        words = {w for w in d.targets[0].casefold().split() if w not in ("and", "or", "of", "the")}
        for later in drafts:
            if later.start <= d.start or later.target_context:
                continue
            for t in later.targets:
                if t != d.targets[0] and words <= set(t.casefold().split()):
                    d.targets = [t]
                    break
            else:
                continue
            break



def _context_targets(view: View) -> list[tuple[int, str]]:
    """'sanctions on/against X' mentions with no action: they set the topic target."""
    keys = view.keys
    out = []
    for a, b, _ in view.inst_hits:
        hit = view.lex.target_intros.match_at(keys, b) if b < len(keys) else None
        if hit is None:
            continue
        stop = _phrase_end(view, hit[0], len(keys))
        for t in _resolve_phrase(view, hit[0], stop):
            if t != ANAPHOR_GPE:  # ("sanctions on the country": no name to carry)
                out.append((a, t))
    return out



# -- follow-up sentences naming more targets -------------------------------------
def _continued_lists(view: View, drafts: list[Draft]) -> None:
    """A sentence with no action of its own that names more targets of the action before it is one
    more record per name, with that action's imposer, action and modality (no sanction word: no
    instrument):

    - 'Also named were A, B and C', 'Among those companies are D and E', 'Among them were F'
      (fronted: the action is in one of the two sentences before);
    - 'The order also named G', 'The designations also include H' (a measure noun as the subject:
      the text's last action, however far).
    Cue words: frames.json continuation_verbs, continuation_subjects; the names are the people and
    bodies named, else the list of names (``arguments._name_list``)."""
    if not drafts:
        return
    keys = view.keys
    verbs, subjects, copulas = view.w("continuation_verbs"), view.w("continuation_subjects"), view.w("copulas")
    if not verbs:
        return
    covered = {view.sent_of[d.start] for d in drafts}
    added: list[Draft] = []
    for i in compress(range(len(keys)), map(("also", "among").__contains__, keys)):
        sent = view.sent_of[i]
        if sent in covered:
            continue
        s0, s1 = view.sent_bounds[sent]
        x, near = None, True
        if i == s0 and keys[i] == "also" and i + 2 < s1 and keys[i + 1] in verbs and keys[i + 2] in copulas:
            x = i + 3  # "Also named were A, B and C"
        elif i == s0 and keys[i] == "among" and i + 1 < s1 and keys[i + 1] in ("those", "them", "these"):
            x = next((c + 1 for c in range(i + 2, min(s1 - 1, i + 6)) if keys[c] in copulas), None)
        elif keys[i] == "also" and s0 < i <= s0 + 4 and i + 1 < s1 and keys[i + 1] in verbs and keys[i - 1] in subjects:
            x, near = i + 2, False  # "The order also named D"
        if x is None:
            continue
        prev = next((d for d in reversed(drafts) if view.sent_of[d.start] < sent and d.targets and d.action != "lift"), None)
        if prev is None or (near and sent - view.sent_of[prev.start] > 2):
            continue
        names, end = _named_parties(view, x, s1, (".", ";", "who", "which", "whose"))
        if not names:
            y = x + 3 if x + 3 < s1 and keys[x + 1] == "-" and keys[x + 2] == "based" else x  # ("Panama-based A")
            listed = _name_list(view, y, s1, single=True)
            if listed is None:
                continue
            names, end = listed
        names = [n for n in names if n not in prev.imposers]
        if not names:
            continue
        covered.add(sent)
        added.append(Draft(
            action=prev.action, instrument=None, start=x, end=end, rule=f"sanctions.{prev.action}.continued",
            imposers=list(prev.imposers), imposer_explicit=prev.imposer_explicit, targets=names,
            modality=prev.modality, sent_start=s0,
        ))
    if added:
        drafts.extend(added)
        drafts.sort(key=lambda d: (d.start, d.end))



# -- 'as well as' after a target -------------------------------------------------


def _added_targets(view: View, drafts: list[Draft]) -> None:
    """'imposed sanctions on Rosneft as well as Lukoil', 'designated three banks, as well as two
    shipping firms': 'as well as' right after a draft's target phrase coordinates one more target
    (GUIDELINES: coordinated targets get one entry each), which the target readers stop before. The
    phrase after it (a repeated 'on'/'against' skipped) is read as any target phrase is; looked at
    only where a draft ends before 'as'."""
    keys, n = view.keys, len(view.keys)
    for d in drafts:
        if not d.targets or d.target_context:
            continue
        e = d.end
        while e < n and view.is_space[e]:
            e += 1
        if e < n and keys[e] == ",":
            e += 1
        if not _as_well_as_at(keys, e):
            continue
        s1 = view.sent_bounds[view.sent_of[d.start]][1]
        x = e + 3
        if x < s1 and keys[x] in _ON_AGAINST:
            x += 1  # "on Russia as well as on Belarus"
        if x >= s1:
            continue
        if x in view.trigger_tokens or (keys[x].endswith("ing") and x + 1 < s1 and keys[x + 1] in view.w("determiners")):
            continue  # "as well as imposing a visa ban": a second verb phrase, not a party
        stop = _phrase_end(view, x, s1)
        clause = view.w_union("aux_words", "passive_aux", "do_forms")  # (built once per lexicon)
        if any(keys[y] in clause for y in range(x, min(stop + 1, s1))):
            continue  # "as well as the United States did", "as well as Japan has": a clause
        if any(y in view.instrument_at for y in range(x, stop)) or d.end - 1 in view.instrument_at:
            continue  # "Russian banks face a transaction ban, as well as restrictions on ...": measures, not parties
        more = [t for t in _resolve_phrase(view, x, stop) if t != ANAPHOR_GPE and t not in d.targets and t not in d.imposers] if stop > x else []
        if more:
            d.targets = d.targets + more
            d.end = stop
