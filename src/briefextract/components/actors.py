"""Actors component: one canonical actor per entity (rules/actors.py).

Reads ``doc.spans["gazetteer"]`` (as the gazetteer's tuples,
``rules.actor_spans.span_tuples``: no Span object per entry) and
``doc.spans["persons"]``; writes ``doc.spans["actors"]`` (one span per mention:
label_ = type, kb_id_ = canonical name, id_ = mention kind; kept as tuples too,
for its readers) and ``doc._.actors`` (``records.Actor`` dicts, ids in order of
first mention). Context words are data (``actors/context.json``); the
role lexicon and the gazetteer's entry table are read from the ``persons`` and
``gazetteer`` components when the pipeline has them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.components.base import DataComponent
from briefextract.constants import (
    POSSESSIVE_MARKS,
    SPANS_ACTORS,
    SPANS_BASE,
    SPANS_GAZETTEER,
    SPANS_PERSONS,
)
from briefextract.rules.actor_spans import keep_span_tuples, span_tuples
from briefextract.rules.actors import (
    ActorContext,
    build_actors,
    later_mentions,
    merge_defined_acronyms,
    merge_persons,
    select_mentions,
)


class ActorResolver(DataComponent):
    data_files = ("context.json",)

    def compile(self) -> None:
        ctx = self.data.get("context") or {}
        self.ctx = ActorContext(
            locatives=set(ctx.get("locatives") or []),
            name_suffixes=set(ctx.get("name_suffixes") or []),
            possessives=set(POSSESSIVE_MARKS),
            motion_before_to=set(ctx.get("motion_before_to") or []),
            honorifics=set(ctx.get("honorifics") or []),
            role_abbreviations=dict(ctx.get("role_abbreviations") or {}),
            topic_roles=set(ctx.get("topic_roles") or []),
            capital_metonyms=dict(ctx.get("capital_metonyms") or {}),
            seat_metonyms=dict(ctx.get("seat_metonyms") or {}),
            place_suffixes=set(ctx.get("place_suffixes") or []),
            place_nouns_after=set(ctx.get("place_nouns_after") or []),
            place_appositions=set(ctx.get("place_appositions") or []),
            portfolio_words={w.lower() for w in ctx.get("portfolio_words") or []},
            route_nouns={w.lower() for w in ctx.get("route_nouns") or []},
            nationality_nouns={w.lower() for w in ctx.get("nationality_nouns") or []},
            facility_nouns={w.lower() for w in ctx.get("facility_nouns") or []},
            office_titles=set(ctx.get("office_titles") or []),
            office_title_heads=set(ctx.get("office_title_heads") or []),
            corporate_suffixes=set(ctx.get("corporate_suffixes") or []),
            region_words=set(ctx.get("region_words") or []),
            spelling_folds=[tuple(pair) for pair in ctx.get("surname_spelling_folds") or []],
        )
        self._linked = False

    def _link(self) -> None:
        """Borrow the role lexicon and entry table of the sibling components (once)."""
        if self._linked:
            return
        self._linked = True
        names = self.nlp.pipe_names
        if "gazetteer" in names:
            gaz = self.nlp.get_pipe("gazetteer")
            if hasattr(gaz, "entry") and getattr(gaz, "data", None):
                self.ctx.entry = gaz.entry
                # cued places (all from the cities file) have no entry until asked for: their names
                cued_names = getattr(gaz, "cued_names", frozenset())
                self.ctx.city_names = frozenset(name for name, entry in gaz.by_name.items()
                                                if entry.get("source") == "cities") | cued_names
                self.ctx.cued_names = cued_names
                cues = getattr(gaz, "place_cues", None)
                if cues is not None:
                    self.ctx.attack_before_on = cues.before_on
        if "persons" in names:
            persons = self.nlp.get_pipe("persons")
            lex = getattr(persons, "lex", None)
            if lex is not None:
                self.ctx.role_before = lex.role_before
                self.ctx.role_after = lex.role_after
                self.ctx.descriptors = {d.lower() for d in lex.org_descriptors}
                # longest first: "Public Joint Stock Company X" is not "Joint Stock Company X"
                self.ctx.corporate_prefixes = tuple(p + " " for p in sorted(lex.prefix_heads, key=len, reverse=True))

    def __call__(self, doc: Doc) -> Doc:
        if not self.data:
            self.compile() if not hasattr(self, "ctx") else None
        self._link()
        gazetteer = span_tuples(doc, SPANS_GAZETTEER)  # tuples read like Spans, none made
        persons = list(doc.spans[SPANS_PERSONS]) if SPANS_PERSONS in doc.spans else []
        base = list(doc.spans[SPANS_BASE]) if SPANS_BASE in doc.spans else []
        mentions = select_mentions(doc, gazetteer, persons, self.ctx, base)
        merge_persons(mentions, self.ctx, gazetteer)
        mentions = later_mentions(doc, mentions, self.ctx)
        merge_defined_acronyms(doc, mentions)
        spans, tuples, records = build_actors(doc, mentions, self.ctx, gazetteer)
        keep_span_tuples(doc, SPANS_ACTORS, spans, tuples)
        doc._.actors = records
        return doc
