"""Session 13 (sanctions recall): plain constructions missed on unseen articles (texts written for the tests)."""
import pytest

from briefextract import extract


def _recs(text):
    return {(r.action, r.imposer, r.target) for r in extract(text).sanctions}


# -- 'listed X as <category>' is a designation, read by the same frame as 'designated X as ...' ------
@pytest.mark.parametrize("text, expected", [
    ("Australia listed the Houthis as a terrorist organisation on Monday.", ("impose", "Australia", "Houthis")),
    ("New Zealand has finally listed Iran's Islamic Revolutionary Guard Corps as a terrorist entity.",
     ("impose", "New Zealand", "Islamic Revolutionary Guard Corps")),
    ("Hezbollah was listed as a terrorist group by Argentina in 2019.", ("impose", "Argentina", "Hezbollah")),
    # a long name no longer pushes the category out of the designation's window
    ("France designated Iran's Islamic Revolutionary Guard Corps as a terrorist organization.",
     ("impose", "France", "Islamic Revolutionary Guard Corps")),
])
def test_listed_as_a_terrorist_category_designates(text, expected):
    assert expected in _recs(text)


@pytest.mark.parametrize("text", [
    "The report listed Russia as a major threat to Europe.",
    "The company listed its shares on the Moscow exchange as part of a plan.",
    "The EU's lists of terrorist organisations were published on Monday.",
])
def test_listing_without_a_terrorist_category_is_no_designation(text):
    assert not _recs(text)


# -- a bare 'designated <named person or body>' imposes; a role or an appointment does not -----------
@pytest.mark.parametrize("text, expected", [
    ("Germany designated Boris Rotenberg on Tuesday.", ("impose", "Germany", "Boris Rotenberg")),
    ("The Treasury designated the Wagner Group on Friday.",
     ("impose", "United States Department of the Treasury", "Wagner Group")),
    ("The sanctions froze his assets. The Home Secretary designated Mr Rotenberg under the 2020 regulations.",
     ("impose", None, "Rotenberg")),
])
def test_designating_a_named_party_imposes(text, expected):
    assert expected in _recs(text)


@pytest.mark.parametrize("text", [
    "The president designated John Smith to lead the talks.",
    "The Yankees designated Aaron Jones for assignment.",
    "The ministry designated a special envoy for the talks.",
    "France designated Jean Dupont as its special envoy.",
    "Moscow designated Meduza an undesirable organisation.",
])
def test_designating_a_role_or_an_appointee_is_no_action(text):
    assert not _recs(text)


# -- continuing a measure keeps it (maintain) -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("South Korea will continue its sanctions against Pyongyang.", ("maintain", "South Korea", "North Korea")),
    ("Britain is continuing its embargo on Syria.", ("maintain", "United Kingdom", "Syria")),
    ("The EU continued the sanctions on Belarus in 2023.", ("maintain", "European Union", "Belarus")),
])
def test_continuing_a_measure_maintains_it(text, expected):
    assert expected in _recs(text)


@pytest.mark.parametrize("text", [
    "Despite continued sanctions, Iran's economy grew.",
    "The continuing sanctions on Iran hurt its economy.",
])
def test_continued_as_an_adjective_is_background(text):
    assert not {a for a, _, _ in _recs(text)} & {"maintain"}


# -- a described group whose members are named after a copula or 'include': one record per name ------
@pytest.mark.parametrize("text, names", [
    ("Those subject to the asset freeze include Oleg Deripaska and Viktor Vekselberg.", {"Oleg Deripaska", "Viktor Vekselberg"}),
    ("The people sanctioned include Roman Abramovich and his associate Eugene Shvidler.",
     {"Roman Abramovich", "Eugene Shvidler"}),
    ("Those targeted include Gazprom Neft, Surgutneftegas and Ivan Ivanov. The US imposed sanctions on Friday.",
     {"Gazprom Neft", "Surgutneftegas", "Ivan Ivanov"}),
    ("The EU imposed sanctions on Iran. The companies sanctioned on Friday include Mahan Air and Iran Air.",
     {"Mahan Air", "Iran Air"}),
])
def test_named_members_of_a_described_group_are_each_targeted(text, names):
    recs = _recs(text)
    assert names <= {t for a, _, t in recs if a == "impose"}, recs


@pytest.mark.parametrize("text, imposer, names", [
    ("The US imposed sanctions on Iranian oil. The tankers Treasury blocked included Panama-flagged Sea Star and the Nova.",
     "United States Department of the Treasury", {"Sea Star", "Nova"}),
    ("Sanctions were imposed on Monday. The firms the EU sanctioned include Rosneft and Gazprom.",
     "European Union", {"Rosneft", "Gazprom"}),
])
def test_a_relative_clause_names_the_imposer_of_the_listed(text, imposer, names):
    recs = _recs(text)
    assert {(("impose", imposer, n)) for n in names} <= recs, recs


def test_a_described_group_with_no_name_listed_is_no_target_list():
    recs = _recs("The EU imposed sanctions on Iran. The people sanctioned include two former ministers.")
    assert not {t for _, _, t in recs} & {"two former ministers", "ministers"}, recs


