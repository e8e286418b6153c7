"""Quality can only go up: the sample's F1 per category is at least the last figure reached."""

from __future__ import annotations

import json

import pytest

from briefextract.scoring import aggregate, score_doc

from conftest import FIXTURES, SAMPLE_ID

RATCHET = {k: v for k, v in json.loads((FIXTURES / "quality_ratchet.json").read_text()).items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def sample_scores(sample_brief):
    gold = json.loads((FIXTURES / f"{SAMPLE_ID}.gold.json").read_text(encoding="utf-8"))
    pred = json.loads(sample_brief.model_dump_json())
    report, _ = aggregate({SAMPLE_ID: score_doc(pred, gold)})
    return report


@pytest.mark.parametrize("category", sorted(RATCHET))
def test_quality_ratchet(sample_scores, category):
    assert sample_scores[category].f1 >= RATCHET[category], (
        f"{category} F1 fell to {sample_scores[category].f1} (ratchet {RATCHET[category]})"
    )
