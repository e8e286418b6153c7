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
        # one LOWER matcher for both case-blind rules (one pass over the doc, not two):
        # body text that lower-cases part of a name ("the United nations"), and an
        # acronym written as a word ("Nato", "told Afp"); the acronym patterns get match
        # ids of their own (``acronym:`` + the key), mapped to the same entry key
        self.lower_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for key, forms in lowercase_forms(self.entries).items():
            self.lower_matcher.add(key, list(self.nlp.tokenizer.pipe(forms)))
        self.acronym_ids: set[int] = set()
        for key, forms in titlecase_acronyms(self.entries, set(self.data.get("acronym_skip") or [])).items():
            acronym_id = strings.add(f"acronym:{key}")
            self.acronym_ids.add(acronym_id)
            self.key_of[acronym_id] = self.key_of[strings[key]]
            self.lower_matcher.add(f"acronym:{key}", list(self.nlp.tokenizer.pipe(forms)))

    def entry(self, name: str) -> dict | None:
        """The gazetteer entry of a canonical name (None when unknown)."""
        return self.by_name.get(name)

    def __call__(self, doc: Doc) -> Doc:
        if not self.data:
            keep_span_tuples(doc, SPANS_GAZETTEER, [], [])
            return doc
        matches = self.matcher(doc)
        exact = {(s, e) for _, s, e in matches}
        lowered, acronyms = self._case_blind_matches(doc, exact)
        matches += lowered
        matches += acronyms
        keep_span_tuples(doc, SPANS_GAZETTEER, *match_entries(doc, matches, self.key_of))
        return doc

    def _case_blind_matches(self, doc: Doc, exact: set[tuple[int, int]]) -> tuple[list[tuple[int, int, int]],
                                                                                list[tuple[int, int, int]]]:
        """The LOWER matcher's matches at bounds no exact match has, split by rule and
        kept in the matcher's order: lower-cased name tails whose first word is in
        title case, and title-case acronyms (not all capitals; a sentence may open
        with one of four letters or more: "Nato said", not "Pas", "Who")."""
        lowered: list[tuple[int, int, int]] = []
        acronyms: list[tuple[int, int, int]] = []
        for match in self.lower_matcher(doc):
            match_id, start, end = match
            if (start, end) in exact:
                continue
            first = doc[start]  # one Token, only for the few matches no exact match explains
            if not first.is_title:
                continue
            if match_id not in self.acronym_ids:
                lowered.append(match)
            elif not first.is_upper and (not first.is_sent_start or len(first) >= 4):
                acronyms.append(match)
        return lowered, acronyms
