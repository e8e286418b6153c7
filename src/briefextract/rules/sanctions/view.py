"""The document view the rules read (token keys, offsets, sentences, actor spans) and the small value types passed between steps (instruments, triggers, drafts).

Part of the sanctions extractor; see the package docstring for the whole flow.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, NamedTuple

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.extensions import meta
from briefextract.rules.actor_spans import SpanTuple, span_tuples
from briefextract.rules.datelines import dateline_token_ranges, doc_datelines
from briefextract.rules.layout_sentences import sentence_start_tokens
from briefextract.rules.sanctions.lexicon import (
    Lexicon,
    Trie,
    TrieHits,
    WordLists,
    token_keys,
)
from briefextract.rules.spans import doc_text
from briefextract.rules.tokens import token_arrays

_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})
_CLAUSE_PUNCT = frozenset({";", ":", "?", "!", "(", ")", "—", "–"})
_NUMBER = re.compile(r"^\d[\d.,]*$")
_YEAR = re.compile(r"^\d{4}$")
# clause words that also head adjuncts inside the main clause ("suspended them after their coups and imposed")
_ADJUNCT_HEADS = frozenset({"after", "before", "until", "once", "since"})
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ian|i|ic|ch)$")  # fallback when a span has no form kind
_ORDINAL = re.compile(
    r"^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|latest|new)$"
)



def _by_start_longest_first(span: SpanTuple) -> tuple[int, int]:
    """Sort key of the actor spans: by start, the longest first at one start."""
    return span.start, span.start - span.end



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



class DateRef(NamedTuple):
    """A date mention: its tokens and ISO value (``kb_id_`` of the dates span)."""

    start: int
    end: int
    iso: str



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
        self.words = words  # (a token's end offset is read ~100 times a text: ``end_char``, no list of all)
        self.keys = token_keys(words, tok.lower, tok.idx, self.text, lex.respellings)  # (shared: never changed)
        self.is_space = tok.is_space
        #: the tokens where an entry of a scanned trie or a listed-target adjective may start, found
        #: in one pass for all of them (``Lexicon.entry_firsts``): ascending
        self.entry_starts = list(compress(range(len(words)), map(lex.entry_firsts.__contains__, self.keys)))
        words_by_name = lex.words if isinstance(lex.words, WordLists) else WordLists(lex.words)
        #: ``w(name)``: the word list ``name`` of the lexicon (a C-level dict lookup; the rules ask ~300 times a text)
        self.w = words_by_name.__getitem__
        #: ``w_union(a, b, ...)``: the words of several lists; ``w_without(name, word, ...)``: a list but some words
        self.w_union = words_by_name.union
        self.w_without = words_by_name.without
        self._hits: dict[Trie, TrieHits] = {}
        self._found: dict[tuple[Trie, int, int], list[tuple[int, int, Any]]] = {}
        self.actor_records = {a.get("name"): a for a in (doc._.actors or [])}
        self._index_actors(doc)
        #: the date mentions (a Span attribute read costs a StringStore lookup: read each once)
        self.dates = [DateRef(s.start, s.end, s.kb_id_) for s in span_tuples(doc, C.SPANS_DATES)]
        self._index_sentences(doc)
        self.date_starts = {s.start for s in self.dates}
        self.date_end_at = {s.start: s.end for s in self.dates}
        self._org_country: dict[str, str] | None = None
        # tokens covered by any trigger, frame head or target-side verb (phrase boundaries),
        # marked sentence by sentence for the sentences that are examined (mark_triggers)
        self.trigger_tokens: set[int] = set()
        self.all_trigger_tokens: set[int] = set()
        self._state_of: dict[str, str | None] = {}  # actor name -> the state it acts for
        # per sentence (bounds): its authority and programme, for every record of the sentence
        self.authority_of: dict[tuple[int, int], str | None] = {}
        self.program_of: dict[tuple[int, int], str | None] = {}
        self.dates_of: dict[tuple[int, int], list[DateRef]] = {}  # the sentence's dates with a value

    def _index_actors(self, doc: Doc) -> None:
        """``actors`` and ``actor_at`` from the actor spans (the gazetteer's when there are none):
        longest first at a start; a span overlapping an earlier one is dropped."""
        self.actor_at: list[ActorRef | None] = [None] * len(doc)
        self.actors: list[ActorRef] = []
        # the tuples the actors / gazetteer components kept: no Span object per mention
        group = span_tuples(doc, C.SPANS_ACTORS) or span_tuples(doc, C.SPANS_GAZETTEER)
        spans = sorted(group, key=_by_start_longest_first)  # (the tuples themselves: no copy of each)
        actor_at, keys, n_tokens = self.actor_at, self.keys, len(doc)
        covered_to = 0  # the spans come by start: one overlaps a kept one iff it starts before this
        stamps = dateline_token_ranges(doc)  # the actors of a dateline ("BRUSSELS (Reuters) -") act in no sentence
        for start, end, _, _, label, kb_id, form in spans:
            if start < covered_to and start < end:
                continue
            if stamps and any(a <= start < b for a, b in stamps):
                continue
            covered_to = max(covered_to, end)
            text = self.text[self.starts[start] : self.end_char(end - 1)]  # Span.text builds Tokens
            name = kb_id or text
            possessive = end < n_tokens and keys[end] in ("'s", "'")
            demonym = form == "demonym" or (
                not form
                and text != name
                and end - start == 1
                and text[:1].isupper()
                and _DEMONYM_END.search(text) is not None
                and label == "GPE"
            )
            ref = ActorRef(start, end, name, label or "ORG", text, possessive, demonym)
            self.actors.append(ref)
            actor_at[start:end] = [ref] * (end - start)
        # the bodies whose name can hold a state's name ('Chinese Ministry of Commerce'): a GPE
        # strictly inside takes two tokens or more (see ``org_country``; the gazetteer's spans are
        # Matcher matches, never empty)
        self.org_names = {ref.name for ref in self.actors if ref.label == "ORG" and ref.end - ref.start > 1}

    def _index_sentences(self, doc: Doc) -> None:
        """``sent_bounds`` (token ranges tiling the document) and ``sent_of`` (token -> sentence
        number) from the sentence starts the layout component kept (no array read)."""
        n_tokens = len(doc)
        if not n_tokens:
            self.sent_bounds, self.sent_of = [], []
            return
        starts = sentence_start_tokens(doc)  # as the layout component wrote them (shared: not mutated)
        if not starts or starts[0] != 0:
            starts = [0, *starts]  # the first token always starts a sentence
        self.sent_bounds = list(zip(starts, starts[1:] + [n_tokens]))
        sent_of: list[int] = []  # the bounds tile the document from token 0
        for k, (start, end) in enumerate(self.sent_bounds):
            sent_of += [k] * (end - start)
        self.sent_of = sent_of

    def end_char(self, i: int) -> int:
        """The character offset just after token ``i`` (computed when asked: a list of every
        token's end cost more than the few ends the rules read)."""
        return self.starts[i] + len(self.words[i])

    def hits(self, trie: Trie) -> TrieHits:
        """The entries of ``trie`` in the whole document, found on first use (one pass per trie)."""
        found = self._hits.get(trie)
        if found is None:
            scan_set = self.lex.scan_set
            if trie in self.lex.scanned:  # all the scanned tries in one pass (the text asks for each)
                for each, entries in zip(scan_set.tries, scan_set.longest_entries(self.keys, self.entry_starts)):
                    self._hits[each] = TrieHits(each, self.keys, entries=entries)
                return self._hits[trie]
            found = self._hits[trie] = TrieHits(trie, self.keys)
        return found

    @property
    def instrument_at(self) -> dict[int, tuple[int, Any]]:
        """Token -> (end, payload) of the longest instrument starting there: ``lex.instruments.match_at``
        as a dict lookup (the whole text is scanned for instruments anyway)."""
        return self.hits(self.lex.instruments).longest

    def find_all(self, trie: Trie, s0: int, s1: int) -> list[tuple[int, int, Any]]:
        """``trie.find_all(keys, s0, s1)``: from the document's hits when the whole text was
        scanned for that trie, else scanned in the sentence once (marking, binding and records
        ask for the same sentence; most sentences are never asked). Do not change the list."""
        whole = self._hits.get(trie)
        if whole is not None:
            return whole.find_all(s0, s1)
        key = (trie, s0, s1)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = trie.find_all(self.keys, s0, s1, self._starts_for(trie))
        return found

    def _starts_for(self, trie: Trie) -> list[int] | None:
        """``entry_starts`` when it holds every token where an entry of ``trie`` may start, else
        None (the trie then tests each token of the range itself)."""
        return self.entry_starts if trie in self.lex.scanned else None

    def mark_triggers(self, s0: int, s1: int) -> None:
        lex = self.lex
        for trie in (lex.triggers, lex.frame_heads, lex.target_side):
            for a, b, p in self.find_all(trie, s0, s1):
                if trie is lex.frame_heads and all(
                    lex.frames[f].get("passive_only") or self.keys[a] in (lex.frames[f].get("category_only_heads") or ()) for f in p
                ) and (a == s0 or self.keys[a - 1] not in lex.words.union("passive_aux", "passive_adverbs")):
                    # "the newly listed firms": a head that acts only in the passive (or only before a
                    # designation's category: 'listed X as a terrorist entity') is a modifier here
                    continue
                self.all_trigger_tokens.update(range(a, b))
                if trie is lex.triggers and p.get("gap", 8) <= 3:
                    continue  # light verbs (use, announce, agree) do not end a subject search
                self.trigger_tokens.update(range(a, b))

    @property
    def money_at(self) -> dict[int, int]:
        """Token -> end token of each money amount the counts component found ('260 million Swiss
        francs', '$6 billion'; ``doc._.counts`` records of kind 'money'), read on first use."""
        found = self.__dict__.get("_money_at")
        if found is None:
            found = {}
            for c in self.doc._.counts or ():
                if c.get("kind") == "money" and c.get("span"):
                    a = bisect_left(self.starts, c["span"]["start"])
                    b = bisect_left(self.starts, c["span"]["end"])
                    if a < b:
                        found[a] = b
            self.__dict__["_money_at"] = found
        return found

    @property
    def source_names(self) -> frozenset[str]:
        """The story's sources: the actors a dateline names as its agency ('UNITED NATIONS (AFP) -') and
        the outlet the metadata names as the source. They report the story; never a party the text
        leaves implicit (``context._fill_context``). Found on first use."""
        found = self.__dict__.get("_source_names")
        if found is None:
            forms = {(meta(self.doc).get("source") or "").casefold()} - {""}
            forms.update(self.text[a:b].casefold() for a, b in (line["agency"] for line in doc_datelines(self.doc) if line["agency"]))
            found = frozenset(
                name for name, rec in self.actor_records.items()
                if name and not forms.isdisjoint(x.casefold() for x in (name, *(rec.get("aliases") or [])))
            ) if forms else frozenset()
            self.__dict__["_source_names"] = found
        return found

    @property
    def org_country(self) -> dict[str, str]:
        """A body named after its state ("Chinese Ministry of Commerce") acts for that state
        (read from the gazetteer's GPE spans inside the body's name, on first use). A mention
        that is only a place ('Brussels' as an alias of the EU) names no state of the body."""
        if self._org_country is None:
            self._org_country = {}
            # only a body's name of two tokens or more can hold a GPE strictly inside (``org_names``);
            # a name's first mention holding one decides (later mentions of it are not read again)
            orgs = [ref for ref in self.actors if ref.label == "ORG" and ref.end - ref.start > 1]
            if orgs and C.SPANS_GAZETTEER in self.doc.spans:
                gpes = [(g.start, g.end, g.kb_id_) for g in span_tuples(self.doc, C.SPANS_GAZETTEER) if g.label_ == "GPE" and g.kb_id_]
                for ref in orgs:
                    if ref.name in self._org_country:
                        continue
                    for a, b, kb in gpes:
                        if ref.start <= a and b <= ref.end and (a, b) != (ref.start, ref.end):
                            self._org_country.setdefault(ref.name, kb)
                            break
        return self._org_country

    def actor_state(self, name: str | None) -> str | None:
        """The state a person or body acts for (``country`` of its actor record), else itself
        (remembered per name: the context rules ask for the same few names many times)."""
        if not name:
            return None
        state = self._state_of.get(name)
        if state is None:
            state = self._state_of[name] = self._actor_state(name)
        return state

    def _actor_state(self, name: str) -> str | None:
        rec = self.actor_records.get(name)
        if rec and rec.get("type") in ("PERSON", "ORG") and rec.get("country"):
            return rec["country"]
        if name not in self.org_names:
            return name  # only a body's longer name can map to a state: no need to read the gazetteer
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
    affirmative_only: bool = False  # a negated use is no action ("would not enforce the sanctions": compliance)



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
    return view.text[view.starts[i] : view.end_char(i)]



def _span_text(view: View, a: int, b: int) -> str:
    while b > a + 1 and view.is_space[b - 1]:
        b -= 1
    return view.text[view.starts[a] : view.end_char(b - 1)]



UNNAMED = "\x00unnamed"



ANAPHOR_GPE = "\x00country"
