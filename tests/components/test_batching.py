"""nlp.pipe runs each component over a batch of Docs in turn (components/batching.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import briefextract
from briefextract.components.batching import BatchedPipe

ROOT = Path(__file__).resolve().parents[2]


class _Recorder(BatchedPipe):
    """Records the order in which it sees Docs; fails on a Doc reading 'boom'."""

    def __init__(self, name: str, log: list[tuple[str, str]]) -> None:
        self.name = name
        self.log = log

    def __call__(self, doc):
        if doc.text == "boom":
            raise ValueError("boom")
        self.log.append((self.name, doc.text))
        return doc


def _chain(log):
    nlp = spacy.blank("en")
    first, second = _Recorder("first", log), _Recorder("second", log)
    return nlp, first, second


def test_each_component_finishes_a_batch_before_the_next_starts():
    log: list[tuple[str, str]] = []
    nlp, first, second = _chain(log)
    docs = [nlp.make_doc(t) for t in "a b c d e".split()]
    out = list(second.pipe(first.pipe(iter(docs), batch_size=3), batch_size=3))
    assert [d.text for d in out] == ["a", "b", "c", "d", "e"]  # input order kept
    assert log == [("first", "a"), ("first", "b"), ("first", "c"),
                   ("second", "a"), ("second", "b"), ("second", "c"),
                   ("first", "d"), ("first", "e"), ("second", "d"), ("second", "e")]


def test_an_error_raises_by_default_and_goes_to_a_set_handler():
    log: list[tuple[str, str]] = []
    nlp, first, _ = _chain(log)
    docs = [nlp.make_doc(t) for t in ("a", "boom", "b")]
    with pytest.raises(ValueError, match="boom"):
        list(first.pipe(iter(docs)))
    seen = []
    first.set_error_handler(lambda name, proc, failed, exc: seen.append((name, [d.text for d in failed], str(exc))))
    assert [d.text for d in first.pipe(iter(docs))] == ["a", "b"]  # as spaCy: the failed Doc is left out
    assert seen == [("first", ["boom"], "boom")]


def test_nlp_set_error_handler_reaches_every_briefextract_component():
    nlp = spacy.load(briefextract.pipeline.model_path())

    def handler(name, proc, docs, exc):  # pragma: no cover - only its identity is checked
        pass

    nlp.set_error_handler(handler)
    assert {name: proc.get_error_handler() for name, proc in nlp.pipeline} == {name: handler for name in nlp.pipe_names}


def test_pipe_in_batches_gives_the_briefs_of_one_doc_at_a_time():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "benchmarks" / "texts").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    one_by_one = [briefextract.extract(t, published="2025-09-12").model_dump() for t in texts]
    for batch_size in (1, 5, 32):
        batched = briefextract.extract_many(texts, published="2025-09-12", batch_size=batch_size)
        assert [b.model_dump(exclude={"doc_id"}) for b in batched] == [
            {k: v for k, v in d.items() if k != "doc_id"} for d in one_by_one
        ]
