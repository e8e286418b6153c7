"""What the event rules read of a document: its words, sentences, actor and date spans.

Read as tuples and lists from the per-Doc caches the earlier components filled: no spaCy
object is made per mention. ``read_document`` reads them once per document into a
:class:`DocumentReads` that the trigger rules, the sanctions events and the dated
fallback all take, instead of each reading them again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from typing import Any, NamedTuple

from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.rules.actor_spans import as_tuples, span_tuples
from briefextract.rules.datelines import dateline_token_ranges
from briefextract.rules.layout_sentences import sentence_start_tokens
from briefextract.rules.spans import doc_text, stored_extension
from briefextract.rules.tokens import token_arrays

_HYPHEN = re.compile("-")


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower-cased text: ``token_arrays(doc).lower`` itself (not to be changed).

    A dangling hyphen is dropped ("the military coups- Niger in July 2023" leaves
    "coups-" as one token), so the word still meets the lexicon: only the tokens
    at a hyphen of the text can have one, so only those are looked at (a copy is
    made when one does). A per-word cache over all the tokens cost more than the
    rest of the rules' passes, its table being cold after the other components.
    """
    tok = token_arrays(doc)
    lower = out = tok.lower
    text = doc_text(doc)
    if "-" not in text:
        return lower
    idx = tok.idx
    for hyphen in _HYPHEN.finditer(text):
        i = bisect.bisect_right(idx, hyphen.start()) - 1  # the token the hyphen is in
        w = lower[i]
        if len(w) > 2 and (w[0] == "-" or w[-1] == "-"):
            if out is lower:
                out = lower.copy()
            out[i] = w.strip("-")
    return out


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences the layout component set, without iterating doc.sents."""
    if not len(doc):
        return []
    starts = sentence_start_tokens(doc)  # as the layout component wrote them (shared: not mutated)
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    return list(zip(starts, starts[1:] + [len(doc)]))


def heading_tokens(doc: Doc) -> set[int]:
    """Token indices inside a title or heading (computed once per document)."""
    spans = span_tuples(doc, C.SPANS_LAYOUT)  # kept by the layout component: no Span objects
    return {i for s in spans if s.label_ in (C.LAYOUT_TITLE, C.LAYOUT_HEADING) for i in range(s.start, s.end)}


#: the actor labels of those that act (persons and organisations), not places
AGENT_LABELS = frozenset({"PERSON", "ORG"})


class ActorSpan(NamedTuple):
    """An actor mention as the rules read it: read once from its Span (each Span attribute
    access and ``Span.text`` cost far more than a tuple field, and the rules read them per mention)."""

    start: int
    end: int
    label: str
    name: str  # the canonical name (kb_id_), or the words as written
    kind: str = ""  # the form matched (id_): "name", "alias", "demonym", "capital" ...


class DateSpan(NamedTuple):
    """A resolved date mention: its token range and ISO value (kb_id_)."""

    start: int
    end: int
    value: str


def document_actor_spans(doc: Doc) -> list[ActorSpan]:
    """The actor spans (the gazetteer's when there are none), one tuple per span, made once per document.

    Read as the tuples the actors and gazetteer components kept (``rules.actor_spans``):
    iterating the SpanGroup would make a Span per member (~1-2 µs each).
    """
    for key in (C.SPANS_ACTORS, C.SPANS_GAZETTEER):
        spans = span_tuples(doc, key)
        if spans:
            if all(map(_KB_ID, spans)):  # every actor has its canonical name: the rows as they are
                return as_tuples(ActorSpan, map(_START_END_LABEL_KB_ID, spans))
            text = doc_text(doc)
            return [
                ActorSpan(sp.start, sp.end, sp.label_, sp.kb_id_ or text[sp.start_char: sp.end_char], sp.id_)
                for sp in spans
            ]
    return []


def resolved_date_spans(doc: Doc) -> list[DateSpan]:
    """The resolved date spans (a value that is not a mere reference), one tuple per span."""
    spans = span_tuples(doc, C.SPANS_DATES)
    return as_tuples(DateSpan, [
        (sp.start, sp.end, sp.kb_id_) for sp in spans if sp.kb_id_ and not sp.kb_id_.endswith("_REF")
    ])


#: SpanTuple fields read by ``document_actor_spans`` (SpanTuple is a tuple: itemgetter runs in C)
_KB_ID = itemgetter(5)
_START_END_LABEL_KB_ID = itemgetter(0, 1, 4, 5, 6)


class Sorted:
    """Items sorted by a key, sliced by key range with bisect (no per-mention scans of the document)."""

    def __init__(self, items, key) -> None:
        self.items = sorted(items, key=key)
        self.keys = list(map(key, self.items))

    def range(self, lo, hi) -> list:
        return self.items[bisect.bisect_left(self.keys, lo): bisect.bisect_left(self.keys, hi)]

    def last_before(self, hi):
        i = bisect.bisect_left(self.keys, hi)
        return self.items[i - 1] if i else None


def actor_countries(actor_records: Iterable[dict]) -> dict[str, str]:
    """Each actor that belongs to a country -> that country, from the actors component's records
    (``DocumentReads.actor_records``): the map ``party_keys`` reads."""
    return {a["name"]: a["country"] for a in actor_records if a.get("country")}


def most_named_state(actors: list[ActorSpan], country_of: dict[str, str]) -> str | None:
    """The state the article names most often, its places counting for their country (the first
    of equals), or None."""
    counts: dict[str, int] = {}
    for sp in actors:
        if sp.label == "GPE":
            name = country_of.get(sp.name) or sp.name
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


@dataclass
class DocumentReads:
    """What the steps read of one document, read once by ``read_document`` and passed through.

    The lists are shared, not copied: no step may change them.
    """

    lowers: list[str]  # token_lowers(doc)
    sents: list[tuple[int, int]]  # sentence_ranges(doc)
    actors: list[ActorSpan]  # document_actor_spans(doc)
    #: the actors outside the datelines ("BRUSSELS (Reuters) -": its place and agency take no part)
    story_actors: list[ActorSpan]
    dates: list[DateSpan]  # resolved_date_spans(doc), a date stamp's too
    datelines: list[tuple[int, int]]  # dateline_token_ranges(doc)
    actor_records: Any  # doc._.actors (records.Actor dicts), or ()
    country_of: dict[str, str]  # actor_countries(actor_records)
    dct: str | None  # the publication date (doc._.meta["published"])

    @cached_property
    def states(self) -> dict[str, str]:
        """Each place actor of the document (a GPE with a country code, or in a country) -> its state.

        Made when a step first asks: most documents have no event that needs it."""
        return {
            a["name"]: a.get("country") or a["name"]
            for a in self.actor_records if a.get("type") == "GPE" and (a.get("country") or a.get("code"))
        }

    @cached_property
    def topic_state(self) -> str | None:
        """The state the story names most (``most_named_state`` of ``story_actors``): the state a bare
        'the government' and an actorless dated act stand for. Made when a step first asks, then
        shared by ``describe`` and ``resolve``."""
        return most_named_state(self.story_actors, self.country_of)


def read_document(doc: Doc) -> DocumentReads:
    """The words, sentences, actor and date spans, datelines and actor countries of ``doc``, read once."""
    actors = document_actor_spans(doc)
    datelines = dateline_token_ranges(doc)
    records = stored_extension(doc, "actors") or ()
    return DocumentReads(
        lowers=token_lowers(doc),
        sents=sentence_ranges(doc),
        actors=actors,
        story_actors=[sp for sp in actors if not any(a <= sp.start < b for a, b in datelines)] if datelines else actors,
        dates=resolved_date_spans(doc),
        datelines=datelines,
        actor_records=records,
        country_of=actor_countries(records),
        dct=(stored_extension(doc, "meta") or {}).get("published"),
    )
