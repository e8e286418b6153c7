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
    CUED_ALIAS,
    GAZETTEER_FILES,
    CuedPlaces,
    EntryKey,
    PlaceCues,
    build_entries,
    cued_places,
    lowercase_forms,
    match_entries,
    titlecase_acronyms,
)
from briefextract.rules.datelines import dateline_city_starts
from briefextract.rules.spans import doc_text
from briefextract.rules.tokens import token_arrays


class GazetteerRuler(DataComponent):
    data_files = (*(f"{name}.jsonl" for name in GAZETTEER_FILES), "cued_places.json", "acronym_skip.json",
                  "place_cues.json")

    def compile(self) -> None:
        self.entries = build_entries(self.data)
        if any(e.get("cue") for e in self.entries):
            raise ValueError("cued places belong in gazetteer/cued_places.json (scripts/build_gazetteers.py)")
        self.by_name = {e["name"]: e for e in self.entries}
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.key_of: dict[int, EntryKey] = {}
        strings = self.nlp.vocab.strings
        patterns: dict[str, list[str]] = {}
        # cued places (rules.gazetteer.cued_places) are looked up by their text next to a
        # cue, not matched: ``cued_places.json`` holds them as that lookup reads them
        # (form -> cued id) and becomes ``self.cued`` as it is; a cued id gets its matcher
        # key when first found (``_cued_match``), a place its entry when first asked for
        # (``entry``): a pattern, a key or an entry per place cost seconds of loading
        self.place_cues = PlaceCues.from_data(self.data.get("place_cues"))
        self.cued = CuedPlaces(self.data.get("cued_places"), self.entries)
        for index, entry in enumerate(self.entries):
            cued_aliases = []
            for form, kind in entry["forms"]:
                if kind == CUED_ALIAS:
                    cued_aliases.append(form)
                else:
                    patterns.setdefault(f"gaz:{index}:{kind}", []).append(form)
            if cued_aliases:
                self.cued.add_listed(index, entry, cued_aliases)
        self.cued_names = frozenset(self.cued.place_of)
        self.cued_match_ids: dict[int, int] = {}  # cued id -> match id, made on first need
        self.place_ids: set[int] = set()  # match ids of places that need no cue (a list may start with one)
        self.state_of: dict[int, str] = {}  # a state's name/alias match id -> the state
        for key, forms in patterns.items():
            _, index, kind = key.split(":", 2)
            entry = self.entries[int(index)]
            match_id = strings.add(key)
            self.key_of[match_id] = EntryKey(entry["type"], entry["name"], kind, strings.add(entry["type"]),
                                             strings.add(entry["name"]), strings.add(kind))
            if entry["type"] == "GPE" and kind in ("name", "alias", "capital"):
                self.place_ids.add(match_id)
                if entry.get("code") and kind != "capital":
                    self.state_of[match_id] = entry["name"]
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
        # the cue words of cued places, found in the same pass
        cue_words = sorted({*self.place_cues.before, "of", "on", *(w.lower() for w in self.place_cues.after)})
        self.cue_id = strings.add("place_cue")
        if self.cued and cue_words:
            self.lower_matcher.add("place_cue", list(self.nlp.tokenizer.pipe(cue_words)))

    def _cued_match(self, cued_id: int) -> int:
        """The match id (and ``key_of`` entry) of a cued id, made the first time it is found."""
        match_id = self.cued_match_ids.get(cued_id)
        if match_id is None:
            key, label, name, kind = self.cued.key(cued_id)
            strings = self.nlp.vocab.strings
            match_id = self.cued_match_ids[cued_id] = strings.add(key)
            self.key_of[match_id] = EntryKey(label, name, kind, strings.add(label), strings.add(name),
                                             strings.add(kind))
        return match_id

    def entry(self, name: str) -> dict | None:
        """The gazetteer entry of a canonical name (None when unknown); a cued place's is
        made when first asked for (:meth:`CuedPlaces.entry`)."""
        entry = self.by_name.get(name)
        return entry if entry is not None else self.cued.entry(name)

    def __call__(self, doc: Doc) -> Doc:
        if not self.data:
            keep_span_tuples(doc, SPANS_GAZETTEER, [], [])
            return doc
        matches = self.matcher(doc)
        exact = {(s, e) for _, s, e in matches}
        lowered, acronyms, cue_positions = self._case_blind_matches(doc, exact)
        matches += lowered
        matches += acronyms
        places = [m for m in matches if m[0] in self.place_ids]
        dateline_starts = dateline_city_starts(doc)
        if cue_positions or dateline_starts or any(m[0] in self.state_of for m in places):
            found = cued_places(doc_text(doc), token_arrays(doc), cue_positions, self.cued, self.place_cues,
                                places, self.state_of, {s for _, s, _ in matches}, dateline_starts)
            matches += [(self._cued_match(cued_id), start, end) for cued_id, start, end in found]
        keep_span_tuples(doc, SPANS_GAZETTEER, *match_entries(doc, matches, self.key_of))
        return doc

    def _case_blind_matches(self, doc: Doc, exact: set[tuple[int, int]]) -> tuple[list[tuple[int, int, int]],
                                                                                list[tuple[int, int, int]],
                                                                                list[int]]:
        """The LOWER matcher's matches at bounds no exact match has, split by rule and
        kept in the matcher's order: lower-cased name tails whose first word is in
        title case, and title-case acronyms (not all capitals; a sentence may open
        with one of four letters or more: "Nato said", not "Pas", "Who"); and the
        tokens that are place cue words."""
        lowered: list[tuple[int, int, int]] = []
        acronyms: list[tuple[int, int, int]] = []
        cue_positions: list[int] = []
        cue_id = self.cue_id
        for match in self.lower_matcher(doc):
            match_id, start, end = match
            if match_id == cue_id:
                cue_positions.append(start)
                continue
            if (start, end) in exact:
                continue
            first = doc[start]  # one Token, only for the few matches no exact match explains
            if not first.is_title:
                continue
            if match_id not in self.acronym_ids:
                lowered.append(match)
            elif not first.is_upper and (not first.is_sent_start or len(first) >= 4):
                acronyms.append(match)
        return lowered, acronyms, cue_positions
