"""Sanctions, probe 9 classes (texts written for the tests): suspending and relieving a measure,
long or listed objects of a listing verb, named lists after 'the following ...:'."""

from __future__ import annotations

import pytest

from tests.components.sanctions_records import roles


# -- suspending / relieving a measure: a lift or an ease (GUIDELINES have no 'suspend' action) ----------
@pytest.mark.parametrize("text, action, imposer, target", [
    ("The European Union suspended sanctions on two Bolivian judges.", "lift", "European Union", "Bolivian judges"),
    ("Canada suspends its sanctions against Syria.", "lift", "Canada", "Syria"),
    ("Sanctions on Aeroflot were suspended by Japan in May.", "lift", "Japan", "Aeroflot"),
    ("The suspension of restrictive measures against Cuba was welcomed in Havana.", "ease", None, "Cuba"),
    ("Britain relieved sanctions against Gazprom, Rosneft and Lukoil last year.", "ease", "United Kingdom", "Lukoil"),
])
def test_suspending_or_relieving_a_measure(sanctions, text, action, imposer, target):
    recs = sanctions(text)
    assert not [r for r in recs if r["action"] == "suspend"], recs
    got = roles(recs, action)
    assert any(t == target and (imposer is None or i == imposer) for i, t in got), recs


def test_relieving_lists_every_party(sanctions):
    got = {t for _, t in roles(sanctions("Britain relieved sanctions against Gazprom, Rosneft and Lukoil last year."), "ease")}
    assert {"Gazprom", "Rosneft", "Lukoil"} <= got
