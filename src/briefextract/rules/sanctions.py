"""Sanctions actions: who imposes, lifts, eases, extends or keeps which measure on whom.

There is no tagger or parser in the pipeline, so the rules work on lexicons and
token windows inside a sentence (``doc.sents``, set by the layout component):

1. *instruments* (sanctions, embargo, export controls, restrictions...) and
   *triggers* (impose, lifting of, remain in place, stalled...) are found with
   token tries built once from ``models/briefextract-en/sanctions/lexicon.json``;
   *frames* (``frames.json``) are verbs that are themselves the measure
   (``China sanctions 20 firms``, ``freezing assets``, ``bar X from entering``);
2. each instrument is bound to the nearest trigger before it (``lifted
   sanctions``, ``the lifting of U.S. sanctions``) and/or after it (``sanctions
   ... were imposed``, ``restrictions ... remain in place``); a past imposition
   stated beside the current action is its own ``impose`` record;
3. modality cues before the trigger (``will``, ``could``, ``did not``) set
   ``modality``; a merely possible imposition/lifting is a ``consider``; a call
   verb (``urged``, ``pushed for``) or ``should`` makes it ``call_for``; a
   threaten/consider verb governing the action verb makes it ``threaten``/``consider``;
4. the imposer comes from the instrument's own modifiers (``U.S. sanctions``,
   ``EU's package``), a ``by X`` agent, the clause subject (skipping objects of
   prepositions, possessives, demonyms, parentheses and earlier verbs' objects),
   or, when the text leaves it implicit, the majority state of the last three named
   imposers; the target from ``on/against X``, the object of a sanctioning verb, the
   goods modifiers of an export control, the same imposer's last named target, the
   most frequent ``sanctions on X`` of the text, or its most mentioned actor.

Precision guards: a measure named without a verb is an imposition only when it is
new/first/numbered; generic words (measures, controls, list, package) count only in
a text that names a real sanctions instrument; claims and denials ("I don't expect
any sanctions"), wh-questions and background/hypothetical mentions ("despite a UN
arms embargo", "any new sanctions") are not actions; a repeated headline is one.

Actors are read from ``doc.spans["actors"]`` (``kb_id_`` = canonical name) and
their records in ``doc._.actors`` (``country`` maps a person or a body to its
state); dates from ``doc.spans["dates"]`` (``kb_id_`` = ISO value).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.spans import char_span_record, is_excluded

_BRACKETS = str.maketrans({"[": None, "]": None, "’": "'", "‘": "'", "“": '"', "”": '"'})
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})
_CLAUSE_PUNCT = frozenset({";", ":", "?", "!", "(", ")", "—", "–"})
_NUMBER = re.compile(r"^\d[\d.,]*$")
# clause words that also head adjuncts inside the main clause ("suspended them after their coups and imposed")
_YEAR = re.compile(r"^\d{4}$")
_ADJUNCT_HEADS = frozenset({"after", "before", "until", "once", "since"})
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ian|i|ic|ch)$")  # fallback when a span has no form kind
_ORDINAL = re.compile(
    r"^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|latest|new)$"
)


_KEY_CACHE: dict[str, str] = {}


def norm_token(text: str) -> str:
    """Lower-case token key; editorial brackets dropped ('[t]oughening' -> 'toughening')."""
    return text.lower().translate(_BRACKETS)


# ---------------------------------------------------------------------------
# lexicon compilation
# ---------------------------------------------------------------------------
class Trie:
    """Longest-match lookup of token sequences (tuples of normalised keys)."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}

    def add(self, keys: tuple[str, ...], payload: Any) -> None:
        if keys:
            self.by_first.setdefault(keys[0], []).append((keys, payload))

    def finalize(self) -> None:
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def match_at(self, keys: list[str], i: int) -> tuple[int, Any] | None:
        """(end, payload) of the longest entry starting at token ``i``."""
        if i < 0 or i >= len(keys):
            return None
        for pattern, payload in self.by_first.get(keys[i], ()):
            n = len(pattern)
            if tuple(keys[i : i + n]) == pattern:
                return i + n, payload
        return None

    def find_all(self, keys: list[str], start: int = 0, end: int | None = None) -> list[tuple[int, int, Any]]:
        end = len(keys) if end is None else end
        out = []
        by_first = self.by_first
        i = start
        while i < end:
            if keys[i] not in by_first:
                i += 1
                continue
            hit = self.match_at(keys, i)
            if hit is not None and hit[0] <= end:
                out.append((i, hit[0], hit[1]))
                i = hit[0]
            else:
                i += 1
        return out


@dataclass
class Lexicon:
    """The compiled sanctions lexicon (built once per pipeline load)."""

    instruments: Trie
    triggers: Trie
    target_side: Trie
    modality: Trie
    reversal: Trie
    block: Trie
    target_intros: Trie
    anaphors: Trie
    org_anaphors: Trie
    authorities: Trie
    frames: list[dict]
    frame_heads: Trie
    programs: re.Pattern | None
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    country_anaphors: Trie | None = None
    reasons: Trie | None = None
    number_words: dict[str, int] = field(default_factory=dict)
    imposer_metonyms: dict[str, str] = field(default_factory=dict)


def compile_lexicon(data: dict, tokenize: Callable[[str], list[str]]) -> Lexicon:
    """Build the tries from the data files; ``tokenize`` is the pipeline tokenizer."""
    lex = data.get("lexicon") or {}
    frames = (data.get("frames") or {}).get("frames", [])
    auth = data.get("authorities") or {}

    def keys(phrase: str) -> tuple[str, ...]:
        return tuple(norm_token(t) for t in tokenize(phrase))

    def trie(items: Iterable[tuple[str, Any]]) -> Trie:
        t = Trie()
        for phrase, payload in items:
            t.add(keys(phrase), payload)
        t.finalize()
        return t

    instruments = trie(
        [(p, {"kind": kind}) for kind, phrases in (lex.get("instruments") or {}).items() for p in phrases]
    )
    merged: dict[str, dict] = {}
    for e in lex.get("triggers", []):
        for form in e["forms"]:
            entry = merged.setdefault(form, {"action": e["action"], "pos": set(), "gap": 8, "call": False, "form": form})
            entry["pos"].add(e["pos"])
            if e["pos"] == "pre":
                entry["gap"] = e.get("gap", 8)
            entry["call"] = entry["call"] or e.get("call", False)
            entry["subject_first"] = entry.get("subject_first", False) or e.get("subject_first", False)
    triggers = trie(merged.items())
    target_side = trie([(f, {"action": e["action"]}) for e in lex.get("target_side", []) for f in e["forms"]])
    modality = trie([(p, m) for m, phrases in (lex.get("modality") or {}).items() for p in phrases])
    heads: dict[str, list[int]] = {}
    for i, fr in enumerate(frames):
        for h in fr["heads"]:
            heads.setdefault(h, []).append(i)
    frame_heads = trie(heads.items())
    programs = auth.get("programs") or []
    words = {
        name: frozenset(norm_token(w) for w in lex.get(name, []))
        for name in (
            "claim_cues", "maintain_cues", "novelty", "further", "modifier_stop", "determiners", "prepositions",
            "target_skip", "target_stop", "org_parts", "include_verbs", "include_adjectives", "relative_pronouns",
            "pronoun_subjects", "clause_stops", "passive_aux", "compound_heads", "state_nouns", "scope_cues",
            "group_nouns", "reporting_verbs", "rate_words", "relief_heads", "scope_nouns", "aux_words",
            "beneficiary_intros", "goods_verbs", "state_anaphor_heads", "generic_org_anaphor_heads", "time_words",
            "pronoun_measures", "unnamed_agents", "speech_verbs", "wh_words", "intent_nouns", "for_target_heads",
        )
    }
    words["imposer_states"] = frozenset(lex.get("imposer_states", []))
    country_anaphors = trie((w, True) for w in lex.get("country_anaphors", []))
    number_words = {norm_token(k): v for k, v in (lex.get("number_words") or {}).items()}
    return Lexicon(
        instruments=instruments,
        triggers=triggers,
        target_side=target_side,
        modality=modality,
        reversal=trie((w, True) for w in lex.get("reversal_cues", [])),
        block=trie((w, True) for w in lex.get("block_cues", [])),
        target_intros=trie((w, True) for w in lex.get("target_intros", [])),
        anaphors=trie((w, True) for w in lex.get("anaphors", [])),
        org_anaphors=trie((w, True) for w in lex.get("org_anaphors", [])),
        authorities=trie((w, w) for w in auth.get("authorities", [])),
        frames=frames,
        frame_heads=frame_heads,
        programs=re.compile("|".join(f"(?:{p})" for p in programs), re.IGNORECASE) if programs else None,
        words=words,
        country_anaphors=country_anaphors,
        reasons=trie((w, True) for w in lex.get("reason_intros", [])),
        number_words=number_words,
        imposer_metonyms=dict(lex.get("imposer_metonyms") or {}),
    )


