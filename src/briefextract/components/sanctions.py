"""Sanctions component: actions on sanctions, embargoes, restrictions, tariffs and export controls.

Thin wrapper: the lexicons (``lexicon.json``, ``frames.json``, ``authorities.json``
in ``models/briefextract-en/sanctions/``) are compiled once into token tries in
``compile()``; the extraction is ``rules.sanctions.extract_sanctions`` (a package: lexicon,
view, phrases, modality, arguments, frames, triggers, context, records).
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.components.base import DataComponent
from briefextract.rules.sanctions import compile_lexicon, extract_sanctions
from briefextract.rules.sanctions.lexicon import hedge_trie


class SanctionExtractor(DataComponent):
    data_files = ("lexicon.json", "frames.json", "authorities.json")

    def compile(self) -> None:
        tokenizer = self.nlp.tokenizer
        self.lexicon = compile_lexicon(self.data, lambda text: [t.text for t in tokenizer(text)])
        self._linked = False

    def _link(self) -> None:
        """Borrow the word lists the rules share with a sibling component, once: the persons
        component's people-demonyms ('Russians'), the actors component's honorifics ('Mr', 'Dr')
        and the counts component's hedges before a count ('more than', 'at least'): one list each,
        loaded by that component only."""
        if self._linked:
            return
        self._linked = True
        if "persons" in self.nlp.pipe_names:
            persons = getattr(self.nlp.get_pipe("persons"), "lex", None)
            if persons is not None:
                self.lexicon.people_demonyms = persons.people_demonyms
        if "actors" in self.nlp.pipe_names:
            actors = getattr(self.nlp.get_pipe("actors"), "ctx", None)
            if actors is not None:
                self.lexicon.words["honorifics"] = frozenset(actors.honorifics)
        if "counts" in self.nlp.pipe_names:
            counts = getattr(self.nlp.get_pipe("counts"), "rules", None)
            if counts is not None:
                self.lexicon.count_hedges = hedge_trie(counts.hedges_before)

    def __call__(self, doc: Doc) -> Doc:
        if not hasattr(self, "lexicon"):
            self.compile()
        self._link()
        doc._.sanctions = extract_sanctions(doc, self.lexicon)
        return doc
