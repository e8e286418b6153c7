"""Sanctions (texts written for the tests): vows and intentions as threats, verb phrases sharing a
subject, unnamed groups named as sanctioned, lists of measures, news agencies as parties."""

from __future__ import annotations

import pytest


def acts(records: list[dict]) -> set[tuple]:
    return {(r["action"], r["imposer"], r["target"]) for r in records}


# -- 3. a vow, pledge or stated intention to impose is a threat ------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canberra vowed to impose sanctions on Myanmar's generals.", ("threaten", "Australia")),
        ("Tokyo intends to reimpose export controls on North Korea.", ("threaten", "Japan")),
        ("Ottawa is preparing to sanction Russian banks.", ("threaten", "Canada")),
        ("London pledged to slap tariffs on Chinese steel.", ("threaten", "United Kingdom")),
        ("Britain vows sanctions against Moscow over the poisoning.", ("threaten", "United Kingdom")),
        ("The EU promised fresh sanctions on Tehran.", ("threaten", "European Union")),
    ],
)
def test_vowed_imposition_is_a_threat(sanctions, text, expected):
    records = sanctions(text)
    assert records and {(r["action"], r["imposer"]) for r in records} == {expected}


def test_readiness_to_lift_stays_a_consideration(sanctions):
    records = sanctions("Brussels is prepared to lift sanctions on Minsk.")
    assert [r["action"] for r in records] == ["consider"]


def test_vowed_lifting_stays_a_planned_lifting(sanctions):
    records = sanctions("Washington promised to lift sanctions on Caracas after the vote.")
    assert [(r["action"], r["modality"]) for r in records] == [("lift", "planned")]


def test_purpose_intended_to_is_no_threat(sanctions):
    records = sanctions("Seoul imposed sanctions on five firms. The sanctions were intended to target firms shipping coal to Pyongyang.")
    assert "threaten" not in {r["action"] for r in records}


def test_prepared_measures_stay_a_consideration(sanctions):
    records = sanctions("The Kremlin has prepared new sanctions against Latvia.")
    assert [r["action"] for r in records] == ["consider"]


# -- a second verb phrase shares the sentence's subject, not the first verb's object ----------
def test_and_verb_takes_the_first_subject_not_the_object(sanctions):
    records = sanctions("The Security Council condemned Syria's chemical attack and vowed to take further measures including sanctions.")
    assert {r["imposer"] for r in records} == {"United Nations Security Council"}
    assert {r["action"] for r in records} == {"threaten"}


def test_and_verb_keeps_coordinated_subjects(sanctions):
    records = sanctions("Norway and Iceland denounced the coup and imposed sanctions on the junta.")
    assert {r["imposer"] for r in records if r["action"] == "impose"} == {"Norway", "Iceland"}


def test_headline_verb_after_comma_shares_the_first_subject(sanctions):
    records = sanctions("Canada condemns Iran drone strikes, vows sanctions")
    assert acts(records) == {("threaten", "Canada", "Iran")}


# -- 4. the agency that reports the story is never a party left implicit ------------------
@pytest.mark.parametrize(
    "text",
    [
        ("Migrants wait at the border crossing. PHOTO: Reuters\n\nGENEVA (Reuters) - The European Union vowed on Monday"
        " to take further measures including sanctions."),
        ("Migrants wait at the border crossing. PHOTO: Xinhua\n\nBEIJING, May 3 (Xinhua) -- The United States will take"
        " further measures including sanctions, the envoy said."),
    ],
)
def test_dateline_agency_is_no_context_target(sanctions, text):
    records = sanctions(text)
    assert records and not {r["target"] for r in records} & {"Reuters", "Xinhua"}


