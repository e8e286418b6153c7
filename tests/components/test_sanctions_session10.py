"""Session 7 round 3 (sanctions): an active designation by a sanctioning power, and coordinated
imposers whose conjunct is a group ('the G7 countries', 'EU member states')."""
from briefextract import extract


def _recs(text):
    return {(r.action, r.imposer, r.target) for r in extract(text).sanctions}


def test_power_designates_in_sanctions_text():
    recs = _recs("Britain designated 12 Moldovan oligarchs on Tuesday under its sanctions regime.")
    assert ("impose", "United Kingdom", "Moldovan oligarchs") in recs


def test_power_designation_needs_sanctions_context_and_no_category():
    assert not _recs("The United States designated Ukraine a major non-NATO ally.")
    recs = _recs("The US imposed sanctions on Iran. The United States also designated Kazakhstan as a partner.")
    assert all(t != "Kazakhstan" for _, _, t in recs)
    assert not any(r for r in _recs("Sanctions loom. The European Union designated 2026 the year of the bison.") if r[2] and "bison" in r[2])


def test_group_noun_conjunct_in_imposer_list():
    recs = _recs("The EU, the G7 countries and Japan have frozen Iranian assets.")
    assert {i for a, i, t in recs if a == "impose"} >= {"European Union", "Group of Seven", "Japan"}
    recs = _recs("The EU member states and Norway imposed sanctions on Belarus.")
    assert ("impose", "European Union", "Belarus") in recs and ("impose", "Norway", "Belarus") in recs


def test_ban_on_entry_for_coordinated_demonym_people():
    recs = _recs("Minsk has announced a ban on entry for 120 Finnish, Swedish and Danish citizens.")
    assert {t for a, i, t in recs if a == "impose" and i == "Belarus"} == {"Finnish citizens", "Swedish citizens", "Danish citizens"}
    recs = _recs("Moscow imposed sanctions on 40 Finnish, Swedish, and Danish citizens, including officials.")
    assert len({t for _, _, t in recs}) == 3


def test_ban_on_entry_noun_is_no_entry_verb():
    # "the ban on entry" is the measure named by a noun: the verb before it acts on it
    recs = _recs("Georgia lifted the ban on entry for Armenian truckers.")
    assert recs and all(a == "lift" for a, _, _ in recs)


def test_for_people_after_entry_ban_not_a_possessor():
    assert ("impose", "Russia", "Finnish judges") in _recs("Russia imposed an entry ban for 12 Finnish judges.")
    recs = _recs("The EU imposed sanctions for Iranian officials' role in the crackdown.")
    assert all(t is None or "officials" not in t for _, _, t in recs)


def test_designate_object_ends_before_its_category():
    assert ("impose", "Canada", "Zorvan Brigade") in _recs("Ottawa will now designate the Zorvan Brigade a terrorist organization.")
    recs = _recs("OFAC designated two banks and a terrorist financier.")
    assert {t for _, _, t in recs} == {"banks", "terrorist financier"}
