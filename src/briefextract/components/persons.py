"""Persons component: persons and organisations not in any list (rules/persons.py).

Writes ``doc.spans["persons"]`` (label_ = PERSON/ORG, kb_id_ = the name as written,
id_ = rule id; an acronym defined in parentheses is its own span whose kb_id_ is
the long name). Lexicons are JSON files in ``models/briefextract-en/persons/``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.components.base import DataComponent
from briefextract.constants import SPANS_PERSONS
from briefextract.rules.persons import Lexicons, candidate_spans, find_candidates


class PersonFinder(DataComponent):
    data_files = ("roles.json", "given_names.json", "name_stopwords.json", "org_heads.json",
                  "org_descriptors.json", "context.json", "not_actors.json", "people_demonyms.json")

    def compile(self) -> None:
        d = self.data
        ctx = d.get("context") or {}
        # treaties, licences, laws: not actors, never part of a person's name, and a
        # name holding one is a document, not an organisation (like a product)
        documents = set(ctx.get("document_words") or [])
        self.lex = Lexicons(
            roles=list(d.get("roles") or []),
            given_names=set(d.get("given_names") or []),
            stopwords=set(d.get("name_stopwords") or []) | documents,
            org_heads=set(d.get("org_heads") or []),
            org_descriptors=list(d.get("org_descriptors") or []),
            speech_verbs=set(ctx.get("speech_verbs") or []),
            source_openers=list(ctx.get("source_openers") or []),
            apposition_openers=list(ctx.get("apposition_openers") or []),
            particles=list(ctx.get("particles") or []),
            name_suffixes=list(ctx.get("name_suffixes") or []),
            leading_words=set(ctx.get("leading_words") or []),
            product_words=set(ctx.get("product_words") or []) | documents,
            not_actors=set(d.get("not_actors") or []),
            run_breakers=set(ctx.get("run_breakers") or []),
            classifiers_after=set(ctx.get("org_classifiers_after") or []),
            classifier_modifier_stops=list(ctx.get("classifier_modifier_stops") or []),
            list_plurals=set(ctx.get("org_list_plurals") or []),
            place_heads=set(ctx.get("place_heads") or []),
            region_heads=set(ctx.get("region_heads") or []),
            org_field_words=frozenset(ctx.get("org_field_words") or ()),
            compass_words=frozenset(ctx.get("compass_words") or ()),
            ordinal_unit_heads=frozenset(ctx.get("ordinal_unit_heads") or ()),
            place_nouns_before_of=list(ctx.get("place_nouns_before_of") or []),
            located_place_openers=frozenset(ctx.get("located_place_openers") or ()),
            place_units_after=list(ctx.get("place_units_after") or []),
            kin_nouns=set(ctx.get("kin_nouns") or []),
            count_words=set(ctx.get("count_words") or []),
            page_labels=set(ctx.get("page_labels") or []),
            bare_bodies=set(ctx.get("bare_bodies") or []),
            leader_government_heads=frozenset(ctx.get("leader_government_heads") or ()),
            trailing_legal_forms=list(ctx.get("trailing_legal_forms") or []),
            portfolio_roles=list(ctx.get("portfolio_roles") or []),
            prefix_heads=list(ctx.get("org_prefix_heads") or []),
            org_word_endings=tuple(ctx.get("org_word_endings") or ()),
            name_pronouns=set(ctx.get("name_pronouns") or []),
            surname_endings=tuple(ctx.get("surname_endings") or ()),
            locatives=[w for w in ctx.get("locatives") or [] if " " not in w],
            numbered_unit_heads=list(ctx.get("numbered_unit_heads") or []),
            compound_participles=list(ctx.get("compound_participles") or []),
            post_words=tuple(ctx.get("post_words") or ()),
            post_words_capitalised=tuple(ctx.get("post_words_capitalised") or ()),
            descriptor_appos_followers=list(ctx.get("descriptor_appos_followers") or []),
            arabic_org_openers=set(ctx.get("arabic_org_openers") or []),
            acronym_source_openers=list(ctx.get("acronym_source_openers") or []),
            one_letter_surnames=list(ctx.get("one_letter_surnames") or []),
            case_nouns=set(ctx.get("case_nouns") or []),
            source_line_labels=list(ctx.get("source_line_labels") or []),
            byline_labels=list(ctx.get("byline_labels") or []),
            report_verbs=frozenset(ctx.get("report_verbs") or ()),
            outlet_openers=list(ctx.get("outlet_openers") or []),
            list_item_openers=frozenset(ctx.get("list_item_openers") or ()),
            people_demonyms=frozenset(d.get("people_demonyms") or ()),
        )
        self.lex.compile()

    def __call__(self, doc: Doc) -> Doc:
        if not self.data:
            doc.spans[SPANS_PERSONS] = []
            return doc
        doc.spans[SPANS_PERSONS] = candidate_spans(doc, find_candidates(doc, self.lex), self.lex.not_actors)
        return doc