def test_headline_infinitive_is_an_announced_intention(sanctions):
    # an announced step is planned (session 11: the pooled probe gold has 'Canada to impose', 'Moldova to
    # apply' as impositions); with a condition it is a stated intention, a threat
    records = sanctions("UK to Impose Fresh Sanctions on Iranian Banks Unless Tehran Backs Down\n\nLondon imposed sanctions on Tehran in 2019.")
    assert ("threaten", "United Kingdom") in {(r["action"], r["imposer"]) for r in records}
    assert ("impose", "United Kingdom", "Iran") in acts(records)
    records = sanctions("UK to Impose Fresh Sanctions on Iranian Banks\n\nLondon imposed sanctions on Tehran in 2019.")
    assert "threaten" not in {r["action"] for r in records}


def test_expected_imposition_in_prose_is_no_headline_intention(sanctions):
    records = sanctions("Officials expect the EU to impose sanctions on Minsk.")
    assert "threaten" not in {r["action"] for r in records}


# -- 1. unnamed groups: one record per coordinated group ------------------------------------
def test_counted_or_definite_sanctioned_group_is_an_imposition(sanctions):
    text = ("Lithuania imposed sanctions on Belarus on Friday. The foreign ministry said the 12 sanctioned officials"
            " include judges and prosecutors. Nine of the blacklisted firms trade in potash.")
    assert acts(sanctions(text)) >= {("impose", "Lithuania", "officials"), ("impose", "Lithuania", "firms")}


def test_indefinite_counted_sanctioned_group_is_background(sanctions):
    records = sanctions("Kyiv sanctioned Iranian drone makers. Satellite images showed three sanctioned Iranian cargo ships near Bandar Abbas.")
    assert not [r for r in records if r["rule"] == "sanctions.impose.listed_group"]


def test_coordinated_sanctioned_groups_are_one_record_each(sanctions):
    records = sanctions("Canada sanctioned Haiti's gang leaders. The designated individuals and entities lose access to Canadian banks.")
    assert {r["target"] for r in records if r["rule"] == "sanctions.impose.listed_group"} == {"individuals", "entities"}


def test_generic_sanctioned_plural_is_no_group(sanctions):
    records = sanctions("Japan sanctioned Russia. Trade with sanctioned entities is banned and any sanctioned vessel is refused entry.")
    assert not [r for r in records if r["rule"] == "sanctions.impose.listed_group"]


def test_sanctioned_companies_with_names_stay_one_record_per_name(sanctions):
    records = sanctions("The Treasury sanctioned a shipping network. The sanctioned companies include Acme Shipping and Zeta Trading.")
    assert [r["target"] for r in records] == ["shipping network", "Acme Shipping", "Zeta Trading"]  # not "companies"


def test_coordinated_asset_nouns_keep_the_owners(sanctions):
    records = sanctions("Ottawa froze the accounts and property of 14 organizations and 3 individuals tied to the junta.")
    assert acts(records) == {("impose", "Canada", "organizations"), ("impose", "Canada", "individuals")}


# -- 2. a list of measures: one imposition per measure ---------------------------------------
def test_measures_listed_after_include_are_each_imposed(sanctions):
    records = sanctions("Ottawa sanctioned eight Nicaraguan officials. The measures include an asset freeze and a travel ban.")
    listed = [r for r in records if r["rule"] == "sanctions.impose.measure_list"]
    assert [(r["action"], r["instrument"]["text"] if isinstance(r["instrument"], dict) else r["instrument"]) for r in listed] == [
        ("impose", "asset freeze"), ("impose", "travel ban")]
    assert {r["imposer"] for r in listed} == {"Canada"}


def test_measures_listed_after_a_heading_colon_are_each_imposed(sanctions):
    records = sanctions("Norway sanctioned Russian oligarchs on Friday.\nPenalties: frozen bank accounts, a ban on state contracts, visa ban")
    assert len([r for r in records if r["rule"] == "sanctions.impose.measure_list"]) == 3


def test_listed_measure_keeps_its_owner_and_target(sanctions):
    records = sanctions("The penalties also include British visa restrictions on judges who jailed the protesters.")
    assert ("impose", "United Kingdom", "judges") in acts(records)