# ---------------------------------------------------------------------------
# document view
# ---------------------------------------------------------------------------
@dataclass
class ActorRef:
    start: int
    end: int
    name: str
    label: str
    text: str
    possessive: bool
    demonym: bool


class View:
    """Token keys, actor index and sentence bounds of one document."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        # one array pass instead of one Token object per token
        # Doc.text and token attributes build one Token object per token: read the arrays instead
        arr = doc.to_array([IDX, LENGTH, SENT_START, IS_SPACE, SPACY]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        words = [strings[o] for o in doc.to_array(ORTH).tolist()] if len(doc) else []
        self.text = "".join(w + " " if row[4] else w for w, row in zip(words, arr))
        self.starts = [row[0] for row in arr]
        self.ends = [row[0] + row[1] for row in arr]
        cache = _KEY_CACHE
        if len(cache) > 200_000:
            cache.clear()  # bounded memory over millions of documents
        self.keys = [cache.get(w) or cache.setdefault(w, norm_token(w)) for w in words]
        self.is_space = [bool(row[3]) for row in arr]
        self.actor_at: list[ActorRef | None] = [None] * len(doc)
        self.actors: list[ActorRef] = []
        records = {a.get("name"): a for a in (doc._.actors or [])}
        self.actor_records = records
        spans = list(doc.spans[C.SPANS_ACTORS]) if C.SPANS_ACTORS in doc.spans else []
        if not spans and C.SPANS_GAZETTEER in doc.spans:
            spans = list(doc.spans[C.SPANS_GAZETTEER])
        for s in sorted(spans, key=lambda s: (s.start, -len(s))):
            if any(self.actor_at[i] is not None for i in range(s.start, s.end)):
                continue
            text = self.text[self.starts[s.start] : self.ends[s.end - 1]]  # Span.text builds Tokens
            name = s.kb_id_ or text
            possessive = s.end < len(doc) and self.keys[s.end] in ("'s", "'")
            form = s.id_
            demonym = form == "demonym" or (
                not form
                and text != name
                and s.end - s.start == 1
                and text[:1].isupper()
                and _DEMONYM_END.search(text) is not None
                and s.label_ == "GPE"
            )
            ref = ActorRef(s.start, s.end, name, s.label_ or "ORG", text, possessive, demonym)
            self.actors.append(ref)
            for i in range(s.start, s.end):
                self.actor_at[i] = ref
        self.dates = list(doc.spans[C.SPANS_DATES]) if C.SPANS_DATES in doc.spans else []
        # sentence bounds from the layout's sentence starts, computed once
        starts = [i for i, row in enumerate(arr) if i == 0 or row[2] == 1]
        self.sent_bounds = [(a, b) for a, b in zip(starts, starts[1:] + [len(doc)])]
        self.sent_of = [0] * len(doc)
        for n, (a, b) in enumerate(self.sent_bounds):
            for i in range(a, b):
                self.sent_of[i] = n
        self.date_starts = {s.start for s in self.dates}
        self._org_country: dict[str, str] | None = None
        # tokens covered by any trigger, frame head or target-side verb (phrase boundaries),
        # marked sentence by sentence for the sentences that are examined (mark_triggers)
        self.trigger_tokens: set[int] = set()
        self.all_trigger_tokens: set[int] = set()

    def mark_triggers(self, s0: int, s1: int) -> None:
        lex = self.lex
        for trie in (lex.triggers, lex.frame_heads, lex.target_side):
            for a, b, p in trie.find_all(self.keys, s0, s1):
                self.all_trigger_tokens.update(range(a, b))
                if trie is lex.triggers and p.get("gap", 8) <= 3:
                    continue  # light verbs (use, announce, agree) do not end a subject search
                self.trigger_tokens.update(range(a, b))

    @property
    def org_country(self) -> dict[str, str]:
        """A body named after its state ("Chinese Ministry of Commerce") acts for that state
        (read from the gazetteer's GPE spans inside the body's name, on first use)."""
        if self._org_country is None:
            self._org_country = {}
            orgs = [ref for ref in self.actors if ref.label == "ORG"]
            if orgs and C.SPANS_GAZETTEER in self.doc.spans:
                gpes = [(g.start, g.end, g.kb_id_) for g in self.doc.spans[C.SPANS_GAZETTEER] if g.label_ == "GPE" and g.kb_id_]
                for ref in orgs:
                    for a, b, kb in gpes:
                        if ref.start <= a and b <= ref.end:
                            self._org_country.setdefault(ref.name, kb)
                            break
        return self._org_country

    def w(self, name: str) -> frozenset[str]:
        return self.lex.words.get(name, frozenset())

    def actor_state(self, name: str | None) -> str | None:
        """The state a person or body acts for (``country`` of its actor record), else itself."""
        if not name:
            return None
        rec = self.actor_records.get(name)
        if rec and rec.get("type") in ("PERSON", "ORG") and rec.get("country"):
            return rec["country"]
        return self.org_country.get(name, name)

    def imposer_name(self, ref: ActorRef) -> str | None:
        """An imposer is a state or body: a person stands for the state he or she acts for;
        a seat of power that is a metonym for a bloc stands for the bloc ('Brussels' -> EU)."""
        if ref.text in self.lex.imposer_metonyms:
            return self.lex.imposer_metonyms[ref.text]
        if ref.label == "PERSON":
            rec = self.actor_records.get(ref.name)
            return rec.get("country") if rec else None
        return ref.name


@dataclass
class Instrument:
    start: int
    end: int
    kind: str


@dataclass
class Trigger:
    start: int
    end: int
    action: str
    pos: set
    gap: int
    call: bool
    used: bool = False
    subject_first: bool = False


@dataclass
class Draft:
    action: str
    instrument: str | None
    start: int
    end: int
    rule: str
    trigger: tuple[int, int] | None = None
    imposers: list[str] = field(default_factory=list)
    imposer_explicit: bool = False
    targets: list[str] = field(default_factory=list)
    target_context: bool = False
    further: bool = False
    modality: str = "asserted"
    reason: str | None = None
    scope: str | None = None
    sent_start: int = 0
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------
# extraction
# ---------------------------------------------------------------------------
def extract_sanctions(doc: Doc, lex: Lexicon) -> list[dict]:
    """All sanction action records of ``doc`` (``records.SanctionAction`` dicts)."""
    view = View(doc, lex)
    # generic words ("measures", "controls", "list") are sanction instruments only in a text
    # that speaks of sanctions, embargoes, tariffs ... somewhere
    view.inst_hits = lex.instruments.find_all(view.keys)
    view.mentions_sanctions = not {"sanctions", "sanction", "sanctioned"}.isdisjoint(view.keys)
    # "the list" is a sanctions list only in a text that names one ("blacklist", "Entity List")
    view.names_a_list = any(p["kind"] == "strong" and view.keys[b - 1].endswith("list") for _, b, p in view.inst_hits)
    view.topical = any(p["kind"] == "strong" for _, _, p in view.inst_hits) or view.mentions_sanctions
    drafts: list[Draft] = []
    seen_sentences: set[str] = set()
    heading_starts = _heading_starts(doc)
    # only sentences holding an instrument, a frame verb or a listed-target adjective can hold an action
    markers = {a for a, _, _ in view.inst_hits}
    markers.update(a for a, _, _ in lex.frame_heads.find_all(view.keys))
    adjs = view.w("include_adjectives")
    markers.update(i for i, k in enumerate(view.keys) if k in adjs)
    if not markers:
        return []  # nothing in the text names a measure
    candidates = sorted({view.sent_bounds[view.sent_of[i]] for i in markers})
    for s0, s1 in candidates:
        start_char = view.starts[s0]
        end_char = view.ends[s1 - 1]
        raw = view.text[start_char:end_char]
        text = norm_token(raw.strip())
        if not text or _all_excluded(doc, start_char, end_char):
            continue
        # a repeated headline is one mention
        if s0 in heading_starts or (s1 - s0 <= 16 and not raw.rstrip().endswith(".")):
            if text in seen_sentences:
                continue
        seen_sentences.add(text)
        view.mark_triggers(s0, s1)
        found = _sentence_drafts(view, s0, s1)
        if raw.rstrip().endswith("?") and found:
            if view.keys[s0] in view.w("wh_words"):
                # "Who has been sanctioned?" asks about actions the text reports elsewhere
                found = [d for d in found if d.rule == "sanctions.impose.mention"]
            for d in found:
                # "Will the EU lift sanctions?" is a possibility; a measure named in a question exists
                if d.modality in ("asserted", "planned") and d.rule != "sanctions.impose.mention":
                    d.modality = "possible"
                    if d.action in ("impose", "lift", "ease", "extend", "tighten", "suspend", "delist"):
                        d.rule = d.rule.replace("sanctions.", "sanctions.consider.", 1)
                        d.action = "consider"
        drafts.extend(found)
    drafts.sort(key=lambda d: (d.start, d.end))
    _headline_targets(view, drafts, heading_starts)
    _fill_context(view, drafts)
    return _to_records(view, drafts)


def _all_excluded(doc: Doc, start: int, end: int) -> bool:
    """True when the whole sentence lies in excluded ranges (a dateline stamp excludes only its prefix)."""
    return any(s <= start and end <= e for s, e in (doc._.excluded or ()))


def _heading_starts(doc: Doc) -> set[int]:
    starts = set()
    if C.SPANS_LAYOUT in doc.spans:
        for s in doc.spans[C.SPANS_LAYOUT]:
            if s.label_ in (C.LAYOUT_TITLE, C.LAYOUT_HEADING):
                starts.add(s.start)
    return starts


def _sentence_drafts(view: View, s0: int, s1: int) -> list[Draft]:
    lex, keys = view.lex, view.keys
    instruments = [Instrument(a, b, p["kind"]) for a, b, p in lex.instruments.find_all(keys, s0, s1)]
    for ins in instruments:
        # "the EU's 19th package": a numbered package is a sanctions package
        if ins.start > s0 and _ORDINAL.match(keys[ins.start - 1]) and keys[ins.start] == "package" and view.mentions_sanctions:
            ins.kind = "strong"
    # a bare "package" is only a sanctions package when numbered in a text about sanctions ("aid package")
    instruments = [
        i for i in instruments
        if i.kind == "strong"
        or (view.topical and keys[i.start] not in ("package", "packages") and (keys[i.start] not in ("list", "lists") or view.names_a_list))
    ]
    for ins in instruments:
        # "sanctions relief", "tariff exemptions": the measure eased
        if ins.end < s1 and keys[ins.end] in view.w("relief_heads"):
            ins.end += 1
            ins.kind = "relief"
    triggers = [
        Trigger(a, b, p["action"], p["pos"], p["gap"], p["call"], subject_first=p.get("subject_first", False))
        for a, b, p in lex.triggers.find_all(keys, s0, s1)
    ]
    # an instrument used as a modifier of another noun is not the measure ("tariff levels")
    instruments = [
        i for i in instruments
        if not (i.end < s1 and keys[i.end] in view.w("compound_heads"))
    ]
    # a token that starts an instrument is not also a trigger ("sanctions" vs "sanction")
    inst_tokens = {i for ins in instruments for i in range(ins.start, ins.end)}
    triggers = [t for t in triggers if not any(i in inst_tokens for i in range(t.start, t.end))]
    claim = not view.w("claim_cues").isdisjoint(keys[s0:s1])
    drafts: list[Draft] = []

    frame_tokens: set[int] = set()
    for d in _frame_drafts(view, s0, s1, instruments):
        if claim and _negated_before(view, d.trigger[0], s0):
            continue
        drafts.append(d)
        frame_tokens.update(range(d.trigger[0], max(d.trigger[1], d.extra.get("consumed", 0))))
    instruments = [i for i in instruments if not any(x in frame_tokens for x in range(i.start, i.end))]
    triggers = [t for t in triggers if t.start not in frame_tokens]

    # post-nominal participles bind first: "measures, imposed over six rounds of sanctions"
    post_of: dict[int, list[Trigger]] = {}
    for idx, ins in enumerate(instruments):
        nxt = instruments[idx + 1].start if idx + 1 < len(instruments) else s1
        post_of[idx] = _post_triggers(view, ins, triggers, nxt, s1)
        for t in post_of[idx]:
            t.used = True
    for idx in range(len(instruments) - 2, -1, -1):
        if not post_of[idx] and post_of[idx + 1] and _coordinated_measures(view, instruments[idx], instruments[idx + 1], s1):
            post_of[idx] = list(post_of[idx + 1])

    for idx, ins in enumerate(instruments):
        prev_end = instruments[idx - 1].end if idx else s0
        pre = _pre_trigger(view, ins, triggers, prev_end, s0)
        posts = post_of[idx]
        side = _target_side(view, ins, s0)
        inherited = None
        if pre is None and drafts and _preceded_by(keys, ins.start, ("including",), 4, s0):
            inherited = drafts[-1]
        made: list[Draft] = []
        if side is not None and pre is not None and side.trigger[0] < pre.start:
            pre = None  # "could face renewed penalties": the target-side verb governs
        if pre is not None:
            pre.used = True
            made.append(_draft_from_trigger(view, ins, pre, s0, s1))
        elif side is not None:
            made.append(side)
        elif inherited is not None:
            d = _bare_draft(view, ins, inherited.action, f"sanctions.{inherited.action}.including", s0, s1)
            d.imposers = list(inherited.imposers)
            d.imposer_explicit = inherited.imposer_explicit
            d.modality = inherited.modality
            made.append(d)
        for t in posts:
            if pre is not None and made and made[0].rule.endswith(".nominal") and view.keys[t.start] in view.w("reporting_verbs") | {"unveiled"}:
                continue  # "the lifting of sanctions was announced": the lifting is announced
            d = _draft_from_post(view, ins, t, s0, s1)
            if side is not None and pre is None:
                # "he is under sanctions imposed by the EU": one target, one imposer for both
                if d.target_context and side.targets:
                    d.targets, d.target_context = list(side.targets), False
                if not side.imposers and d.imposers:
                    side.imposers, side.imposer_explicit = list(d.imposers), d.imposer_explicit
            if made and all(m.action == d.action for m in made):
                continue
            made.append(d)
        if not made:
            bare = _bare_mention(view, ins, s0, s1)
            if bare is not None:
                made.append(bare)
        if made and claim and any(_negated_before(view, m.trigger[0] if m.trigger else ins.start, s0) for m in made):
            continue  # a denial or claim ("I don't expect any sanctions") is not an action
        drafts.extend(made)

    drafts.extend(_pronoun_drafts(view, instruments, triggers, s0, s1))
    return _dedupe(drafts)


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


def _coordinated_measures(view: View, a: Instrument, b: Instrument, s1: int) -> bool:
    """'an arms embargo, a ban on X and an asset freeze on Y': one list of measures."""
    keys = view.keys
    j = a.end
    hit = view.lex.target_intros.match_at(keys, j) if j < s1 else None
    if hit is not None:
        j = _phrase_end(view, hit[0], s1)
    gap = keys[j : b.start]
    return bool(gap) and all(k in (",", "and", "or", "a", "an", "the") for k in gap) and ("," in gap or "and" in gap)


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


# -- binding -----------------------------------------------------------------
def _gap_ok(view: View, a: int, b: int, limit: int) -> bool:
    """Tokens a..b (exclusive) may sit between a trigger and its instrument."""
    keys = view.keys
    if b - a > limit or keys[a:b].count("of") > 1:
        return False  # "renewed the mandate of the panel of experts monitoring sanctions"
    preps = view.w("prepositions") - {"of"}
    for i in range(a, b):
        k = keys[i]
        if k in preps or k in _CLAUSE_PUNCT or k == ".":
            return False
        if k == ",":
            # only inside a run of adjectives: imposing "illegal, illegitimate ... sanctions"
            if not any(keys[j] in _QUOTES for j in range(a, i)):
                return False
        if view.lex.triggers.match_at(keys, i) is not None:
            return False
    return True


def _pre_trigger(view: View, ins: Instrument, triggers: list[Trigger], prev_end: int, s0: int) -> Trigger | None:
    best = None
    for t in triggers:
        if t.used or "pre" not in t.pos or t.end > ins.start or t.end < prev_end and t.start < prev_end:
            continue
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
        ok = True
        i = ins.end
        depth = 0
        while i < t.start:
            k = keys[i]
            if k in ("(", "—", "–"):
                depth += 1
            elif k in (")",):
                depth = max(0, depth - 1)
            elif depth == 0:
                if k in (";", ":", ".", "?", "!") or k in view.w("pronoun_measures") or k in view.w("clause_stops"):
                    ok = False  # "..., and they remain in place": the pronoun is the subject
                    break
                ref = view.actor_at[i]
                by_agent = keys[i - 1] == "by" or (keys[i - 1] == "the" and keys[i - 2] == "by")
                if ref is not None and not _in_target_phrase(view, ins.end, i) and not by_agent:
                    ok = False  # "a list that the U.S. maintained": another subject
                    break
                if view.lex.triggers.match_at(keys, i) is not None and keys[i] not in view.w("passive_aux"):
                    hit = view.lex.triggers.match_at(keys, i)
                    if hit and "post" not in hit[1]["pos"] and hit[1]["action"] not in ("impose",):
                        ok = False
                        break
            i += 1
        if not ok:
            continue
        if depth == 0 and t.start - ins.end > 12:
            # a long way off only when the stretch is bracketed by dashes or is a "which" clause
            if not any(keys[j] in ("—", "–", "which", "that") for j in range(ins.end, t.start)):
                continue
        out.append(t)
    return out


def _in_target_phrase(view: View, a: int, i: int) -> bool:
    """True when token ``i`` sits in an on/against phrase that opens between ``a`` and ``i``."""
    for j in range(i - 1, max(a - 1, i - 8), -1):
        if view.lex.target_intros.match_at(view.keys, j) is not None:
            return True
        if j == a and view.keys[j] == "for" and view.keys[a - 1] in view.w("for_target_heads"):
            return True  # "its sanctions regime for Mali, adopted in 2021"
        if view.keys[j] in (",", "which", "that"):
            return False
    return False


def _preceded_by(keys: list[str], i: int, words: tuple[str, ...], window: int, s0: int) -> bool:
    return any(keys[j] in words for j in range(max(s0, i - window), i))


# -- drafts --------------------------------------------------------------------
def _tok_text(view: View, i: int) -> str:
    return view.text[view.starts[i] : view.ends[i]]


def _span_text(view: View, a: int, b: int) -> str:
    while b > a + 1 and view.is_space[b - 1]:
        b -= 1
    return view.text[view.starts[a] : view.ends[b - 1]]


def _base(view: View, ins: Instrument, action: str, rule: str, a: int, b: int, s0: int) -> Draft:
    return Draft(
        action=action,
        instrument=_span_text(view, ins.start, ins.end) if ins else None,
        start=a,
        end=b,
        rule=rule,
        sent_start=s0,
    )


def _draft_from_trigger(view: View, ins: Instrument, t: Trigger, s0: int, s1: int) -> Draft:
    form = "nominal" if view.keys[t.end - 1] == "of" or view.keys[t.start] in ("the", "an") else "verbal"
    action = t.action
    if action == "extend" and any(view.keys[x] in view.w("scope_cues") for x in range(t.end, ins.start)):
        action = "tighten"  # "extended existing restrictions": a wider scope, not a longer term
    if ins.kind == "relief" and action in ("impose", "ease", "extend", "tighten", "expand", "maintain"):
        action = "ease"  # granting or keeping relief eases the measure
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
    _imposer_for(view, d, ins, t, s0, call)
    _target_for(view, d, ins, s1)
    if widened_to and d.target_context:
        d.targets, d.target_context = widened_to, False
    return d


def _draft_from_post(view: View, ins: Instrument, t: Trigger, s0: int, s1: int) -> Draft:
    d = _base(view, ins, t.action, f"sanctions.{t.action}.passive", ins.start, t.end, s0)
    d.trigger = (t.start, t.end)
    _modal(view, d, t.start, ins.end)  # "sanctions will be lifted"; not "will restore sanctions lifted ..."
    if d.modality == "possible" and d.action not in ("maintain", "consider"):
        d.action = "consider"
    mods = _modifier_actors(view, ins, s0)
    d.imposers = [m for m in mods["imposers"]]
    d.imposer_explicit = bool(d.imposers)
    agent = _agent_after(view, t.end, s1)
    if agent:
        d.imposers, d.imposer_explicit = agent, True
    elif not d.imposers and any(view.keys[x] in ("its", "their") for x in range(mods["lo"], ins.start)):
        name = _first_actor(view, s0, mods["lo"])  # "the EU ..., and its sanctions regime ... adopted"
        if name:
            d.imposers, d.imposer_explicit = [name], True
    _target_for(view, d, ins, s1, mods=mods)
    if d.target_context:
        # "sanctions were imposed on Russia", "ever imposed on a major economy"
        hit = view.lex.target_intros.match_at(view.keys, t.end) if t.end < s1 else None
        if hit is not None and hit[0] not in view.date_starts and not _is_time(view, hit[0]):
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
    d = _bare_draft(view, ins, "impose", "sanctions.impose.mention", s0, s1)
    d.start = lo
    _modal(view, d, lo, s0, allow_possible=False)
    if d.modality == "negated":
        return None
    return d


def lex_hit(trie: Trie, keys: list[str], a: int, b: int) -> bool:
    return any(trie.match_at(keys, i) is not None for i in range(max(a, 0), b))


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
        d = _base(view, ins, hit[1]["action"], f"sanctions.{hit[1]['action']}.target_subject", j, ins.end, s0)
        d.trigger = (j, hit[0])
        _modal(view, d, j, s0, allow_possible=False)
        mods = _modifier_actors(view, ins, s0)
        d.imposers = mods["imposers"]
        d.imposer_explicit = bool(d.imposers)
        d.targets = _subject_targets(view, j, s0)
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


def _subject_targets(view: View, j: int, s0: int) -> list[str]:
    """The noun phrase left of a target-side verb: actors (not used as modifiers) or the phrase."""
    keys = view.keys
    i = j - 1
    while i >= s0 and (keys[i] in view.w("passive_aux") or keys[i] in view.w("aux_words")):
        i -= 1
    if i >= s0 and keys[i] in ("he", "she"):
        # "he is under sanctions": the last person named
        for ref in reversed(view.actors):
            if ref.end <= i and ref.label == "PERSON":
                return [ref.name]
        return []
    if i >= s0 and keys[i] == ",":
        # "HTS, the group led by al-Sharaa until January, was removed": the clause's first name
        start = s0
        for x in range(i - 1, s0 - 1, -1):
            if keys[x] in view.w("clause_stops") or keys[x] in (";", ":"):
                start = x + 1
                break
        for x in range(start, i):
            ref = view.actor_at[x]
            if ref is not None and not ref.demonym:
                return [ref.name]
        return []
    # nearest actor not used as a modifier, within the clause
    k = i
    while k >= s0 and keys[k] not in view.w("clause_stops") and keys[k] not in ("that", "which", "who", "."):
        ref = view.actor_at[k]
        if ref is not None and not _is_modifier(view, ref):
            if k >= i - 1 or keys[ref.end] == ",":
                return [ref.name]
        k -= 1
    # else the phrase: "20 US defense firms and 10 individuals"
    a = i
    while a > s0 and _subject_phrase_token(view, a - 1):
        if view.lex.triggers.match_at(keys, a - 1) is not None:
            break
        a -= 1
    if a > i:
        return []
    return _resolve_phrase(view, a, i + 1)


def _subject_phrase_token(view: View, i: int) -> bool:
    """May token ``i`` belong to the noun phrase before a target-side verb?"""
    k = view.keys[i]
    if k in view.w("clause_stops") or k in ("that", "which", "who", ",", ".") or k in view.w("reporting_verbs"):
        return False
    if k in view.w("prepositions") or i in view.all_trigger_tokens:
        return False
    return True


def _is_modifier(view: View, ref: ActorRef) -> bool:
    """A demonym or possessive modifies a noun ('Central American nation'); it is not the target."""
    return ref.demonym or ref.possessive


# -- frames ------------------------------------------------------------------
def _frame_drafts(view: View, s0: int, s1: int, instruments: list[Instrument]) -> list[Draft]:
    lex, keys = view.lex, view.keys
    out: list[Draft] = []
    i = s0
    while i < s1:
        hit = lex.frame_heads.match_at(keys, i)
        if hit is None:
            i += 1
            continue
        end, fidxs = hit
        d = None
        for fidx in fidxs:
            fr = lex.frames[fidx]
            if fr.get("topical") and not view.topical:
                continue
            kind = fr["kind"]
            if kind == "verb":
                d = _verb_frame(view, fr, i, end, s0, s1)
            elif kind == "designation":
                d = _designation_frame(view, fr, i, end, s0, s1)
            elif kind == "needs":
                d = _needs_frame(view, fr, i, end, s0, s1)
            if d:
                break
        if d is not None:
            ds = d if isinstance(d, list) else [d]
            for x in ds:
                if x.modality == "asserted" and x.action != "maintain":
                    _modal(view, x, x.trigger[0], s0)
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
            i = max(end, ds[0].trigger[1])
        else:
            i += 1
    out.extend(_include_frames(view, s0, s1))
    return out


def _verb_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int):
    """'China sanctions 20 US defense companies', 'the UK has sanctioned 34 individuals',
    'long blacklisted by the U.S.', 'X were sanctioned'."""
    keys = view.keys
    prev = keys[a - 1] if a > s0 else ""
    nxt_i = b
    nxt = keys[nxt_i] if nxt_i < s1 else ""
    nxt_tok = _tok_text(view, nxt_i) if nxt_i < s1 else None
    prev_ref = view.actor_at[a - 1] if a > s0 else None
    passive = prev in view.w("passive_aux") or (prev in view.w("maintain_cues") and a - 2 >= s0 and keys[a - 2] in view.w("passive_aux")) or nxt == "by"
    if keys[a] in ("sanction", "sanctions") and not (prev_ref is not None and not prev_ref.possessive and not prev_ref.demonym):
        if prev not in view.w("aux_words"):
            return None
    object_start = nxt_tok is not None and nxt not in view.w("prepositions") and (
        (prev in view.w("aux_words") and prev not in view.w("passive_aux") and nxt.isalpha())
        or nxt in view.w("determiners")
        or _NUMBER.match(nxt) is not None
        or view.actor_at[nxt_i] is not None
        or (nxt_tok[:1].isupper() and keys[a] in ("sanction", "sanctions"))
    )
    rule = fr["id"]
    maintain_cues = view.w("maintain_cues")
    if not passive and (prev in view.w("determiners") or _NUMBER.match(prev)) and prev not in view.w("aux_words"):
        return None  # "two sanctioned Russian tankers": an adjective, background
    if keys[a] in ("sanction", "sanctions") and prev_ref is not None and prev_ref.start > s0 and (
        keys[prev_ref.start - 1] in view.w("determiners") or keys[prev_ref.start - 1] in view.w("novelty")
        or keys[prev_ref.start - 1] in view.w("prepositions")
    ):
        return None  # "New US Sanctions ...", "the EU sanctions": the actor modifies the noun
    if keys[a] in ("sanction", "sanctions") and nxt_i < s1 and view.lex.target_intros.match_at(keys, nxt_i) is not None:
        return None  # "US Sanctions Target Russian Oil": the noun, then its verb
    if passive or (prev in maintain_cues and not object_start):
        d = _frame_base(view, fr, a, b, s0)
        d.rule = rule + ".passive"
        agent = _agent_after(view, b, s1)
        if agent:
            d.imposers, d.imposer_explicit = agent, True
        d.targets = _subject_targets(view, a - (1 if prev in maintain_cues else 0), s0)
        if prev in maintain_cues or (a - 2 >= s0 and keys[a - 2] in maintain_cues):
            d.action = "maintain"
            d.rule = fr["id"].replace(".impose.", ".maintain.")
            d.targets = []
        if not d.targets:
            d.target_context = True
        return d
    if not object_start:
        return None
    if keys[a] == "sanctioned" and nxt_tok is not None and nxt_tok[:1].islower() and nxt not in view.w("determiners") and not _NUMBER.match(nxt):
        return None  # "the sanctioned companies" (adjective: see the include frame)
    d = _frame_base(view, fr, a, b, s0)
    stop = _phrase_end(view, b, s1)
    d.targets = _resolve_phrase(view, b, stop)
    d.end = max(d.end, stop)
    _subject_imposer(view, d, a, s0)
    if not d.targets:
        d.target_context = True
    return d


def _designation_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int):
    """'the U.S.-designated terrorist Ahmed al-Sharaa', 'designated X as a terrorist group'."""
    keys = view.keys
    if a > s0 and keys[a - 1] in {norm_token(w) for w in fr.get("skip_prev", [])}:
        return None  # "specially designated nationals": a list's name
    hyphen_actor = a - 2 >= s0 and keys[a - 1] == "-" and view.actor_at[a - 2] is not None
    after = {norm_token(w) for w in fr.get("after", [])}
    if not hyphen_actor and not any(keys[j] in after for j in range(b, min(s1, b + fr.get("within", 4)))):
        # "OFAC designated 14 entities": a sanctioning authority designates
        if not view.lex.authorities.find_all(keys, s0, a):
            return None
    d = _frame_base(view, fr, a, b, s0)
    if hyphen_actor:
        ref = view.actor_at[a - 2]
        name = view.imposer_name(ref)
        if name:
            d.imposers, d.imposer_explicit = [name], True
        d.start = ref.start
    else:
        _subject_imposer(view, d, a, s0)
    if hyphen_actor:
        for j in range(b, min(s1, b + 5)):
            ref = view.actor_at[j]
            if ref is not None:
                d.targets = [ref.name]
                d.end = ref.end
                break
    else:
        stop = _phrase_end(view, b, s1)
        d.targets = _resolve_phrase(view, b, stop)
        d.end = max(d.end, stop)
    if not d.targets:
        d.target_context = True
    return d


def _needs_frame(view: View, fr: dict, a: int, b: int, s0: int, s1: int):
    keys = view.keys
    dets = ("a", "an", "the", "its", "their", "this", "that", "his", "her")
    if fr.get("verb_only") and a > s0 and (
        keys[a - 1] in dets
        or (b < s1 and keys[b] == "on" and a - 2 >= s0 and keys[a - 2] in dets and keys[a - 1] not in view.w("aux_words"))
    ):
        return None  # "a ban on arms sales", "the general ban on investment": the measure named by a noun
    needs = {norm_token(w) for w in fr.get("needs", [])}
    within = fr.get("within", 5)
    n = None
    for j in range(b, min(s1, b + within + 1)):
        if keys[j] in needs:
            n = j
            break
        if keys[j] in (".", ";", ":") or (keys[j] == "," and j > b):
            break
    if n is None:
        return None
    consumed = n + 1
    if fr.get("after_needs"):
        after = {norm_token(w) for w in fr["after_needs"]}
        window = range(n + 1, min(s1, n + 1 + fr.get("after_within", 4)))
        consumed = next((j + 1 for j in window if keys[j] in after), n + 1)
        if not any(keys[j] in after for j in window):
            # "barred from the EU": a state or bloc after "from" will do
            if not (fr.get("after_actor") and any(view.actor_at[j] is not None and view.actor_at[j].label in ("GPE", "ORG") for j in window)):
                return None
    if fr["id"] == "sanctions.impose.suspension":
        # "suspension of sanctions" is the suspend trigger, not a membership suspension
        if view.lex.instruments.match_at(keys, b) is not None:
            return None
    d = _frame_base(view, fr, a, n + 1, s0)
    d.extra["consumed"] = consumed
    d.end = max(d.end, consumed)  # "hit Moscow with fresh sanctions"
    kind = fr.get("target")
    if kind == "possessor":
        d.targets = _possessor(view, a, n, s1)
        if not d.targets:
            # "frozen $300 billion of Russian central bank assets"
            dem = [view.actor_at[x] for x in range(b, n) if view.actor_at[x] is not None and view.actor_at[x].demonym]
            if dem:
                d.targets = [dem[-1].name]
    elif kind == "between":
        if n > b:
            d.targets = _resolve_phrase(view, b, n)
        # "prohibit ... from doing business with them"
        for j in range(n + 1, min(s1, n + 5)):
            if keys[j] == "with" and j > n + 1:
                stop = _phrase_end(view, j + 1, s1)
                d.targets = _resolve_phrase(view, j + 1, stop)
                d.end = max(d.end, stop)
                break
        if not d.targets and n == b:
            rel = _relative_agent(view, a, s0)
            if rel is not None:
                # "Gazprom Neft, which the United States placed under sanctions"
                d.targets, agent_name = rel
                if agent_name:
                    d.imposers, d.imposer_explicit = [agent_name], True
                    d.extra["relative"] = True
            else:
                d.targets = _subject_targets(view, a, s0)
    elif kind == "goods":
        if n + 1 < s1 and keys[n + 1] == "with":
            stop = _phrase_end(view, n + 2, s1)
            d.targets = _resolve_phrase(view, n + 2, stop)  # "banned transactions with 22 banks"
            d.end = max(d.end, stop)
        elif keys[b] == "on" and n > b + 1:
            d.targets = [_span_text(view, b + 1, n + 1)]  # "ban on Russian diamond imports"
        elif n + 1 < s1 and keys[n + 1] == "of":
            stop = _phrase_end(view, n + 2, s1)
            d.targets = _resolve_phrase(view, n + 2, stop)
            d.end = max(d.end, stop)
        elif keys[n] in view.w("scope_nouns") and n > b:
            d.targets = [_span_text(view, b, n + 1)]
    elif kind == "beneficiary":
        # "issued a licence allowing Chevron to ...", "a waiver for Iraq", "granted Chevron a licence"
        inner = [view.actor_at[x] for x in range(b, n) if view.actor_at[x] is not None and not view.actor_at[x].demonym]
        if inner:
            d.targets = [inner[0].name]
        for j in range(n + 1, min(s1, n + 4)):
            if keys[j] in view.w("beneficiary_intros"):
                x = j + 1
                ref = view.actor_at[x] or (view.actor_at[x + 1] if x + 1 < s1 and keys[x] == "the" else None)
                if ref is not None:
                    d.targets = [ref.name]
                    d.end = max(d.end, ref.end)
                break
    elif kind == "after_export":
        for j in range(n, min(s1, n + 6)):
            if keys[j] == "to" and j + 1 < s1 and keys[j + 1] in view.w("goods_verbs"):
                stop = _phrase_end(view, j + 2, s1)
                d.targets = _resolve_phrase(view, j + 2, stop)
                break
    if d.extra.get("relative"):
        pass  # the relative clause named its own subject
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
    elif a > s0 and keys[a - 1] in view.w("passive_aux") and fr.get("imposer") != "inner":
        # "Gazprombank was added to the SDN list": the subject is the target, the agent (if any) imposes
        agent = _agent_after(view, d.end, s1)
        if agent:
            d.imposers, d.imposer_explicit = agent, True
    else:
        agent = _agent_before(view, a, s0)
        inner = [
            view.imposer_name(view.actor_at[x]) for x in range(b, n)
            if fr.get("imposer") == "inner" and view.actor_at[x] is not None and (view.actor_at[x].demonym or view.actor_at[x].possessive)
        ]  # "required to obtain Chinese government approval"
        if inner and inner[0]:
            d.imposers, d.imposer_explicit = [inner[0]], True
        elif agent:
            d.imposers, d.imposer_explicit = agent, True
        else:
            _subject_imposer(view, d, a, s0)
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
    """'The sanctioned companies include A, B and C' / 'Targeted individuals include ...'."""
    keys = view.keys
    out = []
    adjs = view.w("include_adjectives")
    for i in range(s0, min(s1, s0 + 4)):
        if keys[i] not in adjs:
            continue
        j = i + 1
        while j < s1 and j <= i + 3 and keys[j] not in view.w("include_verbs"):
            j += 1
        if j >= s1 or keys[j] not in view.w("include_verbs") or j == i + 1:
            continue
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
        d = Draft(action="impose", instrument=_tok_text(view, i), start=i, end=stop, rule="sanctions.impose.listed",
                  sent_start=s0, trigger=(i, i + 1))
        for t in dict.fromkeys(targets):
            out.append(Draft(**{**d.__dict__, "targets": [t], "imposers": [], "extra": {}}))
        break
    return out


# -- actors: imposers and targets ----------------------------------------------
def _np_left(view: View, i: int, s0: int) -> int:
    """Start of the noun phrase that ends with the instrument starting at ``i``."""
    keys = view.keys
    j = i
    stop_words = view.w("prepositions")
    while j > s0 and i - j < 8:
        k = keys[j - 1]
        if k in stop_words or k in _CLAUSE_PUNCT or k in (".", ",") or k in view.w("clause_stops"):
            if k == "," and j - 2 >= s0 and keys[j - 2] not in view.w("prepositions") and _adjective_run(view, j, i):
                j -= 1
                continue
            break
        if j - 1 in view.all_trigger_tokens:
            break
        if k in view.w("determiners") and k not in ("all", "some", "several", "many", "multiple", "nearly", "about", "over", "more", "than"):
            j -= 1
            break
        j -= 1
    return j


def _adjective_run(view: View, a: int, b: int) -> bool:
    return any(view.keys[x] in _QUOTES for x in range(max(0, a - 8), b))


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
        while a < ins.start and (keys[a] in view.w("modifier_stop") or keys[a] in _QUOTES or keys[a] in ("and", ",", "or") or _ORDINAL.match(keys[a])):
            a += 1
        if a < ins.start:
            goods = _span_text(view, a, ins.start)
            # "export controls" already hold "export": a goods phrase needs a content word
            if not any(c.isalpha() for c in goods):
                goods = None
    # the instrument's own words may name the goods: "export restrictions" -> keep the goods only
    return {"imposers": imposers, "targets": targets, "goods": goods, "lo": lo}


def _possessor(view: View, a: int, n: int, s1: int) -> list[str]:
    """Owner of the frozen assets: 'his assets', 'X's assets', 'the assets of X'."""
    keys = view.keys
    for j in range(n - 1, a, -1):
        ref = view.actor_at[j]
        if ref is not None and ref.possessive and ref.label != "GPE":
            return [ref.name]
    if any(keys[j] in ("his", "her") for j in range(a, n)):
        # the nearest person mentioned before
        for ref in reversed(view.actors):
            if ref.end <= a and ref.label == "PERSON":
                return [ref.name]
    if n + 1 < s1 and keys[n + 1] == "of":
        stop = _phrase_end(view, n + 2, s1)
        return _resolve_phrase(view, n + 2, stop)
    return []


