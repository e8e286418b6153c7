"""rules.tokens: per-document token arrays equal the Token attributes they stand for."""

from __future__ import annotations

import spacy
from spacy.attrs import ORTH

from briefextract.rules import tokens as T
from briefextract.rules.tokens import forget, token_arrays

TEXT = "On 3 May, the U.S. Treasury froze $1.5m in assets -- coups- and 12 protests (NLD)!\n\nNew line."


def test_tokens_arrays_match_token_attributes():
    doc = spacy.blank("en")(TEXT)
    tok = token_arrays(doc)
    assert tok.text == [t.text for t in doc]
    assert tok.lower == [t.lower_ for t in doc]
    assert tok.idx == [t.idx for t in doc]
    assert tok.is_punct == [t.is_punct for t in doc]
    assert tok.is_space == [t.is_space for t in doc]
    assert tok.like_num == [t.like_num for t in doc]
    assert [tok.end_char(i) for i in range(len(doc))] == [t.idx + len(t.text) for t in doc]
    assert "coups-" in tok.lower and "12" in tok.text and tok.like_num[tok.text.index("12")]


def test_tokens_arrays_cached_per_doc_and_rebuilt_after_forget():
    nlp = spacy.blank("en")
    doc = nlp("Sanctions were lifted.")
    first = token_arrays(doc)
    assert token_arrays(doc) is first
    other = token_arrays(nlp("Talks were held in Minsk."))
    assert other is not first and other.text[-2] == "Minsk"
    forget(doc)
    again = token_arrays(doc)
    assert again is not first and again == first


def test_tokens_string_cache_survives_clearing():
    nlp = spacy.blank("en")
    T._LEXEMES.clear()
    doc = nlp("Belarus released prisoners.")
    assert token_arrays(doc).lower == ["belarus", "released", "prisoners", "."]
    T._LEXEMES.clear()  # a cleared cache (the size bound) is refilled, not trusted
    assert token_arrays(nlp("Belarus released 52 prisoners.")).text[2] == "52"


def test_tokens_empty_doc():
    tok = token_arrays(spacy.blank("en")(""))
    assert tok.text == [] and tok.idx == [] and tok.like_num == []


def test_tokens_string_cache_stays_bounded(monkeypatch):
    nlp = spacy.blank("en")
    monkeypatch.setattr(T, "_MAX_STRINGS", 10)
    T._LEXEMES.clear()
    for i in range(20):
        tok = token_arrays(nlp(f"Envoy{i} met minister{i} in Town{i}."))
        assert tok.text[0] == f"Envoy{i}"  # right after a clearing too
        assert len(T._LEXEMES) <= 10 + 2 * len(tok.text)  # cleared once past the bound


def test_tokens_word_cache_is_not_reused_across_vocabularies():
    """Lexeme flags come from each vocabulary's language: a word's cached row belongs to one vocab."""
    english = spacy.blank("en")
    assert token_arrays(english("Sanctions !")).is_punct == [False, True]
    other = spacy.blank("en")
    other.vocab["!"].is_punct = False  # a vocabulary that reads the same word differently
    assert token_arrays(other("Sanctions !")).is_punct == [False, False]
    assert token_arrays(english("Sanctions !")).is_punct == [False, True]


def test_tokens_word_table_same_values_before_and_after_merging_new_words(monkeypatch):
    """New words wait in the pending dict, then merge into the sorted columns: the values never change."""
    nlp = spacy.blank("en")
    monkeypatch.setattr(T.WordTable, "MIN_PENDING", 4)
    table = T.WordTable((object, bool), lambda orths, vocab: [(vocab[o].orth_, vocab[o].is_punct) for o in orths])
    texts = ["Talks began in Vienna .", "Envoys left Vienna !", "Talks began again , in Minsk .", "Talks began ."]
    for text in texts * 2:
        doc = nlp(text)
        words, punct = table.lookup(doc.to_array(ORTH), nlp.vocab, limit=1000)
        assert words.tolist() == [t.text for t in doc] and punct.tolist() == [t.is_punct for t in doc]
    assert len(table.orths) > 0 and len(table) == len({t.orth for text in texts for t in nlp(text)})
