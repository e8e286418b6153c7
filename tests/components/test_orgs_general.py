"""Organisations, media and noise in reserved-country news (generalisation fixes)."""

from __future__ import annotations

import pytest

from briefextract.pipeline import make_doc

MINE = ["layout", "gazetteer", "persons", "actors"]


@pytest.fixture
def actors(nlp):
    def go(text: str) -> dict[str, dict]:
        with nlp.select_pipes(enable=MINE):
            doc = nlp(make_doc(nlp, text, published="2025-09-12"))
        return {a["name"]: a for a in doc._.actors}

    return go


def test_national_news_agencies_and_sanctioned_firms_are_listed(actors):
    found = actors("Citing Ukrinform and the Polish agency PAP, dpa said Bank Melli and Mahan Air "
                   "were listed with the Belarusian Potash Co. and Alfa-Bank.")
    assert found["Ukrinform"]["type"] == "ORG"
    assert "PAP" in found["Polish Press Agency"]["aliases"]
    assert "Deutsche Presse-Agentur" in found
    for name in ("Bank Melli", "Mahan Air", "Belarusian Potash Company", "Alfa-Bank"):
        assert found[name]["type"] == "ORG", name


def test_quds_force_transliterations_are_one_actor(actors):
    found = actors("The Qods Force runs the network. The Quds Force denied it, and the IRGC-QF was designated.")
    assert "Quds Force" in found
    assert not any(n.startswith("Qods") or n == "IRGC-QF" for n in found)
