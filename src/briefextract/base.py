"""Optional statistical base pipeline (``--base en_core_web_sm``): its NER under the rules."""

from __future__ import annotations

from spacy.language import Language


def add_base(nlp: Language, base: str) -> None:
    """Layer the NER of an installed spaCy pipeline ``base`` under the rule components."""
    raise NotImplementedError("--base is not implemented yet")
