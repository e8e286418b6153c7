"""'as well as' coordinates parties like 'and' (GUIDELINES: coordinated targets get one entry each);
texts written for the tests."""
import pytest

from briefextract import extract


def _recs(text):
    return {(r.action, r.imposer, r.target) for r in extract(text).sanctions}


@pytest.mark.parametrize("text, expected", [
    ("The EU imposed sanctions on Rosneft as well as Lukoil.", {("impose", "European Union", "Rosneft"), ("impose", "European Union", "Lukoil")}),
    ("Britain sanctioned Alrosa, as well as Polyus and Nornickel.",
     {("impose", "United Kingdom", "Polyus"), ("impose", "United Kingdom", "Nornickel")}),
    ("The Treasury designated three banks as well as two shipping firms.",
     {("impose", "United States Department of the Treasury", "banks"), ("impose", "United States Department of the Treasury", "shipping firms")}),
    ("Sanctions were imposed on Sberbank as well as VTB by the EU.", {("impose", "European Union", "VTB")}),
    ("Canada imposed sanctions on Russia as well as on Belarus.", {("impose", "Canada", "Russia"), ("impose", "Canada", "Belarus")}),
])
def test_as_well_as_adds_a_target(text, expected):
    recs = _recs(text)
    assert expected <= recs, recs


@pytest.mark.parametrize("text, wrong", [
    ("The EU sanctioned Gazprom, as well as imposing a visa ban on its chief executive.", "imposing"),
    ("The EU sanctioned Gazprom as well as the United States did.", "United States did"),
    ("Five Iranian banks face an asset freeze, as well as restrictions on their dollar transactions.", "restrictions"),
])
def test_as_well_as_before_a_clause_or_a_measure_adds_no_target(text, wrong):
    recs = _recs(text)
    assert all(t != wrong for _, _, t in recs), recs


@pytest.mark.parametrize("text, imposers", [
    ("Canada as well as Japan imposed sanctions on Iran.", {"Canada", "Japan"}),
    ("The United Kingdom as well as the European Union sanctioned Gazprom.", {"United Kingdom", "European Union"}),
    ("Norway, Iceland as well as Switzerland adopted the EU sanctions against Russia.", {"Norway", "Iceland", "Switzerland"}),
])
def test_subjects_coordinated_by_as_well_as_each_impose(text, imposers):
    recs = _recs(text)
    assert {i for a, i, _ in recs if a == "impose"} == imposers, recs
