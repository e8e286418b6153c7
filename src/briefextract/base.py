"""Optional statistical base pipeline (``--base en_core_web_sm``): its NER under the rules.

``add_base(nlp, name)`` loads any installed spaCy pipeline (package name or
path) and adds a ``base`` component before ``actors``. The component runs the
base pipeline on the document text (only the components its NER needs) and maps
the entities onto our tokens by character offsets into ``doc.spans["base"]``,
so our tokenizer, vocab and offsets stay untouched. The actors component reads
that group with the lowest priority: a base entity becomes an actor only where
no gazetteer or rule span claims any of its tokens (rules win on conflict).

The CLI's ``--base`` sets ``$BRIEFEXTRACT_BASE`` so that worker processes load
the same base (``pipeline.load`` reads it).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefextract.constants import ACTOR_TYPES, SPANS_BASE
from briefextract.errors import PipelineNotFound
from briefextract.rules.spans import is_excluded

#: Base labels kept, mapped to ours (OntoNotes LOC/FAC places are not GPEs here).
LABEL_MAP = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE"}
#: Components of a base pipeline the NER never needs.
NOT_NEEDED = ("parser", "tagger", "attribute_ruler", "lemmatizer", "morphologizer", "senter", "textcat")


class BaseNER:
    """Runs a base spaCy pipeline and copies its entities into ``doc.spans["base"]``."""

    def __init__(self, nlp: Language, name: str, base: str) -> None:
        import spacy

        self.name = name
        self.base_name = base
        try:
            self.base = spacy.load(base, exclude=[p for p in NOT_NEEDED])
        except OSError:  # spaCy's E050: not an installed package nor a pipeline directory
            raise PipelineNotFound(
                f"cannot load the base pipeline {base!r}: it is neither an installed spaCy pipeline nor a "
                "pipeline directory (install it, e.g. pip install en-core-web-sm, or leave out --base)"
            ) from None

    def __call__(self, doc: Doc) -> Doc:
        base_doc = self.base(doc.text)
        spans = []
        for ent in base_doc.ents:
            label = LABEL_MAP.get(ent.label_)
            if label is None or label not in ACTOR_TYPES:
                continue
            if is_excluded(doc, ent.start_char, ent.end_char):
                continue
            span = doc.char_span(ent.start_char, ent.end_char, alignment_mode="contract")
            if span is None or not len(span):
                continue
            text = span.text
            if text.lower().startswith("the "):
                span = span[1:]
                text = span.text
            if not text or not text[0].isupper():
                continue
            spans.append(Span(doc, span.start, span.end, label=label, kb_id=text, span_id="base.ner"))
        doc.spans[SPANS_BASE] = spans
        return doc

    # the base pipeline is loaded from its own package; nothing of ours to save
    def to_disk(self, path, *, exclude=()):
        return None

    def from_disk(self, path, *, exclude=()):
        return self


@Language.factory("briefextract_base", default_config={"base": ""})
def make_base(nlp: Language, name: str, base: str) -> BaseNER:
    """NER of an installed spaCy pipeline, layered under the rules."""
    return BaseNER(nlp, name, base)


def use_base(base: str | None) -> None:
    """Make every later ``pipeline.load()`` in this process and its workers use ``base``."""
    import os

    from briefextract.pipeline import ENV_BASE

    if base:
        os.environ[ENV_BASE] = base


def add_base(nlp: Language, base: str) -> None:
    """Layer the NER of an installed spaCy pipeline ``base`` under the rule components."""
    if "base" in nlp.pipe_names:
        return
    before = "actors" if "actors" in nlp.pipe_names else None
    nlp.add_pipe("briefextract_base", name="base", config={"base": base}, before=before)
