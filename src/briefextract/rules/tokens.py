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

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc

_ATTRS = [ORTH, IDX]

#: ORTH hash -> (text, lower, is_punct, is_space, like_num) of every word seen, shared by all
#: Docs of the process: these are lexeme attributes, the same wherever the word occurs.
#: Bounded: cleared when it passes ``_MAX_STRINGS`` (memory stays flat on ever-new words).
_LEXEMES: dict[int, tuple[str, str, bool, bool, bool]] = {}
_MAX_STRINGS = 100_000  # ~30 MB at most
#: The vocabulary the cached rows were read from: flags such as ``is_punct`` come from a
#: language's lexical attribute getters, so rows of another vocabulary are not reused.
_LEXEMES_VOCAB: list = [None]

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


def _lexemes(doc: Doc, orths: list[int]) -> list[tuple[str, str, bool, bool, bool]]:
    """The lexeme attributes of each ORTH hash, from the process-wide cache (filled on first sight)."""
    cache = _LEXEMES
    if len(cache) > _MAX_STRINGS or _LEXEMES_VOCAB[0] is not doc.vocab:
        cache.clear()
        _LEXEMES_VOCAB[0] = doc.vocab
    try:
        return list(map(cache.__getitem__, orths))  # C speed when every word is known
    except KeyError:
        vocab = doc.vocab
        for orth in set(orths).difference(cache):
            lex = vocab[orth]
            text, lower = lex.orth_, lex.lower_
            cache[orth] = (text, text if lower == text else lower, lex.is_punct, lex.is_space, lex.like_num)
        return list(map(cache.__getitem__, orths))


def token_arrays(doc: Doc) -> TokenArrays:
    """The :class:`TokenArrays` of ``doc``, computed on first use and kept while the Doc lives."""
    arrays = _ARRAYS.get(doc)
    if arrays is not None and len(arrays.text) == len(doc):
        return arrays
    if not len(doc):
        arrays = TokenArrays([], [], [], [], [], [])
        _ARRAYS[doc] = arrays
        return arrays
    orth, idx = doc.to_array(_ATTRS).T.tolist()
    # one cached row per word, turned into columns (the lexeme attributes are the word's)
    text, lower, punct, space, num = map(list, zip(*_lexemes(doc, orth)))
    arrays = TokenArrays(text=text, lower=lower, idx=idx, is_punct=punct, is_space=space, like_num=num)
    _ARRAYS[doc] = arrays
    return arrays


def forget(doc: Doc) -> None:
    """Drop ``doc``'s cached arrays (call after changing its tokens)."""
    _ARRAYS.pop(doc, None)
