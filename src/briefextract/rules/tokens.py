"""Per-document token arrays: every token's text, lower case, offset and flags, built once.

Why: a rule that reads ``doc[i].lower_`` or ``t.text`` in a loop makes a Token
object per access (~0.3 µs each, plus the string lookup); the extractors do that
thousands of times per article, re-reading the same tokens. :func:`token_arrays`
reads the attributes the rules use with one ``Doc.to_array`` call, turns the string
hashes into ``str`` through a process-wide cache, and keeps the result for as long
as the Doc lives (a ``WeakKeyDictionary``, like ``spans.doc_text``). Every component
that asks for it after the first one gets it for free.

Use it as plain Python lists indexed by token position::

    tok = token_arrays(doc)
    if tok.lower[i] in lexicon and not tok.is_punct[i - 1]: ...
    start_char, end_char = tok.idx[i], tok.idx[i] + len(tok.text[i])

The arrays are valid while the Doc's tokens are: a component that retokenizes a
Doc (none does after the tokenizer) must call :func:`forget` first.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, ORTH
from spacy.tokens import Doc

_ATTRS = [ORTH, LOWER, IDX, IS_PUNCT, IS_SPACE, LIKE_NUM]

#: Hash -> string for every string seen, shared by all Docs of the process.
#: Bounded: cleared when it passes ``_MAX_STRINGS`` (memory stays flat on ever-new words).
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 100_000  # ~15 MB at most

_ARRAYS: weakref.WeakKeyDictionary[Doc, TokenArrays] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class TokenArrays:
    """Token attributes of one Doc as lists indexed by token position (``len(doc)`` long)."""

    text: list[str]  # Token.text (ORTH)
    lower: list[str]  # Token.lower_
    idx: list[int]  # Token.idx: character offset of the token's start
    is_punct: list[bool]
    is_space: list[bool]
    like_num: list[bool]

    def end_char(self, i: int) -> int:
        """Character offset just past token ``i`` (``Token.idx + len(Token.text)``)."""
        return self.idx[i] + len(self.text[i])


def _strings(doc: Doc, hashes: list[int]) -> list[str]:
    cache = _STRINGS
    if len(cache) > _MAX_STRINGS:
        cache.clear()
    try:
        return list(map(cache.__getitem__, hashes))  # C speed when every string is known
    except KeyError:
        strings = doc.vocab.strings
        for h in set(hashes).difference(cache):
            cache[h] = strings[h]
        return list(map(cache.__getitem__, hashes))


def token_arrays(doc: Doc) -> TokenArrays:
    """The :class:`TokenArrays` of ``doc``, computed on first use and kept while the Doc lives."""
    arrays = _ARRAYS.get(doc)
    if arrays is not None and len(arrays.text) == len(doc):
        return arrays
    if len(doc):
        columns = doc.to_array(_ATTRS).T.tolist()
    else:
        columns = [[] for _ in _ATTRS]
    orth, lower, idx, punct, space, num = columns
    arrays = TokenArrays(
        text=_strings(doc, orth),
        lower=_strings(doc, lower),
        idx=idx,
        is_punct=list(map(bool, punct)),
        is_space=list(map(bool, space)),
        like_num=list(map(bool, num)),
    )
    _ARRAYS[doc] = arrays
    return arrays


def forget(doc: Doc) -> None:
    """Drop ``doc``'s cached arrays (call after changing its tokens)."""
    _ARRAYS.pop(doc, None)
