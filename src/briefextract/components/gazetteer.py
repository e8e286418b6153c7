"""Gazetteer component (stub: wired into the pipeline, extraction still to come)."""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.components.base import DataComponent


class GazetteerRuler(DataComponent):
    data_files = ()

    def __call__(self, doc: Doc) -> Doc:
        return doc