def _agent_after(view: View, b: int, s1: int) -> list[str]:
    """'imposed in 2022 by the Biden administration' / 'blacklisted by the U.S.'."""
    keys = view.keys
    for j in range(b, min(s1, b + 8)):
        if keys[j] in (";", ".", "which", "that"):
            return []
        if keys[j] == "by":
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


UNNAMED = "\x00unnamed"


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
    while j + 1 < len(view.keys) and view.keys[j] in ("and", ","):
        nxt = view.actor_at[j + 1] or (view.actor_at[j + 2] if view.keys[j + 1] == "the" and j + 2 < len(view.keys) else None)
        if nxt is None:
            break
        n2 = view.imposer_name(nxt)
        if n2 and n2 not in out:
            out.append(n2)
        j = nxt.end
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


def _subject_imposer(view: View, d: Draft, t: int, s0: int) -> None:
    """The clause subject left of the trigger at ``t``: nearest actor that is not a possessive
    modifier inside a phrase, not the object of a preposition and not a demonym adjective."""
    keys = view.keys
    # "the European Union's decision a week later to end ...": the possessor decides
    if t - 1 >= s0 and keys[t - 1] == "to":
        for j in range(t - 2, max(s0 - 1, t - 8), -1):
            if keys[j] in view.w("intent_nouns"):
                k = j - 1
                while k >= s0 and keys[k] in view.w("modifier_stop"):
                    k -= 1
                if k >= s0 and keys[k] in ("'s", "'") and view.actor_at[k - 1] is not None:
                    name = view.imposer_name(view.actor_at[k - 1])
                    if name:
                        d.imposers, d.imposer_explicit = [name], True
                        return
                break
    if t - 1 >= s0 and keys[t - 1] in (",", "and") and keys[t].endswith("ing"):
        return  # ", freezing assets": the main clause's actor (context) acts
    # a pronoun subject ("..., and it imposed sanctions") stands for the sentence's first actor
    p = t - 1
    while p >= s0 and keys[p] in view.w("aux_words"):
        p -= 1
    if p >= s0 and keys[p] in ("it", "they"):
        name = _first_actor(view, s0, p)
        if name:
            d.imposers, d.imposer_explicit = [name], True
        return
    j = t - 1
    while j >= s0:
        k = keys[j]
        if k == ")":
            # skip a parenthesis: "ECOWAS suspended them (Mali in 2020, Niger in 2023) and imposed ..."
            depth = 0
            while j >= s0:
                depth += keys[j] == ")"
                depth -= keys[j] == "("
                if depth == 0:
                    break
                j -= 1
            j -= 1
            continue
        if (k in view.w("clause_stops") and k not in _ADJUNCT_HEADS) or k == "." or k in view.w("speech_verbs"):
            return  # "Iran said the reimposition ...": the speaker is not the imposer
        if k in view.w("relative_pronouns"):
            # "Credit Suisse, which had frozen": the antecedent is the subject
            x = j - 1
            if x >= s0 and keys[x] == ",":
                x -= 1
            ref = view.actor_at[x] if x >= s0 else None
            if ref is not None:
                name = view.imposer_name(ref)
                if name:
                    d.imposers, d.imposer_explicit = [name], True
                return
            if k == "that" and j + 1 < t and keys[j + 1] in view.w("pronoun_subjects"):
                j -= 1  # "announced that it has expanded": look into the main clause
                continue
            if k == "that" and any(keys[x] in view.w("reporting_verbs") for x in range(max(s0, j - 4), j)):
                j -= 1  # "X announced on Friday that ...": X is the one acting
                continue
            return
        if j in view.trigger_tokens and j < t - 1:
            # an earlier action verb: its subject, if named right before it, acts here too
            # ("ECOWAS suspended ... and imposed"); its object ("20 US firms") never does
            e = j
            while e - 1 >= s0 and (e - 1) in view.trigger_tokens:
                e -= 1
            x = e - 1
            while x >= s0 and keys[x] in view.w("aux_words"):
                x -= 1
            ref = view.actor_at[x] if x >= s0 else None
            if ref is not None and not ref.demonym and not ref.possessive:
                name = view.imposer_name(ref)
                if name:
                    d.imposers, d.imposer_explicit = _coordinated_left(view, ref, name), True
            return
        org = _org_anaphor(view, j, j + 1) if k in ("the",) else None
        if org and (j == s0 or keys[j - 1] not in view.w("prepositions")):
            d.imposers, d.imposer_explicit = [org], True
            return
        ref = view.actor_at[j]
        if ref is not None:
            j0 = ref.start
            before = keys[j0 - 1] if j0 > s0 else ""
            before2 = keys[j0 - 2] if j0 - 1 > s0 else ""
            in_pp = before in view.w("prepositions") or (before in view.w("determiners") and before2 in view.w("prepositions"))
            at_start = all(keys[x] in view.w("determiners") or view.is_space[x] for x in range(s0, j0))
            if ref.possessive and not at_start:
                j = j0 - 1
                continue
            if in_pp or ref.demonym:
                j = j0 - 1
                continue
            name = view.imposer_name(ref)
            if name:
                d.imposers, d.imposer_explicit = _coordinated_left(view, ref, name), True
            return
        j -= 1


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


