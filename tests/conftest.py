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


@pytest.fixture
def deny_read(monkeypatch):
    """deny_read("locked.txt"): reading a file of that name raises PermissionError.

    Tests run as root, where chmod 000 does not stop a read, so unreadability is
    simulated at ``Path.read_bytes``.
    """

    def install(name: str) -> None:
        real = Path.read_bytes

        def deny(self):
            if self.name == name:
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", deny)

    return install
