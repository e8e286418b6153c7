"""Per-document token arrays: every token's text, lower case, offset and flags, built once.

Why: a rule that reads ``doc[i].lower_`` or ``t.text`` in a loop makes a Token
object per access (~0.3 µs each, plus the string lookup); the extractors do that
thousands of times per article, re-reading the same tokens. :func:`token_arrays`
reads the attributes the rules use with one ``Doc.to_array`` call, turns the string
hashes into ``str`` and flags through a process-wide table of the words met
(:class:`WordTable`), and keeps the result for as long
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefextract.rules.layout import token_kind

_ATTRS = [ORTH, IDX]

#: Most words the lexeme table holds (~30 MB at most): past it, it starts again from the
#: words of the Doc at hand, so memory stays flat on ever-new words.
_MAX_STRINGS = 100_000

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
    #: one character per token, its kind for sentence splitting (``rules.layout.token_kind``):
    #: a word attribute too, read with the others for the layout component
    kinds: str = ""

    def end_char(self, i: int) -> int:
        """Character offset just past token ``i`` (``Token.idx + len(Token.text)``)."""
        return self.idx[i] + len(self.text[i])


class WordTable:
    """Values that depend on the word only (one numpy column each), kept for every word met
    and looked up for a whole Doc's ORTH column at once.

    Why: a word's lexeme attributes (or the layout's token kind) are the same wherever it
    occurs, so they are computed once. The table keeps the words sorted by ORTH id, and a
    Doc's ORTH column is looked up with one ``numpy.searchsorted`` and each column taken for
    it in C: no ``dict`` lookup per token, no Python transposition of per-word rows. Words
    not met yet wait in a small dict and are merged into the sorted columns only once that
    holds an eighth of the table: a stream of texts that each bring new words (names,
    numbers) pays for those words, not for a re-sort of the whole table per text. The rows
    belong to one vocabulary (flags such as ``is_punct`` come from a language's lexical
    attribute getters): another vocabulary starts the table again.
    """

    #: New words kept aside before a merge into the sorted columns, at least.
    MIN_PENDING = 512

    def __init__(self, dtypes: Sequence[type | str], rows: Callable[[list[int], Vocab], list[tuple]]) -> None:
        """``dtypes``: each column's numpy dtype; ``rows(orths, vocab)``: each word's values, in column order."""
        self.dtypes = [numpy.dtype(d) for d in dtypes]
        self.make_rows = rows
        self.vocab: Vocab | None = None
        self.clear()

    def __len__(self) -> int:
        return len(self.orths) + len(self.pending)

    def clear(self) -> None:
        self.orths = numpy.empty(0, dtype=numpy.uint64)  # sorted
        self.columns = [numpy.empty(0, dtype=d) for d in self.dtypes]
        self.pending: dict[int, tuple] = {}  # ORTH id -> values: words met since the last merge

    def lookup(self, orths: numpy.ndarray, vocab: Vocab, limit: int) -> list[numpy.ndarray]:
        """Each column's values for the words ``orths`` (ORTH ids of ``vocab``), as arrays
        aligned with ``orths``. Past ``limit`` words the table starts again from these."""
        if vocab is not self.vocab:
            self.clear()
            self.vocab = vocab
        at, found = self._find(orths)
        out = [column[at] if len(column) else numpy.empty(len(orths), dtype=column.dtype) for column in self.columns]
        if found.all():
            return out
        missing = numpy.flatnonzero(~found)
        words = orths[missing].tolist()
        pending = self.pending
        new = [orth for orth in dict.fromkeys(words) if orth not in pending]
        if new and len(self) + len(new) > limit and len(self):
            self.clear()  # bounded: start again from this text's words
            return self.lookup(orths, vocab, limit)
        pending.update(zip(new, self.make_rows(new, vocab)))
        rows = [pending[orth] for orth in words]  # only the tokens of words not merged yet
        for k, column in enumerate(out):
            column[missing] = [row[k] for row in rows]
        if len(pending) > max(self.MIN_PENDING, len(self.orths) // 8):
            self._merge()
        return out

    def _find(self, orths: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Where each of ``orths`` is in the sorted columns (clipped), and whether it is there."""
        if not len(self.orths):
            return numpy.zeros(len(orths), dtype=numpy.intp), numpy.zeros(len(orths), dtype=bool)
        at = numpy.searchsorted(self.orths, orths)
        numpy.minimum(at, len(self.orths) - 1, out=at)
        return at, self.orths[at] == orths

    def _merge(self) -> None:
        """Move the pending words into the sorted columns."""
        rows = list(self.pending.values())
        orths = numpy.concatenate([self.orths, numpy.fromiter(self.pending, dtype=numpy.uint64, count=len(rows))])
        order = numpy.argsort(orths, kind="stable")
        self.orths = orths[order]
        self.columns = [
            numpy.concatenate([column, numpy.array([row[k] for row in rows], dtype=column.dtype)])[order]
            for k, column in enumerate(self.columns)
        ]
        self.pending = {}


def _lexeme_rows(orths: list[int], vocab: Vocab) -> list[tuple[str, str, bool, bool, bool, int]]:
    """(text, lower, is_punct, is_space, like_num, kind as an ASCII code) of each word (lower
    is the text's own string object when it is already lower case)."""
    rows = []
    for orth in orths:
        lex = vocab[orth]
        text, lower, space = lex.orth_, lex.lower_, lex.is_space
        rows.append((text, text if lower == text else lower, lex.is_punct, space, lex.like_num, ord(token_kind(text, space))))
    return rows


#: The lexeme attributes of the words met, shared by all Docs of the process.
_LEXEMES = WordTable((object, object, bool, bool, bool, numpy.uint8), _lexeme_rows)


def token_arrays(doc: Doc) -> TokenArrays:
    """The :class:`TokenArrays` of ``doc``, computed on first use and kept while the Doc lives."""
    arrays = _ARRAYS.get(doc)
    if arrays is not None and len(arrays.text) == len(doc):
        return arrays
    if not len(doc):
        arrays = TokenArrays([], [], [], [], [], [])
        _ARRAYS[doc] = arrays
        return arrays
    columns = doc.to_array(_ATTRS)
    *lists, kinds = _LEXEMES.lookup(columns[:, 0], doc.vocab, _MAX_STRINGS)
    text, lower, punct, space, num = (c.tolist() for c in lists)
    arrays = TokenArrays(text=text, lower=lower, idx=columns[:, 1].tolist(), is_punct=punct, is_space=space,
                         like_num=num, kinds=kinds.tobytes().decode("ascii"))
    _ARRAYS[doc] = arrays
    return arrays


def forget(doc: Doc) -> None:
    """Drop ``doc``'s cached arrays (call after changing its tokens)."""
    _ARRAYS.pop(doc, None)
