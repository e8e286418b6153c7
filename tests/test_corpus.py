"""Every corpus document: offsets hold, the output validates, and the full Brief
matches its reviewed snapshot in fixtures/regression/ (pytest-regressions)."""

from __future__ import annotations

import json

import pytest

import briefextract
from briefextract.readers import read_file

from conftest import corpus_documents


def _brief(path):
    (article,) = list(read_file(path))
    return article, briefextract.extract(
        article.text, published=article.published, doc_id=article.doc_id, title=article.title,
        source=article.source, url=article.url,
    )


def _all_spans(brief):
    for actor in brief.actors:
        yield from actor.mentions
    for group in (brief.counts, brief.sanctions, brief.dates, brief.events):
        for record in group:
            yield record.span


@pytest.mark.parametrize("path", corpus_documents(), ids=lambda p: p.stem)
def test_corpus_offsets_hold(path):
    article, brief = _brief(path)
    spans = list(_all_spans(brief))
    assert spans  # every corpus document has records
    for span in spans:
        assert article.text[span.start:span.end] == span.text


@pytest.mark.parametrize("path", corpus_documents(), ids=lambda p: p.stem)
def test_corpus_snapshot(path, data_regression):
    _, brief = _brief(path)
    data_regression.check(json.loads(brief.model_dump_json()), basename=path.stem)
