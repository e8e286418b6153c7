"""Shared fixtures: the pipeline (loaded once per session) and the corpus documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "fixtures"
SAMPLE_ID = "000_a6f9aa77c641edc6"


def corpus_documents() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def nlp():
    import briefextract

    return briefextract.load()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (CORPUS / f"{SAMPLE_ID}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_meta() -> dict:
    return json.loads((CORPUS / f"{SAMPLE_ID}.meta.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_brief(sample_text, sample_meta):
    import briefextract

    return briefextract.extract(
        sample_text, published=sample_meta["published"], doc_id=SAMPLE_ID, title=sample_meta["title"]
    )


@pytest.fixture
def original_datadir() -> Path:
    """pytest-regressions snapshots live in fixtures/regression/."""
    return FIXTURES / "regression"


@pytest.fixture
def extract():
    """extract(text, published=...) -> Brief, with the pipeline loaded once."""
    import briefextract

    def run(text: str, published: str | None = "2025-09-12", **kw):
        return briefextract.extract(text, published=published, **kw)

    return run
