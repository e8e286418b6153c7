"""The sanctions rules read the word lists they share with other components and with each other
from one place: the persons component's people-demonyms, the counts component's hedges, and
'as well as' through the shared conjunct splitter (``phrases._conjuncts``)."""


def test_the_sibling_components_lists_are_borrowed(nlp):
    nlp("The EU imposed sanctions on Russia.")  # (the component borrows the lists on its first call)
    lexicon = nlp.get_pipe("sanctions").lexicon
    assert {"Russians", "Belarusians", "Poles"} <= lexicon.people_demonyms
    assert lexicon.count_hedges.match_at(["more", "than", "900"], 0) == (2, True)
    assert lexicon.count_hedges.match_at(["at", "least", "900"], 0) == (2, True)
    assert lexicon.count_hedges.match_at(["individuals"], 0) is None


def test_conjuncts_split_at_as_well_as(nlp):
    from briefextract.rules.sanctions.phrases import _conjuncts
    from briefextract.rules.sanctions.view import View

    doc = nlp("Rosneft and Lukoil as well as Gazprom")
    view = View(doc, nlp.get_pipe("sanctions").lexicon)
    assert [doc[a:b].text for a, b in _conjuncts(view, 0, len(doc), force=True)] == ["Rosneft", "Lukoil", "Gazprom"]
    doc = nlp("Rosneft, as well as Gazprom")
    view = View(doc, nlp.get_pipe("sanctions").lexicon)
    assert [doc[a:b].text for a, b in _conjuncts(view, 0, len(doc), force=True)] == ["Rosneft", "Gazprom"]


def test_a_hedged_count_on_a_standing_list_is_a_total(sanctions):
    # 'as many as' is one of the counts component's hedges: the count after it is the list's total, no party
    recs = sanctions("Canada imposed sanctions on Iran. There are currently as many as 900 individuals and some "
                     "300 companies on Canada's Iran sanctions list, among them Mahan Air.")
    assert any(r["action"] == "maintain" and r["target"] == "Mahan Air" for r in recs), recs
    assert not any("individuals" in (r["target"] or "") or "companies" in (r["target"] or "") for r in recs), recs
