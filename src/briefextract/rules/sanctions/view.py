"""The document view the rules read (token keys, offsets, sentences, actor spans) and the small value types passed between steps (instruments, triggers, drafts).

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.sanctions.lexicon import _KEY_CACHE, Lexicon, norm_token
from briefextract.rules.spans import doc_text
from briefextract.rules.tokens import token_arrays

_BRACKETS = str.maketrans({"[": None, "]": None, "’": "'", "‘": "'", "“": '"', "”": '"'})
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})


_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})
_CLAUSE_PUNCT = frozenset({";", ":", "?", "!", "(", ")", "—", "–"})


_CLAUSE_PUNCT = frozenset({";", ":", "?", "!", "(", ")", "—", "–"})
_NUMBER = re.compile(r"^\d[\d.,]*$")


_NUMBER = re.compile(r"^\d[\d.,]*$")
# clause words that also head adjuncts inside the main clause ("suspended them after their coups and imposed")
_YEAR = re.compile(r"^\d{4}$")


_YEAR = re.compile(r"^\d{4}$")
_ADJUNCT_HEADS = frozenset({"after", "before", "until", "once", "since"})


_ADJUNCT_HEADS = frozenset({"after", "before", "until", "once", "since"})
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ian|i|ic|ch)$")  # fallback when a span has no form kind


_DEMONYM_END = re.compile(r"(?:an|ese|ish|ian|i|ic|ch)$")  # fallback when a span has no form kind
_ORDINAL = re.compile(
    r"^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|latest|new)$"
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
        # (the shared per-document token arrays and text: built once for all components)
        tok = token_arrays(doc)
        words = tok.text
        self.text = doc_text(doc)
        self.starts = tok.idx
        self.ends = list(map(int.__add__, tok.idx, map(len, words)))
        sent_flags = doc.to_array(SENT_START).tolist() if len(doc) else []
        cache = _KEY_CACHE
        if len(cache) > 200_000:
            cache.clear()  # bounded memory over millions of documents
        try:
            self.keys = list(map(cache.__getitem__, words))  # C speed when every word is known
        except KeyError:
            for w in set(words).difference(cache):
                cache[w] = norm_token(w)
            self.keys = list(map(cache.__getitem__, words))
        self.is_space = tok.is_space
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
        starts = [i for i, f in enumerate(sent_flags) if i == 0 or f == 1]
        self.sent_bounds = [(a, b) for a, b in zip(starts, starts[1:] + [len(doc)])]
        self.sent_of = []
        for n, (a, b) in enumerate(self.sent_bounds):
            self.sent_of.extend([n] * (b - a))  # the bounds tile the document from token 0
        self.date_starts = {s.start for s in self.dates}
        self.date_end_at = {s.start: s.end for s in self.dates}
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
        (read from the gazetteer's GPE spans inside the body's name, on first use). A mention
        that is only a place ('Brussels' as an alias of the EU) names no state of the body."""
        if self._org_country is None:
            self._org_country = {}
            orgs = [ref for ref in self.actors if ref.label == "ORG"]
            if orgs and C.SPANS_GAZETTEER in self.doc.spans:
                gpes = [(g.start, g.end, g.kb_id_) for g in self.doc.spans[C.SPANS_GAZETTEER] if g.label_ == "GPE" and g.kb_id_]
                for ref in orgs:
                    for a, b, kb in gpes:
                        if ref.start <= a and b <= ref.end and (a, b) != (ref.start, ref.end):
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



def _preceded_by(keys: list[str], i: int, words: tuple[str, ...], window: int, s0: int) -> bool:
    return any(keys[j] in words for j in range(max(s0, i - window), i))



# -- drafts --------------------------------------------------------------------
def _tok_text(view: View, i: int) -> str:
    return view.text[view.starts[i] : view.ends[i]]



def _span_text(view: View, a: int, b: int) -> str:
    while b > a + 1 and view.is_space[b - 1]:
        b -= 1
    return view.text[view.starts[a] : view.ends[b - 1]]



UNNAMED = "\x00unnamed"



ANAPHOR_GPE = "\x00country"
