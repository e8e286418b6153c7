"""Fixtures shared by the component tests."""

from __future__ import annotations

import pytest

from briefextract.records import SanctionAction


@pytest.fixture(scope="module")
def sanctions(nlp):
    """Run the pipeline on a text and return its sanctions records, each checked against
    the record schema and its span offsets (``text[start:end] == span.text``)."""

    def run(text: str) -> list[dict]:
        doc = nlp(text)
        records = doc._.sanctions
        for r in records:
            SanctionAction.model_validate(r)
            assert text[r["span"]["start"] : r["span"]["end"]] == r["span"]["text"]
        return records

    return run
