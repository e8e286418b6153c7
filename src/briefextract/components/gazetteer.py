"""Gazetteer component: known actors (countries, demonyms, capitals, cities, regions,
organisations, leaders) matched with one PhraseMatcher built once in ``compile()``.

Writes ``doc.spans["gazetteer"]`` (label_ = type, kb_id_ = canonical name,
id_ = form kind) and keeps the same spans as tuples for its readers
(``rules.actor_spans.span_tuples``). The entry table (codes, QIDs, roles,
country) is available to the actors component through :meth:`GazetteerRuler.entry`.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from briefextract.components.base import DataComponent
from briefextract.constants import SPANS_GAZETTEER
from briefextract.rules.actor_spans import keep_span_tuples
from briefextract.rules.gazetteer import (
    GAZETTEER_FILES,
    EntryKey,
    build_entries,
    lowercase_forms,
    match_entries,
    titlecase_acronyms,
)


class GazetteerRuler(DataComponent):
    data_files = (*(f"{name}.jsonl" for name in GAZETTEER_FILES), "acronym_skip.json")

    def compile(self) -> None:
        self.entries = build_entries(self.data)
        self.by_name = {e["name"]: e for e in self.entries}
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.key_of: dict[int, EntryKey] = {}
        strings = self.nlp.vocab.strings
        patterns: dict[str, list[str]] = {}
        for index, entry in enumerate(self.entries):
            for form, kind in entry["forms"]:
                patterns.setdefault(f"gaz:{index}:{kind}", []).append(form)
        for key, forms in patterns.items():
            _, index, kind = key.split(":", 2)
            entry = self.entries[int(index)]
            self.key_of[strings.add(key)] = EntryKey(entry["type"], entry["name"], kind, strings.add(entry["type"]),
                                                     strings.add(entry["name"]), strings.add(kind))
            self.matcher.add(key, list(self.nlp.tokenizer.pipe(forms)))
        # body text that lower-cases part of a name ("the United nations")
        self.lower_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for key, forms in lowercase_forms(self.entries).items():
            self.lower_matcher.add(key, list(self.nlp.tokenizer.pipe(forms)))
        # "Nato", "told Afp": an acronym written as a word (one token, mid-sentence)
        self.acronym_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for key, forms in titlecase_acronyms(self.entries, set(self.data.get("acronym_skip") or [])).items():
            self.acronym_matcher.add(key, list(self.nlp.tokenizer.pipe(forms)))

    def entry(self, name: str) -> dict | None:
        """The gazetteer entry of a canonical name (None when unknown)."""
        return self.by_name.get(name)

    def __call__(self, doc: Doc) -> Doc:
        if not self.data:
            keep_span_tuples(doc, SPANS_GAZETTEER, [], [])
            return doc
        matches = self.matcher(doc)
        exact = {(s, e) for _, s, e in matches}
        matches += [m for m in self.lower_matcher(doc) if (m[1], m[2]) not in exact and doc[m[1]].is_title]
        # (a sentence may open with one of four letters or more: "Nato said"; not "Pas", "Who")
        matches += [m for m in self.acronym_matcher(doc) if (m[1], m[2]) not in exact and doc[m[1]].is_title
                    and not doc[m[1]].is_upper and (not doc[m[1]].is_sent_start or len(doc[m[1]]) >= 4)]
        keep_span_tuples(doc, SPANS_GAZETTEER, *match_entries(doc, matches, self.key_of))
        return doc