# -- 'X (will) have their assets (in Y) frozen': the subject of 'have' is the target -------------------
@pytest.mark.parametrize("text, expected", [
    ("Latvia imposed sanctions on 40 Belarusians. The business people will also have their assets frozen.",
     ("impose", "Latvia", "business people")),
    ("Canada imposed sanctions on nine oligarchs. The oligarchs will have their assets in Canada frozen.",
     ("impose", "Canada", "oligarchs")),
    ("Sanctions were imposed on Iran. Roman Abramovich had his funds blocked by Britain.",
     ("impose", "United Kingdom", "Roman Abramovich")),
    # a dash-enclosed aside (a spaced hyphen too) between the subject and 'will have'
    ("Australia imposed sanctions on six oligarchs. These oligarchs - who own yachts worth $2bn - will have their assets frozen.",
     ("impose", "Australia", "oligarchs")),
])
def test_having_ones_assets_frozen_is_an_imposition_on_the_holder(text, expected):
    assert expected in _recs(text)


def test_having_assets_frozen_outside_a_sanctions_text_is_no_action():
    assert not _recs("The company had its assets frozen by a court in 2019.")


# -- a party not allowed to enter / dock / travel to a state or its ports is barred (impose) ------------
@pytest.mark.parametrize("text, expected", [
    ("Canada imposed sanctions on the shadow fleet. The vessels will not be allowed to dock at Canadian ports.",
     ("impose", "Canada", "vessels")),
    ("Georgia imposed sanctions on Russia. Oleg Tinkov was also not allowed into the country.",
     ("impose", "Georgia", "Oleg Tinkov")),
    ("Poland imposed sanctions. Listed officials are no longer allowed to travel to the European Union.",
     ("impose", "Poland", "officials")),
])
def test_not_allowed_to_enter_a_state_is_an_entry_ban(text, expected):
    assert expected in _recs(text)


@pytest.mark.parametrize("text", [
    "Poland imposed sanctions. Tourists are not allowed to enter the museum after 6 pm.",
    "Journalists were not allowed into the courtroom during the sanctions hearing.",
    # a relative clause describes the group a list holds; the action is the list's
    "Sanctions were imposed. Latvia decided to expand its blacklist of foreigners who are not allowed to enter the country.",
])
def test_not_allowed_into_a_place_that_is_no_state_is_no_ban(text):
    assert not {r for r in _recs(text) if r[2] in ("Tourists", "Journalists", "foreigners")}


# -- OFAC's 'identified X as blocked property', and an authority's 'identified' -----------------------
def test_identified_as_blocked_property_designates_once():
    recs = [r for r in extract("The US imposed sanctions on Iranian oil. It also identified six tankers as blocked property.").sanctions
            if r.target == "tankers"]
    assert [(r.action, r.imposer) for r in recs] == [("impose", "United States")]


def test_an_authority_identifying_parties_imposes():
    recs = _recs("OFAC identified three companies and two people related to Rafael Sarria on Tuesday.")
    assert ("impose", "Office of Foreign Assets Control", "companies") in recs, recs


@pytest.mark.parametrize("text", [
    "Police identified the suspect as a terrorist sympathizer.",
    "The report identified Russia as the main threat.",
])
def test_identifying_without_blocking_is_no_designation(text):
    assert not _recs(text)


# -- 'X, which the US designated (this month) as ...': the relative clause's antecedent is the target --
@pytest.mark.parametrize("text, expected", [
    ("The tanker carried oil for the Houthis, which Canada designated this month as a terrorist entity.",
     ("impose", "Canada", "Houthis")),
    ("Hezbollah, which Britain designated on Friday as a terrorist organisation, denied it.",
     ("impose", "United Kingdom", "Hezbollah")),
])
def test_a_relative_designation_targets_its_antecedent(text, expected):
    recs = {(r.action, r.imposer, r.target) for r in extract(text, published="2025-03-20").sanctions}
    assert expected in recs, recs
    assert not {t for _, _, t in recs} & {"month", "Friday"}, recs


# -- 'initiated' / 'authorized' sanctions impose them ----------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("Ukraine's president authorizes sanctions against 24 Russian companies.", "Russian companies"),
    ("The decree initiated sanctions against 57 enterprises linked to the army.", "enterprises"),
])
def test_initiating_or_authorizing_sanctions_imposes_them(text, target):
    assert target in {t for a, _, t in _recs(text) if a == "impose"}


def test_a_licence_authorizing_transactions_stays_an_easing():
    recs = _recs("General License 8 authorizes transactions otherwise prohibited by the sanctions on Rosneft.")
    assert {a for a, _, _ in recs} == {"ease"}, recs


def test_a_story_stamp_with_a_clock_time_does_not_date_the_action():
    recs = extract("March 3, 2022, 10:34 Latvian president authorizes sanctions against 12 Russian companies",
                   published="2022-03-03").sanctions
    assert [(r.action, r.target, r.date) for r in recs] == [("impose", "Russian companies", None)], recs


# -- review mends ---------------------------------------------------------------------------------
def test_a_relative_clause_holding_an_asset_freeze_describes_a_group():
    """'individuals who have their assets frozen' says who a list holds: no action of its own (the
    plain frames' rule, now also the causative 'have ... frozen' frame's)."""
    recs = _recs("The EU imposed sanctions on Belarus. The list names individuals who have their assets frozen.")
    assert recs == {("impose", "European Union", "Belarus")}
    assert ("impose", "European Union", "oligarchs") in _recs(
        "The EU imposed sanctions on Belarus. Twelve oligarchs will have their assets frozen.")


@pytest.mark.parametrize("text", [
    "Sanctions on Iran. OFAC targeted the Houthis, which OFAC designated January 10",  # the date ends the text
    "Sanctions on Iran. OFAC targeted the Houthis, which OFAC designated January 10.",
])
def test_a_date_after_designated_is_no_object(text):
    assert {r.target for r in extract(text).sanctions} == {"Houthis"}
