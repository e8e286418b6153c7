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


class SanctionExtractor(DataComponent):
    data_files = ("lexicon.json", "frames.json", "authorities.json")

    def compile(self) -> None:
        tokenizer = self.nlp.tokenizer
        self.lexicon = compile_lexicon(self.data, lambda text: [t.text for t in tokenizer(text)])

    def __call__(self, doc: Doc) -> Doc:
        if not hasattr(self, "lexicon"):
            self.compile()
        doc._.sanctions = extract_sanctions(doc, self.lexicon)
        return doc