def test_a_list_of_targets_is_no_list_of_measures(sanctions):
    records = sanctions("The EU extended its sanctions on Minsk. The sanctions list includes 37 organizations and 233 individuals.")
    assert not [r for r in records if r["rule"] == "sanctions.impose.measure_list"]


# -- 5. the names a sanctions list includes, and more targets after 'as well as' ----------------
def test_names_a_sanctions_list_includes_are_each_listed(sanctions):
    text = ("Latvia imposed sanctions on Russian firms. The minister said the list included the steelmaker Severstal,"
            " shipping group Sovcomflot and its chief Igor Tonkovidov.")
    records = [r for r in sanctions(text) if r["rule"] == "sanctions.impose.list_members"]
    assert [(r["action"], r["imposer"], r["target"]) for r in records] == [
        ("impose", "Latvia", "Severstal"), ("impose", "Latvia", "Sovcomflot"), ("impose", "Latvia", "Igor Tonkovidov")]


def test_names_replace_the_described_group_of_the_list(sanctions):
    text = "Estonia sanctioned Russian propagandists. The list of the 12 sanctioned persons includes Vladimir Solovyov and Margarita Simonyan."
    assert {r["target"] for r in sanctions(text) if r["rule"] != "sanctions.impose.verb"} == {"Vladimir Solovyov", "Margarita Simonyan"}


def test_a_list_of_other_things_or_of_counts_names_no_members(sanctions):
    assert not [r for r in sanctions("Officials discussed sanctions on Iran. The list of guests included Joe Biden and Olaf Scholz.")
                if r["rule"].endswith("list_members")]
    assert not [r for r in sanctions("The EU sanctioned Minsk. The list includes 37 organizations and 233 individuals.")
                if r["rule"].endswith("list_members")]


def test_names_after_as_well_as_are_more_targets_of_the_measure(sanctions):
    text = ("Vilnius imposed sanctions on Belarus. The sanctions are also intended to target firms that shipped potash"
            " through Klaipeda, as well as the potash producer Belaruskali and fertiliser maker Grodno Azot.")
    targets = {r["target"] for r in sanctions(text) if r["rule"] == "sanctions.impose.measure_targets"}
    assert {"Belaruskali", "Grodno Azot"} <= targets


def test_measures_a_numbered_package_includes_are_each_imposed(sanctions):
    text = ("The EU adopted its 16th sanctions package on Monday. The 16th package includes an import ban on Russian"
            " aluminium and a port ban on shadow fleet tankers.")
    listed = {(r["imposer"], r["target"]) for r in sanctions(text) if r["rule"] == "sanctions.impose.measure_list"}
    assert listed == {("European Union", "Russian aluminium"), ("European Union", "shadow fleet tankers")}


def test_a_headline_subtitle_after_a_colon_is_no_list_of_measures(sanctions):
    for text in ("Lifting Cuba Sanctions: From Announcement to Implementation", "Sanctions: What Comes Next for Caracas"):
        assert not [r for r in sanctions(text) if r["rule"] == "sanctions.impose.measure_list"]


def test_a_context_target_is_a_name_never_the_country_anaphor(sanctions):
    records = sanctions("Ottawa kept sanctions on the country for a decade. Officials said new sanctions were imposed.")
    assert records and all(not (r["target"] or "").startswith("\x00") for r in records)


def test_a_group_said_to_be_newly_sanctioned_is_an_imposition_on_it(sanctions):
    # 'newly'/'recently' between the determiner and the adjective; then one head may be the group
    records = sanctions("Officials said the newly sanctioned smuggling network shipped arms to Sudan.")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "smuggling network")}
    records = sanctions("The recently blacklisted lenders include two Kyrgyz banks.")
    assert ("impose", "lenders") in {(r["action"], r["target"]) for r in records}
    # without the adverb a singular 'the sanctioned bank' is a re-mention, no new group
    assert sanctions("The sanctioned bank denied any wrongdoing.") == []
