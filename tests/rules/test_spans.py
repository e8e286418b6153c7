"""rules.spans: span records keep the offset invariant; the document text is built once per Doc."""

from __future__ import annotations

import gc

import pytest

from briefextract.rules import spans
from briefextract.rules.spans import CharRanges, char_span_record, doc_text, span_record


def test_spans_span_record_matches_doc_text_slice(nlp):
    doc = nlp.make_doc("The U.S. lifted sanctions on Belavia.\n\nTalks  resume in Minsk.")
    for start, end in [(0, 2), (1, 4), (3, 9), (7, 9), (9, len(doc)), (5, 5)]:
        record = span_record(doc[start:end])
        assert record == char_span_record(doc.text, record["start"], record["end"])
        assert doc.text[record["start"]:record["end"]] == record["text"]
    assert span_record(doc[1:2])["text"] == "U.S."


def test_spans_doc_text_is_built_once_and_released_with_the_doc(nlp):
    doc = nlp.make_doc("Minsk and Vilnius held talks on 11 September.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # cached: the same string object, not rebuilt
    other = nlp.make_doc("A different text.")
    assert doc_text(other) == "A different text."
    before = len(spans._DOC_TEXTS)
    del doc
    gc.collect()
    assert len(spans._DOC_TEXTS) == before - 1


def test_spans_excluded_ranges_reads_what_layout_wrote(nlp):
    doc = nlp("Talks went on.\nAA/ABACA / Abaca Press / Forum\nMore talks.")
    assert doc._.excluded == [[15, 45]]
    assert list(spans.excluded_ranges(doc)) == doc._.excluded
    assert spans.is_excluded(doc, 20, 25) and not spans.is_excluded(doc, 0, 5)
    doc._.excluded = [[0, 5]]  # a later change through doc._ is seen too
    assert spans.is_excluded(doc, 0, 5) and not spans.is_excluded(doc, 20, 25)


def test_spans_store_extension_is_what_doc_underscore_sets_and_reads(nlp):
    doc = nlp.make_doc("Talks went on.")
    spans.store_extension(doc, "counts", [{"value": 2}])
    assert doc._.counts == [{"value": 2}] and spans.stored_extension(doc, "counts") == [{"value": 2}]
    doc._.counts = []  # and a value set through doc._ is the one it replaces
    assert spans.stored_extension(doc, "counts") == []
    with pytest.raises(AttributeError):
        spans.store_extension(doc, "no_such_extension", 1)


def test_spans_excluded_ranges_empty_without_layout(nlp):
    doc = nlp.make_doc("No layout ran on this text.")
    assert spans.excluded_ranges(doc) == ()
    assert not spans.is_excluded(doc, 0, 5)


def test_spans_tokenizer_hands_its_source_string_to_doc_text(nlp):
    for text in ["", "a  b\r\n c\t", " U.S.-Belarusian 8,000–10,000\xa0troops ", "Minsk.\n\nVilnius"]:
        doc = nlp.make_doc(text)
        assert doc_text(doc) is text  # the very string, not a rebuilt copy
        assert doc.text == text


def test_spans_span_record_of_a_doc_built_from_words():
    """A Doc not made by the pipeline's tokenizer (no remembered text) still gets exact span texts."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Sanctions", "on", "Iran", "were", "eased", "."], spaces=[True, True, True, True, False, False])
    assert span_record(doc[2:5]) == {"start": 13, "end": 28, "text": "Iran were eased"}
    assert span_record(doc[4:6])["text"] == "eased."


def test_char_ranges_merge_and_test_overlap_by_bisection():
    ranges = CharRanges([(10, 20), (20, 25), (40, 50), (12, 18)])  # touching and nested ranges merge
    assert (ranges.starts, ranges.ends) == ([10, 40], [25, 50])
    assert ranges.overlaps(24, 30) and ranges.overlaps(0, 11) and ranges.overlaps(45, 46)
    assert not ranges.overlaps(25, 40) and not ranges.overlaps(0, 10) and not ranges.overlaps(50, 60)
    assert not CharRanges([]).overlaps(0, 100)