def _coordinated_left(view: View, ref: ActorRef, name: str) -> list[str]:
    """'The European Union and United Kingdom have imposed': every coordinated subject."""
    out = [name]
    j = ref.start - 1
    while j >= 1 and view.keys[j] in ("and", ","):
        prev = view.actor_at[j - 1]
        if prev is None:
            break
        n2 = view.imposer_name(prev)
        if n2 and n2 not in out:
            out.insert(0, n2)
        j = prev.start - 1
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
    if t.subject_first:
        # "Serbia refuses to join EU sanctions": the joiner imposes them too
        _subject_imposer(view, d, t.start, s0)
        if d.imposers:
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


def _wrapper_before(view: View, i: int, s0: int) -> str | None:
    """A threaten/consider verb governing the action verb at ``i`` ('threatened to impose')."""
    keys = view.keys
    for j in range(i - 1, max(s0 - 1, i - 4), -1):
        hit = view.lex.triggers.match_at(keys, j)
        if hit is not None and hit[0] <= i and hit[1]["action"] in ("threaten", "consider") and "pre" in hit[1]["pos"]:
            if all(keys[x] in ("to", "the", "of", "whether", "new", "further") for x in range(hit[0], i)):
                return hit[1]["action"]
        if keys[j] in (";", ".", ":", ","):
            break
    return None


