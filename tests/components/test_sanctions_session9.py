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


# -- a listing verb whose object is a long list, past commas ------------------------------------------
@pytest.mark.parametrize("text, action, imposer, expected", [
    ("Latvia added 40 officials of the Georgian government, 12 companies and 9 judges to its sanctions list.",
     "impose", "Latvia", {"companies", "judges"}),
    ("Canada added Rosneft, Gazprom, Sberbank and two Iranian banks to its sanctions list on Monday.",
     "impose", "Canada", {"Rosneft", "Gazprom", "Sberbank", "Iranian banks"}),
    ("The EU removed several members of the Supreme Court of Nicaragua from the sanctions list.",
     "lift", "European Union", {"members of the Supreme Court of Nicaragua"}),
])
def test_listing_verb_with_a_long_object(sanctions, text, action, imposer, expected):
    got = roles(sanctions(text), action)
    assert {t for i, t in got if i == imposer} >= expected, got


def test_long_listing_object_stops_at_an_auxiliary(sanctions):
    # the list is the passive clause's ('have been restored'), not a listing by 'including'
    recs = sanctions("Dozens of Syrian officials, including senior figures in the army, the police and the "
                     "central bank, have been restored to the Security Council's sanctions list.")
    assert not any("restored" in (r["target"] or "") for r in recs), recs


def test_the_countrys_people_are_the_state(sanctions):
    recs = sanctions("Georgia held a disputed vote. Estonia added the country's interior minister and police "
                     "officers onto its blacklist on Friday.")
    assert ("Estonia", "Georgia") in roles(recs), recs


# -- a list whose first name opens with a demonym ---------------------------------------------------
@pytest.mark.parametrize("text, action, expected", [
    ("Japan sanctioned Iranian Shipping Lines, Mahan Air and Parsian Bank.", "impose",
     {"Iranian Shipping Lines", "Mahan Air", "Parsian Bank"}),
    ("Britain eased sanctions against Syrian Cotton Trade House, Cham Wings and Fly Baghdad in March.", "ease",
     {"Syrian Cotton Trade House", "Cham Wings", "Fly Baghdad"}),
])
def test_list_opening_with_a_demonym_name(sanctions, text, action, expected):
    got = {t for _, t in roles(sanctions(text), action)}
    assert got >= expected, got


def test_demonym_before_a_known_actor_in_a_list_gives_the_actor(sanctions):
    got = {t for _, t in roles(sanctions("Canada imposed sanctions on Russian Foreign Minister Sergei Lavrov, Rosneft and Sberbank."))}
    # the actor the run ends in (the persons component may keep the title in it), never the demonym with it
    assert {"Sergei Lavrov", "Rosneft", "Sberbank"} <= got, got


# -- 'the following persons: A; B and C', a long intro after an enumeration of the measure's kinds ----
@pytest.mark.parametrize("text", [
    "Georgia imposed sanctions on the following persons: Ivan Petrenko, Olha Kovalenko and Petro Shevchuk.",
    "Georgia imposed sanctions against the following individuals: Ivan Petrenko; Olha Kovalenko; Petro Shevchuk.",
])
def test_the_following_persons_list(sanctions, text):
    got = roles(sanctions(text))
    assert {("Georgia", n) for n in ("Ivan Petrenko", "Olha Kovalenko", "Petro Shevchuk")} <= got, got


def test_measure_enumeration_then_in_relation_to(sanctions):
    recs = sanctions("Armenia backed the application of personal sanctions, in particular, blocking all assets and "
                     "property, preventing the withdrawal of capital, in relation to the following persons: "
                     "Ivan Petrenko; Olha Kovalenko and Petro Shevchuk.")
    got = {t for _, t in roles(recs) if t}
    assert {"Ivan Petrenko", "Olha Kovalenko", "Petro Shevchuk"} <= got, recs


@pytest.mark.parametrize("text, target", [
    ("Russia and China criticised the move. Britain imposed restrictive measures in respect of Belarus on Monday.", "Belarus"),
    ("Russia and China criticised the move. Japan imposed sanctions with respect to North Korea in May.", "North Korea"),
])
def test_long_target_intros(sanctions, text, target):
    assert target in {t for _, t in roles(sanctions(text))}


def test_applying_a_measure_imposes_it(sanctions):
    assert ("Norway", "Belavia") in roles(sanctions("Norway applied the EU sanctions against Belavia in June."))


# -- the body whose decision it is ('the decision of X (ABBR) to impose') ------------------------------
@pytest.mark.parametrize("text, action, imposer", [
    ("The minister welcomed the decision of the European Union to extend sanctions on Belarus.", "extend", "European Union"),
    ("Critics called the decision of the Security Council (UNSC) to impose sanctions on Mali hasty.", "impose", "United Nations Security Council"),
])
def test_intent_noun_of_a_body_imposes(sanctions, text, action, imposer):
    assert imposer in {i for i, _ in roles(sanctions(text), action)}, sanctions(text)


