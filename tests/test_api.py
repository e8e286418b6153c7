"""The library API: load once, extract, extract_many streaming in order, doc._.brief."""

from __future__ import annotations

import subprocess
import sys

import pytest

import briefextract
from briefextract.errors import InvalidDate


def test_import_does_not_load_the_pipeline():
    code = "import briefextract, briefextract.pipeline as p; print(p._load.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_load_is_cached():
    assert briefextract.load() is briefextract.load()


def test_extract_returns_a_brief_with_metadata():
    brief = briefextract.extract("Talks went on.", published="2025-09-12", doc_id="x1", title="T")
    assert (brief.doc_id, brief.published, brief.title) == ("x1", "2025-09-12", "T")
    assert brief.pipeline == "briefextract-en 0.1.0"
    assert len(brief.sha256) == 64


def test_extract_rejects_invalid_published():
    with pytest.raises(InvalidDate):
        briefextract.extract("Talks.", published="2025-13-45")


def test_extract_many_streams_in_input_order():
    texts = [f"Document number {i}." for i in range(5)]
    briefs = list(briefextract.extract_many(iter(texts), published="2025-01-01"))
    assert [b.doc_id for b in briefs] == [f"doc{i}" for i in range(5)]
    assert all(b.published == "2025-01-01" for b in briefs)


def test_doc_brief_extension_inside_spacy_code():
    nlp = briefextract.load()
    doc = nlp("Talks went on.")
    assert isinstance(doc._.brief, briefextract.Brief)


def test_spacy_load_in_fresh_interpreter_via_entry_points():
    from briefextract.pipeline import model_path

    code = f"import spacy; nlp = spacy.load({str(model_path())!r}); print(nlp.pipe_names[-1])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "brief"


def test_pipeline_to_disk_round_trips(tmp_path, sample_text):
    import spacy

    nlp = briefextract.load()
    nlp.to_disk(tmp_path / "copy")
    again = spacy.load(tmp_path / "copy")
    assert again.pipe_names == nlp.pipe_names
    assert again(sample_text)._.brief_data["actors"] == nlp(sample_text)._.brief_data["actors"]


def test_load_freezes_the_pipelines_long_lived_objects():
    """Full garbage collections must not walk the loaded pipeline's objects again (82 ms each)."""
    import gc

    from briefextract.api import load

    load()
    assert gc.get_freeze_count() >= 50_000  # the loaded pipeline holds ~114,000 tracked objects