def _call_cue_before(view: View, i: int, s0: int) -> bool:
    keys = view.keys
    for j in range(i - 1, max(s0 - 1, i - 7), -1):
        hit = view.lex.triggers.match_at(keys, j)
        if hit is not None and hit[1]["call"] and hit[0] <= i:
            return True
        if keys[j] in (";", ".", ":"):
            break
    return False


def _modal(view: View, d: Draft, i: int, s0: int, allow_possible: bool = True) -> None:
    """Modality from cues in the ten tokens before the trigger (within the clause)."""
    keys = view.keys
    found = None
    for j in range(i - 1, max(s0 - 1, i - 10), -1):
        if keys[j] in (";", ".", ":") or (keys[j] in view.w("clause_stops") and keys[j] not in (":",)):
            break
        hit = view.lex.modality.match_at(keys, j)
        if hit is None or hit[0] > i:
            continue
        m = hit[1]
        if m == "negated":
            found = "negated"
            break
        if m == "advocated":
            found = m
            continue
        if found is None or (found == "planned" and m == "possible"):
            found = m
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
    if found == "possible" and d.action in ("impose", "lift", "ease", "extend", "expand", "tighten", "suspend", "delist"):
        d.action = "consider"
        d.rule = d.rule.replace("sanctions.", "sanctions.consider.", 1) if not d.rule.startswith("sanctions.consider") else d.rule