def test_listing_object_with_a_relative_aside(sanctions):
    recs = sanctions("Latvia added 40 officials of the Georgian government, 12 companies and 9 judges, most of "
                     "which are linked to the Russian capital, to the sanctions list.")
    got = {t for _, t in roles(recs)}
    assert {"companies", "judges"} <= got and "Russia" not in got, recs


@pytest.mark.parametrize("text, action, expected", [
    ("The EU lifted sanctions against the head of Bolivia's election authority and three former officials.",
     "lift", {"head of Bolivia's election authority", "former officials"}),
    ("The US sanctioned the chairman of Rosneft and two of his deputies.", "impose", {"chairman of Rosneft", "deputies"}),
])
def test_role_of_phrase_is_its_own_conjunct(sanctions, text, action, expected):
    got = {t for _, t in roles(sanctions(text), action)}
    assert got >= expected, got


@pytest.mark.parametrize("text, imposer, target", [
    ("The Security Council has been imposing sanctions on Somalia since 1992.", "United Nations Security Council", "Somalia"),
    ("Washington had been imposing tariffs on Chinese steel for years.", "United States", "Chinese steel"),
])
def test_continuous_imposition_is_maintain(sanctions, text, imposer, target):
    recs = sanctions(text)
    assert (imposer, target) in roles(recs, "maintain") and not roles(recs, "impose"), recs


def test_in_line_with_names_no_party(sanctions):
    recs = sanctions("The Treasury issued a new waiver on Friday extending the relief for the Ruritanian companies "
                     "that had been put under sanctions in line with Executive Order 13405.")
    got = {t for _, t in roles(recs)}
    assert "Ruritanian companies" in got and not any("Order" in (t or "") for t in got), recs


@pytest.mark.parametrize("text, imposer", [
    ("The United States accused Ivan Petrenko of corruption and added him to the sanctions list of the U.S. Department of State.",
     "United States Department of State"),
    ("Canada added Rosneft to the sanctions list of the Security Council.", "United Nations Security Council"),
])
def test_the_lists_owner_imposes(sanctions, text, imposer):
    assert imposer in {i for i, _ in roles(sanctions(text))}, sanctions(text)


def test_pronoun_antecedent_skips_places_and_a_nouns_call_cue(sanctions):
    recs = sanctions("The United States accused oligarchs Ivan Petrenko and Olha Kovalenko of corruption and ties to "
                     "Russia aimed at destabilization in Georgia and added them to the sanctions list.")
    assert roles(recs) >= {("United States", "Ivan Petrenko"), ("United States", "Olha Kovalenko")}, recs
    assert not [r for r in recs if r["action"] == "call_for"], recs


def test_him_is_the_person_not_the_place(sanctions):
    assert "Ivan Petrenko" in {t for _, t in roles(sanctions("Officials met Ivan Petrenko in Georgia and imposed sanctions on him."))}


def test_a_call_cue_still_governs_a_coordinated_verb(sanctions):
    assert roles(sanctions("The ministers urged the EU to draft and impose sanctions on Russia."), "call_for")


# -- suspending or closing a link with a named party ---------------------------------------------------
@pytest.mark.parametrize("text, imposer, targets", [
    ("New sanctions were adopted. Estonia has also suspended air travel with Russia.", "Estonia", {"Russia"}),
    ("New sanctions were adopted. Finland closed the border crossings with Russia and Belarus on Friday.", "Finland", {"Russia", "Belarus"}),
    ("New sanctions were adopted. Latvia halted freight traffic on the border with Belarus.", "Latvia", {"Belarus"}),
])
def test_link_closure_is_a_restriction_on_the_party(sanctions, text, imposer, targets):
    got = roles(sanctions(text))
    assert {(imposer, t) for t in targets} <= got, got


def test_link_closure_needs_a_named_party(sanctions):
    recs = sanctions("New sanctions were adopted. Finland closed the border for the holidays.")
    assert not [r for r in recs if "closed" in r["span"]["text"]], recs


def test_a_wanted_list_is_no_sanctions_list(sanctions):
    """Putting someone on a police wanted list, in a text about sanctions, imposes nothing; a
    sanctions list or a blacklist still does."""
    text = ("Moscow put Estonian Prime Minister Liisa Tamm and Interior Minister Jaan Kask on its wanted list "
            "on Monday, after the EU extended its sanctions.")
    assert [s["action"] for s in sanctions(text)] == ["extend"]
    text = "Russia added the mayor of Riga to its wanted list in March, as sanctions on Moscow were extended."
    assert not any(s["action"] == "impose" for s in sanctions(text))
    got = sanctions("The EU added Ivan Tamm to its blacklist, extending its sanctions.")
    assert any(s["action"] == "impose" and s["target"] == "Ivan Tamm" for s in got)
