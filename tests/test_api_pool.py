"""extract_many(n_process>1): the CLI engine's pool, same Briefs as one process, in order; failures raise."""

from __future__ import annotations

import pytest

import briefextract
from briefextract import batch
from briefextract import errors as E
from briefextract.readers import Article
from briefextract.records import Brief

TEXTS = [
    "On 3 March 2025, the European Union imposed sanctions on Belarusian officials.",
    "Lukashenko met the U.S. envoy in Minsk on 11 September and released 52 prisoners.",
    "Nothing happened here.",
    "Protesters gathered in Tbilisi on Sunday; police detained 40 people.",
    "Washington lifted sanctions on the national airline Belavia in September 2025.",
]


def test_api_pool_matches_one_process_in_input_order():
    one = [b.model_dump(mode="json") for b in briefextract.extract_many(TEXTS, published="2025-10-01")]
    two = [
        b.model_dump(mode="json")
        for b in briefextract.extract_many(iter(TEXTS), published="2025-10-01", n_process=2, batch_size=2)
    ]
    assert two == one
    assert [b["doc_id"] for b in two] == [f"doc{i}" for i in range(len(TEXTS))]
    assert any(b["sanctions"] for b in two) and two[2]["events"] == []


def test_api_pool_keeps_article_metadata():
    items = [Article(doc_id="a1", text=TEXTS[0], published="2025-03-04"), TEXTS[1]]
    briefs = list(briefextract.extract_many(items, published="2025-10-01", n_process=2, batch_size=1))
    assert [b.doc_id for b in briefs] == ["a1", "doc1"]
    assert [b.published for b in briefs] == ["2025-03-04", "2025-10-01"]
    assert all(isinstance(b, Brief) for b in briefs)


def test_api_pool_failure_raises_document_failed(monkeypatch):
    real = batch._outcome

    def failing(doc, article, layout):
        if "BOOM" in article.text:
            raise RuntimeError("boom")
        return real(doc, article, layout)

    monkeypatch.setattr(batch, "_outcome", failing)  # inherited by the forked workers
    briefs = briefextract.extract_many(["Talks were held in Minsk.", "BOOM went the rule."], n_process=2)
    first = next(briefs)
    assert first.doc_id == "doc0"
    with pytest.raises(E.DocumentFailed, match="boom"):
        next(briefs)


def test_api_pool_rejects_a_zero_process_count():
    with pytest.raises(ValueError, match="n_process"):
        list(briefextract.extract_many(["Talks were held."], n_process=0))


def test_workers_send_the_brief_as_pydantic_json_and_the_cli_layout_is_unchanged():
    import json

    articles = [Article(doc_id=f"d{i}", text=t, published="2025-10-01") for i, t in enumerate(TEXTS[:2])]
    internal = batch.process_partition(articles, batch.PYDANTIC_JSON)
    document = batch.process_partition(articles, "document")
    for fast, cli in zip(internal, document, strict=True):
        assert Brief.model_validate_json(fast.lines[0]) == Brief.model_validate_json(cli.lines[0])
        assert json.loads(cli.lines[0]) == json.loads(fast.lines[0])
        assert '", "' in cli.lines[0] and '","' in fast.lines[0]  # json.dumps spacing stays the CLI's format