def _negated_before(view: View, i: int, s0: int) -> bool:
    return any(view.lex.modality.match_at(view.keys, j) == (j + 1, "negated") for j in range(max(s0, i - 10), i))


def _reason(view: View, b: int, s1: int) -> str | None:
    """'because of ...', 'in response to ...', 'over its ...' after the record, in its own clause."""
    keys = view.keys
    for j in range(b, min(s1, b + 25)):
        if keys[j] in (";", "which", "that", "who", "including", "but", "while") or j in view.all_trigger_tokens:
            return None
        if view.lex.instruments.match_at(keys, j) is not None:
            return None
        hit = view.lex.reasons.match_at(keys, j)
        if hit is None:
            continue
        e = hit[0]
        while e < s1 and keys[e] not in (".", ";") and e - j < 30:
            e += 1
        return _span_text(view, j, e) if e > hit[0] else None
    return None


def _phrase_end(view: View, a: int, s1: int, allow_commas: bool = False) -> int:
    keys = view.keys
    stops = view.w("target_stop")
    e = a
    limit = 40 if allow_commas else 14
    while e < s1 and e - a < limit:
        k = keys[e]
        if k == "(":
            break
        if k in (".", ";", ":", "?", "!", "—", "–", ")") or k in _QUOTES and e > a:
            break
        if k == "," and not allow_commas:
            break
        if view.is_space[e] and "\n" in _tok_text(view, e):
            break
        if k == "and" and e + 2 < s1 and view.text[view.starts[e + 1]].islower() and (
            _NUMBER.match(keys[e + 2]) or keys[e + 2] in ("the", "a", "an", "its", "their", "all")
        ) and keys[e + 1] not in view.w("modifier_stop"):
            break  # "bans imports of aluminium and adds 74 vessels": a second verb phrase
        if k in stops and view.actor_at[e] is None and e > a:
            break
        if e in view.trigger_tokens and e > a:
            break
        if e in view.date_starts and e > a:
            break  # "on Venezuela next month"
        if e > a and view.lex.instruments.match_at(keys, e) is not None:
            break  # "a ban on X and an asset freeze on Y": the next measure
        e += 1
    # drop a trailing conjunction, comma or article
    while e > a and keys[e - 1] in ("and", ",", "or", "a", "an", "the"):
        e -= 1
    return e


