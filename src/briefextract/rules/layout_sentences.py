"""Sentence starts as the layout component wrote them, kept per Doc for the components after it.

Why: reading them back is a ``Doc.to_array(SENT_START)`` pass over every token struct
(~0.06 ms per article inside the pipeline, where those structs have left the CPU cache
since the tokenizer), and the layout component already holds them as a list when it
writes them. Kept as ``rules.tokens.token_arrays`` keeps token columns: in a
``WeakKeyDictionary``, for as long as the Doc lives, checked against the token count.

Valid while no component changes sentence boundaries after the layout component (none
does); a Doc the layout component has not seen is read with ``to_array``.
"""

from __future__ import annotations

import weakref

from spacy.attrs import SENT_START
from spacy.tokens import Doc

#: Doc -> (its token count when the starts were written, the starts)
_STARTS: weakref.WeakKeyDictionary[Doc, tuple[int, list[int]]] = weakref.WeakKeyDictionary()


def remember_sentence_starts(doc: Doc, starts: list[int]) -> None:
    """Record ``starts`` (sorted token indices) as the tokens that start a sentence in ``doc``."""
    _STARTS[doc] = (len(doc), starts)


def sentence_start_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens that start a sentence (``SENT_START == 1``), in order; shared: do not mutate."""
    known = _STARTS.get(doc)
    if known is not None and known[0] == len(doc):
        return known[1]
    return (doc.to_array(SENT_START) == 1).nonzero()[0].tolist()
