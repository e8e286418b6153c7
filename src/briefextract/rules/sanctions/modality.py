"""Modality: the cues before a trigger that make an action planned, possible, negated, a call for it, a threat or a consideration.

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

from briefextract.rules.sanctions.view import _QUOTES, Draft, View

#: the actions a vow or stated intention before them makes a threat (a vowed lifting stays a planned lifting)
_VOWED_THREATS = frozenset({"impose", "tighten"})
# actions that remove or soften a measure: not taken, the measure stays ("did not lift" -> maintain)
_KEPT_WHEN_NOT_REMOVED = frozenset({"lift", "ease"})
#: the actions that, only possible ('could lift', 'Will the EU impose ...?'), are considered (consider)
CONSIDERED_WHEN_POSSIBLE = frozenset({"impose", "lift", "ease", "extend", "tighten"})
#: conjunctions that join a second verb, whose cues are not the first one's ("were not renewed and expired")
_AND_BUT = frozenset({"and", "but"})
#: prepositions before a means gerund ("by further restricting")
_MEANS_PREPOSITIONS = frozenset({"by", "through", "via"})


def _wrapper_before(view: View, i: int, s0: int) -> str | None:
    """A threaten/consider verb governing the action verb at ``i`` ('threatened to impose')."""
    keys = view.keys
    gap_words = view.w("wrapper_gap_words")
    for j in range(i - 1, max(s0 - 1, i - 4), -1):
        hit = view.lex.triggers.match_at(keys, j)
        if hit is not None and hit[0] <= i and hit[1]["action"] in ("threaten", "consider") and "pre" in hit[1]["pos"]:
            if all(keys[x] in gap_words for x in range(hit[0], i)):
                return hit[1]["action"]
        if keys[j] in (";", ".", ":", ","):
            break
    return None



def _call_cue_before(view: View, i: int, s0: int) -> bool:
    """A call verb shortly before the action word ('urged the EU to impose'), or before the verb it is
    coordinated with ('encourage our allies to join us in and adhere to')."""
    keys = view.keys
    coordinated = i - 1 >= s0 and keys[i - 1] == "and"
    window = 10 if coordinated else 6
    modal = False
    modals = view.w("modal_verbs")  # (between the call verb and the action: a possibility reported)
    for j in range(i - 1, max(s0 - 1, i - window - 1), -1):
        modal = modal or keys[j] in modals
        hit = view.lex.triggers.match_at(keys, j)
        if hit is not None and hit[1]["call"] and hit[0] <= i:
            if modal:
                return False  # "suggests Poland may ban grain imports": a possibility reported, not a call
            if coordinated and hit[0] < i - 1 and not any(keys[x] == "to" or x in view.all_trigger_tokens for x in range(hit[0], i - 1)):
                return False  # "accused X of ties to Moscow aimed at destabilization and added them to the list": the cue's object is a noun, not a verb coordinated with this one
            return True
        if keys[j] in (";", ".", ":"):
            break
        if keys[j] == "," and _closes_opener(view, j, s0):
            break  # "Despite calls for restraint, the EU imposed": the cue is in the opening phrase
    return False


def _closes_opener(view: View, c: int, s0: int) -> bool:
    """The comma at ``c`` closes an opening phrase or clause: a subordinate clause
    (``_closes_subordinate``) or a prepositional phrase that opens the sentence ('Despite calls for
    restraint,', 'Amid growing support for sanctions,')."""
    if _closes_subordinate(view, c, s0):
        return True
    keys = view.keys
    k = s0
    while k < c and (keys[k] in _QUOTES or view.is_space[k]):
        k += 1
    return k < c and keys[k] in view.w("prepositions") and "," not in keys[k:c]



def _modal(view: View, d: Draft, i: int, s0: int, allow_possible: bool = True, window: int = 10) -> None:
    """Modality from cues in the ``window`` tokens before the trigger (within the clause)."""
    keys = view.keys
    found = None
    condition = False  # the action word is inside an 'if'/'unless' clause
    for j in range(i - 1, max(s0 - 1, i - window), -1):
        if keys[j] in (";", ".", ":") or (keys[j] in view.w("clause_stops") and keys[j] not in (":",)):
            # inside the condition itself ("If the EU agrees on sanctions, ..."), not after it
            condition = keys[j] in view.w("condition_cues") and "," not in keys[j:i]
            break
        if keys[j] in _AND_BUT and (j + 1 == i or keys[j + 1] in view.w("aux_words")) and (j + 1 == i or j + 1 in view.all_trigger_tokens):
            break  # "were not renewed and expired": the cue belongs to the first verb
        if keys[j] in _MEANS_PREPOSITIONS and keys[i].endswith("ing"):
            break  # "... the funds Belarus can raise by further restricting ...": a means gerund; earlier modals are another verb's
        if keys[j] == "," and _closes_subordinate(view, j, s0):
            break  # "If Moscow fails to withdraw, the EU will impose": the cues of the clause before are not this verb's
        if keys[j] == "," and _closes_insertion(view, j, i, s0):
            break  # "Petrov, who sold radios that likely came from Iran, was sanctioned": the cue is the insertion's
        hit = view.lex.modality.match_at(keys, j)
        if hit is None and keys[j] == "to" and _headline_subject_before(view, j):
            # a headline's announced step ("Canada to impose sanctions on ...": planned, as 'will'); with
            # a condition a stated intention ("US to Reimpose Venezuela Oil Ban Unless Maduro Acts": a threat)
            hit = (j + 1, "vowed" if _conditional(view, j) else "planned")
        if hit is None or hit[0] > i:
            continue
        if _in_relative_before(view, j, i, s0):
            continue  # "an embargo on arms that can be used for repression was extended": the cue is the clause's
        if keys[j] == "may" and (j in view.date_starts or (j > s0 and view.text[view.starts[j]] == "M")):
            continue  # "until May 31": the month, not the modal
        m = hit[1]
        if m == "possible" and keys[j] == "would" and _reported_future(view, s0, j):
            m = "planned"  # "Cole said the United States would lift sanctions": future in the past
        if m == "negated" and not view.w("doubt_verbs").isdisjoint(keys[hit[0] : min(i, hit[0] + 2)]):
            found = "possible"  # "has not ruled out that Poland may impose a ban": a possibility
            break
        if m == "negated" and keys[j] == "not" and j + 1 < len(keys) and keys[j + 1] == "only":
            continue  # "OFAC not only designated A but also B": no negation
        if m == "negated":
            found = "negated"
            break
        if m == "advocated":
            found = m
            d.extra["advocated_by"] = keys[j]  # (which cue: "must" advocates, "needs to be approved" is a pending step)
            continue
        if m == "vowed":
            if found in (None, "planned"):
                found = m  # "vowed to take further measures": stronger than a bare future
            continue
        if found is None or (found in ("planned", "vowed") and m == "possible"):
            found = m
    if found == "vowed":
        found = "planned"
        d.extra["vowed"] = True  # (the vow verb is read here, not again as a wrapper: ``_draft_from_trigger``)
        if d.action in _VOWED_THREATS:
            # "intends to reimpose oil sanctions", "vowed to impose sanctions": a threat of the measure
            d.action = "threaten"
            d.rule = d.rule.replace("sanctions.", "sanctions.threaten.", 1) if not d.rule.startswith("sanctions.threaten") else d.rule
    if found == "planned" and _conditional(view, i):
        found = "possible"  # "will lift sanctions ... if it agrees": only possible
    if condition and found in (None, "planned"):
        found = "possible"  # "If the EU agrees on sectoral sanctions, ...": a hypothetical action
    if found is None:
        return
    if found == "advocated":
        # "the EU should impose sanctions": a call for the action, not the action
        d.modality = "possible"
        if d.action != "call_for":
            d.rule = d.rule.replace("sanctions.", "sanctions.call_for.", 1)
            d.action = "call_for"
        return
    d.modality = found
    if found == "negated" and (d.action in _KEPT_WHEN_NOT_REMOVED or d.rule.startswith("sanctions.tighten.licence")):
        # "did not lift the sanctions", "does not revoke oil licenses": the measure stays in place
        d.rule = f"sanctions.maintain.{d.rule.split('.', 2)[-1]}"
        d.action, d.modality = "maintain", "asserted"
        return
    if found == "possible" and d.action in CONSIDERED_WHEN_POSSIBLE:
        d.action = "consider"
        d.rule = d.rule.replace("sanctions.", "sanctions.consider.", 1) if not d.rule.startswith("sanctions.consider") else d.rule



def _headline_subject_before(view: View, j: int) -> bool:
    """'to' at ``j`` follows a subject that opens its sentence ('EU to impose ...', 'The US to reimpose
    ...'): the infinitive of a headline's announced intention (in prose a subject is followed by its verb)."""
    ref = view.actor_at[j - 1] if j > 0 else None
    if ref is None or ref.end != j or ref.possessive:
        return False
    s0 = view.sent_bounds[view.sent_of[j]][0]
    return all(view.keys[x] in ("the",) or view.is_space[x] for x in range(s0, ref.start))


def _closes_insertion(view: View, c: int, i: int, s0: int) -> bool:
    """The comma at ``c`` closes a relative clause or an apposition set off after the subject
    ('Ivan Petrov, the owner of X, who may have sold radios, was also sanctioned'): only auxiliaries
    and adverbs, among them a passive auxiliary, stand between it and the action word at ``i``, and
    an earlier comma opens the insertion."""
    keys = view.keys
    between = keys[c + 1 : i]
    if not between or view.w("passive_aux").isdisjoint(between):
        return False
    if any(k not in view.w("aux_words") and k not in view.w("passive_aux") and k not in view.w("passive_adverbs") for k in between):
        return False
    return any(keys[x] == "," for x in range(s0, c))


def _in_relative_before(view: View, j: int, i: int, s0: int) -> bool:
    """The cue at ``j`` is inside a relative clause ('that/which/who' up to three words before it)
    whose verb ends before the passive auxiliaries of the action word at ``i`` ('equipment that can
    be used for repression was extended'): the clause's words stand between the cue and those
    auxiliaries, so the cue is not the action word's ('sanctions that could be lifted' has none)."""
    keys = view.keys
    k = i - 1
    while k > j and (keys[k] in view.w("aux_words") or keys[k] in view.w("passive_aux") or keys[k] in view.w("passive_adverbs")):
        k -= 1
    if k == i - 1 or view.w("passive_aux").isdisjoint(keys[k + 1 : i]):
        return False  # no passive auxiliary of the action word's own
    if k <= j or all(x in view.all_trigger_tokens or keys[x] in view.w("aux_words") or keys[x] in view.w("passive_aux") for x in range(j + 1, k + 1)):
        return False
    return any(keys[r] in view.w("relative_pronouns") for r in range(max(s0, j - 3), j))


def _closes_subordinate(view: View, c: int, s0: int) -> bool:
    """The comma at ``c`` closes a clause that opens with a subordinator ('if', 'when', 'after',
    ``clause_stops``) at the start of the sentence or after earlier punctuation."""
    keys = view.keys
    k = c - 1
    while k >= s0 and keys[k] not in (",", ";", ":", "(", "—", "–"):
        k -= 1
    return k + 1 < c and keys[k + 1] in view.w("clause_stops")



def _reported_future(view: View, s0: int, j: int) -> bool:
    """'would' at ``j`` reports a stated future ('told reporters that X would lift'): a speech
    or reporting verb earlier in the sentence and no condition ('if', 'unless') after it."""
    keys = view.keys
    s0 = min(s0, view.sent_bounds[view.sent_of[j]][0])  # passive drafts pass the measure's end
    if not any((keys[x] in view.w("speech_verbs") or keys[x] in view.w("reporting_verbs")) and view.actor_at[x] is None for x in range(s0, j)):
        return False
    return not _conditional(view, j)


def _conditional(view: View, i: int) -> bool:
    """True when the sentence holding token ``i`` states a condition ('if', 'unless': ``condition_cues``)."""
    s0, s1 = view.sent_bounds[view.sent_of[i]]
    return not view.w("condition_cues").isdisjoint(view.keys[s0:s1])


def _negated_before(view: View, i: int, s0: int) -> bool:
    return any(view.lex.modality.match_at(view.keys, j) == (j + 1, "negated") for j in range(max(s0, i - 10), i))