def _conjuncts(view: View, a: int, b: int, force: bool = False) -> list[tuple[int, int]]:
    """Split 'A, B and C' when the parts are actors or counted phrases ('20 firms and 10 executives')."""
    keys = view.keys
    parts = []
    start = a
    for i in range(a, b):
        if keys[i] in (",", "and") and i > start:
            parts.append((start, i))
            start = i + 1
        elif keys[i] in (",", "and"):
            start = i + 1
    if start < b:
        parts.append((start, b))
    if len(parts) < 2:
        return [(a, b)]
    if force:
        return parts

    def separable(p):
        x, y = p
        while x < y and keys[x] in ("the", "all", "both"):
            x += 1
        return x < y and (_NUMBER.match(keys[x]) is not None or keys[x] in view.w("determiners") - {"the", "select"} or _conjunct_actor(view, x, y) is not None)

    if all(separable(p) for p in parts):
        return parts
    return [(a, b)]


def _conjunct_actor(view: View, a: int, b: int) -> str | None:
    """An actor that *is* the conjunct: 'the Belarusian airline Belavia', "Boeing's St. Louis branch"."""
    keys = view.keys
    while b > a and keys[b - 1] in (",", "and"):
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
    first = view.actor_at[a] or (view.actor_at[a + 1] if keys[a] == "the" and a + 1 < b else None)
    if first is not None and first.possessive and keys[b - 1] in view.w("org_parts"):
        return first.name
    return None


def _resolve_phrase(view: View, a: int, b: int) -> list[str]:
    """Targets named by the tokens a..b: actors, the text's phrase, or [] for an anaphor."""
    keys = view.keys
    out = []
    for x, y in _conjuncts(view, a, b):
        if view.lex.country_anaphors is not None and lex_hit_exact(view.lex.country_anaphors, keys, x, y):
            out.append(ANAPHOR_GPE)
            continue
        if lex_hit_exact(view.lex.anaphors, keys, x, y):
            continue
        group = _group_antecedent(view, x, y)
        if group:
            out.extend(group)
            continue
        name = _conjunct_actor(view, x, y)
        if name:
            out.append(name)
            continue
        while x < y and (keys[x] in view.w("determiners") or _NUMBER.match(keys[x]) or keys[x] in view.w("modifier_stop") or keys[x] in _QUOTES
                         or (keys[x] == "of" and x > a)):
            x += 1  # "dozens of Iranian individuals" -> "Iranian individuals"
        while y > x and keys[y - 1] in _QUOTES | {","}:
            y -= 1
        if x < y and any(c.isalpha() for c in _span_text(view, x, y)):
            out.append(_span_text(view, x, y))
    return out


ANAPHOR_GPE = "\x00country"


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
        if run and all(keys[i] in (",", "and") for i in range(run[-1].end, ref.start)) and ref.start > run[-1].end:
            run.append(ref)
        else:
            run = [ref]
        names = list(dict.fromkeys(r.name for r in run))
        if len(names) == n and ref.label == "GPE":
            best = names
    return best


def lex_hit_exact(trie: Trie, keys: list[str], a: int, b: int) -> bool:
    hit = trie.match_at(keys, a)
    return hit is not None and hit[0] == b


def _target_for(view: View, d: Draft, ins: Instrument, s1: int, mods: dict | None = None) -> None:
    """'on/against X' after the instrument, else modifier targets, else goods, else context."""
    keys = view.keys
    mods = mods or d.extra.get("mods") or _modifier_actors(view, ins, d.sent_start)
    j = ins.end
    # skip closing quotes and an abbreviation in brackets
    while j < s1 and (keys[j] in _QUOTES or keys[j] in ("will", "would", "also", "now", "only", "to")):
        if keys[j] == "to" and view.lex.target_intros.match_at(keys, j) is not None:
            break
        j += 1
    if j < s1 and keys[j] == "of":
        x = j
        while x < s1 and (keys[x] in view.w("rate_words") or _NUMBER.match(keys[x])):
            x += 1
        if x < s1 and x > j + 1 and view.lex.target_intros.match_at(keys, x) is not None:
            j = x  # "tariffs of 25% on Canadian steel"
    for _ in range(2):
        if j < s1 and keys[j] == ",":
            j2 = j + 1
            while j2 < s1 and keys[j2] in view.w("target_skip"):
                j2 += 1
            if j2 > j + 1:
                j = j2
        hit = view.lex.target_intros.match_at(keys, j) if j < s1 else None
        if hit is None and j < s1 and (
            (ins.kind == "relief" and keys[j] in ("for", "to")) or (keys[j] == "for" and keys[ins.end - 1] in view.w("for_target_heads"))
        ):
            hit = (j + 1, True)  # "sanctions relief for Venezuela"
        if hit is not None and (hit[0] in view.date_starts or _is_time(view, hit[0])):
            hit = None  # "came into force on 1 August", "on Friday"
        if hit is not None:
            a = hit[0]
            while a < s1 and keys[a] in view.w("target_skip"):
                a += 1
            stop = _phrase_end(view, a, s1)
            # "an embargo on the purchase of potash ...": the goods are the target and the scope
            x = a + 1 if a < stop and keys[a] == "the" else a
            if x + 1 < stop and keys[x] in view.w("scope_nouns") and keys[x + 1] == "of":
                a = x + 2
            targets = _resolve_phrase(view, a, stop)
            if stop > d.end and d.trigger is not None and d.trigger[0] < ins.start:
                d.end = stop
            if targets:
                d.targets = targets
                d.scope = _scope(view, a, stop)
                return
            d.target_context = True
            return
        break
    if mods["targets"]:
        d.targets = mods["targets"]
        return
    if mods["goods"]:
        d.targets = [mods["goods"]]
        return
    d.target_context = True
    lo = mods.get("lo", ins.start)
    d.further = any(keys[i] in view.w("further") for i in range(lo, ins.start))


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


# -- context -------------------------------------------------------------------
def _fill_context(view: View, drafts: list[Draft]) -> None:
    """Implicit imposers and targets: the neighbouring record's, else the document's."""
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
            d.imposers = [next(x for x in reversed(recent) if freq[x] == best)]
        elif nxt is not None:
            d.imposers = [view.actor_state(nxt.imposers[0])]
        elif counts:
            d.imposers = [counts.most_common(1)[0][0]]
        else:
            # nothing explicit anywhere: the most mentioned state that is not a target
            targets = {t for x in drafts for t in x.targets}
            in_targets = {a.name for a in view.actors if any(a.text in t for t in targets)}
            gpes = Counter(a.name for a in view.actors if a.label == "GPE" and a.name not in targets | in_targets)
            if gpes:
                d.imposers = [gpes.most_common(1)[0][0]]
    # targets: the last explicit target, else the document's most mentioned actor
    mentions = Counter(a.name for a in view.actors if not a.demonym)
    last_targets: list[str] | None = None
    context_targets = _context_targets(view)
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
        if d.extra.get("gpe"):
            prev_gpe = [t for x in drafts if x.start < d.start and not x.target_context for t in x.targets
                        if (view.actor_records.get(t) or {}).get("type") == "GPE"]
            cands = prev_gpe[-1:] or None
        elif not d.further:
            # the same imposer's last named target ("... sanctions on Syria. Its lifting the sanctions")
            states = {view.actor_state(x) for x in d.imposers}
            same = [x for x in explicit if states & {view.actor_state(i) for i in x.imposers}]
            cands = same[-1].targets if same else (None if states else last_targets)
            if cands is None:
                # the measures' usual target so far ("sanctions on/against X" mentions), most frequent first
                seen = [t for pos, t in context_targets if pos <= d.start]
                if seen:
                    freq = Counter(seen)
                    cands = [max(freq, key=lambda t: (freq[t], max(i for i, x in enumerate(seen) if x == t)))]
                elif context_targets:
                    cands = [context_targets[0][1]]  # a headline: the first target the text names
        if cands is None:
            for name, _ in mentions.most_common():
                rec = view.actor_records.get(name) or {}
                if name in d.imposers or rec.get("type") == "PERSON":
                    continue
                if name in (view.actor_state(x) for x in d.imposers):
                    continue
                cands = [name]
                break
        if cands:
            d.targets = [cands[0]]


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
            out.append((a, t))
    return out


# -- records -------------------------------------------------------------------
def _to_records(view: View, drafts: list[Draft]) -> list[dict]:
    doc = view.doc
    out = []
    seen = set()
    for d in drafts:
        a, b = d.start, max(d.end, d.start + 1)
        while b > a + 1 and view.is_space[b - 1]:
            b -= 1
        start, end = view.starts[a], view.ends[b - 1]
        if is_excluded(doc, start, end):
            continue
        date = _date_for(view, d)
        authority = _authority(view, d)
        program = _program(view, d)
        reason = _reason(view, d.end, _sent_end(view, d))
        imposers = d.imposers or [None]
        targets = d.targets or [None]
        for imp in imposers:
            for tgt in targets:
                key = (d.action, imp, tgt, start, end)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    {
                        "action": d.action,
                        "instrument": d.instrument,
                        "imposer": imp,
                        "target": tgt,
                        "scope": d.scope,
                        "reason": reason,
                        "modality": d.modality,
                        "authority": authority,
                        "program": program,
                        "date": date,
                        "span": char_span_record(view.text, start, end),
                        "rule": d.rule,
                    }
                )
    return out


def _sent(view: View, d: Draft) -> tuple[int, int]:
    return view.sent_bounds[view.sent_of[d.sent_start]]


def _sent_end(view: View, d: Draft) -> int:
    return _sent(view, d)[1]


def _date_for(view: View, d: Draft) -> str | None:
    """The date in the trigger's own clause (nearest after it, else before it)."""
    if not view.dates:
        return None
    a = d.trigger[0] if d.trigger else d.start
    sent_start, sent_end = _sent(view, d)
    best = None
    for s in view.dates:
        if s.start < sent_start or s.end > sent_end or not s.kb_id_:
            continue
        if d.rule.endswith((".passive", ".pronoun")) and s.start < a:
            continue  # "sanctions imposed in 2021 remain in force": that date is the imposition's
        lo, hi = (d.end, s.start) if s.start >= d.end else (s.end, a)
        if s.start >= a and s.start < d.end or hi < lo:
            dist = 0
        else:
            if any(view.keys[i] in ("which", "that", ";", "but", "while") for i in range(lo, hi)):
                continue
            if any(view.lex.triggers.match_at(view.keys, i) is not None for i in range(lo, hi)):
                continue
            dist = hi - lo
        if dist <= 10 and (best is None or dist < best[0]):
            best = (dist, s.kb_id_)
    return best[1] if best else None


def _authority(view: View, d: Draft) -> str | None:
    sent_start, sent_end = _sent(view, d)
    for a, b, _ in view.lex.authorities.find_all(view.keys, sent_start, sent_end):
        return _span_text(view, a, b)
    return None


def _program(view: View, d: Draft) -> str | None:
    if view.lex.programs is None:
        return None
    sent_start, sent_end = _sent(view, d)
    m = view.lex.programs.search(view.text, view.starts[sent_start], view.ends[sent_end - 1])
    return m.group(0) if m else None
